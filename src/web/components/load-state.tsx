import { Button } from 'react-aria-components';
import { FormattedMessage } from 'react-intl';
import type { ApiError } from '../api/api-error';
import { ErrorText } from './error-text';

/** Props of {@link LoadState}. */
export interface LoadStateProps {
  isLoading: boolean;
  error: ApiError | undefined;
  onRetry: () => void;
}

/**
 * "Loading…" while a page's data comes, else why it could not be loaded and a retry button.
 * The live region is always rendered so that its changes are announced.
 */
export function LoadState({ isLoading, error, onRetry }: LoadStateProps) {
  const showError = error !== undefined && !isLoading;
  return (
    <div className={showError ? 'notice notice-error' : undefined}>
      <div role="status" aria-live="polite">
        {isLoading && (
          <p className="loading">
            <FormattedMessage id="load.loading" />
          </p>
        )}
        {showError && (
          <>
            <p className="notice-title">
              <FormattedMessage id="load.failed" />
            </p>
            <p>
              <ErrorText error={error} />
            </p>
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
