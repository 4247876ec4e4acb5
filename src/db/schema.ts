import type { AgenciesTables } from '../core/agencies/agencies.tables.js';
import type { AuditTables } from '../core/audit/audit.tables.js';
import type { IntakeTables } from '../core/intake/intake.tables.js';
import type { ParticipantsTables } from '../core/participants/participants.tables.js';
import type { PartnersTables } from '../core/partners/partners.tables.js';
import type { DocumentsTables } from '../core/referrals/documents.tables.js';
import type { ReferralsTables } from '../core/referrals/referrals.tables.js';
import type { UsersTables } from '../core/users/users.tables.js';
import type { ProgramsTables } from '../core/programs/programs.tables.js';
import type { GroupsTables } from '../core/groups/groups.tables.js';
import type { AttendanceTables } from '../core/attendance/attendance.tables.js';
import type { OutboxTables } from '../core/outbox/outbox.tables.js';
import type { ResourcesTables } from '../core/resources/resources.tables.js';
import type { WorkbookTables } from '../core/workbook/workbook.tables.js';
import type { PartnerContactTables } from '../core/partner-contact/partner-contact.tables.js';
import type { DisclosuresTables } from '../core/disclosures/disclosures.tables.js';
import type { FeesTables } from '../core/fees/fees.tables.js';
import type { ReportsTables } from '../core/reports/reports.tables.js';
import type { AuditAccessTables } from '../core/audit-access/audit-access.tables.js';

/**
 * The database as Kysely sees it: each module declares the tables it owns in its
 * `<module>.tables.ts` (see MODULES.md), and this type is their union.
 */
export interface DB extends AgenciesTables, UsersTables, AuditTables, PartnersTables, ParticipantsTables, ReferralsTables, IntakeTables, DocumentsTables,
    ProgramsTables, GroupsTables, AttendanceTables, OutboxTables, ResourcesTables, WorkbookTables,
    PartnerContactTables, DisclosuresTables, FeesTables, ReportsTables, AuditAccessTables {}
