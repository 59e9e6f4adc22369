/** The /add route module (react-router `lazy`). */
export { AddArticlePage as Component } from './add-article-page.tsx';
