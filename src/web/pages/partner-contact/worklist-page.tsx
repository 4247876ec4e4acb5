import { useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { Link } from 'react-router';
import { worklistItemKinds, worklistSchema, type WorklistItem } from '../../api/partner-contact';
import { useApiQuery } from '../../api/use-api-query';
import { DateTime } from '../../components/date-time';
import { LoadState } from '../../components/load-state';
import { SelectField } from '../../components/select-field';
import { TextInput } from '../../components/text-input';
import { useDocumentTitle } from '../../i18n/use-document-title';
import { hasPermission } from '../../session/has-permission';
import { useSignedInSession } from '../../session/session-context';
import { ContactDialog, noticeLabel } from './contact-dialog';
import { filterWorklist, noFilter, type WorklistFilter, worklistPageSize } from './worklist-filter';
import './partner-contact.css';

/** What an item asks for, in words. */
function describe(intl: IntlShape, item: WorklistItem): string {
  switch (item.kind) {
    case 'first_contact':
      return intl.formatMessage({ id: 'partnerContact.item.first_contact' }, { attempts: item.attempts ?? 0 });
    case 'minimum_contacts':
      return intl.formatMessage({ id: 'partnerContact.item.minimum_contacts' }, { next: (item.done ?? 0) + 1, required: item.required ?? 0, done: item.done ?? 0, windowEndsOn: item.windowEndsOn ?? '' });
    case 'notice':
      return intl.formatMessage({ id: 'partnerContact.item.notice' }, { type: item.notice ? noticeLabel(intl, item.notice) : '' });
    case 'follow_up':
      return intl.formatMessage({ id: 'partnerContact.item.follow_up' }, { date: item.followUpOn ?? '' });
    case 'letter':
      return intl.formatMessage({ id: 'partnerContact.item.letter' }, { attempts: item.attempts ?? 0 });
  }
}

/**
 * `/partner-contact`: the partner-contact worklist, as the server orders it (urgent first, then
 * overdue, then by due time). Overdue and urgent rows stand out by a rule, a tint and a badge
 * that says so in words. Each row leads to the partner's file and opens the quick contact entry.
 * A big agency's list runs to hundreds of items: the worker narrows it by kind, to what is late,
 * or by a partner's name, and the page shows a hundred rows at a time.
 */
export function PartnerContactWorklistPage() {
  const intl = useIntl();
  const session = useSignedInSession();
  useDocumentTitle(intl.formatMessage({ id: 'partnerContact.worklist.title' }));
  const worklist = useApiQuery('/partner-contact/worklist', worklistSchema);
  const canWrite = hasPermission(session, 'partner.write');
  const items = useMemo(() => worklist.data?.items ?? [], [worklist.data]);
  const [filter, setFilter] = useState<WorklistFilter>(noFilter);
  const [shown, setShown] = useState(worklistPageSize);
  const kept = useMemo(() => filterWorklist(items, filter), [items, filter]);
  const change = (next: Partial<WorklistFilter>) => {
    setFilter({ ...filter, ...next });
    setShown(worklistPageSize);
  };
  return (
    <>
      <h1>
        <FormattedMessage id="partnerContact.worklist.title" />
      </h1>
      <p>
        <FormattedMessage id="partnerContact.worklist.intro" />
      </p>
      <LoadState isLoading={worklist.isLoading && !worklist.data} error={worklist.error} onRetry={worklist.reload} />
      {worklist.data &&
        (items.length === 0 ? (
          <p>
            <FormattedMessage id="partnerContact.worklist.none" />
          </p>
        ) : (
          <>
            <p role="status">
              <FormattedMessage
                id="partnerContact.worklist.summary"
                values={{ count: items.length, overdue: items.filter((i) => i.overdue).length, urgent: items.filter((i) => i.urgent).length }}
              />
            </p>
            <div className="filters" role="search" aria-label={intl.formatMessage({ id: 'partnerContact.worklist.filter.label' })}>
              <TextInput name="query" type="search" label={intl.formatMessage({ id: 'partnerContact.worklist.filter.query' })} autoComplete="off" value={filter.query} onChange={(query) => change({ query })} />
              <SelectField
                name="kind"
                label={intl.formatMessage({ id: 'partnerContact.worklist.filter.kind' })}
                value={filter.kind}
                onChange={(kind) => change({ kind: (kind || 'all') as WorklistFilter['kind'] })}
                options={[{ value: 'all', label: intl.formatMessage({ id: 'partnerContact.worklist.filter.kind.all' }) }, ...worklistItemKinds.map((kind) => ({ value: kind, label: intl.formatMessage({ id: `partnerContact.worklist.filter.kind.${kind}` }) }))]}
              />
              <SelectField
                name="show"
                label={intl.formatMessage({ id: 'partnerContact.worklist.filter.show' })}
                value={filter.show}
                onChange={(show) => change({ show: show === 'late' ? 'late' : 'all' })}
                options={[
                  { value: 'all', label: intl.formatMessage({ id: 'partnerContact.worklist.filter.show.all' }) },
                  { value: 'late', label: intl.formatMessage({ id: 'partnerContact.worklist.filter.show.late' }) },
                ]}
              />
            </div>
            <p role="status" aria-live="polite">
              <FormattedMessage id="partnerContact.worklist.showing" values={{ shown: Math.min(shown, kept.length), count: kept.length }} />
            </p>
            {kept.length > 0 && (
            <div className="table-scroll" role="region" aria-labelledby="partner-worklist-caption" tabIndex={0}>
              <table className="table">
                <caption id="partner-worklist-caption">
                  <FormattedMessage id="partnerContact.worklist.caption" />
                </caption>
                <thead>
                  <tr>
                    <th scope="col">
                      <FormattedMessage id="partnerContact.worklist.col.partner" />
                    </th>
                    <th scope="col">
                      <FormattedMessage id="partnerContact.worklist.col.what" />
                    </th>
                    <th scope="col">
                      <FormattedMessage id="partnerContact.worklist.col.due" />
                    </th>
                    {canWrite && (
                      <th scope="col">
                        <FormattedMessage id="partnerContact.worklist.col.action" />
                      </th>
                    )}
                  </tr>
                </thead>
                <tbody>
                  {kept.slice(0, shown).map((item) => (
                    <tr key={`${item.partnerId}:${item.kind}:${item.notice?.id ?? ''}`} className={item.urgent ? 'worklist-urgent' : item.overdue ? 'worklist-overdue' : undefined}>
                      <th scope="row">
                        <Link to={`/partners/${item.partnerId}`}>{item.partnerName}</Link>
                      </th>
                      <td>
                        {item.urgent && (
                          <>
                            <span className="badge badge-error">
                              <span aria-hidden="true">‼ </span>
                              <FormattedMessage id="partnerContact.status.urgent" />
                            </span>{' '}
                          </>
                        )}
                        {describe(intl, item)}
                      </td>
                      <td className={item.overdue ? 'worklist-due-overdue' : undefined}>
                        <DateTime value={new Date(item.dueAt)} />
                        {item.overdue && (
                          <>
                            {' '}
                            <span className="badge badge-error">
                              <span aria-hidden="true">⚠ </span>
                              <FormattedMessage id="partnerContact.status.overdue" />
                            </span>
                          </>
                        )}
                      </td>
                      {canWrite && (
                        <td>
                          <ContactDialog
                            partnerId={item.partnerId}
                            partnerName={item.partnerName}
                            triggerAriaLabel={intl.formatMessage({ id: 'partnerContact.record.buttonFor' }, { name: item.partnerName })}
                            onSaved={worklist.reload}
                          />
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            )}
            {kept.length > shown && (
              <Button className="button button-secondary" onPress={() => setShown(shown + worklistPageSize)}>
                <FormattedMessage id="partnerContact.worklist.showMore" values={{ count: Math.min(worklistPageSize, kept.length - shown) }} />
              </Button>
            )}
          </>
        ))}
    </>
  );
}
