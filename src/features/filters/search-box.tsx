import { useId, useRef } from 'react';
import { loadSearchCode } from '../../lib/search/load-search';
import { useSlashShortcut } from './use-slash-shortcut';
import './search-box.css';

export interface SearchBoxProps {
  query: string;
  onQuery: (q: string) => void;
}

/** The search, one keystroke ("/") away from anywhere on the page; Esc empties it. */
export function SearchBox({ query, onQuery }: SearchBoxProps) {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  useSlashShortcut(input);

  return (
    <div className="search-box">
      <label className="search-box__label" htmlFor={inputId}>
        Search
      </label>
      <div className="search-box__field">
        <input
          ref={input}
          id={inputId}
          type="search"
          value={query}
          placeholder="Names, words, quotations…"
          autoComplete="off"
          spellCheck={false}
          aria-keyshortcuts="/"
          onFocus={() => void loadSearchCode()}
          onChange={(e) => onQuery(e.target.value)}
          onKeyDown={(e) => {
            // An empty box lets Esc through, to close the event panel; a full one claims it.
            if (e.key !== 'Escape' || query === '') return;
            e.preventDefault();
            onQuery('');
          }}
        />
        {/* The input's aria-keyshortcuts already tells screen readers; this is for the eye. */}
        {query === '' && (
          <kbd className="search-box__hint" aria-hidden="true">
            /
          </kbd>
        )}
      </div>
    </div>
  );
}
