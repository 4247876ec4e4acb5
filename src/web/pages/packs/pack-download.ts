import { useState } from 'react';
import { useIntl } from 'react-intl';
import { ApiError } from '../../api/api-error';
import { downloadPdf, type PdfRequest } from '../../api/packs';
import type { Locale } from '../../i18n/locale';
import { useSession } from '../../session/session-context';

/**
 * Downloads PDFs with the session's token and the UI language: `download` starts one (the key
 * says which button is busy), `error` says in words why the last one failed.
 */
export function usePdfDownload() {
  const intl = useIntl();
  const { state } = useSession();
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<string>();
  const download = async (key: string, request: Omit<PdfRequest, 'locale' | 'csrfToken'>) => {
    if (busy) return;
    setBusy(key);
    setError(undefined);
    try {
      await downloadPdf({
        ...request,
        locale: intl.locale as Locale,
        csrfToken: state.status === 'signed-in' ? state.session.csrfToken : undefined,
      });
    } catch (caught) {
      const apiError = ApiError.from(caught);
      setError(apiError.detail ?? intl.formatMessage({ id: apiError.kind === 'network' ? 'error.network' : 'error.invalid' }));
    } finally {
      setBusy(undefined);
    }
  };
  return { busy, error, download };
}
