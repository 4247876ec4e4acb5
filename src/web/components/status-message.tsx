import { Button } from 'react-aria-components';
import { FormattedMessage } from 'react-intl';
import type { ApiError } from '../api/api-error';

/** Props of {@link StatusMessage}. */
export interface StatusMessageProps {
  isLoading: boolean;
  error: ApiError | undefined;
  onRetry: () => void;
}

/** What the server said, else our own words for why the request failed. */
function ErrorText({ error }: { error: ApiError }) {
  if (error.detail) return <>{error.detail}</>;
  if (error.kind === 'network') return <FormattedMessage id="home.error.network" />;
  return <FormattedMessage id="home.error.invalid" />;
}

/**
 * Loading and error messages for the status request. The live region is always rendered,
 * so that screen readers announce its changes politely instead of missing the first one.
 */
export function StatusMessage({ isLoading, error, onRetry }: StatusMessageProps) {
  const showError = error !== undefined && !isLoading;
  return (
    <div className={showError ? 'notice notice-error' : undefined}>
      <div role="status" aria-live="polite">
        {isLoading && (
          <p className="loading">
            <FormattedMessage id="home.loading" />
          </p>
        )}
        {showError && (
          <>
            <p className="notice-title">
              <FormattedMessage id="home.error.title" />
            </p>
            <p>
              <ErrorText error={error} />
            </p>
            {/* The server's detail often quotes the reference already; say it once. */}
            {error.requestId && !error.detail?.includes(error.requestId) && (
              <p className="muted">
                <FormattedMessage
                  id="home.error.requestId"
                  values={{ requestId: <code>{error.requestId}</code> }}
                />
              </p>
            )}
          </>
        )}
      </div>
      {showError && (
        <Button className="button" onPress={onRetry}>
          <FormattedMessage id="home.error.retry" />
        </Button>
      )}
    </div>
  );
}
