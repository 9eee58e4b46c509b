/**
 * money: not written yet (placeholder so the registry order is fixed; the extractor issue
 * replaces this file). Returns nothing.
 */
import type { Extractor } from './extractor.js';

export const money: Extractor<'money'> = {
  id: 'money',
  version: '0.0.0',
  kind: 'money',
  description: 'placeholder',
  extract() {
    return [];
  },
};
