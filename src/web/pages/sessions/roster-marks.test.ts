import { describe, expect, it } from 'vitest';
import type { Mark, RosterEntry } from '../../api/roster';
import { checkRow, fieldOfMarkPath, isChanged, markInput, statusOfKey, valuesOfMark } from './roster-marks';

const mark = (fields: Partial<Mark>): Mark => ({
  markId: 'm1',
  participantId: 'p1',
  status: 'late',
  minutesLate: 15,
  minutesLeftEarly: null,
  reason: null,
  makeUp: false,
  recordedAt: '2026-11-17T23:30:00Z',
  version: 3,
  ...fields,
});
const person = (saved: Mark | null): RosterEntry => ({ participantId: 'p1', name: 'Trevor Bains', isMember: true, makeUp: false, mark: saved, standing: null });

describe('roster rows', () => {
  it('chooses a status by its key, in either case, and nothing for other keys', () => {
    expect(statusOfKey('p')).toBe('present');
    expect(statusOfKey('O')).toBe('left_early');
    expect(statusOfKey('r')).toBe('refused_entry');
    expect(statusOfKey('x')).toBeUndefined();
  });

  it('sends a new mark without a version, and a change with the version read', () => {
    expect(markInput(person(null), { status: 'present', minutesLate: '', minutesLeftEarly: '', reason: '' })).toEqual({
      participantId: 'p1', status: 'present', minutesLate: null, minutesLeftEarly: null, reason: null,
    });
    expect(markInput(person(mark({})), { status: 'excused', minutesLate: '15', minutesLeftEarly: '', reason: ' Sick child ' })).toEqual({
      participantId: 'p1', status: 'excused', minutesLate: null, minutesLeftEarly: null, reason: 'Sick child', version: 3,
    });
  });

  it('sees a row as changed only when it says something other than the saved mark', () => {
    const saved = person(mark({}));
    expect(isChanged(saved, valuesOfMark(saved.mark))).toBe(false);
    expect(isChanged(saved, { ...valuesOfMark(saved.mark), minutesLate: '20' })).toBe(true);
    expect(isChanged(saved, { ...valuesOfMark(saved.mark), status: 'present' })).toBe(true);
    expect(isChanged(person(null), valuesOfMark(null))).toBe(false);
    expect(isChanged(person(null), { ...valuesOfMark(null), status: 'present' })).toBe(true);
  });

  it('asks for minutes late and an excused absence’s reason before sending', () => {
    expect(checkRow({ status: 'late', minutesLate: '', minutesLeftEarly: '', reason: '' })).toEqual({ minutesLate: 'minutesRequired' });
    expect(checkRow({ status: 'late', minutesLate: '12.5', minutesLeftEarly: '', reason: '' })).toEqual({ minutesLate: 'minutesInvalid' });
    expect(checkRow({ status: 'excused', minutesLate: '', minutesLeftEarly: '', reason: ' ' })).toEqual({ reason: 'reasonRequired' });
    expect(checkRow({ status: 'refused_entry', minutesLate: '', minutesLeftEarly: '', reason: '' })).toEqual({});
  });

  it('puts a server message on the row it was sent in', () => {
    const sent = ['p1', 'p2', 'p3', 'p4'];
    expect(fieldOfMarkPath('marks.3.minutesLate', sent)).toBe('marks.p4.minutesLate');
    expect(fieldOfMarkPath('marks.0.participantId', sent)).toBe('marks.p1.status');
    expect(fieldOfMarkPath('marks.1', sent)).toBe('marks.p2.status');
    expect(fieldOfMarkPath('marks', sent)).toBe('marks');
  });
});
