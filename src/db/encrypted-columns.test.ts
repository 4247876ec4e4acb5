import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { encryptedColumns } from './encrypted-columns.js';
import { openTestDatabase, type TestDatabase } from './testing/test-database.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database?.close());

it('registers every *_encrypted column for key rotation', async () => {
  const columns = await sql<{ name: string }>`
    select table_name || '.' || column_name as name from information_schema.columns
    where table_schema = 'public' and column_name like '%\\_encrypted' order by 1`.execute(database.kysely);
  const registered = encryptedColumns.map((column) => `${column.table}.${column.column}`).sort();
  expect(columns.rows.map((row) => row.name)).toEqual(registered);
});
