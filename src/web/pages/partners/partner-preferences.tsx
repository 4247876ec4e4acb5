import { useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ContactPreference } from '../../api/partners';
import { SuccessNotice } from '../../components/success-notice';
import './partners.css';
import { enumLabel } from '../../i18n/enum-label';
import { useSession } from '../../session/session-context';
import { sendPartnerChange } from './partner-save';
import type { PartnerSectionProps } from './partner-section';
import { PreferenceDialog } from './preference-dialog';

const confirmationBadge = { confirmed: 'badge badge-ok', unconfirmed: 'badge badge-unknown', stale: 'badge badge-unknown' } as const;

/** Whether the partner said it is safe, how fresh that is, and since when (words, not colour alone). */
function Safety({ preference }: { preference: ContactPreference }) {
  const intl = useIntl();
  const safe = preference.safe === null ? 'unknown' : preference.safe ? 'yes' : 'no';
  return (
    <>
      <span className={preference.safe === false ? 'badge badge-error' : preference.safe ? 'badge badge-ok' : 'badge badge-unknown'}>
        <FormattedMessage id={`partnerFile.safe.${safe}`} />
      </span>{' '}
      {/* "Not asked yet" already says it is not confirmed; an answer says how fresh it is. */}
      {preference.safe !== null && <span className={confirmationBadge[preference.confirmation]}>{enumLabel(intl, 'partnerFile.confirmation', preference.confirmation)}</span>}
      {preference.confirmedOn && (
        <span className="table-note">
          {' '}
          <FormattedMessage id="partnerFile.preferences.confirmedOn" values={{ date: preference.confirmedOn }} />
        </span>
      )}
    </>
  );
}

/**
 * The ways to reach the partner: each with its kind, the detail, the safe times and voicemail for
 * phones, whether it is safe and whether that confirmation is still fresh (the agency's limit).
 * Add, edit and stop using are dialogs; a retired detail stays listed, last, without actions.
 */
export function PartnerPreferences({ file, onFileChange, reloadFile, canWrite }: PartnerSectionProps) {
  const intl = useIntl();
  const { api } = useSession();
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<string>();
  const saved = (id: 'partnerFile.preferences.added' | 'partnerFile.preferences.saved' | 'partnerFile.preferences.retiredDone') => (next: typeof file) => {
    onFileChange(next);
    setError(undefined);
    setNotice(intl.formatMessage({ id }));
  };
  const retire = async (preference: ContactPreference) => {
    setNotice(undefined);
    const problem = await sendPartnerChange(api, intl, { method: 'POST', path: `/partners/${file.id}/preferences/${preference.id}/retire`, body: { version: preference.version } }, { onSaved: saved('partnerFile.preferences.retiredDone'), onStale: reloadFile });
    setError(problem?.summary);
  };
  const describe = (preference: ContactPreference) => ({ channel: enumLabel(intl, 'partnerFile.channel', preference.channel), value: preference.value });
  return (
    <section aria-labelledby="partner-preferences-heading">
      <h2 id="partner-preferences-heading">
        <FormattedMessage id="partnerFile.preferences.title" />
      </h2>
      <p>
        <FormattedMessage id="partnerFile.preferences.intro" values={{ days: file.preferenceMaxAgeDays }} />
      </p>
      <SuccessNotice>{notice}</SuccessNotice>
      <div role="alert">{error && <p className="notice notice-error">{error}</p>}</div>
      {file.preferences.length === 0 ? (
        <p>
          <FormattedMessage id="partnerFile.preferences.none" />
        </p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="partner-preferences-caption" tabIndex={0}>
          <table className="table">
            <caption id="partner-preferences-caption">
              <FormattedMessage id="partnerFile.preferences.caption" />
            </caption>
            <thead>
              <tr>
                <th scope="col">
                  <FormattedMessage id="partnerFile.preferences.col.channel" />
                </th>
                <th scope="col">
                  <FormattedMessage id="partnerFile.preferences.col.value" />
                </th>
                <th scope="col">
                  <FormattedMessage id="partnerFile.preferences.col.safety" />
                </th>
                {canWrite && (
                  <th scope="col">
                    <FormattedMessage id="partnerFile.preferences.col.actions" />
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {file.preferences.map((preference) => (
                <tr key={preference.id} className={preference.retired ? 'partner-retired' : undefined}>
                  <th scope="row">{enumLabel(intl, 'partnerFile.channel', preference.channel)}</th>
                  <td>
                    <span className="partner-value">{preference.value}</span>
                    {preference.safeTimes && (
                      <span className="table-note">
                        <br />
                        <FormattedMessage id="partnerFile.preferences.safeTimes" values={{ times: preference.safeTimes }} />
                      </span>
                    )}
                    {preference.channel === 'phone' && (
                      <span className="table-note">
                        <br />
                        <FormattedMessage id={preference.voicemailOk ? 'partnerFile.preferences.voicemail.yes' : 'partnerFile.preferences.voicemail.no'} />
                      </span>
                    )}
                  </td>
                  <td>
                    {preference.retired ? (
                      <span className="badge badge-unknown">
                        <FormattedMessage id="partnerFile.preferences.retired" />
                      </span>
                    ) : (
                      <Safety preference={preference} />
                    )}
                  </td>
                  {canWrite && (
                    <td>
                      {!preference.retired && (
                        <div className="button-row">
                          <PreferenceDialog
                            file={file}
                            preference={preference}
                            triggerLabel={intl.formatMessage({ id: 'partnerFile.preferences.edit' })}
                            triggerAriaLabel={intl.formatMessage({ id: 'partnerFile.preferences.editLabel' }, describe(preference))}
                            onSaved={saved('partnerFile.preferences.saved')}
                            onStale={reloadFile}
                          />
                          <RetireDialog label={intl.formatMessage({ id: 'partnerFile.preferences.retireLabel' }, describe(preference))} onConfirm={() => void retire(preference)} />
                        </div>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canWrite && <PreferenceDialog file={file} triggerLabel={intl.formatMessage({ id: 'partnerFile.preferences.add' })} onSaved={saved('partnerFile.preferences.added')} onStale={reloadFile} />}
    </section>
  );
}

/** "Stop using" a detail, asked first; the row's words name which one for screen readers. */
function RetireDialog({ label, onConfirm }: { label: string; onConfirm: () => void }) {
  return (
    <DialogTrigger>
      <Button className="button button-secondary-danger" aria-label={label}>
        <FormattedMessage id="partnerFile.preferences.retire" />
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog role="alertdialog" className="dialog">
            {({ close }) => (
              <>
                <Heading slot="title" className="dialog-title">
                  <FormattedMessage id="partnerFile.preferences.retire.title" />
                </Heading>
                <p>{label}</p>
                <p>
                  <FormattedMessage id="partnerFile.preferences.retire.body" />
                </p>
                <div className="button-row">
                  <Button
                    className="button button-danger"
                    onPress={() => {
                      close();
                      onConfirm();
                    }}
                  >
                    <FormattedMessage id="partnerFile.preferences.retire.confirm" />
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
