/**
 * quantities: not written yet (placeholder so the registry order is fixed; the extractor issue
 * replaces this file). Returns nothing.
 */
import type { Extractor } from './extractor.js';

export const quantities: Extractor<'quantities'> = {
  id: 'quantities',
  version: '0.0.0',
  kind: 'quantities',
  description: 'placeholder',
  extract() {
    return [];
  },
};
