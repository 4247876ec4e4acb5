import { FormattedMessage, useIntl } from 'react-intl';
import { useDocumentTitle } from '../i18n/use-document-title';

/**
 * What a signed-in staff member without any role sees instead of every page: deny by default
 * means they can do nothing yet, and only their administrator can change that.
 */
export function NoRolePage() {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: 'noRole.title' }));
  return (
    <>
      <h1>
        <FormattedMessage id="noRole.title" />
      </h1>
      <p className="intro">
        <FormattedMessage id="noRole.text" />
      </p>
      <p>
        <FormattedMessage id="noRole.signOut" />
      </p>
    </>
  );
}
