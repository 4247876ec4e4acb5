import type { Generated } from 'kysely';
import type { Timestamp } from '../../db/column-types.js';

/** `intake_appointment`: when and where intake happens (the site's time zone is kept with it). */
export interface IntakeAppointmentTable {
  agency_id: string;
  id: Generated<string>;
  participant_id: string;
  site_id: string | null;
  mode: 'in_person' | 'phone' | 'virtual';
  starts_at: Timestamp;
  time_zone: string;
  duration_minutes: Generated<number>;
  status: Generated<'booked' | 'attended' | 'missed' | 'cancelled'>;
  booked_at: Timestamp;
  booked_by: string | null;
}

/** `intake_assessment`: one completed assessment form (its version kept), with the suitability decision. */
export interface IntakeAssessmentTable {
  agency_id: string;
  id: Generated<string>;
  participant_id: string;
  form_version: string;
  answers: unknown;
  suitability: 'suitable' | 'unsuitable';
  reasons: string | null;
  completed_at: Timestamp;
  completed_by: string | null;
}

/** `consent`: one signed consent, by kind and form version; withdrawing keeps the row. */
export interface ConsentTable {
  agency_id: string;
  id: Generated<string>;
  participant_id: string;
  kind: 'limits_of_confidentiality' | 'release_to_referral_source' | 'partner_contact_explained' | 'participant_agreement';
  form_version: string;
  method: 'typed_name' | 'drawn' | 'ticked';
  signed_name: string;
  signature_svg: string | null;
  signed_at: Timestamp;
  witnessed_by: string | null;
  withdrawn_at: Date | null;
}

export interface IntakeTables {
  intake_appointment: IntakeAppointmentTable;
  intake_assessment: IntakeAssessmentTable;
  consent: ConsentTable;
}
