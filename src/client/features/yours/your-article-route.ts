import type { LoaderFunctionArgs, ShouldRevalidateFunctionArgs } from 'react-router';
import { readYours } from './yours-store.ts';

/** The /yours/:slug route module (react-router `lazy`): the article comes from IndexedDB. */
export { YourArticlePage as Component } from './your-article-page.tsx';

export const loader = ({ params }: LoaderFunctionArgs) => readYours(params.slug ?? '');

/**
 * Read once per article: the lens and selections live in the query string, and re-reading and
 * re-validating the whole article on every click would be wasted work (and a new object each
 * time, which would rebuild the whole view).
 */
export const shouldRevalidate = ({ currentParams, nextParams }: ShouldRevalidateFunctionArgs) =>
  currentParams.slug !== nextParams.slug;
