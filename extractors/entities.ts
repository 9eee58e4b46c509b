/**
 * entities: not written yet (placeholder so the registry order is fixed; the extractor issue
 * replaces this file). Returns nothing.
 */
import type { Extractor } from './extractor.js';

export const entities: Extractor<'entities'> = {
  id: 'entities',
  version: '0.0.0',
  kind: 'entities',
  description: 'placeholder',
  extract() {
    return [];
  },
};
