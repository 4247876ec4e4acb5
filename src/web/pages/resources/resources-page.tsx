import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useLocation, useSearchParams } from 'react-router';
import { resourceAudiences, resourceCategories, resourcePageSchema, resourceSearchPath } from '../../api/resources';
import { useApiQuery } from '../../api/use-api-query';
import { CheckboxItem } from '../../components/checkbox-item';
import { LoadState } from '../../components/load-state';
import { SelectField } from '../../components/select-field';
import { SuccessNotice } from '../../components/success-notice';
import { TextInput } from '../../components/text-input';
import '../../components/resources.css';
import { enumLabel } from '../../i18n/enum-label';
import { useDocumentTitle } from '../../i18n/use-document-title';
import { hasPermission } from '../../session/has-permission';
import { useSignedInSession } from '../../session/session-context';
import { InformationPacks } from '../packs/information-packs';
import { ResourceListChoice, type ChosenResource } from './resource-list-choice';
import { resourceName, ResourceSummary } from './resource-summary';

/** Results per page. */
const pageSize = 20;
const languages = ['en', 'fr'] as const;
const filterNames = ['q', 'category', 'audience', 'language', 'region'] as const;
type FilterName = (typeof filterNames)[number];

/**
 * `/resources`: the community resource directory. A search forgiving typos and accents (done by
 * the server), filters kept in the address, a page of results at a time; each result can be
 * chosen for a printed resource list. Those who keep the directory add resources from here.
 */
export function ResourcesPage() {
  const intl = useIntl();
  const session = useSignedInSession();
  useDocumentTitle(intl.formatMessage({ id: 'resources.title' }));
  const location = useLocation();
  const [notice] = useState(() => (location.state as { saved?: string } | null)?.saved);
  const [params, setParams] = useSearchParams();
  const applied = Object.fromEntries(filterNames.map((name) => [name, params.get(name) ?? ''])) as Record<FilterName, string>;
  const includeRetired = params.get('retired') === '1';
  const pageNumber = Math.max(1, Number(params.get('page')) || 1);
  const [draft, setDraft] = useState(applied);
  const [draftRetired, setDraftRetired] = useState(includeRetired);
  const [chosen, setChosen] = useState<ChosenResource[]>([]);
  const path = resourceSearchPath({ ...applied, includeRetired, limit: pageSize, offset: (pageNumber - 1) * pageSize });
  const results = useApiQuery(path, resourcePageSchema);
  const page = results.data;
  const set = (name: FilterName) => (value: string) => setDraft((previous) => ({ ...previous, [name]: value === 'all' ? '' : value }));

  const go = (filters: Record<FilterName, string>, retired: boolean, number: number) => {
    const next = new URLSearchParams();
    for (const name of filterNames) if (filters[name].trim()) next.set(name, filters[name].trim());
    if (retired) next.set('retired', '1');
    if (number > 1) next.set('page', String(number));
    setParams(next);
  };
  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    go(draft, draftRetired, 1);
  };
  const toggle = (id: string, name: string, isChosen: boolean) =>
    setChosen((previous) => (isChosen ? [...previous.filter((c) => c.id !== id), { id, name }] : previous.filter((c) => c.id !== id)));
  const any = { value: 'all', label: intl.formatMessage({ id: 'resources.filter.any' }) };
  const first = page ? page.offset + 1 : 0;
  const last = page ? page.offset + page.items.length : 0;
  const pageCount = page ? Math.max(1, Math.ceil(page.total / pageSize)) : 1;

  return (
    <>
      <h1>
        <FormattedMessage id="resources.title" />
      </h1>
      <SuccessNotice>{notice && <FormattedMessage id="resources.saved" values={{ name: notice }} />}</SuccessNotice>
      {hasPermission(session, 'resource.manage') && (
        <p>
          <Link to="/resources/new" className="button">
            <FormattedMessage id="resources.new" />
          </Link>
          {' '}
          <Link to="/resources/hsds" className="button button-secondary">
            <FormattedMessage id="resourcesHsds.link" />
          </Link>
        </p>
      )}
      <form role="search" className="form" aria-label={intl.formatMessage({ id: 'resources.search.label' })} onSubmit={onSearch}>
        <TextInput
          name="q"
          type="search"
          label={intl.formatMessage({ id: 'resources.search.q' })}
          description={intl.formatMessage({ id: 'resources.search.q.help' })}
          autoComplete="off"
          value={draft.q}
          onChange={set('q')}
        />
        <div className="filters">
          <SelectField
            name="category"
            label={intl.formatMessage({ id: 'resources.filter.category' })}
            options={[any, ...resourceCategories.map((value) => ({ value, label: enumLabel(intl, 'resources.category', value) }))]}
            value={draft.category || 'all'}
            onChange={set('category')}
          />
          <SelectField
            name="audience"
            label={intl.formatMessage({ id: 'resources.filter.audience' })}
            options={[any, ...resourceAudiences.map((value) => ({ value, label: enumLabel(intl, 'resources.audience', value) }))]}
            value={draft.audience || 'all'}
            onChange={set('audience')}
          />
          <SelectField
            name="language"
            label={intl.formatMessage({ id: 'resources.filter.language' })}
            options={[any, ...languages.map((value) => ({ value, label: enumLabel(intl, 'resources.language', value) }))]}
            value={draft.language || 'all'}
            onChange={set('language')}
          />
          <TextInput
            name="region"
            label={intl.formatMessage({ id: 'resources.filter.region' })}
            description={intl.formatMessage({ id: 'resources.filter.region.help' })}
            autoComplete="off"
            value={draft.region}
            onChange={set('region')}
          />
        </div>
        <CheckboxItem isSelected={draftRetired} onChange={setDraftRetired}>
          <FormattedMessage id="resources.filter.retired" />
        </CheckboxItem>
        <div className="button-row">
          <Button type="submit" className="button">
            <FormattedMessage id="resources.search.submit" />
          </Button>
        </div>
      </form>

      <ResourceListChoice chosen={chosen} onRemove={(id) => setChosen((previous) => previous.filter((c) => c.id !== id))} onClear={() => setChosen([])} />

      <LoadState isLoading={results.isLoading && !page} error={results.error} onRetry={results.reload} />
      <section aria-labelledby="results-heading">
        <h2 id="results-heading" className="visually-hidden">
          <FormattedMessage id="resources.results.heading" />
        </h2>
        <div role="status" aria-live="polite">
          {page && (
            <p>
              {page.total === 0 ? (
                <FormattedMessage id="resources.results.none" />
              ) : (
                <FormattedMessage id="resources.results.count" values={{ from: first, to: last, count: page.total }} />
              )}
            </p>
          )}
        </div>
        {page && page.items.length > 0 && (
          <ul className="resource-results">
            {page.items.map((resource) => {
              const name = resourceName(intl.locale, resource);
              return (
                <li key={resource.id} className="resource-result">
                  <h3>
                    <Link to={`/resources/${resource.id}`}>{name}</Link>
                    {resource.retired && (
                      <>
                        {' '}
                        <span className="badge badge-unknown">
                          <FormattedMessage id="resources.retired" />
                        </span>
                      </>
                    )}
                  </h3>
                  <ResourceSummary resource={resource} />
                  {!resource.retired && (
                    <CheckboxItem isSelected={chosen.some((c) => c.id === resource.id)} onChange={(isChosen) => toggle(resource.id, name, isChosen)}>
                      <FormattedMessage id="resources.choose" values={{ name }} />
                    </CheckboxItem>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        {page && page.total > pageSize && (
          <nav className="pager" aria-label={intl.formatMessage({ id: 'resources.pager.label' })}>
            <Button className="button button-secondary" isDisabled={pageNumber <= 1} onPress={() => go(applied, includeRetired, pageNumber - 1)}>
              <FormattedMessage id="resources.pager.previous" />
            </Button>
            <span>
              <FormattedMessage id="resources.pager.page" values={{ page: pageNumber, count: pageCount }} />
            </span>
            <Button className="button button-secondary" isDisabled={pageNumber >= pageCount} onPress={() => go(applied, includeRetired, pageNumber + 1)}>
              <FormattedMessage id="resources.pager.next" />
            </Button>
          </nav>
        )}
      </section>
      <InformationPacks />
    </>
  );
}
