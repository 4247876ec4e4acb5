import { defineErrorCodes } from '../../core/shared/define-error-codes.js';

export const backupErrors = defineErrorCodes({
  'backup.not_a_backup': 'invalid',
  'backup.format_too_new': 'invalid',
  'backup.truncated': 'invalid',
  'backup.not_migrated': 'rule_violation',
  'backup.newer_than_code': 'conflict',
  'backup.target_not_empty': 'conflict',
  'backup.target_migrated_past': 'conflict',
  'backup.schema_mismatch': 'invalid',
  'backup.verify_failed': 'unexpected',
  'backup.table_cycle': 'unexpected',
  'backup.file_exists': 'conflict',
});
