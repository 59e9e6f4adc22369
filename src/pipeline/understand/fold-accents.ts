/**
 * Accent marks dropped, so "Fédération" and "Federation", "Reykjavík" and "Reykjavik" compare
 * equal (letters of their own, like "æ" or "ł", are kept).
 */
export const foldAccents = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '');
