const FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2025-05-02" → "2 May 2025", the same on every machine whatever its time zone. */
export function formatDay(isoDay: string): string {
  return FORMAT.format(new Date(`${isoDay}T00:00:00Z`));
}
