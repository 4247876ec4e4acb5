import { FormattedMessage, useIntl } from 'react-intl';
import type { ResourcePhone } from '../../api/resources';
import { localText } from '../../api/resources';

/** The link a number opens: a call for voice and TTY, a text message for text lines, none for a fax. */
function hrefOf(phone: ResourcePhone): string | undefined {
  if (phone.kind === 'fax') return undefined;
  return `${phone.kind === 'text' ? 'sms' : 'tel'}:${phone.dial}`;
}

/** A resource's numbers, each labelled Call, TTY, Text or Fax ("Text CONNECT to 686868"). */
export function ResourcePhones({ phones }: { phones: readonly ResourcePhone[] }) {
  const intl = useIntl();
  if (phones.length === 0) return null;
  return (
    <ul className="plain-list resource-phones">
      {phones.map((phone, index) => {
        const href = hrefOf(phone);
        const number = href ? <a href={href}>{phone.display}</a> : phone.display;
        const written = localText(intl.locale, phone.note, phone.noteFr);
        // A text line's note that already says what to text ("Text CONNECT to 686868") is said once.
        const note = phone.kind === 'text' && phone.keyword && written?.includes(phone.keyword) ? undefined : written;
        return (
          <li key={`${phone.dial}-${index}`}>
            {phone.kind === 'text' && phone.keyword ? (
              <FormattedMessage id="resources.phone.textKeyword" values={{ label: <strong>{phone.keyword}</strong>, number }} />
            ) : (
              <FormattedMessage id={`resources.phone.${phone.kind}`} values={{ number }} />
            )}
            {note && <span className="muted"> ({note})</span>}
          </li>
        );
      })}
    </ul>
  );
}
