import type { Article } from '../../../shared/article-schema.ts';
import { formatDay } from '../../components/format-date.ts';

/** Headline large; source, section, byline, date and reading time quiet and small beneath it. */
export function ArticleHeader({ article }: { article: Article }) {
  const { source, byline, publishedAt, readingMinutes } = article;
  const kicker = [source.name, source.section].filter(Boolean).join(' · ');
  return (
    <header className="reader-header">
      {kicker && <p className="kicker">{kicker}</p>}
      <h1 id="article-title">{article.title}</h1>
      <p className="meta">
        {byline && <span className="byline">By {byline}</span>}
        {publishedAt && <time dateTime={publishedAt}>{formatDay(publishedAt)}</time>}
        <span>{readingMinutes} min read</span>
      </p>
    </header>
  );
}
