/**
 * Metadata accuracy of the HTML cleaner on Mozilla Readability's test pages
 * (`../shared/corpora/mozilla-readability-test-pages/<case>/{source.html,expected-metadata.json}`).
 *
 *   npx tsx bench/html-meta.ts [--verbose]
 *
 * - title: equal after Unicode NFKC, lower-casing, collapsing white space and trimming
 *   punctuation at both ends (the matching rule of shared/eval/FORMAT.md), over the pages
 *   whose expected title is not empty.
 * - published time: over the pages with an expected `publishedTime`, the same instant
 *   (when both parse as dates) or the same text; the same calendar day is printed beside.
 * - author: the expected byline contains ours or ours contains it (bylines are noisy there).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanHtml } from '../pipeline/clean-html.js';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/corpora/mozilla-readability-test-pages');
const verbose = process.argv.includes('--verbose');

interface Expected {
  title?: string | null;
  byline?: string | null;
  publishedTime?: string | null;
}

const normal = (s: string | null | undefined): string =>
  (s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu, '');

const instant = (s: string): number | null => {
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : t;
};

if (!existsSync(DIR)) {
  console.log(`skipping: ${DIR} is not present`);
  process.exit(0);
}

const cases = readdirSync(DIR).filter((d) => existsSync(path.join(DIR, d, 'expected-metadata.json'))).sort();
let titles = 0;
let titleHits = 0;
let times = 0;
let timeHits = 0;
let dayHits = 0;
let authors = 0;
let authorHits = 0;
const misses: string[] = [];
for (const name of cases) {
  const expected = JSON.parse(readFileSync(path.join(DIR, name, 'expected-metadata.json'), 'utf8')) as Expected;
  const { meta } = cleanHtml(readFileSync(path.join(DIR, name, 'source.html'), 'utf8'));
  if (normal(expected.title)) {
    titles++;
    if (normal(expected.title) === normal(meta.title)) titleHits++;
    else misses.push(`title     ${name}: expected "${expected.title}", got "${meta.title}"`);
  }
  if (expected.publishedTime) {
    times++;
    const want = instant(expected.publishedTime);
    const got = meta.published ? instant(meta.published) : null;
    const same = (want !== null && got !== null && want === got) || normal(expected.publishedTime) === normal(meta.published);
    if (same) timeHits++;
    else misses.push(`published ${name}: expected "${expected.publishedTime}", got "${meta.published}"`);
    if (meta.published && expected.publishedTime.slice(0, 10) === meta.published.slice(0, 10)) dayHits++;
  }
  if (normal(expected.byline)) {
    authors++;
    const want = normal(expected.byline);
    const got = normal(meta.author);
    if (got && (want.includes(got) || got.includes(want))) authorHits++;
    else misses.push(`author    ${name}: expected "${expected.byline}", got "${meta.author}"`);
  }
}
const pct = (a: number, b: number) => `${(b ? a / b : 0).toFixed(3)} (${a}/${b})`;
console.log(`pages ${cases.length}`);
console.log(`title accuracy      ${pct(titleHits, titles)}`);
console.log(`published accuracy  ${pct(timeHits, times)}   same day ${pct(dayHits, times)}`);
console.log(`author accuracy     ${pct(authorHits, authors)}`);
if (verbose) for (const m of misses) console.log(`  ${m}`);
