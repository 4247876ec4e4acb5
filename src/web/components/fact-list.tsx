import type { ReactNode } from 'react';

/** Props of {@link FactList}. */
export interface FactListProps {
  /** Label and value (text, or a date or a sentence with markup), in order; a row without a value (null, undefined or empty) is left out. */
  rows: readonly (readonly [string, ReactNode])[];
}

/** Facts as label–value pairs (a description list), the ones without a value left out. */
export function FactList({ rows }: FactListProps) {
  return (
    <dl className="facts">
      {rows
        .filter((row) => row[1] !== null && row[1] !== undefined && row[1] !== '')
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
