import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findDuplicates, MIN_LENGTH_RATIO, MIN_NEAR_WORDS, NEAR_DUPLICATE_THRESHOLD, normalizeForDedupe } from '../pipeline/dedupe.js';

const P1 =
  'Spot bitcoin exchange-traded funds took in $1.2 billion last week, the most since March, according to CoinShares data, as investors bet on lower interest rates.';
const P2 = 'Ether funds lost $200 million over the same period, while Solana products attracted a modest $12 million in fresh capital from investors.';
const P3 = 'Analysts expect the rotation to continue into the third quarter if the Federal Reserve signals a cut at its September meeting.';

describe('findDuplicates', () => {
  it.each([
    { name: 'no repeats', texts: [P1, P2, P3], expect: [] },
    { name: 'an exact repeat', texts: [P1, P2, P1], expect: [{ index: 2, of: 0, exact: true }] },
    { name: 'a repeat differing in case, spacing and punctuation', texts: [P1, P2, P1.toUpperCase().replace(/,/g, ' ;')], expect: [{ index: 2, of: 0, exact: true }] },
    { name: 'a repeated block', texts: [P1, P2, P3, P1, P2], expect: [{ index: 3, of: 0, exact: true }, { index: 4, of: 1, exact: true }] },
    { name: 'a few words changed', texts: [P1, P2, P1.replace('took in', 'attracted').replace('most since', 'largest since')], expect: [{ index: 2, of: 0, exact: false }] },
    { name: 'a sentence dropped', texts: [`${P1} ${P3}`, P2, P1], expect: [{ index: 2, of: 0, exact: false }] },
    { name: 'a third copy points at the first', texts: [P1, P2, P1, P1], expect: [{ index: 2, of: 0, exact: true }, { index: 3, of: 0, exact: true }] },
    { name: 'short headings repeat only exactly', texts: ['Market Overview', P1, 'Market overview', 'Market Outlook'], expect: [{ index: 2, of: 0, exact: true }] },
    { name: 'sharing one phrase is not a duplicate', texts: [P1, `According to CoinShares data, ${P3}`], expect: [] },
  ])('$name', ({ texts, expect: want }) => {
    expect(findDuplicates(texts).map(({ index, of, exact }) => ({ index, of, exact }))).toEqual(want);
  });

  it('reports the overlap of a near-duplicate, at or above the threshold', () => {
    const [m] = findDuplicates([P1, P1.replace('took in', 'attracted')]);
    expect(m!.similarity).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
    expect(m!.similarity).toBeLessThan(1);
  });

  it('is deterministic', () => {
    const texts = [P1, P2, P3, P1.replace('took in', 'attracted'), P2, P3];
    expect(findDuplicates(texts)).toEqual(findDuplicates([...texts]));
  });
});

/** The all-pairs comparison findDuplicates replaced (its index must find exactly the same). */
function allPairs(texts: readonly string[]) {
  const sets: (Set<string> | null)[] = [];
  const seen = new Map<string, number>();
  const out: { index: number; of: number; exact: boolean }[] = [];
  const dup = new Set<number>();
  texts.forEach((text, index) => {
    const norm = normalizeForDedupe(text);
    const words = norm ? norm.split(' ') : [];
    const set = words.length >= MIN_NEAR_WORDS ? new Set(words.slice(0, -2).map((_, i) => words.slice(i, i + 3).join(' '))) : null;
    sets.push(set);
    if (!norm) return;
    if (seen.has(norm)) {
      out.push({ index, of: seen.get(norm)!, exact: true });
      dup.add(index);
      return;
    }
    seen.set(norm, index);
    if (!set) return;
    for (let j = 0; j < index; j++) {
      const other = sets[j];
      if (!other || dup.has(j)) continue;
      const [small, large] = set.size <= other.size ? [set, other] : [other, set];
      if (small.size / large.size < MIN_LENGTH_RATIO) continue;
      let shared = 0;
      for (const s of small) if (large.has(s)) shared++;
      if (shared / small.size >= NEAR_DUPLICATE_THRESHOLD) {
        out.push({ index, of: j, exact: false });
        dup.add(index);
        return;
      }
    }
  });
  return out;
}

describe('findDuplicates against all pairs', () => {
  it('finds the same copies on generated paragraph lists', () => {
    const words = ['bitcoin', 'rose', 'fell', '3%', '$1.2', 'billion', 'on', 'monday', 'the', 'fund', 'said', 'inflows', 'week', 'ether', 'data', 'showed'];
    const paragraph = fc.array(fc.constantFrom(...words), { minLength: 0, maxLength: 24 }).map((w) => w.join(' '));
    const list = fc.array(paragraph, { minLength: 1, maxLength: 40 }).chain((base) =>
      fc.array(fc.oneof(fc.constantFrom(...base), paragraph, fc.constantFrom(...base).map((p) => p.replace('rose', 'fell'))), { minLength: 1, maxLength: 60 }),
    );
    fc.assert(
      fc.property(list, (texts) => {
        expect(findDuplicates(texts).map(({ index, of, exact }) => ({ index, of, exact }))).toEqual(allPairs(texts));
      }),
      { numRuns: 300 },
    );
  });
});
