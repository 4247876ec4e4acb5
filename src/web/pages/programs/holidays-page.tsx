import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { holidayListSchema, holidaySchema, type Holiday } from '../../api/streams';
import { useApiQuery } from '../../api/use-api-query';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorSummary } from '../../components/error-summary';
import { FormDialog } from '../../components/form-dialog';
import { LoadState } from '../../components/load-state';
import { SelectField } from '../../components/select-field';
import { SuccessNotice } from '../../components/success-notice';
import { TextInput } from '../../components/text-input';
import { localName } from '../../format/local-name';
import { problemFromError, problemFromFields, type FormProblem } from '../../forms/form-problem';
import type { MessageId } from '../../i18n/messages';
import { useDocumentTitle } from '../../i18n/use-document-title';
import { hasPermission } from '../../session/has-permission';
import { useSession, useSignedInSession } from '../../session/session-context';
import { ProgramNav } from './program-nav';

/** The dialog that renames a holiday (its English and French names). */
function RenameHoliday({ holiday, isDisabled, onRename }: { holiday: Holiday; isDisabled: boolean; onRename: (name: string, nameFr: string) => void }) {
  const intl = useIntl();
  const [name, setName] = useState(holiday.name);
  const [nameFr, setNameFr] = useState(holiday.nameFr ?? '');
  const [error, setError] = useState<string>();
  return (
    <FormDialog
      triggerLabel={intl.formatMessage({ id: 'holidays.rename' }, { date: holiday.day })}
      submitLabel={intl.formatMessage({ id: 'holidays.rename.submit' })}
      title={intl.formatMessage({ id: 'holidays.rename.title' }, { date: holiday.day })}
      isDisabled={isDisabled}
      check={() => {
        if (name.trim()) return true;
        setError(intl.formatMessage({ id: 'form.required' }));
        return false;
      }}
      onConfirm={() => onRename(name.trim(), nameFr.trim())}
    >
      <TextInput name={`rename-${holiday.day}-name`} label={intl.formatMessage({ id: 'holidays.field.name' })} autoFocus value={name} onChange={setName} error={error} />
      <TextInput name={`rename-${holiday.day}-nameFr`} label={intl.formatMessage({ id: 'holidays.field.nameFr' })} lang="fr" value={nameFr} onChange={setNameFr} />
    </FormDialog>
  );
}

/**
 * `/programs/holidays`: the days the agency is closed, by year (kept in the address): no session
 * is scheduled on them. Those who manage the program add, rename and remove them; sessions
 * already scheduled on a new holiday stay, to be moved from the group's page.
 */
export function HolidaysPage() {
  const intl = useIntl();
  const session = useSignedInSession();
  const { api } = useSession();
  useDocumentTitle(intl.formatMessage({ id: 'holidays.title' }));
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const years = [thisYear - 1, thisYear, thisYear + 1, thisYear + 2];
  const asked = Number(params.get('year'));
  const year = years.includes(asked) ? asked : thisYear;
  const holidays = useApiQuery(`/holidays?year=${year}`, holidayListSchema);
  const canManage = hasPermission(session, 'program.manage');
  const [values, setValues] = useState({ day: '', name: '', nameFr: '' });
  const [problem, setProblem] = useState<FormProblem>();
  const [notice, setNotice] = useState<{ id: MessageId; date: string }>();
  const [isBusy, setBusy] = useState(false);
  const set = (name: keyof typeof values) => (value: string) => setValues((previous) => ({ ...previous, [name]: value }));
  const labels = {
    day: intl.formatMessage({ id: 'holidays.field.day' }),
    name: intl.formatMessage({ id: 'holidays.field.name' }),
    nameFr: intl.formatMessage({ id: 'holidays.field.nameFr' }),
  };

  /** Sends a change; on success says so and reads the year again. */
  const run = async (send: () => Promise<unknown>, done: MessageId, date: string) => {
    if (isBusy) return false;
    setBusy(true);
    setNotice(undefined);
    try {
      await send();
      setProblem(undefined);
      setNotice({ id: done, date });
      holidays.reload();
      return true;
    } catch (error) {
      setProblem(problemFromError(error, intl));
      return false;
    } finally {
      setBusy(false);
    }
  };
  const save = (day: string, name: string, nameFr: string) =>
    api.send('PUT', `/holidays/${day}`, { name, ...(nameFr ? { nameFr } : {}) }, holidaySchema);

  const onAdd = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const required = intl.formatMessage({ id: 'form.required' });
    const missing = problemFromFields(
      {
        day: /^\d{4}-\d{2}-\d{2}$/.test(values.day) ? undefined : required,
        name: values.name.trim() ? undefined : required,
      },
      intl,
    );
    setProblem(missing);
    if (missing) return;
    const done = await run(() => save(values.day, values.name.trim(), values.nameFr.trim()), 'holidays.added', values.day);
    if (done) {
      const added = Number(values.day.slice(0, 4));
      setValues({ day: '', name: '', nameFr: '' });
      // Show the year of the day just added.
      if (added !== year && years.includes(added)) setParams({ year: String(added) }, { replace: true });
    }
  };

  const list = holidays.data ?? [];
  return (
    <>
      <h1>
        <FormattedMessage id="holidays.title" />
      </h1>
      <ProgramNav />
      <p className="intro">
        <FormattedMessage id="holidays.intro" />
      </p>
      <SuccessNotice>{notice && <FormattedMessage id={notice.id} values={{ date: notice.date }} />}</SuccessNotice>
      {problem && <ErrorSummary problem={problem} labels={labels} />}
      <div className="filters">
        <SelectField
          name="year"
          label={intl.formatMessage({ id: 'holidays.year' })}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
          value={String(year)}
          onChange={(value) => value && setParams({ year: value }, { replace: true })}
        />
      </div>
      <LoadState isLoading={holidays.isLoading && !holidays.data} error={holidays.error} onRetry={holidays.reload} />
      {holidays.data && (
        <div className="table-scroll" role="region" aria-labelledby="holidays-caption" tabIndex={0}>
          <table className="table">
            <caption id="holidays-caption">
              <FormattedMessage id="holidays.caption" values={{ count: list.length, number: year }} />
            </caption>
            <thead>
              <tr>
                <th scope="col">
                  <FormattedMessage id="holidays.column.day" />
                </th>
                <th scope="col">
                  <FormattedMessage id="holidays.column.name" />
                </th>
                {canManage && (
                  <th scope="col">
                    <FormattedMessage id="holidays.column.actions" />
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {list.map((holiday) => (
                <tr key={holiday.day}>
                  <th scope="row">{holiday.day}</th>
                  <td>{localName(holiday, intl.locale)}</td>
                  {canManage && (
                    <td>
                      <div className="button-row">
                        <RenameHoliday
                          key={`${holiday.name}|${holiday.nameFr ?? ''}`}
                          holiday={holiday}
                          isDisabled={isBusy}
                          onRename={(name, nameFr) => void run(() => save(holiday.day, name, nameFr), 'holidays.renamed', holiday.day)}
                        />
                        <ConfirmDialog
                          triggerLabel={intl.formatMessage({ id: 'holidays.remove' }, { date: holiday.day })}
                          title={intl.formatMessage({ id: 'holidays.remove.title' }, { date: holiday.day, name: localName(holiday, intl.locale) })}
                          body={intl.formatMessage({ id: 'holidays.remove.body' })}
                          confirmLabel={intl.formatMessage({ id: 'holidays.remove.confirm' })}
                          isDisabled={isBusy}
                          isDanger
                          onConfirm={() => void run(() => api.send('DELETE', `/holidays/${holiday.day}`), 'holidays.removed', holiday.day)}
                        />
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canManage && (
        <section className="card" aria-labelledby="add-holiday-heading">
          <h2 id="add-holiday-heading">
            <FormattedMessage id="holidays.add.title" />
          </h2>
          <form className="form narrow" noValidate aria-labelledby="add-holiday-heading" onSubmit={(event) => void onAdd(event)}>
            <TextInput name="day" type="date" label={labels.day} value={values.day} onChange={set('day')} error={problem?.fields.day} />
            <TextInput name="name" label={labels.name} autoComplete="off" value={values.name} onChange={set('name')} error={problem?.fields.name} />
            <TextInput name="nameFr" label={labels.nameFr} lang="fr" autoComplete="off" value={values.nameFr} onChange={set('nameFr')} error={problem?.fields.nameFr} />
            <Button type="submit" className="button" isDisabled={isBusy}>
              <FormattedMessage id="holidays.add.submit" />
            </Button>
          </form>
        </section>
      )}
    </>
  );
}
