import { FormattedMessage, useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { recordSubjectTypes, recordViewsSchema, type RecordSubjectType } from '../api/record-views';
import { useApiQuery } from '../api/use-api-query';
import { LoadState } from '../components/load-state';
import { useDocumentTitle } from '../i18n/use-document-title';
import { RecordViewsForm } from './record-views-form';
import { RecordViewsTable } from './record-views-table';

/** The subject type in the address, when it is one the API knows. */
function subjectTypeOf(value: string | null): RecordSubjectType | undefined {
  return recordSubjectTypes.find((type) => type === value);
}

/**
 * `/audit/record-views`: who opened a record and when. The search lives in the address
 * (?subjectType=&subjectId=), so that an answer can be reloaded, and read again after a language change.
 */
export function RecordViewsPage() {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: 'recordViews.title' }));
  const [params, setParams] = useSearchParams();
  const subjectType = subjectTypeOf(params.get('subjectType'));
  const subjectId = params.get('subjectId')?.trim() ?? '';
  const query = subjectType && subjectId ? `/audit/record-views?${new URLSearchParams({ subjectType, subjectId }).toString()}` : null;
  const views = useApiQuery(query, recordViewsSchema);
  return (
    <>
      <h1>
        <FormattedMessage id="recordViews.title" />
      </h1>
      <p className="intro">
        <FormattedMessage id="recordViews.intro" />
      </p>
      <RecordViewsForm
        key={query ?? 'none'}
        subjectType={subjectType ?? 'participant'}
        subjectId={subjectId}
        error={query ? views.error : undefined}
        onSearch={(search) => {
          // The same search again means "look again": the address alone would not change.
          if (search.subjectType === subjectType && search.subjectId === subjectId) views.reload();
          else setParams(search);
        }}
      />
      {query && (
        <section aria-labelledby="record-views-results" className="results">
          <h2 id="record-views-results">
            <FormattedMessage id="recordViews.results" />
          </h2>
          <LoadState isLoading={views.isLoading} error={undefined} onRetry={views.reload} />
          {views.data && !views.isLoading && <RecordViewsTable views={views.data} />}
        </section>
      )}
    </>
  );
}
