/**
 * The README's rules table is generated from the rules' meta (bench/rules-table.ts); this
 * fails when it is stale. Fix: `npx tsx bench/rules-table.ts --write`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { currentTable, README, renderRulesTable, withTable } from '../../bench/rules-table.js';
import { RULES } from '../../pipeline/rules/index.js';

describe('README rules table', () => {
  it('lists every rule with its default severity', () => {
    const table = renderRulesTable();
    for (const rule of RULES) expect(table).toMatch(new RegExp(`\\| \`${rule.id}\` \\| ${rule.meta.defaultSeverity} \\|`));
  });

  it('replaces only the region between the markers', () => {
    const readme = 'intro\n<!-- rules-table:start -->\nold\n<!-- rules-table:end -->\noutro\n';
    expect(withTable(readme, 'NEW')).toBe('intro\n<!-- rules-table:start -->\nNEW\n<!-- rules-table:end -->\noutro\n');
    expect(() => withTable('no markers', 'x')).toThrow(/no <!-- rules-table:start -->/);
  });

  it('is up to date in README.md (run `npx tsx bench/rules-table.ts --write`)', () => {
    expect(currentTable(readFileSync(README, 'utf8'))).toBe(renderRulesTable().trim());
  });
});
