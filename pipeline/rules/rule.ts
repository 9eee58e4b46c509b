/**
 * The rule interface, in the manner of ESLint: a rule declares its meta (description,
 * default severity, message templates keyed by id, an options schema, examples) and a
 * `check` that reports problems through its context. Severity is configuration, stamped
 * on by the runner; a rule never decides it.
 */
import type { ZodType } from 'zod';
import type { Frame } from '../frames/types.js';
import type { StoredFigures } from '../frames/stored.js';
import type { ChangedFigure } from '../near-copies.js';
import type { ReferenceData } from '../reference.js';
import type { ArticleMeta, BodySource, Claim, Mentions, Paragraph, Sentence, Severity, RelatedArticle } from '../types.js';

/** Everything a rule sees of one article: the report so far, without flags. */
export interface CheckedArticle extends Mentions {
  readonly text: string;
  readonly meta: Readonly<ArticleMeta>;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly claims: readonly Claim[];
  /** One claim frame per figure of the live paragraphs, in text order (pipeline/frames/). */
  readonly frames: readonly Frame[];
  /** Figures of near-copies that differ from their first copy (pipeline/near-copies.ts). */
  readonly changedFigures?: readonly ChangedFigure[];
  /** Where the clean stage found the body (absent: the text is the record's own). */
  readonly source?: Readonly<BodySource>;
  /** Data from beyond the article, prepared by the command before the rules run (absent otherwise). */
  readonly lookups?: ArticleLookups;
}

/**
 * What a rule may know beyond its article, as plain data, so that a rule stays a pure
 * function of its input: the command (`check --db`, `ingest`, `--reference`) prepares it.
 */
export interface ArticleLookups {
  /** Figures of other stored stories sharing a match key with this article's figures (see pipeline/frames.ts). */
  storedFigures?: StoredFigures;
  /** The user's reference market data (see pipeline/reference.ts). */
  reference?: ReferenceData;
}

/** A related location of a problem ("first stated here"). */
export interface RelatedDescriptor {
  start: number;
  end: number;
  /** Plain message for this location. */
  message: string;
  /** Another article this location is compared with (`conflicting-report`). */
  article?: RelatedArticle;
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
  /**
   * For `flagged` examples: the expected problems in order of position, by message id, a
   * snippet of the flagged span and, optionally, snippets of its related locations.
   */
  flags?: ExpectedFlag[];
  /** What the example shows (one line, for the README table and test names). */
  note?: string;
  /** Articles stored before this one, for a rule that needs `storedFigures`. */
  stored?: { title?: string; publisher?: string; published?: string; text: string }[];
  /** Reference market data, for a rule that needs `reference`: CSV files by name and text. */
  reference?: { file: string; csv: string; symbol?: string }[];
}

/** A flag a `flagged` example expects. */
export interface ExpectedFlag {
  messageId: string;
  /** A snippet of the flagged span (the span must contain it). */
  text: string;
  /** Snippets of the related locations, in order. */
  related?: string[];
}

export interface RuleMeta<Options> {
  description: string;
  defaultSeverity: Severity;
  /** Message templates keyed by message id; `{{name}}` is replaced from `data`. */
  messages: Record<string, string>;
  /** zod schema of the options object, with defaults. */
  options: ZodType<Options>;
  examples: { ok: RuleExample[]; flagged: RuleExample[] };
  /**
   * Lookups the rule needs (`storedFigures`, `reference`): without them it reports nothing,
   * and the command runs it again once it has prepared them (pipeline/cross-check.ts).
   */
  needs?: readonly (keyof ArticleLookups)[];
}

export interface Rule<Options = Record<string, unknown>> {
  /** The rule id, also its file name (`pipeline/rules/<id>.ts`). */
  readonly id: string;
  readonly meta: RuleMeta<Options>;
  check(article: CheckedArticle, context: RuleContext<Options>): void;
}

/** The severities a flag can have, most severe first. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * Defines a rule with its option type inferred from the schema, checking its meta once at
 * module load: a kebab-case id, a known default severity, non-empty message templates that
 * do not name the rule, options whose schema accepts `{}` (every option has a default), and
 * examples that only expect message ids the rule has.
 * @throws TypeError naming the rule and the fix.
 */
export function defineRule<Options>(rule: Rule<Options>): Rule<Options> {
  const where = `rule ${JSON.stringify(rule.id)}`;
  if (!/^[a-z]+(?:-[a-z]+)*$/.test(rule.id)) throw new TypeError(`${where}: the id must be kebab-case (it is also the file name)`);
  if (!SEVERITIES.includes(rule.meta.defaultSeverity)) {
    throw new TypeError(`${where}: defaultSeverity ${JSON.stringify(rule.meta.defaultSeverity)} is not one of ${SEVERITIES.join(', ')}`);
  }
  const messageIds = Object.keys(rule.meta.messages);
  if (!messageIds.length) throw new TypeError(`${where}: meta.messages is empty; give at least one template`);
  for (const [id, template] of Object.entries(rule.meta.messages)) {
    if (!template.trim()) throw new TypeError(`${where}: message template "${id}" is empty`);
    if (template.includes(rule.id)) throw new TypeError(`${where}: message template "${id}" names the rule; the rule id has its own column`);
  }
  if (!rule.meta.options.safeParse({}).success) {
    throw new TypeError(`${where}: the options schema must accept {} (give every option a default)`);
  }
  for (const example of [...rule.meta.examples.ok, ...rule.meta.examples.flagged]) {
    for (const flag of example.flags ?? []) {
      if (!(flag.messageId in rule.meta.messages)) {
        throw new TypeError(`${where}: an example expects unknown messageId "${flag.messageId}"; known: ${messageIds.join(', ')}`);
      }
    }
  }
  return rule;
}

/** Fills `{{name}}` placeholders of a message template. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}
