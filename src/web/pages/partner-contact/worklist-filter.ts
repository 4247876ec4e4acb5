import type { WorklistItem, worklistItemKinds } from '../../api/partner-contact';

/** What the worker narrows the worklist to: a kind of item, only what is late, a partner's name. */
export interface WorklistFilter {
  kind: (typeof worklistItemKinds)[number] | 'all';
  /** 'late': urgent or overdue items only. */
  show: 'all' | 'late';
  /** Part of a partner's name: any case, accents or not ("Helene" finds "Hélène"). */
  query: string;
}

export const noFilter: WorklistFilter = { kind: 'all', show: 'all', query: '' };

/** How many rows the page shows at first, and adds at each "show more". */
export const worklistPageSize = 100;

function folded(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The items the filter keeps, in the server's order. */
export function filterWorklist(items: readonly WorklistItem[], filter: WorklistFilter): WorklistItem[] {
  const query = folded(filter.query);
  return items.filter(
    (item) =>
      (filter.kind === 'all' || item.kind === filter.kind) &&
      (filter.show === 'all' || item.overdue || item.urgent) &&
      (query === '' || folded(item.partnerName).includes(query)),
  );
}
