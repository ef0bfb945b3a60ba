import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Writes text that is still being made (a citation whose processor loads on demand). Where the
 * browser takes a promise in a ClipboardItem, the write starts inside the click, so Safari,
 * which allows a copy only during the user's gesture, still allows it.
 */
function writeLater(text: Promise<string>): Promise<void> {
  if (
    typeof ClipboardItem !== 'undefined' &&
    'supports' in ClipboardItem &&
    ClipboardItem.supports('text/plain')
  ) {
    const blob = text.then((t) => new Blob([t], { type: 'text/plain' }));
    return navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob })]);
  }
  return text.then((t) => navigator.clipboard.writeText(t));
}

/**
 * Copies text to the clipboard and keeps a short confirmation for a live region. The message
 * clears itself so the same action can be announced again.
 */
export function useCopy(): {
  copy: (text: string | Promise<string>, done: string) => void;
  message: string;
} {
  const [message, setMessage] = useState('');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const say = useCallback((words: string) => {
    setMessage(words);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setMessage(''), 4000);
  }, []);
  const copy = useCallback(
    (text: string | Promise<string>, done: string) => {
      const written = typeof text === 'string' ? navigator.clipboard.writeText(text) : writeLater(text);
      // A text that could not be made says so, rather than blaming the browser.
      const made =
        typeof text === 'string'
          ? Promise.resolve(true)
          : text.then(
              () => true,
              () => false,
            );
      written.then(
        () => say(done),
        () =>
          void made.then((ok) =>
            say(ok ? 'Copying was not allowed by the browser.' : 'That could not be made. Try again.'),
          ),
      );
    },
    [say],
  );
  return { copy, message };
}
