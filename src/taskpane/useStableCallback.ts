import * as React from 'react';

/** A function whose identity never changes and that always calls the latest `fn`. */
export function useStableCallback<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const ref = React.useRef(fn);
  ref.current = fn;
  return React.useCallback((...args: A) => ref.current(...args), []);
}
