/** The reader's theme choice; absent means "follow the system". */
export type Theme = 'light' | 'dark';

const KEY = 'oppositions.theme';

export function storedTheme(): Theme | null {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}

export function systemTheme(): Theme {
  // No window when the page shell is rendered at build time (src/prerender/shell.tsx).
  if (typeof window === 'undefined') return 'light';
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/**
 * Puts the remembered choice on the page as soon as the script runs, before the app renders: the
 * switch applies it only once React has drawn the page, one frame or more in the other theme.
 */
export function showStoredTheme(): void {
  const theme = storedTheme();
  if (theme) document.documentElement.dataset.theme = theme;
}

/** Applies and remembers a choice; CSS reads it through color-scheme. */
export function applyTheme(theme: Theme | null): void {
  if (theme) document.documentElement.dataset.theme = theme;
  else delete document.documentElement.dataset.theme;
  try {
    if (theme) localStorage.setItem(KEY, theme);
    else localStorage.removeItem(KEY);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
}
