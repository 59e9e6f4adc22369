/**
 * Writes src/pipeline/understand/data/world-places.json: the names of the 7,300 populated places
 * (and their provinces) in the Natural Earth data that the city-timezones package ships, as one
 * sorted list. The pipeline runs in a Web Worker too, so it carries these names only, not the
 * package's 1.9 MB of coordinates and time zones. Run `node scripts/build-world-places.mjs` after
 * upgrading city-timezones; the output is deterministic.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const cities = JSON.parse(
  readFileSync(require.resolve('city-timezones/data/cityMap.json'), 'utf8'),
);
const names = new Set();
for (const c of cities) {
  for (const name of [c.city, c.city_ascii, c.province]) {
    // Names of at least four letters with a capital: "Of", "Bo" and codes would match words.
    if (typeof name === 'string' && /^\p{Lu}/u.test(name) && name.replace(/\W/g, '').length >= 4)
      names.add(name.trim());
  }
}
const out = path.resolve(import.meta.dirname, '../src/pipeline/understand/data/world-places.json');
writeFileSync(out, `${JSON.stringify([...names].sort())}\n`);
console.log(`${names.size} place names written to ${path.relative(process.cwd(), out)}`);
