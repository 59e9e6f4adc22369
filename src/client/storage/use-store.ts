import { useSyncExternalStore } from 'react';
import { getStoreSnapshot, subscribeStore, type StoreSnapshot } from './app-store.ts';
import { EMPTY_STORE } from './store-data.ts';

/** What prerendered HTML is rendered with (the build has no storage) and hydration starts from. */
const SERVER_SNAPSHOT: StoreSnapshot = { data: EMPTY_STORE, notices: [], loaded: false };

/**
 * Read a slice of the store and re-render when it changes (in this tab or another). `select`
 * must return something already in the snapshot, or a primitive, so that equal means unchanged.
 */
export function useStore<T>(select: (snapshot: StoreSnapshot) => T): T {
  return useSyncExternalStore(
    subscribeStore,
    () => select(getStoreSnapshot()),
    () => select(SERVER_SNAPSHOT),
  );
}
