import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Article } from '../../../shared/article-schema.ts';
import { paths } from '../../app/paths.ts';
import { deleteYours } from './yours-store.ts';

export type DeletedNotice = { deleted: string };

type Props = { article: Article; json: string };

/** Beside "Bookmark" on the reader's own articles: the file to keep, and a way to remove it. */
export function YourArticleTools({ article, json }: Props) {
  const [confirming, setConfirming] = useState(false);
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  const download = () => {
    // The stored bytes, unchanged: the file the CLI writes for the same page.
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${article.slug}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  const remove = async () => {
    await deleteYours(article.slug);
    await queryClient.invalidateQueries({ queryKey: ['yours'] });
    const notice: DeletedNotice = { deleted: article.title };
    void navigate(paths.library(), { state: notice });
  };

  return (
    <span className="your-tools">
      <button type="button" className="link-button" onClick={download}>
        Download JSON
      </button>
      {confirming ? (
        <span role="group" aria-label="Delete this article?">
          Delete it from this browser?{' '}
          <button type="button" className="tool-button" onClick={() => void remove()}>
            Delete
          </button>{' '}
          <button type="button" className="link-button" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </span>
      ) : (
        <button type="button" className="link-button" onClick={() => setConfirming(true)}>
          Delete article
        </button>
      )}
    </span>
  );
}
