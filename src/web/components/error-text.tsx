import { FormattedMessage } from 'react-intl';
import type { ApiError } from '../api/api-error';

/** Props of {@link ErrorText}. */
export interface ErrorTextProps {
  error: ApiError;
}

/** What the server said (already translated), else our own words for why a request failed. */
export function ErrorText({ error }: ErrorTextProps) {
  if (error.detail) return <>{error.detail}</>;
  if (error.kind === 'network') return <FormattedMessage id="error.network" />;
  return <FormattedMessage id="error.invalid" />;
}
