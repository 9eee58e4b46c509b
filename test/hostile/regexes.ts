/**
 * Every regular expression of the extractors and the rules, collected without a list to
 * keep up to date: the regex literals of `extractors/**` and `pipeline/rules/**` (parsed
 * with the TypeScript compiler), and every `new RegExp(…)` those modules build, caught by
 * wrapping the RegExp constructor while they load and while they analyse the samples.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

// Not from ../helpers.js: that loads the pipeline, which must load only once RegExp is wrapped.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const REGEX_DIRS = ['extractors', path.join('pipeline', 'rules'), path.join('pipeline', 'frames')];

export interface FoundRegex {
  source: string;
  flags: string;
  /** `file:line` of a literal, or the file that built it at run time. */
  where: string;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return tsFiles(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

/** The regex literals written in the source files. */
export function literalRegexes(): FoundRegex[] {
  const found: FoundRegex[] = [];
  for (const dir of REGEX_DIRS) {
    for (const file of tsFiles(path.join(ROOT, dir))) {
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
      const visit = (node: ts.Node) => {
        if (ts.isRegularExpressionLiteral(node)) {
          const text = node.text;
          const slash = text.lastIndexOf('/');
          const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
          found.push({ source: text.slice(1, slash), flags: text.slice(slash + 1), where: `${path.relative(ROOT, file)}:${line}` });
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  }
  return found;
}

/**
 * Runs `load` (which should import the modules and exercise them) with the RegExp
 * constructor wrapped, and returns the regexes built from files under {@link REGEX_DIRS}.
 */
export async function builtRegexes(load: () => Promise<void>): Promise<FoundRegex[]> {
  const original = globalThis.RegExp;
  const found: FoundRegex[] = [];
  const dirs = REGEX_DIRS.map((d) => `${path.sep}${d}${path.sep}`);
  const note = (re: RegExp) => {
    const stack = new Error().stack ?? '';
    // The direct caller decides: a library's own regexes (chrono's, built while our code
    // calls it) are not ours to fix.
    const caller = stack
      .split('\n')
      .slice(1)
      .map((line) => /([^\s()]+\.[cm]?[jt]s):(\d+)/.exec(line))
      .find((at) => at && !at[1]!.endsWith(path.join('test', 'hostile', 'regexes.ts')));
    if (caller && dirs.some((d) => caller[1]!.includes(path.join(ROOT, d.slice(1))))) {
      found.push({ source: re.source, flags: re.flags, where: `${path.relative(ROOT, caller[1]!)}:${caller[2]} (built)` });
    }
    return re;
  };
  const tracking: RegExpConstructor = new Proxy(original, {
    construct: (target, args, newTarget): RegExp => note(Reflect.construct(target, args, newTarget === tracking ? target : newTarget) as RegExp),
    apply: (target, thisArg, args): RegExp => note(Reflect.apply(target, thisArg, args) as RegExp),
  });
  globalThis.RegExp = tracking;
  try {
    await load();
  } finally {
    globalThis.RegExp = original;
  }
  return found;
}

/** Unique by source and flags (the first place each was seen). */
export function unique(regexes: readonly FoundRegex[]): FoundRegex[] {
  const seen = new Map<string, FoundRegex>();
  for (const r of regexes) {
    const key = `/${r.source}/${r.flags}`;
    if (!seen.has(key)) seen.set(key, r);
  }
  return [...seen.values()];
}
