/*
 * Ministry statistics (issue #9 item 3): counts of a period per agency, summed across agencies
 * for the provincial view, with small cells suppressed in exports. Numbers only leave.
 */
export * from './statistics.schema.js';
export { statisticsErrors } from './statistics.errors.js';
export { getStatistics } from './get-statistics.js';
export { computeAgencyStatistics } from './compute-statistics.js';
export { computeOperatorStatistics } from './provincial-statistics.js';
export { sumStatistics } from './statistics.rules.js';
export { quarterOf, resolvePeriod, maxPeriodDays, type Period } from './statistics-period.js';
export { statisticsLines, suppressCount, ratePercent, smallCellThreshold, suppressedText, type StatisticsLine } from './statistics-sheet.js';
