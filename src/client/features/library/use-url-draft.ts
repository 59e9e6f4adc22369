import { useState } from 'react';

/**
 * A text field whose value lives in the URL. A navigation completes asynchronously, so the field
 * keeps its own draft while typing: the URL catching up with earlier keystrokes (an echo of a
 * value sent from here) must not undo later ones, while a URL changed from elsewhere (back, a
 * link, hydration) replaces the draft.
 */
export function useUrlDraft(
  urlValue: string,
  write: (value: string) => void,
): [string, (value: string) => void] {
  const [draft, setDraft] = useState({ text: urlValue, url: urlValue, sent: [] as string[] });
  let current = draft;
  if (urlValue !== draft.url) {
    const echo = draft.sent.indexOf(urlValue);
    current =
      echo >= 0
        ? { text: draft.text, url: urlValue, sent: draft.sent.slice(echo + 1) }
        : { text: urlValue, url: urlValue, sent: [] };
    setDraft(current);
  }
  const change = (text: string) => {
    setDraft((d) => ({ ...d, text, sent: [...d.sent, text] }));
    write(text);
  };
  return [current.text, change];
}
