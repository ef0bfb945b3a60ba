import { useEffect, useId, useMemo, useRef, useState, type DragEvent } from 'react';
import type { HistoricalEvent } from '../../data/schemas';
import type { Tour } from '../../data/tour-schema';
import type { Dataset } from '../../data/validate-dataset';
import { formatEventDate } from '../../dates';
import { searchIndexFor, useSearchCode } from '../../lib/search/load-search';
import type { EventSearch } from '../../lib/search/search-index';
import { findEvents } from './find-events';
import { stepFor } from './new-step';
import { shareLink } from '../../lib/share-link';
import { ShareLinks, type TourLinks } from './share-links';
import { alreadySaved, exportTour, readTourFile, saveTours } from './tour-file';
import type { TourStep } from '../../data/tour-schema';
import { selectSavedTours, selectSavedToursError, useSavedTours } from '../../state/saved-tours';
import './form-fields.css';
import './tour-editor.css';

export interface TourEditorProps {
  dataset: Dataset;
  notify: (message: string) => void;
  onPresent: (tour: Tour) => void;
  /** Ids an imported tour may not take (the built-in tours'). */
  reservedIds?: readonly string[];
  /** Leaves the editor, when it has somewhere to go back to. */
  onClose?: () => void;
  /** The saved tour to open first (a link from an event's "Add to tour"); else the first one. */
  openTourId?: string | null;
}

const excerpt = (text: string, length = 70) =>
  text.length > length ? `${text.slice(0, length - 1)}…` : text;

/** Where teachers make their own tours: saved in this browser, exported, imported and shared. */
export default function TourEditor({
  dataset,
  notify,
  onPresent,
  reservedIds = [],
  onClose,
  openTourId = null,
}: TourEditorProps) {
  const tours = useSavedTours(selectSavedTours);
  const savedError = useSavedTours(selectSavedToursError);
  /** Why the last change was not saved (a browser that refused); what is saved stays as it was. */
  const [writeError, setWriteError] = useState<string | null>(null);
  const storeError = writeError ?? savedError;
  const [selectedId, setSelectedId] = useState<string | null>(
    () => tours.find((t) => t.id === openTourId)?.id ?? tours[0]?.id ?? null,
  );
  const [announcement, setAnnouncement] = useState('');
  const [importError, setImportError] = useState<string | null>(null);
  /** A file whose tours are saved here already, waiting for "Replace" or "Keep both". */
  const [twinImport, setTwinImport] = useState<{ fileName: string; tours: Tour[]; twins: Tour[] } | null>(
    null,
  );
  const twinQuestion = useRef<HTMLDivElement>(null);
  const [newTitle, setNewTitle] = useState('');
  /** The tour just created: its form opens with focus on its search, where its first step is found. */
  const [createdId, setCreatedId] = useState<string | null>(null);
  const [link, setLink] = useState<{ tourId: string; links: TourLinks } | null>(null);
  const events = dataset.events;
  const byId = useMemo(() => new Map(events.map((e) => [e.id, e])), [events]);
  // Loaded with the editor, so it is in by the time a search is typed.
  const searchCode = useSearchCode(true);
  const search = searchCode ? searchIndexFor(searchCode, dataset) : null;
  const selected = tours.find((t) => t.id === selectedId) ?? null;
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The editor takes the place of what had focus (the picker's "Make your own tour", or an event's
  // "Open in editor" link in another view); that element unmounts and focus would fall to <body>.
  // It starts at the editor's heading instead, and again when a link opens another tour in it.
  useEffect(() => {
    headingRef.current?.focus();
  }, [openTourId]);

  /**
   * Reports an action's failure, or its refusal, in the editor's one alert; true when the change
   * was saved. Said once: a notice at the page's top as well said it twice, and stayed after the
   * reader had put it right, where the alert goes with the next change that succeeds.
   */
  const apply = (error: string | null): boolean => {
    setWriteError(error);
    return error === null;
  };

  const create = () => {
    const result = useSavedTours.getState().createTour(newTitle);
    if (apply(result.error) && result.id !== null) {
      setSelectedId(result.id);
      setCreatedId(result.id);
      setNewTitle('');
      setAnnouncement(`Tour “${newTitle.trim()}” created.`);
    }
  };

  const remove = (tour: Tour) => {
    if (!window.confirm(`Delete the tour “${tour.title}”? This cannot be undone.`)) return;
    if (apply(useSavedTours.getState().removeTour(tour.id))) {
      if (selectedId === tour.id) setSelectedId(null);
      setAnnouncement(`Tour “${tour.title}” deleted.`);
    }
  };

  const finishImport = (fileName: string, tours: Tour[], twins: 'replace' | 'keep-both') => {
    setTwinImport(null);
    const result = saveTours(tours, reservedIds, twins);
    if (result.error !== null) {
      setImportError(result.error);
      return;
    }
    const names = result.imported.map((t) => `“${t.title}”`).join(', ');
    const done = twins === 'replace' ? 'Replaced' : 'Imported';
    setAnnouncement(`${done} ${names}.`);
    notify(`${done} ${names} from ${fileName}.`);
    const last = result.imported.at(-1);
    if (last) setSelectedId(last.id);
  };

  const onImport = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const read = await readTourFile(file, events);
    input.value = '';
    setTwinImport(null);
    if (read.error !== null) {
      setImportError(read.error);
      return;
    }
    setImportError(null);
    const twins = alreadySaved(read.tours);
    // The same file imported again would make identical copies without a word: ask first.
    if (twins.length > 0) setTwinImport({ fileName: file.name, tours: read.tours, twins });
    else finishImport(file.name, read.tours, 'keep-both');
  };

  // The question takes focus, so a keyboard or screen-reader user meets it at once.
  useEffect(() => {
    if (twinImport !== null) twinQuestion.current?.focus();
  }, [twinImport]);

  return (
    <section className="tour-editor" aria-labelledby="tour-editor-title">
      <div className="tour-editor__head">
        <h2 id="tour-editor-title" ref={headingRef} tabIndex={-1}>
          Make your own tour
        </h2>
        {onClose && (
          <button type="button" className="text-button" onClick={onClose}>
            Back to the tours
          </button>
        )}
      </div>
      <p className="tour-editor__intro">
        Your tours are saved in this browser only. Export a tour to keep it as a file, or share a link that
        holds the whole tour: one for students, without your notes, and one for a colleague.
      </p>
      {storeError !== null && (
        <p className="tour-editor__error tour-editor__error--pinned" role="alert">
          {storeError}
        </p>
      )}

      <div className="tour-editor__tools">
        <form
          className="tour-editor__create"
          onSubmit={(e) => {
            e.preventDefault();
            create();
          }}
        >
          <label htmlFor="tour-editor-new">New tour title</label>
          <input
            id="tour-editor-new"
            type="text"
            value={newTitle}
            onChange={(e) => {
              setNewTitle(e.currentTarget.value);
              // The title being put right: "A tour needs a title." has done its work.
              setWriteError(null);
            }}
            required
          />
          <button type="submit" className="text-button">
            Create tour
          </button>
        </form>
        <div className="tour-editor__import">
          <label htmlFor="tour-editor-import">Import a tour file</label>
          <input
            id="tour-editor-import"
            type="file"
            accept=".json,application/json"
            aria-describedby={importError === null ? undefined : 'tour-editor-import-error'}
            onChange={(e) => void onImport(e.currentTarget)}
          />
          {importError !== null && (
            <div id="tour-editor-import-error" className="tour-editor__error" role="alert">
              <p>The file was not imported; your saved tours are unchanged.</p>
              <ul>
                {importError.split('\n').map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
          )}
          {twinImport !== null && (
            <div
              className="tour-editor__question"
              role="group"
              aria-labelledby="tour-editor-twins"
              tabIndex={-1}
              ref={twinQuestion}
            >
              <p id="tour-editor-twins">
                {twinImport.twins.map((t) => `“${t.title}”`).join(', ')}{' '}
                {twinImport.twins.length === 1 ? 'is' : 'are'} already in your tours. Replace{' '}
                {twinImport.twins.length === 1 ? 'it' : 'them'} with the file’s, or keep both?
              </p>
              <p className="tour-editor__actions">
                <button
                  type="button"
                  className="text-button"
                  onClick={() => finishImport(twinImport.fileName, twinImport.tours, 'replace')}
                >
                  Replace
                </button>
                <button
                  type="button"
                  className="text-button"
                  onClick={() => finishImport(twinImport.fileName, twinImport.tours, 'keep-both')}
                >
                  Keep both
                </button>
                <button type="button" className="text-button" onClick={() => setTwinImport(null)}>
                  Cancel import
                </button>
              </p>
            </div>
          )}
        </div>
      </div>

      <h3 className="tour-editor__subtitle">Your saved tours</h3>
      {tours.length === 0 ? (
        <p>No saved tours yet.</p>
      ) : (
        <ul className="tour-editor__tours" aria-label="Your saved tours">
          {tours.map((tour) => (
            <li
              key={tour.id}
              className="tour-editor__tour"
              aria-current={tour.id === selectedId ? 'true' : undefined}
            >
              <span className="tour-editor__tour-title">{tour.title}</span>{' '}
              <span className="tour-editor__meta">
                {tour.steps.length} step{tour.steps.length === 1 ? '' : 's'}
              </span>
              <span className="tour-editor__actions">
                <button
                  type="button"
                  className="text-button"
                  onClick={() => {
                    // Opened from the list, a tour keeps focus where the reader pressed.
                    setCreatedId(null);
                    setSelectedId(tour.id);
                  }}
                >
                  Edit<span className="sr-only"> “{tour.title}”</span>
                </button>
                <button
                  type="button"
                  className="text-button"
                  aria-disabled={tour.steps.length === 0}
                  onClick={() => {
                    if (tour.steps.length === 0) apply('Add a step before presenting this tour.');
                    else onPresent(tour);
                  }}
                >
                  Present<span className="sr-only"> “{tour.title}”</span>
                </button>
                <button type="button" className="text-button" onClick={() => remove(tour)}>
                  Delete<span className="sr-only"> “{tour.title}”</span>
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}

      {selected && (
        <TourForm
          key={selected.id}
          tour={selected}
          events={events}
          search={search}
          byId={byId}
          apply={apply}
          announce={setAnnouncement}
          link={link?.tourId === selected.id ? link.links : null}
          onLink={(links) => setLink({ tourId: selected.id, links })}
          startAtSearch={selected.id === createdId}
        />
      )}

      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}

interface TourFormProps {
  tour: Tour;
  events: readonly HistoricalEvent[];
  search: EventSearch | null;
  byId: ReadonlyMap<string, HistoricalEvent>;
  apply: (error: string | null) => boolean;
  announce: (message: string) => void;
  link: TourLinks | null;
  onLink: (links: TourLinks) => void;
  /** Focus on its event search from the start: the tour was just created, and has no steps yet. */
  startAtSearch: boolean;
}

function TourForm({
  tour,
  events,
  search,
  byId,
  apply,
  announce,
  link,
  onLink,
  startAtSearch,
}: TourFormProps) {
  const { addStep, insertStep, moveStep, removeStep, renameTour, setStepNote, setStepPassage } =
    useSavedTours.getState();
  /** The step last removed, where it was: Undo puts it back, note and all. */
  const [removed, setRemoved] = useState<{ index: number; step: TourStep; title: string } | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const [title, setTitle] = useState(tour.title);
  const [query, setQuery] = useState('');
  const [choice, setChoice] = useState('');
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  /** The button to focus once a keyboard move has re-rendered the list. */
  const focusAfterMove = useRef<string | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const searchInput = useRef<HTMLInputElement>(null);
  const ids = useId();

  // "Create tour" leaves focus in the emptied title field above; what comes next is a first step.
  useEffect(() => {
    if (startAtSearch) searchInput.current?.focus();
  }, [startAtSearch]);

  const found = useMemo(() => findEvents(events, query, search), [events, query, search]);
  const matches = found.events;
  const chosen = matches.some((e) => e.id === choice) ? choice : (found.best ?? '');

  useEffect(() => {
    if (focusAfterMove.current === null) return;
    list.current?.querySelector<HTMLElement>(`[data-focus-key="${focusAfterMove.current}"]`)?.focus();
    focusAfterMove.current = null;
  }, [tour]);

  // The removed step's button is gone: focus goes to Undo, which a keyboard user may want next.
  useEffect(() => {
    if (removed !== null) undoButton.current?.focus();
  }, [removed]);

  const removeAt = (index: number, title: string) => {
    const step = tour.steps[index];
    if (!step || !apply(removeStep(tour.id, index))) return;
    setRemoved({ index, step, title });
    announce(`Step ${index + 1} removed.`);
  };

  const undoRemove = () => {
    if (removed === null) return;
    if (apply(insertStep(tour.id, removed.index, removed.step))) {
      announce(`Step ${removed.index + 1}, “${removed.title}”, is back.`);
      focusAfterMove.current = `remove-${removed.index}`;
      setRemoved(null);
    }
  };

  const move = (from: number, to: number, focusKey?: string) => {
    if (to < 0 || to >= tour.steps.length || from === to) return;
    // Positions change: an undo would put the removed step back in the wrong place.
    setRemoved(null);
    if (apply(moveStep(tour.id, from, to))) {
      announce(`Step ${from + 1} moved to position ${to + 1}.`);
      if (focusKey !== undefined) focusAfterMove.current = `${focusKey}-${to}`;
    }
  };

  const share = async () => {
    if (tour.steps.length === 0) {
      apply('Add a step before sharing this tour.');
      return;
    }
    const [students, colleague] = await Promise.all([
      shareLink(tour, 'students'),
      shareLink(tour, 'colleague'),
    ]);
    onLink({ students, colleague });
    announce('Two links below: one for students, without your notes, and one for a colleague.');
  };

  const onDrop = (event: DragEvent<HTMLLIElement>, to: number) => {
    event.preventDefault();
    const from = dragFrom ?? Number(event.dataTransfer.getData('text/plain'));
    setDragFrom(null);
    if (Number.isInteger(from)) move(from, to);
  };

  return (
    <section className="tour-editor__form" aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`} className="tour-editor__subtitle">
        Editing “{tour.title}”
      </h3>
      <form
        className="tour-editor__row"
        onSubmit={(e) => {
          e.preventDefault();
          if (apply(renameTour(tour.id, title))) announce(`Tour renamed to “${title.trim()}”.`);
        }}
      >
        <label htmlFor={`${ids}-rename`}>Tour title</label>
        <input
          id={`${ids}-rename`}
          type="text"
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
        />
        <button type="submit" className="text-button">
          Rename
        </button>
      </form>

      <div className="tour-editor__row">
        <button
          type="button"
          className="text-button"
          aria-disabled={tour.steps.length === 0}
          onClick={() => {
            if (tour.steps.length === 0) apply('Add a step before exporting this tour.');
            else exportTour(tour);
          }}
        >
          {/* One flex item, so the words keep their spaces around the hidden title. */}
          <span>
            Export<span className="sr-only"> “{tour.title}”</span> as a file
          </span>
        </button>
        <button
          type="button"
          className="text-button"
          aria-disabled={tour.steps.length === 0}
          onClick={() => void share()}
        >
          Share links
        </button>
      </div>
      {link !== null && <ShareLinks links={link} announce={announce} />}

      <form
        className="tour-editor__add"
        onSubmit={(e) => {
          e.preventDefault();
          const event = byId.get(chosen);
          if (!event) return;
          if (apply(addStep(tour.id, stepFor(event))))
            announce(`Added “${event.title}” as step ${tour.steps.length + 1}.`);
        }}
      >
        <label htmlFor={`${ids}-search`}>Search events</label>
        <input
          ref={searchInput}
          id={`${ids}-search`}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
        />
        <label htmlFor={`${ids}-event`}>Event to add ({matches.length} found)</label>
        <select id={`${ids}-event`} value={chosen} onChange={(e) => setChoice(e.currentTarget.value)}>
          {matches.map((e) => (
            <option key={e.id} value={e.id}>
              {e.title} — {formatEventDate(e)}
            </option>
          ))}
        </select>
        <button type="submit" className="text-button" disabled={chosen === ''}>
          Add step
        </button>
      </form>

      {removed !== null && (
        <div className="tour-editor__undo">
          <p>
            Removed step {removed.index + 1}, “{removed.title}”
            {removed.step.note !== undefined && ', and its note'}.
          </p>
          <button type="button" className="text-button" ref={undoButton} onClick={undoRemove}>
            Undo<span className="sr-only"> removing step {removed.index + 1}</span>
          </button>
          <button type="button" className="text-button" onClick={() => setRemoved(null)}>
            Dismiss
          </button>
        </div>
      )}

      {tour.steps.length === 0 ? (
        <p>This tour has no steps yet: choose an event above and add it.</p>
      ) : (
        <ol className="tour-editor__steps" ref={list} aria-label={`Steps of “${tour.title}”`}>
          {tour.steps.map((step, index) => {
            const event = byId.get(step.event);
            const n = index + 1;
            const last = index === tour.steps.length - 1;
            return (
              <li
                // Steps have no ids of their own (an event may appear twice); the position is the key.
                key={index}
                className={`tour-editor__step${dragFrom === index ? ' tour-editor__step--dragging' : ''}`}
                draggable
                onDragStart={(e) => {
                  setDragFrom(index);
                  e.dataTransfer.effectAllowed = 'move';
                  e.dataTransfer.setData('text/plain', String(index));
                }}
                onDragEnd={() => setDragFrom(null)}
                onDragOver={(e) => {
                  e.preventDefault();
                  e.dataTransfer.dropEffect = 'move';
                }}
                onDrop={(e) => onDrop(e, index)}
              >
                <div className="tour-editor__step-head">
                  <span className="tour-editor__handle" aria-hidden="true">
                    ⠿
                  </span>
                  <span className="tour-editor__step-title">
                    {n}. {event ? event.title : `Missing event “${step.event}”`}
                  </span>
                  {event && <span className="tour-editor__meta">{formatEventDate(event)}</span>}
                </div>
                <div className="tour-editor__step-actions">
                  <button
                    type="button"
                    className="text-button"
                    data-focus-key={`up-${index}`}
                    aria-disabled={index === 0}
                    onClick={() => move(index, index - 1, 'up')}
                  >
                    Move step {n} up
                  </button>
                  <button
                    type="button"
                    className="text-button"
                    data-focus-key={`down-${index}`}
                    aria-disabled={last}
                    onClick={() => move(index, index + 1, 'down')}
                  >
                    Move step {n} down
                  </button>
                  <button
                    type="button"
                    className="text-button"
                    data-focus-key={`remove-${index}`}
                    onClick={() => removeAt(index, event ? event.title : step.event)}
                  >
                    Remove step {n}
                  </button>
                </div>
                {event && event.passages.length > 1 && (
                  <p className="tour-editor__field">
                    <label htmlFor={`${ids}-passage-${index}`}>Featured passage for step {n}</label>
                    <select
                      id={`${ids}-passage-${index}`}
                      value={step.passage ?? 1}
                      onChange={(e) => apply(setStepPassage(tour.id, index, Number(e.currentTarget.value)))}
                    >
                      {event.passages.map((p, i) => (
                        <option key={i} value={i + 1}>
                          {i + 1}. {excerpt(p.quote)}
                        </option>
                      ))}
                    </select>
                  </p>
                )}
                <p className="tour-editor__field">
                  <label htmlFor={`${ids}-note-${index}`}>Note for step {n}</label>
                  <textarea
                    id={`${ids}-note-${index}`}
                    rows={2}
                    value={step.note ?? ''}
                    onChange={(e) => apply(setStepNote(tour.id, index, e.currentTarget.value))}
                  />
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
