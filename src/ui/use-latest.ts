import { useLayoutEffect, useRef } from 'react';

/**
 * A ref that always holds the latest value given, for listeners and callbacks set up once that
 * must read the current props: written after each render, never during it.
 */
export function useLatest<T>(value: T) {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
