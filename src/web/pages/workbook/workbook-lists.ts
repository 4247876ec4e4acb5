import type { Workbook } from '../../api/workbook';

/** One row of a workbook list as edited: a stable key for React, its text, and its kind or status. */
export interface WorkbookRow {
  key: number;
  text: string;
  /** The warning sign's kind, or the action's status; unused for values. */
  choice: string;
}

export const listNames = ['relationshipValues', 'warningSigns', 'accountabilityActions'] as const;
export type ListName = (typeof listNames)[number];
export type WorkbookRows = Record<ListName, WorkbookRow[]>;

let nextKey = 1;
/** A key no other row of this page has. */
export function newKey(): number {
  return nextKey++;
}

/** The rows of a workbook as read. */
export function rowsOf(workbook: Workbook): WorkbookRows {
  return {
    relationshipValues: workbook.relationshipValues.map((item) => ({ key: newKey(), text: item.text, choice: '' })),
    warningSigns: workbook.warningSigns.map((item) => ({ key: newKey(), text: item.text, choice: item.kind })),
    accountabilityActions: workbook.accountabilityActions.map((item) => ({ key: newKey(), text: item.text, choice: item.status })),
  };
}

/** The request body for the rows, each list in its order, against a version. */
export function workbookBody(rows: WorkbookRows, version: number) {
  return {
    relationshipValues: rows.relationshipValues.map((row) => ({ text: row.text.trim() })),
    warningSigns: rows.warningSigns.map((row) => ({ kind: row.choice, text: row.text.trim() })),
    accountabilityActions: rows.accountabilityActions.map((row) => ({ text: row.text.trim(), status: row.choice })),
    version,
  };
}

/** The list with one row moved by `by` places (-1 up, +1 down); unchanged at either end. */
export function moveRow<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= list.length) return [...list];
  const next = [...list];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}
