import { useState } from 'react';
import { useIntl } from 'react-intl';
import { FormDialog } from '../components/form-dialog';
import { SelectField } from '../components/select-field';
import { TextInput } from '../components/text-input';
import { enumLabel } from '../i18n/enum-label';

/** Props of {@link ReasonDialog}. */
export interface ReasonDialogProps {
  triggerLabel: string;
  title: string;
  /** The reason in words, and the coded reason when {@link reasonCodes} are asked for. */
  onConfirm: (reason: string, reasonCode?: string) => void;
  /**
   * Coded reasons to choose one from (a pending discharge, a discharge): the code is what the
   * partner-contact team and the referral source are told; the words stay in the file.
   */
  reasonCodes?: readonly string[] | undefined;
  isDisabled?: boolean;
  isDanger?: boolean;
}

/** A decision's button that first asks why (the reason is kept in the case's history). */
export function ReasonDialog({ triggerLabel, title, onConfirm, reasonCodes, isDisabled, isDanger }: ReasonDialogProps) {
  const intl = useIntl();
  const [reason, setReason] = useState('');
  const [reasonCode, setReasonCode] = useState('');
  const [error, setError] = useState<string>();
  const [codeError, setCodeError] = useState<string>();
  return (
    <FormDialog
      triggerLabel={triggerLabel}
      title={title}
      isDisabled={isDisabled}
      isDanger={isDanger}
      check={() => {
        const required = intl.formatMessage({ id: 'form.required' });
        const missingCode = reasonCodes !== undefined && !reasonCode;
        setCodeError(missingCode ? intl.formatMessage({ id: 'caseDecision.reasonCode.required' }) : undefined);
        setError(reason.trim() ? undefined : required);
        return !missingCode && reason.trim() !== '';
      }}
      onConfirm={() => onConfirm(reason.trim(), reasonCodes ? reasonCode : undefined)}
    >
      {reasonCodes && (
        <SelectField
          name="reasonCode"
          label={intl.formatMessage({ id: 'caseDecision.reasonCode' })}
          description={intl.formatMessage({ id: 'caseDecision.reasonCode.help' })}
          options={reasonCodes.map((code) => ({ value: code, label: enumLabel(intl, 'caseDecision.reasonCode', code) }))}
          value={reasonCode}
          onChange={setReasonCode}
          error={codeError}
        />
      )}
      <TextInput
        name="reason"
        label={intl.formatMessage({ id: reasonCodes ? 'caseDecision.reasonText' : 'decision.reason' })}
        description={reasonCodes ? intl.formatMessage({ id: 'caseDecision.reasonText.help' }) : undefined}
        multiline
        autoFocus={!reasonCodes}
        value={reason}
        onChange={setReason}
        error={error}
      />
    </FormDialog>
  );
}
