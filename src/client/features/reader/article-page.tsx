import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { articleQueryOptions } from '../articles/api/articles-api.ts';
import { ArticleBody } from './article-body.tsx';
import { ArticleFigure } from './article-figure.tsx';
import { ArticleHeader } from './article-header.tsx';

/** The reading view: one column of text, the headline as the page's only h1. */
export function ArticlePage() {
  const { slug = '' } = useParams();
  const { data: article } = useSuspenseQuery(articleQueryOptions(slug));
  return (
    <article className="reader" aria-labelledby="article-title">
      <title>{`${article.title} · Lede`}</title>
      <ArticleHeader article={article} />
      {article.image && <ArticleFigure image={article.image} />}
      <ArticleBody paragraphs={article.paragraphs} />
    </article>
  );
}
