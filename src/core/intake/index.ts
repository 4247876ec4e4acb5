export { bookIntake } from './book-intake.js';
export { recordAssessment } from './record-assessment.js';
export { recordConsent } from './record-consent.js';
export { findIntakeWorklist, IntakeWorkItem } from './find-intake-worklist.js';
export { intakeErrors } from './intake.errors.js';
export * from './intake.schema.js';
