/**
 * Every rule's own examples run as its tests, through the whole pipeline: `ok` texts get no
 * flag from the rule, `flagged` texts get exactly the expected flags (message id, a snippet
 * of the span and, when given, snippets of the related locations). Also the framework's own
 * checks: meta validation at definition, message formatting, the runner's post-processing.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createAnalyzer } from '../pipeline/analyze.js';
import { dropRepeats, runRules, sortFlags } from '../pipeline/check.js';
import { resolveConfig } from '../pipeline/config.js';
import { createCrossCheck, storedFiguresOf } from '../pipeline/cross-check.js';
import { parseReferenceCsv, symbolKey } from '../pipeline/reference.js';
import { RULES } from '../pipeline/rules/index.js';
import { defineRule, formatMessage, type Rule, type RuleExample } from '../pipeline/rules/rule.js';
import type { Flag } from '../pipeline/types.js';
import { fixture } from './rules/fixture.js';

function flagsFor(ruleId: string, example: RuleExample) {
  const config = resolveConfig({ rules: { [ruleId]: ['warning', example.options ?? {}] } }, null);
  const analyze = createAnalyzer(config);
  let report = analyze({ text: example.text, title: example.title, published: example.published }, { input: 'example' });
  // rules that need stored articles or reference data get them as the commands give them
  const stored = (example.stored ?? []).map((a, i) => analyze(a, { input: `stored-${i}` }));
  const reference = example.reference
    ? { series: new Map(example.reference.flatMap((f) => parseReferenceCsv(f.csv, { file: f.file, symbol: f.symbol })).map((s) => [symbolKey(s.symbol), [s]] as const)), files: example.reference.map((f) => f.file) }
    : undefined;
  const cross = createCrossCheck(config, { storedFigures: stored.length ? storedFiguresOf(stored) : undefined, reference });
  if (cross) report = cross(report);
  return report.flags
    .filter((f) => f.rule === ruleId)
    .map((f) => ({ messageId: f.messageId, text: report.text.slice(f.start, f.end), related: f.related.map((r) => report.text.slice(r.start, r.end)) }));
}

describe.each(RULES.map((r) => [r.id, r] as const))('rule %s', (id, rule) => {
  it('has a description, messages and examples of both kinds', () => {
    expect(rule.meta.description).toMatch(/\S/);
    expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    expect(rule.meta.examples.ok.length).toBeGreaterThan(0);
    expect(rule.meta.examples.flagged.length).toBeGreaterThan(0);
  });

  it.each(rule.meta.examples.ok.map((e, i) => [i, e] as const))('ok example %i gets no flag', (_, example) => {
    expect(flagsFor(id, example)).toEqual([]);
  });

  it.each(rule.meta.examples.flagged.map((e, i) => [i, e] as const))('flagged example %i gets the expected flags', (_, example) => {
    const got = flagsFor(id, example);
    const want = example.flags ?? [];
    expect(want.length).toBeGreaterThan(0);
    expect(got.map((g) => g.messageId)).toEqual(want.map((w) => w.messageId));
    got.forEach((g, i) => {
      expect(g.text).toContain(want[i]!.text);
      const related = want[i]!.related;
      if (related) {
        expect(g.related).toHaveLength(related.length);
        related.forEach((snippet, j) => expect(g.related[j]).toContain(snippet));
      }
    });
    for (const g of got) expect(rule.meta.messages[g.messageId!]).toBeDefined();
  });
});

describe('defineRule', () => {
  const base = {
    id: 'test-rule',
    meta: {
      description: 'x',
      defaultSeverity: 'warning' as const,
      messages: { found: 'Found `{{what}}`' },
      options: z.object({ limit: z.number().default(1) }).strict(),
      examples: { ok: [{ text: 'a' }], flagged: [{ text: 'b', flags: [{ messageId: 'found', text: 'b' }] }] },
    },
    check() {},
  };
  const variant = (meta: Record<string, unknown>, id = base.id) => ({ ...base, id, meta: { ...base.meta, ...meta } }) as unknown as Rule<unknown>;

  it('accepts a well-formed rule', () => {
    expect(defineRule(variant({}))).toBeTruthy();
  });

  it.each([
    ['an id that is not kebab-case', variant({}, 'TestRule'), /kebab-case/],
    ['an unknown default severity', variant({ defaultSeverity: 'fatal' }), /defaultSeverity "fatal"/],
    ['no messages', variant({ messages: {} }), /meta.messages is empty/],
    ['an empty template', variant({ messages: { found: ' ' } }), /template "found" is empty/],
    ['a template naming the rule', variant({ messages: { found: 'test-rule: found it' } }), /names the rule/],
    ['an option without a default', variant({ options: z.object({ limit: z.number() }).strict() }), /accept \{\}/],
    ['an example expecting an unknown message id', variant({ examples: { ok: [], flagged: [{ text: 'b', flags: [{ messageId: 'nope', text: 'b' }] }] } }), /unknown messageId "nope"/],
  ])('rejects %s', (_, rule, message) => {
    expect(() => defineRule(rule)).toThrow(TypeError);
    expect(() => defineRule(rule)).toThrow(message);
  });

  it('fills placeholders and leaves unknown ones as written', () => {
    expect(formatMessage('`{{a}}` and {{ b }} and {{c}}', { a: '$1.7 billion', b: 2 })).toBe('`$1.7 billion` and 2 and {{c}}');
  });
});

describe('runRules', () => {
  const article = fixture('Bitcoin rose 2% on Monday. Ether fell 1%.');
  const make = (check: Rule<unknown>['check']): Rule<unknown> =>
    defineRule({
      id: 'probe',
      meta: {
        description: 'probe',
        defaultSeverity: 'error',
        messages: { hit: 'Hit `{{what}}`' },
        options: z.object({}).strict(),
        examples: { ok: [{ text: 'a' }], flagged: [{ text: 'b', flags: [{ messageId: 'hit', text: 'b' }] }] },
      },
      check,
    });

  it('stamps the configured severity and the message text, sorted by position, repeats dropped', () => {
    const rule = make((a, ctx) => {
      ctx.report({ messageId: 'hit', data: { what: 'Ether' }, start: 27, end: 32 });
      ctx.report({ messageId: 'hit', data: { what: 'Bitcoin' }, start: 0, end: 7, related: [{ start: 27, end: 32, message: 'see' }] });
      ctx.report({ messageId: 'hit', data: { what: 'Ether' }, start: 27, end: 32 });
    });
    const flags = runRules(article, [{ rule, severity: 'info', options: {} }]);
    expect(flags.map((f) => [f.start, f.severity, f.message])).toEqual([
      [0, 'info', 'Hit `Bitcoin`'],
      [27, 'info', 'Hit `Ether`'],
    ]);
    expect(flags[0]!.related).toEqual([{ start: 27, end: 32, message: 'see' }]);
  });

  it.each([
    ['throws', () => { throw new Error('boom'); }, /Rule probe failed on this article: boom/],
    ['reports an unknown message id', (_: unknown, ctx: { report: (p: object) => void }) => ctx.report({ messageId: 'nope', start: 0, end: 1 }), /unknown messageId "nope"/],
    ['reports outside the text', (_: unknown, ctx: { report: (p: object) => void }) => ctx.report({ messageId: 'hit', start: 0, end: 9999 }), /outside the text/],
  ])('turns a rule that %s into an internal-error flag, not a crash', (_, body, message) => {
    const flags = runRules(article, [{ rule: make(body as Rule<unknown>['check']), severity: 'error', options: {} }]);
    expect(flags).toHaveLength(1);
    expect(flags[0]!.rule).toBe('internal-error');
    expect(flags[0]!.severity).toBe('info');
    expect(flags[0]!.message).toMatch(message);
  });

  it('post-processors are small pure functions', () => {
    const f = (start: number, rule = 'a'): Flag => ({ rule, severity: 'warning', messageId: 'm', message: '', start, end: start + 1, related: [] });
    expect(sortFlags([f(5), f(1, 'b'), f(1, 'a')]).map((x) => [x.start, x.rule])).toEqual([[1, 'a'], [1, 'b'], [5, 'a']]);
    expect(dropRepeats([f(1), f(1), f(2)])).toHaveLength(2);
  });
});
