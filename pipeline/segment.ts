/**
 * Stage 3, segment: the cleaned paragraphs joined into the report's `text` (one paragraph a
 * line), with paragraph and sentence spans. Abbreviations ("U.S.", "Inc.", "Oct.", "No."),
 * initials and decimals do not end sentences.
 */
import { wellFormed } from './record.js';
import type { Paragraph, SegmentedArticle, Sentence, Span } from './types.js';

/** Paragraph separator in the report's `text`. */
export const PARAGRAPH_SEPARATOR = '\n';

/** Words that end with a period without ending the sentence (compared lower-case, without the period). */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sr jr st mt ft gen gov sen rep rev hon pres supt lt col maj capt sgt cmdr adm ' +
    'inc corp co ltd llc plc bros cos dept div assn intl natl univ est approx vs etc al ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'no nos vol pp fig figs ch sec art para ref op cf ed eds repr trans ' +
    'ave blvd rd hwy ' +
    'e.g i.e a.m p.m u.s u.k u.n e.u u.s.a n.y d.c l.a s.a n.v a.g s.p.a b.v'
  ).split(/\s+/),
);

/** After these, a following capitalised word is still the same sentence ("U.S. Treasury"). */
const NEVER_END = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'gov', 'sen', 'rep', 'rev', 'hon', 'st', 'mt', 'no', 'nos', 'vol', 'fig', 'figs', 'vs', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'lt', 'col', 'maj', 'capt', 'sgt', 'e.g', 'i.e', 'approx', 'est']);

/**
 * A candidate boundary: terminal punctuation, closing quotes/brackets, then white space.
 * The lookbehind starts a match only at the first mark of a run, so a run of 100,000 dots
 * is tried once (linear), not from each of its dots (quadratic).
 */
const BOUNDARY = /(?<![.!?…])([.!?…]+)(["'”’)\]]*)(\s+)(?=\S)/g;

/** Sentence spans of one paragraph, as offsets relative to the paragraph. */
export function splitSentences(paragraph: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(paragraph); m; m = BOUNDARY.exec(paragraph)) {
    const punctEnd = m.index + m[1]!.length + m[2]!.length;
    const next = paragraph.slice(m.index + m[0].length);
    if (!endsSentence(paragraph, m.index, m[1]!, next)) continue;
    spans.push({ start, end: punctEnd });
    start = m.index + m[0].length;
  }
  if (start < paragraph.length) {
    const end = paragraph.trimEnd().length;
    if (end > start) spans.push({ start, end });
  }
  return spans;
}

function endsSentence(text: string, at: number, punct: string, next: string): boolean {
  const first = next[0]!;
  // A sentence starts with a capital, a digit, a quote, a bracket or a currency sign.
  if (!/[\p{Lu}\p{N}"'“‘(\[$€£¥]/u.test(first)) return false;
  if (punct !== '.') return true;
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, at - 20), at))?.[1] ?? '';
  const lower = word.toLowerCase();
  if (!word) return true;
  // A single initial ("J. P. Morgan") or a dotted acronym ("U.S") does not end a sentence
  // unless what follows clearly starts one.
  if (/^\p{Lu}$/u.test(word)) return false;
  // "… at 8:00 a.m. EST. "Earning …": a time zone in capitals is no abbreviation of "estimated"
  if (/^(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|BST|CET|CEST|EET|EEST|JST|HKT|SGT|AEST|AEDT|UTC|ET|PT|CT|MT)$/.test(word)) return true;
  if (ABBREVIATIONS.has(lower)) {
    if (NEVER_END.has(lower)) return false;
    // "Apple Inc. said" continues; "… in the U.S. The" ends: a following function word that
    // starts sentences decides.
    return /^(?:The|This|That|These|Those|It|Its|He|She|They|We|I|In|On|At|But|And|However|Meanwhile|Analysts|Shares|A|An)\b/.test(next);
  }
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    return /^(?:The|This|That|These|Those|It|He|She|They|We|In|On|At|But|However|Meanwhile|A|An)\b/.test(next);
  }
  return true;
}

/**
 * Joins paragraphs into the report text and finds paragraph and sentence spans. Each
 * paragraph is made well-formed first (lone surrogates to U+FFFD, NUL out: whatever the
 * clean stage decoded), so the offsets hold for the text as stored.
 */
export function segment(paragraphTexts: readonly string[]): SegmentedArticle {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let text = '';
  paragraphTexts.forEach((raw, index) => {
    const p = wellFormed(raw);
    if (index > 0) text += PARAGRAPH_SEPARATOR;
    const start = text.length;
    text += p;
    paragraphs.push({ start, end: text.length, duplicateOf: null });
    for (const s of splitSentences(p)) sentences.push({ start: start + s.start, end: start + s.end, paragraph: index });
  });
  return { text, paragraphs, sentences };
}
