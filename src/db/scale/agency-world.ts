import type { Role } from '../../core/access/roles.js';
import type { Keyring } from '../../core/crypto/keyring.js';
import { defaultCurriculum } from '../../core/programs/default-curriculum.js';
import { StreamPolicy, type StreamPolicyInput } from '../../core/programs/stream-policy.js';
import { fieldContext } from '../encrypted-columns.js';
import { AuditChainWriter } from './audit-chain-writer.js';
import type { BulkWriter } from './bulk-writer.js';
import { familyNames, familyNamesFr, menGiven, womenGiven } from './names.js';
import type { Random } from './random.js';
import type { ScaleCalendar } from './scale-calendar.js';
import type { AgencyPlan } from './scale-plan.js';

export interface Staff {
  userId: string;
  sessionId: string;
  name: string;
}

export interface Stream {
  id: string;
  code: string;
  name: string;
  nameFr: string;
  groupGender: 'men' | 'women';
  language: 'en' | 'fr';
  indigenous: boolean;
  scheduleId: string;
  privateSessionFeeCents: number;
}

/** Everything the case generator needs about one agency while it writes it. */
export interface AgencyWorld {
  plan: AgencyPlan;
  id: string;
  random: Random;
  keyring: Keyring;
  writer: BulkWriter;
  audit: AuditChainWriter;
  calendar: ScaleCalendar;
  sites: { id: string; name: string; timeZone: string }[];
  staff: Record<Role, Staff[]>;
  streams: Stream[];
  holidays: Set<number>;
  /** The agency's receipt sequence so far. */
  receipts: number;
  seal(table: string, column: string, id: string, value: string): string;
}

/** The sign-in password of every generated account (benchmarks sign in with it). Generated data only. */
export const scalePassword = 'Scale-Password-2026';

const streamSpecs: { code: string; name: string; nameFr: string; policy: StreamPolicyInput; when: (plan: AgencyPlan, index: number) => boolean }[] = [
  { code: 'men-en', name: "Men's group (English)", nameFr: 'Groupe pour hommes (anglais)', policy: { groupSizeMin: 6, groupSizeMax: 14 }, when: () => true },
  { code: 'men-fr', name: 'Programme IPV – hommes (français)', nameFr: 'Programme IPV – hommes (français)', policy: { language: 'fr', groupSizeMin: 4, groupSizeMax: 12 }, when: (plan) => plan.french >= 0.05 },
  { code: 'women-en', name: "Women's group (English)", nameFr: 'Groupe pour femmes (anglais)', policy: { groupGender: 'women', groupSizeMin: 4, groupSizeMax: 10 }, when: () => true },
  { code: 'indigenous', name: 'Indigenous IPVP (men)', nameFr: 'Programme IPVP autochtone (hommes)', policy: { indigenous: true, groupSizeMin: 4, groupSizeMax: 10 }, when: (plan, index) => index % 3 === 0 || plan.timeZone === 'America/Winnipeg' },
];

/** Staff per role for an agency of this size (one of each at least; facilitators by volume). */
function staffCounts(referrals: number): Record<Role, number> {
  return {
    intake: Math.max(1, Math.ceil(referrals / 400)),
    facilitator: Math.max(2, Math.ceil(referrals / 150)),
    partner_contact: Math.max(1, Math.ceil(referrals / 300)),
    partner_contact_lead: 1,
    manager: Math.max(1, Math.ceil(referrals / 2000)),
    finance: 1,
    admin: 1,
    auditor: 1,
  };
}

/**
 * Buffers the agency's tenant rows (agency, settings, sites, staff with one role each, holidays,
 * streams with policy and curriculum, fee schedules, report settings) and returns its world.
 */
export function createAgencyWorld(input: { plan: AgencyPlan; random: Random; keyring: Keyring; writer: BulkWriter; calendar: ScaleCalendar; passwordHash: string; createdAt: Date }): AgencyWorld {
  const { plan, random, writer, calendar, keyring } = input;
  const id = random.uuid();
  const createdAt = input.createdAt;
  writer.add('agency', { id, slug: plan.slug, name: plan.name, name_fr: plan.nameFr, time_zone: plan.timeZone, created_at: createdAt });
  writer.add('agency_setting', { agency_id: id, mfa_required: false, updated_at: createdAt });
  const sites = plan.sites.map((site) => ({ id: random.uuid(), ...site }));
  for (const site of sites) writer.add('site', { agency_id: id, id: site.id, name: site.name, time_zone: site.timeZone, created_at: createdAt });
  const audit = new AuditChainWriter(id, keyring, random, writer);

  const staff = {} as Record<Role, Staff[]>;
  for (const [role, count] of Object.entries(staffCounts(plan.referrals)) as [Role, number][]) {
    staff[role] = [];
    for (let n = 1; n <= count; n++) {
      const userId = random.uuid();
      const name = `${random.pick(random.chance(0.5) ? menGiven : womenGiven)} ${random.pick(random.chance(plan.french) ? familyNamesFr : familyNames)}`;
      const email = `${role.replace(/_/g, '.')}${count > 1 ? n : ''}@${plan.slug}.pars.test`;
      writer.add('app_user', { agency_id: id, id: userId, email, display_name: name, preferred_locale: random.chance(plan.french) ? 'fr-CA' : 'en-CA', password_hash: input.passwordHash, password_changed_at: createdAt, created_at: createdAt, updated_at: createdAt });
      writer.add('role_grant', { agency_id: id, user_id: userId, role, granted_at: createdAt });
      const member = { userId, sessionId: random.uuid(), name };
      staff[role].push(member);
      audit.add({ at: createdAt, type: 'user.created', actor: 'system', subject: { type: 'user', id: userId }, details: { roles: [role] } });
    }
  }

  const holidays = new Set<number>();
  for (const holiday of calendar.holidays()) {
    holidays.add(holiday.day);
    writer.add('holiday', { agency_id: id, day: calendar.text(holiday.day), name: holiday.name, name_fr: holiday.nameFr });
  }

  const manager = staff.manager[0]!;
  const streams: Stream[] = [];
  for (const spec of streamSpecs.filter((s) => s.when(plan, plan.index))) {
    const policy = StreamPolicy.parse(spec.policy);
    const stream: Stream = {
      id: random.uuid(), code: spec.code, name: spec.name, nameFr: spec.nameFr, groupGender: policy.groupGender === 'women' ? 'women' : 'men',
      language: policy.language, indigenous: policy.indigenous, scheduleId: random.uuid(), privateSessionFeeCents: policy.privateSessionPriceCents,
    };
    writer.add('program_stream', { agency_id: id, id: stream.id, code: spec.code, name: spec.name, name_fr: spec.nameFr, policy, created_at: createdAt });
    defaultCurriculum.forEach((topic, index) => {
      writer.add('curriculum_topic', { agency_id: id, stream_id: stream.id, position: index + 1, title: topic.title, title_fr: topic.titleFr, summary: topic.summary, summary_fr: topic.summaryFr });
    });
    writer.add('fee_schedule', { agency_id: id, id: stream.scheduleId, stream_id: stream.id, version: 1, effective_from: calendar.text(calendar.firstDay - 30), private_session_fee_cents: stream.privateSessionFeeCents, created_at: createdAt, created_by: manager.userId });
    feeBands.forEach((band, index) => {
      writer.add('fee_band', { agency_id: id, schedule_id: stream.scheduleId, position: index + 1, min_household_size: 1, max_income_cents: band.maxIncomeCents, total_fee_cents: band.feeCents });
    });
    audit.add({ at: createdAt, type: 'stream.created', actor: manager, subject: { type: 'stream', id: stream.id }, details: { code: spec.code } });
    streams.push(stream);
  }
  writer.add('fee_setting', { agency_id: id, allowed_credit_cents: 0, updated_at: createdAt });
  writer.add('report_setting', { agency_id: id, due_business_days: 5, ack_escalation_business_days: 10, updated_at: createdAt });

  return {
    plan, id, random, keyring, writer, audit, calendar, sites, staff, streams, holidays, receipts: 0,
    seal: (table, column, rowId, value) => keyring.encrypt(value, fieldContext(table, column, id, rowId)),
  };
}

/** The sliding scale: the fee for a household income up to each bound (the last has none). */
export const feeBands: { maxIncomeCents: number | null; feeCents: number }[] = [
  { maxIncomeCents: 2_000_000, feeCents: 5_000 },
  { maxIncomeCents: 4_000_000, feeCents: 25_000 },
  { maxIncomeCents: 7_000_000, feeCents: 45_000 },
  { maxIncomeCents: null, feeCents: 75_000 },
];
