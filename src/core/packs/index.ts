export { getParticipantInformationPack } from './get-participant-information-pack.js';
export { getPartnerInformationPack } from './get-partner-information-pack.js';
export { getResourceListPack } from './get-resource-list-pack.js';
export { ParticipantInformationQuery, ResourceListInput, type PdfFile } from './packs.schema.js';
export { TaggedPdf, listIndent, mm, type TaggedPdfOptions } from './tagged-pdf.js';
export { packText, type PackText } from './pack-text.js';
export { crisisLinesForPartners, defaultCrisisLines } from './crisis-lines.js';
