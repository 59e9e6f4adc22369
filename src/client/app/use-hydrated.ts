import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False while React hydrates prerendered HTML, true afterwards (and always true in a page that
 * was not prerendered). State the server cannot know (the URL's query, localStorage) must wait
 * for it, or the first client render would not match the HTML and React would discard it.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
