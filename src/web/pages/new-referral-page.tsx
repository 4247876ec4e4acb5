import { useRef, useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import { referralReceiptSchema, type DuplicateCandidate } from '../api/referral-receipt';
import { CheckboxItem } from '../components/checkbox-item';
import { ErrorSummary } from '../components/error-summary';
import { RadioChoice } from '../components/radio-choice';
import { SelectField } from '../components/select-field';
import { TextInput } from '../components/text-input';
import { problemFromFields, type FormProblem } from '../forms/form-problem';
import { problemFromNestedError } from '../forms/problem-from-nested-error';
import { hasPartner, referralBody, type ReferralFlags, type ReferralValues } from '../forms/referral-body';
import { enumLabel } from '../i18n/enum-label';
import { useDocumentTitle } from '../i18n/use-document-title';
import { useSession } from '../session/session-context';
import { DuplicateCheck } from './duplicate-check';

const personText = ['participant.givenName', 'participant.familyName', 'participant.preferredName', 'participant.dateOfBirth', 'participant.pronouns'];
const personContact = ['participant.phone', 'participant.email', 'participant.accessibilityNeeds'];
const referralText = ['referral.courtFileNumber', 'referral.courtLocation', 'referral.charges', 'referral.orderDate', 'referral.completeBy'];
const officerText = ['referral.officer.name', 'referral.officer.office', 'referral.officer.phone', 'referral.officer.email'];
const orderText = ['conditions.0.withWhom', 'conditions.0.exceptions', 'conditions.0.expiresOn'];
const partnerText = ['partners.0.fullName', 'partners.0.phone', 'partners.0.address', 'partners.0.childrenAges'];
const dates = ['participant.dateOfBirth', 'referral.orderDate', 'referral.completeBy', 'conditions.0.expiresOn'];
const multiline = ['referral.charges', 'participant.accessibilityNeeds', 'conditions.0.exceptions'];
const sources = ['court', 'probation', 'crown', 'central_intake', 'self', 'other'];
const streams = ['early_intervention', 'coordinated_prosecution', 'peace_bond', 'probation_order', 'bail_condition', 'voluntary'];
const genders = ['man', 'woman', 'non_binary', 'two_spirit', 'another'];
const relationships = ['victim', 'current_partner', 'former_partner', 'other'];

/**
 * `/referrals/new`: a referral as received (court, probation, self…): the person (or their
 * existing file), the referral, a no-contact order, and the people harmed, whose details go
 * straight to the partner-contact team. One key per form: a double submit makes one referral.
 */
export function NewReferralPage() {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: 'referral.new.title' }));
  const { api } = useSession();
  const navigate = useNavigate();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [values, setValues] = useState<ReferralValues>({ 'participant.language': 'en', 'participant.groupGender': 'men' });
  const [flags, setFlags] = useState<ReferralFlags>({});
  const [attached, setAttached] = useState<DuplicateCandidate>();
  const [problem, setProblem] = useState<FormProblem>();
  const submitting = useRef(false);
  const [isSubmitting, setSubmitting] = useState(false);
  const set = (name: string) => (value: string) => setValues((previous) => ({ ...previous, [name]: value }));
  const flag = (name: string) => (value: boolean) => setFlags((previous) => ({ ...previous, [name]: value }));
  const label = (name: string) => enumLabel(intl, 'field', name.replace(/\.\d+\./, '.'));
  const help = (name: string) => (dates.includes(name) ? intl.formatMessage({ id: 'field.date.help' }) : undefined);
  const personFields = attached ? [] : [...personText, 'participant.gender', 'participant.languageOther', ...personContact];
  const order = [...personFields, 'referral.source', 'referral.stream', ...referralText, ...officerText, ...orderText, 'partners.0.fullName', 'partners.0.relationship', ...partnerText.slice(1)];
  const labels = Object.fromEntries(order.map((name) => [name, label(name)]));

  const text = (name: string) => (
    <TextInput
      key={name}
      name={name}
      label={label(name)}
      description={help(name)}
      multiline={multiline.includes(name)}
      autoComplete="off"
      value={values[name] ?? ''}
      onChange={set(name)}
      error={problem?.fields[name]}
    />
  );
  const select = (name: string, options: string[], prefix: string) => (
    <SelectField
      name={name}
      label={label(name)}
      options={options.map((value) => ({ value, label: enumLabel(intl, prefix, value) }))}
      value={values[name] ?? ''}
      onChange={set(name)}
      error={problem?.fields[name]}
    />
  );

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting.current) return;
    const required = intl.formatMessage({ id: 'form.required' });
    const need = (name: string) => ((values[name] ?? '').trim() ? undefined : required);
    const partnerNamed = hasPartner(values);
    const missing = problemFromFields(
      {
        ...(attached ? {} : Object.fromEntries(['participant.givenName', 'participant.familyName', 'participant.dateOfBirth', 'participant.gender'].map((name) => [name, need(name)]))),
        'referral.source': need('referral.source'),
        'referral.stream': need('referral.stream'),
        'conditions.0.withWhom': flags.noContact ? need('conditions.0.withWhom') : undefined,
        'partners.0.fullName': partnerNamed ? need('partners.0.fullName') : undefined,
        'partners.0.relationship': partnerNamed ? need('partners.0.relationship') : undefined,
      },
      intl,
    );
    setProblem(missing);
    if (missing) return;
    submitting.current = true;
    setSubmitting(true);
    try {
      const receipt = await api.send('POST', '/referrals', referralBody(idempotencyKey, values, flags, attached?.participantId), referralReceiptSchema);
      await navigate(`/participants/${receipt.participantId}`, { state: { notice: 'referral.created' } });
    } catch (error) {
      setProblem(problemFromNestedError(error, intl));
      submitting.current = false;
      setSubmitting(false);
    }
  };

  return (
    <div className="narrow">
      <p className="breadcrumb">
        <Link to="/intake">
          <FormattedMessage id="participant.back" />
        </Link>
      </p>
      <h1>
        <FormattedMessage id="referral.new.title" />
      </h1>
      {problem && <ErrorSummary problem={problem} labels={labels} />}
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <fieldset className="fieldset">
          <legend>
            <FormattedMessage id="referral.section.person" />
          </legend>
          {!attached && personText.map(text)}
          <DuplicateCheck
            search={{
              givenName: values['participant.givenName'] ?? '',
              familyName: values['participant.familyName'] ?? '',
              dateOfBirth: values['participant.dateOfBirth'] ?? '',
              courtFileNumber: values['referral.courtFileNumber'] ?? '',
            }}
            attached={attached}
            onAttach={setAttached}
          />
          {!attached && (
            <>
              {select('participant.gender', genders, 'gender')}
              <RadioChoice
                name="participant.groupGender"
                label={label('participant.groupGender')}
                options={['men', 'women'].map((value) => ({ value, label: enumLabel(intl, 'groupGender', value) }))}
                value={values['participant.groupGender'] ?? 'men'}
                onChange={set('participant.groupGender')}
              />
              <RadioChoice
                name="participant.language"
                label={label('participant.language')}
                options={['en', 'fr', 'other'].map((value) => ({ value, label: enumLabel(intl, 'language', value) }))}
                value={values['participant.language'] ?? 'en'}
                onChange={set('participant.language')}
              />
              {values['participant.language'] === 'other' && text('participant.languageOther')}
              {['participant.interpreterNeeded', 'participant.indigenousIdentity', 'participant.safeToLeaveMessages'].map((name) => (
                <CheckboxItem key={name} isSelected={flags[name] ?? false} onChange={flag(name)}>
                  {label(name)}
                </CheckboxItem>
              ))}
              {personContact.map(text)}
            </>
          )}
        </fieldset>
        <fieldset className="fieldset">
          <legend>
            <FormattedMessage id="referral.section.referral" />
          </legend>
          {select('referral.source', sources, 'source')}
          {select('referral.stream', streams, 'stream')}
          {referralText.map(text)}
          {officerText.map(text)}
        </fieldset>
        <fieldset className="fieldset">
          <legend>
            <FormattedMessage id="referral.section.order" />
          </legend>
          <CheckboxItem isSelected={flags.noContact ?? false} onChange={flag('noContact')}>
            <FormattedMessage id="referral.noContact" />
          </CheckboxItem>
          {flags.noContact && orderText.map(text)}
        </fieldset>
        <fieldset className="fieldset partner-section">
          <legend>
            <FormattedMessage id="referral.section.partner" />
          </legend>
          <p className="notice notice-warning">
            <FormattedMessage id="referral.partner.note" />
          </p>
          {text('partners.0.fullName')}
          {select('partners.0.relationship', relationships, 'relationship')}
          {partnerText.slice(1).map(text)}
        </fieldset>
        <Button type="submit" className="button" isDisabled={isSubmitting}>
          <FormattedMessage id="referral.submit" />
        </Button>
      </form>
    </div>
  );
}
