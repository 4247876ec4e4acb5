import pg from 'pg';

/** One statement as the driver sent it, with what came back. */
export interface CapturedStatement {
  text: string;
  values: unknown[];
  rows: Record<string, unknown>[];
  /** Round trip, in ms. */
  ms: number;
}

let recording: CapturedStatement[] | undefined;
let installed = false;

/**
 * Records every statement the `pg` driver sends while `capture` runs (Kysely compiles to these
 * texts and parameters: what the use case really executes, not a copy typed by hand).
 * Benchmark processes only: it patches `pg.Client.prototype.query`.
 */
export async function captureStatements(work: () => Promise<unknown>): Promise<CapturedStatement[]> {
  install();
  const statements: CapturedStatement[] = [];
  recording = statements;
  try {
    await work();
  } finally {
    recording = undefined;
  }
  return statements;
}

function install(): void {
  if (installed) return;
  installed = true;
  const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function patched(this: pg.Client, ...args: unknown[]) {
    const target = recording;
    const [first, second] = args;
    if (!target || typeof first !== 'string') return original.apply(this, args);
    const entry: CapturedStatement = { text: first, values: Array.isArray(second) ? [...second] : [], rows: [], ms: 0 };
    target.push(entry);
    const started = performance.now();
    const result = original.apply(this, args) as Promise<pg.QueryResult> | undefined;
    return result?.then((value) => {
      entry.ms = performance.now() - started;
      entry.rows = (value?.rows ?? []) as Record<string, unknown>[];
      return value;
    });
  } as typeof pg.Client.prototype.query;
}

/** What a statement is for: the use case's own work, or what the full stack adds around it. */
export type StatementRole = 'data' | 'transaction' | 'scope' | 'session' | 'audit';

/**
 * Sorts a request's statements: the session lookup (one statement before the use case), the agency scope (`set_config`, role), the audit chain, transaction control,
 * and the data statements, which the bare baseline runs as they are.
 */
export function classify(statements: CapturedStatement[]): { role: StatementRole; statement: CapturedStatement }[] {
  // The session is resolved first, by one statement (and, once a minute, the write of its seen-at or its end).
  return statements.map((statement) => {
    const text = statement.text.trim().toLowerCase();
    if (text.includes('"staff_session"')) return { role: 'session' as const, statement };
    if (/^(begin|commit|rollback|start transaction)\b/.test(text)) return { role: 'transaction' as const, statement };
    if (text.includes('set_config(') || text.startsWith('set local')) return { role: 'scope' as const, statement };
    if (/"audit_event"|"audit_chain_head"|audit_chain|audit_event/.test(text)) return { role: 'audit' as const, statement };
    return { role: 'data' as const, statement };
  });
}

const uuidPattern = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/**
 * A captured statement sequence replayed with fresh values: ids that the request generated
 * (neither in the request nor read from the database earlier) become new ids, and ids a
 * replayed statement returns replace the ids the captured one returned (positionally), also
 * inside strings (event keys), so a replayed write inserts new rows exactly as the original did.
 * `rename` maps request-level ids (the URL's session, the body's idempotency key) to this
 * request's own.
 */
export class ReplayPlan {
  private readonly generated = new Set<string>();

  constructor(
    readonly statements: CapturedStatement[],
    known: Iterable<string>,
  ) {
    const seen = new Set([...known].map((id) => id.toLowerCase()));
    for (const statement of statements) {
      for (const value of statement.values) {
        for (const id of idsIn(value)) if (!seen.has(id)) this.generated.add(id);
      }
      for (const row of statement.rows) for (const value of Object.values(row)) for (const id of idsIn(value)) seen.add(id);
    }
  }

  /** Runs the sequence on `client` (one connection, already in the caller's transaction or not). */
  async replay(client: pg.PoolClient | pg.Client, rename: Map<string, string>, freshId: () => string): Promise<unknown[][]> {
    const mapping = new Map<string, string>(rename);
    for (const id of this.generated) if (!mapping.has(id)) mapping.set(id, freshId());
    const results: unknown[][] = [];
    for (const statement of this.statements) {
      const values = statement.values.map((value) => substitute(value, mapping));
      const result = await client.query(statement.text, values);
      statement.rows.forEach((row, index) => {
        const now = result.rows[index] as Record<string, unknown> | undefined;
        if (!now) return;
        for (const [column, before] of Object.entries(row)) {
          // Ids the request named keep their renaming: rows may come back in another order.
          if (typeof before === 'string' && typeof now[column] === 'string' && before !== now[column] && uuidOnly(before) && !rename.has(before.toLowerCase())) {
            mapping.set(before.toLowerCase(), now[column] as string);
          }
        }
      });
      results.push(result.rows);
    }
    return results;
  }
}

function uuidOnly(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

function idsIn(value: unknown): string[] {
  if (typeof value === 'string') return (value.match(uuidPattern) ?? []).map((id) => id.toLowerCase());
  if (Array.isArray(value)) return value.flatMap(idsIn);
  if (value && typeof value === 'object' && !(value instanceof Date) && !Buffer.isBuffer(value)) return Object.values(value).flatMap(idsIn);
  return [];
}

function substitute(value: unknown, mapping: Map<string, string>): unknown {
  if (typeof value === 'string') return value.replace(uuidPattern, (id) => mapping.get(id.toLowerCase()) ?? id);
  if (Array.isArray(value)) return value.map((item) => substitute(item, mapping));
  if (value && typeof value === 'object' && !(value instanceof Date) && !Buffer.isBuffer(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, substitute(item, mapping)]));
  }
  return value;
}

/** The ids a request names, in order (path first, then body). */
export function idsOf(value: unknown): string[] {
  return JSON.stringify(value).match(uuidPattern)?.map((id) => id.toLowerCase()) ?? [];
}
