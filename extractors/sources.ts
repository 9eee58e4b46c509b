/**
 * sources: not written yet (placeholder so the registry order is fixed; the extractor issue
 * replaces this file). Returns nothing.
 */
import type { Extractor } from './extractor.js';

export const sources: Extractor<'sources'> = {
  id: 'sources',
  version: '0.0.0',
  kind: 'sources',
  description: 'placeholder',
  extract() {
    return [];
  },
};
