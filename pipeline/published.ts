/**
 * Publication dates as feeds, sitemaps and records write them, read into ISO-8601: W3C /
 * ISO-8601 datetimes (`2025-05-28`, `2025-05-28T10:00:00+01:00`), the SQL-like
 * `2025-05-28 10:00:00` of many feeds, and RFC 2822 (`Wed, 28 May 2025 10:00:00 GMT`) of
 * RSS. A date that does not exist (2025-02-30, 25:00) is not read.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** RFC 2822 §4.3 zone names (and the military letter zones are ignored: "-0000", unknown). */
const ZONES: Record<string, string> = { gmt: 'Z', ut: 'Z', utc: 'Z', z: 'Z', est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00' };

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s?(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/i;
const RFC2822 = /^(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([+-]\d{4}|[a-z]{1,3}))?$/i;

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function valid(year: number, month = 1, day = 1, hour = 0, minute = 0, second = 0): boolean {
  return year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month) && hour <= 23 && minute <= 59 && second <= 60;
}

const pad = (n: number) => String(n).padStart(2, '0');

function offset(zone: string | undefined): string | null {
  if (!zone) return '';
  const lower = zone.toLowerCase();
  if (ZONES[lower]) return ZONES[lower]!;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return null;
  if (Number(m[2]) > 23 || Number(m[3] ?? 0) > 59) return null;
  return m[2] === '00' && (m[3] ?? '00') === '00' && m[1] === '+' ? 'Z' : `${m[1]}${m[2]}:${m[3] ?? '00'}`;
}

/**
 * The ISO-8601 form of a publication date, or null when it cannot be read. ISO input keeps
 * its precision and zone (a space between date and time becomes `T`); RFC 2822 becomes
 * `YYYY-MM-DDTHH:MM:SS` with its offset (`Z` for GMT/UT).
 */
export function readPublished(raw: string): string | null {
  const given = raw.trim();
  let m = ISO.exec(given);
  if (m) {
    const [, y, mo, d, h, mi, s, , zone] = m;
    if (!valid(Number(y), mo ? Number(mo) : 1, d ? Number(d) : 1, Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0))) return null;
    if (zone && offset(zone) === null) return null;
    return given.replace(/^(\d{4}-\d{2}-\d{2}) (?=\d)/, '$1T').replace(/(\d) (?=[Z+-])/i, '$1');
  }
  m = RFC2822.exec(given);
  if (m) {
    const [, d, mon, y, h, mi, s, zone] = m;
    const month = MONTHS.indexOf(mon!.toLowerCase()) + 1;
    // RFC 2822 §4.3: a two-digit year is 19xx from 50 on, 20xx below.
    const year = y!.length === 2 ? (Number(y) >= 50 ? 1900 : 2000) + Number(y) : Number(y);
    if (month === 0 || !valid(year, month, Number(d), Number(h), Number(mi), Number(s ?? 0))) return null;
    const zoneIso = offset(zone);
    if (zoneIso === null) return null;
    return `${year}-${pad(month)}-${pad(Number(d))}T${pad(Number(h))}:${mi}:${s ?? '00'}${zoneIso}`;
  }
  return null;
}

/** Milliseconds since the epoch of a date {@link readPublished} gave (a date without zone is read as UTC), or NaN. */
export function publishedTime(iso: string): number {
  const withDay = /^\d{4}$/.test(iso) ? `${iso}-01-01` : /^\d{4}-\d{2}$/.test(iso) ? `${iso}-01` : iso;
  const zoned = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/.test(withDay) ? `${withDay}Z` : withDay;
  return Date.parse(zoned);
}
