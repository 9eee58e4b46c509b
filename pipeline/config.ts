/**
 * Configuration (`claimscan.config.json` in the working directory, or `--config FILE`):
 * which rules run, at what severity, with what options. Bad configuration fails before the
 * first article, with a message naming what was given and what is allowed.
 *
 * ```json
 * { "rules": { "unsourced-claim": "off", "inconsistent-figure": ["error", { "approximateTolerance": 0.02 }],
 *              "duplicate-paragraph": { "severity": "info" } },
 *   "reference": ["prices/BTC-USD.csv", { "file": "prices/eth.csv", "symbol": "ETH", "currency": "USD" }] }
 * ```
 *
 * `reference` lists market-data files for `reference-mismatch` (pipeline/reference.ts);
 * relative paths are relative to the config file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { configFileFor } from './config-file.js';
import { RULE_IDS, RULES } from './rules/index.js';
import type { ReferenceSpec } from './reference.js';
import { SEVERITIES, type Rule } from './rules/rule.js';
import type { Severity } from './types.js';

/** A rule as configured: enabled, with its severity and validated options. */
export interface ResolvedRule {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  rule: Rule<any>;
  severity: Severity;
  options: unknown;
}

export interface ResolvedConfig {
  /** Enabled rules, in registry order. */
  rules: ResolvedRule[];
  /** The file the configuration came from, or null for the defaults. */
  file: string | null;
  /** Reference market-data files (`reference`), paths resolved; loaded by the command. */
  reference: ReferenceSpec[];
}

/** Configuration that cannot be used; the message says what was given and what is allowed. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export { DEFAULT_CONFIG_FILE } from './config-file.js';

/**
 * Reads the configuration: `file` when given (it must exist), else `claimscan.config.json`
 * in `cwd` when present, else the defaults.
 * @throws ConfigError for anything that cannot be used.
 */
export function loadConfig(file?: string, cwd = process.cwd()): ResolvedConfig {
  const candidate = configFileFor(file, cwd);
  if (!candidate) return resolveConfig({}, null);
  let raw: string;
  try {
    raw = readFileSync(candidate, 'utf8');
  } catch (err) {
    throw new ConfigError(`cannot read config ${candidate}: ${(err as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (err) {
    throw new ConfigError(`config ${candidate} is not valid JSON: ${(err as Error).message}`);
  }
  return resolveConfig(value, candidate);
}

/** Validates a parsed configuration object. */
export function resolveConfig(value: unknown, file: string | null): ResolvedConfig {
  const where = file ?? 'config';
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigError(`${where}: expected an object such as { "rules": { "unsourced-claim": "off" } }`);
  }
  const unknownTop = Object.keys(value).filter((k) => k !== 'rules' && k !== 'reference' && k !== '$schema');
  if (unknownTop.length) throw new ConfigError(`${where}: unknown key "${unknownTop[0]}"; allowed: "rules", "reference"`);
  const reference = parseReference((value as { reference?: unknown }).reference, where, file);
  const rulesValue = (value as { rules?: unknown }).rules ?? {};
  if (rulesValue === null || typeof rulesValue !== 'object' || Array.isArray(rulesValue)) {
    throw new ConfigError(`${where}: "rules" must be an object keyed by rule id, got ${JSON.stringify(rulesValue)}`);
  }
  const settings = rulesValue as Record<string, unknown>;
  const known = new Set(RULE_IDS);
  for (const id of Object.keys(settings)) {
    if (!known.has(id)) throw new ConfigError(`${where}: unknown rule "${id}"; known rules: ${[...known].join(', ')}`);
  }
  const rules: ResolvedRule[] = [];
  for (const rule of RULES) {
    const setting = parseSetting(settings[rule.id], `${where}: rules["${rule.id}"]`);
    if (setting.severity === 'off') continue;
    const parsed = rule.meta.options.safeParse(setting.options ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const key = issue.path.join('.') || (issue as { keys?: string[] }).keys?.join(', ') || '';
      const allowed = optionKeys(rule);
      const given = issue.path.length ? valueAt(setting.options, issue.path) : undefined;
      const topKey = String(issue.path[0] ?? '');
      const defaults = rule.meta.options.parse({}) as Record<string, unknown>;
      const example = topKey in defaults ? ` (default ${show(defaults[topKey])})` : '';
      throw new ConfigError(
        `${where}: rules["${rule.id}"] ${key ? `option "${key}"` : 'options'}: ${issue.message}` +
          `${given !== undefined ? `, given ${show(given)}` : ''}${example}` +
          `; allowed options: ${allowed.length ? allowed.join(', ') : '(none)'}`,
      );
    }
    rules.push({ rule, severity: setting.severity ?? rule.meta.defaultSeverity, options: parsed.data });
  }
  return { rules, file, reference };
}

/** `reference`: file names, or `{ "file", "symbol"?, "currency"? }` objects; paths relative to the config file. */
function parseReference(value: unknown, where: string, file: string | null): ReferenceSpec[] {
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  const base = file ? path.dirname(file) : process.cwd();
  return list.map((item, i) => {
    const at = `${where}: reference[${i}]`;
    const spec = typeof item === 'string' ? { file: item } : item;
    if (!spec || typeof spec !== 'object' || Array.isArray(spec)) {
      throw new ConfigError(`${at}: expected a file name or { "file": "BTC-USD.csv", "symbol": "BTC" }, got ${show(item)}`);
    }
    const { file: name, symbol, currency, ...rest } = spec as Record<string, unknown>;
    const extra = Object.keys(rest);
    if (extra.length) throw new ConfigError(`${at}: unknown key "${extra[0]}"; allowed: "file", "symbol", "currency"`);
    if (typeof name !== 'string' || !name.trim()) throw new ConfigError(`${at}: "file" must be a file name, got ${show(name)}`);
    for (const [key, v] of [['symbol', symbol], ['currency', currency]] as const) {
      if (v !== undefined && (typeof v !== 'string' || !v.trim())) throw new ConfigError(`${at}: "${key}" must be a non-empty string, got ${show(v)}`);
    }
    return { file: path.resolve(base, name), ...(symbol ? { symbol: symbol as string } : {}), ...(currency ? { currency: currency as string } : {}) };
  });
}

/** A value for a message: JSON, cut to 60 characters. */
function show(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 59)}…` : json;
}

function valueAt(root: unknown, keys: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of keys) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function optionKeys(rule: Rule<unknown>): string[] {
  const shape = (rule.meta.options as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

function parseSetting(value: unknown, where: string): { severity?: Severity | 'off'; options?: unknown } {
  const severity = (v: unknown): Severity | 'off' => {
    if (v === 'off' || (SEVERITIES as readonly unknown[]).includes(v)) return v as Severity | 'off';
    throw new ConfigError(`${where}: severity ${JSON.stringify(v)} is not one of "off", "error", "warning", "info"`);
  };
  if (value === undefined) return {};
  if (typeof value === 'string') return { severity: severity(value) };
  if (Array.isArray(value)) return { severity: severity(value[0]), options: value[1] };
  if (value && typeof value === 'object') {
    const { severity: s, options, ...rest } = value as Record<string, unknown>;
    const extra = Object.keys(rest);
    if (extra.length) throw new ConfigError(`${where}: unknown key "${extra[0]}"; allowed: "severity", "options"`);
    return { severity: s === undefined ? undefined : severity(s), options };
  }
  throw new ConfigError(`${where}: expected "off", a severity, [severity, options] or { "severity", "options" }, got ${JSON.stringify(value)}`);
}
