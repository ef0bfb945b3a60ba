import { useEffect, useMemo } from 'react';
import { useAppStore } from '../../state/store';
import { selectEvents, selectSelectedEvent } from '../../state/selectors';
import type { AppState } from '../../state/slices';
import { hrefFor } from '../../state/url';
import { findTarget, indexQuotes, type QuoteMark } from './quote-index';
import { SourceParagraph } from './source-paragraph';
import { useSourceDocument } from './use-source-document';
import { useSectionInView } from './use-section-in-view';
import './source-reader.css';
import { AppLink } from '../../ui/app-link';
import { quoteOpening } from '../../ui/quote-opening';
import { usePageKeydown } from '../../ui/use-page-keydown';

const selectPassage = (s: AppState) => s.passage;

/** Opening an event from the text shows it on the timeline, panel open. */
const openEvent = (id: string) => useAppStore.getState().navigate({ view: 'timeline', event: id });

/**
 * Opens an event from one of the text's paragraphs. Read without an event, the paragraph is first
 * kept as the reader's place (in the same history entry), so that Back comes back to it rather
 * than to the top of the text, some 50,000 px above.
 */
function openEventFrom(id: string, paragraph: number): void {
  const state = useAppStore.getState();
  if (state.selectedId === null) state.setView('source', paragraph);
  openEvent(id);
}

/** The element a link's own anchor names (`#section-3`) in the text, if it names one. */
function anchoredElement(hash: string): HTMLElement | null {
  if (hash.length < 2) return null;
  try {
    return document.querySelector<HTMLElement>(
      `.source [id="${CSS.escape(decodeURIComponent(hash.slice(1)))}"]`,
    );
  } catch {
    return null;
  }
}

/** The whole source text, with every quoted paragraph linked to its events. Loaded on demand. */
export default function SourceReader() {
  const source = useSourceDocument();
  const events = useAppStore(selectEvents);
  const selected = useAppStore(selectSelectedEvent);
  const passage = useAppStore(selectPassage);
  const doc = source.status === 'ready' ? source.doc : null;

  const index = useMemo(
    () => (doc ? indexQuotes(doc, events) : new Map<number, QuoteMark[]>()),
    [doc, events],
  );
  const eventsById = useMemo(() => new Map(events.map((e) => [e.id, e])), [events]);
  const sectionIds = useMemo(() => doc?.sections.map((s) => s.id) ?? [], [doc]);
  const sectionInView = useSectionInView(sectionIds);

  // The quotation to show: an event's n-th passage, or with no event a paragraph number.
  const selectedId = selected?.id ?? null;
  const target = useMemo(() => findTarget(index, selectedId, passage), [index, selectedId, passage]);

  useEffect(() => {
    if (!doc) return;
    const el = target
      ? (document.querySelector<HTMLElement>('.source__highlight') ??
        document.getElementById(`p-${target.paragraph}`))
      : null;
    if (!el) {
      // The browser looked for a link's anchor (#section-3) before the text was in.
      const anchored = passage === null ? anchoredElement(window.location.hash) : null;
      if (anchored) {
        if (!anchored.hasAttribute('tabindex')) anchored.tabIndex = -1;
        anchored.scrollIntoView({ block: 'start' });
        anchored.focus({ preventScroll: true });
        return;
      }
      // A link's passage the text does not have (passage=999) is not silently ignored.
      if (passage !== null)
        useAppStore
          .getState()
          .notify(
            selectedId === null
              ? `The source text has no paragraph ${passage}; it opens at its start.`
              : `The event has no quotation ${passage} in the source text; it opens at its start.`,
          );
      return;
    }
    el.tabIndex = -1;
    el.scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: true });
  }, [doc, target, passage, selectedId]);

  // Esc goes back to the event, as its panel's Esc closes it: by Tab the way back is some fifty
  // links away from the quotation focus was put on, though it is drawn just above it.
  usePageKeydown((e) => {
    if (e.key !== 'Escape' || selectedId === null) return;
    const target = e.target;
    if (target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    e.preventDefault();
    openEvent(selectedId);
  });

  if (source.status === 'loading') return <p className="source__status">Loading the source text…</p>;
  if (source.status === 'failed') {
    return (
      <p className="load-failure" role="alert">
        The source text could not be loaded: {source.message}
      </p>
    );
  }
  const { doc: loaded } = source;
  // Named by its opening words, as the panel's link to it is, not by its number in the data:
  // the panel groups quotations by voice, so the fifth on the screen may be the fourth there.
  const shownQuote = target?.mark && passage !== null ? selected?.passages[passage - 1]?.quote : undefined;

  return (
    <article className="source" aria-labelledby="source-title">
      <header className="source__header">
        <p className="source__kicker">The source text</p>
        <h2 id="source-title">{loaded.title}</h2>
        <p className="source__byline">
          An appendix of <cite>An Anarchist FAQ</cite>. Paragraphs that events quote carry links to those
          events.
        </p>
      </header>
      {/* Outside the header, so it can stay at the top of the screen however far down the text the
          reader is taken (a quotation can be thousands of pixels down): the way back stays in view. */}
      {selected && (
        <p className="source__context">
          {shownQuote === undefined ? 'Selected: ' : `Showing ${quoteOpening(shownQuote)}, quoted in `}
          <strong>{selected.title}</strong>.{' '}
          <AppLink
            href={hrefFor({ event: selected.id })}
            aria-keyshortcuts="Escape"
            onNavigate={() => openEvent(selected.id)}
          >
            Back to the event on the timeline
          </AppLink>{' '}
          <kbd aria-hidden="true">Esc</kbd>
        </p>
      )}
      {/* Beside the text where the screen is wide enough, staying in view as the text scrolls
          (some 50,000 px of it), the section being read marked; above it elsewhere. */}
      <div className="source__layout">
        <nav className="source__toc" aria-label="Contents">
          <ol>
            {loaded.sections.map((section) => (
              <li key={section.id}>
                <a
                  href={`#${section.id}`}
                  aria-current={section.id === sectionInView ? 'location' : undefined}
                >
                  {section.number > 0 ? `${section.number}. ` : ''}
                  {section.title}
                </a>
              </li>
            ))}
          </ol>
        </nav>
        <div className="source__sections">
          {loaded.sections.map((section) => (
            <section key={section.id} className="source__section" aria-labelledby={section.id}>
              <h3 id={section.id} tabIndex={-1}>
                {section.number > 0 ? `${section.number}. ` : ''}
                {section.title}
              </h3>
              {section.paragraphs.map((paragraph) => (
                <SourceParagraph
                  key={paragraph.number}
                  paragraph={paragraph}
                  marks={index.get(paragraph.number) ?? []}
                  eventsById={eventsById}
                  highlight={target?.mark && target.paragraph === paragraph.number ? target.mark : null}
                  onOpenEvent={openEventFrom}
                />
              ))}
            </section>
          ))}
        </div>
      </div>
    </article>
  );
}
