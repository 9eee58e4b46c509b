import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { harvestLexicon, SNAPSHOT_FILE } from '../../extractors/lexicon-harvest.js';
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
