/**
 * Boilerplate in plain text: paragraphs that are not part of the article (teasers for other
 * articles, tag lists, widget labels, disclaimers, author blurbs, score widgets, cookie and
 * newsletter lines). Each rule is a small pure test over one paragraph and its neighbours;
 * the patterns are compiled once, at module load.
 */
import type { RemovedBlock } from './types.js';
import { endsLikeSentence, wordCount } from './clean-text.js';

/** What a rule decides for a paragraph: drop it, drop it and everything after it, or keep it. */
type Verdict = 'drop' | 'drop-rest' | null;

interface BoilerplateRule {
  /** Reason recorded for what the rule removes. */
  reason: string;
  /** The rule reads layout that plain text loses; for HTML the clean stage applies it on the DOM instead. */
  textOnly?: boolean;
  test(paragraph: string, index: number, all: readonly string[]): Verdict;
}


/** A heading that introduces links to other articles; everything after it is teasers. */
export const TEASER_HEADING =
  /^(?:explore more|read more|read next|more (?:from|on|about) [\w .&'’-]{1,40}|more (?:stories|news|articles|reading|to read)|(?:want |get )?more (?:[\w.&'’-]+ ){0,3}(?:stories|news|articles|reads|coverage)(?: like this)?\??|popular (?:on|at) [\w .&'’-]{1,40}|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|related(?: articles| stories| posts| news| content| coverage| reading| topics)?|recommended(?: for you| articles| stories| reading)?|further reading|also read|popular(?: now| stories| posts)?|trending(?: now| stories| news)?|latest(?: news| stories| articles)|most (?:read|popular|viewed)|what to read next|keep reading|don'?t miss|editor'?s picks|top stories)\s*[:.]?$/i;
/** A single teaser line such as "Read more: Why bitcoin fell". */
const TEASER_LINE = /^(?:read more|also read|read also|see also|related|recommended|more|read next|watch|listen)\s*[:|–—-]\s*\S/i;
/** Labels of page furniture that lose their markup in a plain-text dump. */
const UI_LABEL =
  /^(?:off on|on off|share(?: this)?(?: article| story| post)?|share on \w+|tweet|print|e-?mail|advertisement|advert|sponsored(?: content)?|ad|listen(?: to this)?(?: article| story)?|subscribe(?: now)?|sign up(?: now)?|sign in|log in|loading\.{0,3}|close|menu|skip to (?:main )?content|back to top|copy link|link copied|follow us|article highlights|story highlights|highlights|font size|text size|save(?: article)?|bookmark|comments?|\d+ comments?|show comments|leave a comment|(?:image|photo|picture|video) (?:credit|source|courtesy)\s*:.*|(?:image|photo|picture)\s*:.*|getty images|shutterstock|min read|\d+ min(?:ute)?s? read|updated|published|toggle|expand|collapse|next|previous|home|play|pause|mute)$/i;
/** Two or more capitalised words glued together ("SourceAnalysis"): a run-together widget label. */
const GLUED_LABEL = /^[A-Z][a-z]+(?:[A-Z][a-z]+)+$/;
const DISCLAIMER_START = /^(?:disclaimer|disclosure|important (?:notice|information)|risk warning|editor'?s note|legal notice)\b/i;
const DISCLAIMER =
  /\b(?:not (?:intended (?:as|to be) |to be (?:construed|taken) as |meant as )?(?:financial|investment|trading|legal|tax) advice|for (?:general )?(?:informational|information|educational) purposes(?: only)?|do (?:your own|their own) research|AI[- ](?:drafted|generated|assisted|written)|generated (?:by|with|using) (?:an? )?(?:AI|artificial intelligence)|publishing (?:rules|standards|guidelines) before (?:release|publication)|past performance (?:is|does) not (?:indicative|guarantee)|(?:consult|seek) (?:a|an|your) (?:licensed |qualified |independent )?(?:financial|investment) (?:adviser|advisor|professional))\b/i;
const SCORE_WIDGET = /\b(?:score|rating|grade|rank)\b[^.]{0,40}\b(?:reflects|indicates|suggests|signals)\b/i;
const SCORE_FACETS = /\b(?:momentum|value|quality|sentiment|growth|valuation|profitability|volatility|income|safety)\b/gi;
const AUTHOR_HANDLE = /^@\w{2,}/;
const AUTHOR_BLURB =
  /^(?:about the author\b|written by\b|follow (?:him|her|them|us) on\b|[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3} is an? (?:senior |staff |contributing |freelance |financial |markets? |crypto(?:currency)? )*(?:writer|reporter|journalist|editor|analyst|correspondent|contributor|author)\b)/;
const SITE_CHROME =
  /\b(?:we use cookies|accept (?:all )?cookies|cookie (?:policy|settings|preferences)|sign up for (?:our|the) [\w ]*newsletter|subscribe to (?:our|the) [\w ]*newsletter|delivered (?:straight )?to your inbox|all rights reserved|terms of (?:use|service)|privacy policy)\b|©|\(c\) \d{4}|^copyright\b/i;

/** "By Jane Doe", "By REUTERS STAFF — Nov. 18, 2019": a byline, names only. */
const BYLINE = /^(?:by|posted by|words by)\s+(.+)$/i;
const BYLINE_TAIL = /\s+[|—–·-]\s+.*$|,\s+(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d).*$/i;
const NAME_WORD = /^(?:[A-Z\u00C0-\u00DE][\p{L}.'’-]*|and|&|de|del|der|van|von|da|di|la|le|du|bin|al|staff|,)$/u;
const isByline = (p: string): boolean => {
  const m = p.length <= 100 ? BYLINE.exec(p) : null;
  if (!m) return false;
  const names = m[1]!.replace(BYLINE_TAIL, '').replace(/,/g, ' , ').split(/\s+/).filter(Boolean);
  return names.length > 0 && names.length <= 10 && names.every((w) => NAME_WORD.test(w));
};
/** A date or time written out, in the common orders. */
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DATE_PATTERN = new RegExp(
  `\\b(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}|\\d{1,2}:\\d{2})\\b`,
  'i',
);
/** Words a dateline may hold besides its date: when, which zone, what happened then. */
const DATE_WORDS = new RegExp(
  `\\b(?:${MONTH}|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\\b\\.?|\\b(?:[ap]\\.?m\\.?|[ecmp][sd]t|utc|gmt|bst|cet|cest|ist|aest|et|pt|updated|published|posted|last|first|modified|originally|on|at|date|time|st|nd|rd|th)\\b\\.?`,
  'giu',
);
/** A line that is only a date or time ("Updated 1:39 am EST, Wednesday, November 20, 2019"), with at most one other word. */
const isDateline = (p: string): boolean => {
  if (p.length > 90 || !DATE_PATTERN.test(p)) return false;
  const rest = p.replace(DATE_WORDS, ' ').replace(/[\d\s.,:/|()[\]\-–—]+/g, ' ').trim();
  return rest === '' || (!rest.includes(' ') && rest.length <= 12);
};
/** Calls to follow, subscribe or sign up. */
const PROMO =
  /^(?:follow|subscribe|sign up|join|get the latest|like this (?:story|article)|listen to|download (?:our|the))\b.{0,160}\b(?:facebook|twitter|instagram|youtube|linkedin|tiktok|newsletters?|inbox|podcasts?|channel|app)\b/i;
/** Lines that are a call to subscribe or share whatever follows. */
const PROMO_START = /^(?:subscribe (?:to|now|today)|sign up (?:for|to|now|today)|click here to (?:subscribe|sign up)|like this (?:story|article)\?|(?:enjoyed|liked) this (?:story|article)\?)/i;
/** "Tags: Bitcoin, ETFs", "Filed under: Markets". */
const TAG_LINE = /^(?:tags?|topics?|filed under|categories|category|keywords|related topics)\s*:/i;
/** An affiliate disclosure. */
const AFFILIATE = /\b(?:may|might|could) (?:earn|receive|get) (?:an? )?(?:small |affiliate )?(?:commission|share of (?:the )?(?:sales|revenue))\b|\baffiliate links?\b.{0,80}\b(?:commission|earn)\b/i;
/** How to reach the author: a line that is only an address, or says where to write. */
const CONTACT = /^\S+@\S+\.\w+$|\b(?:may|can) be reached at\b|^(?:have a (?:news )?tip|got a tip)\b/i;
/** Reporting and editing credits of a wire story. */
const CREDITS = /^\(?(?:additional |with )?reporting by\b|^\(?(?:writing|editing|edited) by\b|\bcontributed (?:reporting|to this (?:report|story|article))\b/i;
/** A picture caption's credit, or a gallery counter. */
const CAPTION = /\((?:image|photo|picture|pic|video)s?(?: ?credit| ?source)?\s*:\s*[^)]{1,80}\)$|^(?:image|photo|picture|slide) \d+ of \d+$/i;

/** Number of trailing paragraphs where a disclaimer-like sentence is taken as boilerplate. */
const TAIL = 3;

const RULES: readonly BoilerplateRule[] = [
  { reason: 'teaser', textOnly: true, test: (p, i) => (i > 0 && TEASER_HEADING.test(p) ? 'drop-rest' : null) },
  { reason: 'teaser', test: (p) => (p.length < 200 && TEASER_LINE.test(p) ? 'drop' : null) },
  { reason: 'ui-label', test: (p) => (p.length < 80 && (UI_LABEL.test(p) || GLUED_LABEL.test(p)) ? 'drop' : null) },
  { reason: 'author-blurb', test: (p) => (p.length < 400 && (AUTHOR_HANDLE.test(p) || AUTHOR_BLURB.test(p)) ? 'drop' : null) },
  {
    reason: 'disclaimer',
    test: (p, i, all) =>
      DISCLAIMER_START.test(p) || (DISCLAIMER.test(p) && (i >= all.length - TAIL || p.length < 400)) ? 'drop' : null,
  },
  {
    reason: 'score-widget',
    test: (p) => (p.length < 300 && SCORE_WIDGET.test(p) && (p.match(SCORE_FACETS)?.length ?? 0) >= 3 ? 'drop' : null),
  },
  { reason: 'site-chrome', test: (p) => (p.length < 300 && SITE_CHROME.test(p) ? 'drop' : null) },
  { reason: 'byline', test: (p) => (isByline(p) ? 'drop' : null) },
  { reason: 'dateline', test: (p) => (isDateline(p) ? 'drop' : null) },
  { reason: 'promo', test: (p) => (p.length < 250 && (PROMO.test(p) || PROMO_START.test(p)) ? 'drop' : null) },
  { reason: 'tag-list', test: (p) => (p.length < 200 && TAG_LINE.test(p) ? 'drop' : null) },
  { reason: 'disclaimer', test: (p) => (p.length < 300 && AFFILIATE.test(p) ? 'drop' : null) },
  { reason: 'author-blurb', test: (p) => (p.length < 300 && CONTACT.test(p) ? 'drop' : null) },
  { reason: 'credits', test: (p) => (p.length < 300 && CREDITS.test(p) ? 'drop' : null) },
  { reason: 'caption', test: (p) => (p.length < 300 && CAPTION.test(p) ? 'drop' : null) },
];

/**
 * A tag list: at least this many consecutive short lines with no sentence punctuation and
 * no digits (short lines with digits are table rows: "Shr 97 cts vs 81 cts").
 */
const TAG_RUN = 3;
const isTagLike = (p: string) => p.length <= 60 && wordCount(p) <= 6 && !endsLikeSentence(p) && !/[?\d]/.test(p);

export interface BoilerplateResult {
  kept: string[];
  removed: RemovedBlock[];
}

export interface BoilerplateOptions {
  /**
   * The paragraphs come from an HTML page whose body the DOM stage already chose: the rules
   * that guess layout from plain text (teaser headings that end the article, runs of short
   * lines taken as tag lists) are left to the DOM stage, which sees the markup. Default false.
   */
  fromHtml?: boolean;
}

/**
 * Splits paragraphs into the article's own and the boilerplate around it.
 * Pure: the same paragraphs always give the same result.
 */
export function removeBoilerplate(paragraphs: readonly string[], options: BoilerplateOptions = {}): BoilerplateResult {
  const fromHtml = options.fromHtml === true;
  const drop = new Map<number, string>();
  for (let i = 0; i < paragraphs.length; i++) {
    if (drop.has(i)) continue;
    const p = paragraphs[i]!;
    for (const rule of RULES) {
      if (fromHtml && rule.textOnly) continue;
      const verdict = rule.test(p, i, paragraphs);
      if (verdict === 'drop') drop.set(i, rule.reason);
      if (verdict === 'drop-rest') for (let j = i; j < paragraphs.length; j++) drop.set(j, rule.reason);
      if (verdict) break;
    }
  }
  // Runs of short, unpunctuated lines: tag lists and link lists. A line another rule already
  // dropped (a glued label, a handle) does not break the run.
  for (let i = 0; !fromHtml && i < paragraphs.length; ) {
    let j = i;
    let tags = 0;
    while (j < paragraphs.length && (drop.has(j) || isTagLike(paragraphs[j]!))) {
      if (!drop.has(j)) tags++;
      j++;
    }
    if (tags >= TAG_RUN) for (let k = i; k < j; k++) if (!drop.has(k)) drop.set(k, 'tag-list');
    i = Math.max(j, i + 1);
  }
  const kept: string[] = [];
  const removed: RemovedBlock[] = [];
  paragraphs.forEach((p, i) => {
    const reason = drop.get(i);
    if (reason) removed.push({ text: p, reason });
    else kept.push(p);
  });
  return { kept, removed };
}
