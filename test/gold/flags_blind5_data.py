"""Articles of test/gold/flags-blind5.jsonl (built and checked by build_flags_blind5.py).

Hand-written, blind: every company, person and figure is invented. Each article lists its
paragraphs, its gold flags and duplicates, and the checks the builder recomputes (planted
relations must be wrong at every rounding corner, controls must hold as written).
"""

ARTICLES = [
    # ------------------------------------------------------------------ b5-01
    {
        "id": "b5-01", "kind": "plant",
        "title": "Ohio sports betting handle rises in June as mobile apps dominate",
        "published": "2025-07-15", "publisher": "Lakeshore Wire",
        "url": "https://lakeshore-wire.example/ohio/sports-betting-june-2025",
        "summary": "Wire story on a state regulator's monthly sports-betting report (mln dlrs, pct): "
                   "handle x hold does not give the stated gross gaming revenue; retail bets are not "
                   "handle minus mobile bets; the hold restated in a spokesperson's quote ('percent' "
                   "against the narration's 'pct'); 'Eastern Standard Time' in July (date from the "
                   "dateline). Controls: handle % rise, tax at 20% of the stated revenue, mobile share, "
                   "largest operator's 'about 28 pct', first-half % rise.",
        "paras": [
            "COLUMBUS, Ohio, July 15 - Ohio sportsbooks took 712.4 mln dlrs in bets in June, up 4.0 pct "
            "from 684.9 mln dlrs a year earlier, the Ohio Casino Control Commission said on Tuesday.",
            "Operators kept 9.8 pct of the money wagered, the so-called hold, producing gross gaming "
            "revenue of 61.2 mln dlrs. At the state's 20 pct tax rate, that meant 12.2 mln dlrs for "
            "the state.",
            "Mobile apps accounted for 681.5 mln dlrs of the handle, or 95.7 pct. Bets placed at the "
            "state's 19 retail sportsbooks totalled 41.8 mln dlrs, the commission said.",
            "Fenwick Bet, the largest operator, took 198.3 mln dlrs in wagers, about 28 pct of the "
            "statewide total. Harlow Sports was second with 143.6 mln dlrs.",
            "\"Operators held about 8.9 percent of what was bet in June, which is healthy for a month "
            "with no football,\" commission spokesperson Dana Whitcombe said in an emailed statement.",
            "In the first half, bettors wagered 4.38 bln dlrs, 3.1 pct more than the 4.25 bln dlrs of "
            "the first half of 2024.",
            "The figures were posted at 10:00 a.m. Eastern Standard Time on the commission's website, "
            "a day later than usual because of a system upgrade.",
            "Source: Ohio Casino Control Commission",
        ],
        "dups": [],
        "flags": [
            {"rule": "arithmetic-mismatch", "text": "producing gross gaming revenue of 61.2 mln dlrs"},
            {"rule": "arithmetic-mismatch", "text": "state's 19 retail sportsbooks totalled 41.8 mln dlrs"},
            {"rule": "arithmetic-mismatch", "text": "Mobile apps accounted for 681.5 mln dlrs of the handle", "optional": True},
            {"rule": "inconsistent-figure", "text": "Operators held about 8.9 percent of what was bet"},
            {"rule": "inconsistent-figure", "text": "Operators kept 9.8 pct of the money wagered", "optional": True},
            {"rule": "timezone-mismatch", "text": "were posted at 10:00 a.m. Eastern Standard Time"},
        ],
        "checks": [
            {"kind": "pct", "desc": "June handle 684.9 -> 712.4 mln dlrs", "planted": False,
             "frm": "684.9", "to": "712.4", "stated": "4.0"},
            {"kind": "prod", "desc": "handle 712.4 mln x hold 9.8 pct = gross gaming revenue", "planted": True,
             "factors": ["712.4", "9.8*0.01"], "stated": "61.2",
             "flag": "producing gross gaming revenue of 61.2 mln dlrs"},
            {"kind": "prod", "desc": "tax 20 pct of the stated revenue 61.2", "planted": False,
             "factors": ["20*0.01", "61.2"], "stated": "12.2"},
            {"kind": "share", "desc": "mobile 681.5 of 712.4 mln", "planted": False,
             "part": "681.5", "total": "712.4", "stated": "95.7"},
            {"kind": "net", "desc": "retail = handle 712.4 - mobile 681.5", "planted": True,
             "plus": ["712.4"], "minus": ["681.5"], "stated": "41.8",
             "flag": "state's 19 retail sportsbooks totalled 41.8 mln dlrs"},
            {"kind": "share", "desc": "Fenwick Bet 198.3 of 712.4 mln, 'about 28 pct'", "planted": False,
             "part": "198.3", "total": "712.4", "stated": "28"},
            {"kind": "same", "desc": "June hold: narration 9.8 pct vs spokesperson's 8.9 percent", "planted": True,
             "a": "9.8", "b": "8.9", "flag": "Operators held about 8.9 percent of what was bet"},
            {"kind": "pct", "desc": "first-half handle 4.25 -> 4.38 bln dlrs", "planted": False,
             "frm": "4.25", "to": "4.38", "stated": "3.1"},
            {"kind": "tz", "desc": "Jul 15 2025 (dateline), 10:00 Eastern Standard Time (Ohio regulator)", "planted": True,
             "zone": "Eastern Standard Time", "time": "10:00", "date": "2025-07-15",
             "flag": "were posted at 10:00 a.m. Eastern Standard Time"},
        ],
    },
    # ------------------------------------------------------------------ b5-02
    {
        "id": "b5-02", "kind": "plant",
        "title": "Alderpoint Hotels Q1: Room Rates Carry Revenue as Margins Slip",
        "published": "2025-05-01", "publisher": "Lodging Ledger",
        "url": "https://lodging-ledger.example/earnings/alderpoint-q1-2025",
        "summary": "AI-drafted earnings recap with subheads and a key-takeaways box: the box's revenue "
                   "growth contradicted by the two revenue levels in the text; RevPAR is not occupancy x "
                   "average daily rate in its own sentence; adjusted EBITDA restated in the CEO's quote; "
                   "a pipeline 'up by a fifth' that grew 6%; EST on 1 May. Controls: box revenue "
                   "$1.462 billion vs text $1,462 million, occupancy points, EBITDA % rise and margins "
                   "in both years; look-alike owned vs system-wide RevPAR.",
        "paras": [
            "Key takeaways",
            "- Revenue: $1.462 billion, up 6.2% from a year earlier",
            "- RevPAR at owned hotels: $142.80",
            "- Adjusted EBITDA: $318 million, margin 21.8%",
            "- Development pipeline: 44,600 rooms",
            "Alderpoint Hotels on Thursday reported first-quarter revenue of $1,462 million, against "
            "$1,371 million a year earlier, as group bookings and higher room rates at its resorts offset "
            "softer demand from government travellers.",
            "Rooms",
            "Revenue per available room at owned hotels, the product of occupancy and the average daily "
            "rate, rose 4.1% to $142.80, with occupancy at 71.4% and the average rate at $196.50. "
            "Occupancy was up 1.2 percentage points from 70.2%.",
            "System-wide RevPAR, which also counts franchised and managed hotels, was $128.40.",
            "Margins",
            "Adjusted EBITDA rose 1.3% from $314 million to $318 million, for a margin of 21.8% of "
            "revenue, down from 22.9%. \"We grew EBITDA to $381 million while absorbing wage increases "
            "of about 4%,\" chief executive Marisol Ekberg told analysts.",
            "Pipeline and outlook",
            "The development pipeline reached 44,600 rooms, up by a fifth from 41,900 a year ago. "
            "Alderpoint kept its forecast for full-year RevPAR growth of 2% to 4%.",
            "Management will discuss the results on a call at 11:00 a.m. EST on Thursday, May 1.",
            "Source: Alderpoint Hotels first-quarter earnings release",
        ],
        "dups": [],
        "flags": [
            {"rule": "arithmetic-mismatch", "text": "Revenue: $1.462 billion, up 6.2% from a year earlier"},
            {"rule": "arithmetic-mismatch", "text": "against $1,371 million a year earlier", "optional": True},
            {"rule": "arithmetic-mismatch", "text": "rose 4.1% to $142.80, with occupancy at 71.4%"},
            {"rule": "arithmetic-mismatch", "text": "reached 44,600 rooms, up by a fifth from 41,900"},
            {"rule": "inconsistent-figure", "text": "We grew EBITDA to $381 million while absorbing"},
            {"rule": "inconsistent-figure", "text": "Adjusted EBITDA: $318 million, margin 21.8%", "optional": True},
            {"rule": "timezone-mismatch", "text": "call at 11:00 a.m. EST on Thursday, May 1"},
        ],
        "checks": [
            {"kind": "same", "desc": "Q1 revenue: box $1.462 billion vs text $1,462 million", "planted": False,
             "a": "1.462*1000", "b": "1,462"},
            {"kind": "pct", "desc": "revenue 1,371 -> 1,462 mln, box says up 6.2%", "planted": True,
             "frm": "1,371", "to": "1,462", "stated": "6.2",
             "flag": "Revenue: $1.462 billion, up 6.2% from a year earlier"},
            {"kind": "prod", "desc": "RevPAR = occupancy 71.4% x ADR $196.50", "planted": True,
             "factors": ["71.4*0.01", "196.50"], "stated": "142.80",
             "flag": "rose 4.1% to $142.80, with occupancy at 71.4%"},
            {"kind": "net", "desc": "occupancy 70.2% + 1.2 points", "planted": False,
             "plus": ["70.2", "1.2"], "stated": "71.4"},
            {"kind": "distinct", "desc": "owned-hotel vs system-wide RevPAR", "planted": False,
             "a": "142.80", "b": "128.40"},
            {"kind": "pct", "desc": "adjusted EBITDA 314 -> 318 mln", "planted": False,
             "frm": "314", "to": "318", "stated": "1.3"},
            {"kind": "share", "desc": "EBITDA margin 318 / 1,462", "planted": False,
             "part": "318", "total": "1,462", "stated": "21.8"},
            {"kind": "share", "desc": "year-ago EBITDA margin 314 / 1,371", "planted": False,
             "part": "314", "total": "1,371", "stated": "22.9"},
            {"kind": "same", "desc": "Q1 adjusted EBITDA: 318 vs CEO's 381 mln", "planted": True,
             "a": "318", "b": "381", "flag": "We grew EBITDA to $381 million while absorbing"},
            {"kind": "ratio", "desc": "pipeline 41,900 -> 44,600 rooms, 'up by a fifth'", "planted": True,
             "frm": "41,900", "to": "44,600", "factor": "6/5",
             "flag": "reached 44,600 rooms, up by a fifth from 41,900"},
            {"kind": "tz", "desc": "Thu May 1 2025, 11:00 EST (Alderpoint call)", "planted": True,
             "zone": "EST", "time": "11:00", "date": "2025-05-01",
             "flag": "call at 11:00 a.m. EST on Thursday, May 1"},
        ],
    },
    # ------------------------------------------------------------------ b5-03
    {
        "id": "b5-03", "kind": "plant",
        "title": "German carbon permit auction clears below secondary market",
        "published": "2025-07-08", "publisher": "Carbon Desk Wire",
        "url": "https://carbon-desk.example/auctions/germany-eua-2025-07-08",
        "summary": "Wire story on an EU carbon allowance auction (mln euros, pct): volume x clearing "
                   "price does not give the proceeds; the cover ratio is not bids / volume; the clearing "
                   "price restated with swapped digits by an analyst; '1100 CET' in July in Leipzig. "
                   "Controls: auction-to-futures discount, futures % rise, year-to-date average price; "
                   "look-alikes spot-at-auction vs settlement futures price, other countries' auctions.",
        "paras": [
            "LEIPZIG, July 8 - Germany sold 3.27 mln EU carbon allowances at an auction on the EEX "
            "exchange on Tuesday at a clearing price of 71.45 euros a tonne, raising 241.6 mln euros.",
            "Bids totalled 6.54 mln allowances from 27 participants, giving a cover ratio of 2.21, down "
            "from 2.47 at the previous German auction a week earlier.",
            "The clearing price was 0.85 euro below the 72.30 euros at which December futures traded at "
            "the time of the auction, traders said.",
            "The results were published at 1100 CET, half an hour after the bidding window closed.",
            "December futures on ICE Endex later settled at 72.84 euros, up 1.2 pct from 71.98 euros on "
            "Monday.",
            "Tuesday's clearing price of 71.54 euros was the highest at a German auction since February, "
            "said Petra Vogl, an analyst at Emberlake Carbon in Hamburg.",
            "Germany has sold 98.4 mln allowances so far this year for 7.02 bln euros, an average of "
            "71.34 euros a tonne. Poland auctions 1.88 mln allowances on Wednesday and the common EU "
            "platform 2.95 mln on Thursday.",
            "Sources: EEX, ICE Endex",
        ],
        "dups": [],
        "flags": [
            {"rule": "arithmetic-mismatch", "text": "a tonne, raising 241.6 mln euros"},
            {"rule": "arithmetic-mismatch", "text": "giving a cover ratio of 2.21, down from"},
            {"rule": "inconsistent-figure", "text": "Tuesday's clearing price of 71.54 euros was the highest"},
            {"rule": "inconsistent-figure", "text": "at a clearing price of 71.45 euros a tonne", "optional": True},
            {"rule": "timezone-mismatch", "text": "The results were published at 1100 CET"},
        ],
        "checks": [
            {"kind": "prod", "desc": "3.27 mln allowances x 71.45 euros = proceeds (mln)", "planted": True,
             "factors": ["3.27", "71.45"], "stated": "241.6",
             "flag": "a tonne, raising 241.6 mln euros"},
            {"kind": "ratio", "desc": "cover = bids 6.54 / volume 3.27 mln", "planted": True,
             "frm": "3.27", "to": "6.54", "stated": "2.21",
             "flag": "giving a cover ratio of 2.21, down from"},
            {"kind": "net", "desc": "discount = futures at auction time 72.30 - clearing 71.45", "planted": False,
             "plus": ["72.30"], "minus": ["71.45"], "stated": "0.85"},
            {"kind": "pct", "desc": "December futures 71.98 -> 72.84", "planted": False,
             "frm": "71.98", "to": "72.84", "stated": "1.2"},
            {"kind": "distinct", "desc": "futures at auction time vs settlement", "planted": False,
             "a": "72.30", "b": "72.84"},
            {"kind": "same", "desc": "clearing price: 71.45 vs analyst's 71.54", "planted": True,
             "a": "71.45", "b": "71.54", "flag": "Tuesday's clearing price of 71.54 euros was the highest"},
            {"kind": "expr", "desc": "year-to-date average = 7.02 bln / 98.4 mln", "planted": False,
             "vars": {"v": "7.02*1000", "n": "98.4"}, "f": "v / n", "stated": "71.34"},
            {"kind": "tz", "desc": "Tue Jul 8 2025 (dateline), 11:00 CET (EEX, Leipzig)", "planted": True,
             "zone": "CET", "time": "11:00", "date": "2025-07-08",
             "flag": "The results were published at 1100 CET"},
        ],
    },
    # ------------------------------------------------------------------ b5-04
    {
        "id": "b5-04", "kind": "plant",
        "title": "Seabright Cruises lifts yield forecast as ships sail fuller",
        "published": "2025-10-30", "publisher": "Harborline Business Wire",
        "url": "https://harborline.example/travel/seabright-cruises-q3-2025",
        "summary": "Cruise-line results: the quarter's revenue total is not the sum of ticket and onboard "
                   "revenue given in the next paragraph; fuel's share of revenue said to drop 1.2 "
                   "percentage points when the two shares are 1.8 apart; occupancy in the lead (108.6%) "
                   "against the body's passenger days / berth days (108.8%); EST on 30 October 2025, "
                   "before US daylight time ended. Controls: revenue % jump, occupancy computed in the "
                   "body, fuel share of revenue, EST on 4 November 2025 (after the change); "
                   "look-alike occupancy above 100%.",
        "paras": [
            "MIAMI, Oct 30 - Seabright Cruises said on Thursday its ships sailed 108.6% full in the third "
            "quarter, as demand for Caribbean itineraries held up despite higher fares. The results were "
            "released at 7:30 a.m. EST on Thursday, before the market opened.",
            "Revenue of $4.87 billion marked a 10.9% jump from $4.39 billion a year earlier.",
            "Passenger ticket revenue brought in $3.12 billion and onboard and other revenue $1.63 billion.",
            "Capacity, measured in available lower berth days, was 18.2 million, and the company carried "
            "19.8 million passenger cruise days, an occupancy of 108.8%. Cruise operators count two "
            "guests a cabin as full, so third and fourth berths push the figure above 100%.",
            "Fuel expense fell to 9.6% of revenue from 11.4%, a drop of 1.2 percentage points, as the "
            "fleet burned less fuel per berth. Fuel cost $468 million in the quarter.",
            "Adjusted net income was $1.21 billion, or $2.83 a share, up from $1.02 billion, or $2.41 a "
            "share. Seabright now expects full-year net yields to grow 4.5% to 5.0%, up from a previous "
            "range of 3.5% to 4.25%.",
            "Seabright will hold an investor day at 9:00 a.m. EST on Tuesday, Nov. 4, in New York.",
            "Source: Seabright Cruises third-quarter results",
        ],
        "dups": [],
        "flags": [
            {"rule": "arithmetic-mismatch", "text": "Revenue of $4.87 billion marked a 10.9% jump"},
            {"rule": "arithmetic-mismatch", "text": "Passenger ticket revenue brought in $3.12 billion", "optional": True},
            {"rule": "arithmetic-mismatch", "text": "from 11.4%, a drop of 1.2 percentage points"},
            {"rule": "inconsistent-figure", "text": "19.8 million passenger cruise days, an occupancy of 108.8%"},
            {"rule": "inconsistent-figure", "text": "its ships sailed 108.6% full in the third quarter", "optional": True},
            {"rule": "timezone-mismatch", "text": "released at 7:30 a.m. EST on Thursday"},
        ],
        "checks": [
            {"kind": "pct", "desc": "revenue 4.39 -> 4.87 bln", "planted": False,
             "frm": "4.39", "to": "4.87", "stated": "10.9"},
            {"kind": "net", "desc": "ticket 3.12 + onboard 1.63 = stated total 4.87 bln", "planted": True,
             "plus": ["3.12", "1.63"], "stated": "4.87",
             "flag": "Revenue of $4.87 billion marked a 10.9% jump"},
            {"kind": "share", "desc": "occupancy = 19.8 mln passenger days / 18.2 mln berth days", "planted": False,
             "part": "19.8", "total": "18.2", "stated": "108.8"},
            {"kind": "same", "desc": "Q3 occupancy: lead 108.6% vs body 108.8%", "planted": True,
             "a": "108.6", "b": "108.8", "flag": "19.8 million passenger cruise days, an occupancy of 108.8%"},
            {"kind": "net", "desc": "fuel share 11.4% -> 9.6%, said to drop 1.2 points", "planted": True,
             "plus": ["11.4"], "minus": ["9.6"], "stated": "1.2",
             "flag": "from 11.4%, a drop of 1.2 percentage points"},
            {"kind": "share", "desc": "fuel 468 mln of revenue 4.87 bln", "planted": False,
             "part": "468", "total": "4.87*1000", "stated": "9.6"},
            {"kind": "distinct", "desc": "adjusted EPS this year vs last", "planted": False,
             "a": "2.83", "b": "2.41"},
            {"kind": "tz", "desc": "Thu Oct 30 2025, 07:30 EST (Miami cruise line)", "planted": True,
             "zone": "EST", "time": "07:30", "date": "2025-10-30",
             "flag": "released at 7:30 a.m. EST on Thursday"},
            {"kind": "tz", "desc": "Tue Nov 4 2025, 09:00 EST (New York), after the 2 November change", "planted": False,
             "zone": "EST", "time": "09:00", "date": "2025-11-04"},
        ],
    },
    # ------------------------------------------------------------------ b5-05
    {
        "id": "b5-05", "kind": "plant",
        "title": "Quiet weekend at the box office as 'Hollow Crown' opens on top",
        "published": "2025-03-10", "publisher": "The Monday Reel",
        "url": "https://monday-reel.example/newsletter/2025-03-10",
        "summary": "Box-office newsletter without a source line: the weekend total 'roughly a third "
                   "lower' than a year earlier when it is a quarter lower; a per-theater average that is "
                   "not gross / theaters; the opening restated with swapped digits later; three "
                   "unsourced figure sentences ('according to industry estimates', a bare sentence, "
                   "'analysts say') and an optional vague forecast. Sourced look-alikes: the studio's "
                   "global total (adds up), a tracking firm's top-five share.",
        "named": ["Northvale", "Marquee Data"],
        "paras": [
            "Good morning. It was a quiet weekend at the North American box office, with total ticket "
            "sales for all films of about $78 million, roughly a third lower than the $104 million of "
            "the same weekend last year, according to industry estimates.",
            "\"Hollow Crown\" opened at No. 1 with $24.6 million from 3,412 theaters, a per-theater "
            "average of $8,120, Northvale Pictures said on Sunday.",
            "Northvale said the film's global total reached $61.3 million, including $36.7 million from "
            "48 international markets.",
            "Holdover \"Glass Orchard\" fell 47% from its $29.8 million debut to $15.9 million in its "
            "second weekend.",
            "According to Marquee Data, which tracks ticket sales, the five biggest films took "
            "$67.4 million, or 86% of everything sold.",
            "Premium large-format screens drove 38% of the opening, analysts say, and the average ticket "
            "for the film cost around $12.40.",
            "Hollow Crown's $26.4 million start was the best for an original fantasy film since 2023, "
            "Northvale said.",
            "Next weekend, \"Tin Harbor\" opens in about 3,000 theaters; some forecasters see a "
            "$30 million start.",
        ],
        "dups": [],
        "flags": [
            {"rule": "arithmetic-mismatch", "text": "roughly a third lower than the $104 million"},
            {"rule": "unsourced-claim", "text": "sales for all films of about $78 million"},
            {"rule": "arithmetic-mismatch", "text": "average of $8,120, Northvale Pictures said on Sunday"},
            {"rule": "unsourced-claim", "text": "fell 47% from its $29.8 million debut"},
            {"rule": "unsourced-claim", "text": "Premium large-format screens drove 38% of the opening"},
            {"rule": "inconsistent-figure", "text": "Hollow Crown's $26.4 million start was the best"},
            {"rule": "inconsistent-figure", "text": "opened at No. 1 with $24.6 million from 3,412 theaters", "optional": True},
            {"rule": "unsourced-claim", "text": "some forecasters see a $30 million start", "optional": True},
        ],
        "checks": [
            {"kind": "ratio", "desc": "weekend total 104 -> 78 mln, 'roughly a third lower'", "planted": True,
             "frm": "104", "to": "78", "factor": "2/3",
             "flag": "roughly a third lower than the $104 million"},
            {"kind": "expr", "desc": "per-theater average = 24.6 mln / 3,412 theaters", "planted": True,
             "vars": {"g": "24.6*1000000", "n": "3,412"}, "f": "g / n", "stated": "8,120",
             "flag": "average of $8,120, Northvale Pictures said on Sunday"},
            {"kind": "net", "desc": "global 61.3 = domestic 24.6 + international 36.7", "planted": False,
             "plus": ["24.6", "36.7"], "stated": "61.3"},
            {"kind": "pct", "desc": "Glass Orchard 29.8 -> 15.9 mln", "planted": False,
             "frm": "29.8", "to": "15.9", "stated": "-47"},
            {"kind": "share", "desc": "top five 67.4 of about 78 mln", "planted": False,
             "part": "67.4", "total": "78", "stated": "86"},
            {"kind": "same", "desc": "Hollow Crown opening: 24.6 vs 26.4 mln", "planted": True,
             "a": "24.6", "b": "26.4", "flag": "Hollow Crown's $26.4 million start was the best"},
        ],
    },
    # ------------------------------------------------------------------ b5-06
    {
        "id": "b5-06", "kind": "plant",
        "title": "Italy sells top of range at mid-month bond auction as new seven-year draws demand",
        "published": "2025-11-12", "publisher": "Euro Rates Wire",
        "url": "https://euro-rates-wire.example/auctions/italy-btp-2025-11-12",
        "summary": "Wire story on a sovereign auction abroad with a results table written as text lines: "
                   "the 30-year line's cover ratio is not bids / amount; a yield gap in basis points "
                   "that its two yields contradict; the seven-year's bids restated differently by a "
                   "strategist; '1100 CEST' on 12 November 2025, after European summer time ended. "
                   "Controls: amounts and bids add to the totals, the other two covers, the new bond's "
                   "9 bp gap to October.",
        "paras": [
            "ROME, Nov 12 - Italy sold 8.5 bln euros of bonds on Wednesday, the top of its planned range, "
            "as demand for a new seven-year BTP lifted total bids to 14.18 bln euros.",
            "New seven-year BTP, 3.15% coupon, due October 2032: 4.0 bln euros sold, bids 7.88 bln, yield 3.18%, cover 1.97",
            "Reopened 2035 bond: 2.75 bln euros placed against bids of 4.1 bln (cover 1.49) at 3.41%",
            "Thirty-year, Oct 2054 maturity, also reopened: 1.75 bln euros; bids 2.2 bln, yield 4.36%, cover 1.62",
            "The new seven-year bond was priced to yield 3.18%, about 9 basis points below the 3.27% paid "
            "at the last comparable sale in October.",
            "The 30-year yield of 4.36% was 18 basis points above the 4.13% at the previous sale in "
            "September.",
            "Bids were due by 1100 CEST on Wednesday and the Treasury published the results 25 minutes "
            "later.",
            "Demand for the new seven-year bond, which drew bids of 8.78 bln euros, was the strongest "
            "for a new BTP since June, said Chiara Benedetti, a rates strategist at Corsano Bank in Milan.",
            "Source: Italian Treasury auction results",
        ],
        "dups": [],
        "flags": [
            {"rule": "arithmetic-mismatch", "text": "bids 2.2 bln, yield 4.36%, cover 1.62"},
            {"rule": "arithmetic-mismatch", "text": "was 18 basis points above the 4.13% at"},
            {"rule": "inconsistent-figure", "text": "which drew bids of 8.78 bln euros, was the"},
            {"rule": "inconsistent-figure", "text": "4.0 bln euros sold, bids 7.88 bln, yield 3.18%", "optional": True},
            {"rule": "timezone-mismatch", "text": "Bids were due by 1100 CEST on Wednesday"},
        ],
        "checks": [
            {"kind": "net", "desc": "amounts 4.0 + 2.75 + 1.75 = 8.5 bln", "planted": False,
             "plus": ["4.0", "2.75", "1.75"], "stated": "8.5"},
            {"kind": "net", "desc": "bids 7.88 + 4.1 + 2.2 = 14.18 bln", "planted": False,
             "plus": ["7.88", "4.1", "2.2"], "stated": "14.18"},
            {"kind": "ratio", "desc": "2032 cover 7.88 / 4.0", "planted": False,
             "frm": "4.0", "to": "7.88", "stated": "1.97"},
            {"kind": "ratio", "desc": "2035 cover 4.1 / 2.75", "planted": False,
             "frm": "2.75", "to": "4.1", "stated": "1.49"},
            {"kind": "ratio", "desc": "2054 cover 2.2 / 1.75", "planted": True,
             "frm": "1.75", "to": "2.2", "stated": "1.62",
             "flag": "bids 2.2 bln, yield 4.36%, cover 1.62"},
            {"kind": "expr", "desc": "seven-year gap (3.27 - 3.18) x 100 bp", "planted": False,
             "vars": {"a": "3.27", "b": "3.18"}, "f": "(a - b) * 100", "stated": "9"},
            {"kind": "expr", "desc": "30-year gap (4.36 - 4.13) x 100 bp", "planted": True,
             "vars": {"a": "4.36", "b": "4.13"}, "f": "(a - b) * 100", "stated": "18",
             "flag": "was 18 basis points above the 4.13% at"},
            {"kind": "same", "desc": "bids for the new 2032 bond: 7.88 vs 8.78 bln", "planted": True,
             "a": "7.88", "b": "8.78", "flag": "which drew bids of 8.78 bln euros, was the"},
            {"kind": "tz", "desc": "Wed Nov 12 2025 (dateline), 11:00 CEST (Rome)", "planted": True,
             "zone": "CEST", "time": "11:00", "date": "2025-11-12",
             "flag": "Bids were due by 1100 CEST on Wednesday"},
        ],
    },
    # ------------------------------------------------------------------ b5-07
    {
        "id": "b5-07", "kind": "plant",
        "title": "Global Steel Output Slips in February as China Cuts Back",
        "published": "2025-03-24", "publisher": "MetalsBrief AI Desk",
        "url": "https://metalsbrief.example/steel/global-output-february-2025",
        "summary": "AI-drafted steel recap with a producers table written as text lines (Mt): China's "
                   "share of world output wrong; India's % rise contradicted by its two levels in the "
                   "text (the table line repeats the wrong %); a three-month average utilisation that "
                   "its three readings contradict; EU output in Mt vs an analyst's million tonnes; "
                   "'12:00 CEST' on 24 March 2025, six days before European summer time began. "
                   "Controls: world % fall, five producers add up, 'three quarters' of output.",
        "paras": [
            "Global crude steel output slipped in February, according to figures the World Steel "
            "Association published at 12:00 CEST on Monday, March 24.",
            "The 70 countries reporting to the association produced 139.8 Mt of crude steel, down 2.7% "
            "from 143.7 Mt a year earlier.",
            "Largest producers, February",
            "China: 74.6 Mt, down 4.4%",
            "India: 13.1 Mt, up 5.2%, the fastest growth of the top five",
            "Japan: 6.7 Mt, down 2.8%",
            "United States: 6.5 Mt, up 2.3%",
            "Russia: 5.8 Mt, down 6.4%",
            "China's 74.6 Mt made up 57.4% of the world total. The five largest producers together made "
            "106.7 million tonnes, about three quarters of global output.",
            "India, now firmly the second-largest producer, raised output by 5.2% to 13.1 million tonnes "
            "from 11.9 million a year earlier.",
            "In the European Union, output fell 2.6% to 9.8 Mt. \"European mills made 10.8 million "
            "tonnes in February, and imports took much of the rest of the market,\" said Henrik Aalto, "
            "an analyst at Norrvik Metals Research.",
            "Capacity utilisation averaged 73.6% across the three months to February, after readings of "
            "72.1%, 74.0% and 73.9%.",
            "Source: World Steel Association",
        ],
        "dups": [],
        "flags": [
            {"rule": "arithmetic-mismatch", "text": "China's 74.6 Mt made up 57.4% of the world"},
            {"rule": "arithmetic-mismatch", "text": "raised output by 5.2% to 13.1 million tonnes"},
            {"rule": "arithmetic-mismatch", "text": "India: 13.1 Mt, up 5.2%, the fastest growth", "optional": True},
            {"rule": "arithmetic-mismatch", "text": "Capacity utilisation averaged 73.6% across the three months"},
            {"rule": "inconsistent-figure", "text": "European mills made 10.8 million tonnes in February"},
            {"rule": "inconsistent-figure", "text": "output fell 2.6% to 9.8 Mt", "optional": True},
            {"rule": "timezone-mismatch", "text": "published at 12:00 CEST on Monday, March 24"},
        ],
        "checks": [
            {"kind": "tz", "desc": "Mon Mar 24 2025, 12:00 CEST (Brussels)", "planted": True,
             "zone": "CEST", "time": "12:00", "date": "2025-03-24",
             "flag": "published at 12:00 CEST on Monday, March 24"},
            {"kind": "pct", "desc": "world output 143.7 -> 139.8 Mt", "planted": False,
             "frm": "143.7", "to": "139.8", "stated": "-2.7"},
            {"kind": "share", "desc": "China 74.6 of 139.8 Mt", "planted": True,
             "part": "74.6", "total": "139.8", "stated": "57.4",
             "flag": "China's 74.6 Mt made up 57.4% of the world"},
            {"kind": "net", "desc": "five producers 74.6 + 13.1 + 6.7 + 6.5 + 5.8 Mt", "planted": False,
             "plus": ["74.6", "13.1", "6.7", "6.5", "5.8"], "stated": "106.7"},
            {"kind": "ratio", "desc": "five producers 106.7 of 139.8, 'about three quarters'", "planted": False,
             "frm": "139.8", "to": "106.7", "factor": "3/4"},
            {"kind": "pct", "desc": "India 11.9 -> 13.1 mln t, said up 5.2%", "planted": True,
             "frm": "11.9", "to": "13.1", "stated": "5.2",
             "flag": "raised output by 5.2% to 13.1 million tonnes"},
            {"kind": "same", "desc": "EU February output: 9.8 Mt vs analyst's 10.8 million tonnes", "planted": True,
             "a": "9.8", "b": "10.8", "flag": "European mills made 10.8 million tonnes in February"},
            {"kind": "expr", "desc": "three-month average of 72.1, 74.0, 73.9", "planted": True,
             "vars": {"a": "72.1", "b": "74.0", "c": "73.9"}, "f": "(a + b + c) / 3", "stated": "73.6",
             "flag": "Capacity utilisation averaged 73.6% across the three months"},
        ],
    },
    # ------------------------------------------------------------------ b5-08
    {
        "id": "b5-08", "kind": "plant",
        "title": "Easterby prices its biggest bond sale in a decade",
        "published": "2025-12-10", "publisher": "Muni Market Daily",
        "url": "https://muni-market-daily.example/deals/easterby-go-2025",
        "summary": "Municipal bond sale: the deal size in the lead is not the sum of its two series; the "
                   "order book is not '4.7 times' the bonds; the tax-exempt true interest cost restated "
                   "in the finance director's quote; EDT in December, the date in the previous sentence. "
                   "Controls: spread to the MMD benchmark, retail share of orders, annual debt service x "
                   "25 years; look-alikes tax-exempt vs taxable cost, yield vs true interest cost.",
        "paras": [
            "The city of Easterby, Connecticut, priced $412.5 million of general obligation bonds on "
            "Tuesday, December 9, its largest sale in a decade. Pricing wires went out at 10:30 a.m. "
            "EDT, and the bonds were repriced twice as orders came in.",
            "The deal comprised $298.4 million of tax-exempt Series A bonds and $104.1 million of taxable "
            "Series B bonds.",
            "Series A bonds due in 2035 yielded 3.02%, or 31 basis points above the top-rated MMD "
            "benchmark of 2.71%, while the longest bonds, due in 2050, came at 4.18%.",
            "The all-in true interest cost was 3.64% on the tax-exempt bonds and 4.71% on the taxable "
            "series.",
            "\"Getting a 3.46% borrowing cost on the tax-exempt piece in this market is a win for "
            "taxpayers,\" said Rosalind Okafor, the city's finance director.",
            "Orders totalled $1.63 billion, or 4.7 times the bonds on offer, with retail investors "
            "placing $214 million, about 13% of the book.",
            "Debt service will average $31.2 million a year over the 25-year life of the bonds, or "
            "$780 million in total. Moody's and S&P rated the bonds Aa2 and AA, respectively.",
            "Sources: Easterby preliminary official statement; pricing data from Bondwell Analytics",
        ],
        "dups": [],
        "flags": [
            {"rule": "arithmetic-mismatch", "text": "priced $412.5 million of general obligation bonds"},
            {"rule": "arithmetic-mismatch", "text": "The deal comprised $298.4 million of tax-exempt Series A", "optional": True},
            {"rule": "arithmetic-mismatch", "text": "or 4.7 times the bonds on offer"},
            {"rule": "inconsistent-figure", "text": "Getting a 3.46% borrowing cost on the tax-exempt piece"},
            {"rule": "inconsistent-figure", "text": "true interest cost was 3.64% on the tax-exempt bonds", "optional": True},
            {"rule": "timezone-mismatch", "text": "Pricing wires went out at 10:30 a.m. EDT"},
        ],
        "checks": [
            {"kind": "net", "desc": "Series A 298.4 + Series B 104.1 = stated 412.5 mln", "planted": True,
             "plus": ["298.4", "104.1"], "stated": "412.5",
             "flag": "priced $412.5 million of general obligation bonds"},
            {"kind": "tz", "desc": "Tue Dec 9 2025 (previous sentence), 10:30 EDT (Connecticut)", "planted": True,
             "zone": "EDT", "time": "10:30", "date": "2025-12-09",
             "flag": "Pricing wires went out at 10:30 a.m. EDT"},
            {"kind": "expr", "desc": "spread (3.02 - 2.71) x 100 bp", "planted": False,
             "vars": {"a": "3.02", "b": "2.71"}, "f": "(a - b) * 100", "stated": "31"},
            {"kind": "same", "desc": "tax-exempt TIC: 3.64% vs finance director's 3.46%", "planted": True,
             "a": "3.64", "b": "3.46", "flag": "Getting a 3.46% borrowing cost on the tax-exempt piece"},
            {"kind": "ratio", "desc": "orders 1,630 / bonds 412.5 mln", "planted": True,
             "frm": "412.5", "to": "1.63*1000", "stated": "4.7",
             "flag": "or 4.7 times the bonds on offer"},
            {"kind": "share", "desc": "retail 214 of 1,630 mln, 'about 13%'", "planted": False,
             "part": "214", "total": "1.63*1000", "stated": "13"},
            {"kind": "prod", "desc": "31.2 mln a year x 25 years", "planted": False,
             "factors": ["31.2", 25], "stated": "780"},
            {"kind": "distinct", "desc": "tax-exempt vs taxable TIC", "planted": False,
             "a": "3.64", "b": "4.71"},
        ],
    },
    # ------------------------------------------------------------------ b5-09
    {
        "id": "b5-09", "kind": "plant",
        "title": "Lumenbox subscriber growth beats as ad tier pays off",
        "published": "2025-07-24", "publisher": "Screen Economics Weekly",
        "url": "https://screen-economics.example/briefs/lumenbox-q2-2025",
        "summary": "Streaming results newsletter with regional lines: net subscriber additions are not "
                   "the end minus the start of the quarter; premium members x monthly price is not the "
                   "stated monthly revenue; operating margin restated in the CFO's quote; the outlook "
                   "paragraph repeated at the end with the low end changed. Controls: regions add to "
                   "the total, ad-tier members x price, revenue % rise, operating margin, ET.",
        "paras": [
            "Lumenbox added 3.1 million paid subscribers in the second quarter, ending June with "
            "86.4 million, up from 82.3 million at the end of March.",
            "United States and Canada: 38.2 million",
            "Europe, Middle East and Africa: 27.5 million",
            "Latin America: 12.9 million",
            "Asia-Pacific: 7.8 million",
            "Revenue rose 11.2% to $6.85 billion from $6.16 billion, and operating income was "
            "$1.64 billion, a margin of 23.9%.",
            "The cheaper ad-supported plan now has 31.0 million members paying $7.99 a month, about "
            "$248 million in monthly revenue. Premium members, 14.6 million of them at $24.99 a month, "
            "bring in roughly $412 million a month.",
            "\"A 29.3% operating margin in the quarter shows the ad tier is paying off,\" chief financial "
            "officer Priya Lindqvist said.",
            "Lumenbox expects to end September with 88.5 million to 89.5 million paid subscribers and "
            "forecast third-quarter revenue of $7.02 billion, with the strongest growth in "
            "Asia-Pacific.",
            "Executives will take questions in a live interview at 5:00 p.m. ET.",
            "Lumenbox expects to end September with 87.5 million to 89.5 million paid subscribers and "
            "forecast third-quarter revenue of $7.02 billion, with the strongest growth in "
            "Asia-Pacific.",
            "Source: Lumenbox shareholder letter",
        ],
        "dups": ["Lumenbox expects to end September with 87.5 million"],
        "flags": [
            {"rule": "arithmetic-mismatch", "text": "Lumenbox added 3.1 million paid subscribers in the"},
            {"rule": "arithmetic-mismatch", "text": "bring in roughly $412 million a month"},
            {"rule": "inconsistent-figure", "text": "A 29.3% operating margin in the quarter shows"},
            {"rule": "inconsistent-figure", "text": "$1.64 billion, a margin of 23.9%", "optional": True},
            {"rule": "inconsistent-figure", "text": "end September with 87.5 million to 89.5 million"},
            {"rule": "inconsistent-figure", "text": "end September with 88.5 million to 89.5 million", "optional": True},
            {"rule": "duplicate-paragraph", "text": "Lumenbox expects to end September with 87.5 million"},
        ],
        "checks": [
            {"kind": "net", "desc": "net adds = 86.4 - 82.3 mln", "planted": True,
             "plus": ["86.4"], "minus": ["82.3"], "stated": "3.1",
             "flag": "Lumenbox added 3.1 million paid subscribers in the"},
            {"kind": "net", "desc": "regions 38.2 + 27.5 + 12.9 + 7.8 = 86.4 mln", "planted": False,
             "plus": ["38.2", "27.5", "12.9", "7.8"], "stated": "86.4"},
            {"kind": "pct", "desc": "revenue 6.16 -> 6.85 bln", "planted": False,
             "frm": "6.16", "to": "6.85", "stated": "11.2"},
            {"kind": "share", "desc": "operating margin 1.64 / 6.85", "planted": False,
             "part": "1.64", "total": "6.85", "stated": "23.9"},
            {"kind": "prod", "desc": "ad tier 31.0 mln x $7.99 (mln a month)", "planted": False,
             "factors": ["31.0", "7.99"], "stated": "248"},
            {"kind": "prod", "desc": "premium 14.6 mln x $24.99 (mln a month)", "planted": True,
             "factors": ["14.6", "24.99"], "stated": "412",
             "flag": "bring in roughly $412 million a month"},
            {"kind": "same", "desc": "Q2 operating margin: 23.9% vs CFO's 29.3%", "planted": True,
             "a": "23.9", "b": "29.3", "flag": "A 29.3% operating margin in the quarter shows"},
            {"kind": "same", "desc": "September subscriber outlook low end: 88.5 vs near-copy 87.5 mln", "planted": True,
             "a": "88.5", "b": "87.5", "flag": "end September with 87.5 million to 89.5 million"},
            {"kind": "tz", "desc": "5:00 p.m. ET (generic Eastern time)", "planted": False,
             "zone": "ET", "time": "17:00", "date": "2025-07-24"},
        ],
    },
    # ------------------------------------------------------------------ b5-10
    {
        "id": "b5-10", "kind": "plant",
        "title": "Ivory Coast cocoa arrivals lag last season's pace",
        "published": "2025-12-08", "publisher": "Softs Wire",
        "url": "https://softs-wire.example/cocoa/ivory-coast-arrivals-2025-12-08",
        "summary": "Wire story without a source line on port arrivals estimated by exporters: San Pedro's "
                   "share of the season's arrivals wrong; the season's arrivals restated as 721,000 "
                   "tonnes by a named buyer; three unsourced figure sentences ('exporters estimated', "
                   "'according to exporters' estimates', 'traders said'). Sourced look-alikes: the "
                   "regulator's farmgate price 'up by a fifth' (holds), ICE futures at 1630 GMT (ICE "
                   "data named), the buyer's share of the season's forecast.",
        "named": ["Coffee and Cocoa Council", "ICE", "Lagune Commodities"],
        "paras": [
            "ABIDJAN, Dec 8 - Cocoa arrivals at Ivory Coast's ports reached 712,000 tonnes between "
            "Oct. 1 and Dec. 7, down 17% from 858,000 tonnes a year earlier, exporters estimated on "
            "Monday.",
            "Farmers delivered 61,000 tonnes in the week to Dec. 7, up from 48,000 tonnes the previous "
            "week, a 27% rise, according to exporters' estimates.",
            "The Coffee and Cocoa Council, the regulator, set the farmgate price for the main crop at "
            "2,800 CFA francs per kg, up by about a fifth from 2,300 francs last season, the council said.",
            "Arrivals at San Pedro made up 304,000 tonnes of the season's total, or 52%, with Abidjan "
            "taking the rest, traders said.",
            "London cocoa futures for March delivery settled at 4,512 pounds a tonne at 1630 GMT, while "
            "New York's March contract ended at $6,140, ICE data showed.",
            "The 721,000 tonnes delivered so far would cover about 40% of the 1.8 million tonnes "
            "expected for the full season, said Koffi Mensah, a buyer at Lagune Commodities in Abidjan.",
        ],
        "dups": [],
        "flags": [
            {"rule": "unsourced-claim", "text": "Cocoa arrivals at Ivory Coast's ports reached 712,000 tonnes"},
            {"rule": "unsourced-claim", "text": "Farmers delivered 61,000 tonnes in the week to"},
            {"rule": "unsourced-claim", "text": "Arrivals at San Pedro made up 304,000 tonnes"},
            {"rule": "arithmetic-mismatch", "text": "304,000 tonnes of the season's total, or 52%"},
            {"rule": "inconsistent-figure", "text": "The 721,000 tonnes delivered so far would cover"},
        ],
        "checks": [
            {"kind": "pct", "desc": "arrivals 858,000 -> 712,000 t", "planted": False,
             "frm": "858,000", "to": "712,000", "stated": "-17"},
            {"kind": "pct", "desc": "weekly arrivals 48,000 -> 61,000 t", "planted": False,
             "frm": "48,000", "to": "61,000", "stated": "27"},
            {"kind": "ratio", "desc": "farmgate 2,300 -> 2,800 CFA francs, 'up by about a fifth'", "planted": False,
             "frm": "2,300", "to": "2,800", "factor": "6/5"},
            {"kind": "share", "desc": "San Pedro 304,000 of 712,000 t", "planted": True,
             "part": "304,000", "total": "712,000", "stated": "52",
             "flag": "304,000 tonnes of the season's total, or 52%"},
            {"kind": "tz", "desc": "Mon Dec 8 2025, 16:30 GMT (London futures)", "planted": False,
             "zone": "GMT", "time": "16:30", "date": "2025-12-08"},
            {"kind": "same", "desc": "season's arrivals: 712,000 vs buyer's 721,000 t", "planted": True,
             "a": "712,000", "b": "721,000", "flag": "The 721,000 tonnes delivered so far would cover"},
            {"kind": "share", "desc": "721,000 of 1.8 mln t, 'about 40%'", "planted": False,
             "part": "721,000", "total": "1.8*1000000", "stated": "40"},
            {"kind": "distinct", "desc": "London (pounds) vs New York (dollars) futures", "planted": False,
             "a": "4,512", "b": "6,140"},
        ],
    },
    # ------------------------------------------------------------------ b5-11
    {
        "id": "b5-11", "kind": "plant",
        "title": "Halvard Royalty posts record quarter as gold price lifts stream income",
        "published": "2025-03-03", "publisher": "Westcoast Mining Wire",
        "url": "https://westcoast-mining.example/royalties/halvard-q4-2024",
        "summary": "Royalty company results: GEO growth contradicted by the two GEO counts; a 2.0% royalty "
                   "on a mine's 96,000 ounces credited with more GEOs than 2% of them; year-end cash "
                   "restated in the CFO's quote; PDT on 4 March 2025, five days before US daylight "
                   "time began (Vancouver). Controls: GEOs x realised price = revenue, cash margin, "
                   "4 x quarterly dividend.",
        "paras": [
            "VANCOUVER, March 3 - Halvard Royalty Corp. earned 41,250 gold equivalent ounces (GEOs) from "
            "its royalties and streams in the fourth quarter, a 14.6% increase on the 37,400 GEOs of a "
            "year earlier.",
            "At an average realised gold price of $2,655 an ounce, that brought revenue of "
            "$109.5 million. Cash costs averaged $318 per GEO, for a cash margin of 88.0%.",
            "The largest contributor was the 2.0% net smelter return royalty on the Corvo mine in "
            "Brazil, which produced 96,000 ounces in the quarter and delivered 2,310 GEOs to Halvard.",
            "Halvard ended the year with $86.3 million in cash and no debt, and it drew nothing on its "
            "$400 million credit line.",
            "\"Sitting on $68.3 million of cash with no debt gives us room to bid for new royalties,\" "
            "chief financial officer Lars Beaumont said.",
            "The board declared a quarterly dividend of 4.6 cents a share, or 18.4 cents a year.",
            "Halvard will host a conference call at 8:00 a.m. PDT on Tuesday, March 4.",
            "Source: Halvard Royalty Corp. fourth-quarter results",
        ],
        "dups": [],
        "flags": [
            {"rule": "arithmetic-mismatch", "text": "a 14.6% increase on the 37,400 GEOs"},
            {"rule": "arithmetic-mismatch", "text": "produced 96,000 ounces in the quarter and delivered 2,310 GEOs"},
            {"rule": "inconsistent-figure", "text": "Sitting on $68.3 million of cash with no debt"},
            {"rule": "inconsistent-figure", "text": "Halvard ended the year with $86.3 million in cash", "optional": True},
            {"rule": "timezone-mismatch", "text": "call at 8:00 a.m. PDT on Tuesday, March 4"},
        ],
        "checks": [
            {"kind": "pct", "desc": "GEOs 37,400 -> 41,250, said up 14.6%", "planted": True,
             "frm": "37,400", "to": "41,250", "stated": "14.6",
             "flag": "a 14.6% increase on the 37,400 GEOs"},
            {"kind": "prod", "desc": "41,250 GEOs x $2,655 = revenue (mln)", "planted": False,
             "factors": ["41,250", "2,655"], "stated": "109.5*1000000"},
            {"kind": "expr", "desc": "cash margin (2,655 - 318) / 2,655", "planted": False,
             "vars": {"p": "2,655", "c": "318"}, "f": "(p - c) / p * 100", "stated": "88.0"},
            {"kind": "prod", "desc": "2.0% royalty x 96,000 oz vs 2,310 GEOs", "planted": True,
             "factors": ["2.0*0.01", "96,000"], "stated": "2,310",
             "flag": "produced 96,000 ounces in the quarter and delivered 2,310 GEOs"},
            {"kind": "same", "desc": "year-end cash: 86.3 vs CFO's 68.3 mln", "planted": True,
             "a": "86.3", "b": "68.3", "flag": "Sitting on $68.3 million of cash with no debt"},
            {"kind": "prod", "desc": "4 x 4.6 cents", "planted": False,
             "factors": [4, "4.6"], "stated": "18.4"},
            {"kind": "tz", "desc": "Tue Mar 4 2025, 08:00 PDT (Vancouver), before the 9 March change", "planted": True,
             "zone": "PDT", "time": "08:00", "date": "2025-03-04",
             "flag": "call at 8:00 a.m. PDT on Tuesday, March 4"},
        ],
    },
    # ------------------------------------------------------------------ b5-12
    {
        "id": "b5-12", "kind": "plant",
        "title": "Copperpot Kitchens comparable sales grow on higher checks",
        "published": "2025-08-06", "publisher": "Plateline Restaurant News",
        "url": "https://plateline.example/earnings/copperpot-q2-2025",
        "summary": "Restaurant chain results: same-store sales growth contradicted by its own check and "
                   "traffic components; delivery 'doubled' to 18% from 11%; lower-case 'est' on "
                   "5 August. Controls: the CFO's quote restating the margin correctly, restaurant count "
                   "roll-forward, average unit volume x company restaurants ('roughly $1.5 billion'), "
                   "after-hours share move; look-alikes company vs franchised vs system-wide comps, this "
                   "year's vs last year's margin.",
        "paras": [
            "Copperpot Kitchens said on Tuesday that same-store sales at its company-operated restaurants "
            "rose 2.9% in the second quarter, as a 4.8% increase in the average check more than made up "
            "for a 1.6% drop in guest traffic.",
            "Franchised restaurants posted a 1.2% gain, and system-wide same-store sales rose 2.1%.",
            "The chain opened 23 restaurants and closed 9 in the quarter, ending June with 2,184 "
            "locations, up from 2,170 at the end of March.",
            "Company restaurants generated average annual sales of $2.41 million each; with 612 of them, "
            "that comes to roughly $1.5 billion a year.",
            "Restaurant-level margin narrowed to 17.3% from 18.1% as beef costs climbed. Delivery orders "
            "doubled to 18% of sales from 11% two years ago.",
            "\"Holding a 17.3% restaurant-level margin in a quarter when beef rose 9% shows the model works,\" "
            "chief financial officer Dev Raman said on a call with analysts.",
            "Copperpot shares rose 6.3% in after-hours trading to $48.90 from a close of $46.00. The "
            "results were released at 4:05 p.m. est on Tuesday, Aug. 5.",
            "Source: Copperpot Kitchens second-quarter results",
        ],
        "dups": [],
        "flags": [
            {"rule": "arithmetic-mismatch", "text": "company-operated restaurants rose 2.9% in the second quarter"},
            {"rule": "arithmetic-mismatch", "text": "Delivery orders doubled to 18% of sales from"},
            {"rule": "timezone-mismatch", "text": "released at 4:05 p.m. est on Tuesday, Aug. 5"},
        ],
        "checks": [
            {"kind": "expr", "desc": "comp = (1 + check 4.8%) x (1 - traffic 1.6%) - 1", "planted": True,
             "vars": {"c": "4.8", "t": "1.6"}, "f": "((1 + c / 100) * (1 - t / 100) - 1) * 100", "stated": "2.9",
             "flag": "company-operated restaurants rose 2.9% in the second quarter"},
            {"kind": "distinct", "desc": "franchised vs system-wide comps", "planted": False,
             "a": "1.2", "b": "2.1"},
            {"kind": "net", "desc": "restaurants 2,170 + 23 - 9", "planted": False,
             "plus": ["2,170", "23"], "minus": ["9"], "stated": "2,184"},
            {"kind": "prod", "desc": "AUV $2.41 mln x 612 restaurants ('roughly $1.5 billion')", "planted": False,
             "factors": ["2.41", "612"], "stated": "1.5*1000"},
            {"kind": "ratio", "desc": "delivery share 11% -> 18%, 'doubled'", "planted": True,
             "frm": "11", "to": "18", "factor": "2",
             "flag": "Delivery orders doubled to 18% of sales from"},
            {"kind": "same", "desc": "Q2 restaurant-level margin: 17.3% vs CFO's 17.3%", "planted": False,
             "a": "17.3", "b": "17.3"},
            {"kind": "pct", "desc": "shares 46.00 -> 48.90", "planted": False,
             "frm": "46.00", "to": "48.90", "stated": "6.3"},
            {"kind": "tz", "desc": "Tue Aug 5 2025, 16:05 est (lower case)", "planted": True,
             "zone": "est", "time": "16:05", "date": "2025-08-05",
             "flag": "released at 4:05 p.m. est on Tuesday, Aug. 5"},
        ],
    },
    # ------------------------------------------------------------------ b5-13
    {
        "id": "b5-13", "kind": "plant",
        "title": "Norway's salmon export value hits record despite harvest limits",
        "published": "2025-02-05", "publisher": "Nordic Seafood Wire",
        "url": "https://nordic-seafood.example/salmon/norway-exports-2024",
        "summary": "Wire story on annual salmon exports (bln crowns, pct): the three biggest buyers' share "
                   "of volume wrong; export volume in the lead restated differently in a later "
                   "paragraph. Controls: value % rise, average price per kg (bln crowns / mln tonnes), "
                   "0630 CET in February; look-alikes December vs full year, volume vs value.",
        "paras": [
            "OSLO, Feb 5 - Norway exported 1.19 million tonnes of salmon in 2024 worth 118.4 bln crowns, "
            "up 4.1 pct from 113.7 bln crowns, the Norwegian Seafood Council said on Wednesday.",
            "That puts the average export price at 99.5 crowns per kg, a record, as tight supply from "
            "lice-related harvest limits kept prices high through the summer.",
            "Poland, the biggest buyer, took 187,000 tonnes, followed by Denmark at 142,000 tonnes and "
            "France at 98,000 tonnes. Those three markets took 39% of export volume.",
            "In December alone, exports reached 119,300 tonnes worth 12.1 bln crowns.",
            "The 1.91 million tonnes shipped abroad last year were sold despite the harvest limits, said "
            "Magnus Rustad, seafood analyst at Fjordvik Securities, who expects volumes to grow again in "
            "2025.",
            "Exports of trout, which the council counts separately, rose to 61,400 tonnes worth 5.3 bln "
            "crowns. The council expects salmon prices to ease in 2025 as harvest volumes recover.",
            "The council published the figures at 0630 CET.",
            "Source: Norwegian Seafood Council",
        ],
        "dups": [],
        "flags": [
            {"rule": "arithmetic-mismatch", "text": "Those three markets took 39% of export volume"},
            {"rule": "arithmetic-mismatch", "text": "Poland, the biggest buyer, took 187,000 tonnes, followed", "optional": True},
            {"rule": "inconsistent-figure", "text": "The 1.91 million tonnes shipped abroad last year"},
            {"rule": "inconsistent-figure", "text": "Norway exported 1.19 million tonnes of salmon in 2024", "optional": True},
        ],
        "checks": [
            {"kind": "pct", "desc": "export value 113.7 -> 118.4 bln crowns", "planted": False,
             "frm": "113.7", "to": "118.4", "stated": "4.1"},
            {"kind": "expr", "desc": "average price = 118.4 bln crowns / 1.19 mln t (crowns per kg)", "planted": False,
             "vars": {"v": "118.4*1000000000", "t": "1.19*1000000"}, "f": "v / (t * 1000)", "stated": "99.5"},
            {"kind": "expr", "desc": "(187,000 + 142,000 + 98,000) / 1.19 mln t", "planted": True,
             "vars": {"p": "187,000", "d": "142,000", "f": "98,000", "t": "1.19*1000000"},
             "f": "(p + d + f) / t * 100", "stated": "39",
             "flag": "Those three markets took 39% of export volume"},
            {"kind": "distinct", "desc": "December vs full-year volume", "planted": False,
             "a": "119,300", "b": "1.19*1000000"},
            {"kind": "same", "desc": "2024 export volume: 1.19 vs analyst's 1.91 mln t", "planted": True,
             "a": "1.19", "b": "1.91", "flag": "The 1.91 million tonnes shipped abroad last year"},
            {"kind": "tz", "desc": "Wed Feb 5 2025, 06:30 CET (Oslo)", "planted": False,
             "zone": "CET", "time": "06:30", "date": "2025-02-05"},
        ],
    },
    # ------------------------------------------------------------------ b5-14
    {
        "id": "b5-14", "kind": "plant",
        "title": "Redwater County pension fund posts strong year, funded status improves",
        "published": "2025-09-18", "publisher": "Public Funds Report",
        "url": "https://public-funds-report.example/pensions/redwater-fy2025",
        "summary": "Public pension fund's annual results with an allocation box: end-year assets are not "
                   "start + gains + contributions - benefits; the funded ratio is not assets / "
                   "liabilities; the return restated in the CIO's quote; PST on 17 September (a "
                   "California fund); the return-assumption paragraph repeated at the end with the "
                   "figure changed. Controls: allocation adds to 100%, investment gain / start assets "
                   "= the return.",
        "paras": [
            "The Redwater County Employees' Retirement Fund earned a 9.7% net return in the fiscal year "
            "ended June 30, the California fund's board was told on Wednesday.",
            "Assets rose to $38.6 billion from $36.1 billion a year earlier, as investment gains of "
            "$3.5 billion and contributions of $1.9 billion from employers and members more than "
            "covered $2.2 billion in benefit payments.",
            "Allocation at June 30",
            "Public equity: 41%",
            "Fixed income: 24%",
            "Private equity: 14%",
            "Real assets: 12%",
            "Hedge funds and cash: 9%",
            "Private equity returned 14.2%, the best of any asset class, while real assets lost 1.3%.",
            "The funded ratio, assets divided by the actuarial value of promised benefits, improved to "
            "78.4% from 74.9%, with liabilities at $47.3 billion.",
            "The fund's target return assumption stays at 6.75%, and the board will review it next year "
            "alongside a study of how much of the portfolio should sit in private markets.",
            "\"A 9.1% year, after two lean ones, buys us time,\" said chief investment officer Graham "
            "Petrossian. The board met at 1:00 p.m. PST on Wednesday, Sept. 17, in Sacramento.",
            "The fund's target return assumption stays at 7.25%, and the board will review it next year "
            "alongside a study of how much of the portfolio should sit in private markets.",
            "Source: Redwater County Employees' Retirement Fund board materials",
        ],
        "dups": ["The fund's target return assumption stays at 7.25%"],
        "flags": [
            {"rule": "arithmetic-mismatch", "text": "Assets rose to $38.6 billion from $36.1 billion"},
            {"rule": "arithmetic-mismatch", "text": "improved to 78.4% from 74.9%, with liabilities at"},
            {"rule": "inconsistent-figure", "text": "A 9.1% year, after two lean ones, buys"},
            {"rule": "inconsistent-figure", "text": "earned a 9.7% net return in the fiscal year", "optional": True},
            {"rule": "inconsistent-figure", "text": "return assumption stays at 7.25%, and the board"},
            {"rule": "inconsistent-figure", "text": "return assumption stays at 6.75%, and the board", "optional": True},
            {"rule": "duplicate-paragraph", "text": "The fund's target return assumption stays at 7.25%"},
            {"rule": "timezone-mismatch", "text": "met at 1:00 p.m. PST on Wednesday, Sept. 17"},
        ],
        "checks": [
            {"kind": "net", "desc": "36.1 + gains 3.5 + contributions 1.9 - benefits 2.2 vs 38.6 bln", "planted": True,
             "plus": ["36.1", "3.5", "1.9"], "minus": ["2.2"], "stated": "38.6",
             "flag": "Assets rose to $38.6 billion from $36.1 billion"},
            {"kind": "share", "desc": "investment gain 3.5 / start assets 36.1 vs the 9.7% return", "planted": False,
             "part": "3.5", "total": "36.1", "stated": "9.7"},
            {"kind": "net", "desc": "allocation 41 + 24 + 14 + 12 + 9 = 100%", "planted": False,
             "plus": ["41", "24", "14", "12", "9"], "stated": 100},
            {"kind": "share", "desc": "funded ratio 38.6 / 47.3", "planted": True,
             "part": "38.6", "total": "47.3", "stated": "78.4",
             "flag": "improved to 78.4% from 74.9%, with liabilities at"},
            {"kind": "same", "desc": "fiscal-year return: 9.7% vs CIO's 9.1%", "planted": True,
             "a": "9.7", "b": "9.1", "flag": "A 9.1% year, after two lean ones, buys"},
            {"kind": "same", "desc": "return assumption: 6.75% vs near-copy 7.25%", "planted": True,
             "a": "6.75", "b": "7.25", "flag": "return assumption stays at 7.25%, and the board"},
            {"kind": "tz", "desc": "Wed Sep 17 2025, 13:00 PST (Sacramento)", "planted": True,
             "zone": "PST", "time": "13:00", "date": "2025-09-17",
             "flag": "met at 1:00 p.m. PST on Wednesday, Sept. 17"},
        ],
    },
    # ------------------------------------------------------------------ b5-15
    {
        "id": "b5-15", "kind": "plant",
        "title": "Truckload spot rates ease after the holidays",
        "published": "2025-01-13", "publisher": "Freight Pulse",
        "url": "https://freight-pulse.example/weekly/2025-01-13",
        "summary": "Trucking newsletter without a source line: the dry van rate said to fall 4 cents "
                   "between two levels 6 cents apart; a load-to-truck ratio that is not loads / trucks; "
                   "the dry van rate restated by a broker; 'Central Daylight Time' in January; two "
                   "unsourced sentences ('brokers say', 'industry data shows') and an optional vague "
                   "forecast. Sourced look-alikes: a load board, the EIA, a named broker; miles x rate "
                   "(holds); reefer and flatbed rates.",
        "named": ["Haulmark", "Energy Information Administration", "Marla Jennings"],
        "paras": [
            "Spot truckload rates eased in the week to Jan. 10 as shippers returned from the holidays, "
            "according to load-board operator Haulmark Data, with the national dry van rate averaging "
            "$2.07 a mile, down 4 cents from $2.13 the previous week.",
            "Reefer rates averaged $2.46 a mile and flatbed $2.61, Haulmark said. At the dry van rate, a "
            "driver running 2,500 loaded miles a week grosses about $5,175 before fuel.",
            "Haulmark counted 4.6 loads posted for every truck on its dry van boards, with 382,000 loads "
            "and 71,000 trucks.",
            "Contract rates, which most freight moves under, are running about 36 cents a mile above "
            "spot, brokers say.",
            "Diesel averaged $3.58 a gallon, up 3 cents on the week, the Energy Information "
            "Administration said.",
            "About 1,900 carriers left the market in December, industry data shows, the 30th straight "
            "month of net exits.",
            "Spot volumes should pick up by early February, some brokers expect, with rates likely to "
            "find a floor near $2.00.",
            "Haulmark's weekly snapshot closed at 5:00 p.m. Central Daylight Time on Friday, Jan. 10.",
            "\"With dry van spot at $2.17 a mile, many small fleets are running below cost,\" said Marla "
            "Jennings, who runs Jennings Freight Brokerage in Joplin, Missouri.",
        ],
        "dups": [],
        "flags": [
            {"rule": "arithmetic-mismatch", "text": "down 4 cents from $2.13 the previous week"},
            {"rule": "arithmetic-mismatch", "text": "Haulmark counted 4.6 loads posted for every truck"},
            {"rule": "unsourced-claim", "text": "running about 36 cents a mile above spot"},
            {"rule": "unsourced-claim", "text": "About 1,900 carriers left the market in December"},
            {"rule": "unsourced-claim", "text": "rates likely to find a floor near $2.00", "optional": True},
            {"rule": "timezone-mismatch", "text": "5:00 p.m. Central Daylight Time on Friday, Jan. 10"},
            {"rule": "inconsistent-figure", "text": "With dry van spot at $2.17 a mile"},
            {"rule": "inconsistent-figure", "text": "the national dry van rate averaging $2.07 a mile", "optional": True},
        ],
        "checks": [
            {"kind": "expr", "desc": "weekly fall (2.13 - 2.07) x 100 cents, said 4", "planted": True,
             "vars": {"a": "2.13", "b": "2.07"}, "f": "(a - b) * 100", "stated": "4",
             "flag": "down 4 cents from $2.13 the previous week"},
            {"kind": "prod", "desc": "2,500 miles x $2.07", "planted": False,
             "factors": ["2,500", "2.07"], "stated": "5,175"},
            {"kind": "ratio", "desc": "load-to-truck = 382,000 / 71,000", "planted": True,
             "frm": "71,000", "to": "382,000", "stated": "4.6",
             "flag": "Haulmark counted 4.6 loads posted for every truck"},
            {"kind": "distinct", "desc": "dry van vs reefer vs flatbed", "planted": False,
             "a": "2.46", "b": "2.61"},
            {"kind": "tz", "desc": "Fri Jan 10 2025, 17:00 Central Daylight Time", "planted": True,
             "zone": "Central Daylight Time", "time": "17:00", "date": "2025-01-10",
             "flag": "5:00 p.m. Central Daylight Time on Friday, Jan. 10"},
            {"kind": "same", "desc": "dry van spot rate, week to Jan 10: 2.07 vs broker's 2.17", "planted": True,
             "a": "2.07", "b": "2.17", "flag": "With dry van spot at $2.17 a mile"},
        ],
    },
    # ------------------------------------------------------------------ b5-16
    {
        "id": "b5-16", "kind": "plant",
        "title": "Yarran Lithium Ships More Than It Mines as Costs Fall",
        "published": "2025-10-30", "publisher": "Battery Metals Digest",
        "url": "https://battery-metals.example/asx/yarran-september-quarter-2025",
        "summary": "AI-drafted quarterly-report recap with a bullet box (dmt, US$ and A$): shipments x "
                   "realised price do not give the stated revenue; cash in the box vs 'A$0.38 billion' "
                   "in the text; AEST on 30 October 2025 for a Sydney company (Sydney on AEDT since "
                   "5 October). Controls: production % rise against the box, stockpile drawdown and "
                   "level, unit cost % fall.",
        "paras": [
            "Sydney-based Yarran Lithium lodged its September-quarter report with the ASX at 9:30 a.m. "
            "AEST on Thursday, Oct. 30.",
            "- Spodumene concentrate produced: 142,600 dry metric tonnes (dmt), up 8.3% on the June quarter",
            "- Concentrate shipped: 151,200 dmt, a quarterly record",
            "- Average realised price: US$812 a tonne",
            "- Unit operating cost: A$640 a tonne",
            "- Cash at Sept. 30: A$318 million",
            "Revenue from the quarter's shipments came to US$128.4 million, the company said. Production "
            "rose from 131,700 dmt in the June quarter.",
            "Yarran sold more than it produced, drawing stockpiles down by 8,600 tonnes to 23,400 tonnes "
            "from 32,000 tonnes at the end of June.",
            "Unit costs were 13% lower than the A$736 a tonne of the June quarter, helped by a new crusher "
            "at the mine.",
            "Managing director Callum Reid said cash and equivalents of A$0.38 billion at the end of "
            "September left the company fully funded for its expansion. Yarran kept its full-year "
            "production guidance of 540,000 to 580,000 dmt.",
            "Source: Yarran Lithium quarterly activities report",
        ],
        "dups": [],
        "flags": [
            {"rule": "timezone-mismatch", "text": "ASX at 9:30 a.m. AEST on Thursday, Oct. 30"},
            {"rule": "arithmetic-mismatch", "text": "shipments came to US$128.4 million, the company said"},
            {"rule": "arithmetic-mismatch", "text": "Concentrate shipped: 151,200 dmt, a quarterly record", "optional": True},
            {"rule": "inconsistent-figure", "text": "cash and equivalents of A$0.38 billion at the end"},
            {"rule": "inconsistent-figure", "text": "Cash at Sept. 30: A$318 million", "optional": True},
        ],
        "checks": [
            {"kind": "tz", "desc": "Thu Oct 30 2025, 09:30 AEST (Sydney)", "planted": True,
             "zone": "AEST", "time": "09:30", "date": "2025-10-30",
             "flag": "ASX at 9:30 a.m. AEST on Thursday, Oct. 30"},
            {"kind": "prod", "desc": "151,200 dmt x US$812 = revenue (mln)", "planted": True,
             "factors": ["151,200", "812"], "stated": "128.4*1000000",
             "flag": "shipments came to US$128.4 million, the company said"},
            {"kind": "pct", "desc": "production 131,700 -> 142,600 dmt", "planted": False,
             "frm": "131,700", "to": "142,600", "stated": "8.3"},
            {"kind": "net", "desc": "drawdown = shipped 151,200 - produced 142,600", "planted": False,
             "plus": ["151,200"], "minus": ["142,600"], "stated": "8,600"},
            {"kind": "net", "desc": "stockpile 32,000 - 8,600", "planted": False,
             "plus": ["32,000"], "minus": ["8,600"], "stated": "23,400"},
            {"kind": "pct", "desc": "unit cost 736 -> 640 A$", "planted": False,
             "frm": "736", "to": "640", "stated": "-13"},
            {"kind": "same", "desc": "cash at Sept 30: A$318 mln vs A$0.38 bln", "planted": True,
             "a": "318", "b": "0.38*1000", "flag": "cash and equivalents of A$0.38 billion at the end"},
        ],
    },
    # ================================================================== clean controls
    # ------------------------------------------------------------------ b5-17
    {
        "id": "b5-17", "kind": "clean",
        "title": "Japan's 10-year bond auction draws firm demand",
        "published": "2025-06-03", "publisher": "Asia Rates Wire",
        "url": "https://asia-rates-wire.example/jgb/10-year-auction-2025-06-03",
        "summary": "Clean: JGB auction with cover = bids / amount, a tail that is half of last month's, "
                   "JST twice; look-alikes auction yield vs coupon vs secondary-market yield, this cover "
                   "vs the previous one, 10-year vs next week's 30-year amounts.",
        "paras": [
            "TOKYO, June 3 - Japan's Ministry of Finance sold 2.6 trillion yen of 10-year government "
            "bonds on Tuesday, drawing bids of 8.97 trillion yen for a bid-to-cover ratio of 3.45, up "
            "from 2.91 at the previous 10-year sale in May.",
            "The lowest accepted price was 98.98 yen and the average price 99.04 yen, leaving a tail of "
            "0.06 yen, half the 0.12 yen tail seen last month.",
            "The average price implies a yield of 1.515%, above the bond's 1.4% coupon.",
            "Results were announced at 12:35 p.m. JST, 65 minutes after bidding closed.",
            "\"A cover above three shows the market is comfortable at these yields,\" said Kenji "
            "Morimoto, chief rates strategist at Hoshizora Securities in Tokyo.",
            "In secondary trading the benchmark 10-year yield eased 1.5 basis points to 1.505% by "
            "3:00 p.m. JST, from 1.52% on Monday.",
            "The ministry will offer 2.4 trillion yen of 30-year bonds next week.",
            "Source: Japan Ministry of Finance",
        ],
        "dups": [],
        "flags": [],
        "checks": [
            {"kind": "ratio", "desc": "cover 8.97 / 2.6", "planted": False,
             "frm": "2.6", "to": "8.97", "stated": "3.45"},
            {"kind": "distinct", "desc": "this cover vs May's", "planted": False, "a": "3.45", "b": "2.91"},
            {"kind": "net", "desc": "tail 99.04 - 98.98", "planted": False,
             "plus": ["99.04"], "minus": ["98.98"], "stated": "0.06"},
            {"kind": "ratio", "desc": "tail 0.12 -> 0.06, 'half'", "planted": False,
             "frm": "0.12", "to": "0.06", "factor": "1/2"},
            {"kind": "distinct", "desc": "auction yield vs coupon", "planted": False, "a": "1.515", "b": "1.4"},
            {"kind": "tz", "desc": "Tue Jun 3 2025, 12:35 JST", "planted": False,
             "zone": "JST", "time": "12:35", "date": "2025-06-03"},
            {"kind": "expr", "desc": "secondary yield fall (1.52 - 1.505) x 100 bp", "planted": False,
             "vars": {"a": "1.52", "b": "1.505"}, "f": "(a - b) * 100", "stated": "1.5"},
            {"kind": "distinct", "desc": "auction yield vs secondary-market yield", "planted": False,
             "a": "1.515", "b": "1.505"},
            {"kind": "tz", "desc": "Tue Jun 3 2025, 15:00 JST", "planted": False,
             "zone": "JST", "time": "15:00", "date": "2025-06-03"},
        ],
    },
    # ------------------------------------------------------------------ b5-18
    {
        "id": "b5-18", "kind": "clean",
        "title": "Czech central bank's reserves climb on revaluation gains",
        "published": "2025-02-07", "publisher": "Central Europe Markets",
        "url": "https://ce-markets.example/cnb/reserves-january-2025",
        "summary": "Clean, no source line (every figure paragraph names the CNB or a quoted economist): "
                   "reserves' % rise, the rise split into three parts that add up, gross = FX reserves + "
                   "gold, year-on-year % rise, CET in February; look-alikes FX vs gross reserves, "
                   "January vs year-ago, the koruna on two days.",
        "named": ["Czech National Bank", "CNB", "Tomas Hradil"],
        "paras": [
            "The Czech National Bank said on Friday that its foreign exchange reserves rose 1.5% in "
            "January to 151.8 billion euros from 149.5 billion euros at the end of December.",
            "The CNB attributed most of the 2.3 billion euro increase to revaluation: valuation gains of "
            "1.4 billion euros and interest income of 0.4 billion, with the remaining 0.5 billion "
            "coming from bond purchases.",
            "Gross reserves, which also include gold, stood at 160.2 billion euros, the CNB said; gold "
            "holdings were valued at 8.4 billion euros.",
            "A year earlier, in January 2024, foreign exchange reserves were 141.2 billion euros, "
            "according to CNB data, so they are 7.5% higher on the year.",
            "The koruna traded at 25.03 per euro at 2:00 p.m. CET, when the figures came out, little "
            "changed from 25.06 on Thursday, said Tomas Hradil, an economist at Vltava Capital in "
            "Prague, who added that reserves now equal roughly half of annual GDP.",
        ],
        "dups": [],
        "flags": [],
        "checks": [
            {"kind": "pct", "desc": "reserves 149.5 -> 151.8 bln euros", "planted": False,
             "frm": "149.5", "to": "151.8", "stated": "1.5"},
            {"kind": "net", "desc": "increase 151.8 - 149.5", "planted": False,
             "plus": ["151.8"], "minus": ["149.5"], "stated": "2.3"},
            {"kind": "net", "desc": "1.4 + 0.4 + 0.5 = 2.3", "planted": False,
             "plus": ["1.4", "0.4", "0.5"], "stated": "2.3"},
            {"kind": "net", "desc": "gross 160.2 = FX 151.8 + gold 8.4", "planted": False,
             "plus": ["151.8", "8.4"], "stated": "160.2"},
            {"kind": "pct", "desc": "year on year 141.2 -> 151.8", "planted": False,
             "frm": "141.2", "to": "151.8", "stated": "7.5"},
            {"kind": "distinct", "desc": "koruna on Friday vs Thursday", "planted": False,
             "a": "25.03", "b": "25.06"},
            {"kind": "tz", "desc": "Fri Feb 7 2025, 14:00 CET (Prague)", "planted": False,
             "zone": "CET", "time": "14:00", "date": "2025-02-07"},
        ],
    },
    # ------------------------------------------------------------------ b5-19
    {
        "id": "b5-19", "kind": "clean",
        "title": "Modeller puts Hurricane Tobin insured losses in the low double-digit billions",
        "published": "2025-10-02", "publisher": "Risk & Reinsurance Today",
        "url": "https://risk-reinsurance-today.example/cat/tobin-estimate",
        "summary": "Clean: an insured-loss range and its midpoint, economic losses 'about twice' the "
                   "insured figure, lines of business adding to the midpoint, Florida's share, EDT on "
                   "1 October; look-alikes insured vs economic, initial vs revised estimate of last "
                   "year's storm, one reinsurer's net vs gross loss.",
        "paras": [
            "Modelling firm Stormgrid Analytics estimated on Thursday that Hurricane Tobin will cost "
            "insurers $8.5 billion to $12.5 billion in the United States, with a midpoint of "
            "$10.5 billion.",
            "Total economic losses, which include uninsured damage and public infrastructure, are likely "
            "to be about twice the insured figure, at $21 billion, Stormgrid said.",
            "Residential property accounts for $6.3 billion of the midpoint, commercial property "
            "$3.1 billion and automobiles $1.1 billion.",
            "Florida accounts for 78% of the estimate, or about $8.2 billion.",
            "The storm made landfall near Cedar Key at 5:00 p.m. EDT on Wednesday, Oct. 1, as a "
            "Category 3 hurricane with 120 mph winds.",
            "Stormgrid's estimate for last year's Hurricane Brennan, first put at $13.9 billion, has "
            "since been revised to $14.6 billion.",
            "Harbourline Re, one of the largest reinsurers in the state, said its own net loss from Tobin "
            "would be $240 million to $290 million after reinsurance recoveries, against a gross loss of "
            "up to $610 million.",
            "Sources: Stormgrid Analytics; company statements",
        ],
        "dups": [],
        "flags": [],
        "checks": [
            {"kind": "expr", "desc": "midpoint of 8.5 .. 12.5", "planted": False,
             "vars": {"lo": "8.5", "hi": "12.5"}, "f": "(lo + hi) / 2", "stated": "10.5"},
            {"kind": "ratio", "desc": "economic 21 vs insured 10.5, 'about twice'", "planted": False,
             "frm": "10.5", "to": "21", "factor": "2"},
            {"kind": "net", "desc": "6.3 + 3.1 + 1.1 = 10.5", "planted": False,
             "plus": ["6.3", "3.1", "1.1"], "stated": "10.5"},
            {"kind": "prod", "desc": "78% x 10.5 ('about $8.2 billion')", "planted": False,
             "factors": ["78*0.01", "10.5"], "stated": "8.2"},
            {"kind": "tz", "desc": "Wed Oct 1 2025, 17:00 EDT (Florida)", "planted": False,
             "zone": "EDT", "time": "17:00", "date": "2025-10-01"},
            {"kind": "distinct", "desc": "Brennan initial vs revised estimate", "planted": False,
             "a": "13.9", "b": "14.6"},
            {"kind": "cover", "desc": "reinsurer's gross loss up to 610 covers net 290", "planted": False,
             "big": "610", "small": "290"},
        ],
    },
    # ------------------------------------------------------------------ b5-20
    {
        "id": "b5-20", "kind": "clean",
        "title": "Macau gaming revenue rises for a ninth month",
        "published": "2025-09-01", "publisher": "Pearl River Markets",
        "url": "https://pearl-river-markets.example/gaming/macau-august-2025",
        "summary": "Clean: monthly gross gaming revenue % rise, the same revenue in dollars at the peg, "
                   "year-to-date % rise, daily averages for August and July, a broker's forecast growth, "
                   "a share price move; look-alikes patacas vs dollars, month vs year-to-date, forecast "
                   "vs actual, Hong Kong shares vs ADSs.",
        "paras": [
            "MACAU, Sept 1 - Macau's casinos took in 23.4 billion patacas in August, up 13.0% from 20.7 "
            "billion patacas a year earlier, the Gaming Inspection and Coordination Bureau said on "
            "Monday.",
            "That is about $2.91 billion at the pataca's rate of roughly 8.05 per dollar.",
            "For the first eight months, gross gaming revenue reached 171.9 billion patacas, up 6.6% from "
            "161.2 billion.",
            "The daily average in August was about 755 million patacas, compared with 710 million in "
            "July, when revenue totalled 22.0 billion patacas.",
            "Analysts at Kestrel Securities had forecast August revenue of 22.8 billion patacas, or "
            "growth of about 10%.",
            "Mass-market tables generated roughly three quarters of revenue, Kestrel estimated, with VIP "
            "baccarat and slot machines making up the rest. Visitor arrivals rose to 3.1 million in "
            "August, the city's tourism office said.",
            "Shares of Lotus Bay Resorts, the market leader by revenue, rose 3.4% in Hong Kong to "
            "HK$41.35 from HK$39.99 on Friday. Its American depositary shares had gained 2.9% in New "
            "York on Friday.",
            "Sources: Gaming Inspection and Coordination Bureau; Kestrel Securities",
        ],
        "dups": [],
        "flags": [],
        "checks": [
            {"kind": "pct", "desc": "GGR 20.7 -> 23.4 bln patacas", "planted": False,
             "frm": "20.7", "to": "23.4", "stated": "13.0"},
            {"kind": "expr", "desc": "23.4 bln patacas / 8.05 per dollar", "planted": False,
             "vars": {"p": "23.4", "r": "8.05"}, "f": "p / r", "stated": "2.91"},
            {"kind": "pct", "desc": "year to date 161.2 -> 171.9", "planted": False,
             "frm": "161.2", "to": "171.9", "stated": "6.6"},
            {"kind": "expr", "desc": "August daily average 23.4 bln / 31", "planted": False,
             "vars": {"g": "23.4*1000", "d": 31}, "f": "g / d", "stated": "755"},
            {"kind": "expr", "desc": "July daily average 22.0 bln / 31", "planted": False,
             "vars": {"g": "22.0*1000", "d": 31}, "f": "g / d", "stated": "710"},
            {"kind": "pct", "desc": "forecast 20.7 -> 22.8, 'about 10%'", "planted": False,
             "frm": "20.7", "to": "22.8", "stated": "10"},
            {"kind": "distinct", "desc": "forecast vs actual August revenue", "planted": False,
             "a": "22.8", "b": "23.4"},
            {"kind": "pct", "desc": "Lotus Bay 39.99 -> 41.35 HK$", "planted": False,
             "frm": "39.99", "to": "41.35", "stated": "3.4"},
        ],
    },
    # ------------------------------------------------------------------ b5-21
    {
        "id": "b5-21", "kind": "clean",
        "title": "Champagne shipments fall again as U.S. demand cools",
        "published": "2025-06-12", "publisher": "Vine & Cellar Wire",
        "url": "https://vine-cellar-wire.example/champagne/shipments-2024",
        "summary": "Clean: bottles % fall, exports + France = total and exports' share, value % fall, "
                   "average value per bottle in both years, U.S. shipments 'down by a fifth' from 2022 "
                   "(holds), CEST in June; look-alikes volume vs value, full year vs five months, a "
                   "producer's forecast.",
        "paras": [
            "EPERNAY, France, June 12 - Champagne houses shipped 263.8 million bottles in 2024, down 9.5% "
            "from 291.5 million in 2023, the Comité Champagne said on Thursday.",
            "Exports accounted for 151.2 million bottles, or 57.3% of the total, and France for the "
            "remaining 112.6 million.",
            "Sales by value fell less steeply, by 7.2% to 5.78 billion euros from 6.23 billion euros, as "
            "houses held prices.",
            "The average value per bottle rose to about 21.91 euros from 21.37 euros.",
            "The United States remained the biggest export market at 24.6 million bottles, though that "
            "was down by a fifth from 2022, when it took 30.8 million.",
            "Figures for the first five months of 2025 were published at 10:00 CEST on Thursday and "
            "showed shipments of 88.2 million bottles, 1.8% more than a year earlier.",
            "Maxime Delorme, export director at the house of Varennes-Aubry, said 2025 shipments could "
            "recover to around 270 million bottles.",
            "Source: Comité Champagne",
        ],
        "dups": [],
        "flags": [],
        "checks": [
            {"kind": "pct", "desc": "bottles 291.5 -> 263.8 mln", "planted": False,
             "frm": "291.5", "to": "263.8", "stated": "-9.5"},
            {"kind": "net", "desc": "exports 151.2 + France 112.6", "planted": False,
             "plus": ["151.2", "112.6"], "stated": "263.8"},
            {"kind": "share", "desc": "exports 151.2 of 263.8", "planted": False,
             "part": "151.2", "total": "263.8", "stated": "57.3"},
            {"kind": "pct", "desc": "value 6.23 -> 5.78 bln euros", "planted": False,
             "frm": "6.23", "to": "5.78", "stated": "-7.2"},
            {"kind": "expr", "desc": "value per bottle 2024: 5.78 bln / 263.8 mln", "planted": False,
             "vars": {"v": "5.78*1000", "b": "263.8"}, "f": "v / b", "stated": "21.91"},
            {"kind": "expr", "desc": "value per bottle 2023: 6.23 bln / 291.5 mln", "planted": False,
             "vars": {"v": "6.23*1000", "b": "291.5"}, "f": "v / b", "stated": "21.37"},
            {"kind": "ratio", "desc": "U.S. 30.8 -> 24.6 mln bottles, 'down by a fifth'", "planted": False,
             "frm": "30.8", "to": "24.6", "factor": "4/5"},
            {"kind": "tz", "desc": "Thu Jun 12 2025, 10:00 CEST (Epernay)", "planted": False,
             "zone": "CEST", "time": "10:00", "date": "2025-06-12"},
            {"kind": "distinct", "desc": "full year vs five months", "planted": False,
             "a": "263.8", "b": "88.2"},
        ],
    },
    # ------------------------------------------------------------------ b5-22
    {
        "id": "b5-22", "kind": "clean",
        "title": "Remittances to Mexico fall again in May",
        "published": "2025-07-01", "publisher": "Latam Macro Wire",
        "url": "https://latam-macro-wire.example/mexico/remittances-may-2025",
        "summary": "Clean: remittances % fall, transactions x average remittance = the total, five-month "
                   "% fall, peso % move; CST in July in Mexico City (standard time all year since 2022, "
                   "so valid); look-alikes month vs year to date, a quoted annual run rate.",
        "paras": [
            "MEXICO CITY, July 1 - Remittances to Mexico fell 5.4% in May to $5.48 billion from "
            "$5.79 billion a year earlier, the Bank of Mexico said on Tuesday.",
            "The central bank counted 14.2 million transactions, with an average remittance of $386.",
            "In the first five months, remittances totalled $24.1 billion, down 3.2% from $24.9 billion.",
            "The data were released at 9:00 a.m. CST, and the peso weakened 0.3% to 18.84 per dollar by "
            "midday, from 18.78 before the release.",
            "Electronic transfers made up 99.1% of the total; money orders and cash made up the rest. "
            "Most of the money came from the United States, with transfers from Texas and California "
            "together making up about 40% of the total, the central bank said.",
            "Economists polled by Latam Macro Wire had expected a smaller fall of 2.8%. May's total was the "
            "lowest for the month since 2021.",
            "\"Remittances are still running near $62 billion a year,\" said Lucia Ferran, chief "
            "economist at Banco Altiplano in Mexico City.",
            "Source: Bank of Mexico",
        ],
        "dups": [],
        "flags": [],
        "checks": [
            {"kind": "pct", "desc": "May 5.79 -> 5.48 bln", "planted": False,
             "frm": "5.79", "to": "5.48", "stated": "-5.4"},
            {"kind": "expr", "desc": "average = 5.48 bln / 14.2 mln transactions", "planted": False,
             "vars": {"v": "5.48*1000", "n": "14.2"}, "f": "v / n", "stated": "386"},
            {"kind": "pct", "desc": "five months 24.9 -> 24.1 bln", "planted": False,
             "frm": "24.9", "to": "24.1", "stated": "-3.2"},
            {"kind": "tz", "desc": "Tue Jul 1 2025, 09:00 CST (Mexico City)", "planted": False,
             "zone": "CST", "time": "09:00", "date": "2025-07-01", "iana": "America/Mexico_City"},
            {"kind": "pct", "desc": "peso 18.78 -> 18.84 per dollar", "planted": False,
             "frm": "18.78", "to": "18.84", "stated": "0.3"},
            {"kind": "distinct", "desc": "May vs five months", "planted": False, "a": "5.48", "b": "24.1"},
            {"kind": "distinct", "desc": "forecast vs actual fall", "planted": False, "a": "2.8", "b": "5.4"},
        ],
    },
    # ------------------------------------------------------------------ b5-23
    {
        "id": "b5-23", "kind": "clean",
        "title": "Corvane Medical raises outlook as heart-device sales climb",
        "published": "2025-10-22", "publisher": "MedTech Markets",
        "url": "https://medtech-markets.example/earnings/corvane-q3-2025",
        "summary": "Clean: revenue % rise, segment lines adding to revenue, adjusted EPS % rise, the "
                   "guidance midpoint raised 7.5 cents, a CFO's 'passed $1.2 billion', share % move, "
                   "ET; look-alikes reported vs constant-currency vs organic growth, adjusted vs GAAP "
                   "EPS, old vs new guidance.",
        "paras": [
            "Corvane Medical reported third-quarter revenue of $2.84 billion on Wednesday, up 7.6% on a "
            "reported basis from $2.64 billion and 6.1% in constant currency.",
            "Organic growth, which also strips out the acquisition of Tessaly Surgical, was 5.4%.",
            "Cardiovascular: $1.21 billion, up 9.0%",
            "Orthopedics: $0.86 billion, up 4.9%",
            "Diagnostics: $0.77 billion, up 7.9%",
            "Adjusted earnings per share rose to $1.47 from $1.33, an increase of 10.5%, while earnings "
            "under generally accepted accounting principles were $1.12 a share.",
            "Corvane raised its full-year adjusted EPS forecast to $5.80 to $5.90, from $5.70 to $5.85, "
            "lifting the midpoint by 7.5 cents.",
            "Chief financial officer Hannah Osei said cardiovascular sales had passed $1.2 billion in a "
            "quarter for the first time.",
            "Corvane ended the quarter with $3.9 billion in cash and bought back 2.1 million shares for "
            "$195 million, an average of about $93 a share.",
            "The shares rose 4.2% to $96.30 in New York by 11:15 a.m. ET, from Tuesday's close of $92.42.",
            "Source: Corvane Medical third-quarter results",
        ],
        "dups": [],
        "flags": [],
        "checks": [
            {"kind": "pct", "desc": "revenue 2.64 -> 2.84 bln", "planted": False,
             "frm": "2.64", "to": "2.84", "stated": "7.6"},
            {"kind": "distinct", "desc": "reported vs constant-currency growth", "planted": False,
             "a": "7.6", "b": "6.1"},
            {"kind": "net", "desc": "segments 1.21 + 0.86 + 0.77", "planted": False,
             "plus": ["1.21", "0.86", "0.77"], "stated": "2.84"},
            {"kind": "pct", "desc": "adjusted EPS 1.33 -> 1.47", "planted": False,
             "frm": "1.33", "to": "1.47", "stated": "10.5"},
            {"kind": "distinct", "desc": "adjusted vs GAAP EPS", "planted": False, "a": "1.47", "b": "1.12"},
            {"kind": "expr", "desc": "midpoint change ((5.80 + 5.90) - (5.70 + 5.85)) / 2 x 100 cents", "planted": False,
             "vars": {"a": "5.80", "b": "5.90", "c": "5.70", "d": "5.85"}, "f": "((a + b) - (c + d)) / 2 * 100",
             "stated": "7.5"},
            {"kind": "same", "desc": "cardiovascular 1.21 vs CFO's 'passed $1.2 billion'", "planted": False,
             "a": "1.21", "b": "1.2"},
            {"kind": "expr", "desc": "buyback 195 mln / 2.1 mln shares, 'about $93'", "planted": False,
             "vars": {"v": "195", "n": "2.1"}, "f": "v / n", "stated": "93"},
            {"kind": "pct", "desc": "shares 92.42 -> 96.30", "planted": False,
             "frm": "92.42", "to": "96.30", "stated": "4.2"},
            {"kind": "tz", "desc": "11:15 a.m. ET (generic)", "planted": False,
             "zone": "ET", "time": "11:15", "date": "2025-10-22"},
        ],
    },
    # ------------------------------------------------------------------ b5-24
    {
        "id": "b5-24", "kind": "clean",
        "title": "Private equity fundraising slows in the third quarter",
        "published": "2025-10-07", "publisher": "Buyside Bulletin",
        "url": "https://buyside-bulletin.example/private-equity/q3-2025-fundraising",
        "summary": "Clean, no source line (every figure paragraph names a data firm, a manager or a "
                   "quoted adviser): quarter % fall, average fund size, buyout share, a close above "
                   "target, 'a third lower' than the 2021 peak (holds); look-alikes quarter vs nine "
                   "months, fund size vs target, this year's vs last year's average.",
        "named": ["Pitchline", "Ashgrove Partners", "Marchetti"],
        "paras": [
            "Private equity firms raised $148.6 billion across 412 funds in the third quarter, according "
            "to Pitchline Data, down 11% from $167.0 billion a year earlier.",
            "The average fund closed at $361 million, Pitchline said, compared with $402 million a year "
            "ago.",
            "Buyout funds took $92.4 billion, or 62% of the total, Pitchline said, while growth equity "
            "funds raised $31.2 billion and the rest went to secondaries and other strategies.",
            "The largest close was Ashgrove Partners' fifth flagship fund at $14.5 billion, above its "
            "$12 billion target, the firm said in a statement.",
            "\"Fundraising for the first nine months is running at about $470 billion, a third lower than "
            "the 2021 peak of $705 billion,\" said Helene Marchetti, head of private markets at the "
            "pension adviser Colbeck & Rowe.",
            "Pitchline counted 1,960 funds in the market at the end of September, seeking a combined "
            "$1.12 trillion. Time to close lengthened to 19.4 months on average, from 16.8 months in "
            "2023, Pitchline said.",
        ],
        "dups": [],
        "flags": [],
        "checks": [
            {"kind": "pct", "desc": "quarter 167.0 -> 148.6 bln", "planted": False,
             "frm": "167.0", "to": "148.6", "stated": "-11"},
            {"kind": "expr", "desc": "average fund 148.6 bln / 412", "planted": False,
             "vars": {"v": "148.6*1000", "n": "412"}, "f": "v / n", "stated": "361"},
            {"kind": "share", "desc": "buyout 92.4 of 148.6", "planted": False,
             "part": "92.4", "total": "148.6", "stated": "62"},
            {"kind": "cover", "desc": "Ashgrove close 14.5 above 12 target", "planted": False,
             "big": "14.5", "small": "12"},
            {"kind": "ratio", "desc": "nine months 470 vs 2021 peak 705, 'a third lower'", "planted": False,
             "frm": "705", "to": "470", "factor": "2/3"},
            {"kind": "distinct", "desc": "quarter vs nine months", "planted": False, "a": "148.6", "b": "470"},
            {"kind": "distinct", "desc": "average fund this year vs last", "planted": False, "a": "361", "b": "402"},
        ],
    },
]
