import { useRef, type KeyboardEvent } from 'react';
import { FieldError, Radio, RadioGroup } from 'react-aria-components';
import { useIntl } from 'react-intl';
import { attendanceStatuses, type AttendanceStatus } from '../../api/roster';
import { fieldId } from '../../forms/field-id';
import { enumLabel } from '../../i18n/enum-label';
import { statusKeys, statusOfKey } from './roster-marks';

/** Props of {@link StatusRadios}. */
export interface StatusRadiosProps {
  /** The field's name (`marks.<participantId>.status`): its id for the error summary's link. */
  name: string;
  /** "Attendance of <name>": what a screen reader says on entering the group. */
  label: string;
  value: AttendanceStatus | '';
  onChange: (status: AttendanceStatus) => void;
  /** Up and down arrows: to the person above (-1) or below (1). */
  onMove: (step: -1 | 1) => void;
  error?: string | undefined;
}

/**
 * One person's attendance as a labelled radio group (react-aria: Tab enters it, left and right
 * arrows move between the choices, Space chooses), and quick entry on top of it: a single key
 * (P, L, O, E, U, R) chooses a status, and up and down arrows go to the row above or below.
 * The keys are shown beside each choice and explained in the roster's help text.
 */
export function StatusRadios({ name, label, value, onChange, onMove, error }: StatusRadiosProps) {
  const intl = useIntl();
  const ref = useRef<HTMLDivElement>(null);
  // Runs before react-aria's own handling, which would otherwise take up and down to the next choice.
  const onKeyDownCapture = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      event.stopPropagation();
      onMove(event.key === 'ArrowUp' ? -1 : 1);
      return;
    }
    const status = event.key.length === 1 ? statusOfKey(event.key) : undefined;
    if (!status) return;
    event.preventDefault();
    event.stopPropagation();
    onChange(status);
    // Focus follows the choice, as it does with the arrow keys.
    ref.current?.querySelector<HTMLInputElement>(`input[value="${status}"]`)?.focus();
  };
  return (
    <div ref={ref} onKeyDownCapture={onKeyDownCapture}>
      <RadioGroup
        id={fieldId(name)}
        name={name}
        aria-label={label}
        orientation="horizontal"
        className="status-radios"
        value={value === '' ? null : value}
        onChange={(next) => onChange(next as AttendanceStatus)}
        isInvalid={error !== undefined}
        validationBehavior="aria"
      >
        <div className="status-options">
          {attendanceStatuses.map((status) => (
            <Radio key={status} value={status} className={`status-option status-${status}`}>
              <kbd className="status-key" aria-hidden="true">
                {statusKeys[status]}
              </kbd>
              {enumLabel(intl, 'attendanceStatus', status)}
            </Radio>
          ))}
        </div>
        <FieldError className="field-error">{error}</FieldError>
      </RadioGroup>
    </div>
  );
}
