/**
 * The schema.org `articleBody` a page states in its JSON-LD, used as a second opinion on
 * the body chosen from the DOM. When the two agree, long blocks it holds that the DOM
 * choice left out (a lead outside the body element) come back. Blocks it lacks are kept:
 * on the Zyte pages `articleBody` often leaves out embedded posts and leads that belong to
 * the article. When they do not agree (an excerpt, another article, a stale copy) it is
 * ignored. When the DOM gives next to nothing (a page that renders its body with
 * scripts), it stands in for the body.
 */
import type { RemovedBlock } from '../types.js';
import type { Block } from './blocks.js';
import { comparable } from './dom.js';

/** `articleBody` shorter than this is an excerpt, not a body. */
const MIN_LENGTH = 200;
/** Agreement: at least this share of the chosen text is in `articleBody`, and of `articleBody` in the chosen text. */
const AGREEMENT = 0.7;
/** A block left out of the DOM choice comes back only when at least this long. */
const RECOVER_MIN = 80;
/** Below this much chosen text, `articleBody` replaces the DOM choice. */
const FALLBACK_BELOW = 100;

export interface LdChoice {
  /** Body paragraphs: blocks, or text from `articleBody` when it stood in. */
  kept: (Block | string)[];
  removed: RemovedBlock[];
  /** `articleBody` stood in for the DOM's choice. */
  replaced: boolean;
}

/** Checks the DOM's choice against `articleBody`. */
export function reconcileWithLdBody(blocks: readonly Block[], kept: readonly Block[], removed: readonly RemovedBlock[], ldBody: string | null): LdChoice {
  if (!ldBody || ldBody.length < MIN_LENGTH) return { kept: [...kept], removed: [...removed], replaced: false };
  const ld = comparable(ldBody);
  const keptChars = kept.reduce((n, b) => n + b.text.length, 0);
  if (keptChars < FALLBACK_BELOW) return { kept: ldParagraphs(ldBody), removed: [...removed, ...kept.map((b) => ({ text: b.text, reason: 'replaced-by-articleBody' }))], replaced: true };
  let found = 0;
  for (const b of kept) {
    const t = comparable(b.text);
    if (t && ld.includes(t)) found += t.length;
  }
  const share = found / Math.max(1, comparable(kept.map((b) => b.text).join(' ')).length);
  const coverage = found / Math.max(1, ld.length);
  if (share < AGREEMENT || coverage < AGREEMENT) return { kept: [...kept], removed: [...removed], replaced: false };
  const keptSet = new Set(kept);
  const out: Block[] = [];
  const recovered = new Set<string>();
  for (const b of blocks) {
    if (keptSet.has(b)) out.push(b);
    else if (b.text.length >= RECOVER_MIN && ld.includes(comparable(b.text))) {
      out.push(b);
      recovered.add(b.text);
    }
  }
  return { kept: out, removed: recovered.size ? removed.filter((r) => !recovered.has(r.text)) : [...removed], replaced: false };
}

/** `articleBody` as paragraphs: its own line breaks when it has them. */
export function ldParagraphs(ldBody: string): string[] {
  return ldBody.split(/\s*\n\s*/).filter(Boolean);
}
