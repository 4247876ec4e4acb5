import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { resourcePageSchema, resourceReferralListSchema, resourceReferralSchema, resourceSearchPath, type ResourcePage } from '../../api/resources';
import { useApiQuery } from '../../api/use-api-query';
import { ApiError } from '../../api/api-error';
import { ErrorSummary } from '../../components/error-summary';
import { LoadState } from '../../components/load-state';
import { RadioChoice } from '../../components/radio-choice';
import { SuccessNotice } from '../../components/success-notice';
import { TextInput } from '../../components/text-input';
import { problemFromError, problemFromFields, type FormProblem } from '../../forms/form-problem';
import { hasPermission } from '../../session/has-permission';
import { useAgencyToday, useSession, useSignedInSession } from '../../session/session-context';
import { resourceName } from './resource-summary';

/** Props of {@link GiveResourceToParticipant}. */
export interface GiveResourceToParticipantProps {
  participantId: string;
}

/**
 * A participant's resources: shown to staff who give them (`resource.refer`: intake,
 * facilitators, managers), nobody else.
 */
export function GiveResourceToParticipant({ participantId }: GiveResourceToParticipantProps) {
  const session = useSignedInSession();
  if (!hasPermission(session, 'resource.refer')) return null;
  return <GivenResources referralsPath={`/participants/${participantId}/resource-referrals`} canRecord idPrefix="" />;
}

/** Props of {@link GivenResources}. */
export interface GivenResourcesProps {
  /** The person's `…/resource-referrals` API (a participant's, or a partner's on the partner side). */
  referralsPath: string;
  /** Whether this user may record one more. */
  canRecord: boolean;
  /** Keeps the section's ids apart from other sections on the page (`partner-`). */
  idPrefix: string;
}

/**
 * The community resources a person was given (newest first), and for those who may record one,
 * a way to record one more: search the directory, choose one, say the day (the agency's today
 * unless changed; never a future day). The same resource on the same day is kept once.
 */
export function GivenResources({ referralsPath, canRecord, idPrefix }: GivenResourcesProps) {
  const intl = useIntl();
  const { api } = useSession();
  const today = useAgencyToday();
  const given = useApiQuery(referralsPath, resourceReferralListSchema);
  const [q, setQ] = useState('');
  const [found, setFound] = useState<ResourcePage>();
  const [searchError, setSearchError] = useState<string>();
  const [resourceId, setResourceId] = useState('');
  const [givenOn, setGivenOn] = useState(today);
  const [problem, setProblem] = useState<FormProblem>();
  const [notice, setNotice] = useState<string>();
  const [isBusy, setBusy] = useState(false);
  const labels = {
    resourceId: intl.formatMessage({ id: 'resources.give.choose' }),
    givenOn: intl.formatMessage({ id: 'resources.give.givenOn' }),
  };

  const search = async () => {
    setSearchError(undefined);
    try {
      const page = await api.get(resourceSearchPath({ q, limit: 10, offset: 0 }), resourcePageSchema);
      setFound(page);
      setResourceId(page.items.length === 1 ? (page.items[0]?.id ?? '') : '');
    } catch (error) {
      const apiError = ApiError.from(error);
      setSearchError(apiError.detail ?? intl.formatMessage({ id: apiError.kind === 'network' ? 'error.network' : 'error.invalid' }));
    }
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isBusy) return;
    const local = problemFromFields(
      {
        resourceId: resourceId ? undefined : intl.formatMessage({ id: 'resources.give.choose.required' }),
        givenOn: /^\d{4}-\d{2}-\d{2}$/.test(givenOn.trim()) ? undefined : intl.formatMessage({ id: 'resources.give.givenOn.invalid' }),
      },
      intl,
    );
    setProblem(local);
    setNotice(undefined);
    if (local) return;
    setBusy(true);
    try {
      const referral = await api.send('POST', referralsPath, { resourceId, givenOn: givenOn.trim() }, resourceReferralSchema);
      setNotice(intl.formatMessage({ id: 'resources.give.done' }, { name: resourceName(intl.locale, { name: referral.resourceName, nameFr: referral.resourceNameFr }), date: referral.givenOn }));
      setResourceId('');
      setFound(undefined);
      setQ('');
      given.reload();
    } catch (error) {
      setProblem(problemFromError(error, intl, { 'resources.retired': 'resourceId' }));
    } finally {
      setBusy(false);
    }
  };

  const list = given.data ?? [];
  return (
    <section aria-labelledby={`${idPrefix}given-resources-heading`}>
      <h2 id={`${idPrefix}given-resources-heading`}>
        <FormattedMessage id="resources.give.title" />
      </h2>
      <LoadState isLoading={given.isLoading && !given.data} error={given.error} onRetry={given.reload} />
      {given.data &&
        (list.length === 0 ? (
          <p>
            <FormattedMessage id="resources.give.none" />
          </p>
        ) : (
          <ul className="plain-list">
            {list.map((referral) => (
              <li key={referral.id}>
                <Link to={`/resources/${referral.resourceId}`}>{resourceName(intl.locale, { name: referral.resourceName, nameFr: referral.resourceNameFr })}</Link>{' '}
                <FormattedMessage id={referral.givenBy ? 'resources.give.givenBy' : 'resources.give.givenOnly'} values={{ date: referral.givenOn, name: referral.givenBy?.name ?? '' }} />
                {referral.resourceRetired && (
                  <>
                    {' '}
                    <span className="badge badge-unknown">
                      <FormattedMessage id="resources.retired" />
                    </span>
                  </>
                )}
              </li>
            ))}
          </ul>
        ))}
      <SuccessNotice>{notice}</SuccessNotice>
      {canRecord && (
        <form className="form" noValidate aria-labelledby={`${idPrefix}give-resource-heading`} onSubmit={(event) => void onSubmit(event)}>
          <h3 id={`${idPrefix}give-resource-heading`}>
            <FormattedMessage id="resources.give.record" />
          </h3>
          {problem && <ErrorSummary problem={problem} labels={labels} />}
          <div className="filters">
            <TextInput
              name="give-q"
              type="search"
              label={intl.formatMessage({ id: 'resources.give.search' })}
              autoComplete="off"
              value={q}
              onChange={setQ}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  void search();
                }
              }}
            />
            <Button className="button button-secondary" onPress={() => void search()}>
              <FormattedMessage id="resources.give.searchButton" />
            </Button>
          </div>
          <div role="status" aria-live="polite">
            {searchError && <p className="notice notice-error">{searchError}</p>}
            {found && found.items.length === 0 && (
              <p>
                <FormattedMessage id="resources.results.none" />
              </p>
            )}
          </div>
          {found && found.items.length > 0 ? (
            <RadioChoice
              name="resourceId"
              label={labels.resourceId}
              options={found.items.filter((r) => !r.retired).map((r) => ({ value: r.id, label: resourceName(intl.locale, r) }))}
              value={resourceId}
              onChange={setResourceId}
              error={problem?.fields.resourceId}
            />
          ) : (
            problem?.fields.resourceId && (
              <p id="field-resourceId" className="field-error" tabIndex={-1}>
                {problem.fields.resourceId}
              </p>
            )
          )}
          <TextInput
            name="givenOn"
            label={labels.givenOn}
            description={intl.formatMessage({ id: 'field.date.help' })}
            autoComplete="off"
            value={givenOn}
            onChange={setGivenOn}
            error={problem?.fields.givenOn}
          />
          <Button type="submit" className="button" isDisabled={isBusy}>
            <FormattedMessage id="resources.give.submit" />
          </Button>
        </form>
      )}
    </section>
  );
}
