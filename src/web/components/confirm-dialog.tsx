import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { FormattedMessage } from 'react-intl';

/** Props of {@link ConfirmDialog}. */
export interface ConfirmDialogProps {
  /** The button that opens the dialog. */
  triggerLabel: string;
  title: string;
  /** What will happen, in a sentence or two. */
  body: string;
  confirmLabel: string;
  onConfirm: () => void;
  isDisabled?: boolean;
  /** Styles a destructive action (colour and an icon; the words carry the meaning). */
  isDanger?: boolean;
}

/**
 * A button that asks before doing something hard to undo. react-aria's modal traps focus, closes
 * on Escape and gives focus back to the button.
 */
export function ConfirmDialog({ triggerLabel, title, body, confirmLabel, onConfirm, isDisabled, isDanger }: ConfirmDialogProps) {
  const tone = isDanger ? 'button button-danger' : 'button';
  return (
    <DialogTrigger>
      <Button className={isDanger ? 'button button-secondary-danger' : 'button button-secondary'} isDisabled={isDisabled ?? false}>
        {triggerLabel}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog role="alertdialog" className="dialog">
            {({ close }) => (
              <>
                <Heading slot="title" className="dialog-title">
                  {title}
                </Heading>
                <p>{body}</p>
                <div className="button-row">
                  <Button
                    className={tone}
                    onPress={() => {
                      close();
                      onConfirm();
                    }}
                  >
                    {confirmLabel}
                  </Button>
                  <Button className="button button-secondary" onPress={close} autoFocus>
                    <FormattedMessage id="dialog.cancel" />
                  </Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
