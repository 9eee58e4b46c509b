import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { harvestLexicon, harvestVocabulary, SNAPSHOT_FILE, VOCABULARY_FILE } from '../../extractors/lexicon-harvest.js';
import { isCommonWord, LEXICON } from '../../extractors/lexicon.js';

describe('the compromise lexicon snapshot', () => {
  it('matches the installed compromise (regenerate: npx tsx extractors/lexicon-harvest.ts --write)', () => {
    expect(JSON.parse(readFileSync(SNAPSHOT_FILE, 'utf8'))).toEqual(harvestLexicon());
  });

  it.each([
    ['firstNames', 'john'],
    ['countries', 'germany'],
    ['demonyms', 'swiss'],
  ] as const)('%s has %s', (list, word) => {
    expect(LEXICON[list].has(word)).toBe(true);
  });
});

describe('the wink vocabulary snapshot', () => {
  it('matches the installed wink-eng-lite-web-model (regenerate: npx tsx extractors/lexicon-harvest.ts --write)', () => {
    expect((JSON.parse(readFileSync(VOCABULARY_FILE, 'utf8')) as string).split('\n')).toEqual(harvestVocabulary());
  });

  it("answers as wink's own model did, for words in and out of its vocabulary", () => {
    const doc = winkNLP(model, []).readDoc('');
    const known = (w: string) => !doc.isOOV(w);
    const names = ['firstNames', 'lastNames', 'cities', 'countries', 'regions', 'places', 'demonyms'] as const;
    // the function as it was when it read wink's model itself
    const before = (w: string) =>
      !/\d/.test(w) && w.length > 1 && !names.some((l) => LEXICON[l].has(w)) &&
      (known(w) || (w.endsWith('s') && known(w.slice(0, -1))) || (w.endsWith('es') && known(w.slice(0, -2))) ||
        (w.endsWith('ies') && known(`${w.slice(0, -3)}y`)) || (w.endsWith('ers') && known(w.slice(0, -3))) || (w.endsWith('ship') && known(w.slice(0, -4))));
    const vocabulary = harvestVocabulary();
    const words = ['kobeissi', 'zzyzx', 'qwertyuiop', 'brent', 'refineries', 'dealerships', "o'clock", 'well-known'];
    for (let i = 0; i < vocabulary.length; i += 97) words.push(vocabulary[i]!, `${vocabulary[i]}s`, `${vocabulary[i]}ers`, `${vocabulary[i]}x`);
    const disagree = words.filter((w) => isCommonWord(w) !== before(w));
    expect(words.length).toBeGreaterThan(3000);
    expect(disagree).toEqual([]);
  });
});

describe('isCommonWord', () => {
  it.each([
    ['strength', true],
    ['indices', true],
    ['kobeissi', false],
    ['germany', false],
    ['2025', false],
  ])('%s → %s', (word, expected) => {
    expect(isCommonWord(word)).toBe(expected);
  });
});
