/**
 * Counts shared by the editor's views (terminal and HTML): flags by severity, figures,
 * named sources and duplicate paragraphs, and the summary line built from them
 * ("2 errors, 14 warnings · 43 figures, 4 named sources, 7 duplicate paragraphs").
 */
import type { Report } from '../types.js';

/** What a report (or a run of reports) adds up to. */
export interface ReportCounts {
  error: number;
  warning: number;
  info: number;
  /** Money amounts, percentages and quantities (the checkable figures). */
  figures: number;
  /** Distinct names of the non-vague sources, per article, summed over articles. */
  namedSources: number;
  /** Paragraphs that repeat an earlier one. */
  duplicates: number;
}

export const emptyCounts = (): ReportCounts => ({ error: 0, warning: 0, info: 0, figures: 0, namedSources: 0, duplicates: 0 });

export function countReport(report: Report): ReportCounts {
  const counts = emptyCounts();
  for (const f of report.flags) if (f.severity in counts) counts[f.severity]++;
  counts.figures = report.money.length + report.percentages.length + report.quantities.length;
  counts.namedSources = new Set(report.sources.filter((s) => !s.vague).map((s) => s.name)).size;
  counts.duplicates = report.paragraphs.filter((p) => p.duplicateOf !== null).length;
  return counts;
}

export function addCounts(a: ReportCounts, b: ReportCounts): ReportCounts {
  return {
    error: a.error + b.error,
    warning: a.warning + b.warning,
    info: a.info + b.info,
    figures: a.figures + b.figures,
    namedSources: a.namedSources + b.namedSources,
    duplicates: a.duplicates + b.duplicates,
  };
}

export const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;

/** "2 errors, 14 warnings" (infos only when there are some). */
export const flagSummary = (c: ReportCounts) =>
  [plural(c.error, 'error'), plural(c.warning, 'warning'), ...(c.info ? [plural(c.info, 'info', 'infos')] : [])].join(', ');

/** "43 figures, 4 named sources, 7 duplicate paragraphs". */
export const contentSummary = (c: ReportCounts) =>
  [plural(c.figures, 'figure'), plural(c.namedSources, 'named source'), plural(c.duplicates, 'duplicate paragraph')].join(', ');

/** The whole summary line, without the leading mark. */
export const summaryLine = (c: ReportCounts) => `${flagSummary(c)} · ${contentSummary(c)}`;
