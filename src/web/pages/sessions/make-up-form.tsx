import { useEffect, useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { ApiError } from '../../api/api-error';
import { groupDetailSchema, groupListSchema } from '../../api/groups-read';
import { markSchema, type Roster } from '../../api/roster';
import { ErrorSummary } from '../../components/error-summary';
import { ErrorText } from '../../components/error-text';
import { RadioChoice } from '../../components/radio-choice';
import { SelectField, type SelectOption } from '../../components/select-field';
import { SuccessNotice } from '../../components/success-notice';
import { TextInput } from '../../components/text-input';
import { problemFromError, problemFromFields, type FormProblem } from '../../forms/form-problem';
import { enumLabel } from '../../i18n/enum-label';
import { useSession } from '../../session/session-context';

/** Props of {@link MakeUpForm}. */
export interface MakeUpFormProps {
  roster: Roster;
  /** Reads the roster again, so that the person shows on it. */
  refresh: () => Promise<void>;
}

/**
 * The members of the agency's other open groups, as choices ("name (group)"): whoever may come
 * to this session to make one of theirs up. People already on the roster are left out.
 */
function useOtherMembers(roster: Roster): { options: SelectOption[] | undefined; error: ApiError | undefined } {
  const { api } = useSession();
  const [state, setState] = useState<{ options: SelectOption[] | undefined; error: ApiError | undefined }>({ options: undefined, error: undefined });
  const { groupId } = roster.session;
  useEffect(() => {
    const controller = new AbortController();
    const load = async () => {
      const groups = await api.get('/groups', groupListSchema, controller.signal);
      const others = groups.filter((group) => group.id !== groupId && group.status === 'open');
      const details = await Promise.all(others.map((group) => api.get(`/groups/${group.id}`, groupDetailSchema, controller.signal)));
      return details.flatMap((group) => group.memberList.map((member) => ({ value: member.participantId, name: member.name, group: group.name })));
    };
    load().then(
      (members) => {
        if (controller.signal.aborted) return;
        const sorted = members.sort((a, b) => a.name.localeCompare(b.name));
        setState({ options: sorted.map((member) => ({ value: member.value, label: `${member.name} (${member.group})` })), error: undefined });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ options: undefined, error: ApiError.from(error) });
      },
    );
    return () => controller.abort();
  }, [api, groupId]);
  const onRoster = new Set(roster.people.map((person) => person.participantId));
  return { options: state.options?.filter((option) => !onRoster.has(option.value)), error: state.error };
}

const statuses = ['present', 'late'] as const;

/** "Add a make-up attendance": someone from another group attended this session to make one of theirs up. */
export function MakeUpForm({ roster, refresh }: MakeUpFormProps) {
  const intl = useIntl();
  const { api } = useSession();
  const { options, error: loadError } = useOtherMembers(roster);
  const [values, setValues] = useState({ participantId: '', status: 'present', minutesLate: '' });
  const [problem, setProblem] = useState<FormProblem>();
  const [notice, setNotice] = useState<string>();
  const [isBusy, setBusy] = useState(false);
  const set = (name: keyof typeof values) => (value: string) => setValues((previous) => ({ ...previous, [name]: value }));
  const labels = {
    participantId: intl.formatMessage({ id: 'roster.makeUp.person' }),
    status: intl.formatMessage({ id: 'roster.makeUp.status' }),
    minutesLate: intl.formatMessage({ id: 'roster.minutesLate' }),
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isBusy) return;
    const minutes = values.minutesLate.trim();
    const missing = problemFromFields(
      {
        participantId: values.participantId ? undefined : intl.formatMessage({ id: 'form.required' }),
        minutesLate:
          values.status !== 'late'
            ? undefined
            : minutes === ''
              ? intl.formatMessage({ id: 'roster.check.minutesRequired' })
              : /^\d+$/.test(minutes) && Number(minutes) >= 1 && Number(minutes) <= 480
                ? undefined
                : intl.formatMessage({ id: 'roster.check.minutesInvalid' }),
      },
      intl,
    );
    setNotice(undefined);
    setProblem(missing);
    if (missing) return;
    setBusy(true);
    try {
      const name = options?.find((option) => option.value === values.participantId)?.label ?? '';
      await api.send(
        'POST',
        `/sessions/${roster.session.sessionId}/make-ups`,
        { participantId: values.participantId, status: values.status, ...(values.status === 'late' ? { minutesLate: Number(minutes) } : {}) },
        markSchema,
      );
      await refresh().catch(() => undefined);
      setValues({ participantId: '', status: 'present', minutesLate: '' });
      setNotice(intl.formatMessage({ id: 'roster.makeUp.done' }, { name }));
    } catch (error) {
      setProblem(problemFromError(error, intl));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="make-up-heading">
      <h2 id="make-up-heading">
        <FormattedMessage id="roster.makeUp.title" />
      </h2>
      <p>
        <FormattedMessage id="roster.makeUp.intro" />
      </p>
      {loadError && (
        <p className="notice notice-error">
          <ErrorText error={loadError} />
        </p>
      )}
      {options?.length === 0 && (
        <p>
          <FormattedMessage id="roster.makeUp.none" />
        </p>
      )}
      {problem && <ErrorSummary problem={problem} labels={labels} />}
      {options && options.length > 0 && (
        <form className="form" noValidate onSubmit={(event) => void onSubmit(event)} aria-labelledby="make-up-heading">
          <SelectField name="participantId" label={labels.participantId} options={options} value={values.participantId} onChange={set('participantId')} error={problem?.fields.participantId} />
          <RadioChoice
            name="status"
            label={labels.status}
            options={statuses.map((status) => ({ value: status, label: enumLabel(intl, 'attendanceStatus', status) }))}
            value={values.status}
            onChange={set('status')}
            error={problem?.fields.status}
          />
          {values.status === 'late' && (
            <TextInput
              name="minutesLate"
              label={labels.minutesLate}
              inputMode="numeric"
              autoComplete="off"
              inputClassName="field-input-number"
              value={values.minutesLate}
              onChange={set('minutesLate')}
              error={problem?.fields.minutesLate}
            />
          )}
          <Button type="submit" className="button" isDisabled={isBusy}>
            <FormattedMessage id="roster.makeUp.submit" />
          </Button>
        </form>
      )}
      <SuccessNotice>{notice}</SuccessNotice>
    </section>
  );
}
