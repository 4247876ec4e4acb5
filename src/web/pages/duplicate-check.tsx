import { useState } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { ApiError } from '../api/api-error';
import { duplicateCandidatesSchema, type DuplicateCandidate } from '../api/referral-receipt';
import { ErrorText } from '../components/error-text';
import { enumLabel } from '../i18n/enum-label';
import { useSession } from '../session/session-context';

/** Props of {@link DuplicateCheck}. */
export interface DuplicateCheckProps {
  /** What the form holds now; empty strings are left out of the search. */
  search: { givenName: string; familyName: string; dateOfBirth: string; courtFileNumber: string };
  /** The person the referral is attached to, if one was chosen. */
  attached: DuplicateCandidate | undefined;
  onAttach: (candidate: DuplicateCandidate | undefined) => void;
}

/** "Check for existing files": people who may be the one named, and a way to add the referral to their file. */
export function DuplicateCheck({ search, attached, onAttach }: DuplicateCheckProps) {
  const intl = useIntl();
  const { api } = useSession();
  const [found, setFound] = useState<DuplicateCandidate[]>();
  const [error, setError] = useState<ApiError>();
  const [isBusy, setBusy] = useState(false);
  const canSearch = search.givenName.trim() !== '' && search.familyName.trim() !== '';

  const check = async () => {
    setBusy(true);
    const opt = (value: string) => (value.trim() ? value.trim() : undefined);
    try {
      const body = { givenName: search.givenName.trim(), familyName: search.familyName.trim(), dateOfBirth: opt(search.dateOfBirth), courtFileNumber: opt(search.courtFileNumber) };
      setFound(await api.send('POST', '/participants/duplicate-check', body, duplicateCandidatesSchema));
      setError(undefined);
    } catch (caught) {
      setError(ApiError.from(caught));
    } finally {
      setBusy(false);
    }
  };

  if (attached) {
    return (
      <div className="notice notice-info">
        <p>
          <FormattedMessage id="duplicates.attached" values={{ name: attached.name, dateOfBirth: attached.dateOfBirth }} />
        </p>
        <Button className="button button-secondary" onPress={() => onAttach(undefined)}>
          <FormattedMessage id="duplicates.detach" />
        </Button>
      </div>
    );
  }
  return (
    <div className="duplicate-check">
      <Button className="button button-secondary" isDisabled={!canSearch || isBusy} onPress={() => void check()}>
        <FormattedMessage id="duplicates.check" />
      </Button>
      <div role="status" aria-live="polite">
        {error && (
          <p className="field-error">
            <ErrorText error={error} />
          </p>
        )}
        {found && (
          <p>
            <FormattedMessage id="duplicates.found" values={{ count: found.length }} />
          </p>
        )}
      </div>
      {found && found.length > 0 && (
        <ul className="plain-list">
          {found.map((candidate) => (
            <li key={candidate.participantId} className="case-item">
              <strong>{candidate.name}</strong> — {candidate.dateOfBirth} — {enumLabel(intl, 'caseState', candidate.caseState)}
              <span className="table-note">{candidate.reasons.map((reason) => enumLabel(intl, 'duplicates.reason', reason)).join(', ')}</span>
              <Button className="button button-secondary" onPress={() => onAttach(candidate)}>
                <FormattedMessage id="duplicates.attach" values={{ name: candidate.name }} />
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
