/**
 * PolNeAR (../shared/corpora/polnear-attribution) as claimscan sees it: each article's text
 * split into paragraphs (lines) and sentences, its gold Source spans converted from code
 * points to UTF-16 indexes. Shared by bench/polnear.ts and the sources extractor's test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ExtractContext, LiveParagraph } from '../extractors/extractor.js';
import { entities } from '../extractors/entities.js';
import { extract } from '../pipeline/extract.js';
import { splitSentences } from '../pipeline/segment.js';
import type { ArticleMeta, Paragraph, Sentence } from '../pipeline/types.js';

export interface Span {
  start: number;
  end: number;
}

/** UTF-16 index of every code-point offset (one entry more than the code points). */
export function codePointToUtf16(text: string): number[] {
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return map;
}

/** A gold Source span as its fragments (UTF-16), with the cue of its first attribution. */
export type Gold = Span[] & { cue?: string };

/** Gold Source spans of one .ann file. */
export function goldSources(ann: string, map: number[]): Gold[] {
  const out: Gold[] = [];
  const byId = new Map<string, Gold>();
  const cues = new Map<string, string>();
  for (const line of ann.split('\n')) {
    const cue = /^(T\d+)\tCue [\d ;]+\t(.*)$/.exec(line);
    if (cue) cues.set(cue[1]!, cue[2]!);
    const m = /^(T\d+)\tSource ([\d ;]+)\t/.exec(line);
    if (!m) continue;
    const frags: Gold = m[2]!.split(';').map((f) => {
      const [a, b] = f.trim().split(' ').map(Number);
      return { start: map[a!]!, end: map[b!]! };
    });
    byId.set(m[1]!, frags);
    out.push(frags);
  }
  for (const line of ann.split('\n')) {
    const e = /Source:(T\d+)/.exec(line);
    const c = /Cue:(T\d+)/.exec(line);
    const g = e && byId.get(e[1]!);
    if (g && c && !g.cue) g.cue = cues.get(c[1]!);
  }
  // The same source span serves several attributions: count it once.
  const seen = new Set<string>();
  return out.filter((f) => {
    const key = JSON.stringify(f);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export const META: ArticleMeta = { id: null, url: null, title: null, published: null, publisher: null, author: null };

/** The context the extractors see for a raw PolNeAR text (paragraphs = lines; offsets unchanged). */
export function contextFor(text: string): { paragraphs: Paragraph[]; sentences: Sentence[]; live: LiveParagraph[] } {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const lead = line.length - line.trimStart().length;
    const body = line.trim();
    if (body) {
      const start = at + lead;
      const index = paragraphs.length;
      paragraphs.push({ start, end: start + body.length, duplicateOf: null });
      for (const s of splitSentences(body)) sentences.push({ start: start + s.start, end: start + s.end, paragraph: index });
    }
    at += line.length + 1;
  }
  const live = paragraphs.map((p, index) => ({ ...p, index, text: text.slice(p.start, p.end) }));
  return { paragraphs, sentences, live };
}


export interface PolnearArticle {
  file: string;
  text: string;
  gold: Gold[];
  /** What an extractor sees: the live paragraphs, sentences and (optionally) the entities. */
  context: ExtractContext;
}

/**
 * The articles of one split directory (`…/polnear-attribution/test`), each scored against
 * one annotator (the first .ann file by name). `withEntities` runs the entities extractor so
 * the sources extractor can read names and antecedents, as it does in the pipeline.
 */
export function loadPolnear(dir: string, options: { limit?: number; withEntities?: boolean } = {}): PolnearArticle[] {
  const texts = readdirSync(path.join(dir, 'text')).filter((f) => f.endsWith('.txt')).sort().slice(0, options.limit ?? Infinity);
  const anns = readdirSync(path.join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const out: PolnearArticle[] = [];
  for (const file of texts) {
    const stem = file.replace(/\.txt$/, '');
    const ann = anns.find((a) => a.startsWith(`${stem}_`));
    if (!ann) continue;
    const text = readFileSync(path.join(dir, 'text', file), 'utf8');
    const gold = goldSources(readFileSync(path.join(dir, 'attributions', ann), 'utf8'), codePointToUtf16(text));
    const { paragraphs, sentences, live } = contextFor(text);
    const mentions = options.withEntities ? extract({ text, paragraphs, sentences }, META, [entities]) : {};
    out.push({ file, text, gold, context: { text, paragraphs: live, sentences, meta: META, mentions } });
  }
  return out;
}
