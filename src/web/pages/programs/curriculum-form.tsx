import { useRef, useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { ApiError } from '../../api/api-error';
import { programStreamSchema, type CurriculumTopic, type ProgramStream } from '../../api/streams';
import { ErrorSummary } from '../../components/error-summary';
import { TextInput } from '../../components/text-input';
import { fieldId } from '../../forms/field-id';
import { problemFromFields, type FormProblem } from '../../forms/form-problem';
import { problemFromNestedError } from '../../forms/problem-from-nested-error';
import { useSession } from '../../session/session-context';

/** Props of {@link CurriculumForm}. */
export interface CurriculumFormProps {
  stream: ProgramStream;
  onSaved: (stream: ProgramStream) => void;
  /** Someone else changed the stream meanwhile: the page loads theirs. */
  onStale: () => void;
}

/** A topic as edited: text as typed, and a key that follows it when it moves. */
interface Row {
  key: number;
  title: string;
  titleFr: string;
  summary: string;
  summaryFr: string;
}

/** The most topics a curriculum has (the server's rule). */
const maxTopics = 52;
const texts = ['title', 'titleFr', 'summary', 'summaryFr'] as const;

let nextKey = 1;
function rowsOf(topics: readonly CurriculumTopic[]): Row[] {
  return topics.map((topic) => ({ key: nextKey++, title: topic.title, titleFr: topic.titleFr, summary: topic.summary ?? '', summaryFr: topic.summaryFr ?? '' }));
}
const textOf = (rows: readonly Row[]) => JSON.stringify(rows.map(({ key: _key, ...texts }) => texts));

/**
 * The stream's curriculum: a topic per session in order, titled and summarized in English and
 * French; topics can be added, removed and moved up or down, and the whole list is saved at once
 * on the version read.
 */
export function CurriculumForm({ stream, onSaved, onStale }: CurriculumFormProps) {
  const intl = useIntl();
  const { api } = useSession();
  const [rows, setRows] = useState(() => rowsOf(stream.topics));
  const current = textOf(rowsOf(stream.topics));
  const [base, setBase] = useState({ key: current, version: stream.version });
  const [mustReset, setMustReset] = useState(false);
  if (stream.version !== base.version) {
    const isDirty = textOf(rows) !== base.key;
    if (current === base.key || !isDirty || mustReset) {
      setBase({ key: current, version: stream.version });
      if (current !== base.key || mustReset) setRows(rowsOf(stream.topics));
      setMustReset(false);
    }
  }
  const [problem, setProblem] = useState<FormProblem>();
  const [isSubmitting, setSubmitting] = useState(false);
  const [moved, setMoved] = useState<string>();
  const container = useRef<HTMLOListElement>(null);
  const labelOf = {
    title: intl.formatMessage({ id: 'streams.topic.title' }),
    titleFr: intl.formatMessage({ id: 'streams.topic.titleFr' }),
    summary: intl.formatMessage({ id: 'streams.topic.summary' }),
    summaryFr: intl.formatMessage({ id: 'streams.topic.summaryFr' }),
  };
  const rowName = (index: number) => intl.formatMessage({ id: 'streams.topic.legend' }, { number: index + 1 });
  const labels = Object.fromEntries(
    rows.flatMap((_, index) => texts.map((text) => [`topics.${index}.${text}`, intl.formatMessage({ id: 'form.rowField' }, { row: rowName(index), label: labelOf[text] })])),
  );

  const update = (key: number, text: (typeof texts)[number], value: string) =>
    setRows((previous) => previous.map((row) => (row.key === key ? { ...row, [text]: value } : row)));
  /** Focuses a control of the row now at `index` after the list changed (a button or its first field). */
  const focusLater = (selector: string) => requestAnimationFrame(() => container.current?.querySelector<HTMLElement>(selector)?.focus());
  const move = (index: number, by: -1 | 1) => {
    const to = index + by;
    const next = [...rows];
    const [row] = next.splice(index, 1);
    next.splice(to, 0, row!);
    setRows(next);
    setMoved(intl.formatMessage({ id: 'streams.topic.moved' }, { label: row!.title || rowName(index), number: to + 1 }));
    // Keep the focus on the button pressed, in the topic's new place (or its other button at an end).
    const edge = (by === -1 && to === 0) || (by === 1 && to === next.length - 1);
    focusLater(`[data-row="${to}"] [data-move="${edge ? -by : by}"]`);
  };
  const remove = (index: number) => {
    setRows(rows.filter((_, i) => i !== index));
    setMoved(intl.formatMessage({ id: 'streams.topic.removed' }, { number: index + 1 }));
    focusLater(`[data-row="${Math.min(index, rows.length - 2)}"] input`);
  };
  const add = () => {
    setRows([...rows, { key: nextKey++, title: '', titleFr: '', summary: '', summaryFr: '' }]);
    setMoved(undefined);
    focusLater(`[data-row="${rows.length}"] input`);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isSubmitting) return;
    const required = intl.formatMessage({ id: 'form.required' });
    const missing = problemFromFields(
      Object.fromEntries(
        rows.flatMap((row, index) => [
          [`topics.${index}.title`, row.title.trim() ? undefined : required],
          [`topics.${index}.titleFr`, row.titleFr.trim() ? undefined : required],
        ]),
      ),
      intl,
    );
    setProblem(missing);
    if (missing) return;
    setSubmitting(true);
    const optional = (value: string) => (value.trim() ? value.trim() : undefined);
    const topics = rows.map((row) => ({ title: row.title.trim(), titleFr: row.titleFr.trim(), summary: optional(row.summary), summaryFr: optional(row.summaryFr) }));
    try {
      const saved = await api.send('PUT', `/streams/${stream.id}/curriculum`, { topics, version: base.version }, programStreamSchema);
      setProblem(undefined);
      const next = rowsOf(saved.topics);
      setRows(next);
      setBase({ key: textOf(next), version: saved.version });
      onSaved(saved);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        setMustReset(true);
        setProblem({ summary: intl.formatMessage({ id: 'streams.conflict' }), fields: {} });
        onStale();
      } else {
        setProblem(problemFromNestedError(error, intl));
      }
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <section className="card" aria-labelledby="curriculum-heading">
      <h2 id="curriculum-heading">
        <FormattedMessage id="streams.curriculum.title" />
      </h2>
      <p>
        <FormattedMessage id="streams.curriculum.intro" />
      </p>
      {problem && <ErrorSummary problem={problem} labels={labels} />}
      <p className="visually-hidden" role="status">
        {moved}
      </p>
      <form className="form" noValidate aria-labelledby="curriculum-heading" onSubmit={(event) => void onSubmit(event)}>
        <ol ref={container} className="plain-list stack">
          {rows.map((row, index) => (
            <li key={row.key} data-row={index}>
              <fieldset className="fieldset row-fieldset">
                <legend className="row-legend">{rowName(index)}</legend>
                {texts.map((text) => {
                  const name = `topics.${index}.${text}`;
                  const isSummary = text === 'summary' || text === 'summaryFr';
                  return (
                    <TextInput
                      key={text}
                      name={name}
                      label={isSummary ? intl.formatMessage({ id: 'streams.topic.optional' }, { label: labelOf[text] }) : labelOf[text]}
                      multiline={isSummary}
                      lang={text.endsWith('Fr') ? 'fr' : 'en'}
                      autoComplete="off"
                      value={row[text]}
                      onChange={(value) => update(row.key, text, value)}
                      error={problem?.fields[name]}
                    />
                  );
                })}
                <div className="button-row">
                  <Button className="button button-secondary" data-move="-1" isDisabled={index === 0} onPress={() => move(index, -1)}>
                    <FormattedMessage id="streams.topic.up" values={{ number: index + 1 }} />
                  </Button>
                  <Button className="button button-secondary" data-move="1" isDisabled={index === rows.length - 1} onPress={() => move(index, 1)}>
                    <FormattedMessage id="streams.topic.down" values={{ number: index + 1 }} />
                  </Button>
                  <Button className="button button-secondary-danger" isDisabled={rows.length <= 1} onPress={() => remove(index)}>
                    <FormattedMessage id="streams.topic.remove" values={{ number: index + 1 }} />
                  </Button>
                </div>
              </fieldset>
            </li>
          ))}
        </ol>
        {problem?.fields.topics && (
          <p className="field-error" id={fieldId('topics')}>
            {problem.fields.topics}
          </p>
        )}
        <div className="button-row">
          <Button className="button button-secondary" isDisabled={rows.length >= maxTopics} onPress={add}>
            <FormattedMessage id="streams.topic.add" />
          </Button>
          <Button type="submit" className="button" isDisabled={isSubmitting}>
            <FormattedMessage id="streams.curriculum.submit" />
          </Button>
        </div>
      </form>
    </section>
  );
}
