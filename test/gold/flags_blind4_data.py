"""Articles, gold flags and arithmetic checks for flags-blind4.jsonl (see build_flags_blind4.py).

Every company, person, broker, data firm and figure is invented. Each article:
  id, kind ('plant' or 'clean'), title, published, publisher, url, summary,
  paras: paragraphs (one line each, joined with one blank line),
  dups: opening words of near-copy paragraphs,
  flags: gold items {rule, text, optional?},
  checks: relations the builder recomputes (kinds pct, net, prod, share, ratio, expr, cover, same,
          distinct, tz); planted ones name the required item in `flag`,
  named: (articles without a source line) the named sources whose presence sources a line.
"""
from fractions import Fraction

A, I, T, U, D = "arithmetic-mismatch", "inconsistent-figure", "timezone-mismatch", "unsourced-claim", "duplicate-paragraph"


def f(rule, text, optional=False):
    d = {"rule": rule, "text": text}
    if optional:
        d["optional"] = True
    return d


def tz(desc, zone, date, time, planted=False, flag=None):
    c = {"kind": "tz", "desc": desc, "zone": zone, "date": date, "time": time, "planted": planted}
    if flag:
        c["flag"] = flag
    return c


def ck(kind, desc, planted=False, flag=None, **kw):
    c = {"kind": kind, "desc": desc, "planted": planted, **kw}
    if flag:
        c["flag"] = flag
    return c


ARTICLES = [
    # ------------------------------------------------------------------ b4-01 insurance results
    {
        "id": "b4-01", "kind": "plant",
        "title": "Harrowgate Insurance first-quarter profit falls as wildfire claims mount",
        "published": "2025-04-30", "publisher": "Meridian Newswire",
        "url": "https://meridian-newswire.example/insurance/harrowgate-q1-2025",
        "summary": "Wire insurance results: net premiums written % change contradicted by the two levels; "
                   "the combined ratio in one sentence contradicted by the loss and expense ratios in the next; "
                   "EST on an April call (date from the dateline); EPS in the lead vs the CEO's quote. "
                   "Controls: net income % fall, book value % rise; look-alikes gross vs net premiums, "
                   "reported vs underlying combined ratio.",
        "paras": [
            "HARTFORD, Conn., April 30 (Meridian Newswire) - Harrowgate Insurance Group said on Wednesday its first-quarter net income fell 25.9 pct to 212 mln dlrs, or 1.84 dlrs a share, from 286 mln dlrs a year earlier, as wildfire claims in California pushed catastrophe losses to a record.",
            "Net premiums written rose 6.4 pct to 3.12 bln dlrs from 2.96 bln dlrs, helped by rate increases in commercial auto and workers' compensation. Gross premiums written, before the cost of reinsurance, were 3.58 bln dlrs.",
            "The combined ratio, the share of premiums paid out in claims and expenses, worsened to 104.6 pct from 96.1 pct. The loss ratio was 74.9 pct and the expense ratio 27.3 pct, the company said.",
            "Catastrophe losses were 486 mln dlrs before tax, against 131 mln dlrs in the first quarter of 2024. Excluding catastrophes and prior-year reserve releases, the underlying combined ratio improved to 88.9 pct from 90.2 pct.",
            "Chief Executive Dana Whitlock spoke to analysts on a call that began at 8:00 a.m. EST. \"Earning 1.48 dollars a share in a quarter with our worst wildfire losses ever shows how far this book has come,\" she said.",
            "Book value per share rose 3.1 pct to 78.40 dlrs from 76.04 dlrs at the end of December. Harrowgate kept its quarterly dividend at 72 cents a share.",
            "The shares fell 2.3 pct to 118.65 dlrs in early trading.",
            "Source: Harrowgate Insurance Group first-quarter results and conference call.",
        ],
        "dups": [],
        "flags": [
            f(A, "Net premiums written rose 6.4 pct to 3.12 bln dlrs"),
            f(A, "expenses, worsened to 104.6 pct from 96.1 pct"),
            f(A, "The loss ratio was 74.9 pct and the expense ratio", True),
            f(T, "on a call that began at 8:00 a.m. EST"),
            f(I, "Earning 1.48 dollars a share in a quarter with"),
            f(I, "212 mln dlrs, or 1.84 dlrs a share, from", True),
        ],
        "checks": [
            ck("pct", "Q1 net income 286 -> 212 mln dlrs", frm="286", to="212", stated="-25.9"),
            ck("pct", "net premiums written 2.96 -> 3.12 bln dlrs, said to rise 6.4 pct", True,
               "Net premiums written rose 6.4 pct to 3.12 bln dlrs", frm="2.96", to="3.12", stated="6.4"),
            ck("net", "combined ratio = loss ratio 74.9 + expense ratio 27.3", True,
               "expenses, worsened to 104.6 pct from 96.1 pct", plus=["74.9", "27.3"], stated="104.6"),
            tz("Apr 30 2025 (dateline), 08:00 EST", "EST", "2025-04-30", "08:00", True, "on a call that began at 8:00 a.m. EST"),
            ck("same", "Q1 EPS: lead 1.84 vs CEO's 1.48", True, "Earning 1.48 dollars a share in a quarter with", a="1.84", b="1.48"),
            ck("pct", "book value per share 76.04 -> 78.40", frm="76.04", to="78.40", stated="3.1"),
            ck("distinct", "gross vs net premiums written", a="3.58", b="3.12"),
            ck("distinct", "reported vs underlying combined ratio", a="104.6", b="88.9"),
        ],
    },
    # ------------------------------------------------------------------ b4-02 chipmaker guidance
    {
        "id": "b4-02", "kind": "plant",
        "title": "Quillfeather Semiconductor Guides Above the Street as AI Networking Demand Surges",
        "published": "2025-08-21", "publisher": "Chipline Daily",
        "url": "https://chipline-daily.example/2025/08/quillfeather-guidance",
        "summary": "AI-drafted recap with subheads and a key-numbers box: gross margin contradicted by gross profit "
                   "and revenue; the outlook's stated midpoint is not the midpoint of the box's range; data-center "
                   "revenue in the box vs the text; PST in August (date from 'on Wednesday'). Controls: revenue % "
                   "growth, EPS midpoint, after-hours % move, consensus vs guidance.",
        "paras": [
            "San Jose, California-based Quillfeather Semiconductor (QFS) delivered a fiscal second quarter that beat expectations on Wednesday, and its outlook for the current quarter landed well above what Wall Street had pencilled in.",
            "Key Numbers at a Glance",
            "- Revenue: $1.46 billion (a year earlier: $1.18 billion)",
            "- Data-center networking revenue in the quarter: $884 million",
            "- Q3 revenue outlook: $1.58 billion to $1.66 billion",
            "- Q3 adjusted EPS outlook: $1.12 to $1.20",
            "What Drove the Beat",
            "Revenue climbed 23.7% from a year earlier to $1.46 billion. Gross profit came in at $902 million, giving a gross margin of 63.4%, up from 58.9% a year ago.",
            "Data-center networking sales reached $948 million, the segment's fourth record quarter in a row, as cloud customers rushed to link larger clusters of AI accelerators.",
            "Chief Executive Marisol Teague said on a 1:30 p.m. PST call that orders for 800-gigabit switch chips had more than doubled since spring.",
            "The Outlook",
            "The midpoint of the third-quarter revenue range, $1.64 billion, sits well above the $1.51 billion analysts had expected, according to LSEG data. The earnings outlook has a midpoint of $1.16 a share.",
            "Shares rose 8.4% to $212.60 in after-hours trading from a close of $196.12.",
            "Sources: Quillfeather Semiconductor earnings release and call; LSEG.",
        ],
        "dups": [],
        "flags": [
            f(A, "$902 million, giving a gross margin of 63.4%"),
            f(A, "The midpoint of the third-quarter revenue range, $1.64 billion"),
            f(A, "Q3 revenue outlook: $1.58 billion to $1.66 billion", True),
            f(I, "Data-center networking sales reached $948 million, the segment's"),
            f(I, "Data-center networking revenue in the quarter: $884 million", True),
            f(T, "said on a 1:30 p.m. PST call that orders"),
        ],
        "checks": [
            ck("pct", "revenue 1.18 -> 1.46 bln", frm="1.18", to="1.46", stated="23.7"),
            ck("share", "gross margin 902 mln / revenue 1.46 bln", True, "$902 million, giving a gross margin of 63.4%",
               part="902", total="1.46*1000", stated="63.4"),
            ck("expr", "revenue outlook midpoint of 1.58 .. 1.66 bln", True, "The midpoint of the third-quarter revenue range, $1.64 billion",
               vars={"lo": "1.58", "hi": "1.66"}, f="(lo + hi) / 2", stated="1.64"),
            ck("expr", "EPS outlook midpoint of 1.12 .. 1.20", vars={"lo": "1.12", "hi": "1.20"}, f="(lo + hi) / 2", stated="1.16"),
            ck("same", "Q2 data-center networking revenue: box 884 vs text 948", True,
               "Data-center networking sales reached $948 million, the segment's", a="884", b="948"),
            tz("Wed Aug 20 2025 ('on Wednesday'), 13:30 PST (California company)", "PST", "2025-08-20", "13:30", True,
               "said on a 1:30 p.m. PST call that orders"),
            ck("pct", "shares 196.12 -> 212.60", frm="196.12", to="212.60", stated="8.4"),
            ck("distinct", "consensus vs guidance midpoint", a="1.51", b="1.64"),
        ],
    },
    # ------------------------------------------------------------------ b4-03 rail freight traffic
    {
        "id": "b4-03", "kind": "plant",
        "title": "Tallgrass Pacific weekly carloads slip as coal and grain shipments fall",
        "published": "2025-03-13", "publisher": "Plains Freight Wire",
        "url": "https://plains-freight.example/rail/tallgrass-weekly-0313",
        "summary": "Railway traffic release with a commodity box: the box's total is not the sum of its four groups; "
                   "intermodal units said to rise while the two levels fell (wrong direction); CST on 12 March 2025 "
                   "(US daylight time began 9 March) for an Omaha railroad; intermodal units restated differently "
                   "in an executive's quote. Controls: total % fall, year-to-date look-alike.",
        "paras": [
            "OMAHA, Neb., March 13 (Plains Freight Wire) - Tallgrass Pacific Railway said its total carloads fell 3.1 pct in the week ended March 8 from a year earlier, as coal and grain shipments dropped and chemicals barely grew.",
            "Carloads by commodity group, week ended March 8:",
            "- Coal: 18,460 carloads, down 11.8 pct",
            "- Grain: 11,205 carloads, down 6.2 pct",
            "- Chemicals: 14,930 carloads, up 2.4 pct",
            "- All other carloads: 47,325, up 0.6 pct",
            "- Total carloads: 94,120, against 97,136 a year earlier",
            "Intermodal units, containers and trailers that are counted separately from carloads, rose 2.8 pct to 121,480 from 124,930 in the same week last year.",
            "\"Moving 112,480 intermodal units in an early-March week tells you import restocking has not finished,\" said Chief Marketing Officer Paul Brandt.",
            "The railroad published the figures at 6:00 a.m. CST on Wednesday, March 12. Year to date, Tallgrass Pacific's carloads are down 0.9 pct at 921,400.",
            "Source: Tallgrass Pacific Railway weekly carload report.",
        ],
        "dups": [],
        "flags": [
            f(A, "Total carloads: 94,120, against 97,136 a year earlier"),
            f(A, "Coal: 18,460 carloads, down 11.8 pct", True),
            f(A, "All other carloads: 47,325, up 0.6 pct", True),
            f(A, "rose 2.8 pct to 121,480 from 124,930"),
            f(I, "Moving 112,480 intermodal units in an early-March week"),
            f(I, "rose 2.8 pct to 121,480 from 124,930 in the same", True),
            f(T, "at 6:00 a.m. CST on Wednesday, March 12"),
        ],
        "checks": [
            ck("pct", "total carloads 97,136 -> 94,120", frm="97,136", to="94,120", stated="-3.1"),
            ck("net", "coal + grain + chemicals + other = box total", True, "Total carloads: 94,120, against 97,136 a year earlier",
               plus=["18,460", "11,205", "14,930", "47,325"], stated="94,120"),
            ck("pct", "intermodal 124,930 -> 121,480, said to rise 2.8 pct", True, "rose 2.8 pct to 121,480 from 124,930",
               frm="124,930", to="121,480", stated="2.8"),
            ck("same", "intermodal units, week to Mar 8: 121,480 vs quote 112,480", True,
               "Moving 112,480 intermodal units in an early-March week", a="121,480", b="112,480"),
            tz("Wed Mar 12 2025, 06:00 CST (Omaha railroad)", "CST", "2025-03-12", "06:00", True,
               "at 6:00 a.m. CST on Wednesday, March 12"),
            ck("distinct", "week vs year-to-date carloads", a="94,120", b="921,400"),
        ],
    },
    # ------------------------------------------------------------------ b4-04 gold production by mine
    {
        "id": "b4-04", "kind": "plant",
        "title": "Redcliff Gold lifts quarterly output as Kettle Lake ramps up",
        "published": "2025-10-15", "publisher": "Northern Resource Review",
        "url": "https://northern-resource.example/mining/redcliff-q3-2025",
        "summary": "Mining production by mine: the largest mine's share of output wrong; the all-in sustaining cost "
                   "increase contradicted by the two levels; the guidance paragraph repeated near the end with the "
                   "low end changed. Controls: mines add to the total, output % rise, ounces sold x realised price = "
                   "revenue; look-alike gold-equivalent ounces.",
        "paras": [
            "Redcliff Gold Corp produced 214,600 ounces of gold in the third quarter, up 9.4% from 196,200 ounces a year earlier, as its new Kettle Lake mine reached commercial production in August.",
            "Output by mine:",
            "Moraine Hills, Ontario: 88,300 ounces",
            "Bracken River, Quebec: 71,900 ounces",
            "Kettle Lake, Nunavut: 54,400 ounces",
            "Moraine Hills, the company's oldest and largest operation, contributed 47% of the quarter's gold, Redcliff said, with grades there expected to dip next year as mining moves into a lower-grade zone.",
            "The company reaffirmed full-year production guidance of 820,000 to 860,000 ounces and said it expects all-in sustaining costs at the low end of its range.",
            "All-in sustaining costs rose to $1,612 an ounce from $1,384, an increase of $238, reflecting higher royalties at the record gold price and start-up costs at Kettle Lake.",
            "Redcliff sold 209,800 ounces at an average realised price of $3,412 an ounce, for revenue of $715.8 million. Including silver by-products, output was 221,300 gold-equivalent ounces.",
            "The company reaffirmed full-year production guidance of 780,000 to 860,000 ounces and said it expects all-in sustaining costs at the low end of its range.",
            "Source: Redcliff Gold Corp third-quarter production and sales report.",
        ],
        "dups": ["The company reaffirmed full-year production guidance of 780,000"],
        "flags": [
            f(A, "contributed 47% of the quarter's gold, Redcliff said"),
            f(A, "from $1,384, an increase of $238, reflecting higher"),
            f(I, "full-year production guidance of 780,000 to 860,000 ounces"),
            f(I, "full-year production guidance of 820,000 to 860,000 ounces", True),
            f(D, "The company reaffirmed full-year production guidance of 780,000"),
        ],
        "checks": [
            ck("pct", "output 196,200 -> 214,600 oz", frm="196,200", to="214,600", stated="9.4"),
            ck("net", "three mines add to 214,600 oz", plus=["88,300", "71,900", "54,400"], stated="214,600"),
            ck("share", "Moraine Hills 88,300 of 214,600 oz", True, "contributed 47% of the quarter's gold, Redcliff said",
               part="88,300", total="214,600", stated="47"),
            ck("net", "AISC 1,384 -> 1,612: increase", True, "from $1,384, an increase of $238, reflecting higher",
               plus=["1,612"], minus=["1,384"], stated="238"),
            ck("prod", "209,800 oz x $3,412 = revenue (mln)", factors=["209,800", "3,412", Fraction(1, 10**6)], stated="715.8"),
            ck("same", "2025 guidance low end: 820,000 vs near-copy 780,000", True,
               "full-year production guidance of 780,000 to 860,000 ounces", a="820,000", b="780,000"),
            ck("distinct", "gold ounces vs gold-equivalent ounces", a="214,600", b="221,300"),
        ],
    },
    # ------------------------------------------------------------------ b4-05 crop report
    {
        "id": "b4-05", "kind": "plant",
        "title": "Brazil soybean crop seen at record as planting expands again",
        "published": "2025-11-13", "publisher": "Harvest Line Markets",
        "url": "https://harvest-line.example/grains/conab-soy-november",
        "summary": "Crop report: area x yield does not give the stated crop; exports' share of the crop wrong; "
                   "the crop restated with swapped digits by an analyst; CDT on 13 November 2025 (after US daylight "
                   "time ended) at the CBOT. Controls: crop % rise, futures cents and %; look-alikes corn total vs "
                   "summer crop, exports vs crush.",
        "paras": [
            "Brazil's 2025/26 soybean harvest is set for a record, crop agency Conab said on Thursday, as farmers expanded planting for a 19th straight season despite weaker prices.",
            "Conab put the planted area at 49.1 million hectares and the average yield at 3,820 kilograms per hectare, for a crop of 177.6 million tonnes, up 3.6% from the 171.5 million tonnes gathered last season.",
            "The agency forecast soybean exports at 112.0 million tonnes, or 68% of the crop, and domestic crushing at 58.4 million tonnes.",
            "Conab also raised its total corn estimate to 138.8 million tonnes, including 25.3 million tonnes from the summer crop.",
            "\"A 176.7 million-tonne crop leaves Brazil with more beans to sell than China can comfortably absorb,\" said Lucia Ferraz, an analyst at Sertao Agro Consultoria.",
            "Most-active January soybean futures on the Chicago Board of Trade fell 8 cents, or 0.7%, to $11.02 a bushel by 10:45 a.m. CDT.",
            "Source: Conab; CBOT prices via Harvest Line Markets.",
        ],
        "dups": [],
        "flags": [
            f(A, "hectare, for a crop of 177.6 million tonnes"),
            f(A, "112.0 million tonnes, or 68% of the crop"),
            f(I, "A 176.7 million-tonne crop leaves Brazil with more beans"),
            f(I, "hectare, for a crop of 177.6 million tonnes, up 3.6%", True),
            f(T, "to $11.02 a bushel by 10:45 a.m. CDT"),
        ],
        "checks": [
            ck("prod", "area 49.1 mln ha x yield 3,820 kg/ha = crop (mln t)", True, "hectare, for a crop of 177.6 million tonnes",
               factors=["49.1", "3,820", Fraction(1, 1000)], stated="177.6"),
            ck("pct", "crop 171.5 -> 177.6 mln t", frm="171.5", to="177.6", stated="3.6"),
            ck("share", "exports 112.0 of 177.6 mln t", True, "112.0 million tonnes, or 68% of the crop",
               part="112.0", total="177.6", stated="68"),
            ck("same", "2025/26 crop: 177.6 vs quote 176.7", True, "A 176.7 million-tonne crop leaves Brazil with more beans",
               a="177.6", b="176.7"),
            ck("expr", "8 cents on a prior price of 11.02 + 0.08", vars={"c": "8", "p": "11.02"}, f="(c / 100) / (p + c / 100) * 100",
               stated="0.7"),
            tz("Nov 13 2025 ('on Thursday'), 10:45 CDT at the Chicago Board of Trade", "CDT", "2025-11-13", "10:45", True,
               "to $11.02 a bushel by 10:45 a.m. CDT"),
            ck("distinct", "total corn vs summer corn", a="138.8", b="25.3"),
        ],
    },
    # ------------------------------------------------------------------ b4-06 central-bank balance sheet
    {
        "id": "b4-06", "kind": "plant",
        "title": "Fed balance sheet shrinks again as reverse repo use ebbs",
        "published": "2025-01-10", "publisher": "Capitol Ledger",
        "url": "https://capitol-ledger.example/fed/h41-jan-9",
        "summary": "Central-bank balance sheet: weekly decline contradicted by the two levels; reverse repo % drop "
                   "contradicted by the levels; EDT in January (date from 'on Thursday'); reserve balances restated "
                   "differently by a strategist. Controls: Treasuries + MBS runoff, total shrinkage since the peak; "
                   "look-alike TGA vs reserves.",
        "paras": [
            "The Federal Reserve's balance sheet shrank to $6.853 trillion in the week to Wednesday, January 8, from $6.889 trillion a week earlier, a decline of $63 billion, according to the Fed's weekly H.4.1 report.",
            "The report was released at 4:30 p.m. EDT on Thursday.",
            "Holdings of Treasury securities fell $21.4 billion to $4.26 trillion, while mortgage-backed securities declined $14.2 billion to $2.21 trillion, together a runoff of $35.6 billion.",
            "Reserve balances held by banks at the Fed rose $48.9 billion to $2.93 trillion, while the Treasury General Account fell $71.5 billion to $690.4 billion.",
            "\"Reserves at $2.98 trillion remain comfortably above the level officials have described as ample, so there is no pressure to end runoff yet,\" said Ravi Anand, a rates strategist at Colton Brothers.",
            "Use of the overnight reverse repurchase facility fell to $238 billion from $312 billion at the end of December, a drop of 28.1%.",
            "Since the Fed began shrinking its holdings in June 2022, the balance sheet has fallen by $2.112 trillion from its peak of $8.965 trillion.",
            "Source: Federal Reserve H.4.1 statistical release.",
        ],
        "dups": [],
        "flags": [
            f(A, "trillion a week earlier, a decline of $63 billion"),
            f(T, "released at 4:30 p.m. EDT on Thursday"),
            f(I, "Reserves at $2.98 trillion remain comfortably above the level"),
            f(I, "rose $48.9 billion to $2.93 trillion", True),
            f(A, "the end of December, a drop of 28.1%"),
        ],
        "checks": [
            ck("net", "balance sheet 6.889 -> 6.853 tn: decline (bln)", True, "trillion a week earlier, a decline of $63 billion",
               plus=["6.889*1000"], minus=["6.853*1000"], stated="63"),
            tz("Thu Jan 9 2025, 16:30 EDT", "EDT", "2025-01-09", "16:30", True, "released at 4:30 p.m. EDT on Thursday"),
            ck("net", "Treasuries 21.4 + MBS 14.2 = runoff", plus=["21.4", "14.2"], stated="35.6"),
            ck("same", "reserve balances week to Jan 8: 2.93 vs quote 2.98 tn", True,
               "Reserves at $2.98 trillion remain comfortably above the level", a="2.93", b="2.98"),
            ck("pct", "reverse repo 312 -> 238 bln, said to drop 28.1%", True, "the end of December, a drop of 28.1%",
               frm="312", to="238", stated="-28.1"),
            ck("net", "peak 8.965 - 6.853 tn", plus=["8.965"], minus=["6.853"], stated="2.112"),
            ck("distinct", "reserves vs Treasury General Account", a="2.93", b="690.4"),
        ],
    },
    # ------------------------------------------------------------------ b4-07 housing data
    {
        "id": "b4-07", "kind": "plant",
        "title": "US existing-home sales rise for second month as mortgage rates ease",
        "published": "2025-11-20", "publisher": "Capitol Ledger",
        "url": "https://capitol-ledger.example/housing/existing-home-sales-october",
        "summary": "Housing release under a headline-style first line: the body's sales rate differs from the "
                   "headline's; the median price % rise contradicted by the two prices; months' supply contradicted "
                   "by inventory and the sales pace; 'Eastern Daylight Time' on 20 November 2025. Controls: sales % "
                   "rise; look-alikes first-time vs all-cash shares, mortgage rate now vs a year ago.",
        "paras": [
            "US EXISTING-HOME SALES RISE 1.2% TO 4.10 MLN ANNUAL RATE IN OCTOBER",
            "WASHINGTON, Nov 20 (Capitol Ledger) - Sales of previously owned U.S. homes rose for a second straight month in October, the National Association of Realtors said on Thursday, as lower mortgage rates pulled buyers back into the market.",
            "Existing-home sales increased 1.2% to a seasonally adjusted annual rate of 4.15 million units from 4.10 million in September.",
            "The median existing-home price climbed 2.1% from a year earlier to $415,200, from $402,900 in October 2024, the 28th straight annual gain.",
            "Inventory fell 0.7% to 1.52 million homes, equal to 5.1 months of supply at the current sales pace.",
            "First-time buyers accounted for 30% of purchases, down from 31% in September, while all-cash sales made up 29%.",
            "The data were published at 10:00 a.m. Eastern Daylight Time. The average 30-year fixed mortgage rate was 6.24% in the week to Nov 13, down from 6.79% a year earlier, Freddie Mac said.",
            "Source: National Association of Realtors; Freddie Mac.",
        ],
        "dups": [],
        "flags": [
            f(I, "to a seasonally adjusted annual rate of 4.15 million units"),
            f(I, "SALES RISE 1.2% TO 4.10 MLN ANNUAL RATE", True),
            f(A, "SALES RISE 1.2% TO 4.10 MLN ANNUAL RATE", True),
            f(A, "climbed 2.1% from a year earlier to $415,200"),
            f(A, "equal to 5.1 months of supply at the current"),
            f(T, "The data were published at 10:00 a.m. Eastern Daylight Time"),
        ],
        "checks": [
            ck("same", "October sales rate: headline 4.10 vs body 4.15 mln", True,
               "to a seasonally adjusted annual rate of 4.15 million units", a="4.10", b="4.15"),
            ck("pct", "sales rate 4.10 -> 4.15 mln", frm="4.10", to="4.15", stated="1.2"),
            ck("pct", "median price 402,900 -> 415,200, said to rise 2.1%", True, "climbed 2.1% from a year earlier to $415,200",
               frm="402,900", to="415,200", stated="2.1"),
            ck("expr", "months' supply = inventory 1.52 / sales rate 4.15 x 12", True, "equal to 5.1 months of supply at the current",
               vars={"inv": "1.52", "rate": "4.15", "m": 12}, f="inv / rate * m", stated="5.1"),
            tz("Nov 20 2025 (dateline), 10:00 Eastern Daylight Time", "Eastern Daylight Time", "2025-11-20", "10:00", True,
               "The data were published at 10:00 a.m. Eastern Daylight Time"),
            ck("distinct", "first-time vs all-cash shares", a="30", b="29"),
        ],
    },
    # ------------------------------------------------------------------ b4-08 index rebalance (no source line)
    {
        "id": "b4-08", "kind": "plant",
        "title": "What the Castleton SmallCap rebalance means for index funds",
        "published": "2025-06-09", "publisher": "Indexwise",
        "url": "https://indexwise.example/rebalance/castleton-smallcap-june-2025",
        "summary": "Index-rebalance explainer without a source line: membership after adds and deletions wrong; the "
                   "deletions' average value wrong; the additions' combined value restated with swapped digits; three "
                   "unsourced figures (bare, 'market watchers estimate', 'traders say') and an optional vague forecast. "
                   "Sourced look-alikes: paragraphs naming Castleton Indices and a quoted index official.",
        "paras": [
            "Castleton Indices will add 14 companies to its Castleton SmallCap Index and remove 11 at its quarterly rebalance, lifting membership to 618 from 612 when the changes take effect after the close on Friday, June 20, the index provider said.",
            "Passive funds tracking the index hold about $86 billion, and the rebalance will require roughly $4.3 billion of buying and selling.",
            "The biggest addition, drone maker Aerowing Systems, has a float-adjusted market value of $3.8 billion, and index funds will need to buy an estimated 21.6 million of its shares, market watchers estimate.",
            "Castleton said the 14 additions have a combined float-adjusted value of $27.4 billion, while the 11 deletions total $15.9 billion, or an average of $1.6 billion each.",
            "According to Castleton's announcement, the additions, worth a combined $24.7 billion, lean heavily toward industrials and regional banks.",
            "Stocks added to the index have risen an average of 6.8% between the announcement and the effective date over the past five years, traders say.",
            "\"This is a busy quarter for us, with more changes than usual in financials,\" said Helen Marsh, head of index policy at Castleton Indices.",
            "Some analysts expect the index to trade at about 15 times next year's earnings after the changes.",
        ],
        "named": ["Castleton", "Helen Marsh"],
        "dups": [],
        "flags": [
            f(A, "lifting membership to 618 from 612 when the changes"),
            f(A, "or an average of $1.6 billion each"),
            f(I, "the additions, worth a combined $24.7 billion, lean heavily"),
            f(I, "have a combined float-adjusted value of $27.4 billion", True),
            f(U, "Passive funds tracking the index hold about $86 billion"),
            f(U, "index funds will need to buy an estimated 21.6 million"),
            f(U, "have risen an average of 6.8% between the announcement"),
            f(U, "expect the index to trade at about 15 times", True),
        ],
        "checks": [
            ck("net", "members 612 + 14 - 11", True, "lifting membership to 618 from 612 when the changes",
               plus=["612", "14"], minus=["11"], stated="618"),
            ck("expr", "average deletion = 15.9 bln / 11", True, "or an average of $1.6 billion each",
               vars={"t": "15.9", "n": "11"}, f="t / n", stated="1.6"),
            ck("same", "additions' combined float value: 27.4 vs 24.7 bln", True,
               "the additions, worth a combined $24.7 billion, lean heavily", a="27.4", b="24.7"),
        ],
    },
    # ------------------------------------------------------------------ b4-09 bond auction
    {
        "id": "b4-09", "kind": "plant",
        "title": "Treasury 30-year sale draws strongest demand in a year",
        "published": "2025-11-13", "publisher": "Ledger & Line",
        "url": "https://ledger-line.example/rates/30-year-auction-nov-2025",
        "summary": "Bond auction: bid-to-cover contradicted by bids and the amount offered; the stop-through in basis "
                   "points contradicted by the when-issued and high yields; EDT on 13 November 2025 (after US daylight "
                   "time ended); the high yield restated with swapped digits. Controls: allotments add to 100%, the "
                   "refunding total, secondary-market move; look-alikes average cover, coupon vs yield.",
        "paras": [
            "The Treasury sold $25 billion of 30-year bonds on Thursday at a high yield of 4.694%, and demand was the strongest for the maturity in more than a year.",
            "Bids totalled $61.4 billion, a bid-to-cover ratio of 2.64, compared with an average of 2.43 over the previous six sales.",
            "Bidding closed at 1:00 p.m. EDT. The bonds stopped through the when-issued yield of 4.712% by 2.8 basis points, a sign that dealers had underestimated demand.",
            "Indirect bidders, a proxy for foreign demand, took 68.1% of the bonds, direct bidders 19.3% and primary dealers the remaining 12.6%.",
            "\"The 4.649% high yield was the lowest at a 30-year sale since May, and buyers clearly wanted duration,\" said Nora Kessling, head of rates strategy at Fairlight Capital.",
            "The sale completed $125 billion of quarterly refunding auctions, after $58 billion of three-year notes on Monday and $42 billion of 10-year notes on Wednesday. The 30-year yield fell 3 basis points to 4.66% after the results.",
            "Sources: U.S. Treasury auction results; LSEG.",
        ],
        "dups": [],
        "flags": [
            f(A, "Bids totalled $61.4 billion, a bid-to-cover ratio of 2.64"),
            f(A, "when-issued yield of 4.712% by 2.8 basis points"),
            f(T, "Bidding closed at 1:00 p.m. EDT"),
            f(I, "The 4.649% high yield was the lowest at a"),
            f(I, "30-year bonds on Thursday at a high yield of 4.694%", True),
        ],
        "checks": [
            ck("expr", "bid-to-cover = bids 61.4 / offered 25 bln", True, "Bids totalled $61.4 billion, a bid-to-cover ratio of 2.64",
               vars={"b": "61.4", "o": "25"}, f="b / o", stated="2.64"),
            tz("Thu Nov 13 2025, 13:00 EDT", "EDT", "2025-11-13", "13:00", True, "Bidding closed at 1:00 p.m. EDT"),
            ck("net", "stop-through: WI 4.712 - high 4.694 in bp", True, "when-issued yield of 4.712% by 2.8 basis points",
               plus=["4.712*100"], minus=["4.694*100"], stated="2.8"),
            ck("net", "allotments 68.1 + 19.3 + 12.6 = 100", plus=["68.1", "19.3", "12.6"], stated=100),
            ck("same", "high yield 4.694 vs quote 4.649", True, "The 4.649% high yield was the lowest at a", a="4.694", b="4.649"),
            ck("net", "refunding 58 + 42 + 25 = 125 bln", plus=["58", "42", "25"], stated="125"),
            ck("distinct", "this auction's cover vs six-auction average", a="2.64", b="2.43"),
        ],
    },
    # ------------------------------------------------------------------ b4-10 stablecoin reserves
    {
        "id": "b4-10", "kind": "plant",
        "title": "Lumen Dollar issuer reports $18.4 billion in reserves for June",
        "published": "2025-07-17", "publisher": "Ledgerline Daily",
        "url": "https://ledgerline.example/stablecoins/lumen-dollar-june-reserves",
        "summary": "Stablecoin reserves report with a breakdown box: excess reserves contradicted by reserves minus "
                   "tokens in circulation; Treasury bills' share of reserves wrong; CET on 30 June (Zug issuer); "
                   "the redemptions paragraph repeated near the end with the figure changed. Controls: the box adds "
                   "to total reserves, circulation % growth.",
        "paras": [
            "Halden Digital, the Zug-based issuer of the Lumen Dollar stablecoin, said reserves backing the token stood at $18.42 billion at the end of June against $18.09 billion of tokens in circulation, leaving an excess of $430 million.",
            "The figures, measured at 23:59 CET on June 30, were examined by accounting firm Brandt & Vollmer.",
            "Reserve breakdown at June 30:",
            "- U.S. Treasury bills: $13.71 billion",
            "- Overnight reverse repurchase agreements: $2.38 billion",
            "- Cash and bank deposits: $1.64 billion",
            "- Other investments: $0.69 billion",
            "Treasury bills, most of them maturing within 90 days, made up 78.4% of the reserves, up from 71.2% at the end of March.",
            "Tokens in circulation rose 6.2% during the quarter from $17.03 billion at the end of March, as trading firms used the coin to settle offshore derivatives.",
            "Quarterly redemptions totalled $2.9 billion, Halden said, the largest since the token's launch in 2022, with most requests coming from two market makers.",
            "\"We hold more short-dated government paper than at any time in our history,\" Chief Financial Officer Reto Amsler said.",
            "Quarterly redemptions totalled $3.9 billion, Halden said, the largest since the token's launch in 2022, with most requests coming from two market makers.",
            "Source: Halden Digital reserve report, examined by Brandt & Vollmer.",
        ],
        "dups": ["Quarterly redemptions totalled $3.9 billion, Halden said"],
        "flags": [
            f(A, "tokens in circulation, leaving an excess of $430 million"),
            f(T, "The figures, measured at 23:59 CET on June 30"),
            f(A, "made up 78.4% of the reserves, up from"),
            f(I, "redemptions totalled $3.9 billion, Halden said, the largest since"),
            f(I, "redemptions totalled $2.9 billion, Halden said, the largest since", True),
            f(D, "Quarterly redemptions totalled $3.9 billion, Halden said"),
        ],
        "checks": [
            ck("net", "excess = reserves 18.42 - circulation 18.09 bln (mln)", True, "tokens in circulation, leaving an excess of $430 million",
               plus=["18.42*1000"], minus=["18.09*1000"], stated="430"),
            tz("Jun 30 2025, 23:59 CET (Zug issuer)", "CET", "2025-06-30", "23:59", True, "The figures, measured at 23:59 CET on June 30"),
            ck("net", "box lines add to total reserves", plus=["13.71", "2.38", "1.64", "0.69"], stated="18.42"),
            ck("share", "T-bills 13.71 of 18.42 bln", True, "made up 78.4% of the reserves, up from",
               part="13.71", total="18.42", stated="78.4"),
            ck("pct", "circulation 17.03 -> 18.09 bln", frm="17.03", to="18.09", stated="6.2"),
            ck("same", "Q2 redemptions: 2.9 vs near-copy 3.9 bln", True,
               "redemptions totalled $3.9 billion, Halden said, the largest since", a="2.9", b="3.9"),
        ],
    },
    # ------------------------------------------------------------------ b4-11 shipping orderbook (no source line)
    {
        "id": "b4-11", "kind": "plant",
        "title": "Tanker owners rush to shipyards as orderbook swells",
        "published": "2025-09-24", "publisher": "Quayside Report",
        "url": "https://quayside.example/tankers/orderbook-september-2025",
        "summary": "Shipping orderbook without a source line: the orderbook-to-fleet ratio wrong; ships x average "
                   "price != stated value; the orderbook restated differently; two unsourced figures (bare, "
                   "'industry estimates suggest') and an optional vague forecast. Controls: orderbook as a share of "
                   "capacity (dwt vs ships look-alike).",
        "paras": [
            "Shipowners have ordered 148 new crude and product tankers so far this year, according to shipbroker Halvorsen & Kjaer, pushing the tanker orderbook to 512 vessels, or 7.9% of the existing fleet of 7,410 ships.",
            "By capacity, the orderbook stands at 58.6 million deadweight tonnes, equal to 8.3% of the 702 million dwt afloat, Halvorsen & Kjaer said.",
            "Newbuilding prices for a very large crude carrier have climbed to about $128 million, up from $98 million in 2021.",
            "Chinese yards took the bulk of the orders: 96 of the 148 tankers, worth an estimated $6.9 billion at an average of $61 million a ship, Halvorsen & Kjaer said.",
            "The 521-ship orderbook, Halvorsen & Kjaer noted, is still far below the 2008 peak, when orders equalled more than 40% of the fleet.",
            "Industry estimates suggest about 9% of the tanker fleet is more than 25 years old and due for scrapping before 2028.",
            "Some brokers expect deliveries to peak at around 190 ships in 2027.",
        ],
        "named": ["Halvorsen & Kjaer"],
        "dups": [],
        "flags": [
            f(A, "or 7.9% of the existing fleet of 7,410 ships"),
            f(A, "worth an estimated $6.9 billion at an average of"),
            f(I, "The 521-ship orderbook, Halvorsen & Kjaer noted, is still"),
            f(I, "pushing the tanker orderbook to 512 vessels, or 7.9%", True),
            f(U, "Newbuilding prices for a very large crude carrier have climbed"),
            f(U, "about 9% of the tanker fleet is more than 25"),
            f(U, "expect deliveries to peak at around 190 ships in 2027", True),
        ],
        "checks": [
            ck("share", "orderbook 512 of fleet 7,410 ships", True, "or 7.9% of the existing fleet of 7,410 ships",
               part="512", total="7,410", stated="7.9"),
            ck("share", "orderbook 58.6 of 702 mln dwt", part="58.6", total="702", stated="8.3"),
            ck("prod", "96 ships x $61 mln", True, "worth an estimated $6.9 billion at an average of",
               factors=["96", "61"], stated="6.9*1000"),
            ck("same", "tanker orderbook: 512 vs 521 vessels", True, "The 521-ship orderbook, Halvorsen & Kjaer noted, is still",
               a="512", b="521"),
        ],
    },
    # ------------------------------------------------------------------ b4-12 spectrum auction
    {
        "id": "b4-12", "kind": "plant",
        "title": "Australian carriers pay A$2.46 billion for 5G spectrum",
        "published": "2025-12-04", "publisher": "Southern Cross Markets",
        "url": "https://southern-cross.example/telecom/acma-37ghz-auction",
        "summary": "Telecom spectrum auction: winners' payments do not add to the stated total; price per MHz per "
                   "head contradicted by the payment, the MHz and the population; AEST in December (Sydney keeps "
                   "AEDT); the largest winner's payment restated differently by its CEO. Controls: MHz add up, "
                   "premium over the reserve price.",
        "paras": [
            "Australia's three mobile operators paid a combined A$2.46 billion for 5G spectrum in the 3.7 GHz band, the Australian Communications and Media Authority said in Sydney on Thursday.",
            "Bidding closed after 47 rounds at 4:15 p.m. AEST on Wednesday, December 3, with all 270 MHz on offer sold.",
            "Southwave Mobile won 120 MHz for A$1.13 billion, Tarrant Telecom 90 MHz for A$842 million and Koru Networks 60 MHz for A$395 million.",
            "At A$1.13 billion, Southwave paid the equivalent of A$0.42 per MHz per head of population, based on Australia's 27.4 million people.",
            "\"Paying A$1.31 billion for 120 megahertz gives us the biggest 5G footprint in the country,\" Southwave Chief Executive Anika Shore said.",
            "The total was 18% above the reserve price of A$2.08 billion set by the government, which had budgeted for proceeds closer to the reserve. Smaller regional operators were kept out of the band to keep the auction simple.",
            "Sources: Australian Communications and Media Authority; company statements.",
        ],
        "dups": [],
        "flags": [
            f(A, "paid a combined A$2.46 billion for 5G spectrum"),
            f(A, "Southwave Mobile won 120 MHz for A$1.13 billion", True),
            f(T, "at 4:15 p.m. AEST on Wednesday, December 3"),
            f(A, "paid the equivalent of A$0.42 per MHz per head"),
            f(I, "Paying A$1.31 billion for 120 megahertz gives us"),
            f(I, "Southwave Mobile won 120 MHz for A$1.13 billion", True),
            f(I, "At A$1.13 billion, Southwave paid the equivalent of", True),
        ],
        "checks": [
            ck("net", "winners 1,130 + 842 + 395 mln = combined total", True, "paid a combined A$2.46 billion for 5G spectrum",
               plus=["1.13*1000", "842", "395"], stated="2.46*1000"),
            ck("net", "MHz 120 + 90 + 60", plus=["120", "90", "60"], stated="270"),
            tz("Wed Dec 3 2025, 16:15 AEST (Sydney)", "AEST", "2025-12-03", "16:15", True, "at 4:15 p.m. AEST on Wednesday, December 3"),
            ck("expr", "A$ per MHz-pop = 1,130 mln / (120 MHz x 27.4 mln)", True, "paid the equivalent of A$0.42 per MHz per head",
               vars={"p": "1.13*1000", "m": "120", "n": "27.4"}, f="p / (m * n)", stated="0.42"),
            ck("same", "Southwave's payment 1.13 vs CEO's 1.31 bln", True, "Paying A$1.31 billion for 120 megahertz gives us",
               a="1.13", b="1.31"),
            ck("pct", "reserve 2.08 -> total 2.46 bln", frm="2.08", to="2.46", stated="18"),
        ],
    },
    # ------------------------------------------------------------------ b4-13 retailer store count (no source line)
    {
        "id": "b4-13", "kind": "plant",
        "title": "Brightwell Home to shut 64 stores as it retreats from malls",
        "published": "2025-03-20", "publisher": "Retail Pulse Weekly",
        "url": "https://retail-pulse.example/home/brightwell-store-plan-2025",
        "summary": "Retailer store count without a source line: year-end count contradicted by the starting count, "
                   "closures and openings; lost sales as a share of revenue wrong; openings restated differently; "
                   "two unsourced figures (bare, 'according to industry data') and an optional vague forecast. "
                   "Sourced look-alikes: paragraphs naming Brightwell, its CEO and Nasdaq.",
        "paras": [
            "Brightwell Home said on Wednesday it would close 64 stores and open 23 in its new fiscal year, ending the year with 1,112 stores.",
            "Brightwell, which had 1,163 stores at the start of February, said most of the closures would be in enclosed malls, while the 32 new stores planned for this year would all be in open-air centres.",
            "Home-goods retailers closed more than 2,300 U.S. stores in 2024, the most since 2020.",
            "Brightwell said the closures would cut annual sales by about $180 million, or 2.1% of last year's $7.46 billion in revenue.",
            "Foot traffic at mall-based home stores fell 7.5% last year, according to industry data.",
            "\"We are putting stores where our customers already shop,\" Chief Executive Tom Reyes said. He added that staff at closing stores would be offered jobs at nearby locations where possible.",
            "Analysts expect further closures of around 40 stores a year through 2027.",
            "Brightwell shares rose 3.2% to $18.47 on Wednesday, according to Nasdaq data.",
        ],
        "named": ["Brightwell", "Nasdaq", "Tom Reyes"],
        "dups": [],
        "flags": [
            f(A, "ending the year with 1,112 stores"),
            f(A, "which had 1,163 stores at the start of February", True),
            f(I, "while the 32 new stores planned for this year"),
            f(I, "it would close 64 stores and open 23 in its", True),
            f(A, "or 2.1% of last year's $7.46 billion in revenue"),
            f(U, "Home-goods retailers closed more than 2,300 U.S. stores in 2024"),
            f(U, "Foot traffic at mall-based home stores fell 7.5% last year"),
            f(U, "expect further closures of around 40 stores a year", True),
        ],
        "checks": [
            ck("net", "1,163 - 64 closures + 23 openings = year-end count", True, "ending the year with 1,112 stores",
               plus=["1,163", "23"], minus=["64"], stated="1,112"),
            ck("same", "new stores this year: 23 vs 32", True, "while the 32 new stores planned for this year", a="23", b="32"),
            ck("share", "lost sales 180 mln of 7.46 bln", True, "or 2.1% of last year's $7.46 billion in revenue",
               part="180", total="7.46*1000", stated="2.1"),
        ],
    },
    # ------------------------------------------------------------------ b4-14 M&A cash and stock
    {
        "id": "b4-14", "kind": "plant",
        "title": "Aldermoor agrees cash-and-share takeover of Fenchurch Analytics",
        "published": "2025-10-27", "publisher": "City Desk Daily",
        "url": "https://city-desk.example/deals/aldermoor-fenchurch",
        "summary": "UK cash-and-share takeover: per-share value != cash + exchange ratio x the acquirer's price; the "
                   "premium contradicted by the stated value and the target's close; BST on 27 October 2025 (UK "
                   "clocks went back on 26 October); the deal value restated differently by the CEO. Controls: deal "
                   "value = shares x offer, cash element, target holders' stake in the enlarged group.",
        "paras": [
            "LONDON, Oct 27 (City Desk Daily) - Aldermoor Group agreed on Monday to buy data provider Fenchurch Analytics in a cash-and-share deal worth about £2.34 billion.",
            "Fenchurch shareholders will receive 420 pence in cash and 0.185 new Aldermoor shares for each share they hold, valuing each Fenchurch share at 812 pence based on Aldermoor's closing price of 1,946 pence on Friday.",
            "That is a premium of 38% to Fenchurch's closing price of 604 pence.",
            "The offer values Fenchurch's 288 million shares at about £2.34 billion. The cash element, about £1.21 billion, will be funded from existing cash and a new £900 million term loan.",
            "Fenchurch investors will own about 17% of the enlarged group, which will have 262 million existing Aldermoor shares before the new ones are issued.",
            "\"At £2.43 billion, this is a full price for a business growing as fast as Fenchurch,\" said Aldermoor Chief Executive Graham Pell.",
            "The announcement was made to the London Stock Exchange at 07:00 BST on Monday.",
            "Sources: Aldermoor Group and Fenchurch Analytics joint announcement; LSEG.",
        ],
        "dups": [],
        "flags": [
            f(A, "valuing each Fenchurch share at 812 pence based on"),
            f(A, "That is a premium of 38% to Fenchurch's closing"),
            f(I, "At £2.43 billion, this is a full price for"),
            f(I, "cash-and-share deal worth about £2.34 billion", True),
            f(I, "values Fenchurch's 288 million shares at about £2.34 billion", True),
            f(T, "London Stock Exchange at 07:00 BST on Monday"),
        ],
        "checks": [
            ck("expr", "value per share = 420p + 0.185 x 1,946p", True, "valuing each Fenchurch share at 812 pence based on",
               vars={"c": "420", "r": "0.185", "p": "1,946"}, f="c + r * p", stated="812"),
            ck("pct", "premium: 604p -> stated 812p", True, "That is a premium of 38% to Fenchurch's closing", frm="604", to="812", stated="38"),
            ck("prod", "288 mln shares x 812p = deal value (GBP mln)", factors=["288", "812", Fraction(1, 100)], stated="2.34*1000"),
            ck("prod", "cash element 288 mln x 420p (GBP mln)", factors=["288", "420", Fraction(1, 100)], stated="1.21*1000"),
            ck("expr", "Fenchurch holders' stake = 288 x 0.185 / (262 + 288 x 0.185)", vars={"n": "288", "r": "0.185", "a": "262"},
               f="n * r / (a + n * r) * 100", stated="17"),
            ck("same", "deal value 2.34 vs CEO's 2.43 bln", True, "At £2.43 billion, this is a full price for", a="2.34", b="2.43"),
            tz("Mon Oct 27 2025, 07:00 BST", "BST", "2025-10-27", "07:00", True, "London Stock Exchange at 07:00 BST on Monday"),
        ],
    },
    # ------------------------------------------------------------------ b4-15 dividend story
    {
        "id": "b4-15", "kind": "plant",
        "title": "Crestmoor Energy lifts dividend, adds special payout",
        "published": "2025-01-28", "publisher": "Rockies Energy Journal",
        "url": "https://rockies-energy.example/dividends/crestmoor-q4-2024",
        "summary": "Dividend story: annualised dividend != 4 x the new quarterly rate; the first-quarter cash return "
                   "contradicted by (regular + special) x shares; the new rate restated differently by the CFO; MDT in "
                   "January for a Denver company. Controls: dividend % rise, payout share of free cash flow, production "
                   "% rise.",
        "paras": [
            "Crestmoor Energy raised its quarterly dividend 8.9% to 61 cents a share from 56 cents and declared a special dividend of 50 cents, the Denver-based oil and gas producer said on Tuesday.",
            "The new rate is equivalent to $2.54 a share annually. Including the special payment, Crestmoor will return $438 million to shareholders in the first quarter, based on 368 million shares outstanding.",
            "Crestmoor generated free cash flow of $1.62 billion in 2024 and paid out $1.13 billion of it, or 70%, through dividends and buybacks. The company said it would keep its drilling budget flat this year and expects oil prices to stay volatile.",
            "\"Lifting the base dividend to 66 cents reflects our confidence in the inventory we have left to drill,\" Chief Financial Officer Laura Benning said.",
            "Fourth-quarter production averaged 212,400 barrels of oil equivalent per day, up 5.7% from 201,000 a year earlier.",
            "Executives will discuss the results on a call at 9:00 a.m. MDT on Wednesday.",
            "Source: Crestmoor Energy fourth-quarter results.",
        ],
        "dups": [],
        "flags": [
            f(A, "The new rate is equivalent to $2.54 a share annually"),
            f(A, "will return $438 million to shareholders in the first quarter"),
            f(I, "Lifting the base dividend to 66 cents reflects our"),
            f(I, "dividend 8.9% to 61 cents a share from 56 cents", True),
            f(T, "on a call at 9:00 a.m. MDT on Wednesday"),
        ],
        "checks": [
            ck("pct", "quarterly dividend 56 -> 61 cents", frm="56", to="61", stated="8.9"),
            ck("prod", "annualised = 4 x $0.61 (61 cents)", True, "The new rate is equivalent to $2.54 a share annually",
               factors=["61", Fraction(4, 100)], stated="2.54"),
            ck("expr", "Q1 return = (61 + 50 cents) x 368 mln shares", True, "will return $438 million to shareholders in the first quarter",
               vars={"q": "61", "s": "50", "n": "368"}, f="(q + s) / 100 * n", stated="438"),
            ck("share", "paid out 1.13 of FCF 1.62 bln", part="1.13", total="1.62", stated="70"),
            ck("same", "new quarterly dividend: 61 vs CFO's 66 cents", True, "Lifting the base dividend to 66 cents reflects our",
               a="61", b="66"),
            ck("pct", "production 201,000 -> 212,400 boe/d", frm="201,000", to="212,400", stated="5.7"),
            tz("Wed Jan 29 2025, 09:00 MDT (Denver company)", "MDT", "2025-01-29", "09:00", True, "on a call at 9:00 a.m. MDT on Wednesday"),
        ],
    },
    # ------------------------------------------------------------------ b4-16 fund flows by asset class
    {
        "id": "b4-16", "kind": "plant",
        "title": "Money funds pull in cash again as equity outflows slow",
        "published": "2025-06-05", "publisher": "Fundwatch Weekly",
        "url": "https://fundwatch.example/flows/week-to-june-4",
        "summary": "Fund flows by asset class with a box: the lead's net total is not the box's sum; 'halved' "
                   "contradicted by the two weeks' outflows; money-market inflow in the box vs the text; PST in June "
                   "for a San Francisco data firm. Controls: bond funds' sum, ETF inflow minus mutual-fund outflow = "
                   "U.S. equity flow; look-alike assets vs flows.",
        "paras": [
            "Investors poured a net $30.7 billion into U.S.-domiciled funds in the week to June 4, data from Flowcast Research showed, as money market funds drew the bulk of the cash.",
            "Net flows by asset class, week to June 4:",
            "- Money market funds: inflow of $24.8 billion",
            "- Taxable bond funds: inflow of $9.6 billion",
            "- Tax-exempt municipal funds: $1.2 billion in",
            "- U.S. equity funds: outflow of $6.3 billion",
            "- International equity funds: inflow of $2.7 billion",
            "Bond funds as a whole took in $10.8 billion, their sixth straight week of inflows.",
            "Outflows from U.S. equity funds halved to $6.3 billion from the previous week's $14.9 billion. Within that category, exchange-traded funds attracted $5.1 billion while mutual funds lost $11.4 billion.",
            "Money market fund assets rose to a record $7.42 trillion after the $28.4 billion inflow, Flowcast said.",
            "Flowcast, based in San Francisco, compiled the figures at 1:00 p.m. PST on Wednesday.",
            "Source: Flowcast Research weekly fund flows.",
        ],
        "dups": [],
        "flags": [
            f(A, "Investors poured a net $30.7 billion into U.S.-domiciled funds"),
            f(A, "Money market funds: inflow of $24.8 billion", True),
            f(I, "Money market funds: inflow of $24.8 billion", True),
            f(A, "U.S. equity funds: outflow of $6.3 billion", True),
            f(A, "funds halved to $6.3 billion from the previous week's"),
            f(I, "after the $28.4 billion inflow, Flowcast said"),
            f(T, "compiled the figures at 1:00 p.m. PST on Wednesday"),
        ],
        "checks": [
            ck("net", "box classes add to the net total", True, "Investors poured a net $30.7 billion into U.S.-domiciled funds",
               plus=["24.8", "9.6", "1.2", "2.7"], minus=["6.3"], stated="30.7"),
            ck("net", "taxable 9.6 + municipal 1.2 = bond funds", plus=["9.6", "1.2"], stated="10.8"),
            ck("ratio", "'halved': outflows 14.9 -> 6.3 bln", True, "funds halved to $6.3 billion from the previous week's",
               frm="14.9", to="6.3", factor="1/2"),
            ck("net", "ETFs +5.1 - mutual funds 11.4 = U.S. equity flow", plus=["5.1"], minus=["11.4"], stated="-6.3"),
            ck("same", "money-market inflow: box 24.8 vs text 28.4 bln", True, "after the $28.4 billion inflow, Flowcast said",
               a="24.8", b="28.4"),
            tz("Wed Jun 4 2025, 13:00 PST (San Francisco)", "PST", "2025-06-04", "13:00", True,
               "compiled the figures at 1:00 p.m. PST on Wednesday"),
            ck("distinct", "money-fund assets vs weekly flow", a="7.42", b="24.8"),
        ],
    },
    # ================================================================== clean controls
    # ------------------------------------------------------------------ b4-17 bank capital ratios
    {
        "id": "b4-17", "kind": "clean",
        "title": "Northgate Bancshares builds capital as risk-weighted assets shrink",
        "published": "2025-07-16", "publisher": "Lakeshore Finance Journal",
        "url": "https://lakeshore-finance.example/banks/northgate-q2-capital",
        "summary": "Clean bank capital story: CET1 = CET1 capital / RWA, leverage ratio, buffer over the requirement in "
                   "basis points, the quarter's rise in bp, RWA % fall, the CFO's rounded 'about 12%'; look-alikes "
                   "Tier 1 vs CET1, reported vs fully phased-in, June vs March; EDT and ET in July.",
        "paras": [
            "Northgate Bancshares said on Wednesday its common equity tier 1 ratio rose to 12.0% at the end of June, as CET1 capital of $14.2 billion was set against risk-weighted assets of $118.6 billion.",
            "The ratio was up 20 basis points from 11.8% at the end of March and stood 250 basis points above the bank's 9.5% regulatory requirement.",
            "Risk-weighted assets fell 1.4% from $120.3 billion in March as the bank sold a portfolio of commercial real estate loans. On a fully phased-in basis, which includes unrealised bond losses, CET1 was 11.6%.",
            "The Tier 1 ratio was 13.3%, and the supplementary leverage ratio, Tier 1 capital of $15.1 billion over total leverage exposure of $248.3 billion, was 6.1%.",
            "\"Running at about 12% gives us room to buy back stock and still grow the loan book,\" Chief Financial Officer Megan Ashby said on a call at 8:30 a.m. ET.",
            "The results were released at 7:00 a.m. EDT, before the market opened.",
            "Source: Northgate Bancshares second-quarter results and call.",
        ],
        "dups": [],
        "flags": [],
        "checks": [
            ck("share", "CET1 14.2 / RWA 118.6", part="14.2", total="118.6", stated="12.0"),
            ck("net", "CET1 12.0 - 11.8 in bp", plus=["12.0*100"], minus=["11.8*100"], stated="20"),
            ck("net", "buffer 12.0 - 9.5 in bp", plus=["12.0*100"], minus=["9.5*100"], stated="250"),
            ck("pct", "RWA 120.3 -> 118.6", frm="120.3", to="118.6", stated="-1.4"),
            ck("share", "leverage ratio 15.1 / 248.3", part="15.1", total="248.3", stated="6.1"),
            ck("same", "CET1 12.0 vs CFO's 'about 12'", a="12.0", b="12"),
            ck("distinct", "reported vs fully phased-in CET1", a="12.0", b="11.6"),
            ck("distinct", "Tier 1 vs CET1", a="13.3", b="12.0"),
            tz("Jul 16 2025, 08:30 ET", "ET", "2025-07-16", "08:30"),
            tz("Jul 16 2025, 07:00 EDT", "EDT", "2025-07-16", "07:00"),
        ],
    },
    # ------------------------------------------------------------------ b4-18 passenger rail traffic
    {
        "id": "b4-18", "kind": "clean",
        "title": "Channelink carries 4.38 million cross-Channel rail passengers in first quarter",
        "published": "2025-04-10", "publisher": "Continental Transport Wire",
        "url": "https://continental-transport.example/rail/channelink-q1-2025",
        "summary": "Clean passenger-rail traffic: routes add to the quarter's total, % rise, load factor from seats "
                   "sold and offered, average fare from revenue and passengers, a rounded restatement by the CEO; "
                   "look-alikes March vs quarter, punctuality this year vs last; BST and CEST in April.",
        "paras": [
            "Channelink carried 4.38 million passengers between London and the continent in the first quarter, up 9.0% from 4.02 million a year earlier, the rail operator said on Thursday.",
            "London-Paris services carried 2.71 million travellers, London-Brussels 1.12 million and the Amsterdam and Lille routes 0.55 million. March alone accounted for 1.61 million passengers.",
            "With 5.61 million seats on sale, the load factor was 78.1%. Passenger revenue was £412 million, an average of £94 a journey.",
            "Trains arrived within 15 minutes of schedule 91.4% of the time, compared with 88.7% in the first quarter of 2024.",
            "\"Nearly 4.4 million people chose the train over the plane this winter,\" Chief Executive Claire Dumont said at a briefing in Paris that began at 08:30 CEST.",
            "The figures were published at 07:00 BST. The operator plans to add trains on the Amsterdam route in the summer timetable, when new rolling stock enters service, and said Easter bookings were running ahead of last year.",
            "Source: Channelink first-quarter traffic statement.",
        ],
        "dups": [],
        "flags": [],
        "checks": [
            ck("pct", "passengers 4.02 -> 4.38 mln", frm="4.02", to="4.38", stated="9.0"),
            ck("net", "routes 2.71 + 1.12 + 0.55", plus=["2.71", "1.12", "0.55"], stated="4.38"),
            ck("share", "load factor 4.38 / 5.61", part="4.38", total="5.61", stated="78.1"),
            ck("expr", "average fare 412 / 4.38", vars={"r": "412", "p": "4.38"}, f="r / p", stated="94"),
            ck("same", "passengers 4.38 vs CEO's 'nearly 4.4'", a="4.38", b="4.4"),
            ck("distinct", "March vs quarter passengers", a="1.61", b="4.38"),
            tz("Apr 10 2025, 08:30 CEST (Paris)", "CEST", "2025-04-10", "08:30"),
            tz("Apr 10 2025, 07:00 BST", "BST", "2025-04-10", "07:00"),
        ],
    },
    # ------------------------------------------------------------------ b4-19 central bank reserves
    {
        "id": "b4-19", "kind": "clean",
        "title": "SNB currency reserves fall in July as franc strength bites",
        "published": "2025-08-07", "publisher": "Alpine Markets Report",
        "url": "https://alpine-markets.example/snb/reserves-july-2025",
        "summary": "Clean central-bank balance sheet: reserves fall in francs and %, sight deposits add up, a 'roughly "
                   "halved' that holds against the 2022 peak, a strategist's rounded restatement; look-alikes gold "
                   "tonnes vs value, June vs July; CEST in August and GMT.",
        "paras": [
            "The Swiss National Bank's foreign currency reserves fell to 712.4 billion francs at the end of July from 726.9 billion francs in June, a decline of 14.5 billion francs, or 2.0%, according to data the central bank published on Thursday.",
            "Total sight deposits held at the SNB were 474.4 billion francs, made up of 441.8 billion francs held by domestic banks and 32.6 billion francs by other institutions. Sight deposits have roughly halved from their 2022 peak of 948.6 billion francs.",
            "The central bank's gold holdings were unchanged at 1,040 tonnes, valued at 85.1 billion francs, up from 82.3 billion francs a month earlier.",
            "\"Reserves of about 712 billion francs still give the SNB plenty of room to act if the franc rises further,\" said Jonas Vetter, an economist at Brunnen Privatbank.",
            "The data were released at 09:00 CEST, and the franc was little changed at 0.9341 per euro by 1400 GMT.",
            "Source: Swiss National Bank.",
        ],
        "dups": [],
        "flags": [],
        "checks": [
            ck("net", "reserves 726.9 - 712.4", plus=["726.9"], minus=["712.4"], stated="14.5"),
            ck("pct", "reserves 726.9 -> 712.4", frm="726.9", to="712.4", stated="-2.0"),
            ck("net", "sight deposits 441.8 + 32.6", plus=["441.8", "32.6"], stated="474.4"),
            ck("ratio", "'roughly halved' 948.6 -> 474.4", frm="948.6", to="474.4", factor="1/2"),
            ck("same", "reserves 712.4 vs 'about 712'", a="712.4", b="712"),
            ck("distinct", "gold value July vs June", a="85.1", b="82.3"),
            tz("Aug 7 2025, 09:00 CEST", "CEST", "2025-08-07", "09:00"),
            tz("Aug 7 2025, 14:00 GMT", "GMT", "2025-08-07", "14:00"),
        ],
    },
    # ------------------------------------------------------------------ b4-20 gilt auction
    {
        "id": "b4-20", "kind": "clean",
        "title": "Ten-year gilt auction covered 3.11 times as yields ease",
        "published": "2025-02-12", "publisher": "Sterling Street Finance",
        "url": "https://sterling-street.example/gilts/2035-auction-feb",
        "summary": "Clean gilt auction: bid-to-cover from bids and amount offered, the tail in basis points from the "
                   "average and highest accepted yields, the share of the annual remit raised, a rounded restatement; "
                   "look-alikes coupon vs yield, this auction vs the previous cover; GMT in February and EST.",
        "paras": [
            "Britain's Debt Management Office sold £4.25 billion of its 4.5% gilt due 2035 on Wednesday, receiving bids of £13.2 billion, a bid-to-cover ratio of 3.11, up from 2.87 at the previous sale of the same bond.",
            "The average accepted yield was 4.552% and the highest accepted yield 4.556%, leaving a tail of 0.4 basis points, the DMO said.",
            "Bidding closed at 10:00 GMT, and results were announced at 10:35 GMT, or 5:35 a.m. EST in New York.",
            "The sale took gross gilt issuance in the 2024-25 financial year to £271.8 billion, or 90.8% of the DMO's £299.2 billion remit.",
            "\"Cover above three times says investors still want UK duration at these yields,\" said Oliver Prentice, a rates strategist at Aldwych Securities.",
            "Traders said the result eased concerns about demand for longer-dated UK debt after a volatile start to the year, when long-dated yields rose to their highest level since 2008.",
            "Source: UK Debt Management Office.",
        ],
        "dups": [],
        "flags": [],
        "checks": [
            ck("expr", "cover = 13.2 / 4.25", vars={"b": "13.2", "o": "4.25"}, f="b / o", stated="3.11"),
            ck("net", "tail 4.556 - 4.552 in bp", plus=["4.556*100"], minus=["4.552*100"], stated="0.4"),
            ck("share", "271.8 of 299.2 bln remit", part="271.8", total="299.2", stated="90.8"),
            ck("distinct", "coupon vs average yield", a="4.5", b="4.552"),
            ck("distinct", "this cover vs previous", a="3.11", b="2.87"),
            tz("Feb 12 2025, 10:00 GMT", "GMT", "2025-02-12", "10:00"),
            tz("Feb 12 2025, 10:35 GMT", "GMT", "2025-02-12", "10:35"),
            tz("Feb 12 2025, 05:35 EST", "EST", "2025-02-12", "05:35"),
        ],
    },
    # ------------------------------------------------------------------ b4-21 copper production by mine
    {
        "id": "b4-21", "kind": "clean",
        "title": "Andes Cumbre copper output climbs 5.4% as cash costs fall",
        "published": "2025-07-24", "publisher": "Metals Ledger",
        "url": "https://metals-ledger.example/copper/andes-cumbre-q2-2025",
        "summary": "Clean mining production by mine: mines add to the quarter, quarter % rise, largest mine's share, "
                   "first half = first quarter + second, cash-cost fall in cents, tonnes to pounds; look-alikes payable "
                   "vs produced copper, molybdenum; EDT and GMT in July.",
        "paras": [
            "Andes Cumbre Copper produced 296.5 thousand tonnes of copper in the second quarter, up 5.4% from 281.2 thousand tonnes a year earlier, the Santiago-based miner said on Thursday.",
            "Output by mine:",
            "- Cerro Pelado: 142.3 thousand tonnes",
            "- Rio Blanco Sur: 96.8 thousand tonnes",
            "- Las Vizcachas: 57.4 thousand tonnes",
            "Cerro Pelado, the largest of the three, supplied 48% of the quarter's copper. First-half output was 571.6 thousand tonnes, after 275.1 thousand tonnes in the first quarter.",
            "C1 cash costs fell 15 cents to $1.87 a pound from $2.02 a year earlier. Second-quarter production is equivalent to about 653.7 million pounds.",
            "Payable copper, the metal the company is paid for after smelting losses, was 287.9 thousand tonnes. Molybdenum output was 4.1 thousand tonnes.",
            "The company kept its full-year guidance unchanged and said a planned maintenance shutdown at Rio Blanco Sur would weigh on third-quarter output. It will hold a call at 10:00 a.m. EDT (1400 GMT).",
            "Source: Andes Cumbre Copper second-quarter production report.",
        ],
        "dups": [],
        "flags": [],
        "checks": [
            ck("net", "mines add to the quarter", plus=["142.3", "96.8", "57.4"], stated="296.5"),
            ck("pct", "output 281.2 -> 296.5 kt", frm="281.2", to="296.5", stated="5.4"),
            ck("share", "Cerro Pelado 142.3 of 296.5", part="142.3", total="296.5", stated="48"),
            ck("net", "H1 = Q1 275.1 + Q2 296.5", plus=["275.1", "296.5"], stated="571.6"),
            ck("net", "cash cost 2.02 - 1.87 in cents", plus=["2.02*100"], minus=["1.87*100"], stated="15"),
            ck("prod", "296.5 kt x 2,204.62 lb/t (mln lb)", factors=["296.5", Fraction(220462, 100000)], stated="653.7"),
            ck("distinct", "payable vs produced copper", a="287.9", b="296.5"),
            tz("Jul 24 2025, 10:00 EDT", "EDT", "2025-07-24", "10:00"),
            tz("Jul 24 2025, 14:00 GMT", "GMT", "2025-07-24", "14:00"),
        ],
    },
    # ------------------------------------------------------------------ b4-22 housing starts (no source line)
    {
        "id": "b4-22", "kind": "clean",
        "title": "US housing starts rebound in February as builders shrug off cold snap",
        "published": "2025-03-18", "publisher": "Capitol Ledger",
        "url": "https://capitol-ledger.example/housing/starts-february-2025",
        "summary": "Clean housing release without a source line; every paragraph with a figure names the Commerce "
                   "Department, the National Association of Home Builders, Marlow Partners or a quoted economist. "
                   "Starts % rise, single-family + multifamily = total, permits % fall, a rounded restatement; "
                   "look-alikes forecast vs actual, starts vs permits vs completions; EDT on 18 March 2025.",
        "paras": [
            "Housing starts jumped 11.2% in February to a seasonally adjusted annual rate of 1.494 million units from 1.344 million in January, the Commerce Department said on Tuesday.",
            "Single-family starts rose to a 1.108 million rate and starts of multifamily buildings to 386,000, the department's report showed. Economists in a Marlow Partners survey had forecast 1.38 million starts.",
            "Building permits, a guide to future construction, fell 1.2% to 1.456 million from 1.473 million, while completions dropped to 1.51 million, the Commerce Department said.",
            "Builder confidence slipped to 39 in March from 42, the National Association of Home Builders said on Monday.",
            "\"Starts near 1.5 million look good, but permits tell you builders are not planning for much more,\" said Grace Lin, chief economist at Pelham Research.",
            "The Commerce Department released the report at 8:30 a.m. EDT. The rebound followed a January drop that builders blamed on freezing weather across the South and Midwest, and mortgage rates have eased slightly since mid-January.",
        ],
        "named": ["Commerce Department", "the department", "Marlow Partners", "National Association of Home Builders", "Grace Lin"],
        "dups": [],
        "flags": [],
        "checks": [
            ck("pct", "starts 1.344 -> 1.494 mln", frm="1.344", to="1.494", stated="11.2"),
            ck("net", "single-family 1.108 + multifamily 0.386 = total", plus=["1.108*1000", "386,000*1/1000"], stated="1.494*1000"),
            ck("pct", "permits 1.473 -> 1.456 mln", frm="1.473", to="1.456", stated="-1.2"),
            ck("same", "starts 1.494 vs 'near 1.5'", a="1.494", b="1.5"),
            ck("distinct", "forecast vs actual starts", a="1.38", b="1.494"),
            tz("Mar 18 2025, 08:30 EDT", "EDT", "2025-03-18", "08:30"),
        ],
    },
    # ------------------------------------------------------------------ b4-23 dividend and buyback
    {
        "id": "b4-23", "kind": "clean",
        "title": "Ostrander Foods raises dividend 4.8%, adds $1.5 billion buyback",
        "published": "2025-11-05", "publisher": "Tickerline",
        "url": "https://tickerline.example/dividends/ostrander-nov-2025",
        "summary": "Clean dividend story: % rise, annualised rate, yield, payout ratio against guided EPS, 'doubled' "
                   "since 2015 that holds, buyback as a share of market value; look-alikes special vs regular dividend, "
                   "record vs payment date; EST on 4 November 2025 (after US daylight time ended on 2 November).",
        "paras": [
            "Ostrander Foods raised its quarterly dividend 4.8% to 88 cents a share from 84 cents, the packaged-food maker said after the market closed on Tuesday, its 22nd annual increase in a row.",
            "The new rate is equivalent to $3.52 a year, a yield of 3.7% at Tuesday's closing price of $96.40. That is about 68% of the $5.20 a share the company expects to earn this year.",
            "The quarterly payment has doubled from 44 cents in 2015. The dividend will be paid on Dec. 15 to shareholders of record on Nov. 28.",
            "The board also approved a $1.5 billion share buyback, equal to about 4% of Ostrander's market value of $37.6 billion. Last year the company paid a one-time special dividend of $1.00 a share.",
            "\"A growing dividend has been part of the deal with our owners for more than two decades,\" Chief Executive Rowan Hale said in a statement issued at 4:05 p.m. EST on Tuesday.",
            "Source: Ostrander Foods press release.",
        ],
        "dups": [],
        "flags": [],
        "checks": [
            ck("pct", "dividend 84 -> 88 cents", frm="84", to="88", stated="4.8"),
            ck("prod", "annualised 4 x 88 cents", factors=["88", Fraction(4, 100)], stated="3.52"),
            ck("share", "yield 3.52 / 96.40", part="3.52", total="96.40", stated="3.7"),
            ck("share", "payout 3.52 / 5.20", part="3.52", total="5.20", stated="68"),
            ck("ratio", "'doubled' 44 -> 88 cents", frm="44", to="88", factor="2"),
            ck("share", "buyback 1.5 / market value 37.6", part="1.5", total="37.6", stated="4"),
            ck("distinct", "special vs regular dividend", a="1.00", b="88"),
            tz("Tue Nov 4 2025, 16:05 EST", "EST", "2025-11-04", "16:05"),
        ],
    },
    # ------------------------------------------------------------------ b4-24 stablecoin supply (no source line)
    {
        "id": "b4-24", "kind": "clean",
        "title": "Stablecoin supply edges to a record as dollar tokens grow",
        "published": "2025-09-15", "publisher": "Blockwise Daily",
        "url": "https://blockwise.example/stablecoins/weekly-supply-sept-15",
        "summary": "Clean stablecoin supply recap without a source line; every paragraph with a figure names Chainbeam "
                   "Analytics, an issuer or a quoted researcher. Weekly change in dollars and %, two issuers' shares, "
                   "the rest as a remainder, a rounded restatement; look-alikes supply vs trading volume, week vs "
                   "month; UTC.",
        "paras": [
            "The combined supply of dollar-pegged stablecoins rose $3.7 billion in the week to a record $248.6 billion, a gain of 1.5%, according to data from Chainbeam Analytics as of 00:00 UTC on Monday.",
            "Tessera Dollar, the largest token, accounted for $152.3 billion, or 61.3% of the total, and Ridgeway USD for $61.8 billion, or 24.9%, Chainbeam's figures showed. The remaining tokens together made up $34.5 billion.",
            "Chainbeam counted $71.2 billion of stablecoin trading volume on centralised exchanges over the week, against $63.9 billion the week before.",
            "Tessera Dollar's issuer, Tessera Payments, said it had minted $2.4 billion of new tokens since the start of September.",
            "\"A quarter of a trillion dollars in stablecoins is now a real money market,\" said Ines Moreau, head of research at Veldt Capital. Traders say demand usually picks up into quarter-end, as exchanges and payment firms hold more dollar balances on-chain for settlement, a trend regulators in several countries are watching.",
        ],
        "named": ["Chainbeam", "Tessera Payments", "Ines Moreau"],
        "dups": [],
        "flags": [],
        "checks": [
            ck("expr", "weekly % = 3.7 / (248.6 - 3.7)", vars={"c": "3.7", "s": "248.6"}, f="c / (s - c) * 100", stated="1.5"),
            ck("share", "Tessera 152.3 of 248.6", part="152.3", total="248.6", stated="61.3"),
            ck("share", "Ridgeway 61.8 of 248.6", part="61.8", total="248.6", stated="24.9"),
            ck("net", "remainder 248.6 - 152.3 - 61.8", plus=["248.6"], minus=["152.3", "61.8"], stated="34.5"),
            ck("distinct", "volume vs supply", a="71.2", b="248.6"),
            tz("Mon Sep 15 2025, 00:00 UTC", "UTC", "2025-09-15", "00:00"),
        ],
    },
]
