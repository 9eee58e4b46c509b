/**
 * Text helpers for rule messages and clause reading. Pure.
 */
import type { Sentence, Span } from '../../types.js';

/** A text for a message: white space collapsed, cut to `max` characters with an ellipsis. */
export function quote(s: string, max = 60): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
}

/** A lookup of the sentence with exactly a span's bounds (a claim's), built once per article. */
export function sentenceLookup(sentences: readonly Sentence[]): (span: Span) => Sentence | undefined {
  const byBounds = new Map(sentences.map((s) => [`${s.start}:${s.end}`, s]));
  return (span) => byBounds.get(`${span.start}:${span.end}`);
}

/** `a`, `a and b`, `a, b and c`, each in backticks. */
export function quoteList(items: readonly string[]): string {
  const q = items.map((s) => `\`${quote(s, 40)}\``);
  return q.length <= 1 ? (q[0] ?? '') : `${q.slice(0, -1).join(', ')} and ${q.at(-1)}`;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A long date for messages: `2025-05-28` → `May 28, 2025`. */
export function longDate(year: number, month: number, day?: number): string {
  const name = MONTH_NAMES[month - 1];
  return day ? `${name} ${day}, ${year}` : `${name} ${year}`;
}

/** Opens a clause whose figures are hypothetical. */
const CONDITIONAL = /\b(?:if|unless|should|whether|in case|provided(?: that)?|assuming)\b|\b(?:could|might|would|may)\s+(?:\w+\s+){0,2}?(?:reach|hit|test|climb|rise|fall|drop|surge|rally|slide|decline|revisit|see|push|top|exceed|break|extend|target)\b/;
/** "If bitcoin clears $70,000, …": a conditional opening the sentence, its clause holding the figure. */
const LEADING_CONDITION = /^\s*(?:if|unless|should|once|assuming)\b[^,;]*$/i;
/** Ends a clause (a figure after it starts afresh). */
const CLAUSE_BREAK = /[,;:()\u2013\u2014]|\s-\s|\b(?:and|but|while|whereas|as|then)\b/g;

/** True when the figure sits in a hypothetical clause of its sentence. */
export function isHypothetical(text: string, sentence: Span, figure: Span): boolean {
  const before = text.slice(sentence.start, figure.start);
  let clauseStart = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) clauseStart = m.index! + m[0].length;
  if (CONDITIONAL.test(before.slice(clauseStart))) return true;
  return LEADING_CONDITION.test(before);
}

/** True when the sentence is a question. */
export const isQuestion = (text: string, sentence: Span): boolean => /\?["'”’)]*\s*$/.test(text.slice(sentence.start, sentence.end));

/** An ISO-8601 prefix for messages: `2025-05` → `May 2025`, `2025-05-28T10:00-05:00` → `May 28, 2025, 10:00`. */
export function readableTime(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}:\d{2}))?)?)?/.exec(iso);
  if (!m) return iso;
  if (!m[2]) return m[1]!;
  const date = longDate(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : undefined);
  return m[4] ? `${date}, ${m[4]}` : date;
}
