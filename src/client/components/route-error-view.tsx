import { isRouteErrorResponse, Link, useRevalidator, useRouteError } from 'react-router';
import { paths } from '../app/paths.ts';
import {
  DataLoadError,
  DataSchemaError,
  NotFoundError,
} from '../features/articles/api/data-errors.ts';
import { NotFoundView } from './not-found-view.tsx';

/**
 * Tells "not found" (a wrong link: nothing to retry) from "broken" (the data could not be
 * fetched or is invalid: say which article and what, and offer a retry).
 */
export function RouteErrorView() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  if (error instanceof NotFoundError) return <NotFoundView what={error.what} />;
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundView what="This page" />;

  const message =
    error instanceof DataSchemaError
      ? `${error.what} could not be shown because its data is invalid (${error.detail}). Rebuild the articles with “npm run preprocess”, then try again.`
      : error instanceof DataLoadError
        ? `${error.what} could not be loaded: ${error.detail}. Check your connection, then try again.`
        : 'Something went wrong while showing this page. Try again, or go back to the library.';
  return (
    <section className="notice-page" role="alert" aria-labelledby="error-title">
      <title>Error · Lede</title>
      <h1 id="error-title">This page could not be shown</h1>
      <p>{message}</p>
      <p className="notice-actions">
        <button
          type="button"
          onClick={() => void revalidator.revalidate()}
          disabled={revalidator.state !== 'idle'}
        >
          {revalidator.state === 'idle' ? 'Try again' : 'Trying again…'}
        </button>
        <Link to={paths.library()}>Back to the library</Link>
      </p>
    </section>
  );
}
