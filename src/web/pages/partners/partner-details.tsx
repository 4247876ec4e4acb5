import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { partnerLanguages, partnerRelationships, type PartnerFile } from '../../api/partners';
import { ErrorSummary } from '../../components/error-summary';
import { FactList } from '../../components/fact-list';
import { SelectField } from '../../components/select-field';
import { SuccessNotice } from '../../components/success-notice';
import { TextInput } from '../../components/text-input';
import { problemFromFields, type FormProblem } from '../../forms/form-problem';
import { enumLabel } from '../../i18n/enum-label';
import { useSession } from '../../session/session-context';
import type { PartnerSectionProps } from './partner-section';
import { partnerDetailsBody, sendPartnerChange } from './partner-save';

/** The empty choice of a drop-down ("not known"), sent as null. */
const unknown = '';

function DetailsForm({ file, onFileChange, reloadFile, onDone }: PartnerSectionProps & { onDone: () => void }) {
  const intl = useIntl();
  const { api } = useSession();
  const [fullName, setFullName] = useState(file.fullName);
  const [relationship, setRelationship] = useState<string>(file.relationship ?? unknown);
  const [language, setLanguage] = useState<string>(file.language ?? unknown);
  const [problem, setProblem] = useState<FormProblem>();
  const [isBusy, setBusy] = useState(false);
  const labels = {
    fullName: intl.formatMessage({ id: 'partnerFile.details.fullName' }),
    relationship: intl.formatMessage({ id: 'partnerFile.details.relationship' }),
    language: intl.formatMessage({ id: 'partnerFile.details.language' }),
  };
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isBusy) return;
    const local = problemFromFields({ fullName: fullName.trim() ? undefined : intl.formatMessage({ id: 'partnerFile.details.fullName.required' }) }, intl);
    setProblem(local);
    if (local) return;
    setBusy(true);
    const body = partnerDetailsBody(file, {
      fullName: fullName.trim(),
      relationship: (relationship || null) as PartnerFile['relationship'],
      language: (language || null) as PartnerFile['language'],
    });
    const found = await sendPartnerChange(api, intl, { method: 'PUT', path: `/partners/${file.id}`, body }, { onSaved: (saved) => { onFileChange(saved); onDone(); }, onStale: reloadFile });
    setProblem(found);
    setBusy(false);
  };
  return (
    <form className="form" noValidate aria-labelledby="partner-details-form-heading" onSubmit={(event) => void onSubmit(event)}>
      <h3 id="partner-details-form-heading">
        <FormattedMessage id="partnerFile.details.edit" />
      </h3>
      {problem && <ErrorSummary problem={problem} labels={labels} />}
      <TextInput name="fullName" label={labels.fullName} autoComplete="off" value={fullName} onChange={setFullName} error={problem?.fields.fullName} />
      <SelectField
        name="relationship"
        label={labels.relationship}
        options={[{ value: unknown, label: intl.formatMessage({ id: 'partnerFile.notKnown' }) }, ...partnerRelationships.map((value) => ({ value, label: enumLabel(intl, 'relationship', value) }))]}
        value={relationship}
        onChange={setRelationship}
        error={problem?.fields.relationship}
      />
      <SelectField
        name="language"
        label={labels.language}
        options={[{ value: unknown, label: intl.formatMessage({ id: 'partnerFile.notKnown' }) }, ...partnerLanguages.map((value) => ({ value, label: enumLabel(intl, 'language', value) }))]}
        value={language}
        onChange={setLanguage}
        error={problem?.fields.language}
      />
      <div className="button-row">
        <Button type="submit" className="button" isDisabled={isBusy}>
          <FormattedMessage id="partnerFile.details.save" />
        </Button>
        <Button className="button button-secondary" onPress={onDone}>
          <FormattedMessage id="dialog.cancel" />
        </Button>
      </div>
    </form>
  );
}

/** The partner's name, relationship to the participant and language of service; edited in place. */
export function PartnerDetails(props: PartnerSectionProps) {
  const intl = useIntl();
  const { file, canWrite } = props;
  const [isEditing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string>();
  const notKnown = intl.formatMessage({ id: 'partnerFile.notKnown' });
  return (
    <section aria-labelledby="partner-details-heading">
      <h2 id="partner-details-heading">
        <FormattedMessage id="partnerFile.details.title" />
      </h2>
      <SuccessNotice>{notice}</SuccessNotice>
      <FactList
        rows={[
          [intl.formatMessage({ id: 'partnerFile.details.fullName' }), file.fullName],
          [intl.formatMessage({ id: 'partnerFile.details.relationship' }), file.relationship ? enumLabel(intl, 'relationship', file.relationship) : notKnown],
          [intl.formatMessage({ id: 'partnerFile.details.language' }), file.language ? enumLabel(intl, 'language', file.language) : notKnown],
          [intl.formatMessage({ id: 'partnerFile.details.since' }), file.createdAt.slice(0, 10)],
        ]}
      />
      {canWrite &&
        (isEditing ? (
          <DetailsForm
            {...props}
            onDone={() => setEditing(false)}
            onFileChange={(saved) => {
              props.onFileChange(saved);
              setNotice(intl.formatMessage({ id: 'partnerFile.details.saved' }));
            }}
          />
        ) : (
          <Button className="button button-secondary" onPress={() => { setNotice(undefined); setEditing(true); }}>
            <FormattedMessage id="partnerFile.details.edit" />
          </Button>
        ))}
    </section>
  );
}
