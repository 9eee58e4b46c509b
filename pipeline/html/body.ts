/**
 * Picks the article body out of a page's blocks.
 *
 * 1. Every block gets a content weight: its non-link text scaled down by its link density,
 *    less a constant, discounted when it has no sentence punctuation; mostly-link blocks and
 *    tiny labels weigh against. Blocks under page furniture (class/id words such as `share`,
 *    `related`, `comments`, or `<nav>`/`<aside>`/`<footer>`) weigh against the body; blocks
 *    under an element the page marks as its body (`itemprop=articleBody`) weigh double.
 * 2. The body root is the element whose blocks weigh most in sum: the smallest subtree that
 *    holds the article's paragraphs and as little furniture as possible.
 * 3. Inside the root, furniture subtrees that do not hold most of the body, captions and
 *    link lists are pruned; what is left, in document order, is the body.
 */
import { TEASER_HEADING } from '../boilerplate.js';
import type { RemovedBlock } from '../types.js';
import { type Block, HEADING_TAGS } from './blocks.js';
import { comparable, isInside, type AnyNode, type Element } from './dom.js';
import { type Hint, type NameTrust, furnitureKind, hintOf } from './hints.js';

/** Tags that are furniture wherever they are, like a negative class word. */
export const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'header', 'menu', 'form', 'figcaption', 'button', 'select', 'option', 'textarea', 'legend', 'dialog']);

/** The most a mostly-link block weighs against the body, beyond its constant 10. */
const LINK_COST_MAX = 10;
/** How much more a block weighs inside an element the page marks as its body (`itemprop=articleBody`). */
const EXPLICIT_BOOST = 2;
/** The heaviest of several `<article>`s is the body when it holds at least this share of the root's weight. */
const ARTICLE_SHARE = 0.4;
/** A marked body counts when it weighs at least this much (a couple of paragraphs)… */
const MARKED_MIN = 150;
/** …and the body then reaches at most this many levels above it. */
const MARKED_REACH = 2;
const FURNITURE_REASONS: Record<string, string> = { figure: 'caption', figcaption: 'caption', header: 'header', footer: 'footer', nav: 'nav', aside: 'aside', menu: 'nav', form: 'form' };
const SENTENCE_END = /[.!?…:]["'”’)\]]*(?:\s|$)|[。！？]/g;
/** Han, kana and hangul: one such character says about as much as three Latin letters. */
const DENSE_SCRIPT = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;

export interface BodyChoice {
  /** The blocks kept as the body, in document order. */
  kept: Block[];
  /** The blocks dropped, with a reason. */
  removed: RemovedBlock[];
}

export interface BodyOptions {
  /** The page title (a heading equal to it is not body). */
  title: string | null;
  /**
   * Which class and id words count: `all` (the default), or `strong`, only the furniture
   * words that never name an article's wrapper (comments, share bars, sign-up boxes,
   * overlays, footers, sidebars): the second opinion when names led the first choice astray.
   */
  names?: NameTrust;
  /** Blocks known not to be article text (what the boilerplate rules dropped): they weigh as furniture. */
  setAside?: ReadonlySet<Block>;
}

/** Chooses the body blocks among `blocks`. */
export function chooseBody(blocks: readonly Block[], options: BodyOptions): BodyChoice {
  const hints = new Map<Element, Hint>();
  const hint = (el: Element): Hint => {
    let h = hints.get(el);
    if (!h) {
      h = hintOf(el, options.names ?? 'all');
      if (FURNITURE_TAGS.has(el.name)) h = { ...h, negative: true };
      hints.set(el, h);
    }
    return h;
  };

  const raw = blocks.map(weightOf);
  // Raw weight per element, to tell page-wide wrappers (whose names say nothing) from furniture.
  const rawSum = new Map<AnyNode, number>();
  let total = 0;
  blocks.forEach((b, i) => {
    const w = Math.max(0, raw[i]!);
    total += w;
    for (let n: AnyNode | null = b.owner; n; n = n.parent) rawSum.set(n, (rawSum.get(n) ?? 0) + w);
  });
  const isFurniture = (el: Element): boolean => {
    if (el.name === 'body' || el.name === 'html' || !el.name) return false;
    const h = hint(el);
    return h.negative && !h.body && (rawSum.get(el) ?? 0) < 0.5 * total;
  };

  const sums = new Map<AnyNode, number>();
  blocks.forEach((b, i) => {
    let furniture: Element | null = null;
    let explicit = false;
    for (let n: AnyNode | null = b.owner; n && n.type !== 'root'; n = n.parent) {
      if (isFurniture(n as Element)) furniture = n as Element;
      if (hint(n as Element).explicit) explicit = true;
    }
    let w = raw[i]!;
    if (furniture || options.setAside?.has(b)) w = -Math.abs(w) * 0.5 - 10;
    else if (explicit && w > 0) w = w * EXPLICIT_BOOST + 50;
    for (let n: AnyNode | null = b.owner; n; n = n.parent) sums.set(n, (sums.get(n) ?? 0) + w);
  });

  let root: AnyNode | null = null;
  let best = -Infinity;
  // Strictly greater: of a wrapper and the element it wraps (equal sums), the element was
  // met first, so the smaller subtree wins.
  for (const [node, sum] of sums) {
    if (sum > best) {
      best = sum;
      root = node;
    }
  }
  // One article per body: when the root holds several `<article>`s (the story and a feed of
  // teasers, each its own article), the body is the heaviest of them.
  if (root) root = heaviestArticle(root, sums, rawSum) ?? root;
  // The page marks its body (`itemprop=articleBody`, an `article-body` class): when the
  // marked element holds most of what was chosen, the rest is the page's, not the article's.
  const marked = markedBody(blocks, hint, rawSum);
  if (marked && root && marked !== root && isInside(marked, root)) {
    // What sits right beside it (a lead, a summary) may still belong: take the best of the
    // marked element and its nearest ancestors, no further.
    let bestNear: AnyNode = marked;
    let n: AnyNode | null = marked.parent;
    for (let level = 1; n && level <= MARKED_REACH && n !== root; level++, n = n.parent) {
      if ((sums.get(n) ?? 0) > (sums.get(bestNear) ?? 0)) bestNear = n;
    }
    root = bestNear;
  }

  // A teaser heading ("Related stories", "Don't miss") ends its own container: it and what
  // follows it there are links to other articles, not this one.
  let teaserBox: AnyNode | null = null;
  let teaserOpen = false;
  const rootWeight = Math.max(1, rawSum.get(root!) ?? 1);
  const title = options.title ? comparable(options.title) : null;
  const verdict = (b: Block): string | null => {
    if (!root || !isInside(b.owner, root)) {
      for (let n: AnyNode | null = b.owner; n && n.type !== 'root'; n = n.parent) {
        const h = hint(n as Element);
        if (h.negative && !h.body) return reasonOf(n as Element, h);
      }
      return 'outside-body';
    }
    // Furniture inside the root: pruned unless it holds most of the body.
    for (let n: AnyNode | null = b.owner; n && n !== root; n = n.parent) {
      const el = n as Element;
      const h = hint(el);
      if (h.negative && !h.body && (rawSum.get(el) ?? 0) < 0.4 * rootWeight) return reasonOf(el, h);
    }
    if (b.text.length < 60 && TEASER_HEADING.test(b.text) && !(teaserBox && isInside(b.owner, teaserBox))) {
      // The heading's own element when it also holds the teasers (a widget with its title as
      // bare text), else the element around the heading.
      const next = blocks[b.index + 1];
      const holdsMore = next !== undefined && next.owner !== b.owner && isInside(next.owner, b.owner);
      teaserBox = holdsMore || b.owner === root || !b.owner.parent ? b.owner : b.owner.parent;
      teaserOpen = teaserBox !== b.owner;
      return 'teaser';
    }
    if (teaserBox && isInside(b.owner, teaserBox)) {
      // Around a bare heading, the teasers end where the article picks up again: a heading,
      // or a paragraph of prose without links, standing in the same element as the heading.
      if (teaserOpen && b.owner.parent === teaserBox && (HEADING_TAGS.has(b.owner.name) || (b.linkChars === 0 && b.text.length >= 100 && /[.!?…。]["'”’)]*$/.test(b.text)))) {
        teaserBox = null;
      } else return 'teaser';
    }
    if (title && HEADING_TAGS.has(b.owner.name) && comparable(b.text) === title) return 'title';
    // The headline: an <h1> before the story's first paragraph.
    if (b.owner.name === 'h1' && !seenProse) return 'title';
    if (isChipRow(b)) return 'tag-list';
    if (b.linkChars > 0.5 * b.text.length && !/[.!?]$/.test(b.text) && !isQuoted(b.owner, root)) return 'links';
    return null;
  };

  const kept: Block[] = [];
  const removed: RemovedBlock[] = [];
  let seenProse = false;
  blocks.forEach((b, i) => {
    const reason = verdict(b);
    if (reason) removed.push({ text: b.text, reason });
    else {
      kept.push(b);
      if (!seenProse && b.text.length >= 80 && /[.!?…。]["'”’)]*$/.test(b.text)) seenProse = true;
    }
  });
  return { kept, removed };
}

/**
 * Among the outermost `<article>` elements under `root`, when there are several, the one
 * weighing most by its own blocks (articles nested in it, a feed of teasers, not counted),
 * if it holds a fair share of the root's weight.
 */
function heaviestArticle(root: AnyNode, sums: Map<AnyNode, number>, rawSum: Map<AnyNode, number>): AnyNode | null {
  const articlesUnder = (top: AnyNode): Element[] => {
    const found: Element[] = [];
    const stack: AnyNode[] = [...((top as Element).children ?? [])];
    while (stack.length) {
      const node = stack.pop()!;
      if (node.type !== 'tag') continue;
      const el = node as Element;
      if (el.name === 'article') found.push(el);
      else for (const child of el.children) stack.push(child);
    }
    return found;
  };
  const articles = articlesUnder(root);
  if (articles.length < 2) return null;
  const own = (a: Element) => articlesUnder(a).reduce((w, nested) => w - (sums.get(nested) ?? 0), sums.get(a) ?? 0);
  let best: Element | null = null;
  let bestWeight = -Infinity;
  for (const a of articles) {
    const w = own(a);
    if (w > bestWeight) {
      best = a;
      bestWeight = w;
    }
  }
  return best && (rawSum.get(best) ?? 0) >= ARTICLE_SHARE * (rawSum.get(root) ?? 0) ? best : null;
}

/** The element holding every explicitly marked body element that has text (their common ancestor when several), or null. */
function markedBody(blocks: readonly Block[], hint: (el: Element) => Hint, rawSum: Map<AnyNode, number>): AnyNode | null {
  let marked: AnyNode | null = null;
  let total = 0;
  let last: Element | null = null;
  for (const b of blocks) {
    for (let n: AnyNode | null = b.owner; n && n.type !== 'root'; n = n.parent) {
      const el = n as Element;
      if (!hint(el).explicit) continue;
      if (el !== last && (rawSum.get(el) ?? 0) >= 50) {
        last = el;
        total += rawSum.get(el) ?? 0;
        marked = marked ? commonAncestor(marked, el) : el;
      }
      break;
    }
  }
  if (!marked || total < MARKED_MIN || ['body', 'html', undefined].includes((marked as Element).name)) return null;
  return marked;
}

function commonAncestor(a: AnyNode, b: AnyNode): AnyNode | null {
  const seen = new Set<AnyNode>();
  for (let n: AnyNode | null = a; n; n = n.parent) seen.add(n);
  for (let n: AnyNode | null = b; n; n = n.parent) if (seen.has(n)) return n;
  return null;
}

/** The content weight of one block (see the module comment). */
function weightOf(b: Block): number {
  const dense = b.text.match(DENSE_SCRIPT)?.length ?? 0;
  const len = b.text.length + 2 * dense;
  const density = b.linkChars / Math.max(1, len);
  // Mostly links: navigation, tag lists, teasers. The cost is bounded: a long link (a
  // course or product named in a list inside the article) says no more than a short one.
  if (density > 0.5) return -Math.min(b.linkChars * 0.5, LINK_COST_MAX) - 10;
  // A tiny label ("Share", "Advertisement", "1 of 5").
  if (len < 20) return -5;
  SENTENCE_END.lastIndex = 0;
  const sentences = b.text.match(SENTENCE_END)?.length ?? 0;
  const plain = len - b.linkChars;
  return plain * (1 - density) * (sentences || len >= 80 ? 1 : 0.3) - 20;
}

/** Short labels side by side in one line (`<span>Bitcoin</span> <span>ETFs</span> …`): tags or topic chips. */
function isChipRow(b: Block): boolean {
  return b.chips >= 3 && !b.bare && b.text.length <= 200 && b.text.length / b.chips <= 30 && !/[.!?;:]/.test(b.text) && !HEADING_TAGS.has(b.owner.name) && b.owner.name !== 'tr';
}

/** Inside a `<blockquote>` (an embedded post's signature line is mostly links, and still the quote's). */
const isQuoted = (el: AnyNode, root: AnyNode): boolean => {
  for (let n: AnyNode | null = el; n && n !== root; n = n.parent) if ((n as Element).name === 'blockquote') return true;
  return false;
};


/** Why furniture was dropped: the kind of furniture its tag or class/id names. */
function reasonOf(el: Element, hint: Hint): string {
  if (FURNITURE_TAGS.has(el.name)) return FURNITURE_REASONS[el.name] ?? el.name;
  return hint.word ? furnitureKind(hint.word) : 'furniture';
}
