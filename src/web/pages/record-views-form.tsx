import { useMemo, useState, type FormEvent } from 'react';
import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ApiError } from '../api/api-error';
import { recordSubjectTypes, type RecordSubjectType } from '../api/record-views';
import { ErrorSummary } from '../components/error-summary';
import { TextInput } from '../components/text-input';
import { fieldId } from '../forms/field-id';
import { problemFromError, problemFromFields, type FormProblem } from '../forms/form-problem';
import type { MessageId } from '../i18n/messages';

/** Props of {@link RecordViewsForm}. */
export interface RecordViewsFormProps {
  subjectType: RecordSubjectType;
  subjectId: string;
  /** Why the last search was refused (a malformed id, say), to show on the form. */
  error: ApiError | undefined;
  onSearch: (search: { subjectType: RecordSubjectType; subjectId: string }) => void;
}

const typeMessageIds: Record<RecordSubjectType, MessageId> = {
  participant: 'recordViews.type.participant',
  partner: 'recordViews.type.partner',
  referral: 'recordViews.type.referral',
  document: 'recordViews.type.document',
  contact_note: 'recordViews.type.contact_note',
  session_note: 'recordViews.type.session_note',
  safety_plan: 'recordViews.type.safety_plan',
  user: 'recordViews.type.user',
  audit_log: 'recordViews.type.audit_log',
};

/** Which record to look up: its kind and its identifier. */
export function RecordViewsForm({ subjectType, subjectId, error, onSearch }: RecordViewsFormProps) {
  const intl = useIntl();
  const [type, setType] = useState(subjectType);
  const [id, setId] = useState(subjectId);
  const [missing, setMissing] = useState<FormProblem>();
  // Memoised: a new object would move focus to the summary again at each render.
  const refused = useMemo(() => (error ? problemFromError(error, intl) : undefined), [error, intl]);
  const problem = missing ?? refused;
  const labels = {
    subjectType: intl.formatMessage({ id: 'recordViews.subjectType' }),
    subjectId: intl.formatMessage({ id: 'recordViews.subjectId' }),
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const wrong = problemFromFields({ subjectId: id.trim() ? undefined : intl.formatMessage({ id: 'form.required' }) }, intl);
    setMissing(wrong);
    if (!wrong) onSearch({ subjectType: type, subjectId: id.trim() });
  };

  return (
    <>
      {problem && <ErrorSummary problem={problem} labels={labels} />}
      <form className="form narrow" noValidate onSubmit={onSubmit}>
        <Select
          id={fieldId('subjectType')}
          className="field"
          value={type}
          onChange={(key) => {
            const next = recordSubjectTypes.find((candidate) => candidate === key);
            if (next) setType(next);
          }}
        >
          <Label className="field-label">{labels.subjectType}</Label>
          <Button className="select-button">
            <SelectValue />
            <span aria-hidden="true" className="select-arrow">
              ▾
            </span>
          </Button>
          <Popover className="popover">
            <ListBox className="listbox">
              {recordSubjectTypes.map((candidate) => (
                <ListBoxItem key={candidate} id={candidate} className="listbox-item">
                  {intl.formatMessage({ id: typeMessageIds[candidate] })}
                </ListBoxItem>
              ))}
            </ListBox>
          </Popover>
        </Select>
        <TextInput
          name="subjectId"
          label={labels.subjectId}
          description={intl.formatMessage({ id: 'recordViews.subjectId.help' })}
          autoComplete="off"
          value={id}
          onChange={setId}
          error={problem?.fields.subjectId}
        />
        <Button type="submit" className="button">
          <FormattedMessage id="recordViews.submit" />
        </Button>
      </form>
    </>
  );
}
