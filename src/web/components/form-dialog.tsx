import type { ReactNode } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { FormattedMessage } from 'react-intl';

/** Props of {@link FormDialog}. */
export interface FormDialogProps {
  /** The button that opens the dialog. */
  triggerLabel: string;
  /** The button that sends the dialog's form; the trigger's words when not given. */
  submitLabel?: string | undefined;
  title: ReactNode;
  /** The dialog's fields. */
  children: ReactNode;
  /** Checks what was entered (and shows why not): true when the dialog may close and go ahead. */
  check: () => boolean;
  onConfirm: () => void;
  isDisabled?: boolean | undefined;
  /** Styles a decision that closes something (colour and an icon; the words carry the meaning). */
  isDanger?: boolean | undefined;
}

/**
 * A decision's button that first asks for something (a reason, which referral) in a dialog with a
 * small form. react-aria's modal traps focus, closes on Escape and gives focus back to the button.
 */
export function FormDialog({ triggerLabel, submitLabel, title, children, check, onConfirm, isDisabled, isDanger }: FormDialogProps) {
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
                  if (!check()) return;
                  close();
                  onConfirm();
                }}
              >
                <Heading slot="title" className="dialog-title">
                  {title}
                </Heading>
                {children}
                <div className="button-row">
                  <Button type="submit" className={isDanger ? 'button button-danger' : 'button'}>
                    {submitLabel ?? triggerLabel}
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
