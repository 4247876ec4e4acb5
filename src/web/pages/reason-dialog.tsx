import { useState } from 'react';
import { useIntl } from 'react-intl';
import { FormDialog } from '../components/form-dialog';
import { TextInput } from '../components/text-input';

/** Props of {@link ReasonDialog}. */
export interface ReasonDialogProps {
  triggerLabel: string;
  title: string;
  onConfirm: (reason: string) => void;
  isDisabled?: boolean;
  isDanger?: boolean;
}

/** A decision's button that first asks why (the reason is kept in the case's history). */
export function ReasonDialog({ triggerLabel, title, onConfirm, isDisabled, isDanger }: ReasonDialogProps) {
  const intl = useIntl();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  return (
    <FormDialog
      triggerLabel={triggerLabel}
      title={title}
      isDisabled={isDisabled}
      isDanger={isDanger}
      check={() => {
        if (reason.trim()) return true;
        setError(intl.formatMessage({ id: 'form.required' }));
        return false;
      }}
      onConfirm={() => onConfirm(reason.trim())}
    >
      <TextInput name="reason" label={intl.formatMessage({ id: 'decision.reason' })} multiline autoFocus value={reason} onChange={setReason} error={error} />
    </FormDialog>
  );
}
