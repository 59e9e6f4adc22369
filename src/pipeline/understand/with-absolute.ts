/**
 * "…, with Judge Ana Ruiz describing his conduct as “…”", "with the mayor calling it “…”": an
 * absolute phrase whose own subject stands between "with" and the participle. That subject, not
 * the sentence's, is the speaker. Returns the offset where it starts, or null when the words
 * before the participle do not have that shape (at most six words after "with", no clause break).
 */
const WITH_SUBJECT = /(?:^|[\s,;—–(])with\s+((?:[^\s,;:“”"]+\s+){1,6})$/iu;

export function withAbsoluteStart(text: string, start: number, participle: number): number | null {
  const m = WITH_SUBJECT.exec(text.slice(start, participle));
  if (!m) return null;
  return participle - m[1]!.length;
}
