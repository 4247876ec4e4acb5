import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/api-error';
import { actionStatuses, warningSignKinds, workbookSchema, type Workbook } from '../../api/workbook';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorSummary } from '../../components/error-summary';
import { LoadState } from '../../components/load-state';
import { SelectField } from '../../components/select-field';
import { SuccessNotice } from '../../components/success-notice';
import { TextInput } from '../../components/text-input';
import '../../components/resources.css';
import { problemFromFields, type FormProblem } from '../../forms/form-problem';
import { problemFromNestedError } from '../../forms/problem-from-nested-error';
import { enumLabel } from '../../i18n/enum-label';
import type { MessageId } from '../../i18n/messages';
import { useDocumentTitle } from '../../i18n/use-document-title';
import { hasPermission } from '../../session/has-permission';
import { useSession, useSignedInSession } from '../../session/session-context';
import { usePdfDownload } from '../packs/pack-download';
import { listNames, moveRow, newKey, rowsOf, workbookBody, type ListName, type WorkbookRows } from './workbook-lists';

/** How many rows each list may have (the server's limits). */
const maxRows: Record<ListName, number> = { relationshipValues: 20, warningSigns: 40, accountabilityActions: 30 };
/** The choice each list's rows have: a warning sign's kind, an action's status; values have none. */
const choices: Record<ListName, { codes: readonly string[]; prefix: string; first: string; label: MessageId } | undefined> = {
  relationshipValues: undefined,
  warningSigns: { codes: warningSignKinds, prefix: 'workbook.kind', first: 'behaviour', label: 'workbook.warningSigns.choice' },
  accountabilityActions: { codes: actionStatuses, prefix: 'workbook.status', first: 'planned', label: 'workbook.accountabilityActions.choice' },
};

/** A server path ("warningSigns.1.text") as the field it names: the row's own part. */
const fieldOfPath = (path: string) => path.split('.').slice(0, 3).join('.');

/** The workbook read-only: each list in order, a sign's kind and an action's status said in words. */
function WorkbookView({ workbook }: { workbook: Workbook }) {
  const intl = useIntl();
  const lists = {
    relationshipValues: workbook.relationshipValues.map((item) => item.text),
    warningSigns: workbook.warningSigns.map((item) => `${item.text} (${enumLabel(intl, 'workbook.kind', item.kind)})`),
    accountabilityActions: workbook.accountabilityActions.map((item) => `${item.text} (${enumLabel(intl, 'workbook.status', item.status)})`),
  };
  return (
    <>
      {listNames.map((list) => (
        <section key={list} aria-labelledby={`${list}-heading`}>
          <h2 id={`${list}-heading`}>
            <FormattedMessage id={`workbook.${list}.title`} />
          </h2>
          {lists[list].length === 0 ? (
            <p>
              <FormattedMessage id="workbook.empty" />
            </p>
          ) : (
            <ol>
              {lists[list].map((text, index) => (
                <li key={index}>{text}</li>
              ))}
            </ol>
          )}
        </section>
      ))}
    </>
  );
}

/** The workbook's three lists to edit: add, remove, move up or down; saved all at once against the version read. */
function WorkbookForm({ workbook, onSaved, onStale }: { workbook: Workbook; onSaved: (workbook: Workbook) => void; onStale: () => void }) {
  const intl = useIntl();
  const { api } = useSession();
  const [rows, setRows] = useState<WorkbookRows>(() => rowsOf(workbook));
  const [baseVersion, setBaseVersion] = useState(workbook.version);
  const [isStale, setStale] = useState(false);
  if (isStale && workbook.version !== baseVersion) {
    setBaseVersion(workbook.version);
    setStale(false);
  }
  const [problem, setProblem] = useState<FormProblem>();
  const [isSubmitting, setSubmitting] = useState(false);
  const rowLabel = (list: ListName, index: number) => intl.formatMessage({ id: `workbook.${list}.row` }, { number: index + 1 });
  const labels: Record<string, string> = {};
  for (const list of listNames) rows[list].forEach((_, index) => (labels[`${list}.${index}.text`] = rowLabel(list, index)));
  const update = (list: ListName, change: (rows: WorkbookRows[ListName]) => WorkbookRows[ListName]) => setRows((previous) => ({ ...previous, [list]: change(previous[list]) }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isSubmitting || isStale) return;
    const missing: FormProblem['fields'] = {};
    for (const list of listNames) {
      rows[list].forEach((row, index) => {
        if (!row.text.trim()) missing[`${list}.${index}.text`] = intl.formatMessage({ id: 'workbook.row.empty' });
      });
    }
    const local = problemFromFields(missing, intl);
    setProblem(local);
    if (local) return;
    setSubmitting(true);
    try {
      const saved = await api.send('PUT', `/participants/${workbook.participantId}/workbook`, workbookBody(rows, baseVersion), workbookSchema);
      setBaseVersion(saved.version);
      onSaved(saved);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        setStale(true);
        setProblem({ summary: intl.formatMessage({ id: 'workbook.conflict' }), fields: {} });
        onStale();
      } else {
        setProblem(problemFromNestedError(error, intl, fieldOfPath));
      }
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <form className="form record-form" noValidate aria-label={intl.formatMessage({ id: 'workbook.form.label' })} onSubmit={(event) => void onSubmit(event)}>
      {problem && <ErrorSummary problem={problem} labels={labels} />}
      {listNames.map((list) => {
        const choice = choices[list];
        return (
          <section key={list} aria-labelledby={`${list}-heading`}>
            <h2 id={`${list}-heading`}>
              <FormattedMessage id={`workbook.${list}.title`} />
            </h2>
            <p className="field-description">
              <FormattedMessage id={`workbook.${list}.help`} />
            </p>
            {rows[list].length === 0 && (
              <p>
                <FormattedMessage id="workbook.empty" />
              </p>
            )}
            <ol className="row-list">
              {rows[list].map((row, index) => {
                const label = rowLabel(list, index);
                return (
                  <li key={row.key}>
                    <TextInput
                      name={`${list}.${index}.text`}
                      label={label}
                      multiline={list === 'accountabilityActions'}
                      autoComplete="off"
                      value={row.text}
                      onChange={(text) => update(list, (current) => current.map((r) => (r.key === row.key ? { ...r, text } : r)))}
                      error={problem?.fields[`${list}.${index}.text`]}
                    />
                    {choice && (
                      <SelectField
                        name={`${list}.${index}.choice`}
                        label={intl.formatMessage({ id: choice.label }, { number: index + 1 })}
                        options={choice.codes.map((value) => ({ value, label: enumLabel(intl, choice.prefix, value) }))}
                        value={row.choice}
                        onChange={(value) => update(list, (current) => current.map((r) => (r.key === row.key ? { ...r, choice: value || choice.first } : r)))}
                      />
                    )}
                    <div className="button-row">
                      <Button
                        className="button button-secondary"
                        aria-label={intl.formatMessage({ id: 'workbook.row.up' }, { label })}
                        isDisabled={index === 0}
                        onPress={() => update(list, (current) => moveRow(current, index, -1))}
                      >
                        <span aria-hidden="true">↑ </span>
                        <FormattedMessage id="workbook.row.upShort" />
                      </Button>
                      <Button
                        className="button button-secondary"
                        aria-label={intl.formatMessage({ id: 'workbook.row.down' }, { label })}
                        isDisabled={index === rows[list].length - 1}
                        onPress={() => update(list, (current) => moveRow(current, index, 1))}
                      >
                        <span aria-hidden="true">↓ </span>
                        <FormattedMessage id="workbook.row.downShort" />
                      </Button>
                      <Button
                        className="button button-secondary-danger"
                        aria-label={intl.formatMessage({ id: 'workbook.row.remove' }, { label })}
                        onPress={() => update(list, (current) => current.filter((r) => r.key !== row.key))}
                      >
                        <FormattedMessage id="workbook.row.removeShort" />
                      </Button>
                    </div>
                  </li>
                );
              })}
            </ol>
            <Button
              className="button button-secondary"
              isDisabled={rows[list].length >= maxRows[list]}
              onPress={() => update(list, (current) => [...current, { key: newKey(), text: '', choice: choice?.first ?? '' }])}
            >
              <FormattedMessage id={`workbook.${list}.add`} />
            </Button>
          </section>
        );
      })}
      <div className="button-row">
        {/* After a conflict, saving waits for the colleague's version (else it would conflict again). */}
        <Button type="submit" className="button" isDisabled={isSubmitting || isStale}>
          <FormattedMessage id="workbook.save" />
        </Button>
      </div>
    </form>
  );
}

/**
 * `/participants/:participantId/workbook`: the participant's workbook (relationship values,
 * warning signs by kind, accountability actions planned or done), edited with them by
 * facilitators (`attendance.record`), read by others; the values print as a wallet card.
 */
export function WorkbookPage() {
  const intl = useIntl();
  const session = useSignedInSession();
  const { participantId = '' } = useParams();
  useDocumentTitle(intl.formatMessage({ id: 'workbook.title' }));
  const query = useApiQuery(`/participants/${participantId}/workbook`, workbookSchema);
  const [notice, setNotice] = useState<string>();
  const card = usePdfDownload();
  const canEdit = hasPermission(session, 'attendance.record');
  const workbook = query.data;
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/participants/${participantId}`}>
          <FormattedMessage id="workbook.back" />
        </Link>
      </p>
      <h1>
        <FormattedMessage id="workbook.title" />
      </h1>
      <p>
        <FormattedMessage id="workbook.intro" />
      </p>
      <SuccessNotice>{notice}</SuccessNotice>
      <LoadState isLoading={query.isLoading && !workbook} error={query.error} onRetry={query.reload} />
      {workbook && (
        <>
          <p className="muted">
            {workbook.updatedAt ? (
              <FormattedMessage
                id={workbook.updatedBy ? 'workbook.updatedBy' : 'workbook.updated'}
                values={{ date: workbook.updatedAt.slice(0, 10), name: workbook.updatedBy?.name ?? '' }}
              />
            ) : (
              <FormattedMessage id="workbook.neverSaved" />
            )}
          </p>
          <section aria-labelledby="wallet-card-heading">
            <h2 id="wallet-card-heading">
              <FormattedMessage id="workbook.walletCard.title" />
            </h2>
            <p>
              <FormattedMessage id="workbook.walletCard.help" />
            </p>
            <Button
              className="button button-secondary"
              isDisabled={card.busy !== undefined}
              onPress={() => void card.download('card', { method: 'GET', path: `/participants/${participantId}/workbook/wallet-card.pdf` })}
            >
              <FormattedMessage id="workbook.walletCard.print" />
            </Button>
            <div role="alert">
              {card.error && (
                <p className="notice notice-error">
                  <FormattedMessage id="packs.failed" values={{ message: card.error }} />
                </p>
              )}
            </div>
          </section>
          {canEdit ? (
            <WorkbookForm
              key={workbook.participantId}
              workbook={workbook}
              onSaved={(saved) => {
                query.setData(saved);
                setNotice(intl.formatMessage({ id: 'workbook.saved' }));
              }}
              onStale={query.reload}
            />
          ) : (
            <WorkbookView workbook={workbook} />
          )}
        </>
      )}
    </>
  );
}
