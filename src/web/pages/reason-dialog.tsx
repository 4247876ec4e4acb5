import { useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
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
    <DialogTrigger>
      <Button className={isDanger ? 'button button-secondary-danger' : 'button button-secondary'} isDisabled={isDisabled ?? false}>
        {triggerLabel}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog">
            {({ close }) => (
              <form
                noValidate
                onSubmit={(event) => {
                  event.preventDefault();
                  if (!reason.trim()) return setError(intl.formatMessage({ id: 'form.required' }));
                  close();
                  onConfirm(reason.trim());
                }}
              >
                <Heading slot="title" className="dialog-title">
                  {title}
                </Heading>
                <TextInput name="reason" label={intl.formatMessage({ id: 'decision.reason' })} multiline autoFocus value={reason} onChange={setReason} error={error} />
                <div className="button-row">
                  <Button type="submit" className={isDanger ? 'button button-danger' : 'button'}>
                    {triggerLabel}
                  </Button>
                  <Button className="button button-secondary" onPress={close}>
                    <FormattedMessage id="dialog.cancel" />
                  </Button>
                </div>
              </form>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
