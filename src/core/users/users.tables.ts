import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Int8, Timestamp } from '../../db/column-types.js';

/** `app_user`: a staff account in one agency. */
export interface AppUserTable {
  agency_id: string;
  id: Generated<string>;
  email: string;
  display_name: string;
  preferred_locale: Generated<'en-CA' | 'fr-CA'>;
  password_hash: string;
  status: Generated<'active' | 'disabled'>;
  failed_sign_ins: Generated<number>;
  lockout_level: Generated<number>;
  locked_until: Date | null;
  password_changed_at: Generated<Date>;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
  version: Generated<number>;
}

/** `role_grant`: one role held by one user in the agency. */
export interface RoleGrantTable {
  agency_id: string;
  user_id: string;
  role: string;
  granted_at: CreatedAt;
  granted_by: string | null;
}

/** `staff_session`: a server-side session; the cookie holds the token, the table its hash. */
export interface StaffSessionTable {
  agency_id: string;
  id: Generated<string>;
  token_hash: string;
  user_id: string;
  stage: 'second_factor' | 'enrol_second_factor' | 'active';
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  ended_at: Date | null;
  end_reason: 'signed_out' | 'idle' | 'expired' | 'disabled' | 'replaced' | 'second_factor_reset' | null;
  client_ip: string | null;
  user_agent: string | null;
}

/** `mfa_secret`: the TOTP secret (encrypted), confirmed once the user proves a code. */
export interface MfaSecretTable {
  agency_id: string;
  user_id: string;
  secret_encrypted: string;
  confirmed_at: Date | null;
  last_used_step: Int8 | null;
  created_at: CreatedAt;
}

/** `recovery_code`: single-use codes (hashed) for a lost authenticator. */
export interface RecoveryCodeTable {
  agency_id: string;
  user_id: string;
  id: Generated<string>;
  code_hash: string;
  used_at: ColumnType<Date | null, never, Date | string>;
  created_at: CreatedAt;
}

export interface UsersTables {
  app_user: AppUserTable;
  role_grant: RoleGrantTable;
  staff_session: StaffSessionTable;
  mfa_secret: MfaSecretTable;
  recovery_code: RecoveryCodeTable;
}
