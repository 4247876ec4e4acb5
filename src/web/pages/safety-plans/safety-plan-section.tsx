import { useState } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { safetyPlanSchema, safetyPlanVersionSchema, type SafetyPlanVersion } from '../../api/safety-plans';
import { useApiQuery } from '../../api/use-api-query';
import { LoadState } from '../../components/load-state';
import { SuccessNotice } from '../../components/success-notice';
import { useSession } from '../../session/session-context';
import { usePdfDownload } from '../packs/pack-download';
import type { PartnerSectionProps } from '../partners/partner-section';
import { SafetyPlanForm } from './safety-plan-form';
import { SafetyPlanView } from './safety-plan-view';

/** "Version 2, saved on 2026-11-24 by Robin" or "The partner does not want a safety plan." */
function VersionLine({ version }: { version: Pick<SafetyPlanVersion, 'version' | 'savedAt' | 'savedBy'> }) {
  return (
    <FormattedMessage
      id={version.savedBy ? 'safetyPlan.versionBy' : 'safetyPlan.version'}
      values={{ version: version.version, date: version.savedAt.slice(0, 10), name: version.savedBy?.name ?? '' }}
    />
  );
}

/**
 * The partner file's safety plan section: the current plan (or that the partner does not want
 * one), its print-out in the partner's language, every earlier version, and the form to write a
 * new version with the partner (`partner.write`).
 */
export function SafetyPlanSection({ file, canWrite }: PartnerSectionProps) {
  const intl = useIntl();
  const { api } = useSession();
  const query = useApiQuery(`/partners/${file.id}/safety-plan`, safetyPlanSchema);
  const [isEditing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string>();
  const [earlier, setEarlier] = useState<SafetyPlanVersion>();
  const [earlierError, setEarlierError] = useState<string>();
  const pdf = usePdfDownload();
  const plan = query.data;
  const current = plan?.current ?? null;
  const print = (version: number) => void pdf.download(`plan-${version}`, { method: 'GET', path: `/partners/${file.id}/safety-plan/pdf?version=${version}` });
  const open = async (version: number) => {
    setEarlierError(undefined);
    try {
      setEarlier(await api.get(`/partners/${file.id}/safety-plan/versions/${version}`, safetyPlanVersionSchema));
    } catch (error) {
      setEarlierError(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <section aria-labelledby="safety-plan-heading">
      <h2 id="safety-plan-heading">
        <FormattedMessage id="safetyPlan.title" />
      </h2>
      <SuccessNotice>{notice}</SuccessNotice>
      <LoadState isLoading={query.isLoading && !plan} error={query.error} onRetry={query.reload} />
      {plan && !isEditing && (
        <>
          {current === null ? (
            <p>
              <FormattedMessage id="safetyPlan.noneYet" />
            </p>
          ) : (
            <>
              <p className="muted">
                <VersionLine version={current} />
              </p>
              {current.wanted && current.content ? (
                <SafetyPlanView content={current.content} />
              ) : (
                <p className="notice">
                  <FormattedMessage id="safetyPlan.notWanted" />
                </p>
              )}
            </>
          )}
          <div className="button-row">
            {current?.wanted && (
              <Button className="button button-secondary" isDisabled={pdf.busy !== undefined} onPress={() => print(current.version)}>
                <FormattedMessage id="safetyPlan.print" />
              </Button>
            )}
            {canWrite && (
              <Button className="button" onPress={() => setEditing(true)}>
                <FormattedMessage id={current ? 'safetyPlan.edit' : 'safetyPlan.start'} />
              </Button>
            )}
          </div>
          <div role="alert">
            {pdf.error && (
              <p className="notice notice-error">
                <FormattedMessage id="packs.failed" values={{ message: pdf.error }} />
              </p>
            )}
          </div>
          {plan.versions.length > 1 && (
            <details>
              <summary>
                <FormattedMessage id="safetyPlan.history" values={{ count: plan.versions.length }} />
              </summary>
              <ul className="plain-list">
                {plan.versions.map((version) => (
                  <li key={version.version}>
                    <VersionLine version={version} /> {!version.wanted && <FormattedMessage id="safetyPlan.historyNotWanted" />}{' '}
                    <Button className="button button-secondary" onPress={() => void open(version.version)}>
                      <FormattedMessage id="safetyPlan.viewVersion" values={{ version: version.version }} />
                    </Button>
                    {version.wanted && (
                      <Button className="button button-secondary" isDisabled={pdf.busy !== undefined} onPress={() => print(version.version)}>
                        <FormattedMessage id="safetyPlan.printVersion" values={{ version: version.version }} />
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
              {earlierError && <p className="notice notice-error">{earlierError}</p>}
              {earlier && (
                <section aria-labelledby="safety-plan-earlier-heading">
                  <h3 id="safety-plan-earlier-heading">
                    <FormattedMessage id="safetyPlan.earlierTitle" values={{ version: earlier.version }} />
                  </h3>
                  {earlier.content ? (
                    <SafetyPlanView content={earlier.content} level={4} />
                  ) : (
                    <p>
                      <FormattedMessage id="safetyPlan.notWanted" />
                    </p>
                  )}
                </section>
              )}
            </details>
          )}
        </>
      )}
      {plan && isEditing && (
        <SafetyPlanForm
          partnerId={file.id}
          plan={plan}
          onSaved={(saved) => {
            query.setData(saved);
            setEditing(false);
            setNotice(intl.formatMessage({ id: 'safetyPlan.saved' }, { version: saved.current?.version ?? 0 }));
          }}
          onStale={query.reload}
          onCancel={() => setEditing(false)}
        />
      )}
    </section>
  );
}
