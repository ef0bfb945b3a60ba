import { useEffect, useState } from 'react';
import { applyTheme, storedTheme, systemTheme, type Theme } from './theme';
import { useHydrated } from './use-hydrated';

/** One button: dark theme on or off. It starts from the system's choice until pressed. */
export function ThemeSwitch() {
  const [choice, setChoice] = useState<Theme | null>(storedTheme);
  const [system, setSystem] = useState<Theme>(systemTheme);
  useEffect(() => {
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => setSystem(query.matches ? 'dark' : 'light');
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  useEffect(() => applyTheme(choice), [choice]);
  // The prerendered frame knows no reader's choice; the button shows it from the render after.
  const hydrated = useHydrated();
  const dark = hydrated && (choice ?? system) === 'dark';
  const toggle = () => {
    const next: Theme = dark ? 'light' : 'dark';
    // Choosing what the system already shows returns to following the system.
    setChoice(next === system ? null : next);
  };
  return (
    <button
      type="button"
      className="icon-button"
      aria-pressed={dark}
      onClick={toggle}
      aria-label="Dark theme"
      title="Dark theme"
    >
      <span aria-hidden="true">{dark ? '☾' : '☀'}</span>
    </button>
  );
}
