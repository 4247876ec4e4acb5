import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Referral } from '../api/participant-file';
import { FormDialog } from '../components/form-dialog';
import { RadioChoice } from '../components/radio-choice';
import { referralLabel } from './referral-label';

/** Props of {@link DuplicateDialog}. */
export interface DuplicateDialogProps {
  referral: Referral;
  /** The file's other referrals: the one it repeats is one of them. */
  others: readonly Referral[];
  onConfirm: (duplicateOf: string) => void;
  isDisabled?: boolean;
}

/** "Mark as duplicate…": asks which of the file's other referrals this one repeats. */
export function DuplicateDialog({ referral, others, onConfirm, isDisabled }: DuplicateDialogProps) {
  const intl = useIntl();
  // With one other referral there is nothing to choose but to confirm.
  const [choice, setChoice] = useState(others.length === 1 ? (others[0]?.id ?? '') : '');
  const [error, setError] = useState<string>();
  return (
    <FormDialog
      triggerLabel={intl.formatMessage({ id: 'referral.duplicate' })}
      submitLabel={intl.formatMessage({ id: 'referral.duplicate.submit' })}
      title={<FormattedMessage id="referral.duplicate.title" values={{ referral: referralLabel(intl, referral) }} />}
      isDisabled={isDisabled}
      check={() => {
        if (others.some((other) => other.id === choice)) return true;
        setError(intl.formatMessage({ id: 'referral.duplicate.choose' }));
        return false;
      }}
      onConfirm={() => onConfirm(choice)}
    >
      <p>
        <FormattedMessage id="referral.duplicate.intro" />
      </p>
      <RadioChoice
        name={`duplicate-of-${referral.id}`}
        label={intl.formatMessage({ id: 'referral.duplicateOf' })}
        options={others.map((other) => ({ value: other.id, label: referralLabel(intl, other) }))}
        value={choice}
        onChange={(value) => {
          setChoice(value);
          setError(undefined);
        }}
        error={error}
      />
    </FormDialog>
  );
}
