"""Articles and gold for flags-blind3.jsonl (built and checked by build_flags_blind3.py).

Each article: id, kind ("plant" or "clean"), title, published, publisher, url, summary,
body (paragraphs separated by one blank line, each paragraph on one line), dups (opening
words of near-copy paragraphs), flags (gold items), checks (every relation the builder
recomputes), and for articles without a source line, named (the attributions that make a
paragraph sourced).

Figures in checks are written as they appear in the text ("1.17"), with an optional scale
("1.17*1000" is 1,170 in the unit of the other operands); an int or a Fraction is an exact
figure the text only implies (days in a month, a unit factor).
"""
from fractions import Fraction

AM, IF, TZ, UC, DP = ("arithmetic-mismatch", "inconsistent-figure", "timezone-mismatch",
                      "unsourced-claim", "duplicate-paragraph")


def req(rule, text):
    return {"rule": rule, "text": text}


def opt(rule, text):
    return {"rule": rule, "text": text, "optional": True}


def plant(kind, desc, flag, **kw):
    return {"kind": kind, "desc": desc, "planted": True, "flag": flag, **kw}


def ctrl(kind, desc, **kw):
    return {"kind": kind, "desc": desc, "planted": False, **kw}


def art(**a):
    a["paras"] = a.pop("body").strip().split("\n\n")
    a.setdefault("dups", [])
    return a


ARTICLES = [
    # ------------------------------------------------------------------ b3-01
    art(
        id="b3-01", kind="plant",
        title="Brennick Tools second-quarter profit falls as home builders cut orders",
        published="2025-07-31", publisher="Meridian Newswire",
        url="https://meridian-newswire.example/2025/07/31/brennick-tools-q2",
        summary="Wire earnings (mln/bln dlrs, pct, dateline): sales 'rose' while the levels fell "
                "(wrong direction); operating margin contradicted by the operating income "
                "beside it and the sales in the previous paragraph; EST on a July call (date from the dateline); EPS in the lead vs a "
                "later restatement. Controls: net income % change, segments add to sales.",
        body="""
MILWAUKEE, July 31 (Meridian Newswire) - Brennick Tools Corp said on Thursday its second-quarter net income fell 12.4 pct to 88.6 mln dlrs, or 1.21 dlrs a share, from 101.1 mln dlrs, or 1.37 dlrs a share, a year earlier, as home builders cut orders for power tools and fasteners.

Sales rose 2.3 pct to 1.17 bln dlrs from 1.20 bln dlrs, the Milwaukee-based company said, as price increases of about 3 pct failed to make up for lower volumes.

The professional segment brought in 742 mln dlrs and the consumer segment 428 mln dlrs. Operating income was 118.3 mln dlrs, and the operating margin narrowed to 9.1 pct from 11.6 pct.

Brennick cut its full-year forecast for adjusted earnings to 4.60 to 4.80 dlrs a share from 5.00 to 5.20 dlrs. Analysts on average had expected 4.95 dlrs, according to LSEG data.

"Dealers are running leaner inventories than at any point since 2020," Chief Executive Dana Whitcombe said on a call with analysts at 0900 EST. Earnings of 1.12 dlrs a share were the lowest for a second quarter since 2021, she said.

Shares of Brennick fell 6.2 pct to 84.15 dlrs in morning trading on the New York Stock Exchange.

Source: Brennick Tools Corp quarterly results; LSEG
""",
        flags=[
            req(AM, "Sales rose 2.3 pct to 1.17 bln dlrs"),
            req(AM, "the operating margin narrowed to 9.1 pct from 11.6 pct"),
            req(TZ, "on a call with analysts at 0900 EST"),
            req(IF, "Earnings of 1.12 dlrs a share were the lowest"),
            opt(IF, "88.6 mln dlrs, or 1.21 dlrs a share"),
        ],
        checks=[
            ctrl("pct", "Q2 net income 101.1 -> 88.6 mln dlrs", frm="101.1", to="88.6", stated="-12.4"),
            plant("pct", "Q2 sales 1.20 -> 1.17 bln dlrs, said to have risen 2.3 pct",
                  "Sales rose 2.3 pct to 1.17 bln dlrs", frm="1.20", to="1.17", stated="2.3"),
            ctrl("net", "segments 742 + 428 mln = sales 1.17 bln", plus=["742", "428"], stated="1.17*1000"),
            plant("share", "operating margin 118.3 mln / sales 1.17 bln",
                  "the operating margin narrowed to 9.1 pct from 11.6 pct",
                  part="118.3", total="1.17*1000", stated="9.1"),
            plant("tz", "Jul 31 2025 (dateline), 09:00 EST", "on a call with analysts at 0900 EST",
                  zone="EST", time="09:00", date="2025-07-31"),
            plant("same", "Q2 EPS: lead 1.21 vs later 1.12 dlrs", "Earnings of 1.12 dlrs a share were the lowest",
                  a="1.21", b="1.12"),
            ctrl("distinct", "full-year adjusted EPS forecast low end vs consensus", a="4.60", b="4.95"),
        ],
    ),
    # ------------------------------------------------------------------ b3-02
    art(
        id="b3-02", kind="plant",
        title="Ether ETFs Snap Outflow Streak as Institutions Return: What the Flows Show",
        published="2025-08-19", publisher="Blockwise Daily",
        url="https://blockwise-daily.example/markets/ether-etf-flows-week-33",
        summary="AI-drafted recap with subheads and a takeaway box: three funds' inflows do not add "
                "to their stated sum; one fund's share of a net total given in the box; box price vs "
                "text price at the same close; EST in August with the date from the box and 'Friday'. "
                "Control: parts minus outflows give the box's net total.",
        body="""
Key Takeaways

- Net inflows: $412 million across nine U.S. spot ether ETFs in the week to August 15

- Largest single inflow: the Corvane Ether Trust, with $236 million

- Ether price: $4,412 at Friday's U.S. close, up 6.8% on the week

U.S. spot ether exchange-traded funds returned to net inflows last week after three straight weeks of redemptions, as institutional buyers stepped back in ahead of the Federal Reserve's Jackson Hole symposium.

Flows by Issuer

The Corvane Ether Trust led the week with $236 million of new money, followed by Halbrook's ETHH with $118 million and the Trevan Ether Fund with $74 million. Together, the three leaders drew $468 million, while two smaller funds lost a combined $16 million to redemptions. The other four funds reported no flows.

Corvane alone accounted for 64% of the week's net inflow, its biggest share since the funds launched.

Price Action

Ether ended Friday's U.S. session at $4,214, its highest weekly finish since December. Those prices are taken at the 4:00 p.m. EST close on Friday, when the U.S. spot funds strike their net asset values. Bitcoin lagged, rising 1.9% over the same period.

What Comes Next

Traders will watch whether the inflows hold into the September Fed meeting. Options on Deribit show the largest open interest at the $5,000 strike for the September 26 expiry.

Sources: Ledgerstone Research fund-flow data; issuer websites
""",
        flags=[
            req(AM, "Together, the three leaders drew $468 million"),
            req(AM, "Corvane alone accounted for 64% of the week's net inflow"),
            opt(AM, "$412 million across nine U.S. spot ether ETFs"),
            req(IF, "Ether ended Friday's U.S. session at $4,214"),
            opt(IF, "Ether price: $4,412 at Friday's U.S. close"),
            req(TZ, "taken at the 4:00 p.m. EST close on Friday"),
        ],
        checks=[
            plant("net", "three leaders 236 + 118 + 74 = stated 468", "Together, the three leaders drew $468 million",
                  plus=["236", "118", "74"], stated="468"),
            ctrl("net", "236 + 118 + 74 - 16 = box net inflow 412", plus=["236", "118", "74"], minus=["16"], stated="412"),
            plant("share", "Corvane 236 of net 412 (box)", "Corvane alone accounted for 64% of the week's net inflow",
                  part="236", total="412", stated="64"),
            plant("same", "ether at Friday's U.S. close: box 4,412 vs text 4,214",
                  "Ether ended Friday's U.S. session at $4,214", a="4,412", b="4,214"),
            plant("tz", "Friday Aug 15 2025 (box, 'Friday'), 16:00 EST", "taken at the 4:00 p.m. EST close on Friday",
                  zone="EST", time="16:00", date="2025-08-15"),
        ],
    ),
    # ------------------------------------------------------------------ b3-03
    art(
        id="b3-03", kind="plant",
        title="Why is my mortgage quote so much higher than the Fed's rate? An explainer",
        published="2025-10-02", publisher="Hearthstone Money",
        url="https://hearthstone-money.example/explainers/mortgage-rates-fed-gap",
        summary="Explainer/FAQ without a source line: a year-on-year drop in percentage points "
                "and a mortgage-Treasury spread contradicted by the levels; the survey rate "
                "restated differently in a later answer; three unsourced figures (bare, 'industry "
                "estimates suggest', 'by some counts') and an optional vague forecast.",
        named=["Federal Reserve", "Freddie Mac", "Treasury data", "Mortgage Bankers Association", "Corbel Advisors"],
        body="""
The Federal Reserve has started cutting interest rates again, yet many borrowers are still being quoted mortgage rates far above the Fed's own rate. Here is what is going on.

What did the Fed do?

The Federal Reserve cut its benchmark rate by a quarter point on September 17, to a range of 4.00% to 4.25%, the Fed said in its statement. It was the first cut since December.

Where are mortgage rates now?

The average 30-year fixed rate was 6.34% this week, according to Freddie Mac's weekly survey, down from 6.87% a year ago, a drop of 0.35 percentage point.

Why is the gap so wide?

Lenders price 30-year loans off the 10-year Treasury yield, because most mortgages are repaid or refinanced within about a decade. The 10-year yield was 4.12% on Wednesday, Treasury data show, which puts the gap with the Freddie Mac average at 2.52 percentage points. Before 2022 that spread typically ran at about 1.7 points, according to the Mortgage Bankers Association.

Is it going to get better?

Probably slowly. Analysts expect the 30-year rate to drift toward 6% by next spring as the Fed keeps cutting. Refinance applications have jumped 58% since early August.

How many homeowners are locked in?

A lot. Roughly 80% of U.S. mortgage holders have a rate below 6%, industry estimates suggest, which keeps many of them from selling. Home prices have risen 4.1% over the past year, by some counts.

Does the Fed's rate matter at all?

Yes, through expectations. "Every time the market prices in another cut, the 10-year comes in a bit," said Nadia Ferreira, a strategist at Corbel Advisors. With the average 30-year rate at 6.43% this week, Freddie Mac's survey shows borrowers have gained little since the Fed's move.
""",
        flags=[
            req(AM, "a year ago, a drop of 0.35 percentage point"),
            req(AM, "the gap with the Freddie Mac average at 2.52"),
            req(IF, "With the average 30-year rate at 6.43% this week"),
            opt(IF, "The average 30-year fixed rate was 6.34% this week"),
            opt(UC, "expect the 30-year rate to drift toward 6%"),
            req(UC, "Refinance applications have jumped 58% since early August"),
            req(UC, "Roughly 80% of U.S. mortgage holders have a rate"),
            req(UC, "Home prices have risen 4.1% over the past year"),
        ],
        checks=[
            plant("net", "30-year rate 6.87 -> 6.34: drop in points", "a year ago, a drop of 0.35 percentage point",
                  plus=["6.87"], minus=["6.34"], stated="0.35"),
            plant("net", "spread: 30-year 6.34 - 10-year 4.12", "the gap with the Freddie Mac average at 2.52",
                  plus=["6.34"], minus=["4.12"], stated="2.52"),
            plant("same", "Freddie Mac 30-year average this week: 6.34 vs 6.43",
                  "With the average 30-year rate at 6.43% this week", a="6.34", b="6.43"),
            ctrl("distinct", "pre-2022 typical spread vs today's", a="1.7", b="2.52"),
        ],
    ),
    # ------------------------------------------------------------------ b3-04
    art(
        id="b3-04", kind="plant",
        title="Velloria Foods Q3 preview: what Wall Street expects on Wednesday",
        published="2025-10-27", publisher="Tickerline",
        url="https://tickerline.example/previews/velloria-foods-q3-2025",
        summary="Earnings preview: 'Eastern Standard Time' spelled out on 29 October (US daylight "
                "time until 2 November); consensus revenue growth contradicted by the two levels; "
                "buyback shares x average price != stated cost; consensus restated differently. "
                "Controls: EPS growth, ET call, value of an implied move.",
        body="""
Velloria Foods reports third-quarter results before the opening bell on Wednesday, October 29. The release is scheduled for 7:00 a.m. Eastern Standard Time, with a conference call at 8:30 a.m. ET.

What the Street expects

Analysts polled by Tallis Data expect revenue of $2.46 billion, up 5.6% from $2.31 billion a year earlier, and adjusted earnings of $0.87 a share, against $0.81 a year ago, an increase of 7.4%.

Velloria guided in July for full-year organic sales growth of 3% to 4% and adjusted earnings of $3.40 to $3.50 a share. The consensus for the full year sits at $3.46.

Pricing has carried the top line for two years. The $2.64 billion revenue consensus assumes price increases of about 3% and flat volumes, Tallis Data's breakdown shows.

Buybacks have also supported per-share earnings. Velloria bought back 3.1 million shares in the second quarter for $186 million, an average of $52.40 a share, its filings show.

Options pricing implies a move of 6.2% in either direction after the report, compared with an average move of 4.1% over the past eight quarters, according to Cboe data. At Friday's close of $58.30, that implied move is worth about $3.61 a share.

Velloria shares have fallen 9.8% this year, against a 2.1% gain in the S&P 500 consumer staples index.

Sources: Tallis Data; Velloria Foods filings; Cboe Global Markets
""",
        flags=[
            req(TZ, "The release is scheduled for 7:00 a.m. Eastern Standard Time"),
            req(AM, "revenue of $2.46 billion, up 5.6% from $2.31"),
            opt(IF, "Analysts polled by Tallis Data expect revenue of $2.46"),
            req(IF, "The $2.64 billion revenue consensus assumes price increases"),
            req(AM, "3.1 million shares in the second quarter for $186 million"),
        ],
        checks=[
            plant("tz", "Wed Oct 29 2025, 07:00 Eastern Standard Time",
                  "The release is scheduled for 7:00 a.m. Eastern Standard Time",
                  zone="Eastern Standard Time", time="07:00", date="2025-10-29"),
            ctrl("tz", "Wed Oct 29 2025, 08:30 ET (generic)", zone="ET", time="08:30", date="2025-10-29"),
            plant("pct", "consensus Q3 revenue 2.31 -> 2.46 bn", "revenue of $2.46 billion, up 5.6% from $2.31",
                  frm="2.31", to="2.46", stated="5.6"),
            ctrl("pct", "consensus adjusted EPS 0.81 -> 0.87", frm="0.81", to="0.87", stated="7.4"),
            plant("same", "Q3 revenue consensus: 2.46 vs 2.64 bn",
                  "The $2.64 billion revenue consensus assumes price increases", a="2.46", b="2.64"),
            plant("prod", "buyback 3.1 mln shares x $52.40 = stated $186 mln",
                  "3.1 million shares in the second quarter for $186 million",
                  factors=["3.1", "52.40"], stated="186"),
            ctrl("expr", "implied move 6.2% of $58.30", vars={"p": "58.30", "m": "6.2"}, f="p*m/100", stated="3.61"),
            ctrl("distinct", "full-year EPS guidance low end vs full-year consensus", a="3.40", b="3.46"),
        ],
    ),
    # ------------------------------------------------------------------ b3-05
    art(
        id="b3-05", kind="plant",
        title="UK goods trade deficit narrows in November as exports recover",
        published="2025-01-14", publisher="Harbor Point Wire",
        url="https://harborpoint-wire.example/uk/2025/01/14/uk-trade-november",
        summary="Macro release (bln stg, pct): services exports - imports != stated surplus; BST "
                "in January; EU export growth in narration vs an economist's quote. Controls: goods "
                "exports - imports = both months' deficits, both % changes, forecast vs actual.",
        body="""
LONDON, Jan 14 (Harbor Point Wire) - Britain's goods trade deficit narrowed to 17.9 bln stg in November from 19.2 bln stg in October, the Office for National Statistics said on Tuesday, a smaller gap than the 18.6 bln stg economists had forecast.

Goods exports rose 3.1 pct to 33.3 bln stg from 32.3 bln stg, while imports edged down 0.6 pct to 51.2 bln stg from 51.5 bln stg.

Exports to the European Union rose 8.5 pct on the month, led by cars and pharmaceuticals, while exports to non-EU countries were little changed.

Britain continued to run a surplus in services. Services exports of 42.6 bln stg and imports of 26.1 bln stg gave a services surplus of 15.8 bln stg in November, the ONS said.

The figures were published at 0700 BST, alongside monthly GDP data showing the economy grew 0.1 pct in November after shrinking 0.1 pct in October.

"Exports to the EU jumped 5.8% in November, the strongest month since the spring," said Priya Natarajan, an economist at Calderbank Securities. "We think some of that was firms getting ahead of new rules in January."

Sterling was little changed after the data at $1.2208.

Source: Office for National Statistics; Calderbank Securities
""",
        flags=[
            req(AM, "gave a services surplus of 15.8 bln stg in November"),
            req(TZ, "The figures were published at 0700 BST, alongside monthly GDP"),
            req(IF, "Exports to the EU jumped 5.8% in November"),
            opt(IF, "Exports to the European Union rose 8.5 pct"),
        ],
        checks=[
            ctrl("net", "Nov goods deficit = imports 51.2 - exports 33.3", plus=["51.2"], minus=["33.3"], stated="17.9"),
            ctrl("net", "Oct goods deficit = imports 51.5 - exports 32.3", plus=["51.5"], minus=["32.3"], stated="19.2"),
            ctrl("pct", "goods exports 32.3 -> 33.3", frm="32.3", to="33.3", stated="3.1"),
            ctrl("pct", "goods imports 51.5 -> 51.2", frm="51.5", to="51.2", stated="-0.6"),
            plant("net", "services surplus = exports 42.6 - imports 26.1",
                  "gave a services surplus of 15.8 bln stg in November", plus=["42.6"], minus=["26.1"], stated="15.8"),
            plant("tz", "Jan 14 2025 (dateline), 07:00 BST", "The figures were published at 0700 BST, alongside monthly GDP",
                  zone="BST", time="07:00", date="2025-01-14"),
            plant("same", "Nov exports to the EU, month-on-month: 8.5 vs 5.8 (quote)",
                  "Exports to the EU jumped 5.8% in November", a="8.5", b="5.8"),
            ctrl("distinct", "Nov deficit actual vs forecast", a="17.9", b="18.6"),
        ],
    ),
    # ------------------------------------------------------------------ b3-06
    art(
        id="b3-06", kind="plant",
        title="Soybeans climb to three-week high; corn slides, copper firms",
        published="2025-06-26", publisher="Prairie Desk",
        url="https://prairie-desk.example/markets/2025-06-26-grains-metals-wrap",
        summary="Commodities wrap from Chicago: corn's % fall contradicted by the cents drop and the "
                "settlement; CST on a June session; COMEX-LME copper premium contradicted by the two "
                "prices; soybean settlement restated with transposed digits. Controls: soybean cents "
                "and %, gold futures premium, EDT, pound-to-tonne conversion.",
        body="""
CHICAGO, June 26 (Prairie Desk) - Soybean futures rose to a three-week high on Thursday on strong export demand, while corn fell on forecasts of rain across the U.S. Midwest.

Grains

The most-active July soybean contract on the Chicago Board of Trade settled up 14.5 cents, or 1.4%, at $10.62 a bushel. The settlement was the highest since June 4.

July corn fell 2.1% to $4.18 a bushel, a drop of 13 cents, and July wheat lost 4 cents to $5.37. Trading in the grain pit closed at 1:20 p.m. CST, as it does every session.

Exporters sold 1.24 million tonnes of soybeans for delivery in the 2025/26 marketing year, the U.S. Department of Agriculture said, the most in a week since March.

Metals

Spot gold was up 0.6% at $3,342.10 an ounce by 1:45 p.m. EDT, while U.S. gold futures settled 0.4% higher at $3,356.80, a premium of $14.70 over spot.

Three-month copper on the London Metal Exchange rose 0.8% to $9,846 a tonne. COMEX copper futures traded at $4.97 a pound, or about $10,957 a tonne, a premium of $1,211 over the London price.

Brokers said the $10.26 settlement in soybeans would draw fresh buying from commodity funds on Friday.

Sources: CME Group; London Metal Exchange; USDA
""",
        flags=[
            req(AM, "July corn fell 2.1% to $4.18 a bushel"),
            req(TZ, "Trading in the grain pit closed at 1:20 p.m. CST"),
            req(AM, "a premium of $1,211 over the London price"),
            opt(AM, "Three-month copper on the London Metal Exchange rose 0.8%"),
            req(IF, "the $10.26 settlement in soybeans would draw fresh buying"),
            opt(IF, "settled up 14.5 cents, or 1.4%, at $10.62"),
        ],
        checks=[
            ctrl("expr", "soybeans +14.5 cents to $10.62: % of the prior settle",
                 vars={"a": "14.5", "b": "10.62*100"}, f="a/(b-a)*100", stated="1.4"),
            plant("expr", "corn -13 cents to $4.18: % of the prior settle", "July corn fell 2.1% to $4.18 a bushel",
                  vars={"a": "13", "b": "4.18*100"}, f="a/(b+a)*100", stated="2.1"),
            plant("tz", "Thu Jun 26 2025 (dateline), 13:20 CST (Chicago)", "Trading in the grain pit closed at 1:20 p.m. CST",
                  zone="CST", time="13:20", date="2025-06-26"),
            ctrl("tz", "Jun 26 2025, 13:45 EDT", zone="EDT", time="13:45", date="2025-06-26"),
            ctrl("net", "gold futures 3,356.80 - spot 3,342.10", plus=["3,356.80"], minus=["3,342.10"], stated="14.70"),
            ctrl("prod", "4.97 $/lb x 2,204.62 lb/t", factors=["4.97", Fraction("2204.62")], stated="10,957"),
            plant("net", "COMEX 10,957 - LME 9,846 $/t", "a premium of $1,211 over the London price",
                  plus=["10,957"], minus=["9,846"], stated="1,211"),
            plant("same", "July soybean settlement: 10.62 vs 10.26",
                  "the $10.26 settlement in soybeans would draw fresh buying", a="10.62", b="10.26"),
        ],
    ),
    # ------------------------------------------------------------------ b3-07
    art(
        id="b3-07", kind="plant",
        title="Stonefield Mining's July update: 402 BTC mined as fleet upgrade lifts hashrate",
        published="2025-08-04", publisher="Hashrate Herald",
        url="https://hashrate-herald.example/miners/stonefield-july-2025",
        summary="Crypto-miner production update with a fact box: coins sold x average price != "
                "proceeds (box line); one site's share of output wrong; 'doubled' contradicted by "
                "from/to hashrate; the efficiency paragraph repeated at the end with the figure "
                "changed. Controls: % change in output, daily average, holdings roll-forward, CDT.",
        body="""
Stonefield Mining published its July production update on Monday at 7:00 a.m. CDT. Here are the main numbers.

July at a glance

- Bitcoin mined: 402 BTC (June: 371 BTC)

- Average daily production: 12.97 BTC

- Bitcoin sold: 150 BTC at an average price of $117,400, for proceeds of $16.1 million

- Holdings at July 31: 3,874 BTC (June 30: 3,622 BTC)

Stonefield mined 402 bitcoin in July, up 8.4% from 371 in June, as newer machines came online at its two Texas sites. Of the 402 BTC, 291 came from the Crockett site, or 78% of the total.

Deployed hashrate reached 31.6 EH/s at the end of July, having doubled from 19.8 EH/s at the start of the year, the company said.

Fleet efficiency improved to 18.4 joules per terahash at the end of July, from 21.2 J/TH in January, as the last of the older machines at the Crockett site were switched off.

Stonefield sold 150 BTC during the month to fund equipment payments and ended July with 3,874 BTC on its balance sheet. Chief Financial Officer Mara Lindqvist said the company would keep selling part of its monthly output.

Fleet efficiency improved to 17.4 joules per terahash at the end of July, from 21.2 J/TH in January, as the last of the older machines at the Crockett site were switched off.

Source: Stonefield Mining monthly production update
""",
        dups=["Fleet efficiency improved to 17.4 joules per terahash"],
        flags=[
            req(AM, "$117,400, for proceeds of $16.1 million"),
            req(AM, "came from the Crockett site, or 78% of the total"),
            req(AM, "having doubled from 19.8 EH/s at the start"),
            req(IF, "to 17.4 joules per terahash at the end of July"),
            opt(IF, "to 18.4 joules per terahash at the end of July"),
            req(DP, "Fleet efficiency improved to 17.4 joules per terahash"),
        ],
        checks=[
            ctrl("tz", "Mon Aug 4 2025, 07:00 CDT (Texas)", zone="CDT", time="07:00", date="2025-08-04"),
            ctrl("pct", "BTC mined 371 -> 402", frm="371", to="402", stated="8.4"),
            ctrl("expr", "daily average 402 BTC / 31 days", vars={"m": "402", "d": 31}, f="m/d", stated="12.97"),
            plant("prod", "150 BTC x $117,400 = stated $16.1 mln", "$117,400, for proceeds of $16.1 million",
                  factors=["150", "117,400"], stated="16.1*1000000"),
            ctrl("net", "holdings 3,622 + 402 - 150", plus=["3,622", "402"], minus=["150"], stated="3,874"),
            plant("share", "Crockett 291 of 402 BTC", "came from the Crockett site, or 78% of the total",
                  part="291", total="402", stated="78"),
            plant("ratio", "'doubled': hashrate 19.8 -> 31.6 EH/s", "having doubled from 19.8 EH/s at the start",
                  frm="19.8", to="31.6", factor=2),
            plant("same", "fleet efficiency at end-July: 18.4 vs near-copy 17.4 J/TH",
                  "to 17.4 joules per terahash at the end of July", a="18.4", b="17.4"),
        ],
    ),
    # ------------------------------------------------------------------ b3-08
    art(
        id="b3-08", kind="plant",
        title="Euro tests $1.10 as Bund yields jump; sterling slips",
        published="2025-12-09", publisher="Ledger & Line",
        url="https://ledger-and-line.example/columns/fx-rates/2025-12-09",
        summary="FX and rates column: CEST in December; a basis-point rise contradicted by the two "
                "yields; an Italy-Germany spread contradicted by the two yields; sterling's close in "
                "narration vs a strategist's quote. Controls: EUR/USD % change, JST.",
        body="""
The euro pushed toward $1.10 on Tuesday as a sell-off in German government bonds lifted yields across the euro zone, while sterling slipped after weaker-than-expected UK retail data.

By 16:45 CEST the euro was up 0.4% at $1.0962, from $1.0918 at the end of Monday's session.

Germany's 10-year Bund yield rose 6 basis points to 2.71%, from 2.59% on Monday, its biggest one-day rise since March. Italy's 10-year yield climbed to 3.48%, leaving the gap between Italian and German 10-year yields at 87 basis points.

Sterling ended the day at $1.2714, down 0.3%, after the British Retail Consortium said like-for-like sales fell 0.6% in November.

"With sterling ending the day at 1.2741, the market is telling you it expects the Bank of England to cut again in February," said Marta Kovacs, head of FX strategy at Ostrander Bank.

In Asia, the dollar bought 155.20 yen at 0900 JST, little changed from Monday. U.S. two-year Treasury yields fell 4 basis points to 3.96% in New York trading.

The European Central Bank meets on December 18; money markets price a 30% chance of a cut, according to LSEG data.

Sources: LSEG; Tradeweb; Ostrander Bank
""",
        flags=[
            req(TZ, "By 16:45 CEST the euro was up 0.4%"),
            req(AM, "10-year Bund yield rose 6 basis points to 2.71%"),
            req(AM, "the gap between Italian and German 10-year yields at 87"),
            req(IF, "With sterling ending the day at 1.2741, the market"),
            opt(IF, "Sterling ended the day at $1.2714, down 0.3%"),
        ],
        checks=[
            plant("tz", "Tue Dec 9 2025, 16:45 CEST", "By 16:45 CEST the euro was up 0.4%",
                  zone="CEST", time="16:45", date="2025-12-09"),
            ctrl("pct", "EUR/USD 1.0918 -> 1.0962", frm="1.0918", to="1.0962", stated="0.4"),
            plant("expr", "Bund 2.59 -> 2.71 in bp", "10-year Bund yield rose 6 basis points to 2.71%",
                  vars={"a": "2.59", "b": "2.71"}, f="(b-a)*100", stated="6"),
            plant("expr", "BTP 3.48 - Bund 2.71 in bp", "the gap between Italian and German 10-year yields at 87",
                  vars={"a": "2.71", "b": "3.48"}, f="(b-a)*100", stated="87"),
            plant("same", "GBP/USD at the day's end: 1.2714 vs 1.2741 (quote)",
                  "With sterling ending the day at 1.2741, the market", a="1.2714", b="1.2741"),
            ctrl("tz", "Dec 9 2025, 09:00 JST", zone="JST", time="09:00", date="2025-12-09"),
        ],
    ),
    # ------------------------------------------------------------------ b3-09
    art(
        id="b3-09", kind="plant",
        title="Arkwell Energy to buy Tamsin Resources in $3.4 billion cash-and-stock deal",
        published="2025-03-10", publisher="Gulfstream Business",
        url="https://gulfstream-business.example/deals/arkwell-tamsin",
        summary="M&A: premium contradicted by the offer and the prior close; enterprise value != "
                "equity value + net debt; EST on 10 March 2025 (US daylight time began 9 March); "
                "equity value restated differently by the CEO. Controls: cash + stock = offer, "
                "stock leg, equity value, target holders' share, premarket jump, CT.",
        body="""
HOUSTON, March 10 (Gulfstream Business) - Arkwell Energy Inc agreed to buy Tamsin Resources for $38.50 a share in cash and stock, the companies said on Monday, in a deal that values the Permian Basin producer's equity at about $3.4 billion.

Tamsin shareholders will receive $22.00 in cash and 0.3800 Arkwell shares for each share they own. Based on Arkwell's Friday close of $43.42, the stock portion is worth $16.50.

The offer is a 41% premium to Tamsin's closing price of $29.65 on Friday. Tamsin has 88.3 million shares outstanding.

Including Tamsin's net debt of $1.1 billion, the transaction has an enterprise value of $4.7 billion, Arkwell said.

After the deal, Tamsin's shareholders will own about 19% of the combined company, Arkwell said. Arkwell has 143 million shares outstanding.

The companies announced the agreement at 6:30 a.m. EST on Monday, before U.S. markets opened, and will hold a joint call at 8:00 a.m. CT.

Chief Executive Rory Delacroix said the $3.6 billion equity deal would lift Arkwell's Permian output to about 410,000 barrels of oil equivalent a day.

Tamsin shares jumped 27.1% to $37.68 in premarket trading.

Sources: Arkwell Energy and Tamsin Resources joint statement; LSEG
""",
        flags=[
            req(AM, "The offer is a 41% premium to Tamsin's closing"),
            req(AM, "the transaction has an enterprise value of $4.7 billion"),
            opt(AM, "producer's equity at about $3.4 billion"),
            req(TZ, "announced the agreement at 6:30 a.m. EST on Monday"),
            req(IF, "the $3.6 billion equity deal would lift Arkwell's"),
            opt(IF, "in a deal that values the Permian Basin"),
        ],
        checks=[
            ctrl("prod", "stock leg 0.3800 x $43.42", factors=["0.3800", "43.42"], stated="16.50"),
            ctrl("net", "cash 22.00 + stock 16.50 = offer", plus=["22.00", "16.50"], stated="38.50"),
            plant("pct", "premium: close 29.65 -> offer 38.50", "The offer is a 41% premium to Tamsin's closing",
                  frm="29.65", to="38.50", stated="41"),
            ctrl("prod", "equity value 88.3 mln x $38.50 (mln)", factors=["88.3", "38.50"], stated="3.4*1000"),
            plant("net", "EV = equity 3.4 + net debt 1.1 bn", "the transaction has an enterprise value of $4.7 billion",
                  plus=["3.4", "1.1"], stated="4.7"),
            ctrl("expr", "Tamsin holders' share: 88.3 x 0.38 new shares vs 143 mln",
                 vars={"s": "88.3", "r": "0.3800", "a": "143"}, f="s*r/(a+s*r)*100", stated="19"),
            plant("tz", "Mon Mar 10 2025 (dateline), 06:30 EST", "announced the agreement at 6:30 a.m. EST on Monday",
                  zone="EST", time="06:30", date="2025-03-10"),
            ctrl("tz", "Mar 10 2025, 08:00 CT (generic)", zone="CT", time="08:00", date="2025-03-10"),
            plant("same", "equity value: 3.4 vs 3.6 bn (CEO)", "the $3.6 billion equity deal would lift Arkwell's",
                  a="3.4", b="3.6"),
            ctrl("pct", "Tamsin premarket 29.65 -> 37.68", frm="29.65", to="37.68", stated="27.1"),
        ],
    ),
    # ------------------------------------------------------------------ b3-10
    art(
        id="b3-10", kind="plant",
        title="Ostrava Logistics 2024 results: revenue by division, dividend cut",
        published="2025-03-06", publisher="Freight Ledger",
        url="https://freight-ledger.example/results/ostrava-logistics-fy2024",
        summary="Results story with a table-like list: the group line's revenue is not the sum of "
                "the division lines; a division's revenue in the list vs the narration; net profit's "
                "% decline contradicted by the levels; a headcount share wrong. Controls: operating "
                "profit adds up, group growth implied by the divisions' growth, dividend cut, margin.",
        body="""
Ostrava Logistics reported full-year results on Thursday, with growth in contract logistics and parcels offset by a weaker freight-forwarding business. The division figures for 2024 were:

Contract logistics: revenue €1,482 million, up 6.1%; operating profit €104 million

Freight forwarding: revenue €964 million, down 3.8%; operating profit €41 million

Parcel: revenue €618 million, up 12.3%; operating profit €38 million

Whole group: €3,164 million of revenue (up 3.9%) and €183 million of operating profit

Freight forwarding revenue slipped 3.8% to €946 million as ocean rates fell from their early-year highs, the company said.

Net profit fell to €97 million from €112 million, a decline of 15.3%, hit by restructuring charges of €21 million.

The board proposed a dividend of €0.82 a share, down 18% from €1.00.

Ostrava employed 21,400 people at the end of the year, 6,900 of them in the parcel division, or 36% of the workforce.

Parcel's operating margin rose to 6.1%, chief executive Tomas Hruby said, and the division will open two new sorting hubs in Poland this year.

Source: Ostrava Logistics annual report 2024
""",
        flags=[
            req(AM, "Whole group: €3,164 million of revenue (up 3.9%)"),
            req(IF, "Freight forwarding revenue slipped 3.8% to €946 million"),
            opt(IF, "Freight forwarding: revenue €964 million, down 3.8%"),
            req(AM, "from €112 million, a decline of 15.3%"),
            req(AM, "6,900 of them in the parcel division, or 36%"),
        ],
        checks=[
            plant("net", "divisions 1,482 + 964 + 618 = group revenue", "Whole group: €3,164 million of revenue (up 3.9%)",
                  plus=["1,482", "964", "618"], stated="3,164"),
            ctrl("net", "operating profit 104 + 41 + 38 = group", plus=["104", "41", "38"], stated="183"),
            ctrl("expr", "group growth implied by the divisions' revenue and growth (on their sum)",
                 vars={"a": "1,482", "b": "964", "c": "618", "ga": "6.1", "gb": "3.8", "gc": "12.3"},
                 f="(a+b+c)/(a/(1+ga/100)+b/(1-gb/100)+c/(1+gc/100))*100-100", stated="3.9"),
            plant("same", "2024 freight forwarding revenue: list 964 vs text 946",
                  "Freight forwarding revenue slipped 3.8% to €946 million", a="964", b="946"),
            plant("pct", "net profit 112 -> 97", "from €112 million, a decline of 15.3%",
                  frm="112", to="97", stated="-15.3"),
            ctrl("pct", "dividend 1.00 -> 0.82", frm="1.00", to="0.82", stated="-18"),
            plant("share", "parcel staff 6,900 of 21,400", "6,900 of them in the parcel division, or 36%",
                  part="6,900", total="21,400", stated="36"),
            ctrl("share", "parcel margin 38 / 618", part="38", total="618", stated="6.1"),
        ],
    ),
    # ------------------------------------------------------------------ b3-11
    art(
        id="b3-11", kind="plant",
        title="Corvid Air July passengers up 7 pct; load factor slips",
        published="2025-08-12", publisher="Meridian Newswire",
        url="https://meridian-newswire.example/2025/08/12/corvid-air-july-traffic",
        summary="Wire traffic release: daily flights x 31 days != the month's total; 'tripled' "
                "contradicted by from/to cargo; July passengers in the lead vs the CEO's quote. "
                "Controls: passenger % change, load factor from capacity and traffic growth, GMT "
                "and BST in August, year-to-date look-alike.",
        body="""
DUBLIN, Aug 12 (Meridian Newswire) - Corvid Air carried 4.82 mln passengers in July, up 7.1 pct from 4.50 mln a year earlier, the airline said on Tuesday, as it added flights to southern Europe.

Capacity, measured in available seat kilometres, rose 9.4 pct, while traffic in revenue passenger kilometres grew 6.3 pct, so the load factor fell to 84.6 pct from 87.1 pct.

The airline operated 1,240 flights a day on average in July, or 37,200 for the month.

Cargo volumes on its new routes to Asia tripled to 18,400 tonnes from 8,200 tonnes a year earlier.

"Carrying 4.28 million people in a single month is a first for Corvid," Chief Executive Aoife Brennan said in a statement.

Year to date, Corvid has carried 27.9 mln passengers, up 5.3 pct. The figures were released at 0700 GMT.

Corvid shares rose 1.8 pct to 14.62 euros by 1015 BST in London.

Source: Corvid Air monthly traffic statistics
""",
        flags=[
            req(AM, "1,240 flights a day on average in July, or 37,200"),
            req(AM, "tripled to 18,400 tonnes from 8,200 tonnes"),
            req(IF, "Carrying 4.28 million people in a single month is"),
            opt(IF, "Corvid Air carried 4.82 mln passengers in July"),
        ],
        checks=[
            ctrl("pct", "July passengers 4.50 -> 4.82 mln", frm="4.50", to="4.82", stated="7.1"),
            ctrl("expr", "load factor 87.1 x (1 + 6.3%) / (1 + 9.4%)",
                 vars={"l": "87.1", "t": "6.3", "c": "9.4"}, f="l*(1+t/100)/(1+c/100)", stated="84.6"),
            plant("prod", "1,240 flights a day x 31 days", "1,240 flights a day on average in July, or 37,200",
                  factors=["1,240", 31], stated="37,200"),
            plant("ratio", "'tripled': cargo 8,200 -> 18,400 t", "tripled to 18,400 tonnes from 8,200 tonnes",
                  frm="8,200", to="18,400", factor=3),
            plant("same", "July passengers: 4.82 mln vs 4.28 million (quote)",
                  "Carrying 4.28 million people in a single month is", a="4.82", b="4.28"),
            ctrl("distinct", "July vs year-to-date passengers", a="4.82", b="27.9"),
            ctrl("tz", "Aug 12 2025, 07:00 GMT", zone="GMT", time="07:00", date="2025-08-12"),
            ctrl("tz", "Aug 12 2025, 10:15 BST", zone="BST", time="10:15", date="2025-08-12"),
        ],
    ),
    # ------------------------------------------------------------------ b3-12
    art(
        id="b3-12", kind="plant",
        title="Small Caps Rip Higher as Rate-Cut Bets Build: 5 Things to Know",
        published="2025-09-05", publisher="Stockwise Daily",
        url="https://stockwise-daily.example/markets/small-caps-rally-september-5",
        summary="AI-drafted market recap with subheads and no source line: EST (as 'am EST') on a "
                "September Friday; the Russell 2000's % gain contradicted by its points gain and "
                "close; the S&P 500 close restated with two digits swapped; three unsourced figures "
                "(bare, 'market watchers estimate', 'widely cited estimates') and an optional vague "
                "forecast. Look-alike: payrolls actual vs forecast.",
        named=["Labor Department", "Quanta Market Data", "Halberd Capital"],
        body="""
Small-cap stocks led Wall Street higher on Friday after a soft jobs report cemented bets on a Federal Reserve rate cut this month. Here is what moved markets.

Jobs data disappoint

The payrolls report, released at 8:30 am EST on Friday, showed employers added 22,000 jobs in August, the Labor Department said, well below the 75,000 economists had expected. The unemployment rate rose to 4.3%.

Small caps lead

The Russell 2000 rose 2.4% to 2,391.20, a gain of 65.80 points, according to Quanta Market Data, while the S&P 500 added 0.6% to close at 6,502.08.

Short interest in the Russell 2000 hit 3.1% of float last month, a two-year high.

Where the money went

Retail investors poured roughly $2.6 billion into small-cap ETFs this week, market watchers estimate. Roughly 40% of Russell 2000 companies are unprofitable, according to widely cited estimates.

Rates and the Fed

"A September cut is now a lock, and October is live," said Vance Okoro, chief investment officer at Halberd Capital. Quanta Market Data showed the two-year Treasury yield falling 10 basis points to 3.51%.

The S&P 500's close of 6,520.08 left the index 0.4% below its record, Quanta Market Data showed.

What to watch

Some strategists see the Russell 2000 reaching 2,600 by year-end if the Fed cuts three more times.
""",
        flags=[
            req(TZ, "The payrolls report, released at 8:30 am EST on Friday"),
            req(AM, "The Russell 2000 rose 2.4% to 2,391.20, a gain"),
            req(IF, "The S&P 500's close of 6,520.08 left the index"),
            opt(IF, "added 0.6% to close at 6,502.08"),
            req(UC, "Short interest in the Russell 2000 hit 3.1% of float"),
            req(UC, "poured roughly $2.6 billion into small-cap ETFs this week"),
            req(UC, "Roughly 40% of Russell 2000 companies are unprofitable"),
            opt(UC, "see the Russell 2000 reaching 2,600 by year-end"),
        ],
        checks=[
            plant("tz", "Fri Sep 5 2025, 08:30 EST", "The payrolls report, released at 8:30 am EST on Friday",
                  zone="EST", time="08:30", date="2025-09-05"),
            plant("expr", "Russell 2000 +65.80 points to 2,391.20: % of the prior close",
                  "The Russell 2000 rose 2.4% to 2,391.20, a gain",
                  vars={"a": "65.80", "b": "2,391.20"}, f="a/(b-a)*100", stated="2.4"),
            plant("same", "S&P 500 close on Sep 5: 6,502.08 vs 6,520.08", "The S&P 500's close of 6,520.08 left the index",
                  a="6,502.08", b="6,520.08"),
            ctrl("distinct", "August payrolls actual vs expected", a="22,000", b="75,000"),
        ],
    ),
    # ------------------------------------------------------------------ b3-13
    art(
        id="b3-13", kind="plant",
        title="Asia-Europe container rates keep sliding as new ships flood the market",
        published="2025-05-22", publisher="Quayside Report",
        url="https://quayside-report.example/rates/2025-05-22-drewmark-index",
        summary="Shipping rates: CET on 22 May; 'halved' contradicted by from/to while a 'roughly "
                "half' beside it holds; an average of three lanes wrong; the Rotterdam rate restated "
                "with transposed digits in a quote. Controls: weekly % change of the index, the "
                "'roughly half' lane.",
        body="""
Container freight rates fell for a sixth straight week, with the Drewmark World Container Index down 3.6% at $2,316 per 40-foot container, from $2,402 a week earlier, Drewmark Maritime Consultants said on Thursday.

This week's index was released at 14:00 CET on Thursday, May 22, an hour later than usual because of a data-feed problem.

Shanghai-to-Rotterdam rates have halved since the January peak of $4,980, to $2,962 per box, while Shanghai-to-Genoa rates fell to $2,590 from $5,120, roughly half their January level.

On transpacific routes, rates averaged $2,740 across the three lanes Drewmark tracks: $3,120 to Los Angeles, $2,480 to Seattle and $4,010 to New York.

"Another 1.1 million TEU of new capacity arrives this year," said Henrik Aalto, a director at Drewmark. "At $2,926 to Rotterdam, carriers are already cutting sailings."

Spot rates remain well above the 2019 average of $1,420, Drewmark said. Shares of the largest listed carriers fell between 1% and 3% in Copenhagen and Hamburg trading.

Source: Drewmark Maritime Consultants
""",
        flags=[
            req(TZ, "was released at 14:00 CET on Thursday, May 22"),
            req(AM, "Shanghai-to-Rotterdam rates have halved since the January peak of $4,980"),
            req(AM, "rates averaged $2,740 across the three lanes Drewmark tracks"),
            req(IF, "At $2,926 to Rotterdam, carriers are already cutting sailings"),
            opt(IF, "to $2,962 per box, while Shanghai-to-Genoa rates"),
        ],
        checks=[
            ctrl("pct", "index 2,402 -> 2,316", frm="2,402", to="2,316", stated="-3.6"),
            plant("tz", "Thu May 22 2025, 14:00 CET", "was released at 14:00 CET on Thursday, May 22",
                  zone="CET", time="14:00", date="2025-05-22"),
            plant("ratio", "'halved': Rotterdam 4,980 -> 2,962",
                  "Shanghai-to-Rotterdam rates have halved since the January peak of $4,980",
                  frm="4,980", to="2,962", factor=Fraction(1, 2)),
            ctrl("ratio", "'roughly half': Genoa 5,120 -> 2,590", frm="5,120", to="2,590", factor=Fraction(1, 2)),
            plant("expr", "average of 3,120, 2,480, 4,010", "rates averaged $2,740 across the three lanes Drewmark tracks",
                  vars={"a": "3,120", "b": "2,480", "c": "4,010"}, f="(a+b+c)/3", stated="2,740"),
            plant("same", "Shanghai-Rotterdam rate this week: 2,962 vs 2,926 (quote)",
                  "At $2,926 to Rotterdam, carriers are already cutting sailings", a="2,962", b="2,926"),
        ],
    ),
    # ------------------------------------------------------------------ b3-14
    art(
        id="b3-14", kind="plant",
        title="US retail sales beat forecasts in November as car sales surge",
        published="2024-12-17", publisher="Harbor Point Wire",
        url="https://harborpoint-wire.example/us/2024/12/17/us-retail-sales-november",
        summary="Macro release under a headline-style first line: the body's monthly gain differs "
                "from the headline's; car dealers' % gain contradicted by the dollar increase and "
                "level; online sales' share of a total stated earlier wrong; EDT (as '0830 EDT') in "
                "December. Look-alikes: ex-autos, forecast, revised October.",
        body="""
U.S. RETAIL SALES RISE 0.8 PCT IN NOVEMBER, ABOVE FORECASTS

WASHINGTON, Dec 17 (Harbor Point Wire) - U.S. retail sales rose 0.6 pct in November to 724.6 bln dlrs, the Commerce Department said on Tuesday, beating economists' forecast of a 0.5 pct rise.

Excluding autos, sales rose 0.1 pct. Core retail sales, which exclude autos, gasoline, building materials and food services, rose 0.4 pct. October's increase was revised up to 0.5 pct from 0.4 pct.

Receipts at motor vehicle and parts dealers jumped 2.6 pct to 139.4 bln dlrs, an increase of 5.8 bln dlrs.

Online retailers' sales of 118.2 bln dlrs made up 19.3 pct of the total.

The report was released at 0830 EDT. Treasury yields rose after the data, with the 10-year note yielding 4.41 pct.

Sales at restaurants and bars, the only services category in the report, fell 0.4 pct. Economists said the jump in car sales reflected replacement demand after hurricanes in the Southeast, while holiday discounts lifted spending online.

Source: U.S. Commerce Department
""",
        flags=[
            req(IF, "retail sales rose 0.6 pct in November to 724.6"),
            opt(IF, "RETAIL SALES RISE 0.8 PCT IN NOVEMBER"),
            opt(AM, "724.6 bln dlrs, the Commerce Department said on Tuesday"),
            req(AM, "jumped 2.6 pct to 139.4 bln dlrs, an increase"),
            req(AM, "sales of 118.2 bln dlrs made up 19.3 pct"),
            req(TZ, "The report was released at 0830 EDT"),
        ],
        checks=[
            plant("same", "Nov retail sales m/m: headline 0.8 vs body 0.6", "retail sales rose 0.6 pct in November to 724.6",
                  a="0.8", b="0.6"),
            plant("expr", "auto dealers +5.8 bln to 139.4 bln: % of the prior level",
                  "jumped 2.6 pct to 139.4 bln dlrs, an increase",
                  vars={"a": "5.8", "b": "139.4"}, f="a/(b-a)*100", stated="2.6"),
            plant("share", "online 118.2 of total 724.6", "sales of 118.2 bln dlrs made up 19.3 pct",
                  part="118.2", total="724.6", stated="19.3"),
            plant("tz", "Dec 17 2024 (dateline), 08:30 EDT", "The report was released at 0830 EDT",
                  zone="EDT", time="08:30", date="2024-12-17"),
            ctrl("distinct", "Nov m/m actual vs forecast", a="0.6", b="0.5"),
            ctrl("distinct", "total vs ex-autos m/m", a="0.6", b="0.1"),
            ctrl("expr", "total m/m implied by autos (139.4, +2.6%) and the rest (724.6 - 139.4, +0.1%)",
                 vars={"t": "724.6", "a": "139.4", "ga": "2.6", "ge": "0.1"},
                 f="t/(a/(1+ga/100)+(t-a)/(1+ge/100))*100-100", stated="0.6"),
        ],
    ),
    # ------------------------------------------------------------------ b3-15
    art(
        id="b3-15", kind="plant",
        title="US natgas futures slip after bigger-than-expected storage build",
        published="2025-06-12", publisher="Tidepool Energy News",
        url="https://tidepool-energy.example/gas/2025-06-12-storage",
        summary="Energy release: the weekly injection contradicted by the two storage levels in the "
                "same sentence; EST on a June Thursday; 'below last year' % contradicted by the two "
                "levels while the five-year comparison beside it holds; an analyst quotes a "
                "different storage level. Controls: futures cents and %, forecast vs actual.",
        body="""
NEW YORK, June 12 (Tidepool Energy News) - U.S. natural gas futures fell on Thursday after a government report showed a larger-than-expected build in inventories.

Working gas in storage rose by 109 billion cubic feet to 2,707 bcf in the week ended June 6, from 2,616 bcf a week earlier, the U.S. Energy Information Administration said. Analysts had expected an injection of 98 bcf.

The report was released at 10:30 a.m. EST on Thursday. Stocks were 4.8% above the five-year average of 2,583 bcf and 6.1% below last year's level of 2,889 bcf.

July futures on the New York Mercantile Exchange fell 8.2 cents, or 2.3%, to $3.41 per million British thermal units.

"With storage at 2,770 bcf and heat arriving late, the market is comfortably supplied," said Lena Okafor, a gas analyst at Cresthill Energy Advisors.

Weather models show above-normal temperatures across the eastern half of the country from June 20, which would lift gas demand for air conditioning.

Sources: U.S. Energy Information Administration; CME Group; Cresthill Energy Advisors
""",
        flags=[
            req(AM, "Working gas in storage rose by 109 billion cubic feet"),
            req(TZ, "The report was released at 10:30 a.m. EST on Thursday"),
            req(AM, "6.1% below last year's level of 2,889 bcf"),
            req(IF, "With storage at 2,770 bcf and heat arriving late"),
            opt(IF, "to 2,707 bcf in the week ended June 6"),
        ],
        checks=[
            plant("net", "storage 2,616 -> 2,707 bcf: injection", "Working gas in storage rose by 109 billion cubic feet",
                  plus=["2,707"], minus=["2,616"], stated="109"),
            plant("tz", "Thu Jun 12 2025 (dateline), 10:30 EST", "The report was released at 10:30 a.m. EST on Thursday",
                  zone="EST", time="10:30", date="2025-06-12"),
            ctrl("pct", "vs five-year average 2,583 -> 2,707", frm="2,583", to="2,707", stated="4.8"),
            plant("pct", "vs last year 2,889 -> 2,707", "6.1% below last year's level of 2,889 bcf",
                  frm="2,889", to="2,707", stated="-6.1"),
            ctrl("expr", "futures -8.2 cents to $3.41: % of the prior settle",
                 vars={"a": "8.2", "b": "3.41*100"}, f="a/(b+a)*100", stated="2.3"),
            plant("same", "storage in the week to Jun 6: 2,707 vs 2,770 (quote)",
                  "With storage at 2,770 bcf and heat arriving late", a="2,707", b="2,770"),
            ctrl("distinct", "injection actual vs expected", a="109", b="98"),
        ],
    ),
    # ------------------------------------------------------------------ b3-16
    art(
        id="b3-16", kind="plant",
        title="Fenwick Bancorp first-quarter profit rises 14% on fee income",
        published="2025-04-15", publisher="Lakeshore Finance Journal",
        url="https://lakeshore-finance.example/banks/fenwick-q1-2025",
        summary="Bank earnings: CST (as '0645 CST') in April for a Chicago bank; 'doubled' "
                "contradicted by from/to provisions; the capital paragraph repeated at the end with "
                "the CET1 ratio changed. Controls: NII % change, revenue = NII + fees, fee share, "
                "buyback shares x price, the CEO's 14%, ET.",
        body="""
Chicago-based Fenwick Bancorp reported first-quarter net income of $1.38 billion, or $2.04 a share, up from $1.21 billion, or $1.76 a share, a year earlier. The results crossed at 0645 CST on Tuesday, before U.S. markets opened.

Net interest income rose 4.0% to $3.61 billion from $3.47 billion, while fee income climbed 11% to $1.52 billion, bringing total revenue to $5.13 billion.

Fee income made up 30% of total revenue, the highest share in at least a decade.

Provisions for credit losses doubled to $412 million from $268 million, as the bank set aside more for commercial property loans.

The bank's common equity tier 1 ratio stood at 11.8% at the end of March, above the 10.5% regulatory minimum, and Fenwick bought back $750 million of its stock during the quarter.

The buyback covered 5.6 million shares at an average price of $134, the bank said. "We grew earnings 14% while building reserves," Chief Executive Howard Pryce said on a call at 8:30 a.m. ET.

Loans rose 1.2% from the previous quarter to $298 billion, while deposits were flat at $371 billion.

The bank's common equity tier 1 ratio stood at 11.3% at the end of March, above the 10.5% regulatory minimum, and Fenwick bought back $750 million of its stock during the quarter.

Source: Fenwick Bancorp first-quarter earnings release
""",
        dups=["The bank's common equity tier 1 ratio stood at 11.3%"],
        flags=[
            req(TZ, "The results crossed at 0645 CST on Tuesday"),
            req(AM, "Provisions for credit losses doubled to $412 million"),
            req(IF, "tier 1 ratio stood at 11.3% at the end of"),
            opt(IF, "tier 1 ratio stood at 11.8% at the end of"),
            req(DP, "The bank's common equity tier 1 ratio stood at 11.3%"),
        ],
        checks=[
            plant("tz", "Tue Apr 15 2025, 06:45 CST (Chicago)", "The results crossed at 0645 CST on Tuesday",
                  zone="CST", time="06:45", date="2025-04-15"),
            ctrl("pct", "net income 1.21 -> 1.38 bn (CEO: 14%)", frm="1.21", to="1.38", stated="14"),
            ctrl("pct", "NII 3.47 -> 3.61 bn", frm="3.47", to="3.61", stated="4.0"),
            ctrl("net", "revenue = NII 3.61 + fees 1.52", plus=["3.61", "1.52"], stated="5.13"),
            ctrl("share", "fees 1.52 of revenue 5.13", part="1.52", total="5.13", stated="30"),
            plant("ratio", "'doubled': provisions 268 -> 412 mln", "Provisions for credit losses doubled to $412 million",
                  frm="268", to="412", factor=2),
            ctrl("prod", "buyback 5.6 mln x $134 (mln)", factors=["5.6", "134"], stated="750"),
            plant("same", "CET1 ratio at end-March: 11.8 vs near-copy 11.3",
                  "tier 1 ratio stood at 11.3% at the end of", a="11.8", b="11.3"),
            ctrl("tz", "Apr 15 2025, 08:30 ET (generic)", zone="ET", time="08:30", date="2025-04-15"),
        ],
    ),
    # ------------------------------------------------------------------ b3-17
    art(
        id="b3-17", kind="plant",
        title="Lumeo Health prices IPO above range, raises $540 million",
        published="2025-06-20", publisher="Venture Tape",
        url="https://venture-tape.example/ipos/lumeo-health-prices",
        summary="IPO story without a source line: valuation != shares outstanding x IPO price; "
                "the amount raised restated differently; three unsourced figures (bare, 'was said to "
                "be', 'people familiar ... said') and an optional vague forecast. Controls: shares x "
                "price = proceeds, opening jump %, EDT.",
        named=["the company said", "Nasdaq data showed", "Rivington Partners", "Lumeo said"],
        body="""
Lumeo Health sold 24 million shares at $22.50 each in its initial public offering, above the marketed range of $19 to $21, raising $540 million, the company said on Thursday.

At the IPO price, Lumeo is valued at $3.9 billion based on the 189 million shares outstanding listed in its prospectus, the company said.

The stock opened at $27.80 on Friday, a 23.6% jump from the offer price, and traded as high as $29.15 by 11:42 a.m. EDT, Nasdaq data showed.

Health-tech listings have raised about $4.2 billion so far this year, the most since 2021. The order book was said to be more than 10 times covered.

Lumeo's revenue grew roughly 60% last year, people familiar with the company's finances said, though it has yet to turn a profit.

"We priced where long-only demand was deepest," said Carla Mendes, a partner at Rivington Partners, which led the deal. The $450 million raised will pay down debt and fund two new clinics, Lumeo said.

Some bankers expect three more health-tech listings to price before the end of July.
""",
        flags=[
            req(AM, "Lumeo is valued at $3.9 billion based on the"),
            opt(AM, "Lumeo Health sold 24 million shares at $22.50 each"),
            opt(IF, "raising $540 million, the company said on Thursday"),
            req(IF, "The $450 million raised will pay down debt"),
            req(UC, "Health-tech listings have raised about $4.2 billion so far"),
            req(UC, "order book was said to be more than 10 times"),
            req(UC, "Lumeo's revenue grew roughly 60% last year, people familiar"),
            opt(UC, "expect three more health-tech listings to price before"),
        ],
        checks=[
            ctrl("prod", "24 mln shares x $22.50 (mln)", factors=["24", "22.50"], stated="540"),
            plant("prod", "189 mln shares x $22.50 = stated $3.9 bn (mln)", "Lumeo is valued at $3.9 billion based on the",
                  factors=["189", "22.50"], stated="3.9*1000"),
            ctrl("pct", "open 22.50 -> 27.80", frm="22.50", to="27.80", stated="23.6"),
            ctrl("tz", "Fri Jun 20 2025, 11:42 EDT", zone="EDT", time="11:42", date="2025-06-20"),
            plant("same", "IPO proceeds: 540 vs 450 mln", "The $450 million raised will pay down debt", a="540", b="450"),
        ],
    ),
    # ------------------------------------------------------------------ b3-18
    art(
        id="b3-18", kind="plant",
        title="Nikkei climbs as chipmakers rally; Hang Seng snaps losing run",
        published="2025-02-13", publisher="Pacific Rim Markets",
        url="https://pacific-rim-markets.example/asia/2025-02-13-close",
        summary="Asian markets close: the Topix % gain contradicted by its points gain and close; "
                "the Hang Seng said to fall while its from/to levels rose (wrong direction); EDT on "
                "12 February; a stock's gain restated with swapped digits. Controls: Nikkei points "
                "and %, JST, HKT.",
        body="""
TOKYO, Feb 13 (Pacific Rim Markets) - Japan's Nikkei 225 rose 1.3% to 39,461.47 on Thursday, a gain of 505.92 points, as chip-equipment makers rallied after strong earnings from Hasegawa Precision.

The broader Topix gained 0.9% to 2,768.41, a rise of 32.58 points. Trading in Tokyo ended at 3:30 p.m. JST.

Hasegawa Precision jumped 4.6% after the company raised its full-year operating profit forecast by 12% to 184 billion yen.

In Hong Kong, the Hang Seng index fell 0.8% to 21,857.92 from 21,681.23, ending a three-day losing streak as technology shares recovered. The market closed at 4:10 p.m. HKT.

Investors also digested U.S. inflation data released at 8:30 a.m. EDT on Wednesday, February 12, which showed consumer prices rising faster than expected.

Hasegawa Precision's 6.4% rise made it the biggest contributor to the Nikkei's gain.

The yen weakened to 154.62 per dollar.

Sources: Japan Exchange Group; Hong Kong Exchanges and Clearing; LSEG
""",
        flags=[
            req(AM, "The broader Topix gained 0.9% to 2,768.41, a rise"),
            req(AM, "the Hang Seng index fell 0.8% to 21,857.92 from"),
            req(TZ, "released at 8:30 a.m. EDT on Wednesday, February 12"),
            req(IF, "Hasegawa Precision's 6.4% rise made it the biggest contributor"),
            opt(IF, "Hasegawa Precision jumped 4.6% after the company raised"),
        ],
        checks=[
            ctrl("expr", "Nikkei +505.92 points to 39,461.47: % of the prior close",
                 vars={"a": "505.92", "b": "39,461.47"}, f="a/(b-a)*100", stated="1.3"),
            plant("expr", "Topix +32.58 points to 2,768.41: % of the prior close",
                  "The broader Topix gained 0.9% to 2,768.41, a rise",
                  vars={"a": "32.58", "b": "2,768.41"}, f="a/(b-a)*100", stated="0.9"),
            ctrl("tz", "Feb 13 2025, 15:30 JST", zone="JST", time="15:30", date="2025-02-13"),
            plant("pct", "Hang Seng 21,681.23 -> 21,857.92, said to have fallen 0.8%",
                  "the Hang Seng index fell 0.8% to 21,857.92 from", frm="21,681.23", to="21,857.92", stated="-0.8"),
            ctrl("tz", "Feb 13 2025, 16:10 HKT", zone="HKT", time="16:10", date="2025-02-13"),
            plant("tz", "Wed Feb 12 2025, 08:30 EDT", "released at 8:30 a.m. EDT on Wednesday, February 12",
                  zone="EDT", time="08:30", date="2025-02-12"),
            plant("same", "Hasegawa Precision's gain on Feb 13: 4.6 vs 6.4",
                  "Hasegawa Precision's 6.4% rise made it the biggest contributor", a="4.6", b="6.4"),
        ],
    ),
    # ------------------------------------------------------------------ b3-19
    art(
        id="b3-19", kind="plant",
        title="Pellham Utilities raises quarterly dividend, reaffirms 2025 outlook",
        published="2025-02-20", publisher="Grid & Gauge",
        url="https://grid-and-gauge.example/utilities/pellham-dividend-2025",
        summary="Utility results: the dividend's % increase contradicted by the two quarterly rates; "
                "PDT in February for an Oregon company; electric customers' share of the total wrong; "
                "2024 adjusted EPS restated with swapped digits by an analyst. Controls: annualised "
                "dividend, rate-base growth, customers add up, dividend yield.",
        body="""
Pellham Utilities, the Portland, Oregon-based power and gas company, said on February 20 it raised its quarterly dividend by 4.5% to $0.6725 a share from $0.6425, or $2.69 a share on an annual basis.

Executives will discuss the results on a call at 11:00 a.m. PDT on Thursday.

Pellham reported 2024 adjusted earnings of $3.84 a share, up from $3.61, and reaffirmed its 2025 guidance of $3.95 to $4.15.

Rate base grew to $18.6 billion at the end of 2024 from $16.9 billion a year earlier, a 10.1% increase, driven by grid and wildfire-mitigation spending.

The company serves 2.14 million customers: 1.62 million electric and 520,000 gas. Electric customers make up 81% of the total.

At Wednesday's close of $65.61, the new annual dividend gives a yield of 4.1%.

"Pellham's $3.48 in adjusted earnings per share last year puts it at the low end of the peer group," said Owen Mackie, an analyst at Brightline Research.

Source: Pellham Utilities; Brightline Research
""",
        flags=[
            req(AM, "raised its quarterly dividend by 4.5% to $0.6725"),
            req(TZ, "on a call at 11:00 a.m. PDT on Thursday"),
            req(AM, "Electric customers make up 81% of the total"),
            opt(AM, "The company serves 2.14 million customers: 1.62 million electric"),
            req(IF, "Pellham's $3.48 in adjusted earnings per share last year"),
            opt(IF, "reported 2024 adjusted earnings of $3.84 a share"),
        ],
        checks=[
            plant("pct", "quarterly dividend 0.6425 -> 0.6725", "raised its quarterly dividend by 4.5% to $0.6725",
                  frm="0.6425", to="0.6725", stated="4.5"),
            ctrl("prod", "annual rate 4 x 0.6725", factors=["0.6725", 4], stated="2.69"),
            plant("tz", "Thu Feb 20 2025, 11:00 PDT (Oregon)", "on a call at 11:00 a.m. PDT on Thursday",
                  zone="PDT", time="11:00", date="2025-02-20"),
            ctrl("pct", "rate base 16.9 -> 18.6 bn", frm="16.9", to="18.6", stated="10.1"),
            ctrl("net", "customers 1.62 mln + 520,000 = 2.14 mln", plus=["1.62*1000000", "520,000"], stated="2.14*1000000"),
            plant("share", "electric 1.62 of 2.14 mln", "Electric customers make up 81% of the total",
                  part="1.62", total="2.14", stated="81"),
            ctrl("share", "yield 2.69 / 65.61", part="2.69", total="65.61", stated="4.1"),
            plant("same", "2024 adjusted EPS: 3.84 vs 3.48 (analyst)",
                  "Pellham's $3.48 in adjusted earnings per share last year", a="3.84", b="3.48"),
            ctrl("distinct", "2024 adjusted EPS vs 2025 guidance low end", a="3.84", b="3.95"),
        ],
    ),
    # ------------------------------------------------------------------ b3-20
    art(
        id="b3-20", kind="plant",
        title="Kestrel Lithium shares slide after June-quarter output drops",
        published="2025-07-24", publisher="Southern Cross Markets",
        url="https://southern-cross-markets.example/resources/kestrel-june-quarter",
        summary="Australian miner: AEDT in July for a Sydney company (Sydney keeps AEST in winter); "
                "'erased' a larger rise; cash fall contradicted by the two balances; the unit-cost "
                "paragraph repeated at the end with two digits swapped. Controls: share-price and "
                "production % falls, tonnes x realised price = revenue.",
        body="""
SYDNEY, July 24 (Southern Cross Markets) - Kestrel Lithium shares fell 10.1% to A$1.86 from A$2.07 on Thursday after the Sydney-based miner reported an 18% drop in quarterly production and a lower realised price.

The company lodged its quarterly report with the ASX at 9:30 a.m. AEDT, before the market opened.

Spodumene concentrate production fell 18% to 96,400 tonnes from 117,600 tonnes. Sales of 88,200 tonnes at an average realised price of US$712 a tonne brought in US$62.8 million.

The A$0.21 drop erased all of last week's A$0.34 rise, leaving the stock near a two-month low.

Unit operating costs rose to A$842 a tonne in the quarter from A$768 a tonne, as the company processed lower-grade ore at its Mount Carrow mine.

Cash fell by A$48 million to A$312 million from A$350 million, after A$27 million of capital spending.

"We expect grades to recover in the second half," Managing Director Claire Dunmore said. Kestrel kept its full-year production guidance of 400,000 to 430,000 tonnes.

Unit operating costs rose to A$824 a tonne in the quarter from A$768 a tonne, as the company processed lower-grade ore at its Mount Carrow mine.

Source: Kestrel Lithium quarterly activities report
""",
        dups=["Unit operating costs rose to A$824 a tonne"],
        flags=[
            req(TZ, "quarterly report with the ASX at 9:30 a.m. AEDT"),
            req(AM, "The A$0.21 drop erased all of last week's A$0.34"),
            req(AM, "Cash fell by A$48 million to A$312 million"),
            req(IF, "rose to A$824 a tonne in the quarter from"),
            opt(IF, "rose to A$842 a tonne in the quarter from"),
            req(DP, "Unit operating costs rose to A$824 a tonne"),
        ],
        checks=[
            ctrl("pct", "share price 2.07 -> 1.86", frm="2.07", to="1.86", stated="-10.1"),
            plant("tz", "Thu Jul 24 2025 (dateline), 09:30 AEDT (Sydney)", "quarterly report with the ASX at 9:30 a.m. AEDT",
                  zone="AEDT", time="09:30", date="2025-07-24"),
            ctrl("pct", "production 117,600 -> 96,400 t", frm="117,600", to="96,400", stated="-18"),
            ctrl("prod", "88,200 t x US$712", factors=["88,200", "712"], stated="62.8*1000000"),
            ctrl("net", "price drop 2.07 - 1.86", plus=["2.07"], minus=["1.86"], stated="0.21"),
            plant("cover", "'erased': drop 0.21 vs last week's rise 0.34", "The A$0.21 drop erased all of last week's A$0.34",
                  big="0.21", small="0.34"),
            plant("net", "cash 350 -> 312", "Cash fell by A$48 million to A$312 million",
                  plus=["350"], minus=["312"], stated="48"),
            plant("same", "June-quarter unit cost: 842 vs near-copy 824",
                  "rose to A$824 a tonne in the quarter from", a="842", b="824"),
        ],
    ),
    # ------------------------------------------------------------------ b3-21
    art(
        id="b3-21", kind="clean",
        title="Galloway Instruments third-quarter revenue rises 9 pct, tops estimates",
        published="2025-10-30", publisher="Meridian Newswire",
        url="https://meridian-newswire.example/2025/10/30/galloway-q3",
        summary="Clean wire earnings: GAAP vs adjusted EPS, actual vs consensus, quarter vs nine "
                "months, old vs new guidance, a rounded restatement by the CEO ('about 2.1 bln'), "
                "EDT on 30 October (US daylight time until 2 November); correct % change and margin.",
        body="""
BOSTON, Oct 30 (Meridian Newswire) - Galloway Instruments Inc said on Thursday third-quarter revenue rose 9.2 pct to 2.14 bln dlrs from 1.96 bln dlrs, helped by demand for its laboratory analysers from drugmakers.

Net income was 312 mln dlrs, or 2.41 dlrs a share, against 268 mln dlrs, or 2.05 dlrs a share, a year earlier. Excluding items, Galloway earned 2.68 dlrs a share, above the average analyst estimate of 2.55 dlrs, according to LSEG data.

Gross profit of 1.314 bln dlrs gave a gross margin of 61.4 pct, up from 60.2 pct a year earlier.

For the first nine months, revenue totalled 6.02 bln dlrs, up 7.5 pct.

The company raised its full-year adjusted earnings forecast to 10.20 to 10.40 dlrs a share from 9.90 to 10.20 dlrs.

"Quarterly revenue of about 2.1 billion dollars shows the lab market has turned," Chief Executive Ruth Abernethy said on a call with analysts at 1700 EDT. She said the adjusted 2.68 dlrs a share included a benefit of 6 cents from a lower tax rate.

Galloway shares rose 5.3 pct to 148.20 dlrs in extended trading.

Sources: Galloway Instruments Inc; LSEG
""",
        flags=[],
        checks=[
            ctrl("pct", "Q3 revenue 1.96 -> 2.14 bln", frm="1.96", to="2.14", stated="9.2"),
            ctrl("share", "gross margin 1.314 / 2.14", part="1.314", total="2.14", stated="61.4"),
            ctrl("same", "Q3 revenue 2.14 vs CEO 'about 2.1'", a="2.14", b="2.1"),
            ctrl("same", "Q3 adjusted EPS 2.68 restated", a="2.68", b="2.68"),
            ctrl("distinct", "adjusted EPS vs consensus", a="2.68", b="2.55"),
            ctrl("distinct", "GAAP vs adjusted EPS", a="2.41", b="2.68"),
            ctrl("distinct", "Q3 vs nine-month revenue", a="2.14", b="6.02"),
            ctrl("tz", "Thu Oct 30 2025 (dateline), 17:00 EDT", zone="EDT", time="17:00", date="2025-10-30"),
        ],
    ),
    # ------------------------------------------------------------------ b3-22
    art(
        id="b3-22", kind="clean",
        title="Euro zone inflation dips below ECB target in May as services cool",
        published="2025-06-03", publisher="Continental Economics Wire",
        url="https://continental-econ.example/ez/flash-hicp-may-2025",
        summary="Clean macro release without a source line; every paragraph with a figure names "
                "Eurostat, Destatis, INSEE, Tallis Data, LSEG or a quoted economist. Look-alikes: "
                "actual vs forecast, headline vs core vs services, month vs year, Germany vs France "
                "vs euro zone; correct point drop, quarter-point cut, CEST.",
        named=["Eurostat", "Destatis", "Brandholm Bank", "LSEG"],
        body="""
Euro zone inflation slowed to 1.9% in May from 2.2% in April, Eurostat said on Tuesday, below the 2.0% rate economists polled by Tallis Data had expected and under the European Central Bank's 2% target.

Core inflation, which excludes food, energy, alcohol and tobacco, eased to 2.3% from 2.7%, Eurostat's flash estimate showed. Services inflation fell to 3.2% from 4.0%, while prices rose 0.1% from April.

In Germany, harmonised inflation was 2.1% in May, according to Destatis, while France's statistics office INSEE reported 0.6%, its lowest since 2021.

Eurostat published the flash estimate at 11:00 CEST, an hour after national data from Italy.

"Services falling from 4.0% to 3.2% is a 0.8-point drop in one month, the largest since 2022," said Annika Lorenz, chief economist at Brandholm Bank.

The ECB cut its deposit rate to 2.25% in April and meets on Thursday. Brandholm Bank expects a further quarter-point cut, to 2.00%.

Two-year German yields fell 3 basis points to 1.78% after the data, LSEG data showed.
""",
        flags=[],
        checks=[
            ctrl("distinct", "May HICP actual vs forecast", a="1.9", b="2.0"),
            ctrl("distinct", "headline vs core", a="1.9", b="2.3"),
            ctrl("distinct", "month-on-month vs year-on-year", a="0.1", b="1.9"),
            ctrl("net", "services 4.0 -> 3.2: drop in points", plus=["4.0"], minus=["3.2"], stated="0.8"),
            ctrl("expr", "'a quarter-point cut' from 2.25 to 2.00, in bp", vars={"a": "2.25", "b": "2.00"},
                 f="(a-b)*100", stated=25),
            ctrl("tz", "Tue Jun 3 2025, 11:00 CEST", zone="CEST", time="11:00", date="2025-06-03"),
        ],
    ),
    # ------------------------------------------------------------------ b3-23
    art(
        id="b3-23", kind="clean",
        title="Oil edges up, gold firms as traders weigh supply and tariffs",
        published="2025-07-09", publisher="Tidepool Energy News",
        url="https://tidepool-energy.example/markets/2025-07-09-commodities-wrap",
        summary="Clean commodities wrap: Brent vs WTI, EIA vs API, actual vs expected draw, spot vs "
                "futures gold, spot gold at two times, this year's average spread vs today's; GMT "
                "and BST in July; correct cents/% moves, spread, premium and copper % fall.",
        body="""
LONDON/NEW YORK, July 9 (Tidepool Energy News) - Oil prices rose for a second day on Wednesday after U.S. government data showed a drop in crude stockpiles, while gold edged higher on safe-haven demand.

Brent crude futures settled up 41 cents, or 0.6%, at $70.15 a barrel. U.S. West Texas Intermediate crude rose 33 cents, or 0.5%, to $68.33, leaving Brent's premium over WTI at $1.82.

U.S. crude inventories fell by 3.1 million barrels last week to 441.6 million, the Energy Information Administration said, against analysts' expectations for a 2.2 million-barrel draw. The American Petroleum Institute had reported a 2.4 million-barrel build on Tuesday.

By 0915 GMT, spot gold was up 0.3% at $3,308.20 an ounce, while U.S. gold futures were at $3,317.60, a premium of $9.40. At 1430 BST, spot was at $3,306.85.

Three-month copper on the London Metal Exchange fell 1.1% to $9,702 a tonne from $9,810, after Washington announced new tariffs on imports of the metal.

The Brent-WTI spread has averaged $3.10 this year, LSEG data show, so the current gap is unusually narrow.

Sources: ICE Futures Europe; CME Group; London Metal Exchange; EIA; LSEG
""",
        flags=[],
        checks=[
            ctrl("expr", "Brent +41 cents to $70.15: % of the prior settle", vars={"a": "41", "b": "70.15*100"},
                 f="a/(b-a)*100", stated="0.6"),
            ctrl("expr", "WTI +33 cents to $68.33: % of the prior settle", vars={"a": "33", "b": "68.33*100"},
                 f="a/(b-a)*100", stated="0.5"),
            ctrl("net", "Brent 70.15 - WTI 68.33", plus=["70.15"], minus=["68.33"], stated="1.82"),
            ctrl("distinct", "EIA draw actual vs expected vs API build", a="3.1", b="2.2"),
            ctrl("net", "gold futures 3,317.60 - spot 3,308.20", plus=["3,317.60"], minus=["3,308.20"], stated="9.40"),
            ctrl("distinct", "spot gold at 0915 GMT vs 1430 BST", a="3,308.20", b="3,306.85"),
            ctrl("tz", "Wed Jul 9 2025, 09:15 GMT", zone="GMT", time="09:15", date="2025-07-09"),
            ctrl("tz", "Wed Jul 9 2025, 14:30 BST", zone="BST", time="14:30", date="2025-07-09"),
            ctrl("pct", "LME copper 9,810 -> 9,702", frm="9,810", to="9,702", stated="-1.1"),
            ctrl("distinct", "year-average spread vs today's", a="3.10", b="1.82"),
        ],
    ),
    # ------------------------------------------------------------------ b3-24
    art(
        id="b3-24", kind="clean",
        title="Ironvale Digital's second quarter: 612 BTC mined as hashrate doubles",
        published="2025-07-03", publisher="Hashrate Herald",
        url="https://hashrate-herald.example/miners/ironvale-q2-2025",
        summary="Clean miner update with a fact box: quarter vs month output, 'doubled' and "
                "'roughly halved' that hold, a correct daily average, coins x price = proceeds, "
                "holdings roll-forward, the 2024 halving of the subsidy, EDT in July.",
        body="""
Ironvale Digital released its second-quarter production report at 8:00 a.m. EDT on Thursday. The headline numbers:

- Bitcoin mined in the quarter: 612 BTC (Q1: 691 BTC)

- Bitcoin mined in June: 198 BTC

- Bitcoin sold: 410 BTC for $39.7 million

- Holdings at June 30: 2,940 BTC

Output fell 11.4% from the first quarter, Ironvale said, as April's network difficulty increase and a two-week outage at its Wyoming site cut production. The company mined an average of 6.7 BTC a day over the 91-day quarter.

Deployed hashrate doubled to 42.4 EH/s from 21.1 EH/s a year earlier, and the company roughly halved its all-in power cost to 3.9 cents per kilowatt-hour from 7.7 cents by moving load to a hydro-powered site.

Ironvale sold 410 BTC during the quarter at an average price of $96,800, raising $39.7 million, and held 2,940 BTC at June 30, up from 2,738 BTC at March 31.

June output of 198 BTC was the lowest monthly total since February, Chief Executive Sunil Varga said. "The hashrate we added in May only fully counts from July," he said.

The April 2024 halving cut the block subsidy to 3.125 BTC from 6.25 BTC.

Source: Ironvale Digital quarterly production report
""",
        flags=[],
        checks=[
            ctrl("tz", "Thu Jul 3 2025, 08:00 EDT", zone="EDT", time="08:00", date="2025-07-03"),
            ctrl("pct", "quarterly output 691 -> 612", frm="691", to="612", stated="-11.4"),
            ctrl("expr", "612 BTC / 91 days", vars={"m": "612", "d": "91"}, f="m/d", stated="6.7"),
            ctrl("ratio", "'doubled': hashrate 21.1 -> 42.4", frm="21.1", to="42.4", factor=2),
            ctrl("ratio", "'roughly halved': power cost 7.7 -> 3.9 cents", frm="7.7", to="3.9", factor=Fraction(1, 2)),
            ctrl("prod", "410 BTC x $96,800", factors=["410", "96,800"], stated="39.7*1000000"),
            ctrl("net", "holdings 2,738 + 612 - 410", plus=["2,738", "612"], minus=["410"], stated="2,940"),
            ctrl("distinct", "quarter vs June output", a="612", b="198"),
            ctrl("ratio", "halving: subsidy 6.25 -> 3.125", frm="6.25", to="3.125", factor=Fraction(1, 2)),
        ],
    ),
    # ------------------------------------------------------------------ b3-25
    art(
        id="b3-25", kind="clean",
        title="Sterling firms as gilt yields ease; yen steady ahead of BOJ",
        published="2025-01-21", publisher="Ledger & Line",
        url="https://ledger-and-line.example/columns/fx-rates/2025-01-21",
        summary="Clean FX and rates column in January: GMT, CET, JST and EST all right for the "
                "date; correct sterling % move, gilt bp moves and 2s10s spread; a strategist "
                "rounds cable to 1.24 (consistent with 1.2384).",
        body="""
Sterling rose 0.5% to $1.2384 by 1600 GMT on Tuesday, from $1.2322 on Monday, as gilt yields eased from last week's highs.

The 10-year gilt yield fell 7 basis points to 4.61% from 4.68%, and the two-year yield dropped 5 basis points to 4.32% from 4.37%, leaving the gap between them at 29 basis points.

"At 1.24, cable is back where it was before Christmas, and the panic over UK debt has faded," said Joaquin Ferro, a strategist at Ostrander Bank.

The euro was flat at $1.0418. Bank lending data from the European Central Bank are due at 10:00 CET on Wednesday.

The dollar bought 155.60 yen at 9:00 a.m. JST, little changed ahead of the Bank of Japan's decision on Friday, where Ostrander Bank expects a quarter-point rise to 0.50%.

U.S. Treasury markets reopened after Monday's holiday, with the 10-year yield at 4.57% at 8:00 a.m. EST.

Sources: LSEG; Tradeweb; Ostrander Bank
""",
        flags=[],
        checks=[
            ctrl("pct", "GBP/USD 1.2322 -> 1.2384", frm="1.2322", to="1.2384", stated="0.5"),
            ctrl("tz", "Tue Jan 21 2025, 16:00 GMT", zone="GMT", time="16:00", date="2025-01-21"),
            ctrl("expr", "10-year gilt 4.68 -> 4.61 in bp", vars={"a": "4.68", "b": "4.61"}, f="(a-b)*100", stated="7"),
            ctrl("expr", "2-year gilt 4.37 -> 4.32 in bp", vars={"a": "4.37", "b": "4.32"}, f="(a-b)*100", stated="5"),
            ctrl("expr", "2s10s 4.61 - 4.32 in bp", vars={"a": "4.61", "b": "4.32"}, f="(a-b)*100", stated="29"),
            ctrl("same", "GBP/USD 1.2384 vs strategist's 1.24", a="1.2384", b="1.24"),
            ctrl("tz", "Wed Jan 22 2025, 10:00 CET", zone="CET", time="10:00", date="2025-01-22"),
            ctrl("tz", "Tue Jan 21 2025, 09:00 JST", zone="JST", time="09:00", date="2025-01-21"),
            ctrl("tz", "Tue Jan 21 2025, 08:00 EST", zone="EST", time="08:00", date="2025-01-21"),
        ],
    ),
    # ------------------------------------------------------------------ b3-26
    art(
        id="b3-26", kind="clean",
        title="Halstrom Chemicals to buy Bexley Coatings for $2.2 billion",
        published="2025-11-18", publisher="Gulfstream Business",
        url="https://gulfstream-business.example/deals/halstrom-bexley",
        summary="Clean M&A: two premiums on two bases (last close, 30-day VWAP) that both hold, "
                "equity value, EV = equity + net debt, EV/EBITDA multiple, premarket jump, synergies "
                "vs new debt, EST on 18 November, the CEO repeating the equity value.",
        body="""
Halstrom Chemicals agreed to buy Bexley Coatings for $47.25 a share in cash, the companies said on Tuesday, a 32.4% premium to Bexley's Monday close of $35.69.

Bexley has 46.6 million shares outstanding, so the offer values its equity at about $2.2 billion. Including $640 million of net debt, the enterprise value is about $2.84 billion.

The price is 11.2 times Bexley's expected 2025 adjusted EBITDA of $254 million, and a 39.8% premium to its 30-day volume-weighted average price of $33.80.

Halstrom expects $85 million of annual cost savings by the third year after closing, and will fund the deal with cash on hand and $1.8 billion of new debt.

Executives will discuss the deal on a call at 8:30 a.m. EST on Tuesday. Bexley shares rose 30.2% to $46.47 in premarket trading.

"At $2.2 billion, this is the right size for us," Halstrom Chief Executive Ingrid Solberg said.

Sources: Halstrom Chemicals and Bexley Coatings joint statement
""",
        flags=[],
        checks=[
            ctrl("pct", "premium to close 35.69 -> 47.25", frm="35.69", to="47.25", stated="32.4"),
            ctrl("prod", "equity 46.6 mln x $47.25 (mln)", factors=["46.6", "47.25"], stated="2.2*1000"),
            ctrl("net", "EV = equity 2.2 bn + net debt 640 mln (mln)", plus=["2.2*1000", "640"], stated="2.84*1000"),
            ctrl("expr", "EV/EBITDA 2.84 bn / 254 mln", vars={"e": "2.84*1000", "d": "254"}, f="e/d", stated="11.2"),
            ctrl("pct", "premium to VWAP 33.80 -> 47.25", frm="33.80", to="47.25", stated="39.8"),
            ctrl("tz", "Tue Nov 18 2025, 08:30 EST", zone="EST", time="08:30", date="2025-11-18"),
            ctrl("pct", "premarket 35.69 -> 46.47", frm="35.69", to="46.47", stated="30.2"),
            ctrl("same", "equity value 2.2 bn restated", a="2.2", b="2.2"),
        ],
    ),
    # ------------------------------------------------------------------ b3-27
    art(
        id="b3-27", kind="clean",
        title="Gold at a record high: your questions answered",
        published="2025-04-23", publisher="Hearthstone Money",
        url="https://hearthstone-money.example/explainers/gold-record-faq",
        summary="Clean FAQ without a source line; every answer with a figure names LSEG, the World "
                "Gold Council or Fernhill Research. Record (Tuesday) vs current price (Wednesday), "
                "nominal vs inflation-adjusted peak, forecast vs price; correct year-to-date %, "
                "central-bank % fall, gold/silver ratio, GMT.",
        named=["LSEG", "World Gold Council", "Fernhill Research"],
        body="""
Gold has set a string of records this spring. Here is what is behind the rally and what it means for savers.

How high has gold gone?

Spot gold hit a record $3,512.40 an ounce at 0830 GMT on Tuesday before easing to $3,404.90 on Wednesday morning, LSEG data show. At $3,404.90, gold is up 29.7% this year, from $2,624.50 at the end of 2024.

Who is buying?

Central banks bought 244 tonnes in the first quarter, down 21% from 309 tonnes a year earlier, the World Gold Council said. Holdings of gold-backed ETFs rose by 226 tonnes over the same period.

Is it a record in real terms?

Not quite. Adjusted for inflation, the January 1980 peak of $850 is worth about $3,590 today, according to calculations by Fernhill Research.

How does silver compare?

Silver traded at $33.38 an ounce on Wednesday, LSEG data show, putting the gold/silver ratio at 102, far above its 20-year average of about 70.

What do forecasters expect?

Fernhill Research expects gold to average $3,300 in the second half, below today's price.
""",
        flags=[],
        checks=[
            ctrl("tz", "Tue Apr 22 2025, 08:30 GMT", zone="GMT", time="08:30", date="2025-04-22"),
            ctrl("pct", "gold 2,624.50 -> 3,404.90 this year", frm="2,624.50", to="3,404.90", stated="29.7"),
            ctrl("distinct", "record (Tuesday) vs Wednesday's price", a="3,512.40", b="3,404.90"),
            ctrl("pct", "central-bank buying 309 -> 244 t", frm="309", to="244", stated="-21"),
            ctrl("expr", "gold/silver 3,404.90 / 33.38", vars={"g": "3,404.90", "s": "33.38"}, f="g/s", stated="102"),
            ctrl("distinct", "forecast H2 average vs price", a="3,300", b="3,404.90"),
        ],
    ),
    # ------------------------------------------------------------------ b3-28
    art(
        id="b3-28", kind="clean",
        title="Marrow & Finch full-year sales rise 4% as Americas lead",
        published="2025-03-31", publisher="City Desk Daily",
        url="https://city-desk-daily.example/results/marrow-finch-fy2024",
        summary="Clean results with a table-like list: regions add to the group in both years, "
                "every % change, two regional shares, profit % change, margins in both years, "
                "dividend % rise, a rounded restatement by the CEO, BST on 31 March 2025 (UK "
                "summer time began 30 March).",
        body="""
Marrow & Finch, the packaging group, published full-year results at 0700 BST on Monday, March 31. Sales by region for 2024, with 2023 in brackets, were:

Europe: €2,410 million (€2,313 million), up 4.2%

Americas: €1,705 million (€1,580 million), up 7.9%

Asia-Pacific: €1,126 million (€1,146 million), down 1.7%

Total for the group: €5,241 million against €5,039 million, a rise of 4.0%

Europe accounted for 46% of group sales and the Americas for 33%.

Adjusted operating profit rose 6.4% to €651 million from €612 million, lifting the margin to 12.4% from 12.1%.

Net profit rose to €402 million from €371 million, and net debt fell to €1.31 billion at the end of the year. The company expects organic sales growth of 3% to 5% in 2025, helped by two new plants in Mexico.

"Sales of about €5.2 billion and a margin above 12% put us ahead of plan," Chief Executive Fiona Marsh said. The board proposed a full-year dividend of 46.0 cents, up 4.5% from 44.0 cents.

Source: Marrow & Finch annual results
""",
        flags=[],
        checks=[
            ctrl("tz", "Mon Mar 31 2025, 07:00 BST", zone="BST", time="07:00", date="2025-03-31"),
            ctrl("pct", "Europe 2,313 -> 2,410", frm="2,313", to="2,410", stated="4.2"),
            ctrl("pct", "Americas 1,580 -> 1,705", frm="1,580", to="1,705", stated="7.9"),
            ctrl("pct", "Asia-Pacific 1,146 -> 1,126", frm="1,146", to="1,126", stated="-1.7"),
            ctrl("net", "2024 regions add to group", plus=["2,410", "1,705", "1,126"], stated="5,241"),
            ctrl("net", "2023 regions add to group", plus=["2,313", "1,580", "1,146"], stated="5,039"),
            ctrl("pct", "group 5,039 -> 5,241", frm="5,039", to="5,241", stated="4.0"),
            ctrl("share", "Europe 2,410 of 5,241", part="2,410", total="5,241", stated="46"),
            ctrl("share", "Americas 1,705 of 5,241", part="1,705", total="5,241", stated="33"),
            ctrl("pct", "adjusted operating profit 612 -> 651", frm="612", to="651", stated="6.4"),
            ctrl("share", "2024 margin 651 / 5,241", part="651", total="5,241", stated="12.4"),
            ctrl("share", "2023 margin 612 / 5,039", part="612", total="5,039", stated="12.1"),
            ctrl("same", "group sales 5,241 mln vs CEO 'about 5.2 billion' (mln)", a="5,241", b="5.2*1000"),
            ctrl("pct", "dividend 44.0 -> 46.0", frm="44.0", to="46.0", stated="4.5"),
        ],
    ),
    # ------------------------------------------------------------------ b3-29
    art(
        id="b3-29", kind="clean",
        title="Bitcoin ETFs Bleed $1.14 Billion in a Week as Price Slips Below $102,000",
        published="2025-11-10", publisher="Blockwise Daily",
        url="https://blockwise-daily.example/markets/bitcoin-etf-flows-week-45",
        summary="Clean AI-drafted flow recap with a takeaway box: issuers' flows add to the box's "
                "net outflow, one fund's share of it, 'erased' a smaller inflow, a rounded "
                "restatement ('roughly $1.1 billion'), bitcoin % fall, EST on 7 November 2025 (after "
                "US daylight time ended on 2 November); ether flows as a look-alike.",
        body="""
Key Takeaways

- Net outflows: $1.14 billion across 11 U.S. spot bitcoin ETFs in the week to November 7

- Biggest outflow: Harbor Digital's HBTC, with $612 million

- Only fund with inflows: the Corvane Bitcoin Trust, +$88 million

U.S. spot bitcoin exchange-traded funds posted net outflows of roughly $1.1 billion last week, their biggest since March, Ledgerstone Research data show, as bitcoin slid below $102,000.

Flows by Issuer

Harbor Digital's HBTC lost $612 million, the Trevan Bitcoin Fund $394 million and Halbrook's BTCH $221 million, while the Corvane Bitcoin Trust took in $88 million. The other seven funds saw net outflows of $1 million combined.

HBTC alone accounted for 54% of the net outflow, and the week's outflows erased the previous week's $860 million of inflows.

Price Action

Bitcoin fell 7.2% on the week to $101,340 from $109,200, according to prices taken at 4:00 p.m. EST on Friday, November 7. Ether lost 9.6% over the same period, and ether ETFs had outflows of $508 million.

What Comes Next

Traders are watching the $100,000 level; options data from Deribit show large open interest in puts at that strike for the November 28 expiry.

Sources: Ledgerstone Research fund-flow data; issuer websites; Deribit
""",
        flags=[],
        checks=[
            ctrl("net", "issuer flows add to the net outflow", plus=["612", "394", "221", "1"], minus=["88"],
                 stated="1.14*1000"),
            ctrl("same", "net outflow 1.14 bn vs 'roughly 1.1 billion'", a="1.14", b="1.1"),
            ctrl("share", "HBTC 612 of 1,140", part="612", total="1.14*1000", stated="54"),
            ctrl("cover", "'erased': outflow 1.14 bn vs prior inflow 860 mln (mln)", big="1.14*1000", small="860"),
            ctrl("pct", "bitcoin 109,200 -> 101,340", frm="109,200", to="101,340", stated="-7.2"),
            ctrl("tz", "Fri Nov 7 2025, 16:00 EST", zone="EST", time="16:00", date="2025-11-07"),
            ctrl("distinct", "bitcoin vs ether ETF outflows", a="1.14", b="508"),
        ],
    ),
    # ------------------------------------------------------------------ b3-30
    art(
        id="b3-30", kind="clean",
        title="Orrin Software Q2 preview: Street looks for double-digit growth",
        published="2025-08-25", publisher="Tickerline",
        url="https://tickerline.example/previews/orrin-software-q2-fy2026",
        summary="Clean earnings preview: consensus vs company guidance vs one analyst's forecast, "
                "last year's beat, subscription share, the value of an implied move, ET and PDT "
                "for the same call; correct % changes.",
        body="""
Orrin Software reports fiscal second-quarter results after the bell on Wednesday, August 27, with a call at 4:30 p.m. ET (1:30 p.m. PDT).

Analysts expect revenue of $1.42 billion, according to Tallis Data, up 12.2% from $1.266 billion a year earlier, and adjusted earnings of $1.08 a share, up 14.9% from $0.94.

Orrin's own guidance calls for revenue of $1.39 billion to $1.41 billion, so the consensus sits above the top of the range.

A year ago, Orrin beat the consensus of $1.24 billion by 2.1%, Tallis Data figures show.

Subscription revenue, about 88% of the total, is expected to reach $1.25 billion.

Options pricing implies a move of 8.5% in either direction, according to Cboe data, or about $18 a share at Friday's close of $212.40.

"The $1.42 billion consensus looks achievable; the debate is about next year's margins," said Priya Sen, an analyst at Castlemoor Securities, who expects revenue of about $1.4 billion.

Sources: Tallis Data; Orrin Software; Cboe Global Markets
""",
        flags=[],
        checks=[
            ctrl("tz", "Wed Aug 27 2025, 16:30 ET", zone="ET", time="16:30", date="2025-08-27"),
            ctrl("tz", "Wed Aug 27 2025, 13:30 PDT", zone="PDT", time="13:30", date="2025-08-27"),
            ctrl("pct", "revenue 1.266 -> 1.42 bn", frm="1.266", to="1.42", stated="12.2"),
            ctrl("pct", "EPS 0.94 -> 1.08", frm="0.94", to="1.08", stated="14.9"),
            ctrl("distinct", "consensus vs guidance top", a="1.42", b="1.41"),
            ctrl("pct", "last year's beat: consensus 1.24 -> actual 1.266", frm="1.24", to="1.266", stated="2.1"),
            ctrl("share", "subscription 1.25 of 1.42", part="1.25", total="1.42", stated="88"),
            ctrl("expr", "8.5% of $212.40", vars={"p": "212.40", "m": "8.5"}, f="p*m/100", stated="18"),
            ctrl("same", "consensus 1.42 vs analyst's 'about 1.4'", a="1.42", b="1.4"),
        ],
    ),
]
