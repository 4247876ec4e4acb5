export { getPartnerRecordPdf } from './get-partner-record-pdf.js';
export { loadPartnerRecord, type PartnerRecord } from './partner-record.queries.js';
export { partnerRecordPack } from './partner-record-pack.js';
