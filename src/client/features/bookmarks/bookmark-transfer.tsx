import { useState, type ChangeEvent } from 'react';
import { mergeBookmarks, type Bookmark } from '../../storage/bookmarks-store.ts';
import { bookmarkFileName, readBookmarkFile, writeBookmarkFile } from './bookmark-file.ts';

type Message = { kind: 'done' | 'error'; text: string } | null;

/** Export every bookmark to a JSON file, and import one (merged: nothing here is replaced). */
export function BookmarkTransfer({ bookmarks }: { bookmarks: Bookmark[] }) {
  const [message, setMessage] = useState<Message>(null);

  const exportFile = () => {
    const blob = new Blob([writeBookmarkFile(bookmarks)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = bookmarkFileName();
    link.click();
    // Revoked later, not at once: the download may still be reading the blob.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setMessage({ kind: 'done', text: `Exported ${count(bookmarks.length)} to ${link.download}.` });
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    input.value = ''; // so that choosing the same file again imports it again
    const result = readBookmarkFile(await file.text());
    if (!result.ok) {
      setMessage({
        kind: 'error',
        text: `Nothing was imported from “${file.name}”: ${result.error}.`,
      });
      return;
    }
    const { added, duplicates } = mergeBookmarks(result.bookmarks);
    const already =
      duplicates > 0 ? ` ${duplicates} ${duplicates === 1 ? 'was' : 'were'} already here.` : '';
    setMessage({ kind: 'done', text: `Imported ${count(added)} from “${file.name}”.${already}` });
  };

  return (
    <div className="bookmark-transfer">
      <div className="transfer-actions">
        <button
          type="button"
          className="tool-button"
          onClick={exportFile}
          disabled={bookmarks.length === 0}
        >
          Export bookmarks
        </button>
        <label className="tool-button file-button">
          Import bookmarks
          <input
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            onChange={(event) => void importFile(event)}
          />
        </label>
      </div>
      <p className="transfer-message" role="status">
        {message?.kind === 'done' && message.text}
      </p>
      {message?.kind === 'error' && (
        <p className="transfer-error" role="alert">
          {message.text}
        </p>
      )}
    </div>
  );
}

function count(n: number): string {
  return `${n} ${n === 1 ? 'bookmark' : 'bookmarks'}`;
}
