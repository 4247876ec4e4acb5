import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Session } from '../api/session-response';
import { LoadState } from '../components/load-state';
import { returnPath } from '../session/return-path';
import { useSession } from '../session/session-context';
import { stagePath } from '../session/stage-path';

/** Props of {@link SignInStep}. */
export interface SignInStepProps {
  /** Whether a session belongs on this step. */
  allows: (session: Session) => boolean;
  children: (session: Session) => ReactNode;
}

/**
 * Shows a sign-in step (code, enrolment) only to a session that is at it; any other session is
 * sent to its own step, or on to the page it came for once signing in is done.
 */
export function SignInStep({ allows, children }: SignInStepProps) {
  const { state, refresh } = useSession();
  const location = useLocation();
  switch (state.status) {
    case 'loading':
      return <LoadState isLoading error={undefined} onRetry={() => undefined} />;
    case 'failed':
      return <LoadState isLoading={false} error={state.error} onRetry={() => void refresh().catch(() => undefined)} />;
    case 'signed-out':
      return <Navigate to="/sign-in" replace state={location.state} />;
  }
  const { session } = state;
  if (allows(session)) return <>{children(session)}</>;
  const next = session.stage === 'active' ? returnPath(location.state) : stagePath(session.stage);
  return <Navigate to={next} replace state={location.state} />;
}
