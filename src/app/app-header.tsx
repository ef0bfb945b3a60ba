import type { Ref } from 'react';
import type { View } from '../state/view';
import { hrefFor } from '../state/url';
import { ThemeSwitch } from './theme-switch';
import { AppLink } from '../ui/app-link';
import { EmbedButton, FullAppLink } from './embed/embed-controls';

/** Each view's name, and the start of it that a phone's one row of views has room for. */
const NAV: { view: View; label: string; short?: string }[] = [
  { view: 'timeline', label: 'Timeline' },
  { view: 'list', label: 'List' },
  { view: 'factions', label: 'Factions & people', short: 'Factions' },
  { view: 'compare', label: 'Compare' },
  { view: 'source', label: 'Source text', short: 'Source' },
  { view: 'present', label: 'Present' },
];

export interface AppHeaderProps {
  /** Null in the shell rendered into index.html at build time, before the URL has been read. */
  view: View | null;
  selectedId: string | null;
  onNavigate: (view: View) => void;
  /**
   * In a course page's frame (`embed=1`): one slim row, the title, the views where they fit and
   * the full app's link in place of the tagline, the Embed button and the theme switch (the
   * frame follows the reader's system theme).
   */
  embedded?: boolean;
  ref?: Ref<HTMLElement>;
}

/**
 * The first stops of the Tab order: straight to the timeline's events (the first one visible, or
 * the one selected), and to the main content.
 */
export function SkipLink({ toTimeline }: { toTimeline: boolean }) {
  return (
    <div className="skip-links">
      {toTimeline && (
        <a
          className="skip-link"
          href="#timeline-events"
          onClick={(e) => {
            const stop = document.querySelector<HTMLElement>(
              '#timeline-events [data-event-id][tabindex="0"]',
            );
            if (!stop) return;
            e.preventDefault();
            stop.focus();
          }}
        >
          Skip to the timeline
        </a>
      )}
      <a className="skip-link" href="#main">
        Skip to content
      </a>
    </div>
  );
}

export function AppHeader({ view, selectedId, onNavigate, embedded = false, ref }: AppHeaderProps) {
  return (
    <header className="app-header" ref={ref}>
      <div className="app-header__brand">
        <h1>
          Oppositions <span className="app-header__years">1907–1937</span>
        </h1>
        {!embedded && (
          <p className="app-header__tagline">
            Dissent inside the Bolshevik party, told through one source text
          </p>
        )}
      </div>
      <div className="app-header__controls">
        <nav aria-label="Views">
          <ul className="view-nav">
            {NAV.map((item) => (
              <li key={item.view}>
                <AppLink
                  href={hrefFor({ view: item.view, event: selectedId })}
                  aria-current={item.view === view ? 'page' : undefined}
                  onNavigate={() => onNavigate(item.view)}
                >
                  {item.short ? (
                    <>
                      <span className="view-nav__short" aria-hidden="true">
                        {item.short}
                      </span>
                      <span className="view-nav__long">{item.label}</span>
                    </>
                  ) : (
                    item.label
                  )}
                </AppLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="app-header__tools">
          {embedded ? (
            <FullAppLink />
          ) : (
            <>
              <EmbedButton />
              <ThemeSwitch />
            </>
          )}
        </div>
      </div>
    </header>
  );
}
