import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useDocumentTitle } from '../i18n/use-document-title';

/** Any address the app does not have. */
export function NotFoundPage() {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: 'notFound.title' }));
  return (
    <>
      <h1>
        <FormattedMessage id="notFound.title" />
      </h1>
      <p className="intro">
        <FormattedMessage id="notFound.text" />
      </p>
      <p>
        <Link to="/">
          <FormattedMessage id="notAllowed.home" />
        </Link>
      </p>
    </>
  );
}
