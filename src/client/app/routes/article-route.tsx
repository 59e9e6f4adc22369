import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { articleQueryOptions } from '../../features/articles/api/articles-api.ts';
import { ArticleReader } from './article-reader.tsx';

/** /articles/:slug — a preprocessed article (the loader has fetched and validated it). */
export function ArticleRoute() {
  const { slug = '' } = useParams();
  const { data: article } = useSuspenseQuery(articleQueryOptions(slug));
  return <ArticleReader article={article} origin="library" />;
}
