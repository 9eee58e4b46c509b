/**
 * A page as a list of text blocks in document order: each run of inline content between
 * block boundaries (`<p>`, `<div>`, `<li>`, `<br>`, …) becomes one block, owned by the
 * element it sits in. Link text is counted as it goes, so link density costs nothing more.
 */
import { collapse } from '../clean-text.js';
import { type AnyNode, type Element, isElement, nodeData } from './dom.js';

/** Elements that start a new block (everything else is inline and joins the current run). */
export const BLOCK_TAGS = new Set(
  (
    'address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre section summary table tbody thead tfoot tr caption ul ' +
    'legend option select textarea button'
  ).split(/\s+/),
);

export const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** One run of text. */
export interface Block {
  /** Position in document order. */
  index: number;
  /** The text, white space collapsed. */
  text: string;
  /** Characters of `text` that sit inside links. */
  linkChars: number;
  /** The nearest block element holding the run. */
  owner: Element;
  /** Inline elements the run is made of, side by side (`<span>`, `<a>`), each with text. */
  chips: number;
  /** The run has text of its own, outside any inline element. */
  bare: boolean;
}

/** The blocks under `root`, in document order. */
export function collectBlocks(root: AnyNode): Block[] {
  const blocks: Block[] = [];
  let parts: string[] = [];
  let linkChars = 0;
  let linkDepth = 0;
  let inlineDepth = 0;
  let chips = 0;
  let bare = false;
  const flush = (owner: Element) => {
    if (!parts.length) return;
    const text = collapse(parts.join(''));
    if (text) blocks.push({ index: blocks.length, text, linkChars: Math.min(linkChars, text.length), owner, chips, bare });
    parts = [];
    linkChars = 0;
    chips = 0;
    bare = false;
  };
  // An explicit stack, not recursion: broken pages nest tens of thousands of unclosed tags.
  type Frame =
    | { kind: 'enter'; node: AnyNode; owner: Element }
    | { kind: 'end-block'; el: Element }
    | { kind: 'end-inline'; before: number; isLink: boolean };
  const stack: Frame[] = [];
  const pushChildren = (el: Element, owner: Element) => {
    for (let i = el.children.length - 1; i >= 0; i--) stack.push({ kind: 'enter', node: el.children[i]!, owner });
  };
  // The document node stands in as owner of text outside any block element.
  const top = root as Element;
  if (top.children) pushChildren(top, top);
  while (stack.length) {
    const frame = stack.pop()!;
    if (frame.kind === 'end-block') {
      flush(frame.el);
      continue;
    }
    if (frame.kind === 'end-inline') {
      inlineDepth--;
      if (inlineDepth === 0 && parts.length > frame.before && /\S/.test(parts.slice(frame.before).join(''))) chips++;
      if (frame.isLink) linkDepth--;
      continue;
    }
    const { node, owner } = frame;
    if (node.type === 'text') {
      const data = nodeData(node);
      parts.push(data);
      if (linkDepth > 0) linkChars += collapse(data).length;
      if (inlineDepth === 0 && /\S/.test(data)) bare = true;
      continue;
    }
    if (!isElement(node)) continue;
    const el = node;
    if (el.name === 'br') {
      flush(owner);
      continue;
    }
    if (BLOCK_TAGS.has(el.name)) {
      flush(owner);
      stack.push({ kind: 'end-block', el });
      pushChildren(el, el);
      continue;
    }
    // Table cells join their row, a space apart; a cell holding blocks still splits at them.
    if (el.name === 'td' || el.name === 'th') parts.push(' ');
    // Inline images separate words the way they render.
    if (el.name === 'img') parts.push(' ');
    const isLink = el.name === 'a';
    if (isLink) linkDepth++;
    inlineDepth++;
    stack.push({ kind: 'end-inline', before: parts.length, isLink });
    pushChildren(el, owner);
  }
  flush(top);
  return blocks;
}
