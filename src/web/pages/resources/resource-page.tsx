import { useState } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useLocation, useParams } from 'react-router';
import { ApiError } from '../../api/api-error';
import { localText, resourceSchema, type Resource } from '../../api/resources';
import { useApiQuery } from '../../api/use-api-query';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { FactList } from '../../components/fact-list';
import { LoadState } from '../../components/load-state';
import { SuccessNotice } from '../../components/success-notice';
import '../../components/resources.css';
import { enumLabel } from '../../i18n/enum-label';
import { useDocumentTitle } from '../../i18n/use-document-title';
import { hasPermission } from '../../session/has-permission';
import { useSession, useSignedInSession } from '../../session/session-context';
import { ResourceHistory } from './resource-history';
import { resourceName, ResourceSummary } from './resource-summary';

/** Retire or restore, against the version shown; a refusal is said in words and the resource loaded again. */
function RetireActions({ resource, onChanged, onStale }: { resource: Resource; onChanged: (resource: Resource) => void; onStale: () => void }) {
  const intl = useIntl();
  const { api } = useSession();
  const [error, setError] = useState<string>();
  const [isBusy, setBusy] = useState(false);
  const name = resourceName(intl.locale, resource);
  const act = async (action: 'retire' | 'restore') => {
    setBusy(true);
    setError(undefined);
    try {
      onChanged(await api.send('POST', `/resources/${resource.id}/${action}`, { version: resource.version }, resourceSchema));
    } catch (caught) {
      const apiError = ApiError.from(caught);
      setError(apiError.detail ?? intl.formatMessage({ id: 'error.invalid' }));
      if (apiError.status === 409) onStale();
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {resource.retired ? (
        <Button className="button button-secondary" isDisabled={isBusy} onPress={() => void act('restore')}>
          <FormattedMessage id="resources.restore" />
        </Button>
      ) : (
        <ConfirmDialog
          triggerLabel={intl.formatMessage({ id: 'resources.retire' })}
          title={intl.formatMessage({ id: 'resources.retire.title' }, { name })}
          body={intl.formatMessage({ id: 'resources.retire.body' })}
          confirmLabel={intl.formatMessage({ id: 'resources.retire.confirm' })}
          onConfirm={() => void act('retire')}
          isDisabled={isBusy}
          isDanger
        />
      )}
      <div role="alert">{error && <p className="notice notice-error">{error}</p>}</div>
    </>
  );
}

/**
 * `/resources/:resourceId`: one directory resource, retired or not: what it offers, to whom, in
 * which languages, its numbers and hours. Those who keep the directory edit, retire or restore it.
 */
export function ResourcePage() {
  const intl = useIntl();
  const session = useSignedInSession();
  const { resourceId = '' } = useParams();
  const location = useLocation();
  const [notice, setNotice] = useState(() => (location.state as { saved?: boolean } | null)?.saved ? intl.formatMessage({ id: 'resources.saved.one' }) : undefined);
  const query = useApiQuery(`/resources/${resourceId}`, resourceSchema);
  const resource = query.data;
  const name = resource ? resourceName(intl.locale, resource) : intl.formatMessage({ id: 'resources.one.title' });
  useDocumentTitle(name);
  const canManage = hasPermission(session, 'resource.manage');
  const list = (codes: readonly string[], prefix: string) => codes.map((code) => enumLabel(intl, prefix, code)).join(', ') || null;
  const isFr = intl.locale.startsWith('fr');
  const otherName = resource ? (isFr ? resource.name : resource.nameFr) : undefined;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/resources">
          <FormattedMessage id="resources.back" />
        </Link>
      </p>
      <h1>
        {name}
        {resource?.retired && (
          <>
            {' '}
            <span className="badge badge-unknown">
              <FormattedMessage id="resources.retired" />
            </span>
          </>
        )}
      </h1>
      <SuccessNotice>{notice}</SuccessNotice>
      <LoadState isLoading={query.isLoading && !resource} error={query.error} onRetry={query.reload} />
      {resource && (
        <>
          {canManage && (
            <div className="button-row">
              <Link to={`/resources/${resource.id}/edit`} className="button">
                <FormattedMessage id="resources.edit" />
              </Link>
              <RetireActions
                resource={resource}
                onChanged={(changed) => {
                  query.setData(changed);
                  setNotice(intl.formatMessage({ id: changed.retired ? 'resources.retired.done' : 'resources.restored.done' }));
                }}
                onStale={query.reload}
              />
            </div>
          )}
          {localText(intl.locale, resource.description, resource.descriptionFr) && <p>{localText(intl.locale, resource.description, resource.descriptionFr)}</p>}
          <ResourceSummary resource={resource} />
          <FactList
            rows={[
              [intl.formatMessage({ id: isFr ? 'resources.field.name' : 'resources.field.nameFr' }), otherName ?? null],
              [intl.formatMessage({ id: 'resources.field.provider' }), resource.provider ?? null],
              [intl.formatMessage({ id: 'resources.field.audiences' }), list(resource.audiences, 'resources.audience')],
              [intl.formatMessage({ id: 'resources.field.languages' }), list(resource.languages, 'resources.language')],
              [intl.formatMessage({ id: 'resources.field.region' }), resource.region ?? null],
              [intl.formatMessage({ id: 'resources.field.email' }), resource.email ?? null],
              [intl.formatMessage({ id: 'resources.field.address' }), resource.address ?? null],
              [
                intl.formatMessage({ id: 'resources.field.free' }),
                resource.free === undefined ? null : intl.formatMessage({ id: resource.free ? 'resources.field.free.yes' : 'resources.field.free.no' }),
              ],
              [intl.formatMessage({ id: 'resources.field.confidential' }), resource.confidential ? intl.formatMessage({ id: 'resources.confidential.yes' }) : null],
            ]}
          />
          {canManage && <ResourceHistory key={resource.version} resource={resource} />}
        </>
      )}
    </>
  );
}
