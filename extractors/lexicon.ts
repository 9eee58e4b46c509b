/**
 * Word knowledge for the entities extractor:
 *
 * - name lexicons harvested from compromise's own lexicon (first names, last names, famous
 *   people, cities, countries, regions, organisations, demonyms), read from a snapshot so
 *   compromise itself is never loaded at run time (extractors/lexicon-harvest.ts);
 * - whether a word is ordinary English (in wink-eng-lite-web-model's vocabulary and not a
 *   name), which tells "Relative Strength Index" (ordinary words) from "Kobeissi Letter".
 *   The vocabulary is a snapshot too, read on the first question: unpacking wink's model
 *   cost 110–250 ms of every cold `check`, and a process that never asks (the command
 *   line's main thread) reads nothing.
 *
 * All lookups take lower-case text.
 */
import { createRequire } from 'node:module';
import type { LexiconList } from './lexicon-harvest.js';

/** What compromise's lexicon says a lower-case word or phrase is. */
export type LexiconSets = Record<LexiconList, Set<string>>;

const require = createRequire(import.meta.url);
/** Harvested from compromise by `extractors/lexicon-harvest.ts` (a test keeps it current). */
const snapshot = require('./data/compromise-lexicon.json') as Record<LexiconList, string[]>;

export const LEXICON = Object.fromEntries(Object.entries(snapshot).map(([k, words]) => [k, new Set(words)])) as LexiconSets;

/**
 * wink's vocabulary (extractors/data/wink-vocabulary.json): one JSON string, the words sorted
 * by code unit and joined by newlines, read on first use. Searched in place by halves, line
 * by line: parsing it as an array of 85,000 strings cost ~45 ms of a cold `check`, one string
 * costs a few.
 */
let vocabulary: string | null = null;

/** Whether wink's vocabulary has the lower-case word. */
function inVocabulary(word: string): boolean {
  const words = (vocabulary ??= require('./data/wink-vocabulary.json') as string);
  // [lo, hi) always starts at the start of a line and ends at the end of one (a newline's index + 1, or the end)
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = mid === 0 ? 0 : words.lastIndexOf('\n', mid - 1) + 1;
    let end = words.indexOf('\n', start);
    if (end < 0) end = words.length;
    const w = words.slice(start, end);
    if (w === word) return true;
    if (w < word) lo = end + 1;
    else hi = start;
  }
  return false;
}

const commonCache = new Map<string, boolean>();

/** Names of any kind: a word in one of these is not "ordinary English" even if wink knows it. */
const isNameWord = (w: string): boolean =>
  LEXICON.firstNames.has(w) ||
  LEXICON.lastNames.has(w) ||
  LEXICON.cities.has(w) ||
  LEXICON.countries.has(w) ||
  LEXICON.regions.has(w) ||
  LEXICON.places.has(w) ||
  LEXICON.demonyms.has(w);

/**
 * Whether a lower-case word is ordinary English: in wink's vocabulary (directly or as a
 * plural/derived form) and not a known name. Cached per process.
 */
export function isCommonWord(lower: string): boolean {
  let known = commonCache.get(lower);
  if (known !== undefined) return known;
  known = false;
  if (!/\d/.test(lower) && lower.length > 1 && !isNameWord(lower)) {
    known =
      inVocabulary(lower) ||
      (lower.endsWith('s') && inVocabulary(lower.slice(0, -1))) ||
      (lower.endsWith('es') && inVocabulary(lower.slice(0, -2))) ||
      (lower.endsWith('ies') && inVocabulary(`${lower.slice(0, -3)}y`)) ||
      (lower.endsWith('ers') && inVocabulary(lower.slice(0, -3))) ||
      (lower.endsWith('ship') && inVocabulary(lower.slice(0, -4)));
  }
  if (commonCache.size > 200_000) commonCache.clear();
  commonCache.set(lower, known);
  return known;
}
