/**
 * HTML to article paragraphs and metadata. The page is parsed with htmlparser2, metadata is
 * read from `<meta>`, JSON-LD and `<time>`, scripts and hidden nodes are dropped, the page
 * becomes a list of text blocks, the body is chosen among them (see `html/body.ts`) and the
 * plain-text boilerplate rules run over it. Headings and list items stay paragraphs of
 * their own.
 *
 * A body that comes out empty or near-empty never passes silently: the next step of a
 * fallback chain is tried (JSON-LD `articleBody`, the next region of the page once the
 * boilerplate is set aside, all the visible text) and the result says which step gave the
 * body, for the `thin-body` rule.
 */
import { removeBoilerplate } from './boilerplate.js';
import { textWords } from './clean-text.js';
import { type Block, collectBlocks } from './html/blocks.js';
import { type BodyChoice, FURNITURE_TAGS, chooseBody } from './html/body.js';
import { type AnyNode, type Document, type Element, descendants, isInside, parseHtml, removeNode, textLength } from './html/dom.js';
import { ldParagraphs, reconcileWithLdBody } from './html/ld-body.js';
import { type PageMeta, readPage } from './html/meta.js';
import type { BodySource, RemovedBlock } from './types.js';

export interface HtmlCleanResult {
  meta: PageMeta;
  /** Body paragraphs, plain-text boilerplate rules applied. */
  paragraphs: string[];
  removed: RemovedBlock[];
  source: BodySource;
}

/** Elements that never hold article text. */
const JUNK_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'head', 'link', 'meta', 'input', 'button', 'select', 'textarea', 'video', 'audio', 'map']);
/** Elements that draw a picture. */
const PICTURE_TAGS = new Set(['svg', 'canvas', 'img', 'picture']);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

/** A hidden node holding at least this share of the page's text is the body waiting for scripts, not hidden furniture. */
const HIDDEN_BODY_SHARE = 0.4;
/** …and at least this many characters. */
const HIDDEN_BODY_MIN = 500;
/** Below this many characters the body gets a second opinion from fewer class names… */
const RELAX_BELOW = 1000;
/** …which wins when it is this many times longer. */
const RELAX_GAIN = 3;
/** A body of fewer words than this sends the page down the fallback chain. */
const FALLBACK_WORDS = 50;
/** `articleBody` shorter than this (characters) is an excerpt, not a fallback. */
const LD_FALLBACK_MIN = 200;
/** A repeat of at least this many paragraphs in a row… */
const REPEAT_RUN = 3;
/** …and this many characters is the page drawing its content twice. */
const REPEAT_CHARS = 300;
/** How many removed blocks the report lists, and how much of each. */
const REMOVED_MAX = 40;
const REMOVED_TEXT_MAX = 160;
/** Furniture kinds found mostly around the body rather than inside it. */
const OUTSIDE_KINDS = new Set(['nav', 'header', 'footer', 'aside', 'layout', 'sidebar', 'overlay']);

/** One way of reading the body, boilerplate rules applied. */
interface Attempt {
  method: BodySource['method'];
  paragraphs: string[];
  removed: RemovedBlock[];
  words: number;
}

/** Cleans one HTML page. Pure. */
export function cleanHtml(html: string): HtmlCleanResult {
  const doc = parseHtml(html);
  const { meta, ldBody, description } = readPage(doc);
  dropJunk(doc);
  const blocks = collectBlocks(doc);
  const title = meta.title;

  let method: BodySource['method'] = 'dom';
  let chosen = chooseBody(blocks, { title });
  // A second opinion when the first choice is short: class names on today's sites (page
  // builders, CSS utility names) sometimes call the article's own wrapper a widget or a
  // jump section. Trusting only the names that never wrap an article, a body several
  // times longer is the article the first choice missed.
  const chars = textChars(chosen.kept);
  if (chars < RELAX_BELOW) {
    const relaxed = chooseBody(blocks, { title, names: 'strong' });
    if (textChars(relaxed.kept) > RELAX_GAIN * chars) {
      chosen = relaxed;
      method = 'dom-relaxed';
    }
  }
  const ld = reconcileWithLdBody(blocks, chosen.kept, chosen.removed, ldBody);
  let best = attempt(ld.replaced ? 'articleBody' : method, ld.kept, ld.removed);

  // Fallbacks, in order, while the body is still near-empty; the longest result wins.
  if (best.words < FALLBACK_WORDS) {
    const fallbacks: (() => Attempt | null)[] = [
      () => (ldBody && ldBody.length >= LD_FALLBACK_MIN && !ld.replaced ? attempt('articleBody', ldParagraphs(ldBody), labelled(chosen, 'replaced-by-articleBody')) : null),
      () => {
        const dropped = new Set(best.removed.map((r) => r.text));
        const setAside = new Set(blocks.filter((b) => dropped.has(b.text)));
        if (!setAside.size) return null;
        const second = chooseBody(blocks, { title, names: 'strong', setAside });
        return attempt('dom-second', second.kept, second.removed);
      },
      () => {
        const { kept, removed } = visibleText(blocks);
        return attempt('visible-text', kept, removed);
      },
      // A page that shows no text at all (rendered by scripts): the summary it gives of
      // itself, or at least its title.
      () => {
        const summary = description ?? meta.title;
        return best.words === 0 && summary ? attempt('description', [summary], best.removed) : null;
      },
    ];
    for (const next of fallbacks) {
      const tried = next();
      if (tried && tried.words > best.words) best = tried;
      if (best.words >= FALLBACK_WORDS) break;
    }
  }
  const pageWords = blocks.reduce((n, b) => n + textWords(b.text), 0);
  return { meta, paragraphs: best.paragraphs, removed: bound(best.removed), source: { method: best.method, pageWords } };
}

/** Drops repeated copies, then runs the plain-text boilerplate rules over a chosen body. */
function attempt(method: BodySource['method'], kept: readonly (Block | string)[], removed: readonly RemovedBlock[]): Attempt {
  const once = dropRepeatedCopies(kept);
  const polished = removeBoilerplate(once.kept, { fromHtml: true });
  return { method, paragraphs: polished.kept, removed: [...removed, ...once.removed, ...polished.removed], words: polished.kept.reduce((n, p) => n + textWords(p), 0) };
}

/**
 * An element whose every paragraph repeats, in order, what the body already said is the
 * page drawing the same content twice (a desktop and a mobile layout, two artboards of one
 * graphic), one of which the reader never sees: it goes, with the reason `repeat`. Only a
 * whole element goes (the run of repeats starts and ends with it), and only a long one: a
 * recipe or a plan that repeats some steps word for word, a paragraph repeated on its own
 * (for the duplicate-paragraph rule to flag) stay.
 */
function dropRepeatedCopies(kept: readonly (Block | string)[]): { kept: string[]; removed: RemovedBlock[] } {
  const seen = new Set<string>();
  const repeat = kept.map((b) => {
    const text = paragraphText(b);
    const again = typeof b !== 'string' && seen.has(text);
    seen.add(text);
    return again;
  });
  const drop = new Array<boolean>(kept.length).fill(false);
  for (let i = 0; i < kept.length; ) {
    if (!repeat[i]) {
      i++;
      continue;
    }
    let end = i;
    while (end < kept.length && repeat[end]) end++;
    // Within the run of repeats, the largest elements all of whose kept blocks repeat.
    for (let k = i; k < end; ) {
      const next = wholeElementEnd(kept, k, end);
      let chars = 0;
      for (let m = k; m < next; m++) chars += paragraphText(kept[m]!).length;
      if (next - k >= REPEAT_RUN && chars >= REPEAT_CHARS) drop.fill(true, k, next);
      k = Math.max(next, k + 1);
    }
    i = end;
  }
  const out: string[] = [];
  const removed: RemovedBlock[] = [];
  kept.forEach((b, i) => (drop[i] ? removed.push({ text: paragraphText(b), reason: 'repeat' }) : out.push(paragraphText(b))));
  return { kept: out, removed };
}

/**
 * Where the largest element starting at kept block `k` ends, when every kept block inside
 * it lies before `end` (and none before `k`); `k` when there is no such element.
 */
function wholeElementEnd(kept: readonly (Block | string)[], k: number, end: number): number {
  const first = kept[k];
  if (typeof first === 'string' || !first) return k;
  const inside = (b: Block | string | undefined, el: AnyNode) => b !== undefined && typeof b !== 'string' && isInside(b.owner, el);
  let best = k;
  for (let el: AnyNode | null = first.owner; el && el.type !== 'root'; el = el.parent) {
    if (inside(kept[k - 1], el)) break;
    let m = k;
    while (m < kept.length && inside(kept[m], el)) m++;
    if (m > end) break;
    best = m;
  }
  return best;
}

/** What a DOM choice removed, and what it kept under `reason` (another source stands in for it). */
const labelled = (choice: BodyChoice, reason: string): RemovedBlock[] => [...choice.removed, ...choice.kept.map((b) => ({ text: b.text, reason }))];

/**
 * The last resort: every block of the page that is not in navigation, header, footer,
 * sidebar or form markup and not mostly links.
 */
function visibleText(blocks: readonly Block[]): BodyChoice {
  const kept: Block[] = [];
  const removed: RemovedBlock[] = [];
  for (const b of blocks) {
    let furniture: string | null = b.linkChars > 0.5 * b.text.length ? 'links' : null;
    for (let n: AnyNode | null = b.owner; n && !furniture && n.type !== 'root'; n = n.parent) {
      if (FURNITURE_TAGS.has((n as Element).name)) furniture = (n as Element).name;
    }
    if (furniture) removed.push({ text: b.text, reason: furniture });
    else kept.push(b);
  }
  return { kept, removed };
}

const textChars = (blocks: readonly Block[]): number => blocks.reduce((n, b) => n + b.text.length, 0);

const paragraphText = (b: Block | string): string => (typeof b === 'string' ? b : b.text);

/**
 * Removes scripts, styles, embedded objects, drawings and hidden nodes. Text drawn as a
 * picture is not body text: SVG and canvas go, so do elements with `role="img"` (their text
 * is presentation, an image to a screen reader) and the data table of a chart (a table in a
 * `<figure>` that also draws a picture). A hidden node holding a large share of the page's
 * text stays: that is a page hiding its body until its scripts run (streamed server
 * rendering moves a `<div hidden>` into place; anti-flicker snippets), not furniture.
 */
function dropJunk(doc: Document): void {
  const junk: Element[] = [];
  const hidden: Element[] = [];
  for (const el of descendants(doc)) {
    if (JUNK_TAGS.has(el.name) || el.attribs.role === 'img') junk.push(el);
    else if (el.attribs.hidden !== undefined || el.attribs['aria-hidden'] === 'true' || (el.attribs.style && HIDDEN_STYLE.test(el.attribs.style))) hidden.push(el);
    else if (el.name === 'figure') junk.push(...chartTables(el));
  }
  for (const el of junk) removeNode(el);
  let total = -1;
  for (const el of hidden) {
    if (!isInside(el, doc)) continue;
    const length = textLength(el);
    if (length >= HIDDEN_BODY_MIN && total < 0) total = textLength(doc);
    if (length < HIDDEN_BODY_MIN || length < HIDDEN_BODY_SHARE * total) removeNode(el);
  }
}

/** The tables of a figure that also draws a picture (a chart and its data), or none. */
function chartTables(figure: Element): Element[] {
  const tables: Element[] = [];
  let picture = false;
  for (const el of descendants(figure)) {
    if (el.name === 'table') tables.push(el);
    else if (PICTURE_TAGS.has(el.name)) picture = true;
  }
  return picture ? tables : [];
}

/**
 * The removed blocks worth showing an editor, at most {@link REMOVED_MAX}, each cut to
 * {@link REMOVED_TEXT_MAX} characters: what was pruned inside the body first, then named
 * furniture around it, then other text of the page of some length.
 */
function bound(removed: RemovedBlock[]): RemovedBlock[] {
  const rank = (r: RemovedBlock) => (r.reason === 'outside-body' ? (r.text.length >= 40 ? 2 : 3) : OUTSIDE_KINDS.has(r.reason) ? 1 : 0);
  const picked = removed
    .map((r, i) => ({ r, i, rank: rank(r) }))
    .filter((x) => x.rank < 3)
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .slice(0, REMOVED_MAX)
    .sort((a, b) => a.i - b.i);
  return picked.map(({ r }) => ({
    text: r.text.length > REMOVED_TEXT_MAX ? `${r.text.slice(0, REMOVED_TEXT_MAX - 1)}…` : r.text,
    reason: r.reason,
  }));
}
