import { Navigate } from 'react-router';
import type { StatusState } from '../api/use-status';
import { HomePage } from '../pages/home-page';
import { StaffHomePage } from '../pages/staff-home-page';
import { useSession } from '../session/session-context';
import { RequireSession } from './require-session';

/** Props of {@link HomeRoute}. */
export interface HomeRouteProps {
  status: StatusState;
  onRetryStatus: () => void;
}

/**
 * `/`: the public overview (agency and system status) for a visitor, the staff member's own
 * home once signed in; a session half-way through signing in is sent back to its step.
 */
export function HomeRoute({ status, onRetryStatus }: HomeRouteProps) {
  const { state } = useSession();
  if (state.status === 'signed-in') {
    // A Ministry auditor's home is their audit access (what a grant opens, or that none is in force).
    const isAuditor = state.session.roles.length > 0 && state.session.roles.every((role) => role === 'auditor');
    return <RequireSession>{isAuditor ? <Navigate to="/my-audit" replace /> : <StaffHomePage />}</RequireSession>;
  }
  return <HomePage status={status} onRetry={onRetryStatus} />;
}
