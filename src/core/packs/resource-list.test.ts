import { describe, expect, it } from 'vitest';
import { ResourceRecord } from '../resources/resource-record.js';
import type { Locale } from '../shared/locale.js';
import { packText } from './pack-text.js';
import { renderPack } from './render-pack.js';
import { resourceListPack } from './resource-list.js';
import { readPdf } from './testing/read-pdf.js';

/** The resource list a worker prints for a person. */
const createdAt = new Date('2026-11-22T15:00:00Z');

const shelter = ResourceRecord.parse({
  key: 'harbour-house',
  name: 'Harbour House',
  nameFr: 'Maison du Havre',
  greatFor: 'Women and children who need a safe place to stay.',
  greatForFr: 'Les femmes et les enfants qui ont besoin d’un endroit sûr.',
  categories: ['shelter'],
  hours: '24/7',
  hoursFr: '24 heures sur 24',
  address: '12 Hidden Lane, Sudbury',
  confidential: true,
  url: 'https://harbour.example.org',
  email: 'help@harbour.example.org',
  phones: [
    { kind: 'voice', dial: '+17055550199', display: '705-555-0199' },
    { kind: 'tty', dial: '+17055550198', display: '705-555-0198' },
    { kind: 'text', dial: '45645', display: '45645' },
  ],
});
const bookOnly = ResourceRecord.parse({
  key: 'choosing-to-change',
  name: 'Choosing to Change',
  provider: 'Calgary Women’s Shelter',
  greatFor: 'Men who have used violence against a partner and would like a starting point for changing these patterns.',
  categories: ['reading_toolkit'],
  address: '123 Public Street, Calgary',
});

async function render(locale: Locale, includeConfidentialAddresses = false) {
  const text = packText(locale);
  const bytes = await renderPack(resourceListPack(text, 'Agency', [shelter, bookOnly], { includeConfidentialAddresses }), { text, agencyName: 'Agency', createdAt, timeZone: 'America/Toronto' });
  return readPdf(bytes);
}

describe('resource list', () => {
  it('prints each resource in English: name, who it is great for, labelled numbers, hours, website, email', async () => {
    const read = await render('en-CA');
    expect(read.title).toBe('Community resources');
    expect(read.text).toContain('Staff at Agency chose these resources for you.');
    expect(read.text).toContain('Harbour House Great for: Women and children who need a safe place to stay.');
    expect(read.text).toContain('Call: 705-555-0199 TTY: 705-555-0198 Text: 45645 Hours: 24/7 Website: https://harbour.example.org Email: help@harbour.example.org');
    expect(read.text).toContain('Choosing to Change By: Calgary Women’s Shelter Great for: Men who have used violence');
    expect(read.structure.filter((type) => type === 'H2')).toHaveLength(2);
  });

  it('leaves confidential addresses out unless the worker asks for them; public ones are always printed', async () => {
    const withheld = await render('en-CA');
    expect(withheld.text).not.toContain('Hidden Lane');
    expect(withheld.text).toContain('Address: 123 Public Street, Calgary');
    expect((await render('en-CA', true)).text).toContain('Address: 12 Hidden Lane, Sudbury');
  });

  it('prints French names and texts, and falls back to the English text (marked as English) where there is no French', async () => {
    const read = await render('fr-CA');
    expect(read.title).toBe('Ressources communautaires');
    expect(read.text).toContain('Maison du Havre Idéal pour : Les femmes et les enfants qui ont besoin d’un endroit sûr.');
    expect(read.text).toContain('Téléphone : 705-555-0199 ATS : 705-555-0198 Texto : 45645 Heures : 24 heures sur 24 Site Web : https://harbour.example.org Courriel : help@harbour.example.org');
    expect(read.text).toContain('Choosing to Change Par : Calgary Women’s Shelter Idéal pour : Men who have used violence');
    // The one English paragraph tells a screen reader to switch voice.
    expect(read.languageChanges).toEqual(['P:en-CA']);
    expect((await render('en-CA')).languageChanges).toEqual([]);
  });
});
