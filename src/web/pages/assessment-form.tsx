import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ParticipantFile } from '../api/participant-file';
import { ErrorSummary } from '../components/error-summary';
import { RadioChoice } from '../components/radio-choice';
import { TextInput } from '../components/text-input';
import { problemFromFields } from '../forms/form-problem';
import { enumLabel } from '../i18n/enum-label';
import { useSession } from '../session/session-context';
import type { CaseWrite } from './case-write';

/** Props of {@link AssessmentForm}. */
export interface AssessmentFormProps {
  file: ParticipantFile;
  write: CaseWrite;
}

const notes = ['relationshipHistory', 'violenceHistory', 'readiness'] as const;

/** The intake assessment: history, substance use, a mental-health screen, and whether the program suits the person. */
export function AssessmentForm({ file, write }: AssessmentFormProps) {
  const intl = useIntl();
  const { api } = useSession();
  const [values, setValues] = useState({
    relationshipHistory: '',
    violenceHistory: '',
    substanceUse: 'none',
    substanceUseNotes: '',
    mentalHealthScreen: 'no_concerns',
    mentalHealthNotes: '',
    readiness: '',
    suitability: 'suitable',
    reasons: '',
  });
  const set = (name: keyof typeof values) => (value: string) => setValues((previous) => ({ ...previous, [name]: value }));
  const problem = write.problemOf('assessment');
  const label = (name: string) => enumLabel(intl, 'assessment', name);
  const labels = { reasons: label('reasons') };
  const text = (value: string) => (value.trim() ? value.trim() : undefined);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing = problemFromFields(
      { reasons: values.suitability === 'unsuitable' && !values.reasons.trim() ? intl.formatMessage({ id: 'form.required' }) : undefined },
      intl,
    );
    if (missing) return write.refuse('assessment', missing);
    const body = {
      answers: {
        relationshipHistory: text(values.relationshipHistory),
        violenceHistory: text(values.violenceHistory),
        substanceUse: values.substanceUse,
        substanceUseNotes: text(values.substanceUseNotes),
        mentalHealthScreen: values.mentalHealthScreen,
        mentalHealthNotes: text(values.mentalHealthNotes),
        readiness: text(values.readiness),
      },
      suitability: values.suitability,
      reasons: text(values.reasons),
      version: file.version,
    };
    void write.run('assessment', () => api.send('POST', `/participants/${file.id}/assessments`, body), 'assessment.done');
  };

  return (
    <section className="card" aria-labelledby="assessment-heading">
      <h2 id="assessment-heading">
        <FormattedMessage id="assessment.title" />
      </h2>
      {problem && <ErrorSummary problem={problem} labels={labels} />}
      <form className="form narrow" noValidate onSubmit={onSubmit}>
        {notes.map((name) => (
          <TextInput key={name} name={name} label={label(name)} multiline value={values[name]} onChange={set(name)} error={problem?.fields[name]} />
        ))}
        <RadioChoice
          name="substanceUse"
          label={label('substanceUse')}
          options={['none', 'some', 'concerning'].map((value) => ({ value, label: enumLabel(intl, 'assessment.substanceUse', value) }))}
          value={values.substanceUse}
          onChange={set('substanceUse')}
        />
        <TextInput name="substanceUseNotes" label={label('substanceUseNotes')} multiline value={values.substanceUseNotes} onChange={set('substanceUseNotes')} />
        <RadioChoice
          name="mentalHealthScreen"
          label={label('mentalHealthScreen')}
          options={['no_concerns', 'follow_up_needed', 'urgent_referral'].map((value) => ({ value, label: enumLabel(intl, 'assessment.mentalHealth', value) }))}
          value={values.mentalHealthScreen}
          onChange={set('mentalHealthScreen')}
        />
        <TextInput name="mentalHealthNotes" label={label('mentalHealthNotes')} multiline value={values.mentalHealthNotes} onChange={set('mentalHealthNotes')} />
        <RadioChoice
          name="suitability"
          label={label('suitability')}
          options={['suitable', 'unsuitable'].map((value) => ({ value, label: enumLabel(intl, 'suitability', value) }))}
          value={values.suitability}
          onChange={set('suitability')}
        />
        <TextInput
          name="reasons"
          label={labels.reasons}
          description={intl.formatMessage({ id: 'assessment.reasons.help' })}
          multiline
          value={values.reasons}
          onChange={set('reasons')}
          error={problem?.fields.reasons}
        />
        <Button type="submit" className="button" isDisabled={write.isBusy}>
          <FormattedMessage id="assessment.submit" />
        </Button>
      </form>
    </section>
  );
}
