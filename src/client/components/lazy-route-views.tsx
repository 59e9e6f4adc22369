import { lazy, Suspense } from 'react';

// Error and not-found pages are rare: their code loads when one is needed, not with every page.
const RouteErrorView = lazy(async () => ({
  default: (await import('./route-error-view.tsx')).RouteErrorView,
}));
const NotFoundView = lazy(async () => ({
  default: (await import('./not-found-view.tsx')).NotFoundView,
}));

export function LazyRouteErrorView() {
  return (
    <Suspense fallback={null}>
      <RouteErrorView />
    </Suspense>
  );
}

export function LazyNotFoundView({ what }: { what: string }) {
  return (
    <Suspense fallback={null}>
      <NotFoundView what={what} />
    </Suspense>
  );
}
