/**
 * What the reader is looking at, as it lives in the URL, so that a reload, back/forward or a
 * shared link restores exactly the same view:
 *   /articles/<slug>?entity=<id>&entity=<id>&match=any&quote=q2&date=d1&others=hide#p3
 * `entity` may repeat (a combined lens); `match` says whether a paragraph must involve all of
 * them (default) or any; `quote`/`date` mark one quote's or one date's sentence; `others=hide`
 * collapses the paragraphs outside the lens instead of dimming them.
 */
export type LensMatch = 'all' | 'any';

export type LensState = {
  entityIds: string[];
  match: LensMatch;
  quoteId: string | null;
  dateId: string | null;
  hideOthers: boolean;
};

export function readLensState(params: URLSearchParams): LensState {
  const entityIds = [...new Set(params.getAll('entity').filter(Boolean))];
  return {
    entityIds,
    match: params.get('match') === 'any' ? 'any' : 'all',
    quoteId: params.get('quote') || null,
    dateId: params.get('date') || null,
    hideOthers: params.get('others') === 'hide',
  };
}

/** Serialise in a fixed order so that equal states give equal URLs (and bookmarks). */
export function writeLensState(state: LensState): URLSearchParams {
  const params = new URLSearchParams();
  for (const id of state.entityIds) params.append('entity', id);
  if (state.entityIds.length > 1 && state.match === 'any') params.set('match', 'any');
  if (state.quoteId) params.set('quote', state.quoteId);
  if (state.dateId) params.set('date', state.dateId);
  if (state.hideOthers) params.set('others', 'hide');
  return params;
}

export const EMPTY_LENS: LensState = {
  entityIds: [],
  match: 'all',
  quoteId: null,
  dateId: null,
  hideOthers: false,
};
