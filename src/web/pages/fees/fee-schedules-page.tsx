import { useRef, useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { feeScheduleListSchema, feeScheduleSchema, formatCents, parseDollars, type FeeSchedule } from '../../api/fees';
import { programStreamListSchema, type ProgramStream } from '../../api/streams';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorSummary } from '../../components/error-summary';
import { LoadState } from '../../components/load-state';
import { SelectField } from '../../components/select-field';
import { SuccessNotice } from '../../components/success-notice';
import { TextInput } from '../../components/text-input';
import { fieldId } from '../../forms/field-id';
import { problemFromError, problemFromFields, type FormProblem } from '../../forms/form-problem';
import { useDocumentTitle } from '../../i18n/use-document-title';
import { hasPermission } from '../../session/has-permission';
import { useAgencyToday, useSession, useSignedInSession } from '../../session/session-context';
import './fees.css';

/** `/fees/schedules` (fee.read): each stream's sliding scale in force, its later and earlier versions, and for finance and managers (fee.schedule) a new version. */
export function FeeSchedulesPage() {
  const intl = useIntl();
  const session = useSignedInSession();
  const today = useAgencyToday();
  useDocumentTitle(intl.formatMessage({ id: 'fees.schedules.title' }));
  const schedules = useApiQuery('/fees/schedules', feeScheduleListSchema);
  const streams = useApiQuery('/streams', programStreamListSchema);
  const [notice, setNotice] = useState<{ stream: string; version: number; from: string }>();
  const heading = useRef<HTMLHeadingElement>(null);
  const french = intl.locale.startsWith('fr');
  const streamName = (schedule: Pick<FeeSchedule, 'streamName' | 'streamNameFr'>) => (french ? schedule.streamNameFr : schedule.streamName);
  const list = schedules.data?.schedules ?? [];
  const byStream = new Map<string, FeeSchedule[]>();
  for (const schedule of list) byStream.set(schedule.streamId, [...(byStream.get(schedule.streamId) ?? []), schedule]);
  const canEdit = hasPermission(session, 'fee.schedule');

  return (
    <>
      <p className="breadcrumb">
        <Link to="/fees">
          <FormattedMessage id="fees.back" />
        </Link>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        <FormattedMessage id="fees.schedules.title" />
      </h1>
      <p>
        <FormattedMessage id="fees.schedules.about" />
      </p>
      <SuccessNotice>{notice && <FormattedMessage id="fees.schedules.saved" values={notice} />}</SuccessNotice>
      <LoadState isLoading={schedules.isLoading && !schedules.data} error={schedules.error} onRetry={schedules.reload} />
      {schedules.data && list.length === 0 && (
        <p>
          <FormattedMessage id="fees.schedules.none" />
        </p>
      )}
      {[...byStream.entries()].map(([streamId, versions]) => {
        const sorted = [...versions].sort((a, b) => b.version - a.version);
        const inForce = sorted.find((schedule) => schedule.inForce);
        const others = sorted.filter((schedule) => schedule !== inForce);
        const first = sorted[0];
        return (
          <section key={streamId} aria-labelledby={`schedule-${streamId}`} className="stack">
            <h2 id={`schedule-${streamId}`}>{first ? streamName(first) : streamId}</h2>
            {inForce ? (
              <ScheduleTable schedule={inForce} label={intl.formatMessage({ id: 'fees.schedules.inForce' }, { version: inForce.version, from: inForce.effectiveFrom })} />
            ) : (
              <p>
                <FormattedMessage id="fees.schedules.noneInForce" />
              </p>
            )}
            {others.map((schedule) => (
              <details key={schedule.id}>
                <summary>
                  <FormattedMessage
                    id={schedule.effectiveFrom > today ? 'fees.schedules.later' : 'fees.schedules.earlier'}
                    values={{ version: schedule.version, from: schedule.effectiveFrom }}
                  />
                </summary>
                <ScheduleTable schedule={schedule} label={intl.formatMessage({ id: 'fees.schedules.versionLabel' }, { version: schedule.version, from: schedule.effectiveFrom })} />
              </details>
            ))}
          </section>
        );
      })}
      {canEdit && streams.data && (
        <NewScheduleForm
          streams={streams.data.filter((stream) => !stream.retired)}
          schedules={list}
          onSaved={(saved) => {
            setNotice({ stream: streamName(saved), version: saved.version, from: saved.effectiveFrom });
            schedules.reload();
            heading.current?.focus();
          }}
        />
      )}
    </>
  );
}

function ScheduleTable({ schedule, label }: { schedule: FeeSchedule; label: string }) {
  const intl = useIntl();
  const money = (cents: number) => formatCents(cents, intl.locale);
  const bands = [...schedule.bands].sort((a, b) => a.minHouseholdSize - b.minHouseholdSize || (a.maxIncomeCents ?? Infinity) - (b.maxIncomeCents ?? Infinity));
  return (
    <>
      <p>
        <FormattedMessage id="fees.schedules.private" values={{ amount: money(schedule.privateSessionFeeCents), sessions: schedule.sessionsRequired }} />
      </p>
      <table className="table fees-bands">
        <caption>{label}</caption>
        <thead>
          <tr>
            <th scope="col"><FormattedMessage id="fees.band.household" /></th>
            <th scope="col" className="money"><FormattedMessage id="fees.band.income" /></th>
            <th scope="col" className="money"><FormattedMessage id="fees.band.total" /></th>
            <th scope="col" className="money"><FormattedMessage id="fees.band.perSession" /></th>
          </tr>
        </thead>
        <tbody>
          {bands.map((band, index) => (
            <tr key={index}>
              <td><FormattedMessage id="fees.band.householdValue" values={{ size: band.minHouseholdSize }} /></td>
              <td className="money">{band.maxIncomeCents === null ? intl.formatMessage({ id: 'fees.band.noLimit' }) : money(band.maxIncomeCents)}</td>
              <td className="money">{money(band.totalFeeCents)}</td>
              <td className="money">{schedule.sessionsRequired > 0 ? money(Math.floor(band.totalFeeCents / schedule.sessionsRequired)) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

interface BandRow {
  household: string;
  income: string;
  total: string;
}

const dollars = (cents: number) => (cents / 100).toFixed(2);

/** A new version of a stream's schedule, starting from the version in force; it applies to assessments made from its first day. */
function NewScheduleForm({ streams, schedules, onSaved }: { streams: ProgramStream[]; schedules: FeeSchedule[]; onSaved: (saved: FeeSchedule) => void }) {
  const intl = useIntl();
  const { api } = useSession();
  const today = useAgencyToday();
  const french = intl.locale.startsWith('fr');
  const startFrom = (streamId: string) => {
    const current = schedules.filter((schedule) => schedule.streamId === streamId).sort((a, b) => b.version - a.version)[0];
    return {
      streamId,
      effectiveFrom: today,
      privateSession: dollars(current?.privateSessionFeeCents ?? 12500),
      bands: (current?.bands ?? [{ minHouseholdSize: 1, maxIncomeCents: null, totalFeeCents: 0 }]).map((band) => ({
        household: String(band.minHouseholdSize),
        income: band.maxIncomeCents === null ? '' : dollars(band.maxIncomeCents),
        total: dollars(band.totalFeeCents),
      })),
    };
  };
  const [form, setForm] = useState(() => startFrom(streams[0]?.id ?? ''));
  const [problem, setProblem] = useState<FormProblem>();
  const [isBusy, setBusy] = useState(false);
  const setBand = (index: number, patch: Partial<BandRow>) => setForm((previous) => ({ ...previous, bands: previous.bands.map((band, i) => (i === index ? { ...band, ...patch } : band)) }));
  const labels: Record<string, string> = {
    streamId: intl.formatMessage({ id: 'fees.schedules.stream' }),
    effectiveFrom: intl.formatMessage({ id: 'fees.schedules.effectiveFrom' }),
    privateSessionFeeCents: intl.formatMessage({ id: 'fees.schedules.privateFee' }),
    bands: intl.formatMessage({ id: 'fees.schedules.bands' }),
  };
  form.bands.forEach((_, index) => {
    labels[`band-${index}-household`] = intl.formatMessage({ id: 'fees.band.householdOf' }, { row: index + 1 });
    labels[`band-${index}-income`] = intl.formatMessage({ id: 'fees.band.incomeOf' }, { row: index + 1 });
    labels[`band-${index}-total`] = intl.formatMessage({ id: 'fees.band.totalOf' }, { row: index + 1 });
  });

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isBusy) return;
    const fields: FormProblem['fields'] = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(form.effectiveFrom.trim())) fields.effectiveFrom = intl.formatMessage({ id: 'fees.report.date.invalid' });
    const privateCents = parseDollars(form.privateSession);
    if (privateCents === undefined) fields.privateSessionFeeCents = intl.formatMessage({ id: 'fees.amount.invalid' });
    const bands = form.bands.map((band, index) => {
      const household = Number(band.household.trim());
      if (!/^\d+$/.test(band.household.trim()) || household < 1 || household > 20) fields[`band-${index}-household`] = intl.formatMessage({ id: 'fees.band.household.invalid' });
      const income = band.income.trim() === '' ? null : parseDollars(band.income);
      if (income === undefined) fields[`band-${index}-income`] = intl.formatMessage({ id: 'fees.amount.invalid' });
      const total = parseDollars(band.total);
      if (total === undefined) fields[`band-${index}-total`] = intl.formatMessage({ id: 'fees.amount.invalid' });
      return { minHouseholdSize: household, maxIncomeCents: income ?? null, totalFeeCents: total ?? 0 };
    });
    const local = problemFromFields(fields, intl);
    setProblem(local);
    if (local) return;
    setBusy(true);
    try {
      const saved = await api.send('POST', '/fees/schedules', { streamId: form.streamId, effectiveFrom: form.effectiveFrom.trim(), privateSessionFeeCents: privateCents, bands }, feeScheduleSchema);
      setProblem(undefined);
      onSaved(saved);
    } catch (error) {
      setProblem(problemFromError(error, intl, { 'fees.schedule_effective_too_early': 'effectiveFrom', 'fees.bands_incomplete': 'bands', 'fees.bands_overlap': 'bands' }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="new-schedule-heading">
      <h2 id="new-schedule-heading">
        <FormattedMessage id="fees.schedules.new" />
      </h2>
      <p>
        <FormattedMessage id="fees.schedules.newAbout" />
      </p>
      <form noValidate onSubmit={(event) => void onSubmit(event)} className="stack">
        {problem && <ErrorSummary problem={problem} labels={labels} />}
        <SelectField
          name="streamId"
          label={labels.streamId ?? ''}
          options={streams.map((stream) => ({ value: stream.id, label: french ? stream.nameFr : stream.name }))}
          value={form.streamId}
          onChange={(value) => setForm(startFrom(value))}
          error={problem?.fields.streamId}
        />
        <TextInput name="effectiveFrom" label={labels.effectiveFrom ?? ''} description={intl.formatMessage({ id: 'fees.dateHelp' })} value={form.effectiveFrom} onChange={(value) => setForm((previous) => ({ ...previous, effectiveFrom: value }))} error={problem?.fields.effectiveFrom} isRequired />
        <TextInput name="privateSessionFeeCents" label={labels.privateSessionFeeCents ?? ''} inputMode="decimal" value={form.privateSession} onChange={(value) => setForm((previous) => ({ ...previous, privateSession: value }))} error={problem?.fields.privateSessionFeeCents} isRequired />
        <fieldset id={fieldId('bands')} className="fees-bands">
          <legend>{labels.bands}</legend>
          <p>
            <FormattedMessage id="fees.schedules.bandsHelp" />
          </p>
          {problem?.fields.bands && <p className="field-error">{problem.fields.bands}</p>}
          {form.bands.map((band, index) => (
            <div key={index} className="button-row">
              <TextInput name={`band-${index}-household`} label={labels[`band-${index}-household`] ?? ''} inputMode="numeric" value={band.household} onChange={(value) => setBand(index, { household: value })} error={problem?.fields[`band-${index}-household`]} />
              <TextInput name={`band-${index}-income`} label={labels[`band-${index}-income`] ?? ''} description={intl.formatMessage({ id: 'fees.band.income.help' })} inputMode="decimal" value={band.income} onChange={(value) => setBand(index, { income: value })} error={problem?.fields[`band-${index}-income`]} />
              <TextInput name={`band-${index}-total`} label={labels[`band-${index}-total`] ?? ''} inputMode="decimal" value={band.total} onChange={(value) => setBand(index, { total: value })} error={problem?.fields[`band-${index}-total`]} />
              <Button
                className="button button-secondary"
                isDisabled={form.bands.length <= 1}
                onPress={() => setForm((previous) => ({ ...previous, bands: previous.bands.filter((_, i) => i !== index) }))}
              >
                <FormattedMessage id="fees.band.remove" values={{ row: index + 1 }} />
              </Button>
            </div>
          ))}
          <Button className="button button-secondary" onPress={() => setForm((previous) => ({ ...previous, bands: [...previous.bands, { household: '1', income: '', total: '' }] }))}>
            <FormattedMessage id="fees.band.add" />
          </Button>
        </fieldset>
        <div className="button-row">
          <Button type="submit" className="button" isDisabled={isBusy || form.streamId === ''}>
            <FormattedMessage id="fees.schedules.save" />
          </Button>
        </div>
      </form>
    </section>
  );
}
