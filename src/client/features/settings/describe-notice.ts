import type { StoreNotice } from '../../storage/app-store.ts';
import type { StoreReport } from '../../storage/parse-store.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What happened to the reader's saved data, and what it means for them, in plain words. */
export function describeNotice(notice: StoreNotice): string {
  switch (notice.kind) {
    case 'unavailable':
      return 'This browser is not letting Lede save anything (private browsing, or site data is blocked). Bookmarks, reading positions and settings will last only until you close this tab.';
    case 'full':
      return 'This browser’s storage is full, so your latest changes will last only until you close this tab. Export your bookmarks to keep a copy.';
    case 'repaired':
      return `${whatWasWrong(notice.report)} ${
        notice.backedUp
          ? 'A copy of the original is kept in this browser’s storage (under “lede.store.backup”).'
          : 'There was no room to keep a copy of the original, so Lede will not overwrite it during this visit.'
      }`;
  }
}

function whatWasWrong(report: StoreReport): string {
  const { bookmarks, progress, settings } = report.dropped;
  const lost = [
    bookmarks > 0 && plural(bookmarks, 'bookmark', 'bookmarks'),
    progress > 0 && plural(progress, 'reading position', 'reading positions'),
    settings > 0 && plural(settings, 'setting', 'settings'),
  ].filter(Boolean);
  const setAside =
    lost.length > 0 ? ` ${lost.join(', ')} could not be read and were set aside.` : '';
  switch (report.unreadable) {
    case 'not-json':
      return 'Your saved bookmarks and settings could not be read (the data is damaged), so Lede started afresh.';
    case 'not-a-store':
      return 'Your saved data is not in a form Lede knows, so Lede started afresh.';
    case 'newer':
      return `Your saved data was written by a newer version of Lede; what this version understands is kept.${setAside}`;
    case 'unknown-version':
      return `Your saved data has no version Lede knows; what could be read is kept.${setAside}`;
    case null:
      return `Some saved data was damaged:${setAside} Everything else is kept.`;
  }
}
