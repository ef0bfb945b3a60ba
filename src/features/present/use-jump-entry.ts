import { useEffect, useState } from 'react';
import { jumpKey } from './step-logic';
import { keyInput } from './key-input';

/** A number left half-typed is forgotten after this long, so a stray digit cannot wait for an Enter. */
const FORGET_MS = 5000;

/**
 * Number + Enter goes to that step. `handle` takes a key first: true when the key was part of
 * typing the number (and so does nothing else); `typed` is shown so the teacher sees the number.
 */
export function useJumpEntry(count: number, onGo: (step: number) => void) {
  const [typed, setTyped] = useState('');
  useEffect(() => {
    if (typed === '') return;
    const timer = window.setTimeout(() => setTyped(''), FORGET_MS);
    return () => window.clearTimeout(timer);
  }, [typed]);

  const handle = (event: KeyboardEvent): boolean => {
    const entry = jumpKey(typed, keyInput(event), count);
    if (entry === null) {
      if (typed !== '') setTyped('');
      return false;
    }
    event.preventDefault();
    setTyped(entry.typed);
    if (entry.go !== null) onGo(entry.go);
    return true;
  };
  return { typed, handle };
}
