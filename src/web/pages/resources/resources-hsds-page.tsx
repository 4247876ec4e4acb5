import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { Link } from 'react-router';
import { hsdsFormats, hsdsImportReportSchema, maxHsdsImportMegabytes, type HsdsFormat, type HsdsImportReport } from '../../api/resources';
import { ApiError } from '../../api/api-error';
import { ErrorSummary } from '../../components/error-summary';
import { FileInput } from '../../components/file-input';
import { SuccessNotice } from '../../components/success-notice';
import '../../components/resources.css';
import { problemFromError, problemFromFields, type FormProblem } from '../../forms/form-problem';
import type { Locale } from '../../i18n/locale';
import { useDocumentTitle } from '../../i18n/use-document-title';
import { useSession } from '../../session/session-context';
import { downloadHsdsExport } from './hsds-download';

const fileField = 'hsds-file';
/** The server's refusals of the file as a whole, said at the file chooser. */
const fileCodes = ['hsds.json_malformed', 'hsds.json_not_services', 'request.body_too_large', 'request.invalid'];

/** The file read as JSON, or why it cannot be sent (in words): none chosen, a zip, too big, not JSON. */
async function readHsdsFile(file: File | undefined, intl: IntlShape): Promise<{ document: unknown } | { problem: string }> {
  if (!file) return { problem: intl.formatMessage({ id: 'resourcesHsds.file.required' }) };
  if (file.name.toLowerCase().endsWith('.zip')) return { problem: intl.formatMessage({ id: 'resourcesHsds.file.zip' }) };
  if (file.size > maxHsdsImportMegabytes * 1024 * 1024) return { problem: intl.formatMessage({ id: 'resourcesHsds.file.tooLarge' }, { max: maxHsdsImportMegabytes }) };
  const text = await file.text();
  try {
    return { document: JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text) };
  } catch {
    return { problem: intl.formatMessage({ id: 'resourcesHsds.file.notJson' }) };
  }
}

/** Export: the directory's published resources as HSDS JSON or as the tabular package. */
function ExportSection() {
  const intl = useIntl();
  const [busy, setBusy] = useState<HsdsFormat>();
  const [error, setError] = useState<string>();
  const download = async (format: HsdsFormat) => {
    if (busy) return;
    setBusy(format);
    setError(undefined);
    try {
      await downloadHsdsExport(format, intl.locale as Locale);
    } catch (caught) {
      const apiError = ApiError.from(caught);
      setError(apiError.detail ?? intl.formatMessage({ id: apiError.kind === 'network' ? 'error.network' : 'error.invalid' }));
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <section aria-labelledby="hsds-export-heading">
      <h2 id="hsds-export-heading">
        <FormattedMessage id="resourcesHsds.export.title" />
      </h2>
      <p>
        <FormattedMessage id="resourcesHsds.export.about" />
      </p>
      <div className="button-row">
        {hsdsFormats.map((format) => (
          <Button key={format} className="button button-secondary" isDisabled={busy !== undefined} onPress={() => void download(format)}>
            <FormattedMessage id={`resourcesHsds.export.${format}`} />
          </Button>
        ))}
      </div>
      <div role="alert">{error && <p className="notice notice-error">{error}</p>}</div>
    </section>
  );
}

/** The check's findings: counts, every invalid record and its reasons, the file's own problems. */
function CheckReport({ report, fileName }: { report: HsdsImportReport; fileName: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [report]);
  return (
    <>
      <h3 id="hsds-check-heading" ref={heading} tabIndex={-1}>
        <FormattedMessage id="resourcesHsds.check.title" values={{ file: fileName }} />
      </h3>
      <p>
        <FormattedMessage id="resourcesHsds.check.counts" values={{ records: report.records, valid: report.valid, invalid: report.invalid.length }} />
      </p>
      {report.invalid.length > 0 && (
        <div className="table-scroll" role="region" aria-labelledby="hsds-invalid-caption" tabIndex={0}>
          <table className="table">
            <caption id="hsds-invalid-caption">
              <FormattedMessage id="resourcesHsds.invalid.caption" values={{ count: report.invalid.length }} />
            </caption>
            <thead>
              <tr>
                {(['record', 'id', 'name', 'reasons'] as const).map((column) => (
                  <th key={column} scope="col">
                    <FormattedMessage id={`resourcesHsds.invalid.column.${column}`} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.invalid.map((record) => (
                <tr key={record.index}>
                  <th scope="row">
                    <FormattedMessage id="resourcesHsds.invalid.record" values={{ number: record.index + 1 }} />
                  </th>
                  <td>{record.id ? <code>{record.id}</code> : '—'}</td>
                  <td>{record.name ?? '—'}</td>
                  <td>
                    <ul>
                      {record.reasons.map((reason, index) => (
                        <li key={index}>{reason.message}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {report.problems.length > 0 && (
        <>
          <h4>
            <FormattedMessage id="resourcesHsds.problems.title" />
          </h4>
          <ul>
            {report.problems.map((problem, index) => (
              <li key={index}>{problem.message}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** Import: choose an HSDS JSON file, check it (nothing written), then import it, all or only its valid records. */
function ImportSection() {
  const intl = useIntl();
  const { api } = useSession();
  const [file, setFile] = useState<File>();
  // A new file chooser after an import or a "nothing", so that it is empty again.
  const [round, setRound] = useState(0);
  const [checked, setChecked] = useState<{ document: unknown; fileName: string; report: HsdsImportReport }>();
  const [done, setDone] = useState<HsdsImportReport>();
  const [problem, setProblem] = useState<FormProblem>();
  const [isBusy, setBusy] = useState(false);
  const label = intl.formatMessage({ id: 'resourcesHsds.file.label' });

  const send = async (document: unknown, query: string) => {
    setBusy(true);
    setProblem(undefined);
    try {
      return await api.send('POST', `/resources/import?${query}`, document, hsdsImportReportSchema);
    } catch (caught) {
      setProblem(problemFromError(caught, intl, Object.fromEntries(fileCodes.map((code) => [code, fileField]))));
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  const onCheck = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isBusy) return;
    setChecked(undefined);
    setDone(undefined);
    const read = await readHsdsFile(file, intl);
    if ('problem' in read) return setProblem(problemFromFields({ [fileField]: read.problem }, intl));
    const report = await send(read.document, 'dryRun=true');
    if (report && file) setChecked({ document: read.document, fileName: file.name, report });
  };
  const onImport = async (acceptValid: boolean) => {
    if (!checked || isBusy) return;
    const report = await send(checked.document, `acceptValid=${acceptValid}`);
    if (!report) return;
    if (report.refused) return setChecked({ ...checked, report });
    setDone(report);
    setChecked(undefined);
    setFile(undefined);
    setRound((n) => n + 1);
  };
  const reset = () => {
    setChecked(undefined);
    setFile(undefined);
    setRound((n) => n + 1);
  };
  const report = checked?.report;

  return (
    <section aria-labelledby="hsds-import-heading">
      <h2 id="hsds-import-heading">
        <FormattedMessage id="resourcesHsds.import.title" />
      </h2>
      <p>
        <FormattedMessage id="resourcesHsds.import.about" />
      </p>
      <p>
        <FormattedMessage id="resourcesHsds.import.csv" values={{ command: <code>pars resources import FILE</code> }} />
      </p>
      <SuccessNotice>
        {done && <FormattedMessage id="resourcesHsds.done" values={{ created: done.created, updated: done.updated, unchanged: done.unchanged, skipped: done.invalid.length }} />}
      </SuccessNotice>
      <form className="form" noValidate aria-labelledby="hsds-import-heading" onSubmit={(event) => void onCheck(event)}>
        {problem && <ErrorSummary problem={problem} labels={{ [fileField]: label }} />}
        <FileInput
          key={round}
          name={fileField}
          label={label}
          description={intl.formatMessage({ id: 'resourcesHsds.file.help' }, { max: maxHsdsImportMegabytes })}
          accept=".json,application/json"
          error={problem?.fields[fileField]}
          onChange={(chosen) => {
            setFile(chosen);
            setChecked(undefined);
          }}
        />
        <Button type="submit" className="button" isDisabled={isBusy}>
          <FormattedMessage id="resourcesHsds.check.submit" />
        </Button>
      </form>
      {checked && report && (
        <section aria-labelledby="hsds-check-heading">
          <CheckReport report={report} fileName={checked.fileName} />
          {report.problems.length > 0 ? (
            <p>
              <FormattedMessage id="resourcesHsds.choice.problems" />
            </p>
          ) : report.valid === 0 ? (
            <p>
              <FormattedMessage id="resourcesHsds.choice.noneValid" />
            </p>
          ) : report.invalid.length === 0 ? (
            <div className="button-row">
              <Button className="button" isDisabled={isBusy} onPress={() => void onImport(false)}>
                <FormattedMessage id="resourcesHsds.choice.all" values={{ count: report.valid }} />
              </Button>
              <Button className="button button-secondary" isDisabled={isBusy} onPress={reset}>
                <FormattedMessage id="resourcesHsds.choice.nothing" />
              </Button>
            </div>
          ) : (
            <>
              <p>
                <FormattedMessage id="resourcesHsds.choice.partial" />
              </p>
              <div className="button-row">
                <Button className="button" isDisabled={isBusy} onPress={() => void onImport(true)}>
                  <FormattedMessage id="resourcesHsds.choice.valid" values={{ count: report.valid }} />
                </Button>
                <Button className="button button-secondary" isDisabled={isBusy} onPress={reset}>
                  <FormattedMessage id="resourcesHsds.choice.nothing" />
                </Button>
              </div>
            </>
          )}
        </section>
      )}
    </section>
  );
}

/**
 * `/resources/hsds` (those who keep the directory): the directory out as Open Referral HSDS 3.1
 * (JSON, or the tabular CSV package zipped; confidential resources never), and an HSDS JSON file
 * in: checked first with nothing written, every invalid record shown with its reasons, then
 * imported whole, or only its valid records when the person chooses so.
 */
export function ResourcesHsdsPage() {
  const intl = useIntl();
  useDocumentTitle(intl.formatMessage({ id: 'resourcesHsds.title' }));
  return (
    <>
      <p className="breadcrumb">
        <Link to="/resources">
          <FormattedMessage id="resources.back" />
        </Link>
      </p>
      <h1>
        <FormattedMessage id="resourcesHsds.title" />
      </h1>
      <ExportSection />
      <ImportSection />
    </>
  );
}
