import { FormattedMessage, useIntl } from 'react-intl';
import type { Site } from '../api/status-response';
import { localName } from '../format/local-name';
import { timeZoneName } from '../format/time-zone-name';
import { DateTime } from './date-time';

/** Props of {@link SiteList}. */
export interface SiteListProps {
  sites: readonly Site[];
  /** Server time, shown as each site's local date and time. */
  now: Date;
}

/** The agency's sites with their time zones: a site's local date decides its deadlines. */
export function SiteList({ sites, now }: SiteListProps) {
  const intl = useIntl();
  return (
    <ul className="site-list">
      {sites.map((site) => {
        const zoneName = timeZoneName(intl.locale, site.timeZone);
        return (
          <li key={`${site.name}|${site.timeZone}`} className="site">
            <h4 className="site-name">{localName(site, intl.locale)}</h4>
            <dl className="facts">
              <div>
                <dt>
                  <FormattedMessage id="agency.site.timeZone" />
                </dt>
                <dd>
                  {zoneName && <>{zoneName} </>}
                  <span className="muted">({site.timeZone})</span>
                </dd>
              </div>
              <div>
                <dt>
                  <FormattedMessage id="agency.site.localTime" />
                </dt>
                <dd>
                  <DateTime value={now} timeZone={site.timeZone} />
                </dd>
              </div>
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
