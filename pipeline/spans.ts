/** Small pure helpers over `[start, end)` spans, shared by the link stage and the rules. */
import type { Span } from './types.js';

/**
 * The items of `sorted` (ordered by `start`) that lie wholly inside `span`, found by binary
 * search: per sentence over an article's mentions without scanning them all.
 */
export function inSpan<T extends Span>(sorted: readonly T[], span: Span): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.start < span.end; i++) if (sorted[i]!.end <= span.end) out.push(sorted[i]!);
  return out;
}

/** Characters between two spans (0 when they touch or overlap). */
export const spanDistance = (a: Span, b: Span): number => (a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0);
