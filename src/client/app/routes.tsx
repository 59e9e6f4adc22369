import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { NotFoundView } from '../components/not-found-view.tsx';
import { PageSkeleton } from '../components/page-skeleton.tsx';
import { RouteErrorView } from '../components/route-error-view.tsx';
import { libraryLoader } from '../features/library/library-loader.ts';
import { LibraryPage } from '../features/library/library-page.tsx';
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
          element: <LibraryPage />,
          errorElement: <RouteErrorView />,
        },
        {
          path: '/articles/:slug',
          loader: articleLoader(queryClient),
          element: <ArticleRoute />,
          errorElement: <RouteErrorView />,
        },
        { path: '*', element: <NotFoundView what="This page" /> },
      ],
    },
  ];
}
