import { ResourceRecord } from '../resource-record.js';

/** A resource using every field, in both languages. */
export const fullRecord = ResourceRecord.parse({
  key: 'assaulted-womens-helpline',
  name: "Assaulted Women's Helpline",
  nameFr: "Ligne d'assistance pour les femmes violentées",
  provider: "Assaulted Women's Helpline Inc.",
  description: 'Free, anonymous and confidential 24/7 crisis line for women who have experienced abuse.',
  descriptionFr: "Ligne de crise gratuite, anonyme et confidentielle, 24 h sur 24, pour les femmes qui ont subi de la violence.",
  greatFor: 'Women who need someone to talk to, "right now", any time.',
  greatForFr: "Les femmes qui ont besoin de parler à quelqu'un, « tout de suite ».",
  categories: ['crisis_line', 'francophone'],
  audiences: ['person_harmed', 'friends_family'],
  languages: ['en', 'fr', 'oj', 'crk'],
  hours: '24/7',
  hoursFr: '24 h sur 24, 7 jours sur 7',
  region: 'ON',
  url: 'https://www.awhl.org/',
  email: 'info@awhl.org',
  address: '123 Main Street, Toronto, ON M5V 1A1',
  free: true,
  phones: [
    { kind: 'voice', dial: '+18668630511', display: '1-866-863-0511', note: 'Toll-free', noteFr: 'Sans frais' },
    { kind: 'tty', dial: '+18668630511', display: '1-866-863-0511' },
    { kind: 'text', dial: '686868', display: '686868', keyword: 'CONNECT' },
    { kind: 'voice', dial: '*677', display: '*677', note: 'From a cell phone' },
  ],
});
