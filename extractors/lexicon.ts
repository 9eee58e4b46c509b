/**
 * Word knowledge for the entities extractor, built once at module load:
 *
 * - name lexicons harvested from compromise's own lexicon (first names, last names, famous
 *   people, cities, countries, regions, organisations, demonyms), so no compromise document
 *   is ever built per article;
 * - whether a word is ordinary English (in wink-eng-lite-web-model's vocabulary and not a
 *   name), which tells "Relative Strength Index" (ordinary words) from "Kobeissi Letter".
 *
 * All lookups take lower-case text.
 */
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** What compromise's lexicon says a lower-case word or phrase is. */
export interface LexiconSets {
  firstNames: Set<string>;
  lastNames: Set<string>;
  people: Set<string>;
  cities: Set<string>;
  countries: Set<string>;
  regions: Set<string>;
  places: Set<string>;
  organisations: Set<string>;
  demonyms: Set<string>;
  honorifics: Set<string>;
}

function harvest(): LexiconSets {
  const sets: LexiconSets = {
    firstNames: new Set(),
    lastNames: new Set(),
    people: new Set(),
    cities: new Set(),
    countries: new Set(),
    regions: new Set(),
    places: new Set(),
    organisations: new Set(),
    demonyms: new Set(),
    honorifics: new Set(),
  };
  const world = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }).world();
  for (const [word, tag] of Object.entries(world.model.one.lexicon)) {
    const tags = Array.isArray(tag) ? tag : String(tag).split(',');
    for (const t of tags) {
      if (t === 'FirstName' || t === 'MaleName' || t === 'FemaleName') sets.firstNames.add(word);
      else if (t === 'LastName') sets.lastNames.add(word);
      else if (t === 'Person') sets.people.add(word);
      else if (t === 'City') sets.cities.add(word);
      else if (t === 'Country') sets.countries.add(word);
      else if (t === 'Region') sets.regions.add(word);
      else if (t === 'Place') sets.places.add(word);
      else if (t === 'Organization' || t === 'SportsTeam') sets.organisations.add(word);
      else if (t === 'Demonym') sets.demonyms.add(word);
      else if (t === 'Honorific') sets.honorifics.add(word);
    }
  }
  return sets;
}

export const LEXICON: LexiconSets = harvest();

const wink = winkNLP(model, []);
const vocabulary = wink.readDoc('');
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
    const inVocabulary = (w: string) => !(vocabulary as unknown as { isOOV(t: string): boolean }).isOOV(w);
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
