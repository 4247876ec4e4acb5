/** Props of {@link FactList}. */
export interface FactListProps {
  /** Label and value, in order; a row without a value (null or empty) is left out. */
  rows: readonly (readonly [string, string | null])[];
}

/** Facts as label–value pairs (a description list), the ones without a value left out. */
export function FactList({ rows }: FactListProps) {
  return (
    <dl className="facts">
      {rows
        .filter((row): row is readonly [string, string] => row[1] !== null && row[1] !== '')
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
