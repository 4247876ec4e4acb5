import type { ColumnType } from 'kysely';

/** A timestamptz column defaulted by the database: read as Date, never updated. */
export type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

/** A timestamptz column: read as Date, written as Date or ISO string. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;

/** A bigint column (sequence numbers, counters): pg returns int8 as a string. */
export type Int8 = ColumnType<string, string | number | bigint, string | number | bigint>;
