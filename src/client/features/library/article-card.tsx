import { Link } from 'react-router';
import type { IndexEntry } from '../../../shared/index-schema.ts';
import { articlePath, type ArticleOrigin } from '../../app/paths.ts';
import { formatDay } from '../../components/format-date.ts';
import { YoursBadge } from '../../components/yours-badge.tsx';
import type { Progress } from '../../storage/store-schema.ts';

type Props = {
  entry: IndexEntry;
  origin: ArticleOrigin;
  matchedEntities: string[];
  progress: Progress | undefined;
};

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One article in the library: title, where and when, what it holds, how far the reader got. */
export function ArticleCard({ entry, origin, matchedEntities, progress }: Props) {
  const { counts } = entry;
  return (
    <li className="article-card">
      <h2>
        <Link to={articlePath(origin, entry.slug)}>{entry.title}</Link>
        {origin === 'yours' && <YoursBadge />}
      </h2>
      <p className="meta">
        {[
          entry.source.name,
          entry.publishedAt ? formatDay(entry.publishedAt) : null,
          `${entry.readingMinutes} min read`,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <p className="meta card-details">
        {[
          entry.byline && `By ${entry.byline}`,
          count(counts.entities, 'entity', 'entities'),
          count(counts.quotes, 'quote', 'quotes'),
          count(counts.dates, 'date', 'dates'),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {matchedEntities.length > 0 && (
        <p className="meta card-match">Mentions {matchedEntities.join(', ')}</p>
      )}
      {progress && (
        <p className="card-progress">
          <span className="progress-track" aria-hidden="true">
            <span
              className="progress-fill"
              style={{ width: `${(100 * progress.position) / progress.total}%` }}
            />
          </span>
          {progress.position === progress.total
            ? 'Read to the end'
            : `Read to paragraph ${progress.position} of ${progress.total}`}
        </p>
      )}
    </li>
  );
}
