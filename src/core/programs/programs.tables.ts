import type { Generated } from 'kysely';
import type { CreatedAt } from '../../db/column-types.js';

/** `program_stream`: a program the agency runs (men's English, Programme IPV, Indigenous …) and its policy. */
export interface ProgramStreamTable {
  agency_id: string;
  id: Generated<string>;
  code: string;
  name: string;
  name_fr: string;
  /** A `StreamPolicy` as JSON: read it with `readStreamPolicy`. */
  policy: unknown;
  retired_at: Date | null;
  created_at: CreatedAt;
  version: Generated<number>;
}

/** `curriculum_topic`: the stream's session topics, in order, in both languages. */
export interface CurriculumTopicTable {
  agency_id: string;
  stream_id: string;
  position: number;
  title: string;
  title_fr: string;
  summary: string | null;
  summary_fr: string | null;
}

export interface ProgramsTables {
  program_stream: ProgramStreamTable;
  curriculum_topic: CurriculumTopicTable;
}
