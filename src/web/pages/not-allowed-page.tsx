import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useDocumentTitle } from '../i18n/use-document-title';

/** Shown instead of a page the user's roles do not open (a typed or bookmarked address). */
export function NotAllowedPage() {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: 'notAllowed.title' }));
  return (
    <>
      <h1>
        <FormattedMessage id="notAllowed.title" />
      </h1>
      <p className="intro">
        <FormattedMessage id="notAllowed.text" />
      </p>
      <p>
        <Link to="/">
          <FormattedMessage id="notAllowed.home" />
        </Link>
      </p>
    </>
  );
}
