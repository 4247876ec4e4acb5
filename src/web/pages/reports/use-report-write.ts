import { useState } from 'react';
import { useIntl } from 'react-intl';
import { ApiError } from '../../api/api-error';
import { courtReportSchema, type CourtReport } from '../../api/reports';
import { problemFromNestedError } from '../../forms/problem-from-nested-error';
import type { FormProblem } from '../../forms/form-problem';
import { useSession } from '../../session/session-context';

/** What a report form is told: the saved report with a notice, or to reload after a conflict. */
export interface ReportFormProps {
  report: CourtReport;
  onDone: (saved: CourtReport, notice: string) => void;
  onStale: () => void;
}

/**
 * One write of a report form: busy while it runs, the server's refusal as a problem on the form
 * (its fields by their body path), and a reload when someone else changed the report (409).
 */
export function useReportWrite(onStale: () => void) {
  const intl = useIntl();
  const { api } = useSession();
  const [problem, setProblem] = useState<FormProblem>();
  const [isBusy, setBusy] = useState(false);
  const run = async (method: 'POST' | 'PUT', path: string, body: unknown, done: (saved: CourtReport) => void) => {
    if (isBusy) return;
    setBusy(true);
    try {
      const saved = await api.send(method, path, body, courtReportSchema);
      setProblem(undefined);
      done(saved);
    } catch (error) {
      setProblem(problemFromNestedError(error, intl));
      if (error instanceof ApiError && error.status === 409) onStale();
    } finally {
      setBusy(false);
    }
  };
  return { problem, setProblem, isBusy, run };
}
