import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { ApiError } from '../../api/api-error';
import { groupDetailSchema, type GroupDetail } from '../../api/groups-read';
import { ErrorSummary } from '../../components/error-summary';
import { NumberInput } from '../../components/number-input';
import { RadioChoice } from '../../components/radio-choice';
import { TextInput } from '../../components/text-input';
import { problemFromError, problemFromFields, type FormProblem } from '../../forms/form-problem';
import { useSession } from '../../session/session-context';
import { FacilitatorCheckboxes, maxFacilitators } from './facilitator-checkboxes';

/** Props of {@link GroupEditForm}. */
export interface GroupEditFormProps {
  group: GroupDetail;
  /** The agency's active facilitators. */
  facilitators: readonly { id: string; name: string }[];
  /** Saved: the page loads the group again and says so. */
  onSaved: () => void;
  /** Someone else changed the group meanwhile: the page loads theirs. */
  onStale: () => void;
}

/** Server codes that are about one field of this form. */
const codeFields = {
  'groups.name_taken': 'name',
  'groups.capacity_above_policy': 'capacity',
  'groups.not_a_facilitator': 'facilitatorIds',
};

/** The id of the form, for the button that opens it. */
export const groupEditFormId = 'group-edit-form';

function valuesOf(group: GroupDetail) {
  return { name: group.name, room: group.room ?? '', bridge: group.bridge ?? '', status: group.status };
}

/**
 * Changes a group's name, room, bridge, places, co-facilitators, and whether it takes people
 * (open or closed), on the version read. When someone else saved meanwhile, their group shows
 * and what was typed here stays, to be saved again on theirs.
 */
export function GroupEditForm({ group, facilitators, onSaved, onStale }: GroupEditFormProps) {
  const intl = useIntl();
  const { api } = useSession();
  const [values, setValues] = useState(() => valuesOf(group));
  const [capacity, setCapacity] = useState(group.capacity);
  const [facilitatorIds, setFacilitatorIds] = useState(() => group.facilitators.map((f) => f.id));
  // The version the values were read at; after a refusal for staleness, the one then shown.
  const [baseVersion, setBaseVersion] = useState(group.version);
  const [isStale, setStale] = useState(false);
  if (isStale && group.version !== baseVersion) {
    setBaseVersion(group.version);
    setStale(false);
  }
  const [problem, setProblem] = useState<FormProblem>();
  const [isSubmitting, setSubmitting] = useState(false);
  const set = (name: keyof typeof values) => (value: string) => setValues((previous) => ({ ...previous, [name]: value }));
  const isRemote = group.delivery !== 'in_person';
  const labels = {
    name: intl.formatMessage({ id: 'groups.field.name' }),
    room: intl.formatMessage({ id: 'groups.field.room' }),
    ...(isRemote ? { bridge: intl.formatMessage({ id: 'groups.field.bridge' }) } : {}),
    capacity: intl.formatMessage({ id: 'groups.field.capacity' }),
    facilitatorIds: intl.formatMessage({ id: 'groups.field.facilitators' }),
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isSubmitting) return;
    const missing = problemFromFields(
      {
        name: values.name.trim() ? undefined : intl.formatMessage({ id: 'form.required' }),
        capacity: Number.isInteger(capacity) && capacity >= 1 && capacity <= 40 ? undefined : intl.formatMessage({ id: 'groups.field.range' }, { min: 1, max: 40 }),
        facilitatorIds: facilitatorIds.length > maxFacilitators ? intl.formatMessage({ id: 'groups.field.facilitators.tooMany' }, { max: maxFacilitators }) : undefined,
      },
      intl,
    );
    setProblem(missing);
    if (missing) return;
    setSubmitting(true);
    const optional = (value: string) => (value.trim() ? value.trim() : undefined);
    const body = {
      name: values.name.trim(),
      room: optional(values.room),
      bridge: optional(values.bridge),
      capacity,
      facilitatorIds,
      status: values.status,
      version: baseVersion,
    };
    try {
      await api.send('PUT', `/groups/${group.id}`, body, groupDetailSchema);
      onSaved();
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && error.code === 'groups.stale_group') {
        setStale(true);
        setProblem({ summary: intl.formatMessage({ id: 'groups.edit.conflict' }), fields: {} });
        onStale();
      } else {
        setProblem(problemFromError(error, intl, codeFields));
      }
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <form id={groupEditFormId} className="form record-form" noValidate aria-labelledby="group-edit-heading" onSubmit={(event) => void onSubmit(event)}>
      <h3 id="group-edit-heading">
        <FormattedMessage id="groups.edit.title" />
      </h3>
      {problem && <ErrorSummary problem={problem} labels={labels} />}
      <TextInput name="name" label={labels.name} autoComplete="off" value={values.name} onChange={set('name')} error={problem?.fields.name} />
      <TextInput name="room" label={labels.room} autoComplete="off" value={values.room} onChange={set('room')} error={problem?.fields.room} />
      {isRemote && (
        <TextInput
          name="bridge"
          label={intl.formatMessage({ id: 'groups.field.bridge' })}
          description={intl.formatMessage({ id: 'groups.field.bridge.help' })}
          autoComplete="off"
          value={values.bridge}
          onChange={set('bridge')}
          error={problem?.fields.bridge}
        />
      )}
      <NumberInput
        name="capacity"
        label={labels.capacity}
        description={intl.formatMessage({ id: 'groups.edit.capacity.help' }, { count: group.members })}
        minValue={1}
        maxValue={40}
        value={capacity}
        onChange={setCapacity}
        error={problem?.fields.capacity}
      />
      <FacilitatorCheckboxes facilitators={facilitators} value={facilitatorIds} onChange={setFacilitatorIds} error={problem?.fields.facilitatorIds} />
      <RadioChoice
        name="status"
        label={intl.formatMessage({ id: 'groups.field.status' })}
        options={[
          { value: 'open', label: intl.formatMessage({ id: 'groups.field.status.open' }) },
          { value: 'closed', label: intl.formatMessage({ id: 'groups.field.status.closed' }) },
        ]}
        value={values.status}
        onChange={set('status')}
      />
      <Button type="submit" className="button" isDisabled={isSubmitting}>
        <FormattedMessage id="groups.edit.submit" />
      </Button>
    </form>
  );
}
