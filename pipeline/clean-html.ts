/**
 * HTML to article paragraphs and metadata. The page is parsed with htmlparser2, metadata is
 * read from `<meta>`, JSON-LD and `<time>`, scripts and hidden nodes are dropped, the page
 * becomes a list of text blocks, and the body is chosen among them (see `html/body.ts`).
 * Headings and list items stay paragraphs of their own.
 */
import { type Block, collectBlocks } from './html/blocks.js';
import { type TraceRow, chooseBody } from './html/body.js';
import { type Document, type Element, descendants, parseHtml, removeNode } from './html/dom.js';
import { type PageMeta, readPage } from './html/meta.js';
import type { RemovedBlock } from './types.js';

export interface HtmlCleanResult {
  meta: PageMeta;
  paragraphs: string[];
  removed: RemovedBlock[];
}

/** Elements that never hold article text. */
const JUNK_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'head', 'link', 'meta', 'input', 'button', 'select', 'textarea', 'video', 'audio', 'map']);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

/** How many removed blocks the report lists, and how much of each. */
const REMOVED_MAX = 40;
const REMOVED_TEXT_MAX = 160;

export interface HtmlCleanOptions {
  /** When given, receives one row per text block of the page with its weight and verdict. */
  trace?: TraceRow[];
}

/** Cleans one HTML page. Pure. */
export function cleanHtml(html: string, options: HtmlCleanOptions = {}): HtmlCleanResult {
  const doc = parseHtml(html);
  const { meta } = readPage(doc);
  dropJunk(doc);
  const blocks = collectBlocks(doc);
  const { kept, removed } = chooseBody(blocks, { title: meta.title, trace: options.trace });
  return { meta, paragraphs: kept.map(paragraphText), removed: bound(removed) };
}

function paragraphText(b: Block): string {
  return b.text;
}

/** Removes scripts, styles, embedded objects and hidden nodes. */
function dropJunk(doc: Document): void {
  const doomed: Element[] = [];
  for (const el of descendants(doc)) {
    if (JUNK_TAGS.has(el.name) || el.attribs.hidden !== undefined || el.attribs['aria-hidden'] === 'true' || (el.attribs.style && HIDDEN_STYLE.test(el.attribs.style))) {
      doomed.push(el);
    }
  }
  for (const el of doomed) removeNode(el);
}

/** The removed blocks worth showing an editor: the longest first pieces, each cut short. */
function bound(removed: RemovedBlock[]): RemovedBlock[] {
  const inside = removed.filter((r) => r.reason !== 'outside-body');
  const outside = removed.filter((r) => r.reason === 'outside-body' && r.text.length >= 40);
  return [...inside, ...outside].slice(0, REMOVED_MAX).map((r) => ({
    text: r.text.length > REMOVED_TEXT_MAX ? `${r.text.slice(0, REMOVED_TEXT_MAX - 1)}…` : r.text,
    reason: r.reason,
  }));
}

