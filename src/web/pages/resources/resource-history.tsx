import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { resourceRevisionListSchema, type Resource } from '../../api/resources';
import { useApiQuery } from '../../api/use-api-query';
import { DateTime } from '../../components/date-time';
import { LoadState } from '../../components/load-state';
import { enumLabel } from '../../i18n/enum-label';
import { resourceChanges } from './resource-history-changes';

/** The label prefix of each coded list a record holds. */
const codeLists: Partial<Record<string, string>> = { categories: 'resources.category', audiences: 'resources.audience', languages: 'resources.language' };

/** A field's value as read in the history: codes by their names, numbers as shown, yes/no in words; empty as such. */
function valueText(intl: IntlShape, field: string, value: unknown): string {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return intl.formatMessage({ id: 'resourceHistory.empty' });
  if (field === 'phones' && Array.isArray(value)) {
    return value
      .map((phone: { kind?: unknown; display?: unknown; dial?: unknown }) => `${enumLabel(intl, 'resources.phoneKind', String(phone.kind))} ${String(phone.display ?? phone.dial ?? '')}`)
      .join('; ');
  }
  if (Array.isArray(value)) return value.map((code) => enumLabel(intl, codeLists[field] ?? '', String(code))).join(', ');
  if (typeof value === 'boolean') {
    if (field === 'free') return intl.formatMessage({ id: value ? 'resources.field.free.yes' : 'resources.field.free.no' });
    return intl.formatMessage({ id: value ? 'resourceHistory.yes' : 'resourceHistory.no' });
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * A resource's history for those who keep the directory: each change, newest first, when and by
 * whom, and for each field it touched the value before and after. Shown again after each change
 * (the caller keys it on the resource's version).
 */
export function ResourceHistory({ resource }: { resource: Resource }) {
  const intl = useIntl();
  const query = useApiQuery(`/resources/${resource.id}/revisions`, resourceRevisionListSchema);
  const changes = query.data ? resourceChanges(query.data, resource) : undefined;
  return (
    <section aria-labelledby="resource-history-heading">
      <h2 id="resource-history-heading">
        <FormattedMessage id="resourceHistory.title" />
      </h2>
      <LoadState isLoading={query.isLoading && !query.data} error={query.error} onRetry={query.reload} />
      {changes?.length === 0 && (
        <p>
          <FormattedMessage id="resourceHistory.none" />
        </p>
      )}
      {changes && changes.length > 0 && (
        <ol className="plain-list">
          {changes.map((change) => (
            <li key={change.version}>
              <p>
                <FormattedMessage
                  id={change.revisedBy ? `resourceHistory.change.${change.change}.by` : `resourceHistory.change.${change.change}`}
                  values={{ when: <DateTime value={new Date(change.revisedAt)} />, name: change.revisedBy?.name ?? '', version: change.version }}
                />
              </p>
              {change.fields.length > 0 && (
                <dl className="facts">
                  {change.fields.map(({ field, before, after }) => (
                    <div key={field}>
                      <dt>{enumLabel(intl, 'resources.field', field)}</dt>
                      <dd>
                        <FormattedMessage id="resourceHistory.beforeAfter" values={{ before: valueText(intl, field, before), after: valueText(intl, field, after) }} />
                      </dd>
                    </div>
                  ))}
                </dl>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
