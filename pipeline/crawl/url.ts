/**
 * URLs as the frontier keys them: fragment dropped, tracking parameters stripped, so the same
 * article reached from a feed (`?utm_source=rss`) and a sitemap is one URL.
 */

/** Query parameters that only say where a click came from (campaign and click ids). */
const TRACKING = new RegExp(
  '^(?:utm_[a-z0-9_]+|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|yclid|twclid|ttclid|li_fat_id|igshid|mc_cid|mc_eid|_hsenc|_hsmi|__hstc|__hssc|__hsfp|' +
    'mkt_tok|oly_anon_id|oly_enc_id|vero_id|vero_conv|rb_clickid|s_cid|ncid|cmpid|ocid|sr_share|ref_src|ref_url|guccounter|guce_referrer|guce_referrer_sig|' +
    'at_medium|at_campaign|at_custom\\d|wt_mc|wt\\.mc_id|cid_source|__twitter_impression|spm|smid|taid)$',
  'i',
);

/** True for a query parameter name that only tracks a click. */
export const isTrackingParameter = (name: string): boolean => TRACKING.test(name);

/**
 * The frontier form of `raw` (resolved against `base`): http(s) only, fragment dropped,
 * tracking parameters removed (the others keep their order). Null for anything else.
 */
export function normalizeUrl(raw: string, base?: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  for (const name of [...new Set(url.searchParams.keys())]) if (TRACKING.test(name)) url.searchParams.delete(name);
  if (url.search === '?') url.search = '';
  return url.href;
}

/** The politeness unit of a URL: its host and port (`news.example`, `127.0.0.1:8080`). */
export const hostOf = (url: string): string => new URL(url).host;

/** The origin's robots.txt URL. */
export const robotsUrl = (url: string): string => new URL('/robots.txt', url).href;
