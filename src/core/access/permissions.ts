import type { Compartment } from '../../db/scoped-database.js';

interface PermissionInfo {
  en: string;
  fr: string;
  /**
   * The record space the permission opens. Without it, such a record does not exist for the
   * actor: the answer is 404, never 403, so its existence is not disclosed.
   */
  compartment?: Compartment;
}

/**
 * Every permission in PARS (`resource.action`), with its label in both languages. Deny by
 * default: a permission no role is given (role-permissions.ts) is held by nobody.
 */
export const permissions = {
  'agency.read': { en: 'See the agency, its sites and settings', fr: "Voir l'organisme, ses points de service et ses paramètres" },
  'setting.manage': { en: 'Change agency settings', fr: "Modifier les paramètres de l'organisme" },
  'user.read': { en: 'See staff accounts and their roles', fr: 'Voir les comptes du personnel et leurs rôles' },
  'user.manage': { en: 'Create, disable and change staff accounts and roles', fr: 'Créer, désactiver et modifier les comptes et les rôles du personnel' },
  'audit.read': { en: 'Read the audit log', fr: "Consulter le journal d'audit", compartment: 'audit' },
  'audit.read_views': { en: 'See who viewed a record', fr: 'Voir qui a consulté un dossier', compartment: 'audit' },
  'participant.read': { en: "Read participants' files", fr: 'Consulter les dossiers des participants', compartment: 'participant' },
  'participant.write': { en: "Change participants' files", fr: 'Modifier les dossiers des participants', compartment: 'participant' },
  'income.read': { en: "See participants' declared household income", fr: 'Voir le revenu du ménage déclaré par les participants', compartment: 'income' },
  'income.write': { en: "Record participants' household income", fr: 'Consigner le revenu du ménage des participants', compartment: 'income' },
  'referral.read': { en: 'Read referrals', fr: 'Consulter les aiguillages', compartment: 'participant' },
  'referral.write': { en: 'Record and decide referrals', fr: 'Enregistrer les aiguillages et statuer', compartment: 'participant' },
  'partner.create': { en: 'Pass partner details to the partner-contact team (cannot read them back)', fr: "Transmettre les coordonnées d'une partenaire à l'équipe de contact (sans pouvoir les relire)" },
  'partner.read': { en: "Read partners' files and contact notes", fr: 'Consulter les dossiers des partenaires et les notes de contact', compartment: 'partner' },
  'partner.write': { en: "Change partners' files and record contacts", fr: 'Modifier les dossiers des partenaires et consigner les contacts', compartment: 'partner' },
  'disclosure.create': { en: 'Raise a safety concern or disclosure', fr: 'Signaler une préoccupation pour la sécurité ou une divulgation' },
  'disclosure.read': { en: 'Read disclosures', fr: 'Consulter les divulgations', compartment: 'disclosure' },
  'disclosure.approve': { en: 'Decide and approve disclosures', fr: 'Décider et approuver les divulgations', compartment: 'disclosure' },
  'program.manage': { en: 'Set up program streams, their policy and curriculum, and holidays', fr: "Établir les volets du programme, leurs règles, le contenu des séances et les jours fériés" },
  'case.sign_off': { en: 'Decide discharges and sign off completions', fr: 'Statuer sur les renvois et approuver les achèvements', compartment: 'participant' },
  'group.read': { en: 'See groups, sessions and rosters', fr: 'Voir les groupes, les séances et les listes', compartment: 'participant' },
  'group.manage': { en: 'Set up groups and place participants', fr: 'Organiser les groupes et y placer les participants', compartment: 'participant' },
  'attendance.record': { en: 'Record attendance and session notes', fr: 'Consigner les présences et les notes de séance', compartment: 'participant' },
  'fee.read': { en: 'See fee assessments and accounts', fr: 'Voir les évaluations des frais et les comptes', compartment: 'participant' },
  'fee.manage': { en: 'Set fee schedules, record payments and receipts', fr: 'Établir les barèmes, enregistrer les paiements et les reçus', compartment: 'participant' },
  'fee.schedule': { en: 'Change fee schedules and approve negotiated fees, waivers and subsidies', fr: 'Modifier les barèmes des frais et approuver les frais négociés, les exonérations et les subventions' },
  'fee.assess': { en: "Assess participants' fees from their declared income", fr: 'Évaluer les frais des participants selon leur revenu déclaré', compartment: 'participant' },
  'report.draft': { en: 'Draft completion reports', fr: "Rédiger les rapports d'achèvement", compartment: 'participant' },
  'report.sign': { en: 'Sign and send completion reports', fr: "Signer et envoyer les rapports d'achèvement", compartment: 'participant' },
  'resource.read': { en: 'Use the community resource directory', fr: 'Consulter le répertoire des ressources communautaires' },
  'resource.manage': { en: 'Change the resource directory', fr: 'Modifier le répertoire des ressources' },
  'resource.refer': { en: 'Record and see the community resources given to participants', fr: 'Consigner et consulter les ressources communautaires remises aux participants', compartment: 'participant' },
  'statistics.read': { en: 'See aggregate statistics and compliance', fr: 'Voir les statistiques globales et la conformité' },
  'audit.grant_access': { en: 'Grant and end Ministry auditors\' access to the agency', fr: "Accorder et retirer l'accès des vérificatrices et vérificateurs du Ministère" },
  'audit.open_partner_identity': { en: "Record the legal basis that shows a partner's name to an auditor", fr: "Consigner le fondement juridique qui montre le nom d'une personne partenaire à la vérification", compartment: 'partner' },
  'audit.read_sample': { en: 'Read, without changing, the participant files an audit grant names', fr: "Consulter, sans les modifier, les dossiers de participants que nomme un accès de vérification" },
} as const satisfies Record<string, PermissionInfo>;

export type Permission = keyof typeof permissions;

/** The compartment a permission opens, if any. */
export function compartmentOf(permission: Permission): Compartment | undefined {
  return (permissions[permission] as PermissionInfo).compartment;
}
