import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { partnerSearchPath, partnerSearchSchema } from '../../api/partners';
import { useApiQuery } from '../../api/use-api-query';
import { LoadState } from '../../components/load-state';
import { TextInput } from '../../components/text-input';
import { enumLabel } from '../../i18n/enum-label';
import { useDocumentTitle } from '../../i18n/use-document-title';

/**
 * `/partners?query=`: the partner-contact team finds a partner's file by name (case and accents
 * ignored, newest first, at most 50). The query lives in the address, so Back returns to it.
 */
export function PartnersPage() {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: 'partners.title' }));
  const [params, setParams] = useSearchParams();
  const query = params.get('query') ?? '';
  const [typed, setTyped] = useState(query);
  const found = useApiQuery(partnerSearchPath(query), partnerSearchSchema);
  const notKnown = intl.formatMessage({ id: 'partnerFile.notKnown' });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setParams(typed.trim() ? { query: typed.trim() } : {});
  };
  const items = found.data?.items ?? [];
  return (
    <>
      <h1>
        <FormattedMessage id="partners.title" />
      </h1>
      <p>
        <FormattedMessage id="partners.intro" />
      </p>
      <form className="filters" role="search" noValidate onSubmit={onSubmit}>
        <TextInput name="query" type="search" label={intl.formatMessage({ id: 'partners.search.label' })} autoComplete="off" value={typed} onChange={setTyped} />
        <Button type="submit" className="button">
          <FormattedMessage id="partners.search.button" />
        </Button>
      </form>
      <LoadState isLoading={found.isLoading && !found.data} error={found.error} onRetry={found.reload} />
      <div role="status" aria-live="polite">
        {found.data && items.length === 0 && (
          <p>
            <FormattedMessage id="partners.results.none" />
          </p>
        )}
        {found.data?.more && (
          <p className="notice notice-info">
            <FormattedMessage id="partners.results.more" />
          </p>
        )}
      </div>
      {items.length > 0 && (
        <div className="table-scroll" role="region" aria-labelledby="partners-caption" tabIndex={0}>
          <table className="table">
            <caption id="partners-caption">
              <FormattedMessage id="partners.results.caption" />
            </caption>
            <thead>
              <tr>
                <th scope="col">
                  <FormattedMessage id="partners.col.name" />
                </th>
                <th scope="col">
                  <FormattedMessage id="partners.col.relationship" />
                </th>
                <th scope="col">
                  <FormattedMessage id="partners.col.language" />
                </th>
                <th scope="col">
                  <FormattedMessage id="partners.col.consent" />
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <th scope="row">
                    <Link to={`/partners/${item.id}`}>{item.fullName}</Link>
                  </th>
                  <td>{item.relationship ? enumLabel(intl, 'relationship', item.relationship) : notKnown}</td>
                  <td>{item.language ? enumLabel(intl, 'language', item.language) : notKnown}</td>
                  <td>
                    {item.consent ? (
                      <span className={item.consent === 'declined' ? 'badge badge-error' : 'badge badge-ok'}>{enumLabel(intl, 'partnerFile.consent.decision', item.consent)}</span>
                    ) : (
                      <FormattedMessage id="partnerFile.consent.none" />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
