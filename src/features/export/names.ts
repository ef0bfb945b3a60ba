interface Named {
  id: string;
  name: string;
}

/**
 * Display names for ids, in the event's own order (the first faction is its lane). An id with
 * no record is kept as it is: an export that silently dropped a name would misquote the data.
 */
export function namesOf(ids: readonly string[], records: readonly Named[]): string[] {
  const byId = new Map(records.map((r) => [r.id, r.name]));
  return ids.map((id) => byId.get(id) ?? id);
}
