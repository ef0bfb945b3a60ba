/** The JSON export read back without the names it adds: the events as data/events.json holds them. */
export function withoutNames(json: string): Record<string, unknown>[] {
  return (JSON.parse(json) as Record<string, unknown>[]).map((exported) => {
    const event = { ...exported };
    delete event.factionNames;
    delete event.peopleNames;
    return event;
  });
}
