import { Link } from 'react-router';
import { paths } from '../app/paths.ts';

/** Shown for unknown paths and unknown article slugs. */
export function NotFoundView({ what, note }: { what: string; note?: string }) {
  return (
    <section className="notice-page" aria-labelledby="not-found-title">
      <title>Not found · Lede</title>
      <h1 id="not-found-title">Not found</h1>
      <p>
        {what} does not exist here. {note ?? 'It may have been renamed or removed.'}
      </p>
      <p>
        <Link to={paths.library()}>Go to the library</Link> to see every article.
      </p>
    </section>
  );
}
