/**
 * "11/02/2025 09:15 MYT": a slashed date is month-first in North America and day-first almost
 * everywhere else, and the line alone cannot say which. A named time zone after it says where the
 * page is: a North American zone keeps month first (chrono's reading), any other zone ("GMT",
 * "CET", "MYT", "AEST", "IST") means day first. Without a zone, null: the caller keeps chrono's
 * reading.
 */
const SLASHED_WITH_ZONE =
  /^(\d{1,2})\/(\d{1,2})\/(\d{4}),?\s+(?:(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s+)?\(?([A-Z]{2,5})\)?$/i;
const NORTH_AMERICAN_ZONE = /^(?:[ECMP][SD]?T|AK[SD]T|H[SD]?T|[AN][SD]T)$/;

export function slashedDateWithZone(line: string): string | null {
  const match = SLASHED_WITH_ZONE.exec(line.trim());
  if (!match) return null;
  const zone = match[4]!.toUpperCase();
  if (!/[A-Z]T$/.test(zone) && !/^(?:GMT|UTC|BST|IST|CET|CEST|EET|EEST|WET|WEST)$/.test(zone))
    return null;
  if (NORTH_AMERICAN_ZONE.test(zone)) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), match[3]!];
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const check = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(check.getTime()) && check.toISOString().startsWith(iso) ? iso : null;
}
