import type { ParticipantFile } from '../api/participant-file';
import type { FormProblem } from './form-problem';
import { optionalText as opt } from './optional-text';

/** A form's text fields, by their path in the request body ("participant.givenName"). */
export type FieldValues = Record<string, string>;

/** A form's yes/no answers, by their path in the request body. */
export type FieldFlags = Record<string, boolean>;

/** The four lines of an address: all given, or none. */
export const addressParts = ['street', 'city', 'province', 'postalCode'] as const;

/** The person's yes/no answers. */
export const participantFlags = ['participant.interpreterNeeded', 'participant.indigenousIdentity', 'participant.safeToLeaveMessages'] as const;

const address = (part: (typeof addressParts)[number]) => `participant.address.${part}`;

/** Whether any line of the address was filled in. */
export function hasAddress(v: FieldValues): boolean {
  return addressParts.some((part) => opt(v[address(part)]) !== undefined);
}

/**
 * A person's details (`ParticipantDetails` of the API) from the form's `participant.*` fields:
 * empty optional fields are left out, the other language only with "other", the address only
 * when begun.
 */
export function participantDetails(v: FieldValues, flags: FieldFlags) {
  return {
    givenName: opt(v['participant.givenName']),
    familyName: opt(v['participant.familyName']),
    preferredName: opt(v['participant.preferredName']),
    dateOfBirth: opt(v['participant.dateOfBirth']),
    gender: opt(v['participant.gender']),
    groupGender: opt(v['participant.groupGender']),
    pronouns: opt(v['participant.pronouns']),
    language: opt(v['participant.language']),
    languageOther: v['participant.language'] === 'other' ? opt(v['participant.languageOther']) : undefined,
    interpreterNeeded: flags['participant.interpreterNeeded'] ?? false,
    indigenousIdentity: flags['participant.indigenousIdentity'] ?? false,
    phone: opt(v['participant.phone']),
    email: opt(v['participant.email']),
    safeToLeaveMessages: flags['participant.safeToLeaveMessages'] ?? false,
    address: hasAddress(v)
      ? { street: opt(v[address('street')]), city: opt(v[address('city')]), province: opt(v[address('province')]), postalCode: opt(v[address('postalCode')]) }
      : undefined,
    accessibilityNeeds: opt(v['participant.accessibilityNeeds']),
  };
}

/** The record as a form's values, for correcting it. */
export function participantValues(file: ParticipantFile): { values: FieldValues; flags: FieldFlags } {
  const text = {
    givenName: file.givenName,
    familyName: file.familyName,
    preferredName: file.preferredName,
    dateOfBirth: file.dateOfBirth,
    gender: file.gender,
    groupGender: file.groupGender,
    pronouns: file.pronouns,
    language: file.language,
    languageOther: file.languageOther,
    phone: file.phone,
    email: file.email,
    accessibilityNeeds: file.accessibilityNeeds,
    ...Object.fromEntries(addressParts.map((part) => [`address.${part}`, file.address?.[part] ?? null])),
  };
  const values = Object.fromEntries(Object.entries(text).map(([name, value]) => [`participant.${name}`, value ?? '']));
  const flags = {
    'participant.interpreterNeeded': file.interpreterNeeded,
    'participant.indigenousIdentity': file.indigenousIdentity,
    'participant.safeToLeaveMessages': file.safeToLeaveMessages,
  };
  return { values, flags };
}

/**
 * What must be filled in before sending (`required` is the message): the names, birth date and
 * gender, the other language when "another language" is chosen, and every line of an address begun.
 */
export function missingParticipantFields(v: FieldValues, required: string): FormProblem['fields'] {
  const need = (name: string) => (opt(v[name]) === undefined ? required : undefined);
  return {
    ...Object.fromEntries(['participant.givenName', 'participant.familyName', 'participant.dateOfBirth', 'participant.gender'].map((name) => [name, need(name)])),
    'participant.languageOther': v['participant.language'] === 'other' ? need('participant.languageOther') : undefined,
    ...(hasAddress(v) ? Object.fromEntries(addressParts.map((part) => [address(part), need(address(part))])) : {}),
  };
}
