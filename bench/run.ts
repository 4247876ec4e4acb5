import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { benchScopedTransaction } from './scoped-transaction.js';

// Runs on a throw-away PGlite folder, or on DATABASE_URL (use a scratch database).
const dataDir = mkdtempSync(join(tmpdir(), 'pars-bench-'));
const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir });
try {
  await migrateToLatest(database.kysely);
  console.log(await benchScopedTransaction(database));
} finally {
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
}
