import { useState } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { ApiError } from '../../api/api-error';
import type { Locale } from '../../i18n/locale';
import { downloadReport, type ReportFormat } from './report-download';

const formats: readonly ReportFormat[] = ['csv', 'xlsx'];

/** The report's CSV and XLSX downloads, and what went wrong when one fails. */
export function ReportDownloads({ path, fallbackName }: { path: string; fallbackName: string }) {
  const intl = useIntl();
  const [busy, setBusy] = useState<ReportFormat>();
  const [error, setError] = useState<string>();
  const download = async (format: ReportFormat) => {
    if (busy) return;
    setBusy(format);
    setError(undefined);
    try {
      await downloadReport(path, format, intl.locale as Locale, fallbackName);
    } catch (caught) {
      const apiError = ApiError.from(caught);
      setError(apiError.detail ?? intl.formatMessage({ id: apiError.kind === 'network' ? 'error.network' : 'error.invalid' }));
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <>
      <div className="button-row">
        {formats.map((format) => (
          <Button key={format} className="button button-secondary" isDisabled={busy !== undefined} onPress={() => void download(format)}>
            <FormattedMessage id={`fees.download.${format}`} />
          </Button>
        ))}
      </div>
      <div role="alert">{error && <p className="notice notice-error">{error}</p>}</div>
    </>
  );
}
