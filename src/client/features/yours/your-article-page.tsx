import './yours.css';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useLoaderData, useLocation, useNavigate, useParams } from 'react-router';
import { ArticleReader } from '../../app/routes/article-reader.tsx';
import { paths } from '../../app/paths.ts';
import { NotFoundView } from '../../components/not-found-view.tsx';
import { YoursBadge } from '../../components/yours-badge.tsx';
import type { AddedNotice } from './use-add-article.ts';
import { YourArticleTools } from './your-article-tools.tsx';
import { deleteYours, type YourArticle } from './yours-store.ts';

/**
 * /yours/:slug — an article the reader added, read back from this browser's storage and
 * validated; shown with every reading feature, plus download and delete.
 */
export function YourArticlePage() {
  const { slug = '' } = useParams();
  const data = useLoaderData<YourArticle | null>();
  const added = (useLocation().state as AddedNotice | null)?.added;

  if (data === null)
    return (
      <NotFoundView
        what={`Your article “${slug}”`}
        note="Articles you add are kept only in the browser you added them in."
      />
    );
  if (data.status === 'damaged') return <DamagedArticle slug={slug} detail={data.detail} />;
  return (
    <ArticleReader
      article={data.article}
      origin="yours"
      tools={<YourArticleTools article={data.article} json={data.json} />}
      provenance={
        <>
          <p className="yours-line">
            <YoursBadge /> You added this article; it is kept in this browser.{' '}
            <Link to={paths.add()}>Add another</Link>
          </p>
          {!data.persisted && (
            <p className="notice" role="alert">
              This article could not be saved in this browser
              {added?.problem ? ` (${added.problem})` : ''}. It stays here until you close this tab:
              use “Download JSON” to keep a copy.
            </p>
          )}
        </>
      }
    />
  );
}

function DamagedArticle({ slug, detail }: { slug: string; detail: string }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const remove = async () => {
    await deleteYours(slug);
    await queryClient.invalidateQueries({ queryKey: ['yours'] });
    void navigate(paths.library());
  };
  return (
    <section className="notice-page" role="alert" aria-labelledby="damaged-title">
      <title>Damaged article · Lede</title>
      <h1 id="damaged-title">This article could not be shown</h1>
      <p>
        Your article “{slug}” is damaged in this browser’s storage ({detail}). Delete it, then add
        the page again.
      </p>
      <p className="notice-actions">
        <button type="button" onClick={() => void remove()}>
          Delete it
        </button>
        <Link to={paths.library()}>Back to the library</Link>
      </p>
    </section>
  );
}
