import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate, useParams } from 'react-router';
import { resourceSchema } from '../../api/resources';
import { useApiQuery } from '../../api/use-api-query';
import { LoadState } from '../../components/load-state';
import '../../components/resources.css';
import { useDocumentTitle } from '../../i18n/use-document-title';
import { ResourceForm } from './resource-form';
import { resourceName } from './resource-summary';

/** `/resources/new`: adds a resource to the agency's directory, then shows it. */
export function NewResourcePage() {
  const intl = useIntl();
  const navigate = useNavigate();
  useDocumentTitle(intl.formatMessage({ id: 'resources.new.title' }));
  return (
    <>
      <p className="breadcrumb">
        <Link to="/resources">
          <FormattedMessage id="resources.back" />
        </Link>
      </p>
      <h1>
        <FormattedMessage id="resources.new.title" />
      </h1>
      <ResourceForm onSaved={(saved) => void navigate(`/resources/${saved.id}`, { state: { saved: true } })} />
    </>
  );
}

/** `/resources/:resourceId/edit`: changes a resource against the version read, then shows it. */
export function EditResourcePage() {
  const intl = useIntl();
  const navigate = useNavigate();
  const { resourceId = '' } = useParams();
  const query = useApiQuery(`/resources/${resourceId}`, resourceSchema);
  const name = query.data ? resourceName(intl.locale, query.data) : intl.formatMessage({ id: 'resources.one.title' });
  const title = intl.formatMessage({ id: 'resources.edit.pageTitle' }, { name });
  useDocumentTitle(title);
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/resources/${resourceId}`}>
          <FormattedMessage id="resources.backTo" values={{ name }} />
        </Link>
      </p>
      <h1>{title}</h1>
      <LoadState isLoading={query.isLoading && !query.data} error={query.error} onRetry={query.reload} />
      {/* Keyed by id only: a reload after a conflict keeps what was typed. */}
      {query.data && <ResourceForm key={query.data.id} resource={query.data} onSaved={(saved) => void navigate(`/resources/${saved.id}`, { state: { saved: true } })} onStale={query.reload} />}
    </>
  );
}
