import { useEffect, useRef, useState, type DragEvent } from 'react';
import { formatEventDate } from '../../dates';
import type { HistoricalEvent } from '../../data/schemas';
import { placedRight, type OrderTask } from './put-in-order';

/** Moves one item of a list to another place. */
const moved = (ids: readonly string[], from: number, to: number): string[] => {
  const next = [...ids];
  const [id] = next.splice(from, 1);
  if (id !== undefined) next.splice(to, 0, id);
  return next;
};

/** "Put these in order": by the Move buttons (keyboard, touch) or by dragging with a mouse. */
export function OrderExercise({ task }: { task: OrderTask }) {
  const byId = new Map<string, HistoricalEvent>(task.shown.map((e) => [e.id, e]));
  const [order, setOrder] = useState(() => task.shown.map((e) => e.id));
  const [checked, setChecked] = useState(false);
  const [dragged, setDragged] = useState<number | null>(null);
  const [said, setSaid] = useState('');
  const listRef = useRef<HTMLOListElement>(null);
  /** The Move button pressed, to be focused again where its event now stands (see move). */
  const refocus = useRef<{ id: string; way: 'earlier' | 'later' } | null>(null);

  // Moving a list item can take its focused button out of the document for a moment (React moves
  // the nodes around it or it), which drops focus on <body>: a keyboard user pressing "Later"
  // twice would lose their place. Focus follows the event; at an end, the other button.
  useEffect(() => {
    const wanted = refocus.current;
    if (!wanted) return;
    refocus.current = null;
    const button = (way: string) =>
      listRef.current?.querySelector<HTMLButtonElement>(`[data-move="${wanted.id}:${way}"]`);
    const pressed = button(wanted.way);
    (pressed && !pressed.disabled
      ? pressed
      : button(wanted.way === 'earlier' ? 'later' : 'earlier')
    )?.focus();
  }, [order]);

  if (task.shown.length < 2)
    return (
      <p>These events are too few, or too close in time, to put in order: try an activity on more events.</p>
    );

  const move = (from: number, to: number, byButton = false) => {
    if (to < 0 || to >= order.length) return;
    if (byButton) refocus.current = { id: order[from] ?? '', way: to < from ? 'earlier' : 'later' };
    setOrder(moved(order, from, to));
    setChecked(false);
    const title = byId.get(order[from] ?? '')?.title ?? '';
    setSaid(`“${title}” is now number ${to + 1} of ${order.length}.`);
  };
  const right = placedRight(order, task.answer);

  const onDrop = (to: number) => (e: DragEvent) => {
    e.preventDefault();
    if (dragged !== null) move(dragged, to);
    setDragged(null);
  };

  return (
    <div className="order-task">
      <p className="activity__instructions">
        Put these events in the order they happened, earliest first: move them with the buttons, or drag them.
        Then check.
      </p>
      <ol className="order-task__list" ref={listRef}>
        {order.map((id, i) => {
          const event = byId.get(id);
          if (!event) return null;
          const place = task.answer.indexOf(id);
          return (
            <li
              key={id}
              className={`order-task__item${checked ? (place === i ? ' order-task__item--right' : ' order-task__item--wrong') : ''}`}
              draggable
              onDragStart={() => setDragged(i)}
              onDragOver={(e) => e.preventDefault()}
              onDrop={onDrop(i)}
            >
              <span className="order-task__title">{event.title}</span>
              {checked && (
                <span className="order-task__verdict">
                  {formatEventDate(event)} ·{' '}
                  {place === i ? 'in the right place' : `belongs at number ${place + 1}`}
                </span>
              )}
              <span className="order-task__moves">
                <button
                  type="button"
                  className="text-button"
                  onClick={() => move(i, i - 1, true)}
                  disabled={i === 0}
                  data-move={`${id}:earlier`}
                  aria-label={`Move “${event.title}” earlier`}
                >
                  ↑ Earlier
                </button>
                <button
                  type="button"
                  className="text-button"
                  onClick={() => move(i, i + 1, true)}
                  disabled={i === order.length - 1}
                  data-move={`${id}:later`}
                  aria-label={`Move “${event.title}” later`}
                >
                  ↓ Later
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <p className="order-task__check">
        <button
          type="button"
          className="primary-button"
          onClick={() => {
            setChecked(true);
            setSaid(`${right} of ${order.length} in the right place.`);
          }}
        >
          Check the order
        </button>
        {checked && (
          <span className="activity__score">
            {right} of {order.length} in the right place{right === order.length ? ': well done.' : '.'}
          </span>
        )}
      </p>
      <p className="sr-only" role="status">
        {said}
      </p>
    </div>
  );
}
