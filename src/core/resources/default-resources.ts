import type { z } from 'zod';
import { ResourceRecord } from './resource-record.js';

/*
 * The directory every agency starts with: every community resource named in the seed documents
 * (../shared/seeds: the PAR and Partner Contact pages, the French overview and the accountability
 * guide's resource list). English texts are the seeds' own words ("Great for" verbatim where the
 * seed has one; otherwise written from the seed's description); the French is ours, keeping
 * official French names (Fem’aide, Jeunesse, J’écoute, Voisin-es, ami-es et familles …). Titles
 * of works published in English only keep their title and have no French name. Numbers are
 * exactly those the seeds print (default-resources.test.ts checks each one against the seeds).
 * Hours are left out: the seeds give none. Web addresses are the organizations' home pages.
 */
type Entry = z.input<typeof ResourceRecord>;

const tollFree = { note: 'Toll-free', noteFr: 'Sans frais' };

const crisisLines: Entry[] = [
  {
    key: 'assaulted-womens-helpline',
    name: 'Assaulted Women’s Helpline',
    nameFr: 'Assaulted Women’s Helpline – ligne d’écoute pour les femmes victimes de violence',
    description: 'Toll-free support hotline for women who have experienced gender-based violence.',
    descriptionFr: 'Ligne de soutien sans frais pour les femmes qui ont vécu de la violence fondée sur le genre.',
    greatFor: 'Women who have experienced gender-based violence and want support by phone.',
    greatForFr: 'Les femmes qui ont vécu de la violence fondée sur le genre et qui veulent du soutien par téléphone.',
    categories: ['crisis_line'],
    audiences: ['person_harmed'],
    languages: ['en'],
    region: 'ON',
    url: 'https://www.awhl.org/',
    free: true,
    phones: [
      { kind: 'voice', dial: '+18668630511', display: '1 (866) 863-0511', ...tollFree },
      { kind: 'tty', dial: '+18668637868', display: '1 (866) 863-7868', ...tollFree },
    ],
  },
  {
    key: 'femaide',
    name: 'Fem’aide Hotline',
    nameFr: 'Fem’aide – ligne de soutien',
    description: 'Toll-free support hotline for Francophone women who have experienced gender-based violence.',
    descriptionFr: 'Ligne de soutien sans frais pour les femmes francophones qui ont vécu de la violence fondée sur le genre.',
    greatFor: 'Francophone women who have experienced gender-based violence and want support by phone, in French.',
    greatForFr: 'Les femmes francophones qui ont vécu de la violence fondée sur le genre et qui veulent du soutien par téléphone, en français.',
    categories: ['crisis_line', 'francophone'],
    audiences: ['person_harmed'],
    languages: ['fr'],
    region: 'ON',
    url: 'https://femaide.ca/',
    free: true,
    phones: [{ kind: 'voice', dial: '+18773362433', display: '1 (877) 336-2433', ...tollFree }],
  },
  {
    key: 'kids-help-phone',
    name: 'Kids Help Phone',
    nameFr: 'Jeunesse, J’écoute',
    description: 'General distress hotline for children and youth, including those who may be experiencing and/or using violence.',
    descriptionFr: 'Ligne d’écoute pour les enfants et les jeunes en détresse, y compris ceux qui vivent de la violence ou qui en font usage.',
    greatFor: 'Children and youth in distress, including those who may be experiencing or using violence; they can call or text.',
    greatForFr: 'Les enfants et les jeunes en détresse, y compris ceux qui vivent de la violence ou qui en font usage; ils peuvent appeler ou texter.',
    categories: ['crisis_line', 'children_youth', 'francophone'],
    audiences: ['children_youth'],
    languages: ['en', 'fr'],
    region: 'CA',
    url: 'https://kidshelpphone.ca/',
    phones: [
      { kind: 'voice', dial: '+18006686868', display: '1 (800) 668-6868' },
      { kind: 'text', dial: '686868', display: '686868', keyword: 'CONNECT', note: 'Text CONNECT to 686868', noteFr: 'Textez CONNECT au 686868' },
    ],
  },
  {
    key: 'distress-centres-greater-toronto',
    name: 'Distress Centres of Greater Toronto',
    nameFr: 'Distress Centres of Greater Toronto – centres d’écoute du Grand Toronto',
    description:
      'Support hotline for people experiencing emotional distress or in need of crisis intervention and suicide prevention (including people who have used and/or experienced violence, or anyone else in distress).',
    descriptionFr:
      'Ligne de soutien pour les personnes en détresse émotionnelle ou qui ont besoin d’une intervention de crise et de prévention du suicide (y compris les personnes qui ont fait usage de violence ou qui en ont vécu, et toute autre personne en détresse).',
    greatFor: 'Anyone in emotional distress or crisis, including people who have used and/or experienced violence; they can call or text.',
    greatForFr: 'Toute personne en détresse émotionnelle ou en crise, y compris les personnes qui ont fait usage de violence ou qui en ont vécu; on peut appeler ou texter.',
    categories: ['crisis_line'],
    audiences: ['anyone', 'person_harmed', 'person_who_used_violence'],
    languages: ['en'],
    region: 'Greater Toronto',
    url: 'https://www.dcogt.com/',
    phones: [
      { kind: 'voice', dial: '+14164084357', display: '(416) 408-4357' },
      { kind: 'text', dial: '45645', display: '45645' },
    ],
  },
  {
    key: 'gerstein-crisis-centre',
    name: 'Gerstein Crisis Centre',
    nameFr: 'Centre de crise Gerstein',
    description: 'Support by hotline for people experiencing a mental health crisis, including people who have used and/or experienced violence.',
    descriptionFr: 'Soutien par téléphone pour les personnes qui vivent une crise de santé mentale, y compris les personnes qui ont fait usage de violence ou qui en ont vécu.',
    greatFor: 'People experiencing a mental health crisis, including people who have used and/or experienced violence.',
    greatForFr: 'Les personnes qui vivent une crise de santé mentale, y compris celles qui ont fait usage de violence ou qui en ont vécu.',
    categories: ['crisis_line'],
    audiences: ['anyone', 'person_harmed', 'person_who_used_violence'],
    languages: ['en'],
    region: 'Toronto',
    url: 'https://gersteincentre.org/',
    phones: [{ kind: 'voice', dial: '+14169295200', display: '(416) 929-5200' }],
  },
];

const sheltersAndServices: Entry[] = [
  {
    key: 'shelter-safe',
    name: 'Shelter Safe',
    description:
      'Directory of crisis lines and emergency and transitional shelter and housing services across Canada for women experiencing gender-based violence. Shelters vary in their degrees of inclusivity for transgender women and non-binary people.',
    descriptionFr:
      'Répertoire des lignes de crise et des maisons d’hébergement d’urgence et de transition partout au Canada pour les femmes qui vivent de la violence fondée sur le genre. L’accueil des femmes trans et des personnes non binaires varie d’une maison d’hébergement à l’autre.',
    greatFor: 'Women experiencing gender-based violence who need a crisis line or a safe place to stay, anywhere in Canada.',
    greatForFr: 'Les femmes qui vivent de la violence fondée sur le genre et qui ont besoin d’une ligne de crise ou d’un endroit sûr où loger, partout au Canada.',
    categories: ['shelter', 'crisis_line'],
    audiences: ['person_harmed'],
    languages: ['en'],
    region: 'CA',
    url: 'https://sheltersafe.ca/',
  },
  {
    key: 'lgbtq2s-shelter-spaces',
    name: 'Making LGBTQ2S shelter spaces safe, inclusive and affirming',
    provider: 'Homeless Hub',
    description:
      'Guidance on creating safer, more welcoming shelter spaces for LGBTQ2S clients. Designed for youth shelters, but aspects of it can also be applied at shelters for those experiencing intimate partner violence.',
    descriptionFr:
      'Conseils pour rendre les refuges plus sûrs et plus accueillants pour les personnes LGBTQ2S. Conçu pour les refuges pour jeunes, mais certains aspects s’appliquent aussi aux maisons d’hébergement pour les personnes qui vivent de la violence entre partenaires intimes.',
    greatFor: 'Shelter workers interested in creating safer, more welcoming spaces for LGBTQ2S clients.',
    greatForFr: 'Le personnel des refuges et des maisons d’hébergement qui veut créer des espaces plus sûrs et plus accueillants pour les personnes LGBTQ2S.',
    categories: ['shelter', 'reading_toolkit'],
    audiences: ['service_providers'],
    languages: ['en'],
  },
  {
    key: 'lgbtq2s-toolkit',
    name: 'LGBTQ2S toolkit',
    provider: 'National Learning Community on Youth Homelessness',
    description:
      'Toolkit for creating safer, more welcoming spaces for LGBTQ2S youth. Designed for youth shelters, but aspects of it can also be applied at shelters for those experiencing intimate partner violence.',
    descriptionFr:
      'Trousse pour créer des espaces plus sûrs et plus accueillants pour les jeunes LGBTQ2S. Conçue pour les refuges pour jeunes, mais certains aspects s’appliquent aussi aux maisons d’hébergement pour les personnes qui vivent de la violence entre partenaires intimes.',
    greatFor: 'Shelter workers interested in creating safer, more welcoming spaces for LGBTQ2S clients.',
    greatForFr: 'Le personnel des refuges et des maisons d’hébergement qui veut créer des espaces plus sûrs et plus accueillants pour les personnes LGBTQ2S.',
    categories: ['shelter', 'reading_toolkit'],
    audiences: ['service_providers'],
    languages: ['en'],
  },
  {
    key: 'bridges-institute',
    name: 'Bridges Institute',
    nameFr: 'Bridges Institute – services pour les hommes qui ont fait usage de violence',
    description:
      'Services for men who have used violence, including intervention and counseling programs to help men create just outcomes for the partners or ex-partners they have abused.',
    descriptionFr:
      'Services pour les hommes qui ont fait usage de violence, dont des programmes d’intervention et de counseling qui les aident à réparer de façon juste les torts causés aux partenaires ou ex-partenaires qu’ils ont maltraités.',
    greatFor: 'Men who have used violence and want help to stop and to make things right with the partners or ex-partners they have abused.',
    greatForFr: 'Les hommes qui ont fait usage de violence et qui veulent de l’aide pour arrêter et pour réparer les torts causés à leurs partenaires ou ex-partenaires.',
    categories: ['services_for_people_who_used_violence', 'counselling'],
    audiences: ['person_who_used_violence'],
    languages: ['en'],
  },
  {
    key: 'ontario-womens-justice-network',
    name: 'Ontario Women’s Justice Network',
    nameFr: 'Ontario Women’s Justice Network – réseau ontarien de justice pour les femmes',
    description:
      'Extensive and diverse list of counseling, legal and support services for women across Ontario, including those experiencing gender-based violence.',
    descriptionFr:
      'Liste vaste et variée de services de counseling, de services juridiques et de soutien pour les femmes partout en Ontario, y compris celles qui vivent de la violence fondée sur le genre.',
    greatFor: 'Women in Ontario, including those experiencing gender-based violence, looking for counselling, legal or support services.',
    greatForFr: 'Les femmes de l’Ontario, y compris celles qui vivent de la violence fondée sur le genre, qui cherchent des services de counseling, juridiques ou de soutien.',
    categories: ['legal', 'counselling'],
    audiences: ['person_harmed'],
    languages: ['en'],
    region: 'ON',
    url: 'https://owjn.org/',
  },
  {
    key: 'canadian-restorative-justice-consortium',
    name: 'Canadian Restorative Justice Consortium',
    nameFr: 'Consortium canadien de justice réparatrice',
    description: 'Directory of restorative justice programs and organizations across Canada.',
    descriptionFr: 'Répertoire des programmes et des organismes de justice réparatrice partout au Canada.',
    greatFor: 'Anyone looking for a restorative justice program or organization in Canada, including to support a conversation between the people involved.',
    greatForFr: 'Toute personne qui cherche un programme ou un organisme de justice réparatrice au Canada, notamment pour soutenir une conversation entre les personnes concernées.',
    categories: ['legal'],
    audiences: ['anyone', 'service_providers'],
    languages: ['en'],
    region: 'CA',
  },
  {
    key: 'family-service-toronto-vaw-resources',
    name: 'Family Service Toronto – Violence Against Women resources',
    nameFr: 'Family Service Toronto – ressources sur la violence faite aux femmes',
    provider: 'Family Service Toronto',
    description:
      'Family Service Toronto’s Violence Against Women resource list (resources in the community and safety tips) and its emergency resources page. The agency also runs the Partner Contact program, walk-in counselling and programs in French.',
    descriptionFr:
      'La liste de ressources sur la violence faite aux femmes de Family Service Toronto (ressources dans la communauté et conseils de sécurité) et sa page de ressources d’urgence. L’organisme offre aussi le programme de contact avec les partenaires, du counseling sans rendez-vous et des programmes en français.',
    greatFor: 'Partners and ex-partners of PAR participants looking for resources in the community, safety tips or emergency resources in Toronto.',
    greatForFr: 'Les partenaires et ex-partenaires des participants au programme IPV qui cherchent des ressources dans la communauté, des conseils de sécurité ou des ressources d’urgence à Toronto.',
    categories: ['counselling', 'francophone'],
    audiences: ['person_harmed'],
    languages: ['en', 'fr'],
    region: 'Toronto',
    url: 'https://familyservicetoronto.org/',
  },
];

const victimsRights: Entry[] = [
  {
    key: 'ontario-victims-bill-of-rights',
    name: 'Ontario’s Victims’ Bill of Rights',
    nameFr: 'Charte de 1995 des droits des victimes d’actes criminels (Ontario)',
    description:
      'Principles to support victims of crime throughout the justice process: courtesy, compassion and respect for their personal dignity and privacy, and information about services and remedies, financial compensation, protection from intimidation, the investigation, charges, court procedures and dates, bail, the sentence, victim impact statements, and notice of the offender’s release or escape.',
    descriptionFr:
      'Principes qui soutiennent les victimes d’actes criminels tout au long du processus judiciaire : courtoisie, compassion et respect de leur dignité et de leur vie privée, et information sur les services et recours, l’indemnisation, la protection contre l’intimidation, l’enquête, les accusations, la procédure et les dates d’audience, la mise en liberté sous caution, la peine, la déclaration de la victime et l’avis de mise en liberté ou d’évasion du délinquant.',
    greatFor: 'Victims of crime in Ontario who want to know their rights and the information they are entitled to.',
    greatForFr: 'Les victimes d’actes criminels en Ontario qui veulent connaître leurs droits et l’information à laquelle elles ont droit.',
    categories: ['legal'],
    audiences: ['person_harmed'],
    languages: ['en', 'fr'],
    region: 'ON',
  },
  {
    key: 'canadian-victims-bill-of-rights',
    name: 'Canadian Victims Bill of Rights',
    nameFr: 'Charte canadienne des droits des victimes',
    description: 'The federal government’s Bill of Rights for Victims of Crime, with a fact sheet.',
    descriptionFr: 'La charte fédérale des droits des victimes d’actes criminels, avec une fiche d’information.',
    greatFor: 'Victims of crime who want to know their rights under federal law.',
    greatForFr: 'Les victimes d’actes criminels qui veulent connaître leurs droits en vertu de la loi fédérale.',
    categories: ['legal'],
    audiences: ['person_harmed'],
    languages: ['en', 'fr'],
    region: 'CA',
  },
  {
    key: 'ontario-victim-services-directory',
    name: 'Victim Services Directory (Ontario)',
    nameFr: 'Répertoire des services aux victimes (Ontario)',
    description: 'Finds local organizations that serve victims of crime, including those that offer the Partner Assault Response program.',
    descriptionFr: 'Le répertoire des services aux victimes permet de trouver les organismes locaux qui offrent des services aux victimes, dont ceux qui offrent le Programme IPV.',
    greatFor: 'People looking for victim services near them, and staff looking for the local Partner Assault Response program.',
    greatForFr: 'Les personnes qui cherchent des services aux victimes près de chez elles, et le personnel qui cherche le Programme IPV de sa région.',
    categories: ['legal', 'counselling', 'services_for_people_who_used_violence'],
    audiences: ['person_harmed', 'service_providers'],
    languages: ['en', 'fr'],
    region: 'ON',
  },
];

const indigenous: Entry[] = [
  {
    key: 'indigenous-partner-assault-response',
    name: 'Indigenous Partner Assault Response program',
    nameFr: 'Programme d’intervention auprès des partenaires intimes violents autochtones (Programme IPIV)',
    description:
      'A culturally appropriate education and counselling program for Indigenous people, open to those charged, that aims to prevent intimate partner violence. It is designed, developed and delivered by Indigenous people to meet the unique needs of their communities, and may also support victims, families and community members affected by intimate partner violence.',
    descriptionFr:
      'Programme d’information et de counseling culturellement adapté aux Autochtones, ouvert aux accusés, qui vise à prévenir la violence conjugale au sein du couple. Il est conçu, élaboré et exécuté par des Autochtones afin de répondre aux besoins uniques de leurs communautés, et peut aussi offrir un soutien aux victimes, aux familles et aux membres de la communauté touchés par la violence conjugale.',
    greatFor: 'Indigenous people charged with partner assault, and the partners, families and communities affected.',
    greatForFr: 'Les Autochtones accusés de violence envers un partenaire, ainsi que les partenaires, les familles et les communautés touchés.',
    categories: ['indigenous', 'services_for_people_who_used_violence'],
    audiences: ['person_who_used_violence', 'person_harmed'],
    region: 'ON',
  },
  {
    key: 'kizhaay-anishinaabe-niin',
    name: 'Kizhaay Anishinaabe Niin (I Am A Kind Man)',
    nameFr: 'Kizhaay Anishinaabe Niin (Je suis un homme bon)',
    description: 'Engaging Indigenous men in working to end violence against women by drawing upon traditional community values and teachings.',
    descriptionFr: 'Mobilise les hommes autochtones pour mettre fin à la violence faite aux femmes en s’appuyant sur les valeurs et les enseignements traditionnels de la communauté.',
    greatFor: 'Indigenous men who want to help end violence against women, drawing on traditional values and teachings.',
    greatForFr: 'Les hommes autochtones qui veulent contribuer à mettre fin à la violence faite aux femmes en s’appuyant sur les valeurs et les enseignements traditionnels.',
    categories: ['indigenous', 'services_for_people_who_used_violence'],
    audiences: ['person_who_used_violence', 'anyone'],
    languages: ['en'],
  },
  {
    key: 'moosehide-campaign',
    name: 'Moosehide Campaign',
    nameFr: 'Campagne Moosehide',
    description: 'Advocacy to inspire men to challenge violence against Indigenous women and girls.',
    descriptionFr: 'Mouvement de sensibilisation qui incite les hommes à s’opposer à la violence faite aux femmes et aux filles autochtones.',
    greatFor: 'Men and boys who want to stand up against violence towards Indigenous women and girls.',
    greatForFr: 'Les hommes et les garçons qui veulent s’opposer à la violence faite aux femmes et aux filles autochtones.',
    categories: ['indigenous'],
    audiences: ['anyone'],
    languages: ['en'],
    url: 'https://moosehidecampaign.ca/',
  },
];

/** The accountability guide's reading list: "By:" is the provider, "Great for:" is verbatim. */
const reading: Entry[] = [
  {
    key: 'nine-ways-to-be-accountable',
    name: '9 ways to be accountable when you’ve been abusive',
    provider: 'Everyday Feminism (Author: Kai Cheng-Thom)',
    greatFor: 'People who have used violence and wish to learn how they might be able to take responsibility for the harm they have caused.',
    greatForFr: 'Les personnes qui ont fait usage de violence et qui veulent apprendre comment elles pourraient assumer la responsabilité du tort qu’elles ont causé.',
    categories: ['reading_toolkit'],
    audiences: ['person_who_used_violence'],
    languages: ['en'],
    free: true,
  },
  {
    key: 'neighbours-friends-and-families',
    name: 'Neighbours, Friends and Families',
    nameFr: 'Voisin-es, ami-es et familles',
    provider: 'Centre for Research and Education on Violence Against Women and Children, Western University',
    description: 'A project with suggestions on safety planning and on recognizing and responding to violence, for the people close to those experiencing or using it.',
    descriptionFr: 'Un projet qui propose des idées pour planifier la sécurité et pour reconnaître la violence et y réagir, à l’intention des proches des personnes qui la vivent ou qui en font usage.',
    greatFor:
      'People whose friends, family or community members are experiencing or using violence. Includes tips on safety planning, identifying and supporting those who may be experiencing violence, and speaking with those who are using violence.',
    greatForFr:
      'Les personnes dont des amis, des membres de la famille ou de la communauté vivent de la violence ou en font usage. Comprend des conseils sur la planification de la sécurité, sur la façon de reconnaître et de soutenir les personnes qui vivent peut-être de la violence et sur la façon de parler aux personnes qui en font usage.',
    categories: ['reading_toolkit'],
    audiences: ['friends_family'],
    languages: ['en'],
    region: 'ON',
    url: 'https://www.neighboursfriendsandfamilies.ca/',
    free: true,
  },
  {
    key: 'creative-interventions-toolkit',
    name: 'Creative Interventions Toolkit: A Practical Guide to Stop Interpersonal Violence',
    provider: 'Creative Interventions',
    greatFor:
      'People who wish to develop in-depth understanding of how to intervene constructively at the individual and community level in instances of interpersonal violence (including IPV). A comprehensive, accessibly written and practical resource with chapters that stand well independently if reading the full toolkit is not possible.',
    greatForFr:
      'Les personnes qui veulent comprendre en profondeur comment intervenir de façon constructive, à l’échelle de la personne et de la communauté, dans les situations de violence interpersonnelle (y compris la violence entre partenaires intimes). Une ressource complète, pratique et accessible, dont les chapitres se lisent bien séparément si on ne peut pas lire toute la trousse.',
    categories: ['reading_toolkit'],
    audiences: ['friends_family', 'service_providers'],
    languages: ['en'],
    url: 'https://www.creative-interventions.org/',
    free: true,
  },
  {
    key: 'choosing-to-change',
    name: 'Choosing to Change: A Handbook for Men Concerned About their Abusive Behaviours Toward Those They Love',
    provider: 'Calgary Women’s Shelter',
    description: 'A handbook (PDF).',
    descriptionFr: 'Un guide (PDF).',
    greatFor:
      'Men who have used violence against a partner and would like a starting point for changing these patterns and making healthy, caring and respectful choices in their relationships.',
    greatForFr:
      'Les hommes qui ont fait usage de violence envers une partenaire et qui veulent un point de départ pour changer ces comportements et faire des choix sains, bienveillants et respectueux dans leurs relations.',
    categories: ['reading_toolkit'],
    audiences: ['person_who_used_violence'],
    languages: ['en'],
    free: true,
  },
  {
    key: 'unclenching-our-fists',
    name: 'Unclenching Our Fists: Abusive Men on the Journey to Non-Violence',
    provider: 'Sara Elinoff Acker',
    greatFor:
      'Men who have abused a partner and would benefit from hearing first-person stories from real men who have used violence, sharing in their own words their personal paths to non-violence and how these journeys have changed them.',
    greatForFr:
      'Les hommes qui ont maltraité une partenaire et à qui il serait utile d’entendre des hommes qui ont fait usage de violence raconter, dans leurs propres mots, leur cheminement vers la non-violence et comment il les a changés.',
    categories: ['reading_toolkit'],
    audiences: ['person_who_used_violence'],
    languages: ['en'],
  },
  {
    key: 'six-ways-to-confront-your-friend',
    name: '6 ways to confront your friend who’s abusing their partner',
    provider: 'Everyday Feminism (Author: Kai Cheng-Thom)',
    greatFor:
      'People who wish to speak with a friend or loved one about their abusive choices. This article’s approach affirms the humanity of the person using violence as well as the person experiencing it, and holds space for complicated feelings.',
    greatForFr:
      'Les personnes qui veulent parler à un ami ou à un proche de ses choix violents. L’approche de cet article affirme l’humanité de la personne qui fait usage de violence comme de celle qui la subit, et laisse de la place aux sentiments complexes.',
    categories: ['reading_toolkit'],
    audiences: ['friends_family'],
    languages: ['en'],
    free: true,
  },
  {
    key: 'peak-magazine-transformative-justice',
    name: 'The Peak Magazine, Transformative justice issue',
    provider: 'The Peak Magazine (various authors and contributors)',
    description:
      'Recommended articles: “On safety” (Micah Hobbes-Frazier, pp. 4-6); “Where abolition meets action: A history of women organizing against gender violence” (Vikki Law, pp. 15-17); “Keeping our sisters safe” (Naomi Sayers, pp. 21-22); “Relationship tools” (Erica Horechka, pp. 23-26); “On accountability: The role of choice” (Micah Hobbes-Frazier, pp. 27-28).',
    descriptionFr:
      'Articles recommandés : « On safety » (Micah Hobbes-Frazier, p. 4-6); « Where abolition meets action: A history of women organizing against gender violence » (Vikki Law, p. 15-17); « Keeping our sisters safe » (Naomi Sayers, p. 21-22); « Relationship tools » (Erica Horechka, p. 23-26); « On accountability: The role of choice » (Micah Hobbes-Frazier, p. 27-28).',
    greatFor:
      'Anyone seeking an introduction to the principles of transformative justice. Includes many examples of how to put the principles into action, in settings ranging from prisons to schools to our own homes and personal relationships.',
    greatForFr:
      'Toute personne qui veut s’initier aux principes de la justice transformatrice. Comprend de nombreux exemples de mise en pratique de ces principes, dans des milieux qui vont des prisons aux écoles, jusqu’à nos foyers et à nos relations personnelles.',
    categories: ['reading_toolkit'],
    audiences: ['anyone'],
    languages: ['en'],
    free: true,
  },
  {
    key: 'beyond-survival',
    name: 'Beyond Survival: Strategies and Stories from the Transformative Justice Movement',
    provider: 'Ejeris Dixon & Leah Lakshmi Piepzna-Samarasinha (Editors)',
    greatFor:
      'Anyone seeking an in-depth look at transformative justice in action: case studies, challenges and practical considerations for applying the principles of transformative justice in our communities.',
    greatForFr:
      'Toute personne qui veut un regard approfondi sur la justice transformatrice en action : études de cas, défis et considérations pratiques pour appliquer ses principes dans nos communautés.',
    categories: ['reading_toolkit'],
    audiences: ['anyone'],
    languages: ['en'],
  },
];

/** The guide's "Learning Tools for Service Providers". */
const forServiceProviders: Entry[] = [
  {
    key: 'innovations-in-interventions-ipv',
    name: 'Innovations in Interventions to Address Intimate Partner Violence: Research and Practice',
    provider: 'Tod Augusta-Scott, Katreena Scott and Leslie M. Tutty (Editors)',
    greatFor:
      'Service providers, policymakers, and others interested in the latest research and practice in intimate partner violence (IPV) intervention, with sections on legal and restorative approaches, supporting people experiencing or using violence, and integrating IPV intervention across systems.',
    greatForFr:
      'Les intervenants, les décideurs et toute personne qui s’intéresse à la recherche et aux pratiques les plus récentes en intervention contre la violence entre partenaires intimes, avec des sections sur les approches juridiques et réparatrices, le soutien aux personnes qui vivent de la violence ou qui en font usage, et l’intégration de l’intervention dans l’ensemble des systèmes.',
    categories: ['reading_toolkit'],
    audiences: ['service_providers'],
    languages: ['en'],
  },
  {
    key: 'coaching-boys-into-men',
    name: 'Coaching Boys Into Men Toolkit',
    provider: 'Coaches Corner',
    greatFor:
      'Coaches, teachers and others who wish to model healthy and respectful relationship skills for boys, and equip them with the capacity to recognize and challenge harmful social norms that contribute to gender-based violence.',
    greatForFr:
      'Les entraîneurs, le personnel enseignant et toute personne qui veut montrer aux garçons, par l’exemple, des relations saines et respectueuses, et leur donner les moyens de reconnaître et de remettre en question les normes sociales néfastes qui contribuent à la violence fondée sur le genre.',
    categories: ['reading_toolkit', 'children_youth'],
    audiences: ['service_providers'],
    languages: ['en'],
  },
  {
    key: 'ipv-in-lgbtq-communities',
    name: 'Evidence Brief: Intimate Partner Violence in LGBTQ Communities',
    provider: 'Rainbow Health Ontario',
    greatFor: 'Anyone who wishes to learn about the unique shapes IPV can take in relationships among queer, trans and two-spirit (2S) people.',
    greatForFr:
      'Toute personne qui veut comprendre les formes particulières que peut prendre la violence entre partenaires intimes dans les relations entre personnes queers, trans et bispirituelles (2S).',
    categories: ['reading_toolkit'],
    audiences: ['anyone', 'service_providers'],
    languages: ['en'],
  },
  {
    key: 'becoming-ethical',
    name: 'Becoming Ethical: A Parallel, Political Journey with Men Who Have Abused',
    provider: 'Alan Jenkins',
    greatFor:
      'Therapists, counselors and others who work with men who have used violence, and are seeking a practical and comprehensive guide to the author’s paradigm-shifting invitational approach to IPV intervention.',
    greatForFr:
      'Les thérapeutes, les conseillers et toute personne qui travaille avec des hommes qui ont fait usage de violence et qui cherche un guide pratique et complet de l’approche invitationnelle de l’auteur, qui a renouvelé l’intervention contre la violence entre partenaires intimes.',
    categories: ['reading_toolkit', 'services_for_people_who_used_violence'],
    audiences: ['service_providers'],
    languages: ['en'],
  },
  {
    key: 'domestic-violence-and-restorative-justice',
    name: 'Domestic Violence and Restorative Justice: Advancing the Dialogue',
    provider: 'Alan Edwards & Jennifer Haslett',
    greatFor:
      'Service providers who work in or adjacent to domestic violence and/or restorative justice. Briefly outlines key factors in domestic violence cases that should be considered when applying restorative justice to these cases.',
    greatForFr:
      'Les intervenants qui travaillent en violence familiale ou en justice réparatrice, ou dans des domaines voisins. Présente brièvement les facteurs clés à considérer avant d’appliquer la justice réparatrice dans les cas de violence familiale.',
    categories: ['reading_toolkit', 'legal'],
    audiences: ['service_providers'],
    languages: ['en'],
  },
  {
    key: 'restorative-justice-and-violence-against-women',
    name: 'Restorative Justice and Violence Against Women',
    provider: 'James Ptacek (Editor)',
    greatFor:
      'Service providers, policymakers and others interested in exploring the intersections of restorative justice and violence against women in depth, with examples of processes and practices used in Canada, the United States, Australia and New Zealand.',
    greatForFr:
      'Les intervenants, les décideurs et toute personne qui veut explorer en profondeur les liens entre la justice réparatrice et la violence faite aux femmes, avec des exemples de processus et de pratiques du Canada, des États-Unis, de l’Australie et de la Nouvelle-Zélande.',
    categories: ['reading_toolkit', 'legal'],
    audiences: ['service_providers'],
    languages: ['en'],
  },
  {
    key: 'shift-domestic-violence-e-library',
    name: 'Domestic violence e-library',
    provider: 'Sh!ft: The project to end domestic violence',
    greatFor:
      'Service providers, policymakers and others who work in fields adjacent to the issue of domestic violence and would like to stay abreast of key research relating to primary violence prevention.',
    greatForFr:
      'Les intervenants, les décideurs et toute personne qui travaille dans un domaine voisin de la violence familiale et qui veut se tenir au courant de la recherche clé sur la prévention primaire de la violence.',
    categories: ['reading_toolkit'],
    audiences: ['service_providers'],
    languages: ['en'],
    free: true,
  },
];

/** Engaging men and boys, youth dating violence, and the guide's films. */
const menYouthAndFilms: Entry[] = [
  {
    key: 'futures-without-violence-campus-leadership',
    name: 'Futures Without Violence: Campus Leadership Program',
    provider: 'Futures Without Violence',
    description: 'Program for post-secondary students who want to get involved in the movement to end gender-based violence on their campuses.',
    descriptionFr: 'Programme pour les étudiantes et étudiants du postsecondaire qui veulent s’engager dans le mouvement pour mettre fin à la violence fondée sur le genre sur leur campus.',
    greatFor: 'Post-secondary students who want to help end gender-based violence on their campus.',
    greatForFr: 'Les étudiantes et étudiants du postsecondaire qui veulent contribuer à mettre fin à la violence fondée sur le genre sur leur campus.',
    categories: ['children_youth'],
    audiences: ['anyone'],
    languages: ['en'],
    region: 'US',
    url: 'https://www.futureswithoutviolence.org/',
  },
  {
    key: 'next-gen-men',
    name: 'Next Gen Men',
    description:
      'Organization promoting healthy masculinities through events and resources for boys and young men (e.g. online discussion groups, podcasts), as well as parents, teachers and communities. Workshops, discussion groups, professional development, and an array of resources (including publications and a podcast) to help boys and young men explore healthier masculinities.',
    descriptionFr:
      'Organisme qui fait la promotion de masculinités saines par des événements et des ressources pour les garçons et les jeunes hommes (p. ex. groupes de discussion en ligne, balados), ainsi que pour les parents, le personnel enseignant et les communautés. Ateliers, groupes de discussion, perfectionnement professionnel et toute une gamme de ressources (dont des publications et un balado).',
    greatFor: 'Boys and young men exploring healthier masculinities, and the parents, teachers and communities around them.',
    greatForFr: 'Les garçons et les jeunes hommes qui explorent des masculinités plus saines, ainsi que les parents, le personnel enseignant et les communautés qui les entourent.',
    categories: ['children_youth'],
    audiences: ['children_youth', 'friends_family', 'service_providers'],
    languages: ['en'],
    url: 'https://nextgenmen.ca/',
  },
  {
    key: 'it-starts-with-you',
    name: 'It Starts With You',
    provider: 'White Ribbon Canada, the Ontario Government and COPA',
    description: 'Online campaign by White Ribbon Canada, the Ontario Government and COPA to encourage men to model healthy and respectful relationships for the boys in their lives.',
    descriptionFr:
      'Campagne en ligne de White Ribbon Canada, du gouvernement de l’Ontario et de COPA qui encourage les hommes à montrer l’exemple de relations saines et respectueuses aux garçons de leur entourage.',
    greatFor: 'Men who want to model healthy and respectful relationships for the boys in their lives.',
    greatForFr: 'Les hommes qui veulent montrer l’exemple de relations saines et respectueuses aux garçons de leur entourage.',
    categories: ['reading_toolkit', 'children_youth'],
    audiences: ['friends_family'],
    languages: ['en'],
    region: 'ON',
  },
  {
    key: 'manifest-change',
    name: 'MANifest Change',
    description: 'Public awareness campaign encouraging men and boys to take a stand against gender-based violence.',
    descriptionFr: 'Campagne de sensibilisation qui encourage les hommes et les garçons à prendre position contre la violence fondée sur le genre.',
    greatFor: 'Men and boys who want to take a stand against gender-based violence.',
    greatForFr: 'Les hommes et les garçons qui veulent prendre position contre la violence fondée sur le genre.',
    categories: ['reading_toolkit'],
    audiences: ['anyone'],
    languages: ['en'],
  },
  {
    key: 'prevnet-youth-dating-violence',
    name: 'PrevNet: Addressing Youth Dating Violence',
    provider: 'PrevNet',
    description: 'Primer on the basics of violence in adolescent and teen relationships, with a section for parents, guardians and caregivers.',
    descriptionFr: 'Introduction aux notions de base sur la violence dans les relations amoureuses des adolescents, avec une section pour les parents, les tuteurs et les personnes aidantes.',
    greatFor: 'Parents, guardians and caregivers who want to understand violence in teen relationships.',
    greatForFr: 'Les parents, les tuteurs et les personnes aidantes qui veulent comprendre la violence dans les relations amoureuses des adolescents.',
    categories: ['children_youth', 'reading_toolkit'],
    audiences: ['friends_family', 'children_youth'],
    languages: ['en'],
  },
  {
    key: 'loveisrespect',
    name: 'loveisrespect',
    provider: 'National Domestic Violence Hotline (US)',
    description: 'Resource for young people on healthy relationships, boundaries, consent and dating violence, created by the National Domestic Violence Hotline (US).',
    descriptionFr:
      'Ressource pour les jeunes sur les relations saines, les limites, le consentement et la violence dans les fréquentations, créée par la National Domestic Violence Hotline (États-Unis).',
    greatFor: 'Young people learning about healthy relationships, boundaries, consent and dating violence.',
    greatForFr: 'Les jeunes qui veulent en savoir plus sur les relations saines, les limites, le consentement et la violence dans les fréquentations.',
    categories: ['children_youth'],
    audiences: ['children_youth'],
    languages: ['en'],
    region: 'US',
    url: 'https://www.loveisrespect.org/',
  },
  {
    key: 'thats-not-cool',
    name: 'That’s Not Cool',
    description: 'Hub of resources (including quizzes and an app) for young people on healthy online relationships and digital abuse, with a section for parents.',
    descriptionFr: 'Carrefour de ressources (dont des jeux-questionnaires et une application) pour les jeunes sur les relations saines en ligne et la violence numérique, avec une section pour les parents.',
    greatFor: 'Young people and their parents learning about healthy online relationships and digital abuse.',
    greatForFr: 'Les jeunes et leurs parents qui veulent en savoir plus sur les relations saines en ligne et la violence numérique.',
    categories: ['children_youth', 'reading_toolkit'],
    audiences: ['children_youth', 'friends_family'],
    languages: ['en'],
  },
  {
    key: 'teen-digital-dating-violence-toolkit',
    name: 'Teen Digital Dating Violence Toolkit',
    provider: 'BC Society of Transition Houses',
    description: 'Background on digital violence in youth relationships and how to support young people, including tips for parents and caregivers. Created by the BC Society of Transition Houses.',
    descriptionFr:
      'Information sur la violence numérique dans les relations amoureuses des jeunes et sur la façon de les soutenir, avec des conseils pour les parents et les personnes aidantes. Créée par la BC Society of Transition Houses.',
    greatFor: 'Parents, caregivers and workers supporting young people through digital dating violence.',
    greatForFr: 'Les parents, les personnes aidantes et les intervenants qui soutiennent des jeunes aux prises avec la violence numérique dans leurs fréquentations.',
    categories: ['children_youth', 'reading_toolkit'],
    audiences: ['friends_family', 'service_providers'],
    languages: ['en'],
  },
  {
    key: 'abusive-relationships-common-for-teens',
    name: 'Abusive Relationships are Common for Teens. Here’s How to Help',
    description: 'Hub of resources (including quizzes and an app) for young people on healthy online relationships and digital abuse, with a section for parents.',
    descriptionFr: 'Carrefour de ressources (dont des jeux-questionnaires et une application) pour les jeunes sur les relations saines en ligne et la violence numérique, avec une section pour les parents.',
    greatFor: 'Parents and other adults who want to help a teen in an abusive relationship.',
    greatForFr: 'Les parents et les autres adultes qui veulent aider un adolescent dans une relation violente.',
    categories: ['children_youth', 'reading_toolkit'],
    audiences: ['friends_family', 'children_youth'],
    languages: ['en'],
  },
  {
    key: 'how-to-talk-to-teens-about-dating-violence',
    name: 'How to Talk to Teens About Dating Violence',
    provider: 'Futures Without Violence',
    description: 'Web resource for adults from Futures Without Violence, which offers programs, campaigns and advocacy to end violence against women and children.',
    descriptionFr:
      'Ressource Web pour les adultes de Futures Without Violence, un organisme qui offre des programmes, des campagnes et de la défense des droits pour mettre fin à la violence faite aux femmes et aux enfants.',
    greatFor: 'Parents and other adults who want to talk with teens about dating violence.',
    greatForFr: 'Les parents et les autres adultes qui veulent parler de la violence dans les fréquentations avec des adolescents.',
    categories: ['children_youth', 'reading_toolkit'],
    audiences: ['friends_family'],
    languages: ['en'],
    url: 'https://www.futureswithoutviolence.org/',
  },
  {
    key: 'a-better-man',
    name: 'A Better Man',
    description:
      'Documentary in which a man begins to take responsibility for abusing his partner, co-director Attiya Khan, 20 years earlier. The conversations it records were painful, illuminating, and ultimately transformative for both of them.',
    descriptionFr:
      'Documentaire où un homme commence à assumer la responsabilité de la violence qu’il a fait subir à sa partenaire, la coréalisatrice Attiya Khan, 20 ans plus tôt. Les conversations filmées ont été douloureuses, éclairantes et, au bout du compte, transformatrices pour tous les deux.',
    greatFor: 'Friends, family, community members, men’s groups, unions and classrooms who want to start courageous conversations about intimate partner violence, justice and healing.',
    greatForFr:
      'Les amis, les familles, les membres de la communauté, les groupes d’hommes, les syndicats et les classes qui veulent entamer des conversations courageuses sur la violence entre partenaires intimes, la justice et la guérison.',
    categories: ['film'],
    audiences: ['anyone', 'friends_family', 'person_who_used_violence', 'person_harmed'],
    languages: ['en'],
    url: 'https://abettermanfilm.com/',
  },
  {
    key: 'a-better-man-discussion-guides',
    name: 'A Better Man discussion guides',
    nameFr: 'Guides de discussion de A Better Man',
    provider: 'A Better Man',
    description:
      'A discussion guide with questions, activities and resources; a guide for men hosting their own viewing groups; a union guide made with the Canadian Labour Congress (English and French); a high school curriculum guide made with National Film Board Education and the Ontario Secondary School Teachers’ Federation (English and French); and glossary cards.',
    descriptionFr:
      'Un guide de discussion avec des questions, des activités et des ressources; un guide pour les hommes qui animent leurs propres groupes de visionnement; un guide syndical préparé avec le Congrès du travail du Canada (en anglais et en français); un guide pédagogique pour l’école secondaire préparé avec ONF Éducation et la Fédération des enseignantes-enseignants des écoles secondaires de l’Ontario (en anglais et en français); et des cartes de glossaire.',
    greatFor: 'Anyone hosting a viewing of A Better Man: friends and family, men’s groups, unions and high school classes.',
    greatForFr: 'Toute personne qui organise un visionnement de A Better Man : amis et familles, groupes d’hommes, syndicats et classes du secondaire.',
    categories: ['reading_toolkit', 'film'],
    audiences: ['friends_family', 'service_providers', 'person_who_used_violence'],
    languages: ['en', 'fr'],
  },
  {
    key: 'clc-domestic-violence-at-work',
    name: 'Domestic Violence at Work resource centre',
    nameFr: 'Centre de ressources sur la violence familiale au travail',
    provider: 'Canadian Labour Congress (CLC)',
    description: 'The Canadian Labour Congress’s resource centre on domestic violence at work, for unions and their members.',
    descriptionFr: 'Le centre de ressources du Congrès du travail du Canada sur la violence familiale au travail, pour les syndicats et leurs membres.',
    greatFor: 'Unions and their members who want to support people who are experiencing or using violence.',
    greatForFr: 'Les syndicats et leurs membres qui veulent soutenir les personnes qui vivent de la violence ou qui en font usage.',
    categories: ['reading_toolkit'],
    audiences: ['anyone', 'service_providers'],
    languages: ['en', 'fr'],
    region: 'CA',
  },
  {
    key: 'crisis-centre-coping-and-self-care',
    name: 'Coping and Self-Care guide',
    nameFr: 'Guide d’adaptation et de soins personnels',
    provider: 'Crisis Centre',
    description: 'General coping and self-care tips.',
    descriptionFr: 'Conseils généraux pour composer avec les difficultés et prendre soin de soi.',
    greatFor: 'Anyone reading or talking about abuse who needs to take care of themselves while doing so.',
    greatForFr: 'Toute personne qui lit ou parle au sujet de la violence et qui a besoin de prendre soin d’elle-même en le faisant.',
    categories: ['reading_toolkit'],
    audiences: ['anyone'],
    languages: ['en'],
  },
  {
    key: 'the-mask-you-live-in',
    name: 'The Mask You Live In',
    description: 'Documentary examining the varied impacts of modern masculinity norms on boys and men.',
    descriptionFr: 'Documentaire qui examine les divers effets des normes de la masculinité moderne sur les garçons et les hommes.',
    greatFor: 'Anyone who wants to understand how masculinity norms affect boys and men.',
    greatForFr: 'Toute personne qui veut comprendre comment les normes de la masculinité touchent les garçons et les hommes.',
    categories: ['film'],
    audiences: ['anyone'],
    languages: ['en'],
  },
  {
    key: 'private-violence',
    name: 'Private Violence',
    description: 'Documentary exploring domestic abuse and the common question “Why didn’t she just leave?” through the eyes of two women who have experienced violence.',
    descriptionFr: 'Documentaire sur la violence conjugale et la question si souvent posée « Pourquoi n’est-elle pas tout simplement partie? », vue par deux femmes qui ont vécu de la violence.',
    greatFor: 'Anyone who wonders why people stay in abusive relationships.',
    greatForFr: 'Toute personne qui se demande pourquoi des gens restent dans une relation violente.',
    categories: ['film'],
    audiences: ['anyone'],
    languages: ['en'],
  },
  {
    key: 'no-place-to-hide-rehtaeh-parsons',
    name: 'No Place to Hide: The Rehtaeh Parsons Story',
    description: 'Documentary on the sexual violence and harassment that led to Nova Scotia teenager Rehtaeh Parsons’ death, and her parents’ struggle to find justice.',
    descriptionFr:
      'Documentaire sur la violence sexuelle et le harcèlement qui ont mené à la mort de Rehtaeh Parsons, une adolescente de la Nouvelle-Écosse, et sur la lutte de ses parents pour obtenir justice.',
    greatFor: 'Anyone who wants to understand sexual violence and harassment among young people, and the search for justice.',
    greatForFr: 'Toute personne qui veut comprendre la violence sexuelle et le harcèlement chez les jeunes, et la quête de justice.',
    categories: ['film'],
    audiences: ['anyone'],
    languages: ['en'],
  },
  {
    key: 'nfb-violence-against-women-collection',
    name: 'National Film Board collection on violence against women',
    nameFr: 'Collection de l’Office national du film sur la violence faite aux femmes',
    provider: 'National Film Board of Canada',
    description: 'Assortment of short and feature length films produced by the National Film Board that tackle the issue of violence against women.',
    descriptionFr: 'Sélection de courts et de longs métrages produits par l’Office national du film qui abordent la question de la violence faite aux femmes.',
    greatFor: 'Anyone looking for films to watch or show about violence against women.',
    greatForFr: 'Toute personne qui cherche des films à regarder ou à présenter sur la violence faite aux femmes.',
    categories: ['film'],
    audiences: ['anyone'],
    languages: ['en', 'fr'],
    region: 'CA',
    url: 'https://www.nfb.ca/',
  },
];

/** Every resource named in the seeds, validated as `ResourceRecord` (defaults filled in). */
export const defaultResources: readonly ResourceRecord[] = Object.freeze(
  [...crisisLines, ...sheltersAndServices, ...victimsRights, ...indigenous, ...reading, ...forServiceProviders, ...menYouthAndFilms].map((entry) => ResourceRecord.parse(entry)),
);
