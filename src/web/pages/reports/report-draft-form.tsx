import { useState, type FormEvent } from 'react';
import { Button, CheckboxGroup, Label, Text } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { CheckboxItem } from '../../components/checkbox-item';
import { ErrorSummary } from '../../components/error-summary';
import { RadioChoice } from '../../components/radio-choice';
import { TextInput } from '../../components/text-input';
import { fieldId } from '../../forms/field-id';
import { enumLabel } from '../../i18n/enum-label';
import { type ReportFormProps, useReportWrite } from './use-report-write';

/**
 * A draft: the report's language, the facilitator's participation observations and, for a
 * manager, the safety concerns to include (a kind and a day each: never what the partner said).
 */
export function ReportDraftForm({ report, onDone, onStale, canChooseConcerns }: ReportFormProps & { canChooseConcerns: boolean }) {
  const intl = useIntl();
  const write = useReportWrite(onStale);
  const [language, setLanguage] = useState<string>(report.language);
  const [observations, setObservations] = useState(report.observations ?? '');
  const [concernIds, setConcernIds] = useState<string[]>(report.concernIds);
  const labels = {
    language: intl.formatMessage({ id: 'reports.field.language' }),
    observations: intl.formatMessage({ id: 'reports.field.observations' }),
    concernIds: intl.formatMessage({ id: 'reports.field.concerns' }),
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = { version: report.version, language, observations: observations.trim() || null, ...(canChooseConcerns ? { concernIds } : {}) };
    void write.run('PUT', `/court-reports/${report.id}`, body, (saved) => onDone(saved, intl.formatMessage({ id: 'reports.draft.saved' })));
  };
  return (
    <section aria-labelledby="report-draft-heading">
      <h3 id="report-draft-heading">
        <FormattedMessage id="reports.draft.title" />
      </h3>
      <form className="form" noValidate onSubmit={onSubmit}>
        {write.problem && <ErrorSummary problem={write.problem} labels={labels} />}
        <RadioChoice
          name="language"
          label={labels.language}
          options={[
            { value: 'en', label: 'English', lang: 'en-CA' },
            { value: 'fr', label: 'Français', lang: 'fr-CA' },
          ]}
          value={language}
          onChange={setLanguage}
          error={write.problem?.fields.language}
        />
        <TextInput
          name="observations"
          label={labels.observations}
          description={intl.formatMessage({ id: 'reports.field.observations.help' })}
          multiline
          value={observations}
          onChange={setObservations}
          error={write.problem?.fields.observations}
        />
        {canChooseConcerns &&
          (report.availableConcerns.length === 0 ? (
            <p>
              <FormattedMessage id="reports.concerns.none" />
            </p>
          ) : (
            <CheckboxGroup id={fieldId('concernIds')} className="field checkbox-group" value={concernIds} onChange={setConcernIds} name="concernIds">
              <Label className="field-label">{labels.concernIds}</Label>
              <Text slot="description" className="field-description">
                <FormattedMessage id="reports.field.concerns.help" />
              </Text>
              <div className="checkbox-list">
                {report.availableConcerns.map((concern) => (
                  <CheckboxItem key={concern.id} value={concern.id}>
                    <FormattedMessage id="reports.concerns.item" values={{ date: concern.occurredOn, kind: enumLabel(intl, 'disclosures.concern', concern.category) }} />
                  </CheckboxItem>
                ))}
              </div>
            </CheckboxGroup>
          ))}
        <div className="button-row">
          <Button type="submit" className="button button-secondary" isDisabled={write.isBusy}>
            <FormattedMessage id="reports.draft.submit" />
          </Button>
        </div>
      </form>
    </section>
  );
}
