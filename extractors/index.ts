/**
 * The extractor registry: every extractor, in the order they run. A later extractor sees
 * the lists of the earlier ones (`context.mentions`), so figures run before the entities
 * and sources that refer to them.
 */
import type { MentionKind } from '../pipeline/types.js';
import type { Extractor } from './extractor.js';
import { percentages } from './percentages.js';

export const EXTRACTORS: readonly Extractor<MentionKind>[] = [percentages];

export type { Extractor, ExtractContext, LiveParagraph } from './extractor.js';
