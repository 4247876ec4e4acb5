import { describe, expect, it } from 'vitest';
import type { WorklistItem } from '../../api/partner-contact';
import { filterWorklist, noFilter } from './worklist-filter';

const item = (partnerName: string, kind: WorklistItem['kind'], overdue = false, urgent = false): WorklistItem => ({
  partnerId: `${partnerName}-${kind}`,
  partnerName,
  language: 'en',
  kind,
  dueAt: '2026-11-20T22:00:00.000Z',
  overdue,
  urgent,
  attempts: null,
  done: null,
  required: null,
  windowEndsOn: null,
  notice: null,
  followUpOn: null,
});

const items = [item('Hélène Tremblay', 'notice', true, true), item('Maria Lopez', 'first_contact', true), item('Helen Park', 'minimum_contacts'), item('Joanne Ng', 'notice')];

describe('the partner-contact worklist filter', () => {
  it('keeps everything, in order, when nothing is chosen', () => {
    expect(filterWorklist(items, noFilter)).toEqual(items);
  });

  it('keeps one kind of item', () => {
    expect(filterWorklist(items, { ...noFilter, kind: 'notice' }).map((i) => i.partnerName)).toEqual(['Hélène Tremblay', 'Joanne Ng']);
  });

  it('keeps what is overdue or urgent', () => {
    expect(filterWorklist(items, { ...noFilter, show: 'late' }).map((i) => i.partnerName)).toEqual(['Hélène Tremblay', 'Maria Lopez']);
  });

  it('finds a partner by part of the name, whatever the case or the accents', () => {
    expect(filterWorklist(items, { ...noFilter, query: '  helen ' }).map((i) => i.partnerName)).toEqual(['Hélène Tremblay', 'Helen Park']);
    expect(filterWorklist(items, { ...noFilter, query: 'HÉLÈNE' }).map((i) => i.partnerName)).toEqual(['Hélène Tremblay']);
  });

  it('combines the three', () => {
    expect(filterWorklist(items, { kind: 'notice', show: 'late', query: 'hel' }).map((i) => i.partnerName)).toEqual(['Hélène Tremblay']);
    expect(filterWorklist(items, { kind: 'letter', show: 'all', query: '' })).toEqual([]);
  });
});
