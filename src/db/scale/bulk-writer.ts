import { type Kysely, sql } from 'kysely';
import type { DB } from '../schema.js';

/**
 * The tables the generator writes, parents before children: a flush writes every buffer in this
 * order, so a row's foreign keys are always in the database (or in the same flush, earlier).
 */
export const scaleTables = [
  'agency', 'agency_setting', 'site', 'app_user', 'role_grant', 'holiday', 'program_stream', 'curriculum_topic',
  'fee_schedule', 'fee_band', 'fee_setting', 'report_setting', 'group_cycle', 'group_session',
  'participant', 'participant_income', 'referral', 'referral_condition', 'intake_appointment', 'intake_assessment', 'consent',
  'enrolment', 'attendance_mark', 'session_concern', 'completion_review', 'case_transition', 'fee_assessment', 'ledger_entry',
  'partner', 'partner_child', 'contact_preference', 'partner_consent', 'partner_notice', 'contact_record', 'notice_delivery', 'safety_plan',
  'partner_handoff', 'court_report', 'report_delivery', 'report_ack', 'audit_event', 'audit_chain_head', 'receipt_sequence',
] as const satisfies readonly (keyof DB)[];
export type ScaleTable = (typeof scaleTables)[number];

type Row = Record<string, unknown>;

/** The run's rows written so far and when to refresh the statistics next (shared by the agencies' writers). */
export interface TableGrowth {
  written: number;
  analyzeAt: number;
}

/**
 * Buffers generated rows per table and writes them in multi-row statements: each batch is one
 * JSON parameter expanded by `json_populate_recordset` (one round trip, no parameter limit),
 * naming only the columns given so the others take their defaults. Written as the owner, who is
 * not subject to row-level security; the constraints and foreign keys still hold every row.
 */
export class BulkWriter {
  private readonly buffers = new Map<ScaleTable, Row[]>();
  private buffered = 0;
  /** Rows written per table, this run. */
  readonly counts = new Map<ScaleTable, number>();

  constructor(
    private readonly db: Kysely<DB>,
    private readonly options: { batchRows: number; onWritten?: (rows: number) => void; growth?: TableGrowth },
  ) {}

  add(table: ScaleTable, row: Row): void {
    let buffer = this.buffers.get(table);
    if (!buffer) this.buffers.set(table, (buffer = []));
    buffer.push(row);
    this.buffered += 1;
  }

  /** Writes everything once enough rows wait (call between units of generated work). */
  async maybeFlush(): Promise<void> {
    if (this.buffered >= this.options.batchRows * 4) await this.flush();
  }

  /** Writes every buffer, parents first. */
  async flush(): Promise<void> {
    const before = this.buffered;
    for (const table of scaleTables) {
      const rows = this.buffers.get(table);
      if (!rows || rows.length === 0) continue;
      this.buffers.set(table, []);
      for (let start = 0; start < rows.length; start += this.options.batchRows) {
        const batch = rows.slice(start, start + this.options.batchRows);
        await insertRows(this.db, table, batch);
        this.counts.set(table, (this.counts.get(table) ?? 0) + batch.length);
        this.options.onWritten?.(batch.length);
      }
    }
    this.buffered = 0;
    await this.analyzeWhenGrown(before);
  }

  /**
   * Re-reads the tables' statistics each time the run's rows quadruple. In a long transaction
   * into empty tables, the foreign-key checks keep the plans made when the tables were empty
   * (sequential scans) and every insert gets slower; ANALYZE sees this transaction's own rows
   * and invalidates those plans. Once the tables are big, the plans stay right.
   */
  private async analyzeWhenGrown(written: number): Promise<void> {
    const growth = this.options.growth;
    if (!growth) return;
    growth.written += written;
    if (growth.written < growth.analyzeAt) return;
    growth.analyzeAt = growth.written * 4;
    const tables = scaleTables.filter((table) => this.counts.has(table));
    await sql`analyze ${sql.join(tables.map((table) => sql.table(table)))}`.execute(this.db);
  }
}

/** Rows naming different columns go in separate statements (a column absent from a row takes its default). */
async function insertRows(db: Kysely<DB>, table: ScaleTable, rows: Row[]): Promise<void> {
  const shapes = new Map<string, Row[]>();
  for (const row of rows) {
    const shape = Object.keys(row).join(',');
    const list = shapes.get(shape);
    if (list) list.push(row);
    else shapes.set(shape, [row]);
  }
  for (const [shape, list] of shapes) await insertShape(db, table, shape.split(','), list);
}

async function insertShape(db: Kysely<DB>, table: ScaleTable, columns: string[], rows: Row[]): Promise<void> {
  const list = sql.join(columns.map((column) => sql.ref(column)));
  await sql`insert into ${sql.table(table)} (${list})
    select ${list} from json_populate_recordset(null::${sql.table(table)}, ${JSON.stringify(rows)}::json)`.execute(db);
}
