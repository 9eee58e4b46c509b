/**
 * Picks the article body out of a page's blocks.
 *
 * 1. Every block gets a content weight: its non-link text, less twice its link text, less a
 *    constant, discounted when it has no sentence punctuation. Blocks under page furniture
 *    (class/id words such as `share`, `related`, `comments`, or `<nav>`/`<aside>`/`<footer>`)
 *    weigh against the body.
 * 2. The body root is the element whose blocks weigh most in sum: the smallest subtree that
 *    holds the article's paragraphs and as little furniture as possible.
 * 3. Inside the root, furniture subtrees that do not hold most of the body, captions and
 *    link lists are pruned; what is left, in document order, is the body.
 */
import { TEASER_HEADING } from '../boilerplate.js';
import type { RemovedBlock } from '../types.js';
import { type Block, HEADING_TAGS } from './blocks.js';
import type { AnyNode, Element } from './dom.js';
import { type Hint, hintOf } from './hints.js';

/** Tags that are furniture wherever they are, like a negative class word. */
const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'header', 'menu', 'form', 'figcaption', 'figure', 'button', 'select', 'option', 'textarea', 'legend', 'dialog']);

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
  /** When given, one row per block is pushed here: its weight, the verdict and its path (for debugging). */
  trace?: TraceRow[];
}

/** How one block was judged. */
export interface TraceRow {
  text: string;
  weight: number;
  /** Why it was dropped, or null when kept. */
  reason: string | null;
  path: string;
}

/** Chooses the body blocks among `blocks`. */
export function chooseBody(blocks: readonly Block[], options: BodyOptions): BodyChoice {
  const hints = new Map<Element, Hint>();
  const hint = (el: Element): Hint => {
    let h = hints.get(el);
    if (!h) {
      h = hintOf(el);
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
  const weights: number[] = [];
  blocks.forEach((b, i) => {
    let furniture: Element | null = null;
    let explicit = false;
    for (let n: AnyNode | null = b.owner; n && n.type !== 'root'; n = n.parent) {
      if (isFurniture(n as Element)) furniture = n as Element;
      if (hint(n as Element).explicit) explicit = true;
    }
    let w = raw[i]!;
    if (furniture) w = -Math.abs(w) * 0.5 - 10;
    else if (explicit) w = Math.abs(w) * 2 + 50;
    weights.push(w);
    for (let n: AnyNode | null = b.owner; n; n = n.parent) sums.set(n, (sums.get(n) ?? 0) + w);
  });

  let root: AnyNode | null = null;
  let best = -Infinity;
  for (const [node, sum] of sums) {
    if (sum > best || (sum === best && root && isUnder(node, root))) {
      best = sum;
      root = node;
    }
  }

  // A teaser heading ("Related stories", "Don't miss") ends its own container: it and what
  // follows it there are links to other articles, not this one.
  let teaserBox: AnyNode | null = null;
  const rootWeight = Math.max(1, rawSum.get(root!) ?? 1);
  const title = options.title ? normal(options.title) : null;
  const verdict = (b: Block): string | null => {
    if (!root || !isUnder(b.owner, root)) return 'outside-body';
    // Furniture inside the root: pruned unless it holds most of the body.
    for (let n: AnyNode | null = b.owner; n && n !== root; n = n.parent) {
      const el = n as Element;
      const h = hint(el);
      if (h.negative && !h.body && (rawSum.get(el) ?? 0) < 0.4 * rootWeight) return reasonOf(el);
    }
    if (b.text.length < 60 && TEASER_HEADING.test(b.text) && !(teaserBox && isUnder(b.owner, teaserBox))) {
      teaserBox = b.owner.parent && b.owner !== root ? b.owner.parent : b.owner;
    }
    if (teaserBox && isUnder(b.owner, teaserBox)) return 'teaser';
    if (title && HEADING_TAGS.has(b.owner.name) && normal(b.text) === title) return 'title';
    if (b.linkChars > 0.5 * b.text.length && !/[.!?]$/.test(b.text) && !isQuoted(b.owner, root)) return 'links';
    return null;
  };

  const kept: Block[] = [];
  const removed: RemovedBlock[] = [];
  blocks.forEach((b, i) => {
    const reason = verdict(b);
    if (reason) removed.push({ text: b.text, reason });
    else kept.push(b);
    options.trace?.push({ text: b.text, weight: weights[i]!, reason, path: pathOf(b.owner) });
  });
  return { kept, removed };
}

/** A CSS-like path of an element, for traces. */
function pathOf(el: Element): string {
  const parts: string[] = [];
  for (let n: AnyNode | null = el; n && n.type !== 'root'; n = n.parent) {
    const e = n as Element;
    const cls = (e.attribs.class ?? '').trim().split(/\s+/)[0];
    parts.push(`${e.name}${e.attribs.id ? `#${e.attribs.id}` : ''}${cls ? `.${cls}` : ''}`);
  }
  return parts.reverse().join(' > ');
}

/** The content weight of one block (see the module comment). */
function weightOf(b: Block): number {
  const dense = b.text.match(DENSE_SCRIPT)?.length ?? 0;
  const len = b.text.length + 2 * dense;
  const plain = len - b.linkChars;
  SENTENCE_END.lastIndex = 0;
  const sentences = b.text.match(SENTENCE_END)?.length ?? 0;
  let w = plain - 2 * b.linkChars;
  if (!sentences && len < 80) w *= 0.3;
  return w - 25;
}

/** Inside a `<blockquote>` (an embedded post's signature line is mostly links, and still the quote's). */
const isQuoted = (el: AnyNode, root: AnyNode): boolean => {
  for (let n: AnyNode | null = el; n && n !== root; n = n.parent) if ((n as Element).name === 'blockquote') return true;
  return false;
};

const isUnder = (node: AnyNode, ancestor: AnyNode): boolean => {
  for (let n: AnyNode | null = node; n; n = n.parent) if (n === ancestor) return true;
  return false;
};

const normal = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function reasonOf(el: Element): string {
  if (FURNITURE_TAGS.has(el.name)) return el.name;
  const names = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`.trim();
  return names ? `furniture: ${names.slice(0, 60)}` : 'furniture';
}
