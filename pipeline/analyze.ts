/**
 * The per-article pipeline: clean → segment → dedupe → extract → link → check → report.
 * Pure per article (no shared mutable state), so it runs the same in a worker thread.
 */
import type { ResolvedConfig } from './config.js';
import { resolveConfig } from './config.js';
import { clean } from './clean.js';
import { dedupe, liveParagraphIndexes } from './dedupe.js';
import { extract } from './extract.js';
import { changedFigures } from './near-copies.js';
import { attachFrames, buildFrames, isRecipient } from './frames/index.js';
import { linkClaims } from './link.js';
import { originLabel } from './load.js';
import { sha256 } from './record.js';
import { runRules } from './check.js';
import { segment } from './segment.js';
import type { ArticleRecord, Origin, Report } from './types.js';

export const REPORT_SCHEMA = 'claimscan/report@1';


/** Builds an analyzer for a configuration (rules resolved once, not per article). */
export function createAnalyzer(config: ResolvedConfig = resolveConfig({}, null)) {
  return function analyze(record: ArticleRecord, origin: Origin): Report {
    const cleaned = clean(record);
    const segmented = segment(cleaned.paragraphs);
    const paragraphs = dedupe(segmented.text, segmented.paragraphs);
    const article = { ...segmented, paragraphs };
    const mentions = extract(article, cleaned.meta);
    const changed = changedFigures(article, cleaned.meta, mentions);
    const live = liveParagraphIndexes(paragraphs);
    const claims = linkClaims(
      article.text,
      article.sentences.filter((s) => live.has(s.paragraph)),
      paragraphs,
      mentions,
      cleaned.meta.published,
    );
    const frames = buildFrames({ ...mentions, text: article.text, meta: cleaned.meta, paragraphs, sentences: article.sentences });
    // who is told or filed with ("told the Securities and Exchange Commission", "told Reuters") is no claim's subject
    const recipients = new Set(mentions.entities.filter((e) => isRecipient(article.text, e)).map((e) => e.canonical));
    attachFrames(claims, frames, recipients);
    const flags = runRules({ ...mentions, text: article.text, meta: cleaned.meta, paragraphs, sentences: article.sentences, claims, frames, changedFigures: changed, source: cleaned.source }, config.rules);
    return {
      schema: REPORT_SCHEMA,
      input: originLabel(origin),
      article: {
        id: cleaned.meta.id,
        url: cleaned.meta.url,
        title: cleaned.meta.title,
        published: cleaned.meta.published,
        publisher: cleaned.meta.publisher,
        author: cleaned.meta.author,
        contentHash: sha256(article.text),
      },
      text: article.text,
      paragraphs,
      sentences: article.sentences,
      ...mentions,
      claims,
      flags,
      removed: cleaned.removed,
    };
  };
}

export type Analyzer = ReturnType<typeof createAnalyzer>;
