/**
 * Every rule's own examples run as its tests: `ok` texts get no flag from the rule,
 * `flagged` texts get exactly the expected flags (message id, and a snippet of the span).
 */
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../pipeline/analyze.js';
import { resolveConfig } from '../pipeline/config.js';
import { RULES } from '../pipeline/rules/index.js';
import type { RuleExample } from '../pipeline/rules/rule.js';

function flagsFor(ruleId: string, example: RuleExample) {
  const config = resolveConfig({ rules: { [ruleId]: ['warning', example.options ?? {}] } }, null);
  const analyze = createAnalyzer(config);
  const report = analyze({ text: example.text, title: example.title, published: example.published }, { input: 'example' });
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
    got.forEach((g, i) => expect(g.text).toContain(want[i]!.text));
    for (const g of got) expect(rule.meta.messages[g.messageId!]).toBeDefined();
  });
});
