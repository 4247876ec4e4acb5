export { feesErrors } from './fees.errors.js';
export * from './fees.schema.js';
export { checkBands, decideEntry, defaultBands, defaultPrivateSessionFeeCents, pickBand, splitPerSession } from './fees.rules.js';
export { createFeeSchedule, ensureDefaultSchedule, getFeeSchedule, listFeeSchedules } from './schedules.js';
export { assessFee } from './assess-fee.js';
export { getParticipantFees, getReceipt, recordLedgerEntry } from './ledger.js';
export { closeFeePeriod, getAgedBalances, getDailyPayments, getFeeSettings, updateFeeSettings } from './fee-reports.js';
export { getReceiptPdf } from './get-receipt-pdf.js';
