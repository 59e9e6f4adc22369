import { dismissNotice, type StoreNotice } from '../../storage/app-store.ts';
import { describeNotice } from './describe-notice.ts';

/** Each problem with saved data in a sentence, with a way to dismiss it. */
export function NoticeList({ notices }: { notices: readonly StoreNotice[] }) {
  return notices.map((notice) => (
    <p key={notice.kind} className="notice storage-notice">
      <span>{describeNotice(notice)}</span>
      <button type="button" className="link-button" onClick={() => dismissNotice(notice.kind)}>
        Dismiss
      </button>
    </p>
  ));
}
