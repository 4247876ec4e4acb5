import { useEffect } from 'react';
import { useIntl } from 'react-intl';

/** Sets `document.title` to "<page> – PARS" in the current language (WCAG 2.4.2). */
export function useDocumentTitle(page: string): void {
  const intl = useIntl();
  const title = intl.formatMessage({ id: 'app.documentTitle' }, { page });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
