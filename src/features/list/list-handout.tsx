import { useMemo } from 'react';
import type { HistoricalEvent } from '../../data/schemas';
import { VOICE_LABELS } from '../../data/voice';
import { groupByVoice } from '../../data/voice-groups';
import { formatEventDate } from '../../dates';
import type { AppState } from '../../state/slices';
import { useAppStore } from '../../state/store';
import { VoiceBadge } from '../../ui/voice-badge';

const selectPeople = (s: AppState) => s.listing.people;
const selectFilterVoice = (s: AppState) => s.filters.voice;

/**
 * Every event with its summary, quotations and citations: shown only in print (list-view.css),
 * where it replaces the table and the cards. Hidden from screen readers, who have those.
 * Quotations come by voice, each with its badge, as in the event panel; with a voice filter on,
 * the sheet holds that voice's quotations only (a class's sheet of words of the time) and says
 * how many it left out.
 */
export function ListHandout({ events }: { events: readonly HistoricalEvent[] }) {
  const people = useAppStore(selectPeople);
  const filterVoice = useAppStore(selectFilterVoice);
  const peopleById = useMemo(() => new Map(people.map((p) => [p.id, p])), [people]);
  return (
    <div className="handout" aria-hidden="true">
      {events.map((e) => {
        const groups = groupByVoice(e.passages, peopleById);
        const kept = filterVoice === null ? groups : groups.filter((g) => g.voice === filterVoice);
        const left = e.passages.length - kept.reduce((sum, g) => sum + g.numbers.length, 0);
        return (
          <article key={e.id} className="handout__event">
            <h3>
              {formatEventDate(e)} — {e.title}
            </h3>
            <p>{e.summary}</p>
            {kept.flatMap((group) =>
              group.numbers.map((n) => {
                const p = e.passages[n - 1];
                return (
                  p && (
                    <div key={n} className="handout__quote">
                      <VoiceBadge voice={group.voice} className="handout__voice" />
                      <blockquote>
                        <p>“{p.quote}”</p>
                        <footer>{p.cite}</footer>
                      </blockquote>
                    </div>
                  )
                );
              }),
            )}
            {filterVoice !== null && left > 0 && (
              <p className="handout__left-out">
                {left} other {left === 1 ? 'quotation' : 'quotations'} left out by the filter “
                {VOICE_LABELS[filterVoice]} only”.
              </p>
            )}
            {e.note && <p className="handout__note">Note: {e.note}</p>}
          </article>
        );
      })}
    </div>
  );
}
