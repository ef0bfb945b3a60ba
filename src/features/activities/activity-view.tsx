import { useMemo } from 'react';
import { parseDate } from '../../dates';
import type { Dataset } from '../../data/validate-dataset';
import { useAppStore } from '../../state/store';
import type { AppState } from '../../state/slices';
import type { ActivityKind, ActivityLink } from '../../state/activity-link';
import { hrefFor } from '../../state/url';
import { AppLink } from '../../ui/app-link';
import { useCopy } from '../../ui/use-copy';
import { orderTask } from './put-in-order';
import { nextSeed, seededRandom } from './random';
import { whoSaidQuestions } from './who-said';
import { WhoSaidQuiz } from './who-said-quiz';
import { OrderExercise } from './order-exercise';
import { Worksheet } from './worksheet';
import './activities.css';

const selectActivity = (s: AppState) => s.activity;
const selectNavigate = (s: AppState) => s.navigate;

const TABS: { kind: ActivityKind; label: string }[] = [
  { kind: 'who-said', label: 'Who said it?' },
  { kind: 'order', label: 'Put these in order' },
  { kind: 'worksheet', label: 'Worksheet' },
];

/** The order task draws on its own stream, so it does not change with the number of questions. */
const ORDER_STREAM = 0x5bd1e995;

/**
 * A class activity made from a tour's or a list's events: "Who said it?", "Put these in order"
 * and a printable worksheet with an answer key. Everything is in the link (events and seed), so
 * every student gets the same questions and nothing is sent anywhere; answers are checked here.
 */
export default function ActivityView({ dataset }: { dataset: Dataset }) {
  const activity = useAppStore(selectActivity);
  const navigate = useAppStore(selectNavigate);
  const { copy, message } = useCopy();

  const events = useMemo(() => {
    const wanted = new Set(activity?.events ?? []);
    return dataset.events.filter((e) => wanted.has(e.id));
  }, [activity, dataset.events]);
  const seed = activity?.seed ?? 0;
  const questions = useMemo(
    () => whoSaidQuestions(events, dataset.events, dataset.people, seededRandom(seed)),
    [events, dataset, seed],
  );
  const order = useMemo(() => orderTask(events, seededRandom(seed ^ ORDER_STREAM)), [events, seed]);

  if (!activity || events.length === 0) {
    return (
      <section className="activity" aria-labelledby="activity-title">
        <h2 id="activity-title">Class activity</h2>
        <p>
          This link names no events of the timeline to ask about. A teacher makes an activity from a tour in{' '}
          <AppLink href={hrefFor({ view: 'present' })} onNavigate={() => navigate({ view: 'present' })}>
            Present
          </AppLink>{' '}
          or from the events of the{' '}
          <AppLink href={hrefFor({ view: 'list' })} onNavigate={() => navigate({ view: 'list' })}>
            List
          </AppLink>
          .
        </p>
      </section>
    );
  }

  const go = (next: ActivityLink) => navigate({ view: 'activity', activity: next });
  const missing = activity.events.length - events.length;
  const years = events.flatMap((e) => [parseDate(e.start)?.year, parseDate(e.end ?? e.start)?.year]);
  const [from, to] = [Math.min(...years.map((y) => y ?? Infinity)), Math.max(...years.map((y) => y ?? 0))];
  const linkTo = (kind: ActivityKind) =>
    new URL(hrefFor({ view: 'activity', activity: { ...activity, kind } }), window.location.href).href;
  // Students are sent to the questions, not to the worksheet that prints them.
  const studentLink = linkTo(activity.kind === 'worksheet' ? 'who-said' : activity.kind);

  return (
    <section className="activity" aria-labelledby="activity-title">
      <header className="activity__header">
        <h2 id="activity-title">Class activity</h2>
        <p className="activity__about">
          On {events.length} events, {from === to ? from : `${from} to ${to}`}.
          {missing > 0 && ` ${missing} of the link’s events are not in the timeline and were left out.`}
        </p>
        <nav className="activity__tabs" aria-label="Activities">
          {TABS.map(({ kind, label }) => (
            <AppLink
              key={kind}
              href={hrefFor({ view: 'activity', activity: { ...activity, kind } })}
              onNavigate={() => go({ ...activity, kind })}
              aria-current={kind === activity.kind ? 'page' : undefined}
            >
              {label}
            </AppLink>
          ))}
        </nav>
        <p className="activity__actions">
          <button type="button" className="text-button" onClick={() => copy(studentLink, 'Link copied.')}>
            Copy link for students
          </button>
          <button
            type="button"
            className="text-button"
            onClick={() => go({ ...activity, seed: nextSeed(activity.seed) })}
          >
            New questions
          </button>
          <span role="status" className="activity__copied">
            {message}
          </span>
        </p>
      </header>
      {activity.kind === 'who-said' && (
        <WhoSaidQuiz key={seed} questions={questions} people={dataset.people} />
      )}
      {activity.kind === 'order' && <OrderExercise key={seed} task={order} />}
      {activity.kind === 'worksheet' && <Worksheet questions={questions} order={order} link={studentLink} />}
    </section>
  );
}
