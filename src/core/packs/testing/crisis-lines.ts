import { ResourceRecord } from '../../resources/resource-record.js';

/**
 * Three crisis lines as a test fixture, written the way the brief writes their numbers
 * (1-866-863-0511): the packs must print whatever the directory holds, exactly.
 */
export const crisisLineFixtures: readonly ResourceRecord[] = [
  {
    key: 'assaulted-womens-helpline',
    name: 'Assaulted Women’s Helpline',
    description: 'Toll-free support hotline for women who have experienced gender-based violence.',
    descriptionFr: 'Ligne de soutien sans frais pour les femmes qui ont subi de la violence fondée sur le sexe.',
    categories: ['crisis_line'],
    audiences: ['person_harmed'],
    languages: ['en', 'fr'],
    hours: '24/7',
    hoursFr: '24 heures sur 24, 7 jours sur 7',
    region: 'ON',
    url: 'https://www.awhl.org',
    phones: [
      { kind: 'voice', dial: '+18668630511', display: '1-866-863-0511' },
      { kind: 'tty', dial: '+18668637868', display: '1-866-863-7868' },
    ],
  },
  {
    key: 'femaide',
    name: 'Fem’aide',
    description: 'Toll-free support hotline for Francophone women who have experienced gender-based violence.',
    descriptionFr: 'Ligne de soutien sans frais pour les femmes francophones qui ont subi de la violence fondée sur le sexe.',
    categories: ['crisis_line', 'francophone'],
    audiences: ['person_harmed'],
    languages: ['fr'],
    hours: '24/7',
    hoursFr: '24 heures sur 24, 7 jours sur 7',
    region: 'ON',
    url: 'https://femaide.ca',
    phones: [{ kind: 'voice', dial: '+18773362433', display: '1-877-336-2433' }],
  },
  {
    key: 'kids-help-phone',
    name: 'Kids Help Phone',
    nameFr: 'Jeunesse, J’écoute',
    description: 'General distress hotline for children and youth, including those who may be experiencing and/or using violence.',
    descriptionFr: 'Ligne d’écoute pour les enfants et les jeunes, y compris ceux qui subissent de la violence ou qui y ont recours.',
    categories: ['crisis_line', 'children_youth'],
    audiences: ['children_youth'],
    languages: ['en', 'fr'],
    hours: '24/7',
    hoursFr: '24 heures sur 24, 7 jours sur 7',
    region: 'CA',
    url: 'https://kidshelpphone.ca',
    phones: [
      { kind: 'voice', dial: '+18006686868', display: '1-800-668-6868' },
      { kind: 'text', dial: '686868', display: '686868', keyword: 'CONNECT' },
    ],
  },
].map((record) => ResourceRecord.parse(record));
