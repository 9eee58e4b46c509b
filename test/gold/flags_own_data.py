# Articles and gold for flags-own.jsonl (built and validated by build_flags_own.py).
#
# Written by hand for claimscan's own gold, blind: without reading claimscan's source and
# before running claimscan on any of these texts. Everything here is invented: companies,
# people, brokers, funds, polls and every figure. Real data providers, exchanges, central
# banks, statistics offices and commodities are named only as the genre names them.
#
# Each article:
#   A(id, kind, title, published, publisher, url, text, flags, dups, checks, sources, summary)
#   kind     "plant" or "clean" (a clean control: no required flag at all)
#   flags    F(rule, snippet, optional=False, note="")       -> gold.flags
#   dups     opening words of each later near-copy           -> gold.duplicates
#   checks   C(kind, desc, ..., planted=False, flag=snippet)  -> verified by the builder
#   sources  only for articles without a "Source:" line: the attributions (as written) that
#            the builder looks for in every paragraph holding a figure; a paragraph with a
#            figure and none of them must hold an unsourced-claim gold item.
#
# Check kinds (written figures are strings exactly as printed: "612", or "2.4*1000" for
# "$2.4 billion" when the relation is computed in millions; a bare int is an implied exact
# value such as the 31 days of January):
#   pct    (to - frm) / frm * 100 = stated      (stated signed: "-2.4" for "fell 2.4%")
#   net    sum(plus) - sum(minus) = stated
#   prod   product(factors) = stated
#   share  part / total * 100 = stated
#   ratio  to / frm = word factor ("halved" 0.5, "two-thirds" 2/3)
#   expr   f(vars) = stated
#   cover  text claims big >= small ("reversing all of")
#   same   a and b are the same quantity (same subject, measure, time)
#   tz     a written zone at a local date and time


def A(**kw):
    kw.setdefault("flags", [])
    kw.setdefault("dups", [])
    kw.setdefault("checks", [])
    kw.setdefault("sources", None)
    return kw


def F(rule, text, optional=False, note=""):
    d = {"rule": rule, "text": text}
    if optional:
        d["optional"] = True
    if note:
        d["note"] = note
    return d


def C(kind, desc, planted=False, flag=None, tol="strict", **kw):
    return {"kind": kind, "desc": desc, "planted": planted, "flag": flag, "tol": tol, **kw}


AM = "arithmetic-mismatch"
IF = "inconsistent-figure"
TZ = "timezone-mismatch"
UC = "unsourced-claim"
DP = "duplicate-paragraph"

ARTICLES = [
# ---------------------------------------------------------------------------------
A(
id="o-01", kind="plant",
title="Halvard Digital mines 412 bitcoin in June as new machines lift hashrate",
published="2025-07-03", publisher="Blockfield Notes",
url="https://blockfield-notes.example/miners/halvard-digital-june-2025-update",
summary="Bitcoin miner monthly update (blog); % change with a unit between the levels; share of holdings stated two paragraphs earlier; production restated in other words in a quote; CST in July.",
text="""
Halvard Digital, the Nasdaq-listed bitcoin miner, said on Thursday that it produced 412 BTC in June, up from 371 BTC in May, as newer machines came online at its two west Texas sites.

The miner sold 50 BTC during the month to cover power bills and kept the rest, taking its treasury to 9,874 BTC at June 30 from 9,512 BTC a month earlier, according to its monthly operations update.

Deployed hashrate climbed 14% to 31.2 exahashes per second from 28.9 EH/s at the end of May, Halvard said, while fleet efficiency improved to 17.8 joules per terahash from 19.1.

Halvard has pledged 3,950 BTC as collateral for its credit lines, or 52% of its holdings, according to the update. Bitcoin traded at $109,400 at the end of June, CoinGecko data showed, which valued the treasury at about $1.08 billion.

"June output of 421 bitcoin shows the new fleet is doing what we bought it for," Chief Executive Priya Okafor said on a call with investors. She said the company expects a similar pace in July once a substation upgrade is finished.

Halvard posted the update at 7:00 a.m. CST on July 3, before U.S. markets opened. Its shares rose 4.2% to $14.87 in premarket trading.

Source: Halvard Digital monthly operations update; CoinGecko.
""",
flags=[
    F(AM, "Deployed hashrate climbed 14% to 31.2 exahashes per second"),
    F(AM, "for its credit lines, or 52% of its holdings"),
    F(IF, "June output of 421 bitcoin shows the new fleet"),
    F(IF, "said on Thursday that it produced 412 BTC in June", optional=True),
    F(TZ, "posted the update at 7:00 a.m. CST on July 3"),
],
checks=[
    C("pct", "hashrate 28.9 -> 31.2 EH/s", frm="28.9", to="31.2", stated="14", planted=True, flag="Deployed hashrate climbed 14% to 31.2 exahashes per second"),
    C("net", "treasury 9,512 + mined 412 - sold 50", plus=["9,512", "412"], minus=["50"], stated="9,874"),
    C("share", "pledged 3,950 of 9,874 BTC", part="3,950", total="9,874", stated="52", planted=True, flag="for its credit lines, or 52% of its holdings"),
    C("prod", "9,874 BTC x $109,400 (in $)", factors=["9,874", "109,400"], stated="1.08*1000000000"),
    C("same", "June production: 412 BTC (narration) vs 421 bitcoin (quote)", a="412", b="421", planted=True, flag="June output of 421 bitcoin shows the new fleet"),
    C("tz", "Jul 3 2025, 07:00 CST", date="2025-07-03", time="07:00", zone="CST", planted=True, flag="posted the update at 7:00 a.m. CST on July 3"),
],
),
# ---------------------------------------------------------------------------------
A(
id="o-02", kind="clean",
title="Gold steadies near 3,320 dlrs as traders wait for Fed minutes",
published="2025-08-20", publisher="Keelson Wire",
url="https://keelson-wire.example/2025/08/20/gold-steadies-fed-minutes",
summary="Clean metals wire: spot vs futures vs the LBMA auction price, 1545 GMT and 1500 BST in August, agreeing restatement 3,318.40 vs 3,318; correct futures-spot gap, silver % and ETF tonnage change.",
text="""
LONDON, Aug 20 (Keelson Wire) - Spot gold was little changed at 3,318.40 dlrs an ounce by 1545 GMT on Wednesday, after touching a one-week low of 3,296.90 dlrs earlier in the session, LSEG data showed.

U.S. gold futures for December delivery settled 0.2 pct lower at 3,357.20 dlrs, according to CME Group. The 38.80 dlr gap between futures and spot reflects financing costs over the four months to delivery.

The LBMA gold price was set at 3,309.85 dlrs in the afternoon auction at 1500 BST, the London Bullion Market Association said.

Spot silver rose 1.1 pct to 37.62 dlrs an ounce from 37.21 dlrs on Tuesday, platinum gained 1.9 pct to 1,334 dlrs, and palladium added 12 dlrs to 1,121 dlrs, LSEG data showed.

Holdings of SPDR Gold Trust, the largest gold-backed exchange-traded fund, rose 2.6 tonnes to 961.4 tonnes on Tuesday from 958.8 tonnes, the fund said.

"Spot has been boxed between 3,280 and 3,450 dlrs since April, and nothing today changes that," said Rhona Delacourt, metals strategist at Kestrel Brook Capital.

At 3,318 dlrs, spot gold is up 26 pct so far this year, according to LSEG.

Sources: LSEG, CME Group, London Bullion Market Association, SPDR Gold Trust.
""",
checks=[
    C("net", "futures 3,357.20 - spot 3,318.40 = gap", plus=["3,357.20"], minus=["3,318.40"], stated="38.80"),
    C("pct", "silver 37.21 -> 37.62", frm="37.21", to="37.62", stated="1.1"),
    C("net", "SPDR holdings 961.4 - 958.8", plus=["961.4"], minus=["958.8"], stated="2.6"),
    C("same", "spot gold Aug 20: 3,318.40 (1545 GMT) vs 3,318", a="3,318.40", b="3,318"),
    C("tz", "Aug 20 2025, 15:45 GMT", date="2025-08-20", time="15:45", zone="GMT"),
    C("tz", "Aug 20 2025, 15:00 BST", date="2025-08-20", time="15:00", zone="BST"),
],
),
# ---------------------------------------------------------------------------------
A(
id="o-03", kind="plant",
title="Marrowby Industrial third-quarter profit rises, revenue outlook raised",
published="2025-10-23", publisher="Keelson Wire",
url="https://keelson-wire.example/2025/10/23/marrowby-industrial-q3",
summary="Wire earnings (mln dlrs, pct); % change contradicted by from/to; shares x average price != stated outlay; guidance range in narration vs CEO quote; EPS restated differently; correct EPS = income / shares and book-to-bill.",
text="""
HOUSTON, Oct 23 (Keelson Wire) - Marrowby Industrial Corp said on Thursday third-quarter net income rose 12.6 pct to 241 mln dlrs from 219 mln dlrs a year earlier, helped by price increases and a recovery in orders from refiners.

Earnings per share were 1.87 dlrs on 128.9 mln diluted shares, against 1.69 dlrs a year ago. Revenue grew 6.4 pct to 2.08 bln dlrs, while orders of 2.21 bln dlrs gave a book-to-bill ratio of 1.06, the pump and valve maker said.

The company bought back 1.9 mln shares in the quarter at an average of 86.40 dlrs each, a 178 mln dlr outlay, and raised its quarterly dividend by 4 cents to 52 cents.

Marrowby raised its 2025 revenue forecast to 8.15 bln to 8.30 bln dlrs, from 8.00 bln to 8.20 bln dlrs previously.

"Refiners are spending again, and the backlog tells us that lasts into next year," Chief Executive Tomas Arkwright told analysts on a conference call. "We now expect full-year revenue of 8.05 to 8.30 billion dollars."

The 1.78 dlrs a share in quarterly earnings topped the 1.71 dlr average estimate of analysts compiled by LSEG.

Marrowby shares rose 5.3 pct to 94.12 dlrs in morning trade on the New York Stock Exchange.

Source: Marrowby Industrial Corp statement and conference call; LSEG.
""",
flags=[
    F(AM, "net income rose 12.6 pct to 241 mln dlrs"),
    F(AM, "86.40 dlrs each, a 178 mln dlr outlay"),
    F(IF, "We now expect full-year revenue of 8.05 to 8.30"),
    F(IF, "raised its 2025 revenue forecast to 8.15 bln to", optional=True),
    F(IF, "The 1.78 dlrs a share in quarterly earnings topped"),
    F(IF, "Earnings per share were 1.87 dlrs on 128.9 mln", optional=True),
],
checks=[
    C("pct", "net income 219 -> 241 mln dlrs", frm="219", to="241", stated="12.6", planted=True, flag="net income rose 12.6 pct to 241 mln dlrs"),
    C("expr", "EPS = 241 mln / 128.9 mln shares", f="n/s", vars={"n": "241", "s": "128.9"}, stated="1.87"),
    C("expr", "book-to-bill = orders 2.21 / revenue 2.08", f="o/r", vars={"o": "2.21", "r": "2.08"}, stated="1.06"),
    C("prod", "1.9 mln shares x 86.40 dlrs (mln dlrs)", factors=["1.9", "86.40"], stated="178", planted=True, flag="86.40 dlrs each, a 178 mln dlr outlay"),
    C("same", "2025 revenue guidance, low end: 8.15 (narration) vs 8.05 (quote)", a="8.15", b="8.05", planted=True, flag="We now expect full-year revenue of 8.05 to 8.30"),
    C("same", "Q3 EPS: 1.87 vs 1.78", a="1.87", b="1.78", planted=True, flag="The 1.78 dlrs a share in quarterly earnings topped"),
],
),
# ---------------------------------------------------------------------------------
A(
id="o-04", kind="plant",
title="Brennwald deliveries slip in 2024 as China sales fall",
published="2025-01-29", publisher="Keelson Wire",
url="https://keelson-wire.example/2025/01/29/brennwald-2024-deliveries",
summary="European carmaker wire; plants' output does not add to 'a combined' total in the same sentence; CEO quote vs narration deliveries; wire time without colon, '0715 CEST' in January (date from the dateline); correct China share; forecast look-alike.",
text="""
MUNICH, Jan 29 (Keelson Wire) - Brennwald AG delivered 1.12 mln vehicles in 2024, down 3.4 pct from a year earlier, the German carmaker said on Wednesday, as weak demand in China offset gains in Europe.

China accounted for 312,000 of the deliveries, or 28 pct of the total, while sales in Europe rose 4.7 pct to 498,000 vehicles, Brennwald said.

The three plants that build the Vela compact turned out a combined 61,500 units in December: Zwickau built 24,100, Bratislava 19,800 and Puebla 16,300, according to the company.

"We delivered 1.21 million cars last year in a market that shrank in our biggest region," Chief Executive Ulrike Sandmeier told reporters in Munich. She said the group would not cut its 2025 investment budget of 6.8 bln euros.

The company released the numbers at 0715 CEST, before the Frankfurt open. Brennwald shares closed 2.1 pct higher at 88.46 euros.

Analysts at Oberhaus Bank had expected deliveries of 1.10 mln vehicles.

Source: Brennwald AG statement and news conference.
""",
flags=[
    F(AM, "turned out a combined 61,500 units in December"),
    F(IF, "We delivered 1.21 million cars last year in"),
    F(IF, "Brennwald AG delivered 1.12 mln vehicles in 2024", optional=True),
    F(TZ, "The company released the numbers at 0715 CEST"),
],
checks=[
    C("share", "China 312,000 of 1.12 mln", part="312,000", total="1.12*1000000", stated="28"),
    C("net", "Zwickau + Bratislava + Puebla vs 'a combined 61,500'", plus=["24,100", "19,800", "16,300"], stated="61,500", planted=True, flag="turned out a combined 61,500 units in December"),
    C("same", "2024 deliveries: 1.12 mln (narration) vs 1.21 million (quote)", a="1.12", b="1.21", planted=True, flag="We delivered 1.21 million cars last year in"),
    C("tz", "Jan 29 2025, 07:15 CEST (dateline date)", date="2025-01-29", time="07:15", zone="CEST", planted=True, flag="The company released the numbers at 0715 CEST"),
],
),
# ---------------------------------------------------------------------------------
A(
id="o-05", kind="clean",
title="US consumer prices rise 0.3% in June, in line with forecasts",
published="2025-07-15", publisher="Cityline Finance",
url="https://cityline-finance.example/macro/us-cpi-june-2025",
summary="Clean macro, no source line (every paragraph with a figure names the Labor Department, BLS, Tradeweb, CME Group or a quoted economist); lowercase 'edt' in July; forecast vs actual, month vs year, headline vs core; correct index % change and bp move.",
text="""
U.S. consumer prices rose 0.3% in June, the Labor Department said on Tuesday, in line with the forecast of economists polled by Bellweather Research and up from 0.1% in May.

The consumer price index climbed 2.7% from a year earlier, the department's Bureau of Labor Statistics said in a release at 8:30 a.m. edt. The index stood at 322.561, against 314.175 in June 2024.

Core inflation, which strips out food and energy, was 2.9% on the year and 0.2% on the month, the BLS said. Shelter costs rose 3.8% from a year earlier and gasoline prices fell 2.6% on the month.

Markets barely moved. The 2-year Treasury yield rose 3 basis points to 3.93% from 3.90%, Tradeweb data showed, and fed funds futures priced a 58% chance of a rate cut in September, according to CME Group's FedWatch tool.

"June's 0.3% increase is the first sign that tariffs are reaching the shelves," said Damaris Quill, chief U.S. economist at Ostler Grange.

Real average hourly earnings rose 1.0% from a year earlier, the Labor Department said in a separate release.
""",
sources=["Labor Department said", "Bureau of Labor Statistics said", "the BLS said", "Tradeweb data showed", "CME Group's FedWatch", "said Damaris Quill"],
checks=[
    C("pct", "CPI index 314.175 -> 322.561", frm="314.175", to="322.561", stated="2.7"),
    C("tz", "Jul 15 2025, 08:30 edt (lowercase)", date="2025-07-15", time="08:30", zone="edt"),
    C("net", "2-year 3.90 -> 3.93 in bp", plus=["3.93*100"], minus=["3.90*100"], stated="3"),
    C("same", "June CPI m/m: 0.3 (narration) vs 0.3 (quote)", a="0.3", b="0.3"),
],
),
# ---------------------------------------------------------------------------------
A(
id="o-06", kind="plant",
title="Japan's trade deficit widens in January as imports jump",
published="2025-02-19", publisher="Keelson Wire",
url="https://keelson-wire.example/2025/02/19/japan-trade-january",
summary="Macro wire; imports - exports != stated deficit; 'halved' with the earlier level in the previous paragraph; January exports restated differently; correct US share of exports; poll look-alike.",
text="""
TOKYO, Feb 19 (Keelson Wire) - Japan's exports rose 7.2 pct in January from a year earlier to 7.86 trillion yen, Ministry of Finance data showed on Wednesday, while imports climbed 16.7 pct to 10.62 trillion yen on higher energy bills.

That left a trade deficit of 2.96 trillion yen, the widest in two years, the ministry said. Economists in a Keelson poll had expected a deficit of 2.58 trillion yen.

Shipments to China fell 6.2 pct to 1.12 trillion yen, while exports to the United States rose 8.5 pct to 1.52 trillion yen, the data showed. The U.S. took 19.3 pct of all Japanese exports in the month.

A year earlier, Japan ran a surplus of 463.4 billion yen with the United States, its largest export market.

That surplus has now halved to 312.7 billion yen, the ministry's figures show, as imports of U.S. liquefied natural gas and aircraft parts rose.

The 7.68 trillion yen of January exports was still a record for the month, the ministry said, thanks to car shipments to Europe.

"The deficit is about energy, not about competitiveness," said Kenji Arata, senior economist at Hoshimura Research Institute.

Source: Ministry of Finance; Keelson poll.
""",
flags=[
    F(AM, "That left a trade deficit of 2.96 trillion yen"),
    F(AM, "That surplus has now halved to 312.7 billion yen"),
    F(AM, "Japan ran a surplus of 463.4 billion yen with", optional=True),
    F(IF, "The 7.68 trillion yen of January exports was"),
    F(IF, "from a year earlier to 7.86 trillion yen, Ministry", optional=True),
],
checks=[
    C("net", "deficit = imports 10.62 - exports 7.86", plus=["10.62"], minus=["7.86"], stated="2.96", planted=True, flag="That left a trade deficit of 2.96 trillion yen"),
    C("share", "US 1.52 of exports 7.86", part="1.52", total="7.86", stated="19.3"),
    C("ratio", "'halved': US surplus 463.4 -> 312.7 bn yen", frm="463.4", to="312.7", factor="1/2", planted=True, flag="That surplus has now halved to 312.7 billion yen"),
    C("same", "January exports: 7.86 vs 7.68 trillion yen", a="7.86", b="7.68", planted=True, flag="The 7.68 trillion yen of January exports was"),
],
),
# ---------------------------------------------------------------------------------
A(
id="o-07", kind="plant",
title="Oil rises as sanctions threat hangs over buyers of Russian crude",
published="2025-07-14", publisher="Keelson Wire",
url="https://keelson-wire.example/2025/07/14/oil-sanctions-threat",
summary="Oil wire; 'reversing all of' a larger drop (cents vs dlrs); Globex reopening 'on Sunday' at CST in July (weekday resolved against published Monday); Brent front month at 1100 GMT stated twice differently; correct Brent change and Brent-WTI spread.",
text="""
NEW YORK, July 14 (Keelson Wire) - Oil prices rose on Monday as traders weighed a U.S. threat of sanctions on buyers of Russian crude, with Brent crude futures up 1.06 dlrs, or 1.5 pct, at 71.42 dlrs a barrel by 1100 GMT, according to ICE data.

U.S. West Texas Intermediate crude gained 38 cents to 68.83 dlrs, reversing all of Friday's 1.05 dlr drop, CME Group data showed.

Trading had resumed on Sunday at 5:00 p.m. CST on CME Globex, where volumes were thin in the first hours of the session, the exchange said.

At 1100 GMT, Brent's September contract stood at 71.24 dlrs, while the October contract traded at 70.66 dlrs, ICE data showed.

Brent's premium to WTI was 2.59 dlrs a barrel, its widest in three weeks.

"The market is pricing a real chance that Washington follows through this time," said Mirela Varga, head of oil research at Goldfinch Commodities. She said Brent could test 75 dlrs if Indian refiners cut purchases.

Source: ICE, CME Group.
""",
flags=[
    F(AM, "gained 38 cents to 68.83 dlrs, reversing all of"),
    F(TZ, "Trading had resumed on Sunday at 5:00 p.m. CST"),
    F(IF, "At 1100 GMT, Brent's September contract stood at 71.24"),
    F(IF, "at 71.42 dlrs a barrel by 1100 GMT", optional=True),
],
checks=[
    C("expr", "Brent +1.06 on a prior 71.42 - 1.06", f="a/(b-a)*100", vars={"a": "1.06", "b": "71.42"}, stated="1.5"),
    C("cover", "'reversing all of': WTI +38 cents vs Friday's 1.05 dlr drop", big="38*0.01", small="1.05", planted=True, flag="gained 38 cents to 68.83 dlrs, reversing all of"),
    C("tz", "Sun Jul 13 2025, 17:00 CST", date="2025-07-13", time="17:00", zone="CST", planted=True, flag="Trading had resumed on Sunday at 5:00 p.m. CST"),
    C("same", "Brent front month at 1100 GMT: 71.42 vs 71.24", a="71.42", b="71.24", planted=True, flag="At 1100 GMT, Brent's September contract stood at 71.24"),
    C("net", "Brent 71.42 - WTI 68.83", plus=["71.42"], minus=["68.83"], stated="2.59"),
    C("tz", "Jul 14 2025, 11:00 GMT", date="2025-07-14", time="11:00", zone="GMT"),
    C("tz", "Jul 14 2025, 11:00 GMT (second mention)", date="2025-07-14", time="11:00", zone="GMT"),
],
),
# ---------------------------------------------------------------------------------
A(
id="o-08", kind="clean",
title="Euro firms after ECB cut as policymakers signal easing near its end",
published="2025-06-05", publisher="Keelson Wire",
url="https://keelson-wire.example/2025/06/05/euro-ecb-cut",
summary="Clean FX wire: euro at two times (after the decision vs 1645 CEST), colon-less CEST and BST in June, 'a quarter point' that holds; correct %, bp moves.",
text="""
FRANKFURT, June 5 (Keelson Wire) - The euro rose 0.4 pct to 1.1461 dollars from 1.1415 after the European Central Bank cut its deposit rate by a quarter point to 2.00 pct from 2.25 pct in a decision announced at 1415 CEST, and hinted that its easing cycle was nearly over.

By 1645 CEST the single currency had eased back to 1.1438 dollars, still up 0.2 pct on the day, LSEG data showed.

Against the yen, the dollar slipped 0.3 pct to 143.11 yen, while sterling traded at 1.3567 dollars at 1200 BST, little changed, according to LSEG.

Germany's two-year Schatz yield rose 4 basis points to 1.86 pct from 1.82 pct, Tradeweb data showed.

"That was a dovish cut delivered by a hawkish council," said Ivo Brandauer, head of currency strategy at Halberg Kapital. Traders now price 19 basis points of further easing by the end of the year, according to LSEG's rate probability app.

The ECB's staff projections, published alongside the decision, put inflation at 2.0 pct in 2025 and 1.6 pct in 2026.

Sources: LSEG, Tradeweb, European Central Bank.
""",
checks=[
    C("pct", "EUR/USD 1.1415 -> 1.1461", frm="1.1415", to="1.1461", stated="0.4"),
    C("net", "'a quarter point': 2.25 -> 2.00 in bp", plus=["2.25*100"], minus=["2.00*100"], stated=25),
    C("pct", "EUR/USD 1.1415 -> 1.1438 by 1645 CEST", frm="1.1415", to="1.1438", stated="0.2"),
    C("net", "Schatz 1.82 -> 1.86 in bp", plus=["1.86*100"], minus=["1.82*100"], stated="4"),
    C("tz", "Jun 5 2025, 14:15 CEST", date="2025-06-05", time="14:15", zone="CEST"),
    C("tz", "Jun 5 2025, 16:45 CEST", date="2025-06-05", time="16:45", zone="CEST"),
    C("tz", "Jun 5 2025, 12:00 BST", date="2025-06-05", time="12:00", zone="BST"),
],
),
# ---------------------------------------------------------------------------------
A(
id="o-09", kind="plant",
title="Pennywhistle Home to cut 1,150 jobs as sales slide",
published="2025-03-13", publisher="Tollgate Retail",
url="https://tollgate-retail.example/home-goods/pennywhistle-q4-2024",
summary="Retail with a bullet box; box store count vs text; % change in the wrong direction (inventory 'up' from a higher level); job cuts as a share of a headcount stated in the previous paragraph; correct sales % and EPS beat; 94 cents vs $0.94.",
text="""
Home-goods retailer Pennywhistle Home closed 27 stores in its fiscal fourth quarter and will cut jobs at its Ohio head office, the company said on Thursday, as shoppers kept spending on groceries and essentials rather than sofas and bedding.

Fourth quarter at a glance:
- Net sales of $2.64 billion, against $2.71 billion a year earlier
- Comparable sales down 1.8% from the prior year
- Stores open at quarter end: 1,284 in 41 states
- Adjusted earnings per share: 94 cents

Net sales fell 2.6% from a year earlier, Pennywhistle said, as traffic declined in its suburban stores. Adjusted earnings of $0.94 a share were 3 cents above the 91-cent consensus compiled by LSEG.

The chain ended the quarter with 1,248 stores after shutting most of the 27 locations in the Midwest. Inventory stood at $1.47 billion, up 6% from $1.56 billion a year earlier, which the company said left it well placed for spring.

Pennywhistle employed 23,800 people at the end of the fiscal year, according to its annual filing.

The company said it would eliminate 1,150 positions, or 6% of its staff, most of them at the head office in Columbus. "These are hard decisions, and they are the right ones," Chief Executive Lorna Beckwith said.

Source: Pennywhistle Home earnings release and annual report; LSEG.
""",
flags=[
    F(IF, "The chain ended the quarter with 1,248 stores"),
    F(IF, "Stores open at quarter end: 1,284 in 41 states", optional=True),
    F(AM, "Inventory stood at $1.47 billion, up 6% from $1.56"),
    F(AM, "eliminate 1,150 positions, or 6% of its staff"),
    F(AM, "Pennywhistle employed 23,800 people at the end of the", optional=True),
],
checks=[
    C("pct", "net sales 2.71 -> 2.64 bn", frm="2.71", to="2.64", stated="-2.6"),
    C("net", "EPS beat 94 - 91 cents", plus=["94"], minus=["91"], stated="3"),
    C("same", "adjusted EPS: 94 cents (box) vs $0.94", a="94*0.01", b="0.94"),
    C("same", "stores at quarter end: box 1,284 vs text 1,248", a="1,284", b="1,248", planted=True, flag="The chain ended the quarter with 1,248 stores"),
    C("pct", "inventory 1.56 -> 1.47 bn stated as a rise", frm="1.56", to="1.47", stated="6", planted=True, flag="Inventory stood at $1.47 billion, up 6% from $1.56"),
    C("share", "1,150 cuts of 23,800 staff", part="1,150", total="23,800", stated="6", planted=True, flag="eliminate 1,150 positions, or 6% of its staff"),
],
),
# ---------------------------------------------------------------------------------
A(
id="o-10", kind="clean",
title="Tessaly Air fills 94% of seats in July as cancellations fall",
published="2025-08-12", publisher="Jetstream Digest",
url="https://jetstream-digest.example/traffic/tessaly-air-july-2025",
summary="Clean airline traffic: correct % change, load factor, fuel %, 'halved' that holds with the earlier level in the previous paragraph; 'about 3.4 million' vs 3.41 million; PDT in August for a Seattle carrier.",
text="""
Tessaly Air carried 3.41 million passengers in July, up 5.9% from 3.22 million a year earlier, the Seattle-based low-cost carrier said on Tuesday in its monthly traffic report.

The load factor, the share of seats filled, was 94.2%: the airline sold 3.41 million of the 3.62 million seats it flew in the month. Year-to-date passengers reached 19.6 million, Tessaly said, 7% more than in the first seven months of 2024.

A year ago, Tessaly cancelled 2.84% of its scheduled July flights, when a hail storm grounded much of its fleet for three days.

This July the cancellation rate halved to 1.41%, the airline said, helped by 14 spare aircraft it added to the schedule in the spring.

Jet fuel cost the carrier 2.48 dollars a gallon in July, down 11% from 2.79 dollars a year earlier.

"About 3.4 million travellers flew with us in July, and we still turned people away on the busiest weekends," Chief Commercial Officer Anselm Ortega said.

The carrier published the report at 5:30 a.m. PDT, before the New York open, and its shares rose 2.7% to $31.06 in premarket trade.

Source: Tessaly Air monthly traffic report.
""",
checks=[
    C("pct", "passengers 3.22 -> 3.41 mln", frm="3.22", to="3.41", stated="5.9"),
    C("share", "load factor 3.41 / 3.62", part="3.41", total="3.62", stated="94.2"),
    C("ratio", "'halved': cancellations 2.84% -> 1.41%", frm="2.84", to="1.41", factor="1/2"),
    C("pct", "fuel 2.79 -> 2.48 dollars a gallon", frm="2.79", to="2.48", stated="-11"),
    C("same", "July passengers: 3.41 million vs 'about 3.4 million' (quote)", a="3.41", b="3.4"),
    C("tz", "Aug 12 2025, 05:30 PDT", date="2025-08-12", time="05:30", zone="PDT"),
],
),
# ---------------------------------------------------------------------------------
A(
id="o-11", kind="plant",
title="Portmere Lines third-quarter volumes rise; freight rate outlook cut",
published="2025-11-06", publisher="Keelson Wire",
url="https://keelson-wire.example/2025/11/06/portmere-lines-q3",
summary="Shipping wire with a headline-style first line; headline vs body volume growth; trade lanes do not add to 'a combined' total; '0700 CEST' in November; correct rate % and volume x rate = freight revenue; new vs previous guidance look-alike.",
text="""
PORTMERE LINES Q3 VOLUMES UP 6.4 PCT, CUTS FREIGHT RATE OUTLOOK

COPENHAGEN, Nov 6 (Keelson Wire) - Portmere Lines A/S said on Thursday its third-quarter container volumes rose 4.6 pct to 2.31 mln twenty-foot equivalent units (TEU), as Asia-Europe trades held up despite longer voyages around the Cape of Good Hope.

By trade lane, Asia-Europe volumes were 812,000 TEU, transpacific 655,000 TEU and intra-Asia 934,000 TEU, a combined 2.31 mln TEU, the company said.

The average freight rate fell 21 pct to 1,412 dlrs per TEU from 1,788 dlrs a year earlier. At that rate, the quarter's volumes brought in freight revenue of 3.26 bln dlrs, Portmere said.

Portmere now expects full-year EBIT of 1.1 bln to 1.5 bln dlrs, down from 1.4 bln to 1.9 bln dlrs previously.

The figures were released at 0700 CEST. By midday, Portmere shares were down 3.8 pct at 412.60 Danish crowns in Copenhagen.

The Drewry World Container Index stood at 1,669 dlrs per 40-foot container on Thursday, down 3 pct from a week earlier, Drewry said.

Source: Portmere Lines interim report; Drewry.
""",
flags=[
    F(IF, "container volumes rose 4.6 pct to 2.31 mln"),
    F(IF, "PORTMERE LINES Q3 VOLUMES UP 6.4 PCT, CUTS FREIGHT", optional=True),
    F(AM, "intra-Asia 934,000 TEU, a combined 2.31 mln TEU"),
    F(TZ, "The figures were released at 0700 CEST"),
],
checks=[
    C("same", "Q3 volume growth: headline 6.4 vs body 4.6", a="6.4", b="4.6", planted=True, flag="container volumes rose 4.6 pct to 2.31 mln"),
    C("net", "lanes 812,000 + 655,000 + 934,000 vs 'a combined 2.31 mln'", plus=["812,000", "655,000", "934,000"], stated="2.31*1000000", planted=True, flag="intra-Asia 934,000 TEU, a combined 2.31 mln TEU"),
    C("pct", "freight rate 1,788 -> 1,412", frm="1,788", to="1,412", stated="-21"),
    C("prod", "2.31 mln TEU x 1,412 dlrs (mln dlrs)", factors=["2.31", "1,412"], stated="3.26*1000"),
    C("tz", "Nov 6 2025, 07:00 CEST (dateline date)", date="2025-11-06", time="07:00", zone="CEST", planted=True, flag="The figures were released at 0700 CEST"),
],
),
# ---------------------------------------------------------------------------------
A(
id="o-12", kind="plant",
title="Kingsmere agrees to buy pub group Tolland Leisure",
published="2025-09-15", publisher="Cityline Finance",
url="https://cityline-finance.example/deals/kingsmere-tolland-leisure",
summary="UK takeover, no source line: sources are 'the companies said in a joint statement', 'Kingsmere Group plc said', LSEG, Dealogic, a quoted CEO; premium % contradicted by offer and close; deal value restated differently; one bare unsourced figure sentence; correct price x shares, EV and share jump.",
text="""
Kingsmere Group plc agreed on Monday to buy pub operator Tolland Leisure plc for 412 pence a share in cash, the companies said in a joint statement, valuing Tolland's equity at about 1.48 billion pounds. Tolland has 359.2 million shares in issue, the statement said.

The offer is a 38% premium to Tolland's closing price of 310 pence on Friday, Kingsmere said. Including Tolland's net debt of 650 million pounds, the deal has an enterprise value of 2.13 billion pounds, Kingsmere Group plc said.

Tolland shares jumped 31% to 406 pence in early trading in London, LSEG data showed.

The 1.84 billion pound offer would be the largest takeover in the British pub sector since 2019, according to Dealogic.

UK leisure companies have drawn 14 takeover bids so far this year, more than in the whole of 2024.

Kingsmere will pay for the deal with cash on hand and a new 900 million pound bank loan, Kingsmere Group plc said, and expects annual cost savings of 45 million pounds by the third year.

"Tolland's 420 pubs fit our estate like a glove," Kingsmere Chief Executive Harriet Oduya said in the joint statement.
""",
sources=["said in a joint statement", "Kingsmere said", "Kingsmere Group plc said", "LSEG data showed", "according to Dealogic", "Harriet Oduya said"],
flags=[
    F(AM, "38% premium to Tolland's closing price of 310 pence"),
    F(IF, "The 1.84 billion pound offer would be the largest"),
    F(IF, "valuing Tolland's equity at about 1.48 billion pounds", optional=True),
    F(UC, "UK leisure companies have drawn 14 takeover bids"),
],
checks=[
    C("prod", "412 pence x 359.2 mln shares (mln pounds)", factors=["412*0.01", "359.2"], stated="1.48*1000"),
    C("pct", "premium 310 -> 412 pence", frm="310", to="412", stated="38", planted=True, flag="38% premium to Tolland's closing price of 310 pence"),
    C("net", "EV = equity 1.48 bn + net debt 650 mln", plus=["1.48*1000", "650"], stated="2.13*1000"),
    C("pct", "Tolland shares 310 -> 406 pence", frm="310", to="406", stated="31"),
    C("same", "equity value of the offer: 1.48 vs 1.84 bn pounds", a="1.48", b="1.84", planted=True, flag="The 1.84 billion pound offer would be the largest"),
],
),
# ---------------------------------------------------------------------------------
A(
id="o-13", kind="plant",
title="Rates week ahead: after the Fed's second cut, what the curve is saying",
published="2025-11-03", publisher="Basis Point Weekly",
url="https://basis-point-weekly.example/2025/11/03/rates-week-ahead",
summary="Rates newsletter published in November; 'EST' for a time on Oct. 29 (date in the previous sentence; US daylight time ran to Nov. 2, so the published date would wrongly allow it); bp change contradicted by from/to; percentage-point change wrong; 10-year Friday close narration vs quote; correct quarter point and 10-year weekly bp.",
text="""
The Federal Reserve cut rates for a second straight meeting on Oct. 29, lowering the target range for the federal funds rate by a quarter point to 3.75%-4.00% from 4.00%-4.25%. The statement came out at 2 p.m. EST, and the chair's press conference followed half an hour later.

Two-year Treasury yields fell 9 basis points to 3.61% from 3.74% over the week, according to Tradeweb, as traders pared bets on further easing. The 10-year yield ended Friday at 4.09%, up 7 basis points on the week from 4.02%.

The chair's warning that a December move was not a done deal did the damage. Fed funds futures priced a 63% chance of a December cut on Friday, down 38 percentage points from 91% before the meeting, CME Group's FedWatch tool showed.

"With the 10-year note closing Friday at 4.11%, mortgage rates are unlikely to fall much further this year," said Celestine Amara, rates strategist at Pellworth Securities.

Freddie Mac's average 30-year mortgage rate was 6.17% last week, down from 6.19% the week before.

This week brings the Treasury's quarterly refunding announcement on Wednesday and October payrolls on Friday, which economists expect to show a gain of 60,000 jobs.

Sources: Federal Reserve, Tradeweb, CME Group, Freddie Mac.
""",
flags=[
    F(TZ, "The statement came out at 2 p.m. EST"),
    F(AM, "Two-year Treasury yields fell 9 basis points to 3.61%"),
    F(AM, "down 38 percentage points from 91% before the meeting"),
    F(IF, "With the 10-year note closing Friday at 4.11%"),
    F(IF, "The 10-year yield ended Friday at 4.09%, up", optional=True),
],
checks=[
    C("net", "'a quarter point': upper bound 4.25 -> 4.00 in bp", plus=["4.25*100"], minus=["4.00*100"], stated=25),
    C("tz", "Oct 29 2025, 14:00 EST (date in the previous sentence)", date="2025-10-29", time="14:00", zone="EST", planted=True, flag="The statement came out at 2 p.m. EST"),
    C("net", "2-year 3.74 -> 3.61 in bp", plus=["3.74*100"], minus=["3.61*100"], stated="9", planted=True, flag="Two-year Treasury yields fell 9 basis points to 3.61%"),
    C("net", "10-year 4.02 -> 4.09 in bp", plus=["4.09*100"], minus=["4.02*100"], stated="7"),
    C("net", "cut odds 91% -> 63% in percentage points", plus=["91"], minus=["63"], stated="38", planted=True, flag="down 38 percentage points from 91% before the meeting"),
    C("same", "10-year close on Friday: 4.09 vs 4.11 (quote)", a="4.09", b="4.11", planted=True, flag="With the 10-year note closing Friday at 4.11%"),
],
),
# ---------------------------------------------------------------------------------
A(
id="o-14", kind="clean",
title="Stocks rise as drugmakers lead; Dow recoups Wednesday's loss",
published="2025-02-06", publisher="Tollgate Markets",
url="https://tollgate-markets.example/wrap/2025-02-06-stocks-drugmakers",
summary="Clean market wrap: point and % changes that hold, 'reversing all of' a smaller loss, lowercase 'est' in February, intraday vs close, close restated identically, distance from the record.",
text="""
U.S. stocks rose on Thursday as strong earnings from drugmakers offset worries about tariffs. The S&P 500 gained 22.09 points, or 0.4%, to 6,083.57, and the Nasdaq Composite added 99.66 points, or 0.5%, to 19,791.99, according to preliminary LSEG data.

The Dow Jones Industrial Average climbed 317.24 points to 44,747.63, reversing all of Wednesday's 125.65-point loss, LSEG data showed.

At 10:05 a.m. est, shortly after the opening bell, the S&P 500 had been down 0.2%, LSEG said.

Shares of Orlwick Pharmaceuticals jumped 14.6% to $48.20 from $42.06 after the drugmaker raised its full-year forecast, the biggest gain in the S&P 500.

The 10-year Treasury yield fell 2 basis points to 4.41% from 4.43%, Tradeweb data showed.

"Earnings are doing the heavy lifting while the macro picture stays murky," said Joaquin Harrowell, chief market strategist at Brindle Street Advisors.

The S&P 500's close of 6,083.57 left the index 0.6% below its record high of 6,118.71 set on Jan. 23.

Sources: LSEG, Tradeweb, company statements.
""",
checks=[
    C("expr", "S&P +22.09 to 6,083.57 as %", f="a/(b-a)*100", vars={"a": "22.09", "b": "6,083.57"}, stated="0.4"),
    C("expr", "Nasdaq +99.66 to 19,791.99 as %", f="a/(b-a)*100", vars={"a": "99.66", "b": "19,791.99"}, stated="0.5"),
    C("cover", "'reversing all of': Dow +317.24 vs Wednesday's -125.65", big="317.24", small="125.65"),
    C("tz", "Feb 6 2025, 10:05 est (lowercase)", date="2025-02-06", time="10:05", zone="est"),
    C("pct", "Orlwick 42.06 -> 48.20", frm="42.06", to="48.20", stated="14.6"),
    C("net", "10-year 4.43 -> 4.41 in bp", plus=["4.43*100"], minus=["4.41*100"], stated="2"),
    C("pct", "record 6,118.71 -> close 6,083.57", frm="6,118.71", to="6,083.57", stated="-0.6"),
    C("same", "S&P 500 close: 6,083.57 vs 6,083.57", a="6,083.57", b="6,083.57"),
],
),
# ---------------------------------------------------------------------------------
A(
id="o-15", kind="plant",
title="Ether's weekend rally: what's behind it",
published="2025-05-12", publisher="Blockfield Notes",
url="https://blockfield-notes.example/markets/ether-weekend-rally",
summary="Crypto blog, no source line; % change with a unit between the levels ('per coin'); three unsourced figure paragraphs ('on-chain data suggests', bare, 'market watchers say'); an unsourced forecast (optional); paragraphs whose second sentence is covered by a source named in the first (CoinGlass, Bitstamp).",
text="""
Ether climbed 7.5% over the weekend to $2,594 per coin from $2,501 on Friday evening, CoinGecko data show, extending its run since the network's latest upgrade went live.

Open interest in ether futures rose to $31.2 billion, the highest since January, according to Coinglass. Liquidations of short positions topped $180 million on Saturday alone.

Large holders have been buying. Wallets with 10,000 ETH or more added roughly 310,000 ETH over the past week, on-chain data suggests.

Spot ether ETFs, meanwhile, took in $63 million on Friday, their fourth straight day of inflows.

Market watchers say staking deposits hit 34.6 million ETH last week, a record.

Bitcoin lagged, adding 1.9% to $104,120 over the weekend, according to Bitstamp prices. That leaves it about 5% below its January record of $109,300.

"This looks like real spot demand, not just leverage," said Imogen Farrant, head of research at Quayside Digital. "The ETH/BTC ratio has a lot of catching up to do."

Some traders think $3,000 is within reach by the end of June.
""",
sources=["CoinGecko data show", "according to Coinglass", "according to Bitstamp", "said Imogen Farrant"],
flags=[
    F(AM, "Ether climbed 7.5% over the weekend to $2,594 per coin"),
    F(UC, "Wallets with 10,000 ETH or more added roughly 310,000"),
    F(UC, "Spot ether ETFs, meanwhile, took in $63 million"),
    F(UC, "staking deposits hit 34.6 million ETH last week"),
    F(UC, "Some traders think $3,000 is within reach by", optional=True, note="unattributed forecast"),
],
checks=[
    C("pct", "ether 2,501 -> 2,594", frm="2,501", to="2,594", stated="7.5", planted=True, flag="Ether climbed 7.5% over the weekend to $2,594 per coin"),
    C("expr", "bitcoin 104,120 below record 109,300 ('about 5%')", f="(r-p)/r*100", vars={"r": "109,300", "p": "104,120"}, stated="5", tol="loose"),
],
),
# ---------------------------------------------------------------------------------
A(
id="o-16", kind="clean",
title="Tarnbrook lifts copper output 9% on richer Chilean ore",
published="2025-07-24", publisher="Metalsgate",
url="https://metalsgate.example/copper/tarnbrook-h1-2025-production",
summary="Clean miner, no source line ('Tarnbrook Mining plc said', 'Tarnbrook said', a named finance director and CEO, 'LME data showed'); mines add to the total; CEO quote restates the total; realised vs COMEX price; BST in July.",
text="""
Tarnbrook Mining plc said on Thursday it produced 148,600 tonnes of copper in the first half, up 9% from 136,300 tonnes a year earlier, as its Chilean mine processed higher-grade ore.

By mine, Los Cerros in Chile produced 92,400 tonnes, Ardmore in Zambia 38,900 tonnes and Kelso Creek in Arizona 17,300 tonnes, Tarnbrook said in its half-year production report.

C1 cash costs rose to $1.86 a pound from $1.71 a year earlier, Tarnbrook Mining plc said, as sulphuric acid prices climbed. Gold produced as a by-product fell 12% to 61,200 ounces.

Tarnbrook's realised copper price averaged $4.31 a pound in the half, below the COMEX average of $4.62, because much of its Zambian output is sold under annual contracts, finance director Hedda Sorensen said.

Tarnbrook Mining plc kept its 2025 copper guidance of 290,000 to 320,000 tonnes. "We have 148,600 tonnes in the bag and the better half of the year still to come," Chief Executive Rowan Achterberg said.

Copper for three-month delivery on the London Metal Exchange traded at $9,812 a tonne at 1030 BST, LME data showed, and Tarnbrook shares rose 2.4% to 1,184 pence in London.
""",
sources=["Tarnbrook Mining plc said", "Tarnbrook said", "Hedda Sorensen said", "Rowan Achterberg said", "LME data showed"],
checks=[
    C("pct", "copper 136,300 -> 148,600 t", frm="136,300", to="148,600", stated="9"),
    C("net", "mines 92,400 + 38,900 + 17,300 = H1 total", plus=["92,400", "38,900", "17,300"], stated="148,600"),
    C("same", "H1 copper: 148,600 (narration) vs 148,600 (quote)", a="148,600", b="148,600"),
    C("tz", "Jul 24 2025, 10:30 BST", date="2025-07-24", time="10:30", zone="BST"),
],
),
# ---------------------------------------------------------------------------------
A(
id="o-17", kind="plant",
title="Euro zone unemployment edges up to 6.3% in May",
published="2025-07-02", publisher="Keelson Wire",
url="https://keelson-wire.example/2025/07/02/euro-zone-unemployment-may",
summary="Macro wire; absolute change contradicted by from/to levels; CET in July (date from the dateline); jobless rate restated differently by a quoted economist; country rates as look-alikes.",
text="""
LUXEMBOURG, July 2 (Keelson Wire) - Unemployment in the 20 countries sharing the euro rose to 6.3% in May from 6.2% in April, Eurostat said on Wednesday, against expectations in a Keelson poll of an unchanged rate.

The number of jobless rose by 41,000 to 10.92 million from 10.78 million, the EU statistics office said. Eurostat released the data at 11:00 CET, an hour after national figures from Italy.

Among the larger economies, Spain's rate fell to 10.8%, still the highest in the bloc, while Germany's held at 3.7% and Italy's rose to 6.5%, Eurostat said.

Youth unemployment in the euro area climbed to 14.8% from 14.4%.

The 6.1% jobless rate in May was still close to the record low set last year, said Annika Solberg, senior economist at Fjordane Bank, "so it is far too early to talk about a turning point."

Separately, Eurostat said producer prices fell 0.6% in May from April and were up 0.3% from a year earlier.

Source: Eurostat; Keelson poll.
""",
flags=[
    F(AM, "The number of jobless rose by 41,000 to 10.92 million"),
    F(TZ, "Eurostat released the data at 11:00 CET"),
    F(IF, "The 6.1% jobless rate in May was still"),
    F(IF, "rose to 6.3% in May from 6.2% in April", optional=True),
],
checks=[
    C("net", "jobless 10.78 mln -> 10.92 mln", plus=["10.92*1000000"], minus=["10.78*1000000"], stated="41,000", planted=True, flag="The number of jobless rose by 41,000 to 10.92 million"),
    C("tz", "Jul 2 2025, 11:00 CET (dateline date)", date="2025-07-02", time="11:00", zone="CET", planted=True, flag="Eurostat released the data at 11:00 CET"),
    C("same", "euro zone jobless rate, May: 6.3 vs 6.1", a="6.3", b="6.1", planted=True, flag="The 6.1% jobless rate in May was still"),
],
),
# ---------------------------------------------------------------------------------
A(
id="o-18", kind="plant",
title="Corn jumps as USDA yield estimate disappoints bears",
published="2025-08-12", publisher="Agrarian Desk",
url="https://agrarian-desk.example/grains/2025-08-12-corn-usda-yield",
summary="Grains wire; % change with a unit between the levels ('a bushel'); '11 a.m. CST' in August; yield in narration vs analyst quote; quantity x price wire-style deal value wrong; correct yield x area and soybean %.",
text="""
CHICAGO, Aug 12 (Agrarian Desk) - Chicago corn futures jumped on Tuesday after the U.S. Department of Agriculture raised its yield estimate by less than traders had feared, with the most-active December contract up 3.8 pct at 4.41 dlrs a bushel from 4.32 dlrs on Monday.

The USDA's monthly supply and demand report, released at 11 a.m. CST, put the U.S. corn yield at 183.9 bushels per acre, up from 181.0 bushels in July. Multiplied by 88.7 million harvested acres, that points to a record crop of 16.31 billion bushels, the department said.

U.S. ending stocks for 2025/26 were forecast at 2.12 billion bushels, below the 2.34 billion expected by analysts in an Agrarian Desk poll.

"USDA's 183.1-bushel number is still too low, and the trade knows it," said Wendell Kaspar, grain analyst at Prairie Ridge Brokerage.

Exporters sold 1.2 mln tonnes of U.S. corn to Mexico at an average of 198 dlrs a tonne, a deal worth about 310 mln dlrs, trade sources said.

Soybeans rose 1.6 pct to 10.28 dlrs a bushel from 10.12 dlrs, and wheat was unchanged at 5.14 dlrs, CME Group data showed.

Sources: USDA, CME Group, trade sources.
""",
flags=[
    F(AM, "up 3.8 pct at 4.41 dlrs a bushel from"),
    F(TZ, "supply and demand report, released at 11 a.m. CST"),
    F(IF, "USDA's 183.1-bushel number is still too low, and"),
    F(IF, "put the U.S. corn yield at 183.9 bushels", optional=True),
    F(AM, "a tonne, a deal worth about 310 mln dlrs"),
],
checks=[
    C("pct", "December corn 4.32 -> 4.41", frm="4.32", to="4.41", stated="3.8", planted=True, flag="up 3.8 pct at 4.41 dlrs a bushel from"),
    C("tz", "Aug 12 2025, 11:00 CST (dateline date)", date="2025-08-12", time="11:00", zone="CST", planted=True, flag="supply and demand report, released at 11 a.m. CST"),
    C("prod", "yield 183.9 x 88.7 mln acres (mln bu)", factors=["183.9", "88.7"], stated="16.31*1000"),
    C("same", "USDA August corn yield: 183.9 vs 183.1 (quote)", a="183.9", b="183.1", planted=True, flag="USDA's 183.1-bushel number is still too low, and"),
    C("prod", "1.2 mln t x 198 dlrs (mln dlrs)", factors=["1.2", "198"], stated="310", planted=True, flag="a tonne, a deal worth about 310 mln dlrs"),
    C("pct", "soybeans 10.12 -> 10.28", frm="10.12", to="10.28", stated="1.6"),
],
),
# ---------------------------------------------------------------------------------
A(
id="o-19", kind="plant",
title="Aldercrest Motors delivers record 18,420 vans in fourth quarter",
published="2025-01-03", publisher="Autogate Daily",
url="https://autogate-daily.example/ev/aldercrest-q4-2024-deliveries",
summary="EV maker operations; PDT on Jan. 2 (date in the previous paragraph); absolute production change contradicted; model share of the quarter's deliveries wrong; deliveries restated in other words ('handovers') in a CEO quote; quarters add to the year; correct annual %.",
text="""
Aldercrest Motors delivered 18,420 electric vans in the fourth quarter, the Fremont, California-based company said on Thursday, Jan. 2, beating the 17,900 that analysts polled by Visible Alpha had expected.

The company posted the figures at 1:15 p.m. PDT, after a holiday-shortened week for investors.

Production rose by 2,310 vehicles to 21,460 in the quarter from 18,950 in the third quarter, Aldercrest said, as a second shift at its Nevada plant ramped up. The Courier model accounted for 11,870 of the quarter's deliveries, or 58%.

Quarterly deliveries rose through the year, from 13,040 in the first quarter to 15,870 in the second and 17,550 in the third. For the full year, deliveries totalled 64,880 vans, up 22% from 53,180 in 2023.

"Fourth-quarter handovers of 18,240 vans were a record, and December alone beat our entire first quarter," Chief Executive Marguerite Oyelaran said in a video message to staff.

Aldercrest shares rose 6.1% to $23.18 in after-hours trading.

Source: Aldercrest Motors statement; Visible Alpha.
""",
flags=[
    F(TZ, "The company posted the figures at 1:15 p.m. PDT"),
    F(AM, "Production rose by 2,310 vehicles to 21,460 in the"),
    F(AM, "accounted for 11,870 of the quarter's deliveries, or 58%"),
    F(IF, "Fourth-quarter handovers of 18,240 vans were a record"),
    F(IF, "Aldercrest Motors delivered 18,420 electric vans in the fourth", optional=True),
],
checks=[
    C("tz", "Jan 2 2025, 13:15 PDT (date in the previous paragraph)", date="2025-01-02", time="13:15", zone="PDT", planted=True, flag="The company posted the figures at 1:15 p.m. PDT"),
    C("net", "production 18,950 -> 21,460", plus=["21,460"], minus=["18,950"], stated="2,310", planted=True, flag="Production rose by 2,310 vehicles to 21,460 in the"),
    C("share", "Courier 11,870 of 18,420 deliveries", part="11,870", total="18,420", stated="58", planted=True, flag="accounted for 11,870 of the quarter's deliveries, or 58%"),
    C("net", "quarters 13,040 + 15,870 + 17,550 + 18,420 = year", plus=["13,040", "15,870", "17,550", "18,420"], stated="64,880"),
    C("pct", "deliveries 53,180 -> 64,880", frm="53,180", to="64,880", stated="22"),
    C("same", "Q4 deliveries: 18,420 vs 18,240 handovers (quote)", a="18,420", b="18,240", planted=True, flag="Fourth-quarter handovers of 18,240 vans were a record"),
],
),
# ---------------------------------------------------------------------------------
A(
id="o-20", kind="clean",
title="Renewables supply a record 59% of German power in 2024",
published="2025-01-08", publisher="Keelson Wire",
url="https://keelson-wire.example/2025/01/08/germany-renewables-2024",
summary="Clean energy wire: sources add to the renewables total, share of generation, imports - exports = net imports, price % change; '1000 CET' in January; December share vs annual share look-alike.",
text="""
FRANKFURT, Jan 8 (Keelson Wire) - Renewables supplied 59.4 pct of Germany's public net power generation in 2024, up from 56.0 pct in 2023, according to figures published by research institute Fraunhofer ISE at 1000 CET on Wednesday.

Wind farms produced 136.4 terawatt hours (TWh), solar 72.2 TWh, biomass 36.0 TWh and hydropower 21.7 TWh, for a renewables total of 266.3 TWh out of public net generation of 448.3 TWh, the institute said.

Germany imported 67.0 TWh of electricity and exported 42.2 TWh, leaving it a net importer of 24.8 TWh for a second year, Fraunhofer said.

The day-ahead power price averaged 78.01 euros per megawatt hour in 2024, down 18 pct from 95.18 euros in 2023, EPEX Spot data showed.

In December alone, the renewables share dropped to 44.9 pct as a windless cold spell forced gas and coal plants to run harder, the institute said.

"Last year proved the grid can run on a majority of renewables, but December showed what happens when the wind stops," said Jonas Wetterling, energy analyst at Brückner Energie Research.

Sources: Fraunhofer ISE, EPEX Spot.
""",
checks=[
    C("tz", "Jan 8 2025, 10:00 CET", date="2025-01-08", time="10:00", zone="CET"),
    C("net", "wind + solar + biomass + hydro = renewables total", plus=["136.4", "72.2", "36.0", "21.7"], stated="266.3"),
    C("share", "renewables 266.3 of 448.3 TWh", part="266.3", total="448.3", stated="59.4"),
    C("net", "imports 67.0 - exports 42.2", plus=["67.0"], minus=["42.2"], stated="24.8"),
    C("pct", "power price 95.18 -> 78.01", frm="95.18", to="78.01", stated="-18"),
],
),
# ---------------------------------------------------------------------------------
A(
id="o-21", kind="plant",
title="Carrow Financial profit rises 11%; bank to cut 2,400 jobs",
published="2025-04-15", publisher="Tollgate Markets",
url="https://tollgate-markets.example/banks/carrow-financial-q1-2025",
summary="Bank earnings with a bullet box; box net interest income vs text; expenses as a share of revenue stated only in the box; breakdown of job cuts does not add to the total stated in the previous paragraph; correct profit % and 'about 5%' of the workforce.",
text="""
Carrow Financial Group said on Tuesday first-quarter net income rose 11% to $1.06 billion from $955 million a year earlier, as higher trading revenue offset a rise in provisions for bad loans.

Carrow Financial, first quarter:
- Revenue of $3.41 billion, up 7% on the year
- Net interest income of $1.42 billion for the quarter
- Provision for credit losses of $388 million
- Common equity tier 1 capital ratio of 13.1%

Net interest income came in at $1.24 billion, flat on the year, the bank said, as higher deposit costs ate into the benefit of a larger loan book. Non-interest expenses were $1.83 billion, or 58% of revenue, Carrow said.

The bank will cut 2,400 jobs over the next 18 months, about 5% of its workforce of 48,500, Chief Operating Officer Lennart Mbeki said.

The 2,400 reductions break down as 1,150 in retail banking, 730 in operations and 410 in technology, according to an internal memo seen by Tollgate Markets.

Shares of Carrow rose 1.7% to $61.35 in premarket trading.

Source: Carrow Financial Group earnings release; internal memo.
""",
flags=[
    F(IF, "Net interest income came in at $1.24 billion"),
    F(IF, "Net interest income of $1.42 billion for the quarter", optional=True),
    F(AM, "Non-interest expenses were $1.83 billion, or 58% of revenue"),
    F(AM, "1,150 in retail banking, 730 in operations and 410"),
    F(AM, "The bank will cut 2,400 jobs over the next", optional=True),
],
checks=[
    C("pct", "net income 955 mln -> 1.06 bn", frm="955", to="1.06*1000", stated="11"),
    C("same", "Q1 net interest income: box 1.42 vs text 1.24", a="1.42", b="1.24", planted=True, flag="Net interest income came in at $1.24 billion"),
    C("share", "expenses 1.83 of revenue 3.41", part="1.83", total="3.41", stated="58", planted=True, flag="Non-interest expenses were $1.83 billion, or 58% of revenue"),
    C("share", "2,400 cuts of 48,500 staff ('about 5%')", part="2,400", total="48,500", stated="5", tol="loose"),
    C("net", "1,150 + 730 + 410 vs the 2,400 reductions", plus=["1,150", "730", "410"], stated="2,400", planted=True, flag="1,150 in retail banking, 730 in operations and 410"),
],
),
# ---------------------------------------------------------------------------------
A(
id="o-22", kind="plant",
title="Meridian Dollar reserves top $41 billion, attestation shows",
published="2025-08-05", publisher="Blockfield Notes",
url="https://blockfield-notes.example/stablecoins/meridian-dollar-july-attestation",
summary="Stablecoin attestation (blog); 'roughly two-thirds' that is really 82%; lowercase 'est' on 'Monday' in August (weekday resolved against published Tuesday); a paragraph repeated near the end with the year-to-date growth changed; correct reserve cushion; June reserves as a look-alike.",
text="""
Corbel Trust, the issuer of the Meridian Dollar stablecoin, held reserves of $41.2 billion at the end of July against 40.9 billion tokens in circulation, a cushion of $300 million, according to a monthly attestation by accounting firm Hollis & Grey.

Short-dated U.S. Treasury bills made up $33.8 billion of the reserve pool, roughly two-thirds of the total, with the rest in overnight repurchase agreements and bank deposits, the report showed.

Meridian Dollar's market value has grown 18% this year, making it the fourth-largest stablecoin. Redemptions in July totalled $2.6 billion, while new issuance reached $3.9 billion, Corbel said.

The attestation was posted at 9:30 a.m. est on Monday. The previous report, for June, showed reserves of $39.8 billion.

"We hold more than a dollar in safe assets for every token we issue, and we publish it every month," Corbel Chief Executive Tobias Wren said in a post on X.

Meridian Dollar's market value has grown 21% this year, making it the fourth-largest stablecoin. Redemptions in July totalled $2.6 billion, while new issuance reached $3.9 billion, Corbel said.

Source: Corbel Trust monthly attestation by Hollis & Grey.
""",
dups=["Meridian Dollar's market value has grown 21% this year"],
flags=[
    F(AM, "made up $33.8 billion of the reserve pool, roughly two-thirds"),
    F(TZ, "The attestation was posted at 9:30 a.m. est on Monday"),
    F(IF, "grown 21% this year, making it the fourth-largest stablecoin"),
    F(IF, "grown 18% this year, making it the fourth-largest stablecoin", optional=True),
    F(DP, "Meridian Dollar's market value has grown 21% this year"),
],
checks=[
    C("net", "cushion = reserves 41.2 bn - tokens 40.9 bn (mln)", plus=["41.2*1000"], minus=["40.9*1000"], stated="300"),
    C("ratio", "'roughly two-thirds': T-bills 33.8 of 41.2", frm="41.2", to="33.8", factor="2/3", planted=True, flag="made up $33.8 billion of the reserve pool, roughly two-thirds"),
    C("tz", "Mon Aug 4 2025, 09:30 est", date="2025-08-04", time="09:30", zone="est", planted=True, flag="The attestation was posted at 9:30 a.m. est on Monday"),
    C("same", "year-to-date growth: 18 vs 21 (near-copy)", a="18", b="21", planted=True, flag="grown 21% this year, making it the fourth-largest stablecoin"),
],
),
# ---------------------------------------------------------------------------------
A(
id="o-23", kind="plant",
title="Harwick Ports volumes climb 7% as Asian trade rebounds",
published="2025-04-10", publisher="Keelson Wire",
url="https://keelson-wire.example/2025/04/10/harwick-ports-q1",
summary="Port operator wire; bulk volume % change contradicted by from/to; the revenue paragraph repeated later with revenue changed; correct TEU % and EBITDA margin; 1120 GMT.",
text="""
AMSTERDAM, April 10 (Keelson Wire) - Harwick Ports Group handled 4.82 mln twenty-foot equivalent units (TEU) in the first quarter, up 7.3 pct from 4.49 mln TEU a year earlier, the terminal operator said on Thursday.

Volumes at its flagship Kestrelmouth terminal rose to 1.96 mln TEU, while the group's three Baltic terminals handled 0.87 mln TEU, Harwick said.

Revenue rose 9.1 pct to 612 mln euros, and EBITDA reached 271 mln euros, a margin of 44.3 pct, Harwick said. Net debt was unchanged at 2.4 bln euros.

Bulk cargo volumes fell 12.4 pct to 21.6 mln tonnes from 23.3 mln tonnes, mainly because of lower coal imports into northern Europe.

"Volumes are back above pre-pandemic levels at every one of our terminals," Chief Executive Sigrid Vanterpool told reporters. Harwick's shares rose 2.2 pct to 38.74 euros by 1120 GMT in Amsterdam.

Revenue rose 9.1 pct to 621 mln euros, and EBITDA reached 271 mln euros, a margin of 44.3 pct, Harwick said. Net debt was unchanged at 2.4 bln euros.

Source: Harwick Ports Group quarterly statement; LSEG.
""",
dups=["Revenue rose 9.1 pct to 621 mln euros"],
flags=[
    F(AM, "Bulk cargo volumes fell 12.4 pct to 21.6 mln tonnes"),
    F(IF, "to 621 mln euros, and EBITDA reached 271 mln"),
    F(IF, "to 612 mln euros, and EBITDA reached 271 mln", optional=True),
    F(DP, "Revenue rose 9.1 pct to 621 mln euros"),
],
checks=[
    C("pct", "TEU 4.49 -> 4.82 mln", frm="4.49", to="4.82", stated="7.3"),
    C("share", "EBITDA margin 271 / 612", part="271", total="612", stated="44.3"),
    C("pct", "bulk 23.3 -> 21.6 mln t", frm="23.3", to="21.6", stated="-12.4", planted=True, flag="Bulk cargo volumes fell 12.4 pct to 21.6 mln tonnes"),
    C("same", "Q1 revenue: 612 vs 621 (near-copy)", a="612", b="621", planted=True, flag="to 621 mln euros, and EBITDA reached 271 mln"),
    C("tz", "Apr 10 2025, 11:20 GMT", date="2025-04-10", time="11:20", zone="GMT"),
],
),
# ---------------------------------------------------------------------------------
A(
id="o-24", kind="clean",
title="Ottery Cosmetics first quarter: the numbers",
published="2025-05-01", publisher="Tollgate Markets",
url="https://tollgate-markets.example/earnings/ottery-cosmetics-q1-2025",
summary="Clean earnings with table lines: $2.42 billion vs 2,418 million, GAAP vs adjusted EPS, this year vs last year columns, new vs old guidance; correct %, margins, EPS x shares, segment sum and share.",
text="""
Ottery Cosmetics reported first-quarter revenue of $2.42 billion on Thursday, up 6.8% from a year earlier, as demand for its skincare lines in Asia offset weaker fragrance sales in North America.

Key figures, first quarter, in millions of dollars unless stated (this year vs last year):
Revenue: 2,418 vs 2,264
Operating income: 387 vs 341
Net income: 276 vs 243
Diluted EPS under GAAP: $1.19 vs $1.04
Adjusted EPS: $1.31 vs $1.17

Net income rose 13.6%, and GAAP earnings per share were calculated on 232 million diluted shares. The operating margin widened to 16.0% from 15.1%.

Skincare sales rose 11% to $1.37 billion and made up 57% of revenue; makeup brought in $440 million and fragrance $610 million, down 4%.

Ottery raised its 2025 adjusted EPS forecast to $5.05-$5.20 from $4.95-$5.15.

Chief Financial Officer Dagny Ferreira told analysts the $1.31 adjusted figure included about 4 cents of currency benefit. Shares rose 4.4% to $88.15 in New York.

Source: Ottery Cosmetics results release and conference call.
""",
checks=[
    C("pct", "revenue 2,264 -> 2,418", frm="2,264", to="2,418", stated="6.8"),
    C("same", "Q1 revenue: $2.42 bn vs 2,418 mln", a="2.42*1000", b="2,418"),
    C("pct", "net income 243 -> 276", frm="243", to="276", stated="13.6"),
    C("expr", "GAAP EPS = 276 / 232", f="n/s", vars={"n": "276", "s": "232"}, stated="1.19"),
    C("share", "operating margin 387 / 2,418", part="387", total="2,418", stated="16.0"),
    C("share", "year-ago operating margin 341 / 2,264", part="341", total="2,264", stated="15.1"),
    C("share", "skincare 1.37 bn of 2,418 mln", part="1.37*1000", total="2,418", stated="57"),
    C("net", "skincare 1,370 + makeup 440 + fragrance 610 = revenue", plus=["1.37*1000", "440", "610"], stated="2.42*1000"),
    C("same", "adjusted EPS: $1.31 (table) vs $1.31 (CFO)", a="1.31", b="1.31"),
],
),
# ---------------------------------------------------------------------------------
A(
id="o-25", kind="plant",
title="Treasury yields jump after hotter producer prices",
published="2025-01-14", publisher="Cityline Finance",
url="https://cityline-finance.example/rates/2025-01-14-treasuries-ppi",
summary="Rates; bp change contradicted by from/to; 'EDT' in January; 10-year yield restated differently later; correct 2-year bp move and 2s10s spread from the first 10-year figure; 30-year auction yield as a look-alike.",
text="""
Treasury yields climbed on Tuesday after producer prices rose more than expected, with the 10-year note yield rising 6 basis points to 4.79% from 4.65% on Monday, according to Tradeweb.

The Labor Department's producer price index rose 0.4% in December against a 0.3% forecast, the department said in a release at 8:30 a.m. EDT. From a year earlier, producer prices were up 3.3%.

The two-year yield rose 3 basis points to 4.40% from 4.37%, Tradeweb data showed, while the gap between two- and 10-year yields widened to 39 basis points.

At 4.97%, the 10-year yield is at its highest since late 2023, Tradeweb figures show, and within reach of the 5% level that unsettled stock markets that year.

The Treasury sold $22 billion of 30-year bonds last week at a high yield of 4.913%, with a bid-to-cover ratio of 2.48, the Treasury said.

"The market has stopped pricing the Fed as its friend," said Noor Halvorsen, head of rates at Westerby Capital. Traders now expect 29 basis points of Fed easing in 2025, down from 40 basis points a week ago, LSEG data showed.

Sources: Tradeweb, LSEG, U.S. Treasury, Labor Department.
""",
flags=[
    F(AM, "rising 6 basis points to 4.79% from 4.65%"),
    F(TZ, "the department said in a release at 8:30 a.m. EDT"),
    F(IF, "At 4.97%, the 10-year yield is at its highest"),
    F(IF, "the 10-year note yield rising 6 basis points", optional=True),
],
checks=[
    C("net", "10-year 4.65 -> 4.79 in bp", plus=["4.79*100"], minus=["4.65*100"], stated="6", planted=True, flag="rising 6 basis points to 4.79% from 4.65%"),
    C("tz", "Jan 14 2025, 08:30 EDT", date="2025-01-14", time="08:30", zone="EDT", planted=True, flag="the department said in a release at 8:30 a.m. EDT"),
    C("net", "2-year 4.37 -> 4.40 in bp", plus=["4.40*100"], minus=["4.37*100"], stated="3"),
    C("net", "2s10s: 4.79 - 4.40 in bp", plus=["4.79*100"], minus=["4.40*100"], stated="39"),
    C("same", "10-year yield on Tuesday: 4.79 vs 4.97", a="4.79", b="4.97", planted=True, flag="At 4.97%, the 10-year yield is at its highest"),
],
),
# ---------------------------------------------------------------------------------
A(
id="o-26", kind="plant",
title="Ardent Peak output rises as Ghana mill ramps up; debt falls",
published="2025-02-20", publisher="Keelson Wire",
url="https://keelson-wire.example/2025/02/20/ardent-peak-full-year",
summary="Gold miner wire; bullet list of mines under a stated total that they do not reach; 'halved' with the earlier level in the previous paragraph; '0700 BST' in February; correct AISC % and dividend sum.",
text="""
LONDON, Feb 20 (Keelson Wire) - Ardent Peak Resources produced 1.04 mln ounces of gold in 2024, the miner said on Thursday, as a new mill at its Ghana operation offset lower grades in Peru.

Output by mine in 2024, according to the company:
- Obuasi Ridge in Ghana: 468,000 ounces
- Cerro Plata in Peru: 352,000 ounces
- Tallow Creek in Nevada: 171,000 ounces

All-in sustaining costs rose 8.9 pct to 1,412 dlrs an ounce from 1,297 dlrs, Ardent Peak said, as royalties rose with the gold price.

Net debt stood at 812 mln dlrs at the end of 2023, after the company borrowed to build the Obuasi Ridge mill.

It has since halved, falling to 531 mln dlrs at the end of December, as higher gold prices boosted cash flow, Chief Financial Officer Ines Marchetti said.

The board declared a final dividend of 21 cents a share, taking the total for the year to 33 cents with the 12-cent interim payout.

The results were published at 0700 BST, and Ardent Peak shares rose 3.1 pct to 1,612 pence by midday in London.

Source: Ardent Peak Resources full-year results; LSEG.
""",
flags=[
    F(AM, "Ardent Peak Resources produced 1.04 mln ounces of gold"),
    F(AM, "Obuasi Ridge in Ghana: 468,000 ounces", optional=True),
    F(AM, "Cerro Plata in Peru: 352,000 ounces", optional=True),
    F(AM, "Tallow Creek in Nevada: 171,000 ounces", optional=True),
    F(AM, "It has since halved, falling to 531 mln dlrs"),
    F(AM, "Net debt stood at 812 mln dlrs at the", optional=True),
    F(TZ, "The results were published at 0700 BST"),
],
checks=[
    C("net", "mines 468,000 + 352,000 + 171,000 vs 1.04 mln oz", plus=["468,000", "352,000", "171,000"], stated="1.04*1000000", planted=True, flag="Ardent Peak Resources produced 1.04 mln ounces of gold"),
    C("pct", "AISC 1,297 -> 1,412", frm="1,297", to="1,412", stated="8.9"),
    C("ratio", "'halved': net debt 812 -> 531 mln", frm="812", to="531", factor="1/2", planted=True, flag="It has since halved, falling to 531 mln dlrs"),
    C("net", "dividend 21 + 12 = 33 cents", plus=["21", "12"], stated="33"),
    C("tz", "Feb 20 2025, 07:00 BST (dateline date)", date="2025-02-20", time="07:00", zone="BST", planted=True, flag="The results were published at 0700 BST"),
],
),
# ---------------------------------------------------------------------------------
A(
id="o-27", kind="clean",
title="Bitcoin ETFs take in $2.7 billion despite Friday outflows",
published="2025-10-13", publisher="Blockfield Notes",
url="https://blockfield-notes.example/etf-flows/bitcoin-etfs-week-to-october-10",
summary="Clean crypto flows, no source line (SoSoValue, Farside Investors, 'CoinShares said', CoinGecko, a quoted researcher); in - out = net; share of the net total; 'reversing all of' a smaller outflow; global vs US vs spot-ETF totals and Monday-Thursday vs week as look-alikes; 1400 UTC.",
text="""
U.S. spot bitcoin exchange-traded funds took in a net $2.71 billion last week, SoSoValue data showed, their second-largest weekly intake of the year.

Friday's $470 million of outflows, the first in eight sessions, took only a small bite out of the $3.18 billion that came in from Monday to Thursday, according to SoSoValue.

The Aldgate Bitcoin Fund (ABTF) led with $1.62 billion, about 60% of the week's net total, SoSoValue's figures show. The Brackley Bitcoin ETF added $540 million.

Spot ether ETFs saw net inflows of $488 million, reversing all of the previous week's $311 million of outflows, according to Farside Investors.

Globally, digital-asset investment products took in $3.17 billion, CoinShares said in its weekly fund flows report, with the United States accounting for $2.9 billion of that.

Bitcoin was trading at $114,830 at 1400 UTC on Monday, CoinGecko data showed, down 3.8% from a week earlier.

"A down Friday did not change the direction of travel," said Renske Aldous, head of research at Fenmarsh Digital.
""",
sources=["SoSoValue data showed", "according to SoSoValue", "SoSoValue's figures show", "according to Farside Investors", "CoinShares said", "CoinGecko data showed", "said Renske Aldous"],
checks=[
    C("net", "Mon-Thu 3.18 bn - Friday 470 mln = week", plus=["3.18*1000"], minus=["470"], stated="2.71*1000"),
    C("share", "ABTF 1.62 of 2.71 bn ('about 60%')", part="1.62", total="2.71", stated="60"),
    C("cover", "'reversing all of': ether +488 vs -311", big="488", small="311"),
    C("tz", "Oct 13 2025, 14:00 UTC", date="2025-10-13", time="14:00", zone="UTC"),
],
),
# ---------------------------------------------------------------------------------
A(
id="o-28", kind="plant",
title="Lithium slump deepens: prices, mines and what to watch",
published="2025-03-19", publisher="Metalsgate",
url="https://metalsgate.example/battery-metals/lithium-slump-march-2025",
summary="Battery-metals blog, no source line; three unsourced figure paragraphs ('industry researchers estimate', bare, 'data shows'); a paragraph whose second sentence is covered by 'CME data showed' in the first; % change contradicted by from/to (A$); correct spodumene fall.",
text="""
Lithium carbonate prices in China fell to 73,500 yuan a tonne on Wednesday, the lowest since 2021, according to Fastmarkets, extending a slide that began in January.

Industry researchers estimate that 31% of global lithium mine capacity is now losing money at these prices.

Chinese lithium-ion battery output rose 38% in February from a year earlier to 102 gigawatt hours.

Australian spodumene concentrate traded at $805 a tonne, CME data showed. That is down from $1,010 a month ago, a 20% fall.

Data shows inventories at Chinese cathode makers climbed to 9.4 weeks of supply, the most in a year.

"Half the Western projects announced in 2022 will never be built at 800 dollars," said Odalys Brennan, a battery-materials analyst at Clearmont Advisory.

Shares of Australian producer Pindarra Lithium fell 6.2% to A$1.36 from A$1.52 on Tuesday, LSEG data showed, after the company said it would put its Yarrabee mine on care and maintenance.
""",
sources=["according to Fastmarkets", "CME data showed", "said Odalys Brennan", "LSEG data showed"],
flags=[
    F(UC, "31% of global lithium mine capacity is now losing money"),
    F(UC, "battery output rose 38% in February from a year earlier"),
    F(UC, "inventories at Chinese cathode makers climbed to 9.4 weeks"),
    F(AM, "fell 6.2% to A$1.36 from A$1.52 on Tuesday"),
],
checks=[
    C("pct", "spodumene 1,010 -> 805", frm="1,010", to="805", stated="-20"),
    C("pct", "Pindarra A$1.52 -> A$1.36", frm="1.52", to="1.36", stated="-6.2", planted=True, flag="fell 6.2% to A$1.36 from A$1.52 on Tuesday"),
],
),
# ---------------------------------------------------------------------------------
A(
id="o-29", kind="clean",
title="US retail sales slump in January as cold snap keeps shoppers home",
published="2025-02-14", publisher="Cityline Finance",
url="https://cityline-finance.example/macro/us-retail-sales-january-2025",
summary="Clean macro, no source line (Commerce Department, Census Bureau, Labor Department, 'ICE data showed', Tradeweb, a quoted economist); -0.9% headline vs +0.9% gasoline; revised vs initial December; EST and CST in February; correct level %, claims and bp changes.",
text="""
U.S. retail sales fell 0.9% in January, the Commerce Department said on Friday, the biggest drop in almost two years, as a cold snap kept shoppers at home. Economists polled by Bellweather Research had forecast a 0.2% decline.

Sales totalled $723.9 billion, down from $730.5 billion in December, the department's Census Bureau said. It revised December's gain up to 0.7% from 0.4%.

Excluding autos, sales dipped 0.4%, the Census Bureau said. Receipts at auto dealers fell 2.8%, while sales at gasoline stations rose 0.9%.

Initial claims for state unemployment benefits fell 7,000 to 213,000 in the week ended Feb. 8 from an upwardly revised 220,000, the Labor Department said in a separate report released at 8:30 a.m. EST.

Brent crude futures slipped 0.5% to $75.02 a barrel, ICE data showed, and the 10-year Treasury yield fell 5 basis points to 4.48% from 4.53%, according to Tradeweb.

"One bad month in a cold January doesn't make a consumer recession," Paolo Okonjo, chief economist at Lakeshore Mutual, said at an event in Chicago that began at 12:30 p.m. CST.
""",
sources=["Commerce Department said", "Census Bureau said", "Labor Department said", "ICE data showed", "according to Tradeweb", "Paolo Okonjo"],
checks=[
    C("pct", "sales 730.5 -> 723.9 bn", frm="730.5", to="723.9", stated="-0.9"),
    C("net", "claims 220,000 - 213,000", plus=["220,000"], minus=["213,000"], stated="7,000"),
    C("tz", "Feb 14 2025, 08:30 EST", date="2025-02-14", time="08:30", zone="EST"),
    C("net", "10-year 4.53 -> 4.48 in bp", plus=["4.53*100"], minus=["4.48*100"], stated="5"),
    C("tz", "Feb 14 2025, 12:30 CST", date="2025-02-14", time="12:30", zone="CST"),
],
),
# ---------------------------------------------------------------------------------
A(
id="o-30", kind="plant",
title="Fairhollow's Black Friday weekend: sales, online share and what changed",
published="2025-12-01", publisher="Tollgate Retail",
url="https://tollgate-retail.example/holiday/fairhollow-black-friday-2025",
summary="Retail; % change in the wrong direction ('fell' to a higher level); 'on Thursday at 8 p.m. EDT' resolved against published Monday Dec. 1 (Thanksgiving, Nov. 27); online share restated in an executive's quote; correct outlet share; Adobe industry figure as a look-alike.",
text="""
Fairhollow Stores said on Monday its Black Friday weekend sales fell 3.2% to $1.84 billion from $1.79 billion a year earlier, as bargain hunters returned to its malls and its app.

Online orders made up 38% of the weekend's sales, Fairhollow said, up from 34% a year earlier. The average order was $96, against $91 last year.

The chain's doorbuster deals went live online on Thursday at 8 p.m. EDT, ahead of store openings at 6 a.m. on Friday.

"The 31% share of sales that came through our website and app is a record for us," Chief Digital Officer Marcus Tallentire said.

Across the United States, shoppers spent $11.8 billion online on Black Friday, up 9.1% from a year earlier, Adobe Analytics said.

Fairhollow operates 512 stores, of which 143, or 28%, are outlets, according to its annual report. Its shares rose 3.4% to $27.91 in early trading.

Source: Fairhollow Stores statement; Adobe Analytics; annual report.
""",
flags=[
    F(AM, "sales fell 3.2% to $1.84 billion from $1.79 billion"),
    F(TZ, "went live online on Thursday at 8 p.m. EDT"),
    F(IF, "The 31% share of sales that came through our"),
    F(IF, "Online orders made up 38% of the weekend's sales", optional=True),
],
checks=[
    C("pct", "weekend sales 1.79 -> 1.84 bn stated as a fall", frm="1.79", to="1.84", stated="-3.2", planted=True, flag="sales fell 3.2% to $1.84 billion from $1.79 billion"),
    C("tz", "Thu Nov 27 2025, 20:00 EDT", date="2025-11-27", time="20:00", zone="EDT", planted=True, flag="went live online on Thursday at 8 p.m. EDT"),
    C("same", "online share of weekend sales: 38 vs 31 (quote)", a="38", b="31", planted=True, flag="The 31% share of sales that came through our"),
    C("share", "outlets 143 of 512", part="143", total="512", stated="28"),
],
),
# ---------------------------------------------------------------------------------
A(
id="o-31", kind="clean",
title="Dry bulk index climbs to 10-week high on capesize demand",
published="2025-09-30", publisher="Keelson Wire",
url="https://keelson-wire.example/2025/09/30/baltic-dry-index",
summary="Clean shipping wire: point and % changes that hold (day and month), '1300 BST' in September, and '380cst' (a fuel grade, not a time zone) as a look-alike.",
text="""
LONDON, Sept 30 (Keelson Wire) - The Baltic Exchange's main dry bulk index, which tracks rates for ships carrying dry commodities, rose 41 points, or 1.8 pct, to 2,318 on Tuesday, its highest in ten weeks.

The capesize index gained 96 points, or 2.9 pct, to 3,402, the exchange said. Average daily earnings for capesize vessels, which typically haul 150,000-tonne cargoes of iron ore and coal, rose 797 dlrs to 28,214 dlrs.

The panamax index fell 18 points to 1,874, while the supramax index rose 6 points to 1,402.

For September as a whole, the main index climbed 17.4 pct from 1,974 at the end of August. The indices are published daily at 1300 BST.

In Singapore, very low sulphur fuel oil cost 489 dlrs a tonne, while high-sulphur 380cst fuel was 412 dlrs, Ship & Bunker data showed.

"Brazilian iron ore is moving again and the capesize fleet is tight," said Anders Holmgaard, head of dry bulk research at Skagen Chartering.

Sources: Baltic Exchange, Ship & Bunker.
""",
checks=[
    C("expr", "main index +41 to 2,318 as %", f="a/(b-a)*100", vars={"a": "41", "b": "2,318"}, stated="1.8"),
    C("expr", "capesize +96 to 3,402 as %", f="a/(b-a)*100", vars={"a": "96", "b": "3,402"}, stated="2.9"),
    C("pct", "September 1,974 -> 2,318", frm="1,974", to="2,318", stated="17.4"),
    C("tz", "Sep 30 2025, 13:00 BST", date="2025-09-30", time="13:00", zone="BST"),
],
),
# ---------------------------------------------------------------------------------
A(
id="o-32", kind="plant",
title="Linnet Mobile adds customers despite price rises",
published="2025-10-29", publisher="Cityline Finance",
url="https://cityline-finance.example/telecoms/linnet-mobile-q3-2025",
summary="Telecom operations, no source line ('Linnet Mobile plc said', 'Linnet said', a quoted CEO, LSEG); quarterly net adds contradicted by the postpaid/prepaid split in the next paragraph; subscriber base in narration vs CEO quote; the revenue paragraph repeated later with its growth rate changed; one bare unsourced sector figure.",
text="""
Linnet Mobile plc said on Wednesday it added 212,000 mobile subscribers in the third quarter, taking its total to 18.64 million, as price rises failed to dent demand for its cheaper plans.

Postpaid customers increased by 148,000 and prepaid by 81,000 in the quarter, Linnet said.

Service revenue grew 4.1% to 1.27 billion pounds in the quarter, Linnet said, and it repeated its forecast of full-year core earnings of 2.05 billion to 2.15 billion pounds.

Average revenue per user rose 3.4% to 19.82 pounds a month, Linnet Mobile plc said, while monthly churn fell to 1.1% from 1.3%.

British mobile operators raised prices by an average of 6.8% in April.

"We now serve 18.46 million people on our network, more than at any time in our history," Chief Executive Beatrix Ng said on a call with analysts.

Service revenue grew 4.7% to 1.27 billion pounds in the quarter, Linnet said, and it repeated its forecast of full-year core earnings of 2.05 billion to 2.15 billion pounds.

Shares in Linnet rose 2.3% to 214.6 pence by 0900 GMT, LSEG data showed.
""",
sources=["Linnet Mobile plc said", "Linnet said", "Beatrix Ng said", "LSEG data showed"],
dups=["Service revenue grew 4.7% to 1.27 billion pounds"],
flags=[
    F(AM, "it added 212,000 mobile subscribers in the third quarter"),
    F(AM, "Postpaid customers increased by 148,000 and prepaid by 81,000", optional=True),
    F(IF, "We now serve 18.46 million people on our network"),
    F(IF, "taking its total to 18.64 million, as price rises", optional=True),
    F(UC, "British mobile operators raised prices by an average of 6.8%"),
    F(IF, "grew 4.7% to 1.27 billion pounds in the quarter"),
    F(IF, "grew 4.1% to 1.27 billion pounds in the quarter", optional=True),
    F(DP, "Service revenue grew 4.7% to 1.27 billion pounds"),
],
checks=[
    C("net", "postpaid 148,000 + prepaid 81,000 vs net adds 212,000", plus=["148,000", "81,000"], stated="212,000", planted=True, flag="it added 212,000 mobile subscribers in the third quarter"),
    C("same", "subscriber base at Q3 end: 18.64 vs 18.46 mln (quote)", a="18.64", b="18.46", planted=True, flag="We now serve 18.46 million people on our network"),
    C("same", "Q3 service revenue growth: 4.1 vs 4.7 (near-copy)", a="4.1", b="4.7", planted=True, flag="grew 4.7% to 1.27 billion pounds in the quarter"),
    C("tz", "Oct 29 2025, 09:00 GMT", date="2025-10-29", time="09:00", zone="GMT"),
],
),
# ---------------------------------------------------------------------------------
A(
id="o-33", kind="clean",
title="Stoneferry Mining output dips in January as cold snap forces curtailment",
published="2025-02-04", publisher="Blockfield Notes",
url="https://blockfield-notes.example/miners/stoneferry-january-2025-update",
summary="Clean bitcoin miner update: treasury roll-forward, output restated in other words with the same number, coins per day, 'halved' that holds, pledged share of holdings; 'CST' on 'Tuesday' in February.",
text="""
Stoneferry Mining produced 286 BTC in January, down from 311 BTC in December, the Texas-based bitcoin miner said on Tuesday, after a cold snap led it to curtail power use on nine days.

Its treasury rose to 5,118 BTC at Jan. 31 from 4,902 BTC at the end of December, after it sold 70 BTC to fund new machines, Stoneferry said.

"January output of 286 bitcoin works out to 9.2 coins a day, which is a good month given the weather," Chief Executive Lorcan Abernethy said on a call.

The fleet's energy use per terahash halved over the past year, to 16.8 joules from 33.9 joules, the company said, as older machines were retired.

Stoneferry has pledged 1,530 BTC as loan collateral, or 30% of its holdings. The update was released at 6:00 a.m. CST on Tuesday, and the shares rose 1.8% to $9.42 in premarket trade.

Source: Stoneferry Mining monthly update.
""",
checks=[
    C("net", "treasury 4,902 + 286 - 70", plus=["4,902", "286"], minus=["70"], stated="5,118"),
    C("same", "January output: 286 BTC vs 286 bitcoin (quote)", a="286", b="286"),
    C("expr", "286 BTC / 31 days", f="b/d", vars={"b": "286", "d": 31}, stated="9.2"),
    C("ratio", "'halved': 33.9 -> 16.8 J/TH", frm="33.9", to="16.8", factor="1/2"),
    C("share", "pledged 1,530 of 5,118 BTC", part="1,530", total="5,118", stated="30"),
    C("tz", "Tue Feb 4 2025, 06:00 CST", date="2025-02-04", time="06:00", zone="CST"),
],
),
# ---------------------------------------------------------------------------------
A(
id="o-34", kind="plant",
title="Yen slides to five-month low after Bank of Japan holds rates",
published="2024-12-19", publisher="Keelson Wire",
url="https://keelson-wire.example/2024/12/19/yen-boj-hold",
summary="FX wire; dollar/yen at 1030 GMT stated twice differently; JGB yield bp move contradicted by from/to; correct dollar % change; euro and sterling crosses and the 0330 GMT decision time as look-alikes.",
text="""
TOKYO/LONDON, Dec 19 (Keelson Wire) - The yen fell to a five-month low on Thursday after the Bank of Japan left interest rates unchanged, with the dollar up 1.1 pct at 157.02 yen at 1030 GMT from 155.31 late on Wednesday, LSEG data showed.

The BOJ kept its short-term policy rate at 0.25 pct, the central bank said, in a decision announced shortly after 0330 GMT. One of the nine board members proposed raising it to 0.5 pct.

Japan's 10-year government bond yield fell 2.5 basis points to 1.055% from 1.065%, according to Japan Bond Trading Co.

By 1030 GMT, the dollar's advance had carried it to 156.20 yen, LSEG data showed, its strongest level since July. The euro traded at 163.25 yen and sterling at 198.40 yen.

"Without a hike in December, the market will test 160 yen before the spring wage talks," said Haruka Mizuno, currency strategist at Sakuradai Securities.

Source: LSEG, Bank of Japan, Japan Bond Trading Co.
""",
flags=[
    F(IF, "the dollar's advance had carried it to 156.20 yen"),
    F(IF, "with the dollar up 1.1 pct at 157.02 yen", optional=True),
    F(AM, "fell 2.5 basis points to 1.055% from 1.065%"),
],
checks=[
    C("pct", "USD/JPY 155.31 -> 157.02", frm="155.31", to="157.02", stated="1.1"),
    C("same", "USD/JPY at 1030 GMT: 157.02 vs 156.20", a="157.02", b="156.20", planted=True, flag="the dollar's advance had carried it to 156.20 yen"),
    C("net", "JGB 10-year 1.065 -> 1.055 in bp", plus=["1.065*100"], minus=["1.055*100"], stated="2.5", planted=True, flag="fell 2.5 basis points to 1.055% from 1.065%"),
    C("tz", "Dec 19 2024, 10:30 GMT", date="2024-12-19", time="10:30", zone="GMT"),
    C("tz", "Dec 19 2024, 03:30 GMT", date="2024-12-19", time="03:30", zone="GMT"),
    C("tz", "Dec 19 2024, 10:30 GMT (second mention)", date="2024-12-19", time="10:30", zone="GMT"),
],
),
]
