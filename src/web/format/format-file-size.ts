import type { IntlShape } from 'react-intl';

/** A file's size for people: "12.5 KB" or "3.2 MB" ("12,5 Ko", "3,2 Mo" in French), never "0". */
export function formatFileSize(intl: IntlShape, bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  if (megabytes >= 1) return intl.formatMessage({ id: 'document.size.mb' }, { size: intl.formatNumber(megabytes, { maximumFractionDigits: 1 }) });
  const kilobytes = Math.max(bytes / 1024, 0.1);
  return intl.formatMessage({ id: 'document.size.kb' }, { size: intl.formatNumber(kilobytes, { maximumFractionDigits: kilobytes < 10 ? 1 : 0 }) });
}
