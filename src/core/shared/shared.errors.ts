import { defineErrorCodes } from './define-error-codes.js';

/** Errors every adapter can raise, whatever the module. */
export const sharedErrors = defineErrorCodes({
  'request.invalid': 'invalid',
  'request.malformed_json': 'invalid',
  'request.unsupported_media_type': 'invalid',
  'request.body_too_large': 'invalid',
  'request.route_not_found': 'not_found',
  'request.method_not_allowed': 'not_found',
  'request.too_many': 'rate_limited',
  'request.value_not_storable': 'invalid',
  'request.unknown_reference': 'invalid',
  'system.unexpected': 'unexpected',
  'system.database_unavailable': 'unavailable',
  'system.database_url_invalid': 'invalid',
  'system.data_folder_locked': 'unavailable',
  'system.config_invalid': 'invalid',
  'system.migration_failed': 'unexpected',
});
