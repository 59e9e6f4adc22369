import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useHydrated } from '../app/use-hydrated.ts';
import { readLensState, writeLensState, type LensMatch, type LensState } from './lens-state.ts';

export type LensActions = {
  /** Lens on this entity alone; off when it already is the only one. */
  focusEntity: (id: string) => void;
  /** Add or remove one entity from a combined lens. */
  toggleEntity: (id: string) => void;
  clearLens: () => void;
  setMatch: (match: LensMatch) => void;
  setHideOthers: (hide: boolean) => void;
  /** Mark one quote's or date's sentence and put its paragraph in the hash. */
  hrefForQuote: (quoteId: string, paragraphId: string) => string;
  hrefForDate: (dateId: string, paragraphId: string) => string;
};

/**
 * The lens lives in the URL: every change is a navigation (so back undoes it) that keeps the
 * scroll position, and reading the state is parsing the current location.
 */
export function useLensState(): [LensState, LensActions] {
  const location = useLocation();
  const navigate = useNavigate();
  // Prerendered HTML shows the article without a lens; the URL's lens applies once hydrated.
  const hydrated = useHydrated();
  const search = hydrated ? location.search : '';
  const state = useMemo(() => readLensState(new URLSearchParams(search)), [search]);
  // Navigations settle asynchronously: a second click before the re-render must build on the
  // first one's result, not on the state of the last render (else a quick second pick in the
  // panel would drop the first).
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  }, [state]);

  const go = useCallback(
    (change: (current: LensState) => LensState, hash = location.hash) => {
      const next = change(latest.current);
      latest.current = next;
      const search = writeLensState(next).toString();
      void navigate({ search: search ? `?${search}` : '', hash }, { preventScrollReset: true });
    },
    [location.hash, navigate],
  );

  const actions = useMemo<LensActions>(() => {
    const hrefFor = (key: 'quoteId' | 'dateId', id: string, paragraphId: string) => {
      const next = { ...state, quoteId: null, dateId: null, [key]: id };
      const search = writeLensState(next).toString();
      return `${location.pathname}?${search}#${paragraphId}`;
    };
    return {
      focusEntity: (id) =>
        go((s) => ({
          ...s,
          entityIds: s.entityIds.length === 1 && s.entityIds[0] === id ? [] : [id],
        })),
      toggleEntity: (id) =>
        go((s) => ({
          ...s,
          entityIds: s.entityIds.includes(id)
            ? s.entityIds.filter((e) => e !== id)
            : [...s.entityIds, id],
        })),
      clearLens: () => go((s) => ({ ...s, entityIds: [], match: 'all' })),
      setMatch: (match) => go((s) => ({ ...s, match })),
      setHideOthers: (hideOthers) => go((s) => ({ ...s, hideOthers })),
      hrefForQuote: (quoteId, paragraphId) => hrefFor('quoteId', quoteId, paragraphId),
      hrefForDate: (dateId, paragraphId) => hrefFor('dateId', dateId, paragraphId),
    };
  }, [go, location.pathname, state]);

  return [state, actions];
}
