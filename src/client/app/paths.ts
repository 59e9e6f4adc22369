/** Every URL the app links to is built here, so routes and links cannot disagree. */
export const paths = {
  library: () => '/',
  article: (slug: string) => `/articles/${encodeURIComponent(slug)}`,
  bookmarks: () => '/bookmarks',
};

/**
 * Router state a link into an article may carry: the paragraph to scroll to when the URL has no
 * hash of its own (a bookmarked view remembers the paragraph the reader had reached).
 */
export type ArticleLinkState = { paragraphId?: string };
