/**
 * Front matter: a `---` YAML block opening a `.md` or `.txt` draft, so a file can carry what a
 * JSON record would (Jekyll, Hugo and most static-site tools write drafts this way):
 *
 * ```
 * ---
 * title: Gold hits a record as central banks buy
 * published: 2025-06-04T14:30:00Z
 * publisher: Ledger Street
 * url: https://example.com/gold
 * ---
 * ```
 *
 * The block is parsed with `yaml` (the YAML 1.2 reference implementation for JavaScript);
 * `id`, `title`, `published`, `publisher` and `url` are read, other keys are left alone. The
 * block is blanked (spaces, its line breaks kept) rather than cut, so line numbers and offsets
 * into the file stay those of the file.
 */
import { parse } from 'yaml';

/** The record fields front matter may set. */
export const FRONT_MATTER_FIELDS = ['id', 'title', 'published', 'publisher', 'url'] as const;
export type FrontMatterField = (typeof FRONT_MATTER_FIELDS)[number];

export interface FrontMatter {
  fields: Partial<Record<FrontMatterField, string>>;
  /** The file with the block blanked: same length, same lines. */
  content: string;
}

/** A block starts on the file's first line (after a byte-order mark) and ends at the next `---` or `...` line. */
const OPEN = /^(\uFEFF?)---[ \t]*(\r\n|\r|\n)/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;

/** At most this much of a file is read as front matter: a block is a few lines, not a document. */
const MAX_BLOCK = 64 * 1024;

export class FrontMatterError extends Error {}

/**
 * Reads the front matter of `content`, or returns null when it has none. Throws a
 * FrontMatterError naming the problem (unclosed block, invalid YAML, a field that is not a
 * string or date) for the caller to prefix with the file.
 */
export function readFrontMatter(content: string): FrontMatter | null {
  const open = OPEN.exec(content);
  if (!open) return null;
  const from = open[0].length;
  const close = CLOSE.exec(content.slice(from, from + MAX_BLOCK));
  if (!close) throw new FrontMatterError(`front matter: the "---" block opened on line 1 is not closed by a "---" line within ${MAX_BLOCK / 1024} kB`);
  const yamlText = content.slice(from, from + close.index);
  const end = from + close.index + close[0].length;
  let value: unknown;
  try {
    value = parse(yamlText, { schema: 'core', maxAliasCount: 16, uniqueKeys: true });
  } catch (err) {
    const line = (err as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    const message = (err as Error).message.split('\n')[0]!.replace(/\s+at line \d+, column \d+:?$/, '');
    throw new FrontMatterError(`front matter${line ? ` line ${line + 1}` : ''}: ${message}`);
  }
  if (value !== null && value !== undefined && (typeof value !== 'object' || Array.isArray(value))) {
    throw new FrontMatterError('front matter: expected "key: value" lines');
  }
  const fields: FrontMatter['fields'] = {};
  for (const key of FRONT_MATTER_FIELDS) {
    const v = (value as Record<string, unknown> | null)?.[key];
    if (v === undefined || v === null) continue;
    if (typeof v === 'string') fields[key] = v.trim();
    else if (typeof v === 'number' && key === 'id') fields[key] = String(v);
    else if (v instanceof Date) fields[key] = v.toISOString();
    else throw new FrontMatterError(`front matter: field "${key}" must be text, not ${Array.isArray(v) ? 'a list' : typeof v}`);
  }
  const blanked = content.slice(0, end).replace(/[^\r\n\uFEFF]/g, ' ');
  return { fields, content: blanked + content.slice(end) };
}
