import type { MessageId } from '../i18n/messages';
import type { FormProblem } from '../forms/form-problem';

/** Which panel of the participant file a write came from, so that its problem shows there. */
export type CasePanel = 'booking' | 'assessment' | 'decision' | 'income' | 'record' | 'placement' | 'pending-discharge' | 'completion-review' | 'reminders' | `consent-${string}` | `referral-${string}` | `documents-${string}`;

/** How the file's panels send a change: the page reloads the file after it and says what happened. */
export interface CaseWrite {
  /**
   * Sends, then on success announces `done` and reloads the file; true when it worked. A refusal
   * shows as the panel's problem: the server's words on the fields it names, or as `toProblem`
   * puts them (for a form whose field names are not the request's).
   */
  run: (panel: CasePanel, send: () => Promise<unknown>, done: MessageId, toProblem?: (error: unknown) => FormProblem) => Promise<boolean>;
  /** Shows a problem found before sending (a required field left empty). */
  refuse: (panel: CasePanel, problem: FormProblem) => void;
  /** The problem of a panel's last attempt, if it was that panel's. */
  problemOf: (panel: CasePanel) => FormProblem | undefined;
  isBusy: boolean;
}
