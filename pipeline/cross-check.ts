/**
 * The command's second pass over an analysed article: the rules that need data from beyond
 * the article (`meta.needs`: figures of other stored stories, the user's reference market
 * data) run here, on the thread that has that data, after the per-article pipeline (which
 * may have run in a worker). The data is prepared as plain input (`article.lookups`), so
 * the rules stay pure functions of what they are given.
 *
 *   analyse (any thread) → cross-check (main thread: database lookups) → store
 */
import { runRules, sortFlags } from './check.js';
import type { ResolvedConfig, ResolvedRule } from './config.js';
import { buildFrames } from './frames/build.js';
import { framesOf, type StoredFigure, type StoredFigures } from './frames/stored.js';
import type { ReferenceData } from './reference.js';
import type { ArticleLookups, CheckedArticle } from './rules/rule.js';
import type { Report } from './types.js';

/** Where the second pass gets its data. */
export interface CrossCheckSources {
  /**
   * Stored figures of other stories by match key (the database: `ClaimsDb.storedFigures`);
   * `excludeStory` is this article's body hash, whose copies are not other reports.
   */
  storedFigures?: (keys: readonly string[], excludeStory: string) => StoredFigures;
  /** Reference market data, loaded once for the run. */
  reference?: ReferenceData;
}

/** The article a rule sees, rebuilt from a report. */
export function checkedArticleOf(report: Report, lookups?: ArticleLookups): CheckedArticle {
  const { article } = report;
  const meta = { id: article.id, url: article.url, title: article.title, published: article.published, publisher: article.publisher, author: article.author ?? null };
  // built on first use only: the second pass and storing read frames through framesOf (the
  // claims' own frames), and building them again was most of storing's time on the main thread
  let frames: CheckedArticle['frames'] | undefined;
  return {
    text: report.text,
    meta,
    paragraphs: report.paragraphs,
    sentences: report.sentences,
    claims: report.claims,
    get frames() {
      return (frames ??= buildFrames({ ...report, meta }));
    },
    money: report.money,
    percentages: report.percentages,
    quantities: report.quantities,
    timestamps: report.timestamps,
    entities: report.entities,
    sources: report.sources,
    ...(lookups ? { lookups } : {}),
  };
}

/**
 * A second pass for `config`: the enabled rules whose needs `sources` can meet. Null when
 * there is nothing to run (no such rule enabled, or no data for them), so a command skips it.
 */
export function createCrossCheck(config: ResolvedConfig, sources: CrossCheckSources): ((report: Report) => Report) | null {
  const available = new Set<keyof ArticleLookups>();
  if (sources.storedFigures) available.add('storedFigures');
  if (sources.reference?.series.size) available.add('reference');
  const rules: ResolvedRule[] = config.rules.filter((r) => r.rule.meta.needs?.length && r.rule.meta.needs.every((need) => available.has(need)));
  if (!rules.length) return null;
  const wantsStored = rules.some((r) => r.rule.meta.needs!.includes('storedFigures'));
  return (report) => {
    const lookups: ArticleLookups = {};
    if (sources.reference && available.has('reference')) lookups.reference = sources.reference;
    if (wantsStored && sources.storedFigures) {
      const keys = [...new Set(framesOf(checkedArticleOf(report)).flatMap((f) => (f.matchKey ? [f.matchKey] : [])))];
      lookups.storedFigures = keys.length ? sources.storedFigures(keys, report.article.contentHash) : new Map();
    }
    const added = runRules(checkedArticleOf(report, lookups), rules);
    if (!added.length) return report;
    const ids = new Set(rules.map((r) => r.rule.id));
    return { ...report, flags: sortFlags([...report.flags.filter((f) => !ids.has(f.rule)), ...added]) };
  };
}

/**
 * Stored figures from reports held in memory (rule examples, tests): every frame with a match
 * key, one story per distinct body, this article's own body left out.
 */
export function storedFiguresOf(reports: readonly Report[]): CrossCheckSources['storedFigures'] {
  const byKey = new Map<string, StoredFigure[]>();
  const copies = new Map<string, number>();
  for (const r of reports) copies.set(r.article.contentHash, (copies.get(r.article.contentHash) ?? 0) + 1);
  const seenStory = new Set<string>();
  reports.forEach((report, i) => {
    const story = report.article.contentHash;
    if (seenStory.has(story)) return;
    seenStory.add(story);
    for (const frame of framesOf(checkedArticleOf(report))) {
      if (!frame.matchKey) continue;
      const claim = report.claims[frame.claim]!;
      const list = byKey.get(frame.matchKey) ?? [];
      list.push({
        articleId: i + 1,
        title: report.article.title,
        publisher: report.article.publisher,
        published: report.article.published,
        url: report.article.url,
        story,
        copies: copies.get(story)!,
        sentence: report.text.slice(claim.start, claim.end),
        text: frame.figure.text,
        kind: frame.figure.kind,
        unit: frame.figure.unit,
        value: frame.figure.value,
        valueHigh: frame.figure.mention.valueHigh ?? null,
        approximate: frame.figure.mention.approximate === true,
        bound: frame.figure.mention.bound ?? null,
      });
      byKey.set(frame.matchKey, list);
    }
  });
  return (keys, excludeStory) => new Map(keys.flatMap((k) => {
    const list = (byKey.get(k) ?? []).filter((s) => s.story !== excludeStory);
    return list.length ? [[k, list] as const] : [];
  }));
}
