/**
 * schema.org ClaimReview JSON-LD for a flagged claim (`claimscan export --format
 * claimreview`): what claimscan found wrong with a claim, in the vocabulary fact-checkers
 * publish (https://schema.org/ClaimReview). Pure: one export row in, one object out.
 *
 * - `claimReviewed`: the claim sentence; `itemReviewed`: a `Claim` with its `appearance`
 *   (the article: url, headline, publisher, date), `author` (the article's author, else its
 *   publisher) and `datePublished`;
 * - `reviewRating`: 1 (an error-severity flag), 2 (a warning) or 3 (information only) out of
 *   5, with `alternateName` saying what is wrong ("Contradicted by another report: …") and
 *   `ratingExplanation` listing every flag;
 * - `url`: the claim in its article, as a text-fragment link (claimscan hosts no review page);
 *   `author`: the reviewer (`--author`, default claimscan); `datePublished`: the day the
 *   article was checked;
 * - `claimscan:flags` and `claimscan:claim`: rule ids, message ids and offsets, in an
 *   extension property outside schema.org (consumers of schema.org ignore it).
 */

/** A row of the `claim_export` view. */
export interface ExportRow {
  claim_id: number;
  article_id: number;
  title: string | null;
  publisher: string | null;
  published: string | null;
  url: string | null;
  author: string | null;
  checked_at: string | null;
  start: number;
  end: number;
  claim: string;
  subject: string | null;
  measure: string | null;
  time: string | null;
  /** JSON array of `{ rule, severity, message_id, message, start, end, text }`. */
  flags: string;
}

export interface ClaimReviewOptions {
  /** The reviewer named as the review's author. Default `claimscan`. */
  reviewer?: string;
}

interface ExportFlag {
  rule: string;
  severity: string;
  message_id: string | null;
  message: string;
  start: number;
  end: number;
  text: string;
}

/** What is wrong, by rule, for `reviewRating.alternateName`. */
const VERDICTS: Readonly<Record<string, string>> = {
  'arithmetic-mismatch': 'Its own numbers do not add up',
  'conflicting-report': 'Contradicted by another report',
  'duplicate-paragraph': 'Repeated',
  'inconsistent-figure': 'Contradicts a figure stated earlier',
  'reference-mismatch': 'Contradicted by market data',
  'timezone-mismatch': 'Impossible time zone for the date',
  'unsourced-claim': 'Unsourced',
};
const RATING: Readonly<Record<string, number>> = { error: 1, warning: 2, info: 3 };

/** A text-fragment link to the claim in its article (`#:~:text=start,end`). */
export function claimLink(url: string, claim: string): string {
  const words = claim.replace(/\s+/g, ' ').trim().split(' ');
  const enc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D');
  const fragment = words.length <= 10 ? enc(words.join(' ')) : `${enc(words.slice(0, 5).join(' '))},${enc(words.slice(-5).join(' '))}`;
  return `${url.replace(/#.*$/, '')}#:~:text=${fragment}`;
}

/** The ClaimReview of one flagged claim; null for a claim without flags. */
export function claimReviewOf(row: ExportRow, options: ClaimReviewOptions = {}): Record<string, unknown> | null {
  const flags = (JSON.parse(row.flags) as ExportFlag[]).sort((a, b) => (RATING[a.severity] ?? 4) - (RATING[b.severity] ?? 4));
  if (!flags.length) return null;
  const worst = flags[0]!;
  const publisher = row.publisher ? { '@type': 'Organization', name: row.publisher } : undefined;
  const claimAuthor = row.author ? { '@type': 'Person', name: row.author } : publisher;
  const appearance: Record<string, unknown> = { '@type': 'NewsArticle' };
  if (row.url) appearance.url = row.url;
  if (row.title) appearance.headline = row.title;
  if (row.published) appearance.datePublished = row.published;
  if (publisher) appearance.publisher = publisher;
  const itemReviewed: Record<string, unknown> = { '@type': 'Claim', appearance };
  if (claimAuthor) itemReviewed.author = claimAuthor;
  if (row.published) itemReviewed.datePublished = row.published;
  const review: Record<string, unknown> = { '@context': 'https://schema.org', '@type': 'ClaimReview' };
  if (row.url) review.url = claimLink(row.url, row.claim);
  Object.assign(review, {
    claimReviewed: row.claim,
    author: { '@type': 'Organization', name: options.reviewer ?? 'claimscan' },
    ...(row.checked_at ? { datePublished: row.checked_at.slice(0, 10) } : {}),
    reviewRating: {
      '@type': 'Rating',
      ratingValue: RATING[worst.severity] ?? 3,
      bestRating: 5,
      worstRating: 1,
      alternateName: `${VERDICTS[worst.rule] ?? worst.rule}: ${worst.message}`,
      ratingExplanation: flags.map((f) => `${f.severity} (${f.rule}): ${f.message}`).join('\n'),
    },
    itemReviewed,
    'claimscan:claim': { articleId: row.article_id, claimId: row.claim_id, start: row.start, end: row.end, subject: row.subject, measure: row.measure, time: row.time },
    'claimscan:flags': flags.map((f) => ({ rule: f.rule, severity: f.severity, messageId: f.message_id, message: f.message, start: f.start, end: f.end, text: f.text })),
  });
  return review;
}
