import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, resolveConfig } from '../pipeline/config.js';
import { RULES } from '../pipeline/rules/index.js';

describe('resolveConfig', () => {
  it('enables every rule at its default severity by default', () => {
    const config = resolveConfig({}, null);
    expect(config.rules.map((r) => [r.rule.id, r.severity])).toEqual(RULES.map((r) => [r.id, r.meta.defaultSeverity]));
  });

  it.each([
    { setting: 'off', expect: undefined },
    { setting: 'error', expect: 'error' },
    { setting: ['info', {}], expect: 'info' },
    { setting: { severity: 'error' }, expect: 'error' },
    { setting: { options: {} }, expect: RULES.find((r) => r.id === 'duplicate-paragraph')!.meta.defaultSeverity },
  ])('duplicate-paragraph: $setting', ({ setting, expect: want }) => {
    const config = resolveConfig({ rules: { 'duplicate-paragraph': setting } }, null);
    expect(config.rules.find((r) => r.rule.id === 'duplicate-paragraph')?.severity).toBe(want);
  });

  it.each([
    { value: { rules: { 'no-such-rule': 'off' } }, message: /unknown rule "no-such-rule"; known rules: duplicate-paragraph/ },
    { value: { rules: { 'duplicate-paragraph': 'fatal' } }, message: /severity "fatal" is not one of "off", "error", "warning", "info"/ },
    { value: { rules: { 'duplicate-paragraph': ['warning', { nope: 1 }] } }, message: /rules\["duplicate-paragraph"\] option .*nope.*allowed options: \(none\)/ },
    { value: { rules: { 'duplicate-paragraph': { level: 'error' } } }, message: /unknown key "level"; allowed: "severity", "options"/ },
    { value: { rule: {} }, message: /unknown key "rule"; allowed: "rules"/ },
    { value: [], message: /expected an object/ },
    { value: { rules: [] }, message: /"rules" must be an object/ },
    {
      value: { rules: { 'no-such-rule': 'off' } },
      message: /known rules: duplicate-paragraph, unsourced-claim, inconsistent-figure, arithmetic-mismatch, timezone-mismatch/,
    },
    {
      value: { rules: { 'unsourced-claim': ['warning', { scope: ['sentence'] }] } },
      message: /rules\["unsourced-claim"\] option "scope": .*allowed options: scopes, ignoreHypothetical, ignoreRepeats/,
    },
    {
      value: { rules: { 'arithmetic-mismatch': ['error', { approximateTolerance: 'x' }] } },
      message: /option "approximateTolerance": .*expected number.*given "x" \(default 0.05\); allowed options: checks, approximateTolerance, hedgeUnits, multipleTolerance/,
    },
    {
      value: { rules: { 'arithmetic-mismatch': { options: { checks: ['erased', 'nope'] } } } },
      message: /option "checks.1": .*"percent-change".*given "nope" \(default \["percent-change"/,
    },
    { value: { rules: { 'timezone-mismatch': ['error', { zones: ['XYZ'] }] } }, message: /option "zones.0": .*"EST".*given "XYZ"/ },
    { value: { rules: { 'inconsistent-figure': ['error', 5] } }, message: /rules\["inconsistent-figure"\] options: .*expected object/ },
  ])('rejects $value', ({ value, message }) => {
    expect(() => resolveConfig(value, 'claimscan.config.json')).toThrow(ConfigError);
    expect(() => resolveConfig(value, 'claimscan.config.json')).toThrow(message);
  });
});

describe('resolveConfig with rule options', () => {
  it('fills defaults and keeps what is given', () => {
    const config = resolveConfig({ rules: { 'arithmetic-mismatch': ['warning', { checks: ['erased'] }], 'unsourced-claim': 'off' } }, null);
    const arithmetic = config.rules.find((r) => r.rule.id === 'arithmetic-mismatch')!;
    expect(arithmetic.severity).toBe('warning');
    expect(arithmetic.options).toEqual({ checks: ['erased'], approximateTolerance: 0.05, hedgeUnits: 5, multipleTolerance: 0.1 });
    expect(config.rules.some((r) => r.rule.id === 'unsourced-claim')).toBe(false);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s: its defaults are valid options', (_, rule) => {
    expect(rule.meta.options.safeParse(rule.meta.options.parse({})).success).toBe(true);
  });

  it('default severities: errors only where a flag is certain (arithmetic, calendar, the user\'s own market data)', () => {
    expect(Object.fromEntries(RULES.map((r) => [r.id, r.meta.defaultSeverity]))).toEqual({
      'duplicate-paragraph': 'warning',
      'unsourced-claim': 'warning',
      'inconsistent-figure': 'warning',
      'arithmetic-mismatch': 'error',
      'timezone-mismatch': 'error',
      'conflicting-report': 'warning',
      'reference-mismatch': 'error',
      'thin-body': 'warning',
    });
  });
});

describe('loadConfig', () => {
  it('reads claimscan.config.json from the working directory, or the file given', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'claimscan-config-'));
    try {
      expect(loadConfig(undefined, dir).file).toBeNull();
      writeFileSync(path.join(dir, 'claimscan.config.json'), JSON.stringify({ rules: { 'duplicate-paragraph': 'off' } }));
      const found = loadConfig(undefined, dir);
      expect(found.file).toBe(path.join(dir, 'claimscan.config.json'));
      expect(found.rules.some((r) => r.rule.id === 'duplicate-paragraph')).toBe(false);
      writeFileSync(path.join(dir, 'broken.json'), '{ rules: ');
      expect(() => loadConfig(path.join(dir, 'broken.json'))).toThrow(/broken\.json is not valid JSON/);
      expect(() => loadConfig(path.join(dir, 'absent.json'))).toThrow(/cannot read config .*absent\.json/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the README', () => {
  it("shows a configuration example that claimscan accepts", async () => {
    const { readFileSync } = await import('node:fs');
    const { ROOT } = await import('./helpers.js');
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Configuration'));
    const example = /```json\n([\s\S]*?)```/.exec(section)?.[1];
    expect(example).toBeDefined();
    const config = resolveConfig(JSON.parse(example!), 'README.md');
    expect(config.rules.some((r) => r.rule.id === 'unsourced-claim')).toBe(false);
  });
});
