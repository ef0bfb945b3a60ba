import { useState } from 'react';
import type { Person } from '../../data/schemas';
import { VOICE_LABELS } from '../../data/voice';
import { useAppStore } from '../../state/store';
import type { AppState } from '../../state/slices';
import { hrefFor } from '../../state/url';
import { AppLink } from '../../ui/app-link';
import type { WhoSaidQuestion } from './who-said';

const selectNavigate = (s: AppState) => s.navigate;

interface Answer {
  chosen: string | null;
  checked: boolean;
}

/** One question at a time would hide the score's progress; all on one page read on a phone too. */
export function WhoSaidQuiz({
  questions,
  people,
}: {
  questions: WhoSaidQuestion[];
  people: readonly Person[];
}) {
  const navigate = useAppStore(selectNavigate);
  const [answers, setAnswers] = useState<Answer[]>(() =>
    questions.map(() => ({ chosen: null, checked: false })),
  );
  const [said, setSaid] = useState('');
  const checked = answers.filter((a) => a.checked).length;
  const right = questions.filter((q, i) => answers[i]?.checked && answers[i].chosen === q.answer.id).length;

  if (questions.length === 0)
    return <p>These events quote nobody by name: try “Put these in order”, or an activity on more events.</p>;

  const update = (i: number, patch: Partial<Answer>) =>
    setAnswers((all) => all.map((a, j) => (j === i ? { ...a, ...patch } : a)));

  const check = (i: number, q: WhoSaidQuestion) => {
    const chosen = answers[i]?.chosen;
    if (!chosen) {
      setSaid(`Question ${i + 1}: choose a name first.`);
      return;
    }
    update(i, { checked: true });
    const verdict = chosen === q.answer.id ? 'Right' : `Not quite: it was ${q.answer.name}`;
    setSaid(
      `Question ${i + 1}: ${verdict}. ${right + (chosen === q.answer.id ? 1 : 0)} of ${checked + 1} right so far.`,
    );
  };

  return (
    <div className="who-said">
      <p className="activity__instructions">
        Read each quotation from the source text and choose who said or wrote it, then check your answer.
      </p>
      <ol className="who-said__questions">
        {questions.map((q, i) => {
          const answer = answers[i] ?? { chosen: null, checked: false };
          const name = `who-said-${i}`;
          const voice = people.find((p) => p.id === q.answer.id)?.voice;
          const isRight = answer.chosen === q.answer.id;
          return (
            <li key={`${q.eventId}-${q.passage}`} className="who-said__question">
              <fieldset>
                <legend>
                  Question {i + 1} of {questions.length}: who said it?
                </legend>
                <blockquote className="who-said__quote">
                  <p>{q.quote}</p>
                </blockquote>
                <div className="who-said__options">
                  {q.options.map((o) => (
                    <label key={o.id} className="who-said__option">
                      <input
                        type="radio"
                        name={name}
                        value={o.id}
                        checked={answer.chosen === o.id}
                        disabled={answer.checked}
                        onChange={() => update(i, { chosen: o.id })}
                      />
                      {o.name}
                    </label>
                  ))}
                </div>
                {!answer.checked ? (
                  <button type="button" className="text-button" onClick={() => check(i, q)}>
                    Check<span className="sr-only"> question {i + 1}</span>
                  </button>
                ) : (
                  <div className={`who-said__result who-said__result--${isRight ? 'right' : 'wrong'}`}>
                    <p className="who-said__verdict">
                      {isRight ? 'Right: ' : 'Not quite: it was '}
                      <strong>{q.answer.name}</strong>
                      {voice && <span className="who-said__voice">{VOICE_LABELS[voice]}</span>}
                    </p>
                    <p className="who-said__cite">{q.cite}</p>
                    <p>
                      <AppLink
                        href={hrefFor({ event: q.eventId })}
                        onNavigate={() => navigate({ view: 'timeline', event: q.eventId })}
                      >
                        {q.eventTitle}
                      </AppLink>
                    </p>
                  </div>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <p className="activity__score">
        Score: {right} of {checked} checked right ({questions.length - checked} still to answer).
      </p>
      <p className="sr-only" role="status">
        {said}
      </p>
    </div>
  );
}
