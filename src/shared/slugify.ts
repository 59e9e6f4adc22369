/**
 * URL-safe slug from any title: diacritics folded ("São Paulo" -> "sao-paulo"), everything that
 * is not a-z or 0-9 becomes a single hyphen, cut at a word boundary. May return "" for titles in
 * scripts with no Latin letters; callers fall back to another name.
 */
export function slugify(text: string, maxLength = 80): string {
  const folded = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[æ]/g, 'ae')
    .replace(/[ø]/g, 'o')
    .replace(/[đ]/g, 'd')
    .replace(/[ł]/g, 'l');
  const slug = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 20 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/, '');
}
