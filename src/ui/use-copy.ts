import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Copies text to the clipboard and keeps a short confirmation for a live region. The message
 * clears itself so the same action can be announced again.
 */
export function useCopy(): { copy: (text: string, done: string) => void; message: string } {
  const [message, setMessage] = useState('');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const copy = useCallback((text: string, done: string) => {
    navigator.clipboard.writeText(text).then(
      () => setMessage(done),
      () => setMessage('Copying was not allowed by the browser.'),
    );
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setMessage(''), 4000);
  }, []);
  return { copy, message };
}
