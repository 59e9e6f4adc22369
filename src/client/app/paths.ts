/** Every URL the app links to is built here, so routes and links cannot disagree. */
export const paths = {
  library: () => '/',
  article: (slug: string) => `/articles/${encodeURIComponent(slug)}`,
  /** An article the reader added in this browser (kept in IndexedDB, not on the server). */
  yours: (slug: string) => `/yours/${encodeURIComponent(slug)}`,
  add: () => '/add',
  bookmarks: () => '/bookmarks',
};

/**
 * Where an article comes from: the preprocessed library, or the reader's own. Slugs are unique
 * only within one origin, so bookmarks and reading positions carry the origin too.
 */
export type ArticleOrigin = 'library' | 'yours';

export const articlePath = (origin: ArticleOrigin, slug: string) =>
  origin === 'yours' ? paths.yours(slug) : paths.article(slug);

/** The reading-position key: the slug for library articles (as stored before), `yours:` + slug. */
export const progressKey = (origin: ArticleOrigin, slug: string) =>
  origin === 'yours' ? `yours:${slug}` : slug;

/**
 * Router state a link into an article may carry: the paragraph to scroll to when the URL has no
 * hash of its own (a bookmarked view remembers the paragraph the reader had reached).
 */
export type ArticleLinkState = { paragraphId?: string };
