import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { useLocation } from 'react-router';
import { ApiError } from '../api/api-error';
import type { ParticipantFile } from '../api/participant-file';
import { placedSchema, placementOptionListSchema, type PlacementOption } from '../api/placement';
import { useApiQuery } from '../api/use-api-query';
import { CheckboxItem } from '../components/checkbox-item';
import { ErrorSummary } from '../components/error-summary';
import { LoadState } from '../components/load-state';
import { NumberInput } from '../components/number-input';
import { RadioChoice } from '../components/radio-choice';
import { fieldId } from '../forms/field-id';
import { problemFromError, problemFromFields } from '../forms/form-problem';
import { enumLabel } from '../i18n/enum-label';
import { useSession } from '../session/session-context';
import type { CaseWrite } from './case-write';
import { localTimeLabel } from './groups/group-format';

/** Props of {@link ParticipantPlacement}. */
export interface ParticipantPlacementProps {
  /** A waitlisted person's file. */
  file: ParticipantFile;
  write: CaseWrite;
}

/** The panel's anchor: the waitlist's "Place" links open the file here. */
export const placementAnchor = 'placement';

/**
 * Places a waitlisted person in a group: the open groups of their gender and language with a
 * place (Indigenous-stream groups said so, and pointed out to a person who self-identified as
 * Indigenous), the session to start at (the next one by default), and, when a member is under a
 * no-contact order with the person, the warning and an explicit acknowledgement before placing.
 */
export function ParticipantPlacement({ file, write }: ParticipantPlacementProps) {
  const intl = useIntl();
  const { api } = useSession();
  const location = useLocation();
  const options = useApiQuery(`/participants/${file.id}/placement-options`, placementOptionListSchema);
  const [groupId, setGroupId] = useState('');
  const [firstSession, setFirstSession] = useState(Number.NaN);
  const [acknowledged, setAcknowledged] = useState(false);
  // Names the server warned about when the options did not (a member placed meanwhile).
  const [serverWarning, setServerWarning] = useState<{ groupId: string; detail: string }>();
  const heading = useRef<HTMLHeadingElement>(null);
  const problem = write.problemOf('placement');
  const list = options.data ?? [];
  const chosen = list.find((option) => option.groupId === groupId);
  const warnings = chosen?.noContactWarnings ?? [];
  const mustAcknowledge = warnings.length > 0 || serverWarning?.groupId === groupId;
  const hasIndigenousGroup = list.some((option) => option.indigenous);
  const labels = {
    groupId: intl.formatMessage({ id: 'placement.group' }),
    firstSessionNumber: intl.formatMessage({ id: 'placement.firstSession' }),
    acknowledgeNoContact: intl.formatMessage({ id: 'placement.acknowledge' }),
  };

  // Opened from the waitlist's "Place" link: bring the panel into view once it is there.
  useEffect(() => {
    if (location.hash !== `#${placementAnchor}`) return;
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus();
  }, [location.hash]);

  const optionLabel = (option: PlacementOption) => {
    const parts = [
      option.name,
      option.streamName,
      enumLabel(intl, 'delivery', option.delivery),
      intl.formatMessage({ id: 'placement.places' }, { count: option.places }),
      option.nextSession
        ? intl.formatMessage(
            { id: 'placement.nextSession' },
            { number: option.nextSession.number, date: option.nextSession.localDate, time: localTimeLabel(intl, option.nextSession.localTime) },
          )
        : intl.formatMessage({ id: 'placement.noNextSession' }),
    ];
    if (option.indigenous) parts.push(intl.formatMessage({ id: 'placement.indigenousGroup' }));
    if (option.noContactWarnings.length > 0) parts.push(intl.formatMessage({ id: 'placement.hasWarning' }));
    return parts.join(' · ');
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (write.isBusy) return;
    const first = Number.isNaN(firstSession) ? undefined : firstSession;
    const missing = problemFromFields(
      {
        groupId: chosen ? undefined : intl.formatMessage({ id: 'placement.group.required' }),
        firstSessionNumber: first === undefined || (Number.isInteger(first) && first >= 1) ? undefined : intl.formatMessage({ id: 'placement.firstSession.invalid' }),
        acknowledgeNoContact: mustAcknowledge && !acknowledged ? intl.formatMessage({ id: 'placement.acknowledge.required' }) : undefined,
      },
      intl,
    );
    if (missing) return write.refuse('placement', missing);
    const body = { groupId, ...(first === undefined ? {} : { firstSessionNumber: first }), acknowledgeNoContact: mustAcknowledge && acknowledged, version: file.version };
    const toProblem = (error: unknown) => {
      const apiError = ApiError.from(error);
      if (apiError.code === 'groups.no_contact_warning') {
        setServerWarning({ groupId, detail: apiError.detail ?? '' });
        setAcknowledged(false);
        options.reload();
      }
      return problemFromError(error, intl, { 'groups.first_session_unknown': 'firstSessionNumber', 'groups.no_contact_warning': 'acknowledgeNoContact' });
    };
    void write.run('placement', () => api.send('POST', `/participants/${file.id}/placement`, body, placedSchema), 'placement.done', toProblem);
  };

  return (
    <section className="card" id={placementAnchor} aria-labelledby="placement-heading">
      <h2 id="placement-heading" ref={heading} tabIndex={-1}>
        <FormattedMessage id="placement.title" />
      </h2>
      {file.indigenousIdentity && hasIndigenousGroup && (
        <p className="notice notice-info">
          <FormattedMessage id="placement.indigenousNotice" />
        </p>
      )}
      <LoadState isLoading={options.isLoading && !options.data} error={options.error} onRetry={options.reload} />
      {options.data && list.length === 0 && (
        <p>
          <FormattedMessage id="placement.none" />
        </p>
      )}
      {problem && <ErrorSummary problem={problem} labels={labels} />}
      {list.length > 0 && (
        <form className="form" noValidate aria-labelledby="placement-heading" onSubmit={onSubmit}>
          <RadioChoice
            name="groupId"
            label={labels.groupId}
            description={intl.formatMessage({ id: 'placement.group.help' })}
            options={list.map((option) => ({ value: option.groupId, label: optionLabel(option) }))}
            value={groupId}
            onChange={(value) => {
              setGroupId(value);
              setAcknowledged(false);
            }}
            error={problem?.fields.groupId}
          />
          {chosen && (
            <NumberInput
              name="firstSessionNumber"
              label={labels.firstSessionNumber}
              description={
                chosen.nextSession
                  ? intl.formatMessage({ id: 'placement.firstSession.help' }, { number: chosen.nextSession.number })
                  : intl.formatMessage({ id: 'placement.firstSession.helpNone' })
              }
              minValue={1}
              value={firstSession}
              onChange={setFirstSession}
              error={problem?.fields.firstSessionNumber}
            />
          )}
          {mustAcknowledge && (
            <div className="notice notice-warning" role="group" aria-labelledby="no-contact-title">
              <p className="notice-title" id="no-contact-title">
                <span aria-hidden="true">⚠ </span>
                <FormattedMessage id="placement.warning.title" />
              </p>
              <p>
                {warnings.length > 0 ? (
                  <FormattedMessage id="placement.warning.text" values={{ name: warnings.join(', '), count: warnings.length }} />
                ) : (
                  serverWarning?.detail
                )}
              </p>
              <div id={fieldId('acknowledgeNoContact')} className="field">
                <CheckboxItem
                  isSelected={acknowledged}
                  onChange={setAcknowledged}
                  isInvalid={problem?.fields.acknowledgeNoContact !== undefined}
                  aria-describedby={problem?.fields.acknowledgeNoContact ? 'acknowledge-error' : undefined}
                >
                  {labels.acknowledgeNoContact}
                </CheckboxItem>
                {problem?.fields.acknowledgeNoContact && (
                  <p id="acknowledge-error" className="field-error">
                    {problem.fields.acknowledgeNoContact}
                  </p>
                )}
              </div>
            </div>
          )}
          <Button type="submit" className="button" isDisabled={write.isBusy}>
            <FormattedMessage id="placement.submit" />
          </Button>
        </form>
      )}
    </section>
  );
}
