/**
 * Figures a sentence presents as already known. A writer who says "The 4.649% high yield was
 * the lowest since May", "At £2.43 billion, this is a full price", "Barges at $394 are already
 * pricing in …" or "Tuesday's clearing price of 71.54 euros was the highest" refers back to a
 * figure the story has given: the figure sits in the sentence's subject or in a phrase set
 * before it, not in what the sentence tells. Such a figure should equal one stated earlier;
 * when none is equal and one close to it is (the same unit, a few percent off, digits
 * swapped), the restatement has slipped (`inconsistent-figure`).
 *
 * Read from the words around the figure only; compiled once; all pure. The patterns look at
 * most 80 characters before and 60 after the figure.
 */
import type { Span } from '../types.js';
import { isVerb } from './words.js';

/** Words that end a noun phrase going left, or make the figure the sentence's news. */
const NOT_MODIFIER = String.raw`(?:said|says|and|or|to|of|at|from|by|in|on|for|with|than|was|were|is|are|be|been|has|have|had|as|after|before|about|its|their|the|a|an|against|over|under|below|above|versus|vs|near|into|per|year|month|week|quarter|day|time|morning|afternoon|evening|session)`;

/** The start of a clause: the sentence's, or an opening quote. */
const CLAUSE_START = String.raw`(?:^|[“"‘]\s*)`;

/**
 * "The 4.649% high yield", "the 600,000-tonne purchase", "Hasegawa Precision's 6.4% rise", "its
 * 241-property portfolio". (Not "that": "the USDA estimated that 9.67 mln acres …" is a clause.)
 */
const DEFINITE_BEFORE = new RegExp(
  String.raw`(?:^|[\s“"‘(])(?:[Tt]he|[Tt]his|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Oo]ur|[\p{L}\p{N}.&-]{1,30}['’]s)\s+(?:(?!${NOT_MODIFIER}\s)\p{Ll}[\p{L}-]{0,19}\s+){0,2}$`,
  'u',
);

/** Words that make the figure another part, instance or time than one given before. */
const ANOTHER_INSTANCE =
  /\b(?:remaining|other|final|first|second|third|new|additional|further|current|original|initial|last|next|latest|previous|prior|old|existing|another|extra|rest|balance|year-earlier|year-ago)\b(?:['’]s)?\s+(?:\S+\s+){0,2}$/i;
/** A chart level or a share's balance after the figure: "the 870 stg area", "the 2.90 marks level", "the 51 pct balance". */
const LEVEL_NOUN_AFTER = /^\s*(?:[\p{L}.]{1,10}\s+)?(?:area|level|mark|region|zone|line|barrier|threshold|handle|balance|range)\b/iu;

/** The other term of a comparison ends here: "above the", "beat the", "than the", "compared with the". */
const COMPARED_BEFORE =
  /\b(?:above|below|beat|beats|beating|exceed|exceeds|match|matches|matching|top|topped|topping|tops|missed|missing|misses|than|versus|vs\.?|against|from|over|under|with|past|exceeding|exceeded|surpassing|near|toward|towards|to|of|behind|ahead\s+of|short\s+of|off|on|at)\s*$/i;

/** "Tuesday's clearing price of 71.54 euros was …", "Earnings of 1.12 dlrs a share were …": the figure ends the subject. */
const OF_SUBJECT_BEFORE = new RegExp(
  String.raw`${CLAUSE_START}(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[\p{L}\p{N}.&-]{1,30}['’]s)\s+)?(?![Aa]n?\s)(?:[\p{L}-]{1,20}\s+){0,3}of\s+$`,
  'u',
);
/** The same, indefinite, opening a quote: "“A backlog of ". */
const QUOTED_OF_SUBJECT_BEFORE = /^[“"‘]\s*An?\s+(?:[\p{L}-]{1,20}\s+){1,3}of\s+$/u;
/** "Barges at $394 are …", "Reserves at $2.98 trillion remain …". */
const AT_SUBJECT_BEFORE = new RegExp(String.raw`${CLAUSE_START}(?:[\p{L}'’.&-]{1,20}\s+){1,3}at\s+(?:about\s+|around\s+|roughly\s+)?$`, 'u');
/** The subject's verb right after the figure and its unit. */
const SUBJECT_VERB_AFTER =
  /^(?:\s*[\p{L}.-]{1,20}){0,3}?\s+(?:was|were|is|are|remains?|remained|would|will|has|had|have|marks?|marked|came|comes|made|makes|leaves?|left|stands?|stood|looks?|means?|puts?|gives?|sits?|represents?|represented|compares?|compared|tells?|told|shows?|showed|says|said|proves?|proved|reflects?|reflected|signals?|signalled|signaled)\b/u;

/** "At £2.43 billion, …", "At $2.21 a kilo, …", "At 4.97%, the 10-year yield …". */
const AT_OPENING_BEFORE = new RegExp(String.raw`${CLAUSE_START}At\s+(?:about\s+|around\s+|roughly\s+|just\s+)?$`, 'u');
/** "With dry van spot at $2.17 a mile, …", "With sterling ending the day at 1.2741, …", "With 64% of soybeans rated good …, …". */
const WITH_OPENING_BEFORE = new RegExp(String.raw`${CLAUSE_START}With\s+[^,;.“”"]{0,60}$`, 'u');
/** The comma that closes an opening phrase. */
const OPENING_AFTER = /^[^,;.“”"]{0,40},/u;

/** "A 176.7 million-tonne crop leaves …", "A 9.1% year, after two lean ones, …": an indefinite figure before its noun at a clause's start. */
const INDEFINITE_BEFORE = new RegExp(String.raw`${CLAUSE_START}An?\s+$`, 'u');
const NOUN_AFTER = /^(?:-\p{Ll}{2,20}|\s+(?:[\p{Ll}][\p{L}-]{1,20}|[£$€]?\d))/u;

/**
 * Where the phrase that presents the figure at `figure` as known starts (a definite noun
 * phrase before its noun, the subject before its verb, an opening "At …," / "With …,"
 * phrase), or -1 when the figure is not presented as known.
 */
export function givenPhrase(text: string, sentence: Span, figure: Span): number {
  const from = Math.max(sentence.start, figure.start - 80);
  const before = text.slice(from, figure.start);
  // the clause patterns are anchored at the sentence's start: only a sentence's own start counts
  const atStart = from === sentence.start;
  const after = text.slice(figure.end, Math.min(sentence.end, figure.end + 60));
  // "the remaining 200 billion yen", "the previous year's 7.9 billion", "the 870 stg area": another part,
  // another time, or a chart level, not the figure given before
  if (ANOTHER_INSTANCE.test(before.slice(-40)) || LEVEL_NOUN_AFTER.test(after)) return -1;
  const definite = DEFINITE_BEFORE.exec(before);
  if (definite && /^(?:-\p{L}|\s+[\p{L}£$€¥])/u.test(after)) {
    // "above the 3.940% rate in when-issued trading", "beat the $1.16 billion analysts had expected":
    // a comparison's other term is news, not a figure referred back to; so is one after a verb ("The buyer paid $259.00")
    const words = before.slice(definite.index).trim().split(/\s+/).slice(1);
    if (!COMPARED_BEFORE.test(before.slice(0, definite.index + 1)) && !words.some((w) => isVerb(w))) return from + definite.index;
  }
  if (!atStart && !/[“"‘]/u.test(before)) return -1;
  const clauseAt = Math.max(0, before.search(/[“"‘][^“"‘]*$/u));
  const clause = before.slice(clauseAt);
  // (an indefinite subject restates only in a speaker's words: "“A backlog of 3,270 million euros gives us visibility …”")
  const quoted = /^[“"‘]/u.test(clause);
  if ((OF_SUBJECT_BEFORE.test(clause) || AT_SUBJECT_BEFORE.test(clause) || (quoted && QUOTED_OF_SUBJECT_BEFORE.test(clause))) && SUBJECT_VERB_AFTER.test(after)) return from + clauseAt;
  if ((AT_OPENING_BEFORE.test(clause) || WITH_OPENING_BEFORE.test(clause)) && OPENING_AFTER.test(after)) return from + clauseAt;
  return INDEFINITE_BEFORE.test(clause) && NOUN_AFTER.test(after) ? from + clauseAt : -1;
}

/** Words that tell nothing about what a figure is. */
const GENERIC = new Set(
  (
    'the a an and or of to in on at for from by with as is are was were be been has have had its their his her our this that these those it ' +
    'said says say told according data showed shows show figures figure per cent percent pct million billion trillion thousand mln bln bn mn dlrs dlr ' +
    'year years month months week weeks day days quarter quarters today yesterday earlier later ago previous last next first second third fourth ' +
    'up down rose fell than more less about around nearly some also still now just only new which who what when while after before since ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec would will could can may might not no but there here they them he she we you i'
  ).split(' '),
);

/** Content words of a stretch of text, crudely stemmed ("teas" → "tea", "barges" → "barge"). */
export function contentWords(s: string): Set<string> {
  const out = new Set<string>();
  for (const m of s.toLowerCase().matchAll(/\p{L}[\p{L}'’-]{2,30}/gu)) {
    const w = m[0].replace(/['’]s$/, '').replace(/(?<=[^s])s$/, '');
    if (w.length >= 3 && !GENERIC.has(w) && !GENERIC.has(m[0])) out.add(w);
  }
  return out;
}

/** Verbs that report speech: "Dral said", "chief executive Ola Brekke told reporters". */
const REPORTING_VERB = /\b(?:said|says|told|added|noted|wrote|explained|insisted|stressed)\b/g;
/** What may follow a reporting verb before the reported clause: "on Friday", "in the statement:", "reporters that", "the meeting that". */
const REPORTED_LEAD =
  /^(?:\s+(?:on|in|at|during)\s+(?:\p{Lu}\p{Ll}+|(?:a|an|the|its|his|her)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,3}))?(?:\s*:\s*|\s+(?:(?:reporters|analysts|investors|the\s+[\p{L}-]+|[\p{L}-]+\s+[\p{L}-]+)\s+)?that\s+|\s+)/u;

/**
 * Where the clause a person speaks starts, when the figure at `figure` is the first figure of
 * it: inside a quotation ("“We harvested 402,900 tonnes in October …”") or reported after a
 * person's "said" ("Dral said members had delivered 862 mln kg"). A speaker restating the
 * story's figures in their own words is how restatements most often slip; -1 otherwise.
 * `speakers` are the spans of people the sentence names.
 */
export function spokenClause(text: string, sentence: Span, figure: Span, speakers: readonly Span[]): number {
  const before = text.slice(sentence.start, figure.start);
  let clause = -1;
  // inside a quotation opened in this sentence and not closed before the figure
  const open = before.search(/[“"‘][^“”"‘’]*$/u);
  if (open >= 0 && (before[open] !== '"' || (before.slice(0, open).match(/"/g) ?? []).length % 2 === 0)) clause = open + 1;
  else {
    // a person's reporting verb before it
    for (const m of before.matchAll(REPORTING_VERB)) {
      const at = sentence.start + m.index!;
      // (the person right before the verb, or before an appositive: "Mira Osei, head of research at Halvard Digital, said")
      const spoke = speakers.some((p) => p.end <= at && p.start >= sentence.start && (at - p.end <= 2 || /^,[^,;.“”"]{1,90},\s*$/u.test(text.slice(p.end, at))));
      if (!spoke) continue;
      const lead = REPORTED_LEAD.exec(before.slice(m.index! + m[0].length));
      if (lead) clause = m.index! + m[0].length + lead[0].length;
    }
  }
  if (clause < 0) return -1;
  const words = before.slice(clause);
  // the clause's first figure, near its start (a figure deep in a speaker's sentence is their news)
  if (/\d/.test(words) || words.length > 70) return -1;
  return sentence.start + clause;
}
