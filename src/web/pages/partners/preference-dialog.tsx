import { useState, type FormEvent } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { preferenceChannels, type ContactPreference, type PartnerFile, type PreferenceChannel } from '../../api/partners';
import { CheckboxItem } from '../../components/checkbox-item';
import { ErrorSummary } from '../../components/error-summary';
import { RadioChoice } from '../../components/radio-choice';
import { TextInput } from '../../components/text-input';
import { problemFromFields, type FormProblem } from '../../forms/form-problem';
import { enumLabel } from '../../i18n/enum-label';
import { useAgencyToday, useSession } from '../../session/session-context';
import { sendPartnerChange } from './partner-save';
import './partners.css';

type SafeAnswer = 'yes' | 'no' | 'unknown';
const safeAnswers: readonly SafeAnswer[] = ['yes', 'no', 'unknown'];
const answerOf = (safe: boolean | null): SafeAnswer => (safe === null ? 'unknown' : safe ? 'yes' : 'no');

/** Props of {@link PreferenceDialog}. */
export interface PreferenceDialogProps {
  file: PartnerFile;
  /** The preference to edit; a new one when absent. */
  preference?: ContactPreference | undefined;
  triggerLabel: string;
  /** The trigger's accessible name when its words are shared by several rows. */
  triggerAriaLabel?: string | undefined;
  onSaved: (file: PartnerFile) => void;
  onStale: () => void;
}

/**
 * Adds or edits one way to reach the partner, in a dialog that stays open until the server has
 * accepted it (so its field messages show beside the fields): the kind (fixed once saved), the
 * number, email or address, safe times, whether the partner said it is safe and on what day, and
 * for a phone whether a voicemail may be left.
 */
export function PreferenceDialog({ file, preference, triggerLabel, triggerAriaLabel, onSaved, onStale }: PreferenceDialogProps) {
  const intl = useIntl();
  const { api } = useSession();
  const [isOpen, setOpen] = useState(false);
  const today = useAgencyToday();
  const initial = () => ({
    channel: (preference?.channel ?? 'phone') as PreferenceChannel,
    value: preference?.value ?? '',
    safeTimes: preference?.safeTimes ?? '',
    safe: answerOf(preference?.safe ?? null),
    voicemailOk: preference?.voicemailOk ?? false,
    confirmedOn: preference?.confirmedOn ?? today,
  });
  const [form, setForm] = useState(initial);
  const [problem, setProblem] = useState<FormProblem>();
  const [isBusy, setBusy] = useState(false);
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => setForm((previous) => ({ ...previous, [key]: value }));
  const labels = {
    channel: intl.formatMessage({ id: 'partnerFile.preference.channel' }),
    value: intl.formatMessage({ id: `partnerFile.preference.value.${form.channel}` }),
    safeTimes: intl.formatMessage({ id: 'partnerFile.preference.safeTimes' }),
    safe: intl.formatMessage({ id: 'partnerFile.preference.safe' }),
    voicemailOk: intl.formatMessage({ id: 'partnerFile.preference.voicemailOk' }),
    confirmedOn: intl.formatMessage({ id: 'partnerFile.preference.confirmedOn' }),
  };
  const open = (next: boolean) => {
    if (next) {
      setForm(initial());
      setProblem(undefined);
    }
    setOpen(next);
  };
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isBusy) return;
    const answered = form.safe !== 'unknown';
    const local = problemFromFields(
      {
        value: form.value.trim() ? undefined : intl.formatMessage({ id: 'partnerFile.preference.value.required' }),
        confirmedOn: !answered || /^\d{4}-\d{2}-\d{2}$/.test(form.confirmedOn.trim()) ? undefined : intl.formatMessage({ id: 'partnerFile.preference.confirmedOn.required' }),
      },
      intl,
    );
    setProblem(local);
    if (local) return;
    const body = {
      channel: form.channel,
      value: form.value.trim(),
      safeTimes: form.channel === 'phone' || form.channel === 'text' ? form.safeTimes.trim() || null : null,
      safe: answered ? form.safe === 'yes' : null,
      voicemailOk: form.channel === 'phone' && form.voicemailOk,
      confirmedOn: answered ? form.confirmedOn.trim() : null,
      ...(preference ? { version: preference.version } : {}),
    };
    setBusy(true);
    const found = await sendPartnerChange(
      api,
      intl,
      preference ? { method: 'PUT', path: `/partners/${file.id}/preferences/${preference.id}`, body } : { method: 'POST', path: `/partners/${file.id}/preferences`, body },
      {
        onSaved: (saved) => {
          setOpen(false);
          onSaved(saved);
        },
        onStale,
      },
    );
    setProblem(found);
    setBusy(false);
  };
  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={open}>
      <Button className="button button-secondary" aria-label={triggerAriaLabel}>
        {triggerLabel}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal partner-modal">
          <Dialog className="dialog">
            <form noValidate onSubmit={(event) => void onSubmit(event)}>
              <Heading slot="title" className="dialog-title">
                <FormattedMessage id={preference ? 'partnerFile.preferences.editTitle' : 'partnerFile.preferences.add'} />
              </Heading>
              {problem && <ErrorSummary problem={problem} labels={labels} />}
              {preference ? (
                <p>
                  {labels.channel}: {enumLabel(intl, 'partnerFile.channel', preference.channel)}
                </p>
              ) : (
                <RadioChoice
                  name="channel"
                  label={labels.channel}
                  options={preferenceChannels.map((value) => ({ value, label: enumLabel(intl, 'partnerFile.channel', value) }))}
                  value={form.channel}
                  onChange={(value) => set('channel', value as PreferenceChannel)}
                  error={problem?.fields.channel}
                />
              )}
              <TextInput name="value" label={labels.value} multiline={form.channel === 'mail'} autoComplete="off" value={form.value} onChange={(value) => set('value', value)} error={problem?.fields.value} />
              {(form.channel === 'phone' || form.channel === 'text') && (
                <TextInput
                  name="safeTimes"
                  label={labels.safeTimes}
                  description={intl.formatMessage({ id: 'partnerFile.preference.safeTimes.help' })}
                  autoComplete="off"
                  value={form.safeTimes}
                  onChange={(value) => set('safeTimes', value)}
                  error={problem?.fields.safeTimes}
                />
              )}
              <RadioChoice
                name="safe"
                label={labels.safe}
                options={safeAnswers.map((value) => ({ value, label: intl.formatMessage({ id: `partnerFile.preference.safe.${value}` }) }))}
                value={form.safe}
                onChange={(value) => set('safe', value as SafeAnswer)}
                error={problem?.fields.safe}
              />
              {form.safe !== 'unknown' && (
                <TextInput
                  name="confirmedOn"
                  label={labels.confirmedOn}
                  description={intl.formatMessage({ id: 'field.date.help' })}
                  autoComplete="off"
                  value={form.confirmedOn}
                  onChange={(value) => set('confirmedOn', value)}
                  error={problem?.fields.confirmedOn}
                />
              )}
              {form.channel === 'phone' && (
                <CheckboxItem isSelected={form.voicemailOk} onChange={(value) => set('voicemailOk', value)}>
                  {labels.voicemailOk}
                </CheckboxItem>
              )}
              {problem?.fields.voicemailOk && <p className="field-error">{problem.fields.voicemailOk}</p>}
              <div className="button-row">
                <Button type="submit" className="button" isDisabled={isBusy}>
                  <FormattedMessage id="partnerFile.preference.save" />
                </Button>
                <Button className="button button-secondary" onPress={() => setOpen(false)}>
                  <FormattedMessage id="dialog.cancel" />
                </Button>
              </div>
            </form>
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
