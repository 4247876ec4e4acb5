import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import { facilitatorListSchema, weekdays } from '../../api/groups-manage';
import { groupDetailSchema } from '../../api/groups-read';
import { siteListSchema } from '../../api/sites';
import { programStreamListSchema } from '../../api/streams';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorSummary } from '../../components/error-summary';
import { LoadState } from '../../components/load-state';
import { NumberInput } from '../../components/number-input';
import { SelectField } from '../../components/select-field';
import { TextInput } from '../../components/text-input';
import { localName } from '../../format/local-name';
import { timeZoneName } from '../../format/time-zone-name';
import { problemFromError, problemFromFields, type FormProblem } from '../../forms/form-problem';
import { useDocumentTitle } from '../../i18n/use-document-title';
import { useSession } from '../../session/session-context';
import { FacilitatorCheckboxes, maxFacilitators } from './facilitator-checkboxes';
import { weekdayName } from './group-format';

/** Server codes that are about one field of this form. */
const codeFields = {
  'groups.name_taken': 'name',
  'groups.stream_retired': 'streamId',
  'groups.site_required': 'siteId',
  'groups.site_not_found': 'siteId',
  'groups.capacity_above_policy': 'capacity',
  'groups.not_a_facilitator': 'facilitatorIds',
};

/** Time zones offered for a group with no site (by phone or video): Canada's, east to west. */
const canadianZones = ['America/St_Johns', 'America/Halifax', 'America/Toronto', 'America/Winnipeg', 'America/Regina', 'America/Edmonton', 'America/Vancouver', 'America/Whitehorse'];

/** What the form holds (text as typed; numbers NaN while empty). */
interface Values {
  streamId: string;
  name: string;
  siteId: string;
  room: string;
  bridge: string;
  timeZone: string;
  weekday: string;
  startTime: string;
  startDate: string;
}

/**
 * `/groups/new`: a manager starts a group of a stream: its name, where (site and room, or a
 * telephone bridge or meeting link for phone and video streams), when (weekday, time on the
 * site's clock, first date), how many it holds (the stream's largest group by default), up to two
 * co-facilitators, and how many sessions to schedule now (holidays are skipped).
 */
export function NewGroupPage() {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: 'groups.new.title' }));
  const { api } = useSession();
  const navigate = useNavigate();
  const streams = useApiQuery('/streams', programStreamListSchema);
  const sites = useApiQuery('/sites', siteListSchema);
  const facilitators = useApiQuery('/facilitators', facilitatorListSchema);
  const [values, setValues] = useState<Values>({ streamId: '', name: '', siteId: '', room: '', bridge: '', timeZone: '', weekday: '', startTime: '', startDate: '' });
  const [capacity, setCapacity] = useState(Number.NaN);
  const [sessions, setSessions] = useState(12);
  const [facilitatorIds, setFacilitatorIds] = useState<string[]>([]);
  const [problem, setProblem] = useState<FormProblem>();
  const [isSubmitting, setSubmitting] = useState(false);
  const set = (name: keyof Values) => (value: string) => setValues((previous) => ({ ...previous, [name]: value }));
  const locale = intl.locale;
  const open = (streams.data ?? []).filter((stream) => !stream.retired);
  const stream = open.find((s) => s.id === values.streamId);
  const delivery = typeof stream?.policy.delivery === 'string' ? stream.policy.delivery : 'in_person';
  const largest = typeof stream?.policy.groupSizeMax === 'number' ? stream.policy.groupSizeMax : 40;
  const isRemote = delivery !== 'in_person';
  const labels = {
    streamId: intl.formatMessage({ id: 'groups.field.stream' }),
    name: intl.formatMessage({ id: 'groups.field.name' }),
    siteId: intl.formatMessage({ id: isRemote ? 'groups.field.siteOptional' : 'groups.field.site' }),
    room: intl.formatMessage({ id: 'groups.field.room' }),
    bridge: intl.formatMessage({ id: 'groups.field.bridge' }),
    timeZone: intl.formatMessage({ id: 'groups.field.timeZone' }),
    weekday: intl.formatMessage({ id: 'groups.field.weekday' }),
    startTime: intl.formatMessage({ id: 'groups.field.startTime' }),
    startDate: intl.formatMessage({ id: 'groups.field.startDate' }),
    capacity: intl.formatMessage({ id: 'groups.field.capacity' }),
    facilitatorIds: intl.formatMessage({ id: 'groups.field.facilitators' }),
    sessions: intl.formatMessage({ id: 'groups.field.sessions' }),
  };

  const chooseStream = (streamId: string) => {
    set('streamId')(streamId);
    // The capacity follows the stream's largest group until the manager sets it.
    const chosen = open.find((s) => s.id === streamId);
    if (typeof chosen?.policy.groupSizeMax === 'number') setCapacity(chosen.policy.groupSizeMax);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isSubmitting) return;
    const required = intl.formatMessage({ id: 'form.required' });
    const needs = (value: string) => (value.trim() ? undefined : required);
    const range = (value: number, min: number, max: number) =>
      Number.isInteger(value) && value >= min && value <= max ? undefined : intl.formatMessage({ id: 'groups.field.range' }, { min, max });
    const missing = problemFromFields(
      {
        streamId: needs(values.streamId),
        name: needs(values.name),
        siteId: isRemote ? undefined : needs(values.siteId),
        timeZone: values.siteId ? undefined : needs(values.timeZone),
        weekday: needs(values.weekday),
        startTime: needs(values.startTime),
        startDate: needs(values.startDate),
        capacity: range(capacity, 1, largest),
        facilitatorIds: facilitatorIds.length > maxFacilitators ? intl.formatMessage({ id: 'groups.field.facilitators.tooMany' }, { max: maxFacilitators }) : undefined,
        sessions: range(sessions, 1, 52),
      },
      intl,
    );
    setProblem(missing);
    if (missing) return;
    setSubmitting(true);
    const optional = (value: string) => (value.trim() ? value.trim() : undefined);
    const body = {
      streamId: values.streamId,
      name: values.name.trim(),
      siteId: optional(values.siteId),
      room: optional(values.room),
      bridge: isRemote ? optional(values.bridge) : undefined,
      timeZone: values.siteId ? undefined : values.timeZone,
      weekday: Number(values.weekday),
      startTime: values.startTime,
      startDate: values.startDate,
      capacity,
      facilitatorIds,
      sessions,
    };
    try {
      const created = await api.send('POST', '/groups', body, groupDetailSchema);
      await navigate('/groups', { state: { created: created.name } });
    } catch (error) {
      setProblem(problemFromError(error, intl, codeFields));
      setSubmitting(false);
    }
  };

  const loading = [streams, sites, facilitators].find((query) => query.error || (query.isLoading && !query.data));
  return (
    <div className="narrow">
      <p className="breadcrumb">
        <Link to="/groups">
          <FormattedMessage id="groups.back" />
        </Link>
      </p>
      <h1 id="new-group-heading">
        <FormattedMessage id="groups.new.title" />
      </h1>
      {loading && <LoadState isLoading={loading.isLoading} error={loading.error} onRetry={loading.reload} />}
      {problem && <ErrorSummary problem={problem} labels={labels} />}
      <form className="form" noValidate aria-labelledby="new-group-heading" onSubmit={(event) => void onSubmit(event)}>
        <SelectField
          name="streamId"
          label={labels.streamId}
          options={open.map((s) => ({ value: s.id, label: localName(s, locale) }))}
          value={values.streamId}
          onChange={chooseStream}
          error={problem?.fields.streamId}
        />
        <TextInput name="name" label={labels.name} description={intl.formatMessage({ id: 'groups.field.name.help' })} autoComplete="off" value={values.name} onChange={set('name')} error={problem?.fields.name} />
        <SelectField
          name="siteId"
          label={labels.siteId}
          options={[
            ...(isRemote ? [{ value: 'none', label: intl.formatMessage({ id: 'groups.field.noSite' }) }] : []),
            ...(sites.data ?? []).map((site) => ({ value: site.id, label: localName(site, locale) })),
          ]}
          value={values.siteId}
          onChange={(value) => set('siteId')(value === 'none' ? '' : value)}
          error={problem?.fields.siteId}
        />
        <TextInput name="room" label={labels.room} autoComplete="off" value={values.room} onChange={set('room')} error={problem?.fields.room} />
        {isRemote && (
          <TextInput
            name="bridge"
            label={labels.bridge}
            description={intl.formatMessage({ id: 'groups.field.bridge.help' })}
            autoComplete="off"
            value={values.bridge}
            onChange={set('bridge')}
            error={problem?.fields.bridge}
          />
        )}
        {!values.siteId && isRemote && (
          <SelectField
            name="timeZone"
            label={labels.timeZone}
            description={intl.formatMessage({ id: 'groups.field.timeZone.help' })}
            options={canadianZones.map((zone) => ({ value: zone, label: `${timeZoneName(locale, zone) ?? zone} (${zone})` }))}
            value={values.timeZone}
            onChange={set('timeZone')}
            error={problem?.fields.timeZone}
          />
        )}
        <SelectField
          name="weekday"
          label={labels.weekday}
          options={weekdays.map((day) => ({ value: String(day), label: weekdayName(intl, day) }))}
          value={values.weekday}
          onChange={set('weekday')}
          error={problem?.fields.weekday}
        />
        <TextInput
          name="startTime"
          type="time"
          label={labels.startTime}
          description={intl.formatMessage({ id: 'groups.field.startTime.help' })}
          value={values.startTime}
          onChange={set('startTime')}
          error={problem?.fields.startTime}
        />
        <TextInput
          name="startDate"
          type="date"
          label={labels.startDate}
          description={intl.formatMessage({ id: 'groups.field.startDate.help' })}
          value={values.startDate}
          onChange={set('startDate')}
          error={problem?.fields.startDate}
        />
        <NumberInput
          name="capacity"
          label={labels.capacity}
          description={intl.formatMessage({ id: 'groups.field.capacity.help' }, { max: largest })}
          minValue={1}
          maxValue={largest}
          value={capacity}
          onChange={setCapacity}
          error={problem?.fields.capacity}
        />
        <FacilitatorCheckboxes facilitators={facilitators.data ?? []} value={facilitatorIds} onChange={setFacilitatorIds} error={problem?.fields.facilitatorIds} />
        <NumberInput
          name="sessions"
          label={labels.sessions}
          description={intl.formatMessage({ id: 'groups.field.sessions.help' })}
          minValue={1}
          maxValue={52}
          value={sessions}
          onChange={setSessions}
          error={problem?.fields.sessions}
        />
        <Button type="submit" className="button" isDisabled={isSubmitting}>
          <FormattedMessage id={isSubmitting ? 'groups.new.sending' : 'groups.new.submit'} />
        </Button>
      </form>
    </div>
  );
}
