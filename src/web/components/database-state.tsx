import { FormattedMessage } from 'react-intl';

/** Props of {@link DatabaseState}. */
export interface DatabaseStateProps {
  /** "ok", "unavailable", or a value a newer server may add. */
  value: string;
}

// The symbol only repeats the words for sighted readers; it is hidden from screen readers.
const known = {
  ok: { symbol: '✓', tone: 'badge-ok', id: 'status.database.ok' },
  unavailable: { symbol: '✕', tone: 'badge-error', id: 'status.database.unavailable' },
} as const;

/**
 * The database state as a badge whose words and symbol carry the meaning, so that it does
 * not rely on colour alone (WCAG 1.4.1).
 */
export function DatabaseState({ value }: DatabaseStateProps) {
  const look = value === 'ok' || value === 'unavailable' ? known[value] : undefined;
  return (
    <span className={`badge ${look?.tone ?? 'badge-unknown'}`} data-state={look ? value : 'unknown'}>
      <span aria-hidden="true">{look?.symbol ?? '?'} </span>
      <span>
        {look ? (
          <FormattedMessage id={look.id} />
        ) : (
          <FormattedMessage id="status.database.unknown" values={{ value }} />
        )}
      </span>
    </span>
  );
}
