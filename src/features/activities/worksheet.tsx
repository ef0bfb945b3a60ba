import { useState } from 'react';
import { formatEventDate } from '../../dates';
import type { OrderTask } from './put-in-order';
import type { WhoSaidQuestion } from './who-said';

const LETTERS = 'ABCDEFGH';

interface WorksheetProps {
  questions: WhoSaidQuestion[];
  order: OrderTask;
  /** The activity's link, printed so a student can check their answers online. */
  link: string;
}

/** The activity on paper: the questions for the class, and an answer key for the teacher on its own page. */
export function Worksheet({ questions, order, link }: WorksheetProps) {
  const [withKey, setWithKey] = useState(false);
  const byId = new Map(order.shown.map((e) => [e.id, e]));
  return (
    <div className="worksheet">
      <p className="worksheet__controls">
        <button type="button" className="primary-button" onClick={() => window.print()}>
          Print worksheet
        </button>
        <label>
          <input type="checkbox" checked={withKey} onChange={(e) => setWithKey(e.currentTarget.checked)} />{' '}
          Include the answer key (for the teacher)
        </label>
      </p>
      <article className="worksheet__sheet" aria-label="Worksheet">
        <p className="worksheet__kicker">Oppositions 1907–1937 · Class activity</p>
        <p className="worksheet__name">Name: ______________________ &nbsp; Date: ____________</p>
        {questions.length > 0 && (
          <section aria-labelledby="worksheet-who">
            <h3 id="worksheet-who">A. Who said it?</h3>
            <p>Circle the person who said or wrote each quotation.</p>
            <ol className="worksheet__questions">
              {questions.map((q) => (
                <li key={`${q.eventId}-${q.passage}`} className="worksheet__question">
                  <blockquote>
                    <p>{q.quote}</p>
                  </blockquote>
                  <ol className="worksheet__options" type="A">
                    {q.options.map((o) => (
                      <li key={o.id}>{o.name}</li>
                    ))}
                  </ol>
                </li>
              ))}
            </ol>
          </section>
        )}
        {order.shown.length > 1 && (
          <section aria-labelledby="worksheet-order" className="worksheet__order">
            <h3 id="worksheet-order">{questions.length > 0 ? 'B. ' : ''}Put these in order</h3>
            <p>Number the events from 1 (earliest) to {order.shown.length} (latest).</p>
            <ul className="worksheet__events">
              {order.shown.map((e) => (
                <li key={e.id}>
                  <span className="worksheet__box" aria-hidden="true" /> {e.title}
                </li>
              ))}
            </ul>
          </section>
        )}
        <p className="worksheet__link">Check your answers online: {link}</p>
      </article>
      {withKey && (
        <article className="worksheet__sheet worksheet__key" aria-label="Answer key">
          <h3>Answer key</h3>
          {questions.length > 0 && (
            <ol className="worksheet__answers">
              {questions.map((q) => {
                const letter = LETTERS[q.options.findIndex((o) => o.id === q.answer.id)] ?? '';
                return (
                  <li key={`${q.eventId}-${q.passage}`}>
                    {letter}. {q.answer.name} — {q.cite}
                  </li>
                );
              })}
            </ol>
          )}
          {order.shown.length > 1 && (
            <ol className="worksheet__answers">
              {order.answer.map((id) => {
                const e = byId.get(id);
                return e ? (
                  <li key={id}>
                    {e.title} ({formatEventDate(e)})
                  </li>
                ) : null;
              })}
            </ol>
          )}
        </article>
      )}
    </div>
  );
}
