import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Permission } from '../../core/access/index.js';
import { LoadState } from '../components/load-state';
import { NoRolePage } from '../pages/no-role-page';
import { NotAllowedPage } from '../pages/not-allowed-page';
import { NotFoundPage } from '../pages/not-found-page';
import { hasPermission } from '../session/has-permission';
import { useSession } from '../session/session-context';
import { stagePath } from '../session/stage-path';

/** Props of {@link RequireSession}. */
export interface RequireSessionProps {
  /** The permission the page needs; any signed-in staff member with a role when absent. */
  permission?: Permission;
  /**
   * A record of a compartment (a partner's file, a disclosure): to a role without the permission
   * the address is "page not found", as the server answers 404: for them the record does not exist.
   */
  isCompartment?: boolean;
  children: ReactNode;
}

/**
 * Lets a page through only for a fully signed-in user with a role and the permission. Others
 * are sent to sign in (and brought back after), to the sign-in step they have left, or told.
 */
export function RequireSession({ permission, isCompartment = false, children }: RequireSessionProps) {
  const { state, refresh } = useSession();
  const location = useLocation();
  const here = { from: location.pathname + location.search };
  switch (state.status) {
    case 'loading':
      return <LoadState isLoading error={undefined} onRetry={() => undefined} />;
    case 'failed':
      return <LoadState isLoading={false} error={state.error} onRetry={() => void refresh().catch(() => undefined)} />;
    case 'signed-out':
      // After signing out, the next person to sign in starts at home, not on this page.
      return <Navigate to="/sign-in" replace state={state.reason === 'signed-out' ? null : here} />;
  }
  const { session } = state;
  if (session.stage !== 'active') return <Navigate to={stagePath(session.stage)} replace state={here} />;
  if (session.roles.length === 0) return <NoRolePage />;
  if (permission && !hasPermission(session, permission)) return isCompartment ? <NotFoundPage /> : <NotAllowedPage />;
  return <>{children}</>;
}
