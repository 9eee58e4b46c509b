/**
 * Harvests the name lexicons the entities extractor uses from compromise's own lexicon
 * (first names, last names, famous people, cities, countries, regions, places,
 * organisations, demonyms, honorifics) into `extractors/data/compromise-lexicon.json`.
 *
 * The snapshot spares every process (and every ingest worker) the ~0.4 s it takes to load
 * compromise's tagger; a test fails when it no longer matches the installed compromise.
 *
 *   npx tsx extractors/lexicon-harvest.ts --write
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';

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

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1] && process.argv.includes('--write')) {
  writeFileSync(SNAPSHOT_FILE, `${JSON.stringify(harvestLexicon(), null, 0)}\n`);
  console.log(`wrote ${SNAPSHOT_FILE}`);
}
