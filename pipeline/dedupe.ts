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
 *
 * Linear, not all pairs: exact repeats are found by a hash map, and a paragraph is only
 * compared with the earlier ones that share at least one shingle with it (an inverted index
 * from shingle to paragraphs), which is every paragraph that could reach the threshold. A
 * shingle already in more than {@link MAX_POSTINGS} earlier paragraphs ("said in a
 * statement") is too common to find candidates by; it still counts in the overlap. So the
 * result is exactly that of comparing all pairs, unless every shingle two paragraphs share
 * is that common (never so for a near-duplicate of real text).
 */
import type { Paragraph } from './types.js';

/** Shingle overlap at or above which two paragraphs are near-duplicates. */
export const NEAR_DUPLICATE_THRESHOLD = 0.6;
/** Smallest size ratio (shorter/longer, in shingles) for a near-duplicate. */
export const MIN_LENGTH_RATIO = 0.4;
/** Paragraphs shorter than this (in words) are only matched exactly. */
export const MIN_NEAR_WORDS = 8;
const SHINGLE = 3;
/** Paragraphs a shingle may index before it is too common to find candidates by. */
export const MAX_POSTINGS = 16;

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

/** Finds repeated paragraphs among `texts` (in order). Pure and deterministic; linear in the text. */
export function findDuplicates(texts: readonly string[]): DuplicateMatch[] {
  const firstExact = new Map<string, number>();
  /** Shingle sets of the paragraphs a later one may copy (first copies with enough words). */
  const sets = new Map<number, Set<string>>();
  /** Shingle → those paragraphs containing it, in order (at most MAX_POSTINGS + 1). */
  const postings = new Map<string, number[]>();
  const matches: DuplicateMatch[] = [];
  texts.forEach((text, index) => {
    const norm = normalizeForDedupe(text);
    if (!norm) return;
    const exact = firstExact.get(norm);
    if (exact !== undefined) {
      matches.push({ index, of: exact, similarity: 1, exact: true });
      return;
    }
    firstExact.set(norm, index);
    const words = norm.split(' ');
    if (words.length < MIN_NEAR_WORDS) return;
    const set = shingles(words);
    const match = nearestEarlier(set, sets, postings);
    if (match) {
      matches.push({ index, ...match, exact: false });
      return;
    }
    sets.set(index, set);
    for (const shingle of set) {
      const list = postings.get(shingle);
      if (!list) postings.set(shingle, [index]);
      else if (list.length <= MAX_POSTINGS) list.push(index);
    }
  });
  return matches;
}

/** The earliest earlier paragraph that `set` nearly repeats, with the overlap; null when none does. */
function nearestEarlier(set: Set<string>, sets: ReadonlyMap<number, Set<string>>, postings: ReadonlyMap<string, number[]>): { of: number; similarity: number } | null {
  const shared = new Map<number, number>();
  let common = 0;
  for (const shingle of set) {
    const list = postings.get(shingle);
    if (!list) continue;
    if (list.length > MAX_POSTINGS) {
      common++;
      continue;
    }
    for (const j of list) shared.set(j, (shared.get(j) ?? 0) + 1);
  }
  const candidates = [...shared.keys()].sort((a, b) => a - b);
  for (const j of candidates) {
    const other = sets.get(j)!;
    const [small, large] = set.size <= other.size ? [set, other] : [other, set];
    if (small.size / large.size < MIN_LENGTH_RATIO) continue;
    let count = shared.get(j)!;
    if (common) {
      // Shingles too common to index were not counted: count this pair in full, unless
      // even all of them could not lift it to the threshold.
      if ((count + common) / small.size < NEAR_DUPLICATE_THRESHOLD) continue;
      count = 0;
      for (const s of small) if (large.has(s)) count++;
    }
    const overlap = count / small.size;
    if (overlap >= NEAR_DUPLICATE_THRESHOLD) return { of: j, similarity: Math.round(overlap * 1000) / 1000 };
  }
  return null;
}

/** Indexes of the paragraphs that are not later copies: the ones extraction and the rules read. */
export function liveParagraphIndexes(paragraphs: readonly Paragraph[]): Set<number> {
  const live = new Set<number>();
  paragraphs.forEach((p, i) => {
    if (p.duplicateOf === null) live.add(i);
  });
  return live;
}

/** Returns the paragraphs with `duplicateOf`, `similarity` and `exact` set on later copies. */
export function dedupe(text: string, paragraphs: readonly Paragraph[]): Paragraph[] {
  const matches = findDuplicates(paragraphs.map((p) => text.slice(p.start, p.end)));
  const byIndex = new Map(matches.map((m) => [m.index, m]));
  return paragraphs.map((p, i) => {
    const m = byIndex.get(i);
    return m ? { ...p, duplicateOf: m.of, similarity: m.similarity, exact: m.exact } : { ...p, duplicateOf: null };
  });
}
