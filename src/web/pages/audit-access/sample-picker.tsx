import { useState } from 'react';
import { Button } from 'react-aria-components';
import { FormattedMessage, useIntl } from 'react-intl';
import { maxSampleFiles, type ChoiceFile } from '../../api/audit-access';
import { CheckboxItem } from '../../components/checkbox-item';
import { NumberInput } from '../../components/number-input';
import { TextInput } from '../../components/text-input';
import { fieldId } from '../../forms/field-id';
import { enumLabel } from '../../i18n/enum-label';

/** Props of {@link SamplePicker}. */
export interface SamplePickerProps {
  files: readonly ChoiceFile[];
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
  error?: string | undefined;
}

/** `count` files drawn at random (without repeats) from `from`. */
function drawAtRandom(from: readonly ChoiceFile[], count: number): string[] {
  const pool = from.map((file) => file.participantId);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, count);
}

/**
 * The files an auditor may read: a filter (by name or case state), a table of the files shown
 * with a checkbox each (name, case state, day the latest referral was received), and a helper
 * that picks a number of files at random among those shown. At most {@link maxSampleFiles}.
 */
export function SamplePicker({ files, chosen, onChange, error }: SamplePickerProps) {
  const intl = useIntl();
  const [filter, setFilter] = useState('');
  const [count, setCount] = useState(5);
  const needle = filter.trim().toLocaleLowerCase();
  const shown = files.filter(
    (file) => needle === '' || file.name.toLocaleLowerCase().includes(needle) || enumLabel(intl, 'caseState', file.caseState).toLocaleLowerCase().includes(needle),
  );
  const isFull = chosen.length >= maxSampleFiles;
  const toggle = (id: string, isOn: boolean) => onChange(isOn ? [...chosen, id] : chosen.filter((other) => other !== id));
  const drawable = Number.isFinite(count) && count >= 1 && shown.length > 0;
  return (
    <fieldset className="fieldset" id={fieldId('participantIds')} aria-describedby="sample-count">
      <legend className="field-label">
        <FormattedMessage id="auditAccess.sample.legend" />
      </legend>
      <p className="field-description">
        <FormattedMessage id="auditAccess.sample.help" values={{ max: maxSampleFiles }} />
      </p>
      {error && (
        <p className="field-error" id="sample-error">
          {error}
        </p>
      )}
      <p id="sample-count" role="status" aria-live="polite">
        <strong>
          <FormattedMessage id="auditAccess.sample.count" values={{ count: chosen.length, max: maxSampleFiles }} />
        </strong>
      </p>
      <TextInput name="sampleFilter" label={intl.formatMessage({ id: 'auditAccess.sample.filter' })} description={intl.formatMessage({ id: 'auditAccess.sample.filterHelp' })} value={filter} onChange={setFilter} />
      <div className="button-row sample-draw">
        <NumberInput name="randomCount" label={intl.formatMessage({ id: 'auditAccess.sample.randomCount' })} value={count} onChange={setCount} minValue={1} maxValue={maxSampleFiles} />
        <Button className="button button-secondary" isDisabled={!drawable} onPress={() => onChange(drawAtRandom(shown, Math.min(count, maxSampleFiles)))}>
          <FormattedMessage id="auditAccess.sample.random" values={{ count: Number.isFinite(count) ? count : 0 }} />
        </Button>
        <Button className="button button-secondary" isDisabled={chosen.length === 0} onPress={() => onChange([])}>
          <FormattedMessage id="auditAccess.sample.clear" />
        </Button>
      </div>
      <div className="table-scroll sample-scroll" role="region" aria-labelledby="sample-caption" tabIndex={0}>
        <table className="table">
          <caption id="sample-caption">
            <FormattedMessage id="auditAccess.sample.caption" values={{ shown: shown.length, total: files.length }} />
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <FormattedMessage id="auditAccess.sample.column.file" />
              </th>
              <th scope="col">
                <FormattedMessage id="auditAccess.sample.column.caseState" />
              </th>
              <th scope="col">
                <FormattedMessage id="auditAccess.sample.column.received" />
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((file) => {
              const isChosen = chosen.includes(file.participantId);
              return (
                <tr key={file.participantId}>
                  <th scope="row">
                    <CheckboxItem isSelected={isChosen} isDisabled={!isChosen && isFull} onChange={(isOn) => toggle(file.participantId, isOn)}>
                      {file.name}
                    </CheckboxItem>
                  </th>
                  <td>{enumLabel(intl, 'caseState', file.caseState)}</td>
                  <td>{file.receivedOn ?? <FormattedMessage id="auditAccess.sample.noReferral" />}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </fieldset>
  );
}
