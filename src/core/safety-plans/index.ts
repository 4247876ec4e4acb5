export { getSafetyPlan, getSafetyPlanVersion } from './get-safety-plan.js';
export { getSafetyPlanPdf, partnerLocale } from './get-safety-plan-pdf.js';
export { saveSafetyPlan } from './save-safety-plan.js';
export { safetyPlanLines, safetyPlanPack } from './safety-plan-pack.js';
export { safetyPlansErrors } from './safety-plans.errors.js';
export { findAllPlanVersions, requirePartner } from './safety-plans.queries.js';
export * from './safety-plans.schema.js';
