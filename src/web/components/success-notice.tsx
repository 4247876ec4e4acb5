import type { ReactNode } from 'react';

/** Props of {@link SuccessNotice}. */
export interface SuccessNoticeProps {
  /** Nothing is shown, but the live region stays, when there is no message. */
  children?: ReactNode;
}

/**
 * "Saved" and the like: a polite live region that is always present, so that a message put
 * in it is announced; a tick and words say it, not the green alone.
 */
export function SuccessNotice({ children }: SuccessNoticeProps) {
  return (
    <div role="status" aria-live="polite" className="success-region">
      {children && (
        <p className="notice notice-ok">
          <span aria-hidden="true">✓ </span>
          {children}
        </p>
      )}
    </div>
  );
}
