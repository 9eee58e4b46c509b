/**
 * The extractor registry: every extractor, in the order they run. A later extractor sees
 * the lists of the earlier ones (`context.mentions`): figures first, then time stamps and
 * entities, then the sources that refer to them.
 */
import type { MentionKind } from '../pipeline/types.js';
import { entities } from './entities.js';
import type { Extractor } from './extractor.js';
import { money } from './money.js';
import { percentages } from './percentages.js';
import { quantities } from './quantities.js';
import { sources } from './sources.js';
import { timestamps } from './timestamps.js';

export const EXTRACTORS: readonly Extractor<MentionKind>[] = [money, percentages, quantities, timestamps, entities, sources];

/** Which extractor (id and version) fills each report list: provenance stored with every mention. */
export const EXTRACTOR_VERSIONS: Readonly<Partial<Record<MentionKind, { id: string; version: string }>>> = Object.fromEntries(
  EXTRACTORS.map((e) => [e.kind, { id: e.id, version: e.version }]),
);

export type { Extractor, ExtractContext, LiveParagraph } from './extractor.js';
