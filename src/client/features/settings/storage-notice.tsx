import { lazy, Suspense } from 'react';
import { useHydrated } from '../../app/use-hydrated.ts';
import { useStore } from '../../storage/use-store.ts';

// The words for problems with saved data load only when there is one to describe.
const NoticeList = lazy(async () => ({
  default: (await import('./notice-list.tsx')).NoticeList,
}));

/**
 * Problems with saved data (blocked, full, damaged storage), said once near the top of every
 * page. On a prerendered page the live region exists before its content, so that screen readers
 * announce it.
 */
export function StorageNotice() {
  const notices = useStore((s) => s.notices);
  const mounted = useHydrated();
  return (
    // aria-live rather than role=status: pages keep their one status (the reader's lens summary).
    <div className="storage-notices" aria-live="polite">
      {mounted && notices.length > 0 && (
        <Suspense fallback={null}>
          <NoticeList notices={notices} />
        </Suspense>
      )}
    </div>
  );
}
