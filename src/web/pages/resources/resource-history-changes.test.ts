import { describe, expect, it } from 'vitest';
import type { ResourceRevision } from '../../api/resources';
import { resourceChanges } from './resource-history-changes';

const by = { id: '00000000-0000-4000-8000-000000000001', name: 'Dana' };
const revision = (version: number, change: ResourceRevision['change'], changedFields: string[], previous: Record<string, unknown>): ResourceRevision => ({
  version,
  change,
  changedFields,
  revisedAt: `2026-11-2${version}T15:00:00.000Z`,
  revisedBy: by,
  previous,
});

describe('a resource’s changes from its revisions', () => {
  it('pairs each earlier record with the next one, the newest with the resource as it is now, newest first', () => {
    const changes = resourceChanges(
      [
        revision(1, 'updated', ['region', 'hours'], { name: 'Line', hours: '9 to 5' }),
        revision(3, 'retired', [], { name: 'Line', region: 'Toronto', hours: '24/7' }),
        revision(2, 'updated', ['region', 'hours'], { name: 'Line', region: 'Ottawa', hours: '24/7 now' }),
      ],
      { name: 'Line', region: 'Toronto', hours: '24/7', version: 4 },
    );
    expect(changes.map((change) => [change.version, change.change])).toEqual([
      [4, 'retired'],
      [3, 'updated'],
      [2, 'updated'],
    ]);
    expect(changes[0]!.fields).toEqual([]);
    expect(changes[1]!.fields).toEqual([
      { field: 'region', before: 'Ottawa', after: 'Toronto' },
      { field: 'hours', before: '24/7 now', after: '24/7' },
    ]);
    expect(changes[2]!.fields).toEqual([
      { field: 'region', before: undefined, after: 'Ottawa' },
      { field: 'hours', before: '9 to 5', after: '24/7 now' },
    ]);
    expect(changes[2]!.revisedBy).toEqual(by);
  });
});
