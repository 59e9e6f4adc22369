import { dehydrate } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { ArticleSchema } from '../shared/article-schema.ts';
import { ArticleIndexSchema } from '../shared/index-schema.ts';
import { AppRoot } from './app/app-root.tsx';
import { createQueryClient } from './app/query-client.ts';
import { createRoutes } from './app/routes.tsx';
import { serializeState } from './app/serialize-state.ts';
import {
  articleIndexQueryOptions,
  articleQueryOptions,
} from './features/articles/api/articles-api.ts';

export type PrerenderedPage = { html: string; title: string; state: string };

/**
 * Render one route to HTML at build time, with the data it needs already in the query cache (so
 * no loader fetches), and the state the browser needs to hydrate it without a second fetch.
 * Only that page's data goes into the cache (the index, and the article for an article page), so
 * each page carries its own data and no other. Returns null when the route does not render as a
 * page (a redirect or an error).
 */
export async function prerender(
  url: string,
  rawIndex: unknown,
  rawArticle: unknown,
): Promise<PrerenderedPage | null> {
  const queryClient = createQueryClient();
  queryClient.setQueryData(articleIndexQueryOptions().queryKey, ArticleIndexSchema.parse(rawIndex));
  if (rawArticle !== null) {
    const article = ArticleSchema.parse(rawArticle);
    queryClient.setQueryData(articleQueryOptions(article.slug).queryKey, article);
  }

  const handler = createStaticHandler(createRoutes(queryClient));
  const context = await handler.query(new Request(new URL(url, 'http://lede.local')));
  if (context instanceof Response || context.errors) return null;
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(
    <AppRoot queryClient={queryClient}>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </AppRoot>,
  );
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? 'Lede';
  const state = serializeState({
    queries: withoutTimestamps(dehydrate(queryClient)),
    loaderData: context.loaderData,
  });
  return { html, title, state };
}

/**
 * The same articles must give the same pages: react-query stamps dehydrated data with the
 * clock, which would make every build differ. The data never goes stale (staleTime Infinity),
 * so the stamps carry no meaning here.
 */
function withoutTimestamps(state: ReturnType<typeof dehydrate>): ReturnType<typeof dehydrate> {
  return {
    ...state,
    queries: state.queries.map((query) => ({
      ...query,
      dehydratedAt: 0,
      state: { ...query.state, dataUpdatedAt: 0 },
    })),
  };
}
