/**
 * Stage 4, dedupe: exact and near-duplicate paragraphs. A later copy gets `duplicateOf`
 * (the index of the first copy) and is excluded from extraction.
 *
 * Paragraphs are compared as sets of word 3-shingles after normalisation (lower case,
 * punctuation out). A later paragraph is a near-duplicate of an earlier one when
 *   overlap = |A ∩ B| / min(|A|, |B|) ≥ {@link NEAR_DUPLICATE_THRESHOLD} (0.6)
 * and the shorter has at least {@link MIN_LENGTH_RATIO} of the longer's shingles: this holds
 * for a copy with a few words changed (each change costs three shingles) and for a copy with
 * a sentence dropped, but not for a short paragraph that merely shares a phrase with a long
 * one. Paragraphs under {@link MIN_NEAR_WORDS} words count only as exact repeats. The
 * comparison is deterministic: the earliest matching paragraph wins.
 */
import type { Paragraph } from './types.js';

/** Shingle overlap at or above which two paragraphs are near-duplicates. */
export const NEAR_DUPLICATE_THRESHOLD = 0.6;
/** Smallest size ratio (shorter/longer, in shingles) for a near-duplicate. */
export const MIN_LENGTH_RATIO = 0.4;
/** Paragraphs shorter than this (in words) are only matched exactly. */
export const MIN_NEAR_WORDS = 8;
const SHINGLE = 3;

/** Lower case, letters and digits only, single spaces. */
export function normalizeForDedupe(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}$%.]+/gu, ' ')
    .replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function shingles(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  if (words.length < SHINGLE) {
    out.add(words.join(' '));
    return out;
  }
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(' '));
  return out;
}

export interface DuplicateMatch {
  /** Index of the later copy. */
  index: number;
  /** Index of the first copy. */
  of: number;
  /** 1 for an exact repeat, else the shingle overlap. */
  similarity: number;
  /** Same text after normalisation. */
  exact: boolean;
}

/** Finds repeated paragraphs among `texts` (in order). Pure and deterministic. */
export function findDuplicates(texts: readonly string[]): DuplicateMatch[] {
  const normalized = texts.map(normalizeForDedupe);
  const firstExact = new Map<string, number>();
  const sets: (Set<string> | null)[] = [];
  const matches: DuplicateMatch[] = [];
  const duplicates = new Set<number>();
  normalized.forEach((norm, index) => {
    const words = norm ? norm.split(' ') : [];
    const set = words.length >= MIN_NEAR_WORDS ? shingles(words) : null;
    sets.push(set);
    if (!norm) return;
    const exact = firstExact.get(norm);
    if (exact !== undefined) {
      matches.push({ index, of: exact, similarity: 1, exact: true });
      duplicates.add(index);
      return;
    }
    firstExact.set(norm, index);
    if (!set) return;
    for (let j = 0; j < index; j++) {
      const other = sets[j];
      if (!other || duplicates.has(j)) continue;
      const [small, large] = set.size <= other.size ? [set, other] : [other, set];
      if (small.size / large.size < MIN_LENGTH_RATIO) continue;
      let shared = 0;
      for (const s of small) if (large.has(s)) shared++;
      const overlap = shared / small.size;
      if (overlap >= NEAR_DUPLICATE_THRESHOLD) {
        matches.push({ index, of: j, similarity: Math.round(overlap * 1000) / 1000, exact: false });
        duplicates.add(index);
        return;
      }
    }
  });
  return matches;
}

/** Indexes of the paragraphs that are not later copies: the ones extraction and the rules read. */
export const liveParagraphIndexes = (paragraphs: readonly Paragraph[]): Set<number> =>
  new Set(paragraphs.flatMap((p, i) => (p.duplicateOf === null ? [i] : [])));

/** Returns the paragraphs with `duplicateOf`, `similarity` and `exact` set on later copies. */
export function dedupe(text: string, paragraphs: readonly Paragraph[]): Paragraph[] {
  const matches = findDuplicates(paragraphs.map((p) => text.slice(p.start, p.end)));
  const byIndex = new Map(matches.map((m) => [m.index, m]));
  return paragraphs.map((p, i) => {
    const m = byIndex.get(i);
    return m ? { ...p, duplicateOf: m.of, similarity: m.similarity, exact: m.exact } : { ...p, duplicateOf: null };
  });
}
