import * as React from 'react';

/** Keys shared by the task pane and the web page: what is typed once serves both on this computer. */
const STORAGE_PREFIX = 'mttq-report.';

/** A text field remembered on this computer (the issuing body and the place rarely change). */
export function useRemembered(key: string): [string, (value: string) => void] {
  const [value, setValue] = React.useState<string>(() => {
    try {
      return globalThis.localStorage?.getItem(STORAGE_PREFIX + key) ?? '';
    } catch {
      return '';
    }
  });
  const update = React.useCallback(
    (next: string) => {
      setValue(next);
      try {
        globalThis.localStorage?.setItem(STORAGE_PREFIX + key, next);
      } catch {
        // Storage may be unavailable (private mode); the value still lives in the form.
      }
    },
    [key],
  );
  return [value, update];
}
