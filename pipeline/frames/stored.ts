/**
 * Claim frames: what each figure of an article states (its subject, measure, time, role in
 * its claim and qualifiers) and the key that says when two figures, in two articles, state
 * the same thing. The report's `claims[].frames` (claim understanding) are used when a claim
 * has them; otherwise one frame per figure is derived from its claim. Everything that
 * compares figures across articles (the `claim_frames` table, `conflicting-report`,
 * `figure_consensus`, `figure_disagreements`) goes through {@link framesOf} and
 * {@link matchKey}, so a better reading of frames changes this module only.
 *
 * Matching is conservative, because a false contradiction between two outlets costs more
 * than a missed one: only a claim's stated figure is compared (not a from-value, a
 * comparison, a forecast or a hypothetical), its time must come from the text (not the
 * publication date), its subject must not be the party that said it, its measure must say
 * what is measured (not just "change"), and a price needs the same clock time.
 */
import { sentenceLookup, isHypothetical, isQuestion } from '../rules/support/text.js';
import { allFigures, dedupeOverlaps, figuresOf, indexFigures, intervalOf, type Figure, type Interval } from './figures.js';
import type { CheckedArticle } from '../rules/rule.js';
import type { Claim, FigureKind, Money, MoneyDirection, Percentage, Quantity, Timestamp } from '../types.js';

/** A frame as the report's `claims[].frames` carries it (claim understanding). */
export interface ClaimFrame {
  /** The figure, as `kind:index` (one of the claim's `figures`). */
  figure: string;
  /** Canonical name of the entity the figure is about. */
  subject: string | null;
  /** What the figure measures: price, flow, revenue, … */
  measure: string | null;
  /** ISO-8601 prefix of the time the figure refers to. */
  time: string | null;
  /** End of a period, when `time` starts one. */
  timeEnd?: string | null;
  /** What the figure is in its claim; see {@link COMPARABLE_ROLES}. */
  role: string | null;
  /** Anything else that makes the figure the statement of one thing (window, venue, …). */
  qualifiers?: Record<string, unknown>;
}

/** What makes a figure the statement of one thing, beyond subject, measure and time. */
export interface FrameQualifiers {
  /** Where the time was found: sentence, paragraph, published (the publication date only). */
  timeScope?: string | null;
  /** Inflow, outflow, increase, decrease (the extractor's reading). */
  direction?: MoneyDirection;
  /** "per share", "per barrel". */
  per?: string;
  approximate?: boolean;
  bound?: 'min' | 'max';
  /** The clock time, as a UTC instant (`2025-05-28T14:00Z`) when the text gives a zone, else as written (`10:00`). */
  clock?: string;
  /** The time was a relative phrase ("yesterday") resolved on the publication date. */
  relative?: boolean;
  /** The subject is also the claim's source: who said it, which is not what it is about. */
  subjectIsSource?: boolean;
  /** Places named in the claim's sentence other than the subject (credit "to Turkey", not "to Hungary"). */
  places?: string[];
  [key: string]: unknown;
}

/** One figure's frame, resolved against the article. */
export interface FigureFrame {
  /** Index of the claim in `claims`. */
  claim: number;
  figure: Figure;
  subject: string | null;
  measure: string | null;
  time: string | null;
  timeEnd: string | null;
  role: string | null;
  qualifiers: FrameQualifiers;
  /** `frame` from the report's `claims[].frames`, `claim` derived from the claim. */
  origin: 'frame' | 'claim';
  /** The values the written figure can stand for, at the default tolerance. */
  interval: Interval;
  /** Equal keys state the same thing; null when the figure is not compared across articles. */
  matchKey: string | null;
}

/** Roles of a figure that state the value of its subject's measure at its time (compared across articles). */
export const COMPARABLE_ROLES: ReadonlySet<string> = new Set(['stated']);

/**
 * Measures too unspecific to compare across articles: a derived "change" says something rose
 * or fell, not what (industrial production and housing starts both "rose" in February).
 */
export const UNSPECIFIC_MEASURES: ReadonlySet<string> = new Set(['change']);

/** Measures that move within a day: compared only at the same clock time. */
export const INSTANT_MEASURES: ReadonlySet<string> = new Set(['price', 'market-cap']);

/** Relative slack of hedged figures in stored intervals (the rules' default). */
export const DEFAULT_APPROXIMATE_TOLERANCE = 0.05;

/** A claim that may carry frames (claim understanding adds `claims[].frames`). */
type ClaimWithFrames = Claim & { frames?: unknown };

const FROM_BEFORE = /\bfrom\s+(?:an?\s+|the\s+|its\s+)?(?:about\s+|around\s+|nearly\s+|roughly\s+|some\s+|almost\s+)?$/i;
const COMPARISON_BEFORE = /(?:\bvs\.?|\bversus|\bcompared\s+(?:with|to)|\bagainst|\bthan|\bup\s+from|\bdown\s+from)\s+(?:an?\s+|the\s+)?(?:about\s+|around\s+|nearly\s+|roughly\s+)?$/i;
const EXTREME_BEFORE = /\b(?:high|low|peak|record|top|bottom|trough)\s+(?:of\s+)?(?:about\s+|around\s+|nearly\s+)?$/i;
const FORECAST = /\b(?:[Ff]orecast\w*|[Ee]xpect\w*|[Ee]stimat\w*|[Pp]roject(?:s|ed|ing|ion|ions)\b|[Pp]redict\w*|[Tt]arget\w*|[Gg]uidance|[Oo]utlook|[Pp]lans?\b|[Pp]lanned|will|would|could|may|might|should|[Ss]eeks?|[Pp]roposed|[Oo]ffer(?:s|ed)?\s+to)\b/;
const RESPECTIVELY = /\brespectively\b/i;

/**
 * The frames of an article: one per figure of every claim (a quantity inside a money span is
 * part of the money figure). Claims with `frames` give theirs; the others get frames derived
 * from the claim (see {@link deriveRole}).
 */
export function framesOf(article: CheckedArticle): FigureFrame[] {
  // one article's frames are read by the second pass, its rule and storage: worked out once
  // per claims list (a report's claims never change once linked)
  const cached = FRAMES.get(article.claims);
  if (cached && cached.text === article.text) return cached.frames;
  const frames = computeFrames(article);
  FRAMES.set(article.claims, { text: article.text, frames });
  return frames;
}

const FRAMES = new WeakMap<readonly Claim[], { text: string; frames: FigureFrame[] }>();

function computeFrames(article: CheckedArticle): FigureFrame[] {
  const figures = allFigures(article);
  const byRef = indexFigures(figures);
  const sentenceOf = sentenceLookup(article.sentences);
  const timestamps = article.timestamps.filter((t) => t.value);
  const out: FigureFrame[] = [];
  article.claims.forEach((claim, claimIndex) => {
    const given = (claim as ClaimWithFrames).frames;
    if (Array.isArray(given)) {
      for (const raw of given) {
        const frame = readFrame(raw);
        const figure = frame && byRef.get(frame.figure);
        if (!frame || !figure) continue;
        out.push(resolve(claimIndex, figure, frame, 'frame', findTimestamp(timestamps, frame.time, claim)));
      }
      return;
    }
    const own = dedupeOverlaps(figuresOf(claim, byRef));
    const sentence = sentenceOf(claim) ?? { start: claim.start, end: claim.end, paragraph: -1 };
    const sentenceText = article.text.slice(sentence.start, sentence.end);
    const stamp = findTimestamp(timestamps, claim.time, claim);
    const subjectIsSource = claim.subject !== null && claim.sources.some((name) => normalizeName(name) === normalizeName(claim.subject!));
    const places = [
      ...new Set(article.entities.filter((e) => e.type === 'PLACE' && e.start >= sentence.start && e.end <= sentence.end && e.canonical !== claim.subject).map((e) => e.canonical)),
    ].sort();
    own.forEach((figure, i) => {
      const role = deriveRole(article.text, sentence, sentenceText, figure, i, own.length);
      const qualifiers: FrameQualifiers = { timeScope: claim.timeScope ?? null, ...(subjectIsSource ? { subjectIsSource } : {}), ...(places.length ? { places } : {}) };
      const frame: ClaimFrame = { figure: figure.ref, subject: claim.subject, measure: claim.measure, time: claim.time, timeEnd: stamp?.endValue ?? null, role, qualifiers };
      out.push(resolve(claimIndex, figure, frame, 'claim', stamp));
    });
  });
  return out;
}

/**
 * The role of a figure derived from its claim: `hypothetical` (a condition or a question),
 * `forecast`, `from` ("from $4 billion"), `comparison` ("vs 44 cts", "than"), `extreme` ("a
 * high of"), `stated` for the claim's lead figure (the one its subject, measure and time were
 * read for), `other` for the rest (the claim does not say what they are about).
 */
export function deriveRole(text: string, sentence: { start: number; end: number }, sentenceText: string, figure: Figure, position: number, count: number): string {
  if (isQuestion(text, sentence) || isHypothetical(text, sentence, figure)) return 'hypothetical';
  const before = text.slice(Math.max(sentence.start, figure.start - 40), figure.start);
  if (FROM_BEFORE.test(before)) return 'from';
  if (COMPARISON_BEFORE.test(before)) return 'comparison';
  if (EXTREME_BEFORE.test(before)) return 'extreme';
  if (FORECAST.test(text.slice(sentence.start, figure.start))) return 'forecast';
  if (position > 0 || (count > 1 && RESPECTIVELY.test(sentenceText))) return 'other';
  return 'stated';
}

function resolve(claim: number, figure: Figure, frame: ClaimFrame, origin: FigureFrame['origin'], stamp: Timestamp | undefined): FigureFrame {
  const mention = figure.mention as Money & Percentage & Quantity;
  const qualifiers: FrameQualifiers = { ...(frame.qualifiers ?? {}) };
  if (mention.direction) qualifiers.direction = mention.direction;
  if (mention.per) qualifiers.per = mention.per;
  if (mention.approximate) qualifiers.approximate = true;
  if (mention.bound) qualifiers.bound = mention.bound;
  const clock = clockOf(frame.time);
  if (clock) qualifiers.clock = clock;
  if (stamp?.relative) qualifiers.relative = true;
  const resolved: FigureFrame = {
    claim,
    figure,
    subject: frame.subject,
    measure: frame.measure,
    time: frame.time,
    timeEnd: frame.timeEnd ?? stamp?.endValue ?? null,
    role: frame.role,
    qualifiers,
    origin,
    interval: intervalOf(figure, { approximateTolerance: DEFAULT_APPROXIMATE_TOLERANCE }),
    matchKey: null,
  };
  resolved.matchKey = matchKey(resolved);
  return resolved;
}

/** A frame from `claims[].frames`, or null when it is not one (hostile input is normal input). */
function readFrame(raw: unknown): ClaimFrame | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.figure !== 'string') return null;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : null);
  // claim frames (pipeline/frames/) write qualifiers as a list ("core", "point:close") and a mode beside the role
  const qualifiers: Record<string, unknown> = Array.isArray(r.qualifiers)
    ? { tags: r.qualifiers.filter((q): q is string => typeof q === 'string').sort() }
    : r.qualifiers && typeof r.qualifiers === 'object'
      ? (r.qualifiers as Record<string, unknown>)
      : {};
  const mode = str(r.mode);
  let role = str(r.role);
  if (role === 'level') role = mode === 'forecast' ? 'forecast' : mode === 'expected' ? 'comparison' : mode === 'hypothetical' ? 'hypothetical' : 'stated';
  return { figure: r.figure, subject: str(r.subject), measure: str(r.measure), time: str(r.time), timeEnd: str(r.timeEnd), role, qualifiers };
}

/** The timestamp a claim's time came from: the one with that value nearest the claim. */
function findTimestamp(timestamps: readonly Timestamp[], value: string | null, near: { start: number; end: number }): Timestamp | undefined {
  if (!value) return undefined;
  let best: Timestamp | undefined;
  let distance = Infinity;
  for (const t of timestamps) {
    if (t.value !== value) continue;
    const d = t.end <= near.start ? near.start - t.end : t.start >= near.end ? t.start - near.end : 0;
    if (d < distance) [best, distance] = [t, d];
  }
  return best;
}

// ---------------------------------------------------------------------------------------
// Normalisation and the match key

/** A name for matching: ASCII letters lower-cased (as SQLite's lower()), white space collapsed. */
export const normalizeName = (s: string): string => s.replace(/[A-Z]/g, (c) => c.toLowerCase()).replace(/\s+/g, ' ').trim();

const DATE_PREFIX = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/**
 * A time for matching, at the precision written: the date of a date-time (`2025-05-28T10:00-04:00`
 * → `2025-05-28`, the day the text gives it), a month (`2025-05`), a year; a period adds its end
 * (`1987-01/1987-03`). Null for anything that is not an ISO-8601 prefix.
 */
export function normalizeTime(time: string | null, timeEnd?: string | null): string | null {
  if (!time) return null;
  const m = DATE_PREFIX.exec(time.trim());
  if (!m) return null;
  const start = m[0];
  const e = timeEnd ? DATE_PREFIX.exec(timeEnd.trim())?.[0] : undefined;
  return e && e !== start ? `${start}/${e}` : start;
}

/**
 * The clock time of an ISO-8601 value: a UTC instant at minute precision when it has an offset
 * (`2025-05-28T10:00-04:00` → `2025-05-28T14:00Z`), the written `HH:MM` otherwise; null for a date.
 */
export function clockOf(time: string | null): string | null {
  if (!time) return null;
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/.exec(time.trim());
  if (!m) return null;
  if (!m[4]) return `${m[2]}:${m[3]}`;
  const offset = m[4] === 'Z' ? 'Z' : m[4].length === 3 ? `${m[4]}:00` : m[4].includes(':') ? m[4] : `${m[4].slice(0, 3)}:${m[4].slice(3)}`;
  const ms = Date.parse(`${m[1]}T${m[2]}:${m[3]}:00${offset}`);
  return Number.isFinite(ms) ? `${new Date(ms).toISOString().slice(0, 16)}Z` : null;
}

/**
 * The key under which a frame is compared with other articles' frames: normalised subject,
 * measure, time (day, month or period precision), unit, direction and the other places the
 * sentence names, plus the clock time for a measure that moves within a day. Null when the frame is not compared: not a stated
 * figure, no subject, measure or time, a subject that is the claim's own source, an
 * unspecific measure ({@link UNSPECIFIC_MEASURES}), a time that is only the publication date,
 * or a price without a clock time.
 */
export function matchKey(frame: Pick<FigureFrame, 'subject' | 'measure' | 'time' | 'timeEnd' | 'role' | 'qualifiers' | 'figure'>): string | null {
  if (!frame.role || !COMPARABLE_ROLES.has(frame.role)) return null;
  if (!frame.subject || !frame.measure || frame.qualifiers.subjectIsSource) return null;
  if (frame.qualifiers.timeScope === 'published') return null;
  const time = normalizeTime(frame.time, frame.timeEnd);
  if (!time) return null;
  const measure = normalizeName(frame.measure);
  if (UNSPECIFIC_MEASURES.has(measure)) return null;
  const parts = [normalizeName(frame.subject), measure, time, frame.figure.unit, frame.qualifiers.direction ?? ''];
  const places = Array.isArray(frame.qualifiers.places) ? frame.qualifiers.places.map(normalizeName).sort() : [];
  if (places.length) parts.push(`in ${places.join('+')}`);
  // what a claim frame says sets this figure apart (core, futures, point:close, a venue)
  const tags = Array.isArray(frame.qualifiers.tags) ? (frame.qualifiers.tags as string[]).filter((t) => !t.startsWith('vintage:')) : [];
  if (tags.length) parts.push(`q ${tags.map(normalizeName).join(',')}`);
  if (INSTANT_MEASURES.has(measure)) {
    if (!frame.qualifiers.clock) return null;
    parts.push(frame.qualifiers.clock);
  }
  return parts.join('|');
}

// ---------------------------------------------------------------------------------------
// Figures of other articles, as the command hands them to a rule

/** A figure stored from another story, with what a message needs to name it. */
export interface StoredFigure {
  articleId: number;
  title: string | null;
  publisher: string | null;
  published: string | null;
  url: string | null;
  /** sha256 of the story's body: syndicated copies and resends share it. */
  story: string;
  /** Stored articles with this body (1 for a story stored once). */
  copies: number;
  /** The claim sentence, as written. */
  sentence: string;
  /** The figure, as written. */
  text: string;
  kind: FigureKind;
  unit: string;
  value: number;
  valueHigh: number | null;
  approximate: boolean;
  bound: 'min' | 'max' | null;
}

/** Figures of other stories already stored, by {@link matchKey}; prepared by the command, read by rules. */
export type StoredFigures = ReadonlyMap<string, readonly StoredFigure[]>;

/** The values a stored figure can stand for, with the rule's tolerance. */
export function storedInterval(stored: StoredFigure, approximateTolerance: number): Interval {
  const mention = {
    start: 0,
    end: stored.text.length,
    text: stored.text,
    value: stored.value,
    ...(stored.valueHigh !== null ? { valueHigh: stored.valueHigh } : {}),
    approximate: stored.approximate,
    ...(stored.bound ? { bound: stored.bound } : {}),
  } as Percentage;
  return intervalOf({ ref: '', kind: stored.kind, index: 0, mention, start: 0, end: stored.text.length, text: stored.text, value: stored.value, unit: stored.unit }, { approximateTolerance });
}

/** An interval with open ends as nulls (for SQL columns). */
export const intervalColumns = (i: Interval): { lo: number | null; hi: number | null } => ({
  lo: Number.isFinite(i.lo) ? i.lo : null,
  hi: Number.isFinite(i.hi) ? i.hi : null,
});
