/**
 * The rule interface, in the manner of ESLint: a rule declares its meta (description,
 * default severity, message templates keyed by id, an options schema, examples) and a
 * `check` that reports problems through its context. Severity is configuration, stamped
 * on by the runner; a rule never decides it.
 */
import type { ZodType } from 'zod';
import type { ArticleMeta, Claim, Mentions, Paragraph, Sentence, Severity } from '../types.js';

/** Everything a rule sees of one article: the report so far, without flags. */
export interface CheckedArticle extends Mentions {
  readonly text: string;
  readonly meta: Readonly<ArticleMeta>;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly claims: readonly Claim[];
}

/** A related location of a problem ("first stated here"). */
export interface RelatedDescriptor {
  start: number;
  end: number;
  /** Plain message for this location. */
  message: string;
}

/** What a rule reports; the runner turns it into a flag with severity and message text. */
export interface ProblemDescriptor {
  /** Key into the rule's `meta.messages`. */
  messageId: string;
  /** Values for the template's `{{placeholders}}`. */
  data?: Record<string, string | number>;
  start: number;
  end: number;
  related?: RelatedDescriptor[];
}

export interface RuleContext<Options> {
  /** The rule's validated options (its schema's defaults filled in). */
  readonly options: Options;
  report(problem: ProblemDescriptor): void;
}

/** A text for a rule's examples; they run as the rule's tests and fill the README's table. */
export interface RuleExample {
  /** Article text: paragraphs separated by line breaks. */
  text: string;
  title?: string;
  published?: string;
  /** Options for this example (defaults otherwise). */
  options?: Record<string, unknown>;
  /** For `flagged` examples: the expected problems, by message id and a snippet of the flagged span. */
  flags?: { messageId: string; text: string }[];
}

export interface RuleMeta<Options> {
  description: string;
  defaultSeverity: Severity;
  /** Message templates keyed by message id; `{{name}}` is replaced from `data`. */
  messages: Record<string, string>;
  /** zod schema of the options object, with defaults. */
  options: ZodType<Options>;
  examples: { ok: RuleExample[]; flagged: RuleExample[] };
}

export interface Rule<Options = Record<string, unknown>> {
  /** The rule id, also its file name (`pipeline/rules/<id>.ts`). */
  readonly id: string;
  readonly meta: RuleMeta<Options>;
  check(article: CheckedArticle, context: RuleContext<Options>): void;
}

/** Defines a rule with its option type inferred from the schema. */
export function defineRule<Options>(rule: Rule<Options>): Rule<Options> {
  for (const [id, template] of Object.entries(rule.meta.messages)) {
    if (!template.trim()) throw new TypeError(`rule ${rule.id}: message template "${id}" is empty`);
  }
  return rule;
}

/** Fills `{{name}}` placeholders of a message template. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}
