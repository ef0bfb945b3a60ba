import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * False for the first frame, true soon after (or at once when printing starts): what only paper
 * needs (the matrix's table of passages) is drawn after the view is on screen, keeping its opening
 * cheap, and is there before the browser takes its picture of the page.
 */
export function useAfterFirstPaint(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setReady(true), 0);
    const beforePrint = () => flushSync(() => setReady(true));
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('beforeprint', beforePrint);
    };
  }, []);
  return ready;
}
