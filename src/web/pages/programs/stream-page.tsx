import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useLocation, useParams } from 'react-router';
import { programStreamSchema, type ProgramStream } from '../../api/streams';
import { useApiQuery } from '../../api/use-api-query';
import { FactList } from '../../components/fact-list';
import { LoadState } from '../../components/load-state';
import { SuccessNotice } from '../../components/success-notice';
import { localName } from '../../format/local-name';
import { enumLabel } from '../../i18n/enum-label';
import type { MessageId } from '../../i18n/messages';
import { useDocumentTitle } from '../../i18n/use-document-title';
import { hasPermission } from '../../session/has-permission';
import { useSignedInSession } from '../../session/session-context';
import { CurriculumForm } from './curriculum-form';
import { choicePrefix, policyFieldsets, type PolicyField } from './policy-fields';
import { ProgramNav } from './program-nav';
import { policyLabel, StreamPolicyForm } from './stream-policy-form';

/** The policy and curriculum as read only (for those who see the program but do not manage it). */
function StreamFacts({ stream }: { stream: ProgramStream }) {
  const intl = useIntl();
  const shown = (field: PolicyField): string => {
    const value = stream.policy[field.name];
    if (typeof value === 'boolean') return intl.formatMessage({ id: value ? 'common.yes' : 'common.no' });
    if (typeof value === 'string') return enumLabel(intl, choicePrefix[field.name] ?? 'policy', value);
    if (typeof value === 'number') return field.kind === 'cents' ? intl.formatNumber(value / 100, { style: 'currency', currency: 'CAD' }) : String(value);
    return '—';
  };
  return (
    <>
      <section className="card" aria-labelledby="policy-heading">
        <h2 id="policy-heading">
          <FormattedMessage id="policy.title" />
        </h2>
        {stream.retired && (
          <p>
            <FormattedMessage id="policy.retired.help" />
          </p>
        )}
        {policyFieldsets.map((fieldset) => (
          <div key={fieldset.id}>
            <h3>
              <FormattedMessage id={`policy.fieldset.${fieldset.id}`} />
            </h3>
            <FactList rows={fieldset.fields.map((field) => [policyLabel(intl, field), shown(field)] as const)} />
          </div>
        ))}
      </section>
      <section className="card" aria-labelledby="curriculum-heading">
        <h2 id="curriculum-heading">
          <FormattedMessage id="streams.curriculum.title" />
        </h2>
        <ol>
          {stream.topics.map((topic) => {
            const french = intl.locale === 'fr-CA';
            return (
              <li key={topic.position}>
                <strong>{french ? topic.titleFr : topic.title}</strong>
                {(french ? topic.summaryFr : topic.summary) && <> — {french ? topic.summaryFr : topic.summary}</>}
              </li>
            );
          })}
        </ol>
      </section>
    </>
  );
}

/**
 * `/programs/streams/:streamId`: a program stream's names, its whole policy and its curriculum;
 * those who manage the program change them here (and retire the stream), each part saved on its
 * own against the stream's version.
 */
export function StreamPage() {
  const intl = useIntl();
  const session = useSignedInSession();
  const { streamId } = useParams();
  const location = useLocation();
  const stream = useApiQuery(`/streams/${streamId ?? ''}`, programStreamSchema);
  const [notice, setNotice] = useState<MessageId | undefined>((location.state as { notice?: MessageId } | null)?.notice);
  const data = stream.data;
  const name = data ? localName(data, intl.locale) : undefined;
  useDocumentTitle(name ?? intl.formatMessage({ id: 'streams.title' }));
  const canManage = hasPermission(session, 'program.manage');
  const saved = (done: MessageId) => (next: ProgramStream) => {
    stream.setData(next);
    setNotice(done);
  };
  return (
    <>
      <p className="breadcrumb">
        <Link to="/programs/streams">
          <FormattedMessage id="streams.back" />
        </Link>
      </p>
      <h1>
        {name ?? <FormattedMessage id={stream.error?.status === 404 ? 'streams.notFound' : 'streams.title'} />}
        {data?.retired && (
          <>
            {' '}
            <span className="badge badge-unknown">
              <FormattedMessage id="streams.status.retired" />
            </span>
          </>
        )}
      </h1>
      <ProgramNav />
      <LoadState isLoading={stream.isLoading && !data} error={stream.error} onRetry={stream.reload} />
      <SuccessNotice>{notice && <FormattedMessage id={notice} />}</SuccessNotice>
      {data && (
        <div className="stack">
          <p>
            <FormattedMessage id="streams.code" values={{ value: data.code }} />
          </p>
          {canManage ? (
            <>
              <StreamPolicyForm stream={data} onSaved={saved('policy.saved')} onStale={() => { setNotice(undefined); stream.reload(); }} />
              <CurriculumForm stream={data} onSaved={saved('streams.curriculum.saved')} onStale={() => { setNotice(undefined); stream.reload(); }} />
            </>
          ) : (
            <StreamFacts stream={data} />
          )}
        </div>
      )}
    </>
  );
}
