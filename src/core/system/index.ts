export { checkDatabase } from './check-database.js';
export { getSystemStatus } from './get-system-status.js';
export { SystemStatus, DatabaseStatus } from './system.schema.js';
