/**
 * Harvests the word lists the extractors use into snapshots under `extractors/data/`:
 *
 * - from compromise's own lexicon, the name lexicons (first names, last names, famous
 *   people, cities, countries, regions, places, organisations, demonyms, honorifics) into
 *   `compromise-lexicon.json`;
 * - from wink-eng-lite-web-model, its English vocabulary (the lower-case word forms it
 *   knows) into `wink-vocabulary.json`, one JSON string of the words, sorted, one per line.
 *
 * The snapshots spare every process (and every ingest worker) the ~0.4 s it takes to load
 * compromise's tagger and the 110–250 ms wink's model takes to unpack; a test fails when
 * either no longer matches the installed package.
 *
 *   npx tsx extractors/lexicon-harvest.ts --write
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import model from 'wink-eng-lite-web-model';

/** compromise lexicon tags, by the list they go to. */
const TAGS: Record<string, string> = {
  FirstName: 'firstNames',
  MaleName: 'firstNames',
  FemaleName: 'firstNames',
  LastName: 'lastNames',
  Person: 'people',
  City: 'cities',
  Country: 'countries',
  Region: 'regions',
  Place: 'places',
  Organization: 'organisations',
  SportsTeam: 'organisations',
  Demonym: 'demonyms',
  Honorific: 'honorifics',
};
export const LEXICON_LISTS = ['firstNames', 'lastNames', 'people', 'cities', 'countries', 'regions', 'places', 'organisations', 'demonyms', 'honorifics'] as const;
export type LexiconList = (typeof LEXICON_LISTS)[number];

/** The lists, each sorted, from the installed compromise. */
export function harvestLexicon(): Record<LexiconList, string[]> {
  const lists = Object.fromEntries(LEXICON_LISTS.map((k) => [k, new Set<string>()])) as Record<LexiconList, Set<string>>;
  const world = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }).world();
  for (const [word, tag] of Object.entries(world.model.one.lexicon)) {
    for (const t of Array.isArray(tag) ? tag : String(tag).split(',')) {
      const list = TAGS[t] as LexiconList | undefined;
      if (list) lists[list].add(word);
    }
  }
  return Object.fromEntries(LEXICON_LISTS.map((k) => [k, [...lists[k]].sort()])) as Record<LexiconList, string[]>;
}

export const SNAPSHOT_FILE = fileURLToPath(new URL('./data/compromise-lexicon.json', import.meta.url));
export const VOCABULARY_FILE = fileURLToPath(new URL('./data/wink-vocabulary.json', import.meta.url));

/**
 * wink's vocabulary as `isCommonWord` asks it: lower-case forms of two or more characters,
 * no digit, letters with apostrophes, dots, hyphens or ampersands (emoticons and
 * whitespace lexemes left out), sorted by code unit for a binary search.
 */
export function harvestVocabulary(): string[] {
  const lexemes = (model as unknown as { core(): { features: { lexeme: { list: string[] } } } }).core().features.lexeme.list;
  const words = new Set(lexemes.filter((w) => w === w.toLowerCase() && w.length > 1 && !/\d/.test(w) && /^[\p{L}'.&-]+$/u.test(w)));
  return [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1] && process.argv.includes('--write')) {
  writeFileSync(SNAPSHOT_FILE, `${JSON.stringify(harvestLexicon(), null, 0)}\n`);
  writeFileSync(VOCABULARY_FILE, `${JSON.stringify(harvestVocabulary().join('\n'))}\n`);
  console.log(`wrote ${SNAPSHOT_FILE} and ${VOCABULARY_FILE}`);
}
