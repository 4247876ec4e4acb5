import { useState } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { ApiError } from '../../api/api-error';
import { calendarFeedSchema, type CalendarFeed } from '../../api/calendar-feed';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorText } from '../../components/error-text';
import { SuccessNotice } from '../../components/success-notice';
import type { MessageId } from '../../i18n/messages';
import { useSession } from '../../session/session-context';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * "Subscribe in your calendar": a secret address, shown once, that a calendar app reads the
 * user's sessions from (times and places, never a participant's name); a new one turns the old
 * one off, and "Stop the feed" turns it off altogether.
 */
export function CalendarFeedCard() {
  const intl = useIntl();
  const { api } = useSession();
  const [feed, setFeed] = useState<CalendarFeed>();
  const [notice, setNotice] = useState<MessageId>();
  const [error, setError] = useState<ApiError>();
  const [copy, setCopy] = useState<CopyState>('idle');
  const [isBusy, setBusy] = useState(false);
  const address = feed ? new URL(feed.url, window.location.origin).toString() : undefined;

  const run = async (action: () => Promise<void>, done: MessageId) => {
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    setCopy('idle');
    try {
      await action();
      setNotice(done);
    } catch (caught) {
      setError(ApiError.from(caught));
    } finally {
      setBusy(false);
    }
  };
  const create = () =>
    run(async () => {
      setFeed(await api.send('POST', '/me/calendar-feed', {}, calendarFeedSchema));
    }, 'calendar.created');
  const stop = () =>
    run(async () => {
      await api.send('DELETE', '/me/calendar-feed');
      setFeed(undefined);
    }, 'calendar.stopped');
  const copyAddress = () => {
    if (!address) return;
    // The clipboard needs HTTPS or localhost; on a plain-HTTP network install it is refused.
    navigator.clipboard?.writeText(address).then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    ) ?? setCopy('failed');
  };

  return (
    <section className="card" aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">
        <FormattedMessage id="calendar.title" />
      </h2>
      <p>
        <FormattedMessage id="calendar.intro" />
      </p>
      <p className="notice notice-warning">
        <span aria-hidden="true">⚠ </span>
        <FormattedMessage id="calendar.warning" />
      </p>
      {address && (
        <div className="calendar-address">
          <label className="field-label" htmlFor="calendar-address">
            <FormattedMessage id="calendar.address" />
          </label>
          <p className="field-description" id="calendar-address-help">
            <FormattedMessage id="calendar.address.help" />
          </p>
          <input
            id="calendar-address"
            className="field-input"
            readOnly
            value={address}
            aria-describedby="calendar-address-help"
            onFocus={(event) => event.currentTarget.select()}
          />
          <Button className="button button-secondary" onPress={copyAddress}>
            <FormattedMessage id="calendar.copy" />
          </Button>
        </div>
      )}
      <div role="status" aria-live="polite">
        {copy === 'copied' && (
          <p>
            <FormattedMessage id="calendar.copied" />
          </p>
        )}
        {copy === 'failed' && (
          <p>
            <FormattedMessage id="calendar.copyFailed" />
          </p>
        )}
      </div>
      <SuccessNotice>{notice && <FormattedMessage id={notice} />}</SuccessNotice>
      {error && (
        <p className="notice notice-error" role="alert">
          <ErrorText error={error} />
        </p>
      )}
      <div className="button-row">
        <Button className="button" isDisabled={isBusy} onPress={() => void create()}>
          <FormattedMessage id={feed ? 'calendar.replace' : 'calendar.create'} />
        </Button>
        <ConfirmDialog
          triggerLabel={intl.formatMessage({ id: 'calendar.stop' })}
          title={intl.formatMessage({ id: 'calendar.stop.title' })}
          body={intl.formatMessage({ id: 'calendar.stop.body' })}
          confirmLabel={intl.formatMessage({ id: 'calendar.stop' })}
          isDanger
          isDisabled={isBusy}
          onConfirm={() => void stop()}
        />
      </div>
    </section>
  );
}
