/**
 * The period of a results table in wire copy: the headline ("MAIL BOXES ETC <MAIL> 3RD QTR
 * JAN 31 NET", "ACME CORP <ACM> YEAR NET") and the heading lines inside the table ("Qtr ended
 * Jan 31", "Nine mths", "Year") say which period the lines below them report; the lines
 * themselves ("Shr 23 cts vs 18 cts") name none.
 *
 * A period is read as its length in months and its last month. The last month comes from an
 * end date when one is written ("3RD QTR JAN 31", "Qtr ends Dec 31"), else from the calendar:
 * the latest calendar period of that kind that ended within 100 days before publication (a
 * calendar third quarter reported in October). A fiscal period with no end date written (a
 * "3RD QTR" reported in March) gets none: guessing its months would be wrong as often as not.
 */

const MONTHS: Readonly<Record<string, number>> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 };

/** A period's kind: its length in months, and whether it is a quarter (ordinal known) or a year-to-date span. */
interface Kind {
  months: number;
  /** Calendar quarter's number (1–4) for "3RD QTR"; null for spans (six months, year). */
  quarter: number | null;
}

const ORDINAL: Readonly<Record<string, number>> = { '1st': 1, first: 1, '2nd': 2, second: 2, '3rd': 3, third: 3, '4th': 4, fourth: 4 };

/** Reads a period's kind from a headline or heading ("3RD QTR", "Nine mths", "Year", "1ST HALF"). */
function kindOf(s: string): Kind | null {
  const q = /\b(1st|2nd|3rd|4th|first|second|third|fourth)\s+(?:qtr|quarter)\b/i.exec(s);
  if (q) return { months: 3, quarter: ORDINAL[q[1]!.toLowerCase()]! };
  // a headline cut short after its ordinal: "SEACOAST BANKING CORP OF FLORIDA <SBCF.O> 3RD"
  const cut = /(?:>|\))\s+(1st|2nd|3rd|4th)\s*$/i.exec(s);
  if (cut) return { months: 3, quarter: ORDINAL[cut[1]!.toLowerCase()]! };
  if (/\b(?:qtr|quarter)\b/i.test(s)) return { months: 3, quarter: null };
  if (/\b(?:nine|9)\s+(?:mths|months)\b/i.test(s)) return { months: 9, quarter: null };
  if (/\b(?:six|6)\s+(?:mths|months)\b|\b(?:1st|first)\s+half\b|\bhalf[\s-]+year\b/i.test(s)) return { months: 6, quarter: null };
  if (/\b(?:12|twelve)\s+(?:mths|months)\b|\byear\b|\bfy\b/i.test(s)) return { months: 12, quarter: null };
  return null;
}

/** The month and day an end date names ("JAN 31", "ended Dec 31", "ends Sept 30"), or null. */
function endMonthOf(s: string): { month: number; day: number } | null {
  // ("3RD QTR FEB FIVE NET": wire headlines spell small days out)
  const m = /\b(jan|feb|mar|apr|may|jun|jul|aug|sept|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b/i.exec(s);
  if (!m) return null;
  const day = /^\d/.test(m[2]!) ? Number(m[2]) : DAY_WORDS.indexOf(m[2]!.toLowerCase()) + 1;
  return { month: MONTHS[m[1]!.toLowerCase()]!, day };
}
const DAY_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

const pad = (n: number) => String(n).padStart(2, '0');
/** Month index (year × 12 + month − 1) to `YYYY-MM`. */
const ym = (i: number) => `${Math.floor(i / 12)}-${pad((i % 12) + 1)}`;

/**
 * The period `[time, timeEnd]` (`YYYY-MM` each) a results table's line reports, given the
 * headline and the table's heading lines before it (nearest last), or null when it cannot be
 * told. `published` is the story's date (ISO).
 */
export function resultsPeriod(headline: string, headings: readonly string[], published: string | null): { time: string; timeEnd: string } | null {
  const pub = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published) : null;
  if (!pub) return null;
  const pubIndex = Number(pub[1]) * 12 + Number(pub[2]) - 1;
  const pubDay = Number(pub[3]);
  // the nearest heading that names a period wins; the headline speaks for the table's first block
  const heading = [...headings].reverse().find((h) => kindOf(h));
  const kind = heading ? kindOf(heading)! : kindOf(headline);
  if (!kind) return null;
  // an end date: in the heading, else (for the headline's own period) the headline, else any heading line ("Qtr ended Jan 31")
  const endMonth = (heading ? endMonthOf(heading) : null) ?? (!heading || heading === headline ? endMonthOf(headline) : null) ?? headings.map(endMonthOf).find((m) => m !== null) ?? endMonthOf(headline);
  let end: number | null = null;
  if (endMonth !== null) {
    // the latest such end date on or before publication ("3RD QTR OCT 2" reported on October 20 ended that month)
    end = Math.floor(pubIndex / 12) * 12 + endMonth.month - 1;
    if (end > pubIndex || (end === pubIndex && endMonth.day > pubDay)) end -= 12;
  } else {
    // the calendar: the latest period of that kind that ended within 100 days of publication
    const quarterEnds = kind.quarter !== null ? [kind.quarter * 3] : kind.months === 12 ? [12] : kind.months === 9 ? [9] : kind.months === 6 ? [6] : [3, 6, 9, 12];
    for (let back = 1; back <= 4; back++) {
      const candidate = pubIndex - back;
      if (!quarterEnds.includes((candidate % 12) + 1)) continue;
      const daysSince = (back - 1) * 30.4 + pubDay;
      if (daysSince <= 100) end = candidate;
      break;
    }
  }
  if (end === null) return null;
  return { time: ym(end - kind.months + 1), timeEnd: ym(end) };
}

/** A heading line of a results table: a short line that names a period and no figure ("Nine mths", "Qtr ended Jan 31"). */
export function isResultsHeading(line: string): boolean {
  const s = line.trim();
  // (or the table's end date alone: "Ended Jan 31", "Period ended May 31")
  return s.length > 0 && s.length <= 40 && (kindOf(s) !== null || (ENDED_LINE.test(s) && endMonthOf(s) !== null)) && !/(?<![\d.,])\d+(?:[.,]\d+)?\s*(?:cts|dlrs|mln|pct|%)|\bvs\.?\s/i.test(s);
}
const ENDED_LINE = /^(?:(?:the\s+)?(?:period|periods|qtr|quarter|year|fiscal\s+year)\s+)?(?:ended|ending|ends)\s/i;
