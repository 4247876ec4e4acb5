import { describe, expect, it } from 'vitest';
import { moveRow, rowsOf, workbookBody } from './workbook-lists';

describe('workbook lists', () => {
  it('moves a row up or down, and leaves the ends alone', () => {
    expect(moveRow(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveRow(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveRow(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
  });

  it('sends each list in order with its kind or status, texts trimmed', () => {
    const rows = rowsOf({
      participantId: 'p',
      relationshipValues: [{ text: ' Respect ' }],
      warningSigns: [{ kind: 'physical', text: 'Clenched fists' }],
      accountabilityActions: [{ text: 'Apologise', status: 'done' }],
      version: 3,
      updatedAt: null,
      updatedBy: null,
    });
    expect(workbookBody(rows, 3)).toEqual({
      relationshipValues: [{ text: 'Respect' }],
      warningSigns: [{ kind: 'physical', text: 'Clenched fists' }],
      accountabilityActions: [{ text: 'Apologise', status: 'done' }],
      version: 3,
    });
  });
});
