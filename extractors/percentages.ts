/**
 * Percentages: `2.3%`, `2.3 percent`, `35 pct`, `-1.5%`. Percentage points and basis
 * points are not percentages (they are quantities).
 */
import type { Percentage } from '../pipeline/types.js';
import type { Extractor } from './extractor.js';

const PERCENT = /(?<![\w.$])([-+−]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s?(%|per ?cent\b|pct\b)(?!\s*points?\b)/gi;

export const percentages: Extractor<'percentages'> = {
  id: 'percentages',
  version: '0.1.0',
  kind: 'percentages',
  description: 'Percentages (2.3%, 2.3 percent, 35 pct) with their value in percent.',
  extract({ paragraphs }) {
    const out: Percentage[] = [];
    for (const p of paragraphs) {
      for (const m of p.text.matchAll(PERCENT)) {
        const sign = m[1] === '-' || m[1] === '−' ? -1 : 1;
        const value = sign * Number(`${m[2]!.replace(/,/g, '')}${m[3] ?? ''}`);
        const start = p.start + m.index!;
        out.push({ start, end: start + m[0].length, text: m[0], value });
      }
    }
    return out;
  },
};
