import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import { programStreamListSchema, programStreamSchema } from '../../api/streams';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorSummary } from '../../components/error-summary';
import { LoadState } from '../../components/load-state';
import { TextInput } from '../../components/text-input';
import { localName } from '../../format/local-name';
import { problemFromError, problemFromFields, type FormProblem } from '../../forms/form-problem';
import { enumLabel } from '../../i18n/enum-label';
import { useDocumentTitle } from '../../i18n/use-document-title';
import { hasPermission } from '../../session/has-permission';
import { useSession, useSignedInSession } from '../../session/session-context';
import { ProgramNav } from './program-nav';

/** A stream's code: lower-case letters, digits, dashes and underscores, 2 to 40 (the server's rule). */
const codePattern = /^[a-z0-9][a-z0-9_-]{1,39}$/;

/** The form that starts a stream (default policy and the 12 default topics); then its page opens. */
function NewStreamForm() {
  const intl = useIntl();
  const { api } = useSession();
  const navigate = useNavigate();
  const [values, setValues] = useState({ code: '', name: '', nameFr: '' });
  const [problem, setProblem] = useState<FormProblem>();
  const [isSubmitting, setSubmitting] = useState(false);
  const set = (name: keyof typeof values) => (value: string) => setValues((previous) => ({ ...previous, [name]: value }));
  const labels = {
    code: intl.formatMessage({ id: 'streams.field.code' }),
    name: intl.formatMessage({ id: 'streams.field.name' }),
    nameFr: intl.formatMessage({ id: 'streams.field.nameFr' }),
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isSubmitting) return;
    const required = intl.formatMessage({ id: 'form.required' });
    const code = values.code.trim();
    const missing = problemFromFields(
      {
        code: !code ? required : codePattern.test(code) ? undefined : intl.formatMessage({ id: 'streams.field.code.invalid' }),
        name: values.name.trim() ? undefined : required,
        nameFr: values.nameFr.trim() ? undefined : required,
      },
      intl,
    );
    setProblem(missing);
    if (missing) return;
    setSubmitting(true);
    try {
      const created = await api.send('POST', '/streams', { code, name: values.name.trim(), nameFr: values.nameFr.trim() }, programStreamSchema);
      await navigate(`/programs/streams/${created.id}`, { state: { notice: 'streams.created' } });
    } catch (error) {
      setProblem(problemFromError(error, intl, { 'programs.stream_code_taken': 'code' }));
      setSubmitting(false);
    }
  };

  return (
    <section className="card" aria-labelledby="new-stream-heading">
      <h2 id="new-stream-heading">
        <FormattedMessage id="streams.new.title" />
      </h2>
      <p>
        <FormattedMessage id="streams.new.intro" />
      </p>
      {problem && <ErrorSummary problem={problem} labels={labels} />}
      <form className="form narrow" noValidate aria-labelledby="new-stream-heading" onSubmit={(event) => void onSubmit(event)}>
        <TextInput
          name="code"
          label={labels.code}
          description={intl.formatMessage({ id: 'streams.field.code.help' })}
          autoComplete="off"
          value={values.code}
          onChange={set('code')}
          error={problem?.fields.code}
        />
        <TextInput name="name" label={labels.name} autoComplete="off" value={values.name} onChange={set('name')} error={problem?.fields.name} />
        <TextInput name="nameFr" label={labels.nameFr} lang="fr" autoComplete="off" value={values.nameFr} onChange={set('nameFr')} error={problem?.fields.nameFr} />
        <Button type="submit" className="button" isDisabled={isSubmitting}>
          <FormattedMessage id="streams.new.submit" />
        </Button>
      </form>
    </section>
  );
}

/**
 * `/programs/streams`: the agency's program streams (who they serve, how, how many sessions),
 * each opening its policy and curriculum; those who manage the program can start a new one.
 */
export function StreamsPage() {
  const intl = useIntl();
  const session = useSignedInSession();
  useDocumentTitle(intl.formatMessage({ id: 'streams.title' }));
  const streams = useApiQuery('/streams', programStreamListSchema);
  const list = streams.data ?? [];
  const policyLabel = (value: unknown, prefix: string) => (typeof value === 'string' ? enumLabel(intl, prefix, value) : '—');
  return (
    <>
      <h1>
        <FormattedMessage id="streams.title" />
      </h1>
      <ProgramNav />
      <LoadState isLoading={streams.isLoading && !streams.data} error={streams.error} onRetry={streams.reload} />
      {streams.data && (
        <div className="table-scroll" role="region" aria-labelledby="streams-caption" tabIndex={0}>
          <table className="table">
            <caption id="streams-caption">
              <FormattedMessage id="streams.caption" values={{ count: list.length }} />
            </caption>
            <thead>
              <tr>
                {(['name', 'code', 'serves', 'delivery', 'sessions', 'status'] as const).map((column) => (
                  <th key={column} scope="col">
                    <FormattedMessage id={`streams.column.${column}`} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {list.map((stream) => (
                <tr key={stream.id}>
                  <th scope="row">
                    <Link to={`/programs/streams/${stream.id}`}>{localName(stream, intl.locale)}</Link>
                  </th>
                  <td>
                    <code>{stream.code}</code>
                  </td>
                  <td>
                    {policyLabel(stream.policy.groupGender, 'policy.groupGender')}, {policyLabel(stream.policy.language, 'language')}
                    {stream.policy.indigenous === true && (
                      <>
                        , <FormattedMessage id="streams.indigenous" />
                      </>
                    )}
                  </td>
                  <td>{policyLabel(stream.policy.delivery, 'delivery')}</td>
                  <td>{typeof stream.policy.sessionsRequired === 'number' ? stream.policy.sessionsRequired : '—'}</td>
                  <td>
                    <FormattedMessage id={stream.retired ? 'streams.status.retired' : 'streams.status.inUse'} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {hasPermission(session, 'program.manage') && <NewStreamForm />}
    </>
  );
}
