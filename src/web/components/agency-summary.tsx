import { FormattedMessage, useIntl } from 'react-intl';
import type { StatusResponse } from '../api/status-response';
import { localName } from '../format/local-name';
import { SiteList } from './site-list';

/** Props of {@link AgencySummary}. */
export interface AgencySummaryProps {
  agency: StatusResponse['agency'];
  now: Date;
  /** Without a database the server cannot tell whether an agency exists. */
  isDatabaseAvailable: boolean;
}

/** Why there is no agency to show, and on a fresh install how to load the demo one. */
function NoAgency({ isDatabaseAvailable }: { isDatabaseAvailable: boolean }) {
  if (!isDatabaseAvailable) {
    return (
      <p className="agency-none">
        <FormattedMessage id="agency.unknown" />
      </p>
    );
  }
  return (
    <>
      <p className="agency-none">
        <FormattedMessage id="agency.none" />
      </p>
      <p>
        <FormattedMessage id="agency.noneHint" values={{ code: (chunks) => <code>{chunks}</code> }} />
      </p>
    </>
  );
}

/** The agency card: its name (in the reader's language when it has one) and its sites. */
export function AgencySummary({ agency, now, isDatabaseAvailable }: AgencySummaryProps) {
  const { locale } = useIntl();
  return (
    <section className="card" aria-labelledby="agency-heading">
      <h2 id="agency-heading">
        <FormattedMessage id="agency.heading" />
      </h2>
      {!agency ? (
        <NoAgency isDatabaseAvailable={isDatabaseAvailable} />
      ) : (
        <>
          <p className="agency-name">{localName(agency, locale)}</p>
          <h3>
            <FormattedMessage id="agency.sites.heading" />
          </h3>
          {agency.sites.length > 0 ? (
            <SiteList sites={agency.sites} now={now} />
          ) : (
            <p>
              <FormattedMessage id="agency.sites.none" />
            </p>
          )}
        </>
      )}
    </section>
  );
}
