import { FormattedMessage } from 'react-intl';
import type { SignedOutReason } from '../session/session-context';
import type { MessageId } from '../i18n/messages';

/** Props of {@link SignedOutNotice}. */
export interface SignedOutNoticeProps {
  reason: SignedOutReason | undefined;
}

const messageIds: Record<SignedOutReason, MessageId> = {
  expired: 'signIn.notice.expired',
  required: 'signIn.notice.required',
  'signed-out': 'signIn.notice.signedOut',
};

/**
 * Why the user is on the sign-in page: their session ended, or they signed out. Our own words,
 * so that they follow the language switch; they say what the server's message says.
 */
export function SignedOutNotice({ reason }: SignedOutNoticeProps) {
  if (!reason) return null;
  const tone = reason === 'signed-out' ? 'notice notice-ok' : 'notice notice-warning';
  return (
    <p className={tone}>
      <span aria-hidden="true">{reason === 'signed-out' ? '✓ ' : '⚠ '}</span>
      <FormattedMessage id={messageIds[reason]} />
    </p>
  );
}
