import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { PageSkeleton } from '../components/page-skeleton.tsx';
import { LazyNotFoundView, LazyRouteErrorView } from '../components/lazy-route-views.tsx';
import { libraryLoader } from '../features/library/library-loader.ts';
import { AppLayout } from './app-layout.tsx';
import { articleLoader } from './routes/article-loader.ts';
import { ArticleRoute } from './routes/article-route.tsx';

/**
 * The route table, declared once and used by the browser router and by the tests' memory router.
 * Errors are caught per page so the site header and navigation survive a broken article.
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      element: <AppLayout />,
      HydrateFallback: PageSkeleton,
      children: [
        {
          path: '/',
          loader: libraryLoader(queryClient),
          // Loaded on demand: the article route's JavaScript budget leaves no room for the
          // library's search and cards (main.tsx loads it before hydrating a prerendered /).
          lazy: async () => ({
            Component: (await import('../features/library/library-page.tsx')).LibraryPage,
          }),
          errorElement: <LazyRouteErrorView />,
          // Search and sort live in the query string: typing must not re-run the loader.
          shouldRevalidate: ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
            currentUrl.search === nextUrl.search && defaultShouldRevalidate,
        },
        {
          path: '/bookmarks',
          // Loaded when visited: its code (and the import schema) is no weight on other pages.
          lazy: async () => ({
            Component: (await import('../features/bookmarks/bookmarks-page.tsx')).BookmarksPage,
          }),
          errorElement: <LazyRouteErrorView />,
        },
        // The reader's own articles: route modules loaded on demand (the pipeline itself runs in
        // a worker fetched on first use), so the reading route carries none of their code.
        {
          path: '/add',
          lazy: () => import('../features/yours/add-article-route.ts'),
          errorElement: <LazyRouteErrorView />,
        },
        {
          path: '/yours/:slug',
          lazy: () => import('../features/yours/your-article-route.ts'),
          errorElement: <LazyRouteErrorView />,
        },
        {
          path: '/articles/:slug',
          loader: articleLoader(queryClient),
          element: <ArticleRoute />,
          errorElement: <LazyRouteErrorView />,
        },
        { path: '*', element: <LazyNotFoundView what="This page" /> },
      ],
    },
  ];
}
