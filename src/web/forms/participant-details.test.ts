import { describe, expect, it } from 'vitest';
import type { ParticipantFile } from '../api/participant-file';
import { missingParticipantFields, participantDetails, participantValues } from './participant-details';

const file = {
  givenName: 'Marc',
  familyName: 'Lavoie',
  preferredName: null,
  dateOfBirth: '1984-02-11',
  gender: 'man',
  groupGender: 'men',
  pronouns: 'il',
  language: 'fr',
  languageOther: null,
  interpreterNeeded: false,
  indigenousIdentity: true,
  phone: '+14165550110',
  email: null,
  safeToLeaveMessages: false,
  address: { street: '12 Front St W', city: 'Toronto', province: 'ON', postalCode: 'M5J 2N8' },
  accessibilityNeeds: null,
} as unknown as ParticipantFile;

describe('participant details', () => {
  it('sends the record back as read, leaving out what is empty (never "")', () => {
    const { values, flags } = participantValues(file);
    const body = JSON.parse(JSON.stringify(participantDetails(values, flags))) as Record<string, unknown>;
    expect(body).toEqual({
      givenName: 'Marc',
      familyName: 'Lavoie',
      dateOfBirth: '1984-02-11',
      gender: 'man',
      groupGender: 'men',
      pronouns: 'il',
      language: 'fr',
      interpreterNeeded: false,
      indigenousIdentity: true,
      phone: '+14165550110',
      safeToLeaveMessages: false,
      address: { street: '12 Front St W', city: 'Toronto', province: 'ON', postalCode: 'M5J 2N8' },
    });
  });

  it('leaves out an address cleared, and the other language unless "another language" is chosen', () => {
    const { values, flags } = participantValues(file);
    for (const part of ['street', 'city', 'province', 'postalCode']) values[`participant.address.${part}`] = ' ';
    values['participant.languageOther'] = 'Cree';
    const body = participantDetails(values, flags);
    expect(body.address).toBeUndefined();
    expect(body.languageOther).toBeUndefined();
  });

  it('asks for the names, birth date and gender, the other language, and every line of an address begun', () => {
    const required = 'Required.';
    const missing = missingParticipantFields({ 'participant.language': 'other', 'participant.address.city': 'Toronto' }, required);
    expect(Object.entries(missing).filter(([, message]) => message).map(([name]) => name)).toEqual([
      'participant.givenName',
      'participant.familyName',
      'participant.dateOfBirth',
      'participant.gender',
      'participant.languageOther',
      'participant.address.street',
      'participant.address.province',
      'participant.address.postalCode',
    ]);
  });
});
