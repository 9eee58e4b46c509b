/**
 * timestamps: not written yet (placeholder so the registry order is fixed; the extractor issue
 * replaces this file). Returns nothing.
 */
import type { Extractor } from './extractor.js';

export const timestamps: Extractor<'timestamps'> = {
  id: 'timestamps',
  version: '0.0.0',
  kind: 'timestamps',
  description: 'placeholder',
  extract() {
    return [];
  },
};
