import type { IntlShape } from 'react-intl';
import { messages, type MessageId } from './messages';

/**
 * The words for a code the API sends (a case state, a stream…): the message `<prefix>.<code>`,
 * or the code itself when a newer server sends one this app has no words for yet.
 */
export function enumLabel(intl: IntlShape, prefix: string, code: string): string {
  const id = `${prefix}.${code}`;
  return id in messages['en-CA'] ? intl.formatMessage({ id: id as MessageId }) : code;
}
