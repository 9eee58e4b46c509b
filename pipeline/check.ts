/**
 * Stage 7, check: runs the configured rules over an article and turns what they report
 * into flags: message text from the rule's templates, severity from the configuration,
 * then a chain of small post-processors (drop exact repeats, sort by position).
 */
import type { ResolvedRule } from './config.js';
import { formatMessage, SEVERITIES, type CheckedArticle, type ProblemDescriptor } from './rules/rule.js';
import type { Flag } from './types.js';

/** Runs `rules` over `article`. A rule that throws becomes an `internal-error` flag, not a crash. */
export function runRules(article: CheckedArticle, rules: readonly ResolvedRule[]): Flag[] {
  const flags: Flag[] = [];
  for (const { rule, severity, options } of rules) {
    const report = (problem: ProblemDescriptor) => {
      const template = rule.meta.messages[problem.messageId];
      if (template === undefined) {
        throw new TypeError(`rule ${rule.id} reported unknown messageId "${problem.messageId}"; known: ${Object.keys(rule.meta.messages).join(', ')}`);
      }
      checkSpan(rule.id, problem, article.text.length);
      for (const r of problem.related ?? []) checkSpan(rule.id, r, article.text.length);
      flags.push({
        rule: rule.id,
        severity,
        messageId: problem.messageId,
        message: formatMessage(template, problem.data),
        start: problem.start,
        end: problem.end,
        related: (problem.related ?? []).map((r) => ({ start: r.start, end: r.end, message: r.message, ...(r.article ? { article: r.article } : {}) })),
      });
    };
    try {
      rule.check(article, { options, report });
    } catch (err) {
      flags.push({
        rule: 'internal-error',
        severity: 'info',
        messageId: 'crashed',
        message: `Rule ${rule.id} failed on this article: ${(err as Error).message}`,
        start: 0,
        end: 0,
        related: [],
      });
    }
  }
  return sortFlags(dropRepeats(flags));
}

/** A rule that reports outside the text is a bug in the rule: a TypeError that names it. */
function checkSpan(ruleId: string, span: { start: number; end: number }, length: number): void {
  const ok = Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= length;
  if (!ok) throw new TypeError(`rule ${ruleId} reported span ${span.start}..${span.end} outside the text (0..${length}); report offsets into article.text`);
}

/** Drops flags identical in rule, message id and span to an earlier one. */
export function dropRepeats(flags: readonly Flag[]): Flag[] {
  const seen = new Set<string>();
  return flags.filter((f) => {
    const key = `${f.rule}\u0000${f.messageId}\u0000${f.start}\u0000${f.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Flags in reading order: by position, then the most severe first, then rule id (stable for equal keys). */
export function sortFlags(flags: readonly Flag[]): Flag[] {
  const rank = (f: Flag) => (SEVERITIES.indexOf(f.severity) + 4) % 4; // unknown severities last
  return [...flags].sort((a, b) => a.start - b.start || a.end - b.end || rank(a) - rank(b) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}
