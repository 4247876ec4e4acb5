import type { Permission } from '../../core/access/index.js';
import type { Session } from '../api/session-response';

/**
 * True when the session may use a permission. The server decides and enforces; the app only
 * uses this to show the links and controls that would work.
 */
export function hasPermission(session: Session, permission: Permission): boolean {
  return session.stage === 'active' && session.permissions.includes(permission);
}
