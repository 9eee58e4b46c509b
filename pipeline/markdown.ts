/**
 * Markdown drafts (`.md` inputs) read as Markdown: parsed by mdast-util-from-markdown with
 * GitHub-flavoured extensions (tables, footnotes, strike-through, autolinks), then turned
 * into the plain text the rest of the pipeline reads, one block a paragraph:
 * links, emphasis and inline code become their text (`[CoinGecko](…)` and `**CoinGecko**`
 * are both `CoinGecko`, so both are sources), list markers and block-quote markers go, a
 * table row becomes one line (cells a space apart, as in HTML tables), images and link
 * definitions go, raw HTML keeps its text. Every character of the result remembers where
 * it stood in the file, so the terminal report can point at the file's own lines.
 */
import type { Nodes, Parents, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { rememberSource } from './source-map.js';
import type { ArticleRecord } from './types.js';

/** Plain text made from Markdown, with the source offset of each of its UTF-16 code units. */
export interface MarkdownText {
  /** Blocks separated by a blank line; each block one line. */
  text: string;
  /** `offsets[i]` is the offset in the Markdown source of `text[i]`. */
  offsets: Int32Array;
}

const parseOptions = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };

/** Blocks whose children are blocks. */
const CONTAINERS = new Set(['root', 'blockquote', 'list', 'listItem', 'footnoteDefinition']);
/** Blocks made of inline content: one output paragraph each. */
const LEAVES = new Set(['paragraph', 'heading', 'tableRow']);
/** Nodes that add no text. */
const SILENT = new Set(['thematicBreak', 'definition', 'image', 'imageReference', 'footnoteReference', 'yaml']);

/** Builds the output text and its offsets side by side. */
class Builder {
  private readonly chars: string[] = [];
  private readonly at: number[] = [];
  constructor(private readonly source: string) {}

  get length(): number {
    return this.chars.length;
  }

  /** Appends a separator (space, line break) that stands for the source offset `offset`. */
  separator(s: string, offset: number): void {
    for (const ch of s) {
      this.chars.push(ch);
      this.at.push(offset);
    }
  }

  /** Appends `value`, which stands at `source[start, start + value.length)` character for character. */
  verbatim(value: string, start: number): void {
    for (let i = 0; i < value.length; i++) {
      this.chars.push(value[i]!);
      this.at.push(start + i);
    }
  }

  /**
   * Appends `value`, whose characters come from `source[start, end)` in order, with markup
   * (escapes, entity references, quote markers) possibly between them: each character is
   * matched to the next equal source character close by.
   */
  text(value: string, start: number, end: number, soft = ' '): void {
    let at = start;
    for (let i = 0; i < value.length; i++) {
      const written = value[i]!;
      const found = this.find(written, at, end);
      const offset = found >= 0 ? found : Math.min(at, Math.max(start, end - 1));
      this.chars.push(written === '\n' || written === '\r' ? soft : written);
      this.at.push(offset);
      if (found >= 0) at = found + 1;
    }
  }

  /** The next occurrence of `ch` in `source[from, end)`, looking a few characters ahead at most. */
  private find(ch: string, from: number, end: number): number {
    const limit = Math.min(end, from + 12);
    for (let k = from; k < limit; k++) if (this.source[k] === ch) return k;
    return -1;
  }

  /** Drops everything past `length` (a block that turned out empty). */
  truncate(length: number): void {
    this.chars.length = length;
    this.at.length = length;
  }

  /** The text built from `from` on. */
  slice(from: number): string {
    return this.chars.slice(from).join('');
  }

  result(): MarkdownText {
    return { text: this.chars.join(''), offsets: Int32Array.from(this.at) };
  }
}

/** Converts Markdown to paragraphs of plain text with source offsets. Never throws for any input. */
export function markdownToText(source: string): MarkdownText {
  const tree = fromMarkdown(source, parseOptions) as Root;
  const out = new Builder(source);
  const startOf = (node: Nodes) => node.position?.start.offset ?? 0;
  const endOf = (node: Nodes) => node.position?.end.offset ?? startOf(node);

  const inline = (node: Nodes): void => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        out.text(node.value, startOf(node), endOf(node));
        return;
      case 'html':
        // Inline tags go; text between them stays (it is its own text node).
        return;
      case 'break':
        out.separator(' ', startOf(node));
        return;
      default:
        if (SILENT.has(node.type)) return;
        if ('children' in node) for (const child of (node as Parents).children) inline(child as Nodes);
    }
  };
  const paragraphBreak = (offset: number) => {
    if (out.length) out.separator('\n\n', offset);
  };

  const block = (node: Nodes): void => {
    if (CONTAINERS.has(node.type)) {
      for (const child of (node as Parents).children) block(child as Nodes);
      return;
    }
    if (node.type === 'table') {
      for (const row of node.children) block(row);
      return;
    }
    if (LEAVES.has(node.type)) {
      const before = out.length;
      paragraphBreak(startOf(node));
      const from = out.length;
      (node as Parents).children.forEach((child, i) => {
        // Table cells join their row a space apart, as in HTML tables.
        if (node.type === 'tableRow' && i > 0) out.separator(' ', startOf(child as Nodes));
        inline(child as Nodes);
      });
      if (!/\S/.test(out.slice(from))) out.truncate(before);
      return;
    }
    if (node.type === 'code' || node.type === 'html') {
      // Code and raw HTML blocks keep their lines (tags blanked out): each line a paragraph.
      let at = startOf(node);
      for (const line of node.value.split('\n')) {
        const found = source.indexOf(line, at);
        const verbatim = found >= 0 && found + line.length <= endOf(node);
        const offset = verbatim ? found : at;
        const shown = node.type === 'html' ? line.replace(/<[^>]*>/g, (tag) => ' '.repeat(tag.length)) : line;
        if (shown.trim()) {
          paragraphBreak(offset);
          if (verbatim) out.verbatim(shown, offset);
          else out.text(shown, offset, Math.min(endOf(node), offset + line.length));
        }
        at = offset + line.length;
      }
      return;
    }
    if (SILENT.has(node.type)) return;
    // Anything else with inline children: one paragraph.
    if ('children' in node) {
      paragraphBreak(startOf(node));
      for (const child of (node as Parents).children) inline(child as Nodes);
    }
  };

  block(tree);
  return out.result();
}

/** The Markdown text of one line (a title): its inline content as text. */
export function markdownLineToText(line: string): string {
  return markdownToText(line).text.replace(/\s+/g, ' ').trim();
}

/**
 * A `.md` file as a record: the first non-empty line (its `#` markers and inline markup
 * gone) is the title, the rest read as Markdown is the text. The record remembers its source
 * (see `./source-map.ts`) so positions can be given in the file's own lines.
 */
export function recordFromMarkdown(content: string, titled = true): ArticleRecord {
  if (!titled) {
    // the title is given elsewhere (front matter): every line is body
    const body = markdownToText(content);
    return rememberSource({ text: body.text }, { content, text: body.text, offsets: body.offsets, from: 0 });
  }
  const bom = content.startsWith('\uFEFF') ? 1 : 0;
  const firstLine = /[^\r\n]*\S[^\r\n]*/.exec(content.slice(bom));
  if (!firstLine) return { text: '' };
  const titleStart = bom + firstLine.index;
  const titleEnd = titleStart + firstLine[0].length;
  let restStart = titleEnd;
  const newline = /\r\n|\r|\n/.exec(content.slice(titleEnd));
  restStart = newline ? titleEnd + newline.index + newline[0].length : content.length;
  // A setext heading underline belongs to the title.
  const underline = /^[ \t]*(?:=+|-+)[ \t]*(?:\r\n|\r|\n|$)/.exec(content.slice(restStart));
  if (underline) restStart += underline[0].length;
  const title = markdownLineToText(content.slice(titleStart, titleEnd).replace(/^\s*#{1,6}\s+|\s+#+\s*$/g, ''));
  const body = markdownToText(content.slice(restStart));
  const offsets = body.offsets.map((o) => o + restStart);
  return rememberSource({ ...(title ? { title } : {}), text: body.text }, { content, text: body.text, offsets, from: 0 });
}
