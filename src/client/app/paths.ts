/** Every URL the app links to is built here, so routes and links cannot disagree. */
export const paths = {
  library: () => '/',
  article: (slug: string) => `/articles/${encodeURIComponent(slug)}`,
};
