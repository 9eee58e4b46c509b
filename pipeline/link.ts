/**
 * Stage 6, link: assembles claims. A claim is a sentence (of a live paragraph) that states a
 * checkable figure (money, percentage, quantity); it is linked to its subject (the entity the
 * first figure is about), its measure (price, volume, flow, …), its time (a timestamp in the
 * sentence, else in the paragraph, else the published date) and its sources (the sentence's
 * own attribution, else one in the paragraph that clearly governs it, else an article-level
 * source line). Pure: a function of the text, the spans and the mentions.
 *
 * Which paragraph attribution governs a sentence (docs/sources-claims.md):
 * - a source line closing a paragraph, `(source: X)` or `Source: X`, governs the sentences of
 *   that paragraph up to it;
 * - an attributed sentence that points back at the figures before it ("This data, shared by
 *   …, according to X") sources the sentence just before;
 * - an attributed paragraph ending with a colon (`According to CoinShares, flows were:`)
 *   governs the short list paragraphs that follow it;
 * - a sentence that continues an attributed one, right after it, inherits its sources: it
 *   opens with a continuation (`Additionally, …`, `The report also …`, `It also …`) or its
 *   first figure measures the same thing (flow after flow: "Bitcoin funds lost $1.09
 *   billion" after "funds saw $1.7 billion of outflows, CoinShares said"); a chain of such
 *   sentences carries it along.
 * Nothing else does: "per data from Glassnode" for active addresses does not source the next
 * sentence's trading volume, nor a source after the claim in its paragraph.
 */
import { inSpan, spanDistance } from './spans.js';
import { FIGURE_KINDS, type Claim, type Entity, type FigureKind, type Mentions, type Money, type Percentage, type Quantity, type Scope, type Sentence, type Source, type Span, type Timestamp } from './types.js';

/** Figure lists, in the order their `kind:index` references are written. */

type Figure = { ref: string; kind: FigureKind; span: Money | Percentage | Quantity };

/**
 * What is measured, by the words near a figure. Each pattern is matched around the figure;
 * the nearest match in the figure's clause wins, then the nearest in the sentence.
 */
const MEASURES: readonly [string, RegExp][] = [
  ['aum', /\b(?:assets under management|AUM|total assets|net assets|assets of)\b/gi],
  ['market-cap', /\bmarket (?:cap|capitali[sz]ation|value)\b|\bvalued at\b|\bvaluation\b/gi],
  ['flow', /\b(?:net )?(?:in|out)flows?\b|\bnet (?:buying|selling|purchases|sales)\b|\bwithdr[ae]w[a-z]*\b|\bredemptions?\b|\bpulled\b|\bpoured\b|\bshed(?:ding)?\b|\bexodus\b|\bflow(?:ed|ing|s)? (?:into|out of|from)\b|\b(?:absorbed|attracted|took in|drew|raked in|bled|lost) (?:a |an |some |about |nearly |over |more than |roughly |around |approximately )*(?=[$€£¥\d])|\bcapital (?:flight|flows?)\b|\bnew (?:funds|money|capital)\b|\bflowing\b/gi],
  ['volume', /\b(?:trading )?volumes?\b|\bturnover\b|\bchanged hands\b/gi],
  ['revenue', /\b(?:revenues?|sales|top line)\b/gi],
  ['earnings', /\b(?:earnings|net income|(?:net |operating |pre-tax |gross )?profits?|net loss(?:es)?|EPS|per[- ]share (?:earnings|profit|loss)|ebitda)\b/gi],
  ['holdings', /\b(?:holdings?|holds|held (?=[\d,.]+ )|stake|treasury|reserves|on its balance sheet)\b/gi],
  ['supply', /\b(?:supply|circulating|minted|burned|issued)\b/gi],
  ['liquidations', /\bliquidat(?:ions?|ed)\b/gi],
  ['open-interest', /\bopen interest\b/gi],
  ['yield', /\b(?:yields?|APY|APR|coupon)\b/gi],
  ['rate', /\b(?:interest rates?|rates|rate cut|rate hike|(?:funds|policy|prime|lending|mortgage|inflation|unemployment|jobless|funding) rates?|inflation|CPI|consumer prices)\b/gi],
  ['tvl', /\btotal value locked\b|\bTVL\b/g],
  ['hashrate', /\bhash ?rate\b|\bexahash(?:es)?\b/gi],
  ['addresses', /\b(?:active )?(?:addresses|wallets)\b/gi],
  ['deal-value', /\b(?:deal|acquisition|takeover|merger|buyout|purchase price|raised|funding round|valuing)\b/gi],
  ['price', /\bprice[sd]?\b|\btrad(?:ed|ing|es) (?:at|near|around|above|below)\b|\b(?:closed|opened|settled|stood|held steady|hovered|changed hands|sits|sat) (?:at|near|around|above|below)\b|\bper (?:share|barrel|ounce|tonne|coin|token|unit|bitcoin)\b|\ban? (?:ounce|share|barrel|tonne)\b|\b(?:shares|stock)\b(?= (?:of \S+ )?(?:rose|fell|gained|lost|climbed|dropped|slipped|jumped|surged|plunged|declined|slid|traded|closed|ended|were|was|have|has))/gi],
  ['price~', /\b(?:all-time |record |recent |\d+-(?:week|month|year) )?(?:high|low|peak|top|bottom) of\b|\b(?:reached|hit|touched|tested|topped|broke above|fell below|dropped below|rose above)\b/gi],
  ['change', /\b(?:rose|risen|rise|rising|fell|fallen|fall|falling|dropped|drop|dip(?:ped)?|gained|gain|lost|jumped|jump|slid|slip(?:ped)?|surged|surge|plunged|plunge|climbed|climb|declined|decline|increased|increase|decreased|decrease|rall(?:y|ied)|tumbled|sank|soared|advanced|retreated|eased|edged|uptick|downtick|up|down|higher|lower|growth|grew|shrank|contraction|expanded)\b/gi],
];

/** Words that end a clause: a figure's measure and subject are looked for inside its clause. */
const CLAUSE_BREAK = /;|,\s*(?:while|whereas|but|and|with|compared|versus|meanwhile)\b|\s(?:while|whereas)\s|\s—\s|\(source/gi;

/** What the sentence measures, from its wording (null when nothing fits). Kept for callers that have no figure. */
export function measureOf(sentence: string): string | null {
  return nearestMeasure(sentence, sentence.length, sentence.length);
}

/**
 * Extra distance, in characters, for weak evidence: a change verb ("rose") or a level word
 * ("a high of") says less about what is measured than a noun ("assets under management").
 */
const PENALTY: Readonly<Record<string, number>> = { change: 40, 'price~': 60 };

/**
 * The measure whose words are nearest to `[from, to)` in `text` (distance in characters, plus
 * the penalty of weak evidence). `exclude` leaves measures out (a change figure's own verb).
 */
function nearestMeasure(text: string, from: number, to: number, exclude: readonly string[] = []): string | null {
  let best: { name: string; distance: number } | null = null;
  for (const [name, pattern] of MEASURES) {
    if (exclude.includes(name)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const end = m.index + m[0].length;
      const distance = (end <= from ? from - end : m.index >= to ? m.index - to + 1 : 0) + (PENALTY[name] ?? 0);
      if (!best || distance < best.distance) best = { name, distance };
      if (m[0].length === 0) pattern.lastIndex++;
    }
  }
  return best ? best.name.replace(/~$/, '') : null;
}

/** Words right before a percentage that make it a change ("up 3%", "rose by 3%", "a 3% increase"). */
const CHANGE_BEFORE = /\b(?:up|down|rose|risen|fell|fallen|dropped|gained|lost|jumped|slid|slipped|surged|plunged|climbed|declined|increased|decreased|rallied|tumbled|sank|soared|advanced|retreated|eased|edged (?:up|down|higher|lower)|grew|shrank|increasing|decreasing|rising|falling|growing|by|of)\s+(?:about |nearly |almost |roughly |around |more than |over |some )?$/i;
const CHANGE_AFTER = /^\s*(?:increase|decrease|rise|fall|drop|gain|loss|decline|jump|surge|plunge|uptick|dip|growth|advance|slide|(?:price )?(?:dip|drop|gain|rise|fall))\b/i;

/** The measure of a figure: its own attributes first (`per share`, `bp`), then the nearest words in its clause. */
function measureOfFigure(text: string, sentence: Span, clause: Span, figure: Figure): string | null {
  const f = figure.span;
  if (figure.kind === 'money' && (f as Money).per) return 'price';
  if (figure.kind === 'quantities' && /^(?:pp|bp|basis points?|percentage points?)$/i.test((f as Quantity).unit)) return 'change';
  if (f.direction === 'inflow' || f.direction === 'outflow') return 'flow';
  const local = text.slice(clause.start, clause.end);
  const from = f.start - clause.start;
  const to = f.end - clause.start;
  // A change ("rose 5%", "a 3% increase in holdings") measures the thing that changed.
  const isChange =
    figure.kind === 'percentages' &&
    (f.direction === 'increase' || f.direction === 'decrease' || CHANGE_BEFORE.test(text.slice(Math.max(clause.start, f.start - 40), f.start)) || CHANGE_AFTER.test(text.slice(f.end, Math.min(clause.end, f.end + 30))));
  if (isChange) return nearestMeasure(local, from, to, ['change', 'price~']) ?? 'change';
  const inClause = nearestMeasure(local, from, to);
  if (inClause) return inClause;
  return nearestMeasure(text.slice(sentence.start, sentence.end), f.start - sentence.start, f.end - sentence.start);
}

/** The clause of `sentence` holding `at`: between the clause breaks around it. */
function clauseAround(text: string, sentence: Span, at: Span): Span {
  const s = text.slice(sentence.start, sentence.end);
  let start = 0;
  let end = s.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(s); m; m = CLAUSE_BREAK.exec(s)) {
    const abs = sentence.start + m.index;
    if (abs + m[0].length <= at.start) start = m.index + m[0].length;
    else if (abs >= at.end) {
      end = m.index;
      break;
    }
  }
  return { start: sentence.start + start, end: sentence.start + end };
}


/** Source cues of source lines: `(source: X)`, `Source: X`, `Data: X`, `(via X)`. */
const SOURCE_LINE_CUE = /:$|^via:?$/;
/** Sentence openings that continue the sentence before (and its attribution). */
const CONTINUES = /^\s*(?:["“]?)(?:Additionally|In addition|Also|Further(?:more)?|Moreover|Likewise|Similarly|The (?:same |latest |new )?(?:data|report|figures|survey|filing|study|statement|note|analysis|numbers|tally) (?:also |further )?|It (?:also|further)|They (?:also|further)|That (?:same )?(?:report|data))\b/i;

/** Sentence openings that point at the figures just stated ("This data, shared by …, according to X"). */
const REFERS_BACK = /^\s*(?:This|These|That|Those|The) (?:data|figures?|numbers?|estimates?|statistics|stats|flows?|tally)\b/;

/** Builds the claims of an article from its sentences and mentions. Pure. */
export function linkClaims(
  text: string,
  sentences: readonly Sentence[],
  paragraphSpans: readonly Span[],
  mentions: Mentions,
  published: string | null,
): Claim[] {
  const figures: Figure[] = [];
  for (const kind of FIGURE_KINDS) {
    (mentions[kind] as (Money | Percentage | Quantity)[]).forEach((span, i) => figures.push({ ref: `${kind}:${i}`, kind, span }));
  }
  figures.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const placed = figures.map((f) => ({ start: f.span.start, end: f.span.end, figure: f }));
  const byStart = <T extends Span>(list: readonly T[]) => [...list].sort((a, b) => a.start - b.start);
  const timestamps = byStart(mentions.timestamps.filter((t) => t.value));
  const entities = byStart(mentions.entities);
  const sources = byStart(mentions.sources);
  const articleSources = names(sources.filter((s) => s.scope === 'article' && !s.vague));

  // Sources of each sentence, then the paragraph rules that extend them.
  const own = sentences.map((s) => inSpan(sources, s).filter((x) => x.scope !== 'article'));
  const named = own.map((list) => names(list.filter((x) => !x.vague)));
  // `reporter`: every named source is a data provider, publication or document (one that
  // reports on others), so its attribution may run on to the next figure of the same measure.
  const reporterKinds = new Set(['data provider', 'publication', 'document']);
  const governed: { names: string[]; scope: Scope | null; reporter?: boolean }[] = own.map((list, i) => ({
    names: named[i]!,
    scope: named[i]!.length ? 'sentence' : null,
    reporter: list.filter((x) => !x.vague).every((x) => reporterKinds.has(x.kind)),
  }));
  sentences.forEach((s, i) => {
    // A source line governs its paragraph up to itself; a colon lead-in governs what follows.
    const lines = own[i]!.filter((x) => !x.vague && x.cue && SOURCE_LINE_CUE.test(x.cue));
    for (let j = i - 1; lines.length && j >= 0 && sentences[j]!.paragraph === s.paragraph; j--) {
      if (governed[j]!.scope !== 'sentence') governed[j] = { names: [...new Set([...governed[j]!.names, ...names(lines)])], scope: 'paragraph' };
    }
    // "According to CoinShares, flows were:" closing a paragraph: the list that follows.
    const next = sentences[i + 1];
    if (named[i]!.length && /:\s*$/.test(text.slice(s.start, s.end)) && (!next || next.paragraph !== s.paragraph)) {
      for (let j = i + 1; j < sentences.length; j++) {
        const item = sentences[j]!;
        const itemParagraph = paragraphSpans[item.paragraph];
        const itemText = itemParagraph ? text.slice(itemParagraph.start, itemParagraph.end) : '';
        const listItem = itemText.length <= 140 || /^\s*(?:[-•*–]\s|\d+[.)]\s|\p{Lu}[\p{L} .&'-]{0,40}:\s)/u.test(itemText);
        if (!itemParagraph || !listItem || governed[j]!.scope === 'sentence') break;
        governed[j] = { names: named[i]!, scope: 'paragraph' };
      }
    }
  });
  // "This data, shared by …, according to X": a sentence about the figures before it sources them.
  sentences.forEach((s, i) => {
    const prev = sentences[i - 1];
    if (!prev || prev.paragraph !== s.paragraph || governed[i - 1]!.scope || !named[i]!.length) return;
    if (REFERS_BACK.test(text.slice(s.start, s.end))) governed[i - 1] = { names: named[i]!, scope: 'paragraph' };
  });

  // What each sentence's first figure measures (null for a sentence without figures).
  const figuresOf = sentences.map((sentence) => inSpan(placed, sentence).map((p) => p.figure));
  const clauses = sentences.map((sentence, i) => (figuresOf[i]!.length ? clauseAround(text, sentence, figuresOf[i]![0]!.span) : sentence));
  const measures = sentences.map((sentence, i) => (figuresOf[i]!.length ? measureOfFigure(text, sentence, clauses[i]!, figuresOf[i]![0]!) : null));

  // Continuations, in order, so a chain carries the source along: "Additionally, …", "The
  // report also …", or the next figure of the same measure ("Bitcoin funds lost $1.09
  // billion" right after "funds saw $1.7 billion of outflows, CoinShares said").
  // Subjects, in order ("The stock has gained 21%", "It now holds …": the subject before).
  const subjects: (string | null)[] = [];
  let previousSubject: { paragraph: number; subject: string | null } | null = null;
  sentences.forEach((sentence, index) => {
    const first = figuresOf[index]![0];
    if (!first) {
      subjects.push(null);
      return;
    }
    const anaphoric = /^\s*(?:It|Its|The (?:company|firm|fund|token|coin|stock|shares|asset|ETF|trust|bank|lender|miner|exchange|product|index|group))\b/.test(text.slice(sentence.start, sentence.end));
    const subject =
      pickSubject(text, entities, own[index]!, sentence, clauses[index]!, first.span) ??
      (anaphoric && previousSubject?.paragraph === sentence.paragraph ? previousSubject.subject : null) ??
      (anaphoric ? null : (candidateSubjects(text, entities, own[index]!, sentence)[0]?.canonical ?? null));
    previousSubject = { paragraph: sentence.paragraph, subject };
    subjects.push(subject);
  });

  for (let j = 1; j < sentences.length; j++) {
    const prev = governed[j - 1]!;
    const s = sentences[j]!;
    if (governed[j]!.scope || !prev.scope || prev.scope === 'article' || sentences[j - 1]!.paragraph !== s.paragraph) continue;
    // The next figure of the same measure: from a reporter ("CoinShares said"), or about the
    // party that spoke ("Grayscale said …" does not source Fidelity's redemptions).
    const sameMeasure = measures[j] !== null && measures[j] === measures[j - 1] && (prev.reporter || related(subjects[j] ?? null, prev.names));
    if (sameMeasure || CONTINUES.test(text.slice(s.start, s.end))) governed[j] = { names: prev.names, scope: 'paragraph', reporter: prev.reporter };
  }

  // The contract: a named source anywhere in the paragraph covers its figure sentences,
  // unless a sentence names a source of its own (a vague one included: "Analysts say …" is
  // that sentence's own, and it names no one). The nearest named source before the sentence
  // wins, else the nearest after it.
  sentences.forEach((s, j) => {
    if (governed[j]!.scope || own[j]!.length) return;
    let best: { names: string[]; distance: number } | null = null;
    for (let k = j - 1; k >= 0 && sentences[k]!.paragraph === s.paragraph; k--) {
      if (named[k]!.length) {
        best = { names: named[k]!, distance: j - k };
        break;
      }
    }
    if (!best) {
      for (let k = j + 1; k < sentences.length && sentences[k]!.paragraph === s.paragraph; k++) {
        if (named[k]!.length) {
          best = { names: named[k]!, distance: k - j };
          break;
        }
      }
    }
    if (best) governed[j] = { names: best.names, scope: 'paragraph' };
  });

  const claims: Claim[] = [];
  sentences.forEach((sentence, index) => {
    const mine = figuresOf[index]!;
    if (!mine.length) return;
    const paragraph = paragraphSpans[sentence.paragraph] ?? sentence;
    const first = mine[0]!;
    const clause = clauses[index]!;
    const sentenceSources = own[index]!;
    const subject = subjects[index] ?? null;
    const time = pickTime(text, timestamps, sentence, clause, paragraph, first.span, published);
    let source = governed[index]!;
    if (!source.scope && articleSources.length) source = { names: articleSources, scope: 'article' };
    const vague = names(sentenceSources.filter((x) => x.vague));
    claims.push({
      start: sentence.start,
      end: sentence.end,
      figures: mine.map((f) => f.ref),
      subject,
      measure: measures[index]!,
      time: time.value,
      timeScope: time.scope,
      sources: source.names,
      sourceScope: source.scope,
      vagueSources: vague,
    });
  });
  return claims;
}

/** Does the subject belong to one of the sources ("Grayscale Ethereum Trust" and "Grayscale")? */
function related(subject: string | null, sources: readonly string[]): boolean {
  if (!subject) return false;
  const a = subject.toLowerCase();
  return sources.some((name) => {
    const b = name.toLowerCase();
    return a.includes(b) || b.includes(a) || a.split(' ')[0] === b.split(' ')[0];
  });
}

function names(list: readonly Source[]): string[] {
  return [...new Set(list.map((s) => s.name))];
}

/** Cues whose source speaks for itself (and may be the claim's subject): `X reported`, `X said`. */
const SPEAKER_CUE = /^(?:said|says|say|reported|reports|announced|announces|disclosed|discloses|posted|confirmed|confirms|estimated|estimates|expects|expected|forecast|forecasts|projects|projected)$/;

/** Entities that are not what a figure is about: the sources themselves, trading venues ("on Binance"), places. */
function candidateSubjects(text: string, entities: readonly Entity[], sources: readonly Source[], span: Span): Entity[] {
  const all = inSpan(entities, span).filter((e) => {
    if (e.type === 'PLACE') return false;
    // "according to Bloomberg", "data from CoinShares": the source is not the subject; but a
    // company that "reported" or "said" its own figures is both.
    if (sources.some((s) => !s.vague && s.start < e.end && e.start < s.end && !SPEAKER_CUE.test(s.cue ?? ''))) return false;
    const before = text.slice(Math.max(0, e.start - 12), e.start);
    if (/\b(?:on|via|at|from)\s+(?:the\s+)?$/i.test(before) && /\b(?:exchange|binance|coinbase|kraken|okx|bybit|bitfinex|bitstamp|nasdaq|nyse|cme|cboe|lse|gemini|bitget|kucoin|upbit|htx|huobi|deribit)\b/i.test(`${e.canonical} ${e.text}`)) return false;
    return true;
  });
  // A lower-case mention ("bitcoin miners") is a modifier: the subject only when nothing else is named.
  const named = all.filter((e) => !/^\p{Ll}/u.test(e.text));
  return named.length ? named : all;
}

/**
 * The entity a figure is about: the nearest one before the figure in its clause (the
 * grammatical subject, or an owner: "Bitcoin's active addresses"), else the first one after
 * it in the clause ("$1.1 billion flowed into IBIT"), else the sentence's first.
 */
function pickSubject(text: string, entities: readonly Entity[], sources: readonly Source[], sentence: Span, clause: Span, figure: Span): string | null {
  const inClause = candidateSubjects(text, entities, sources, clause);
  const before = inClause.filter((e) => e.end <= figure.start);
  // "NVIDIA (NVDA)": the name, not its ticker in brackets.
  let chosen = before.at(-1);
  if (chosen && before.length > 1) {
    const prev = before.at(-2)!;
    if (/^[^()]{0,8}\($/.test(text.slice(prev.end, chosen.start))) chosen = prev;
  }
  chosen ??= inClause.find((e) => e.start >= figure.end);
  // "Germany was not far behind, with $19.1 million flowing into its funds": with nothing else
  // named, a place before the figure is what it is about (regional flows); one after it
  // ("in New York trading") is not.
  chosen ??= inSpan(entities, sentence).filter((e) => e.type === 'PLACE' && e.end <= figure.start).at(-1);
  return chosen?.canonical ?? null;
}

/**
 * Timestamps that bound a period or compare ("since April 2023", "since a major price drop on
 * October 10", "from a year earlier") are a claim's time only as a last resort.
 */
const NOT_THE_TIME = /\b(?:since|compared (?:with|to)|than|versus|vs\.?)\b[^,.;:]{0,48}$|\b(?:before|until|till|through|from|as early as|back in|due(?: in)?|matur(?:ing|es|e)(?: in)?|expir(?:ing|es)(?: in)?)\s+(?:the\s+|late\s+|early\s+|mid-?\s*)?$/i;

function pickTime(
  text: string,
  timestamps: readonly Timestamp[],
  sentence: Span,
  clause: Span,
  paragraph: Span,
  figure: Span,
  published: string | null,
): { value: string | null; scope: Claim['timeScope'] } {
  const comparative = (t: Timestamp) => NOT_THE_TIME.test(text.slice(Math.max(0, t.start - 56), t.start));
  const near = (list: Timestamp[]) =>
    list.sort((a, b) => spanDistance(a, figure) - spanDistance(b, figure))[0];
  const inSentence = inSpan(timestamps, sentence);
  const direct = near(inSpan(timestamps, clause).filter((t) => !comparative(t))) ?? near(inSentence.filter((t) => !comparative(t)));
  if (direct) return { value: direct.value!, scope: 'sentence' };
  // A time stated earlier in the paragraph carries over; one stated after does not.
  const para = inSpan(timestamps, paragraph).filter((t) => t.end <= sentence.start && !comparative(t)).at(-1);
  if (para) return { value: para.value!, scope: 'paragraph' };
  if (published) return { value: published, scope: 'published' };
  const fallback = near(inSentence);
  if (fallback) return { value: fallback.value!, scope: 'sentence' };
  return { value: null, scope: null };
}

