export { getWorkbook } from './get-workbook.js';
export { replaceWorkbook } from './replace-workbook.js';
export { getWalletCard } from './get-wallet-card.js';
export { renderWalletCard } from './render-wallet-card.js';
export { ReplaceWorkbookInput, Workbook } from './workbook.schema.js';
export { workbookErrors } from './workbook.errors.js';
export { warningSignKinds, accountabilityActionStatuses, type WarningSignKind, type AccountabilityActionStatus } from './workbook.tables.js';
