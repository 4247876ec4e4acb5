import type { ResourceRevision } from '../../api/resources';

/** One field a change touched: its value before and after, as the records kept them (undefined: empty). */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** One change to a resource: what kind, who, when, and each field it touched. */
export interface ResourceChange {
  /** The version the change made (the revision's version + 1). */
  version: number;
  change: ResourceRevision['change'];
  revisedAt: string;
  revisedBy: ResourceRevision['revisedBy'];
  fields: FieldChange[];
}

const asRecord = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

/**
 * A resource's revisions (each the record BEFORE a change) paired with what came after: the next
 * revision's record, or the resource as it is now for the newest change. Newest first.
 */
export function resourceChanges(revisions: readonly ResourceRevision[], current: Record<string, unknown>): ResourceChange[] {
  const byVersion = new Map(revisions.map((revision) => [revision.version, asRecord(revision.previous)]));
  return [...revisions]
    .sort((a, b) => b.version - a.version)
    .map((revision) => {
      const before = asRecord(revision.previous);
      const after = byVersion.get(revision.version + 1) ?? current;
      return {
        version: revision.version + 1,
        change: revision.change,
        revisedAt: revision.revisedAt,
        revisedBy: revision.revisedBy,
        fields: revision.changedFields.map((field) => ({ field, before: before[field] ?? undefined, after: after[field] ?? undefined })),
      };
    });
}
