import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import { referralReceiptSchema, type DuplicateCandidate } from '../api/referral-receipt';
import { ErrorSummary } from '../components/error-summary';
import { fieldId } from '../forms/field-id';
import { problemFromFields, type FormProblem } from '../forms/form-problem';
import { missingParticipantFields, type FieldFlags, type FieldValues } from '../forms/participant-details';
import { problemFromNestedError } from '../forms/problem-from-nested-error';
import {
  childrenAges,
  conditionFields,
  fieldOfPath,
  partnerFields,
  referralBody,
  rowField,
  rowsToSend,
  type ReferralRows,
} from '../forms/referral-body';
import { useFieldControls } from '../forms/use-field-controls';
import { fieldLabel } from '../i18n/field-label';
import { useDocumentTitle } from '../i18n/use-document-title';
import { useSession } from '../session/session-context';
import { DuplicateCheck } from './duplicate-check';
import { ParticipantFields, participantFieldNames } from './participant-fields';

const referralText = ['referral.courtFileNumber', 'referral.courtLocation', 'referral.charges', 'referral.orderDate', 'referral.completeBy'];
const officerText = ['referral.officer.name', 'referral.officer.office', 'referral.officer.phone', 'referral.officer.email'];
const sources = ['court', 'probation', 'crown', 'central_intake', 'self', 'other'];
const streams = ['early_intervention', 'coordinated_prosecution', 'peace_bond', 'probation_order', 'bail_condition', 'voluntary'];
const conditionKinds = ['no_contact', 'no_go', 'weapons', 'abstain', 'other'];
const relationships = ['victim', 'current_partner', 'former_partner', 'other'];
/** What the API takes in one referral. */
const maxRows: Record<keyof ReferralRows, number> = { conditions: 10, partners: 5 };

/**
 * `/referrals/new`: a referral as received (court, probation, self…): the person (or their
 * existing file), the referral, its court conditions, and the people harmed, whose details go
 * straight to the partner-contact team. One key per form: a double submit makes one referral.
 */
export function NewReferralPage() {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: 'referral.new.title' }));
  const { api } = useSession();
  const navigate = useNavigate();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [values, setValues] = useState<FieldValues>({ 'participant.language': 'en', 'participant.groupGender': 'men' });
  const [flags, setFlags] = useState<FieldFlags>({});
  const [rows, setRows] = useState<ReferralRows>({ conditions: [], partners: ['r1'] });
  const lastRow = useRef(1);
  // An element to focus once the rows have changed: a new row, or the add button after a removal.
  const [focusTarget, setFocusTarget] = useState<string>();
  const [attached, setAttached] = useState<DuplicateCandidate>();
  const [problem, setProblem] = useState<FormProblem>();
  const submitting = useRef(false);
  const [isSubmitting, setSubmitting] = useState(false);
  const set = (name: string, value: string) => setValues((previous) => ({ ...previous, [name]: value }));
  const { text, select } = useFieldControls(values, set, problem);

  useEffect(() => {
    if (!focusTarget) return;
    const target = document.getElementById(focusTarget);
    (target?.matches('button') ? target : target?.querySelector<HTMLElement>('input, textarea, button'))?.focus();
    setFocusTarget(undefined);
  }, [focusTarget]);

  const rowLegend = (section: keyof ReferralRows, row: string) =>
    intl.formatMessage({ id: section === 'conditions' ? 'referral.condition.legend' : 'referral.partner.legend' }, { number: rows[section].indexOf(row) + 1 });
  /** "No contact with" for a no-contact order; for other conditions, who they concern, if anyone. */
  const withWhomLabel = (row: string) =>
    values[rowField('conditions', row, 'kind')] === 'no_contact' ? fieldLabel(intl, 'conditions.withWhom') : intl.formatMessage({ id: 'field.conditions.withWhomOptional' });
  const rowLabel = (section: keyof ReferralRows, row: string, field: string) =>
    intl.formatMessage(
      { id: 'form.rowField' },
      { row: rowLegend(section, row), label: field === 'withWhom' ? withWhomLabel(row) : fieldLabel(intl, rowField(section, row, field)) },
    );
  const rowLabels = (section: keyof ReferralRows, fields: readonly string[]) =>
    rows[section].flatMap((row) => fields.map((field) => [rowField(section, row, field), rowLabel(section, row, field)]));
  const labels = Object.fromEntries([
    ...(attached ? [] : participantFieldNames(values)).map((name) => [name, fieldLabel(intl, name)]),
    ...['referral.source', 'referral.stream', ...referralText, ...officerText].map((name) => [name, fieldLabel(intl, name)]),
    ...rowLabels('conditions', conditionFields),
    ...rowLabels('partners', partnerFields),
  ]);

  const addRow = (section: keyof ReferralRows) => {
    const row = `r${++lastRow.current}`;
    setRows((previous) => ({ ...previous, [section]: [...previous[section], row] }));
    if (section === 'conditions') set(rowField(section, row, 'kind'), 'no_contact');
    setFocusTarget(`row-${section}-${row}`);
  };
  const removeRow = (section: keyof ReferralRows, row: string) => {
    const prefix = `${section}.${row}.`;
    const keep = <T,>(record: Partial<Record<string, T>>) => Object.fromEntries(Object.entries(record).filter(([name]) => !name.startsWith(prefix)));
    setRows((previous) => ({ ...previous, [section]: previous[section].filter((id) => id !== row) }));
    setValues((previous) => keep(previous) as FieldValues);
    setProblem((previous) => previous && { ...previous, fields: keep(previous.fields) });
    setFocusTarget(`add-${section}`);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting.current) return;
    const required = intl.formatMessage({ id: 'form.required' });
    const need = (name: string) => ((values[name] ?? '').trim() ? undefined : required);
    const sent = rowsToSend(values, rows);
    const ages = (row: string) => childrenAges(values[rowField('partners', row, 'childrenAges')]);
    const missing = problemFromFields(
      {
        ...(attached ? {} : missingParticipantFields(values, required)),
        'referral.source': need('referral.source'),
        'referral.stream': need('referral.stream'),
        ...Object.fromEntries(
          sent.conditions.flatMap((row) => [
            [rowField('conditions', row, 'kind'), need(rowField('conditions', row, 'kind'))],
            [rowField('conditions', row, 'withWhom'), values[rowField('conditions', row, 'kind')] === 'no_contact' ? need(rowField('conditions', row, 'withWhom')) : undefined],
          ]),
        ),
        ...Object.fromEntries(
          sent.partners.flatMap((row) => [
            [rowField('partners', row, 'fullName'), need(rowField('partners', row, 'fullName'))],
            [rowField('partners', row, 'relationship'), need(rowField('partners', row, 'relationship'))],
            [
              rowField('partners', row, 'childrenAges'),
              ages(row).every((age) => Number.isInteger(age) && age <= 25) ? undefined : intl.formatMessage({ id: 'referral.childrenAges.invalid' }),
            ],
          ]),
        ),
      },
      intl,
    );
    setProblem(missing);
    if (missing) return;
    submitting.current = true;
    setSubmitting(true);
    try {
      const body = referralBody(idempotencyKey, values, flags, attached?.participantId, sent);
      const receipt = await api.send('POST', '/referrals', body, referralReceiptSchema);
      await navigate(`/participants/${receipt.participantId}`, { state: { notice: 'referral.created' } });
    } catch (error) {
      // Everything typed stays; each message goes to the row it concerns.
      setProblem(problemFromNestedError(error, intl, (path) => fieldOfPath(path, sent)));
      submitting.current = false;
      setSubmitting(false);
    }
  };

  const rowSection = (section: keyof ReferralRows, render: (row: string) => ReactNode) => (
    <>
      {rows[section].map((row) => (
        <fieldset key={row} id={`row-${section}-${row}`} className="fieldset row-fieldset">
          <legend className="row-legend">{rowLegend(section, row)}</legend>
          {render(row)}
          <Button className="button button-secondary" onPress={() => removeRow(section, row)}>
            <FormattedMessage id={section === 'conditions' ? 'referral.condition.remove' : 'referral.partner.remove'} values={{ number: rows[section].indexOf(row) + 1 }} />
          </Button>
        </fieldset>
      ))}
      {rows[section].length >= maxRows[section] && (
        <p className="field-description">
          <FormattedMessage id={section === 'conditions' ? 'referral.condition.max' : 'referral.partner.max'} values={{ max: maxRows[section] }} />
        </p>
      )}
      <Button id={`add-${section}`} className="button button-secondary" isDisabled={rows[section].length >= maxRows[section]} onPress={() => addRow(section)}>
        <FormattedMessage id={section === 'conditions' ? 'referral.condition.add' : 'referral.partner.add'} />
      </Button>
    </>
  );

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
          {attached ? (
            <DuplicateCheck search={{ givenName: '', familyName: '', dateOfBirth: '', courtFileNumber: '' }} attached={attached} onAttach={setAttached} />
          ) : (
            <ParticipantFields
              values={values}
              flags={flags}
              onValue={set}
              onFlag={(name, value) => setFlags((previous) => ({ ...previous, [name]: value }))}
              problem={problem}
              afterNames={
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
              }
            />
          )}
        </fieldset>
        <fieldset className="fieldset">
          <legend>
            <FormattedMessage id="referral.section.referral" />
          </legend>
          {select('referral.source', sources, 'source')}
          {select('referral.stream', streams, 'stream')}
          {referralText.map((name) => text(name, { multiline: name === 'referral.charges', date: name === 'referral.orderDate' || name === 'referral.completeBy' }))}
          {officerText.map((name) => text(name, { type: name === 'referral.officer.email' ? 'email' : name === 'referral.officer.phone' ? 'tel' : 'text' }))}
        </fieldset>
        <fieldset className="fieldset">
          <legend>
            <FormattedMessage id="referral.section.order" />
          </legend>
          <p className="field-description">
            <FormattedMessage id="referral.conditions.intro" />
          </p>
          {rowSection('conditions', (row) => (
            <>
              {select(rowField('conditions', row, 'kind'), conditionKinds, 'condition')}
              {text(rowField('conditions', row, 'withWhom'), { label: withWhomLabel(row) })}
              {text(rowField('conditions', row, 'exceptions'), { multiline: true })}
              {text(rowField('conditions', row, 'expiresOn'), { date: true })}
            </>
          ))}
        </fieldset>
        <fieldset className="fieldset partner-section">
          <legend>
            <FormattedMessage id="referral.section.partner" />
          </legend>
          <p className="notice notice-warning">
            <FormattedMessage id="referral.partner.note" />
          </p>
          {rowSection('partners', (row) => (
            <>
              {text(rowField('partners', row, 'fullName'))}
              {select(rowField('partners', row, 'relationship'), relationships, 'relationship')}
              {select(rowField('partners', row, 'language'), ['en', 'fr', 'other'], 'language')}
              {text(rowField('partners', row, 'phone'), { type: 'tel' })}
              {text(rowField('partners', row, 'address'))}
              {text(rowField('partners', row, 'childrenAges'))}
            </>
          ))}
        </fieldset>
        <Button type="submit" className="button" isDisabled={isSubmitting}>
          <FormattedMessage id="referral.submit" />
        </Button>
      </form>
    </div>
  );
}
