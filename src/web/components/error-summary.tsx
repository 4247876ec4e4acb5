import { useEffect, useRef, type MouseEvent } from 'react';
import { FormattedMessage } from 'react-intl';
import { fieldId } from '../forms/field-id';
import type { FormProblem } from '../forms/form-problem';

/** Props of {@link ErrorSummary}. */
export interface ErrorSummaryProps {
  problem: FormProblem;
  /** Visible labels of the fields, in form order; only fields listed here get a link. */
  labels: Partial<Record<string, string>>;
}

/** Focuses the field itself (a signature pad too), or the first control of a group (roles, language). */
function focusField(event: MouseEvent<HTMLAnchorElement>, name: string) {
  const target = document.getElementById(fieldId(name));
  const control = target?.matches('input, textarea, select, button, [tabindex]') ? target : target?.querySelector('input');
  if (!control) return;
  event.preventDefault();
  control.focus();
}

/**
 * The box at the top of a form that says what went wrong, with a link to each field to fix.
 * It takes focus when it appears or changes, so that screen readers read it at once (WCAG 3.3.1).
 */
export function ErrorSummary({ problem, labels }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [problem]);
  const listed = Object.entries(labels).filter(([name]) => problem.fields[name]);
  // A server message about one field is said once, as that field's link.
  const isSaidByLink = listed.some(([name]) => problem.fields[name] === problem.summary);
  return (
    <div ref={ref} className="error-summary" tabIndex={-1} role="group" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary-title">
        <span aria-hidden="true">⚠ </span>
        <FormattedMessage id="form.errorSummary.title" />
      </h2>
      {!isSaidByLink && <p>{problem.summary}</p>}
      {listed.length > 0 && (
        <ul>
          {listed.map(([name, label]) => (
            <li key={name}>
              <a href={`#${fieldId(name)}`} onClick={(event) => focusField(event, name)}>
                <FormattedMessage id="form.errorSummary.item" values={{ label, message: problem.fields[name] }} />
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
