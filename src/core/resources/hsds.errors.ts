import { defineErrorCodes } from '../shared/define-error-codes.js';

/** Why an HSDS import or export stops as a whole (a record's own problems are reasons in the report, not errors). */
export const hsdsErrors = defineErrorCodes({
  'hsds.file_unreadable': 'not_found',
  'hsds.file_encoding': 'invalid',
  'hsds.json_malformed': 'invalid',
  'hsds.json_not_services': 'invalid',
  'hsds.package_manifest_missing': 'invalid',
  'hsds.package_manifest_invalid': 'invalid',
  'hsds.package_path_invalid': 'invalid',
  'hsds.package_file_missing': 'invalid',
  'hsds.package_no_services': 'invalid',
  'hsds.csv_malformed': 'invalid',
  'hsds.format_unknown': 'invalid',
  'hsds.import_refused': 'invalid',
  'hsds.out_not_empty': 'conflict',
  'hsds.export_invalid': 'unexpected',
});
