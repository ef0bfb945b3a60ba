import type { MouseEvent } from 'react';
import type { View } from '../state/view';
import { hrefFor } from '../state/url';
import { ThemeSwitch } from './theme-switch';

const NAV: { view: View; label: string }[] = [
  { view: 'timeline', label: 'Timeline' },
  { view: 'list', label: 'List' },
  { view: 'factions', label: 'Factions & people' },
  { view: 'source', label: 'Source text' },
  { view: 'present', label: 'Present' },
];

export interface AppHeaderProps {
  /** Null in the shell rendered into index.html at build time, before the URL has been read. */
  view: View | null;
  selectedId: string | null;
  onNavigate: (view: View) => void;
}

export function SkipLink() {
  return (
    <a className="skip-link" href="#main">
      Skip to content
    </a>
  );
}

export function AppHeader({ view, selectedId, onNavigate }: AppHeaderProps) {
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <h1>
          Oppositions <span className="app-header__years">1907–1937</span>
        </h1>
        <p className="app-header__tagline">
          Dissent inside the Bolshevik party, from the Left Communists to the Workers' Group, told through one
          source text.
        </p>
      </div>
      <div className="app-header__controls">
        <nav aria-label="Views">
          <ul className="view-nav">
            {NAV.map((item) => (
              <li key={item.view}>
                <a
                  href={hrefFor({ view: item.view, event: selectedId })}
                  aria-current={item.view === view ? 'page' : undefined}
                  onClick={(e: MouseEvent) => {
                    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
                    e.preventDefault();
                    onNavigate(item.view);
                  }}
                >
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <ThemeSwitch />
      </div>
    </header>
  );
}
