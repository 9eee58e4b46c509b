# Articles and inline annotations for extraction-own.jsonl (built by build_extraction_own.py).
#
# Markup inside `text` (removed by the builder; everything else is the article text verbatim):
#   {surface|T}      an entity mention, T in O (ORG), P (PERSON), L (PLACE), A (ASSET);
#                    a trailing ? makes it optional: {U.S.|L?}
#   [[surface|m:VALUE:CUR]]   money (value in units of CUR)
#   [[surface|p:VALUE]]       percentage (value in percent)
#   [[surface|t:VALUE]]       timestamp (ISO-8601 prefix at the written precision)
#   m?/p?/t? make the item optional; t?: with no value is a relative expression.
# Entity markup may sit inside figure markup ([[42,000 {BTC|A?}|m:42000:BTC]]).
# `sources` lists each distinct party the article attributes information to by name, as
# (name, optional).  Companies, people, brokers and funds in the W (wire) articles are
# fictional; every figure in every article is invented.

ARTICLES = []


def art(id, title, published, text, sources, publisher=None):
    ARTICLES.append(dict(id=id, title=title, published=published, text=text.strip(),
                         sources=sources, publisher=publisher))


R, O = False, True  # required, optional

# ---------------------------------------------------------------------------------------------
# A: AI-drafted market articles (the genre of ../shared/seeds/)
# ---------------------------------------------------------------------------------------------

art('own-a01', 'Bitcoin Slips Below $118,000 as Spot ETF Outflows Hit $523 Million: What Traders Should Watch',
    '2025-08-14', """
According to data from {Farside Investors|O}, {U.S.|L?} spot {Bitcoin|A?} ETFs recorded net outflows of [[$523 million|m:523e6:USD]] on [[August 13, 2025|t:2025-08-13]], the largest single-day withdrawal since [[June|t:2025-06]]. {BlackRock|O}'s {iShares Bitcoin Trust|A} ({IBIT|A}) accounted for [[$311 million|m:311e6:USD]] of the redemptions, while the {Fidelity Wise Origin Bitcoin Fund|A} ({FBTC|A}) saw [[$94.6 million|m:94.6e6:USD]] leave. As of [[August 14, 2025, at 9:00 AM UTC|t:2025-08-14T09:00+00:00]], {Bitcoin|A} ({BTC|A}) was trading at [[$117,850|m:117850:USD]] on {Binance|O}, down [[2.4%|p:2.4]] over [[24 hours|t?:]], with spot volume of [[$31 billion|m:31e9:USD]].

On-chain analytics firm {Glassnode|O} reported that long-term holders distributed roughly [[42,000 {BTC|A?}|m:42000:BTC]] over [[the past week|t?:]], the fastest pace since [[March 2025|t:2025-03]]. Meanwhile, {CoinGlass|O} data showed that [[$412 million|m:412e6:USD]] in leveraged long positions were liquidated across major exchanges in the [[four hours|t?:]] to [[06:00 UTC on August 14|t:2025-08-14T06:00+00:00]]. {Ethereum|A} ({ETH|A}) outperformed, gaining [[1.1%|p:1.1]] to [[$4,620|m:4620:USD]] on {Coinbase|O}, as the {ETH/BTC|A?} ratio climbed to 0.0392, its highest level since [[January|t:2025-01]].

From a trading perspective, analysts at {Fenwick & Dale Digital|O} noted that {Bitcoin|A}'s [[50-day|t?:]] moving average near [[$114,300|m:114300:USD]] remains the key support level. "We see the ETF flows as a positioning reset rather than a change in trend," said {Priya Raman|P}, head of digital asset research at {Fenwick & Dale Digital|O}, in a note to clients. Traders should also monitor the {Federal Reserve|O}'s [[July|t:2025-07]] meeting minutes, due on [[August 20, 2025|t:2025-08-20]], for signals on a [[September|t:2025-09]] rate cut; {CME Group|O}'s {FedWatch|O?} tool currently prices an [[86%|p:86]] probability of a 25 basis point reduction.

For altcoins, {Solana|A} ({SOL|A}) fell [[3.7%|p:3.7]] to [[$188.40|m:188.4:USD]] and {XRP|A} dropped [[2.9%|p:2.9]] to [[$3.12|m:3.12:USD]], according to {CoinMarketCap|O}. Volume in {SOL/USDT|A?} perpetual futures on {Bybit|O} rose to [[$4.2 billion|m:4.2e9:USD]], up [[18%|p:18]] from [[the previous session|t?:]].
""", [('Farside Investors', R), ('Glassnode', R), ('CoinGlass', R), ('Fenwick & Dale Digital', R),
      ('Priya Raman', R), ('CME Group', R), ('CoinMarketCap', R),
      ('Binance', O), ('Coinbase', O), ('Bybit', O)])

art('own-a02', 'Tesla Stock Drops 6% After Q2 2025 Earnings Miss: Impact on Crypto Market Sentiment',
    '2025-07-24', """
{Tesla|O} ({TSLA|A}) shares fell [[6.1%|p:6.1]] in premarket trading on [[July 24, 2025|t:2025-07-24]] after the electric-vehicle maker reported [[Q2 2025|t:2025]] revenue of [[$22.5 billion|m:22.5e9:USD]], down [[12%|p:12]] from [[a year earlier|t?:]], the company said in its quarterly update. Adjusted earnings per share came in at [[40 cents|m:0.40:USD]], below the [[43 cents|m:0.43:USD]] expected by analysts polled by {LSEG|O}. Automotive revenue dropped [[16%|p:16]] to [[$16.7 billion|m:16.7e9:USD]], while energy storage revenue slipped to [[$2.8 billion|m:2.8e9:USD]].

As of [[July 24, 2025, at 8:30 AM EDT|t:2025-07-24T08:30-04:00]], {TSLA|A} was quoted at [[$313.20|m:313.2:USD]] on the {Nasdaq|O}, erasing roughly [[$64 billion|m:64e9:USD]] of market value. Chief Executive {Elon Musk|P} told analysts on the earnings call that the company could face "a few rough quarters" as federal EV tax credits expire at the end of [[September|t:2025-09]]. {Tesla|O} also disclosed that it still holds [[11,509 {BTC|A?}|m:11509:BTC]], valued at [[$1.24 billion|m:1.24e9:USD]] at the end of [[June|t:2025-06]], unchanged since [[the fourth quarter of 2024|t:2024]].

For crypto traders, the earnings miss matters because {Tesla|O} remains one of the largest corporate holders of {Bitcoin|A}. {Bitcoin|A} ({BTC|A}) traded at [[$118,400|m:118400:USD]] on {Coinbase|O} at [[9:00 AM EDT|t?:2025-07-24T09:00-04:00]], down [[0.8%|p:0.8]] on the day, while {Dogecoin|A} ({DOGE|A}), often linked to {Musk|P}, slid [[4.5%|p:4.5]] to [[$0.2410|m:0.241:USD]], according to {CoinGecko|O} data. {Nasdaq 100|A} futures were [[0.3%|p:0.3]] lower, and retail chatter around {$TSLA|A} on {Stocktwits|O} hit its highest level since [[March|t:2025-03]].

Analysts at {Wedbush Securities|O} kept an outperform rating with a [[$500|m:500:USD]] price target, arguing that robotaxi expansion in {Austin|L} and the {San Francisco Bay Area|L} would offset weaker deliveries. {Tesla|O} delivered 384,122 vehicles in [[the second quarter|t?:2025]], it said on [[July 2|t:2025-07-02]].
""", [('Tesla', R), ('LSEG', R), ('Elon Musk', R), ('CoinGecko', R), ('Wedbush Securities', R),
      ('Coinbase', O), ('Nasdaq', O)])

art('own-a03', 'Gold Tops $4,000 an Ounce for the First Time: What It Means for Bitcoin',
    '2025-10-08', """
Spot {gold|A?} rose above [[$4,000|m:4000:USD]] an ounce for the first time on [[Wednesday|t:2025-10-08]], extending a rally of more than [[50%|p:50]] [[this year|t?:2025]], as investors sought safety amid the {U.S.|L?} government shutdown and bets on further {Federal Reserve|O} rate cuts. As of [[October 8, 2025, at 10:15 AM GMT|t:2025-10-08T10:15+00:00]], spot {gold|A?} was up [[1.3%|p:1.3]] at [[$4,037.60|m:4037.6:USD]] per ounce, while {U.S.|L?} {gold|A?} futures for [[December|t?:2025-12]] delivery on {COMEX|O} gained [[1.5%|p:1.5]] to [[$4,058.90|m:4058.9:USD]].

Holdings of {SPDR Gold Shares|A} ({GLD|A}), the world's largest {gold|A?}-backed exchange-traded fund, climbed to 1,013.4 tonnes, the highest since [[June 2022|t:2022-06]], the fund said. {World Gold Council|O} data showed global {gold|A?} ETFs attracted [[$17.3 billion|m:17.3e9:USD]] of inflows in [[September|t:2025-09]], a monthly record. Central banks added a net 15 tonnes in [[August|t:2025-08]], led by the {National Bank of Poland|O}, according to the council.

"{Gold|A?} is being bought as insurance against policy error," said {Tomasz Wieczorek|P}, a strategist at {Pell & Rowan|O} in {Warsaw|L}. {Silver|A?} also advanced, rising [[2.1%|p:2.1]] to [[$48.85|m:48.85:USD]] an ounce, while {platinum|A?} added [[0.7%|p:0.7]].

For crypto markets, the move revived the "digital {gold|A?}" debate. {Bitcoin|A} traded at [[$122,700|m:122700:USD]] on {Kraken|O} at [[10:15 AM GMT|t?:2025-10-08T10:15+00:00]], down [[0.6%|p:0.6]] over [[24 hours|t?:]], leaving the ratio of {bitcoin|A?} to {gold|A?} near 30.4. Data from {Glassnode|O} showed exchange balances of {BTC|A} fell to 2.38 million coins, the lowest since [[2018|t:2018]], which some traders read as accumulation. {Bitcoin|A}'s share of total crypto market value stood at [[58.2%|p:58.2]], per {TradingView|O}.
""", [('SPDR Gold Shares', R), ('World Gold Council', R), ('Tomasz Wieczorek', R), ('Glassnode', R),
      ('TradingView', R), ('Pell & Rowan', O), ('Kraken', O), ('COMEX', O)])

art('own-a04', 'Euro Climbs to Five-Month High Against the Dollar as German Fiscal Plan Lifts Yields',
    '2025-03-12', """
The {euro|A?} climbed to [[$1.0947|m:1.0947:USD]] on [[Tuesday|t:2025-03-11]], its strongest level since [[October|t:2024-10]], after {German|L?} lawmakers moved closer to approving a [[€500 billion|m:500e9:EUR]] infrastructure fund and looser borrowing rules for defence. As of [[March 12, 2025, at 7:00 AM EDT|t:2025-03-12T07:00-04:00]], {EUR/USD|A?} traded at 1.0912, up [[4.6%|p:4.6]] since [[the start of the month|t?:]], according to {LSEG|O} data.

{Germany|L}'s 10-year {Bund|A?} yield rose to [[2.93%|p:2.93]], the highest since [[2023|t:2023]], narrowing the gap with 10-year {U.S.|L?} {Treasuries|A?}, which yielded [[4.28%|p:4.28]]. The {U.S. Dollar Index|A} ({DXY|A}), which tracks the greenback against six major currencies, fell [[0.4%|p:0.4]] to 103.42, its lowest since [[mid-October|t:2024-10]].

"{Europe|L} is finally giving markets a growth story," said {Lena Hartmann|P}, head of FX strategy at {Brückner & Voss|O} in {Frankfurt|L}. The {British pound|A?} rose to [[$1.2956|m:1.2956:USD]], while the {dollar|A?} slipped [[0.3%|p:0.3]] against the {yen|A?} to [[147.85 {yen|A?}|m:147.85:JPY]].

A weaker {dollar|A?} has historically supported {Bitcoin|A}, yet {BTC|A} fell [[2.2%|p:2.2]] to [[$81,900|m:81900:USD]] on {Bitstamp|O}, as traders priced in the risk of new {U.S.|L?} tariffs on [[April 2|t:2025-04-02]]. {CoinShares|O} said in its weekly report that digital asset investment products saw outflows of [[$876 million|m:876e6:USD]] [[last week|t?:]], a fourth consecutive week of redemptions. The {European Central Bank|O} cut its deposit rate to [[2.5%|p:2.5]] on [[March 6|t:2025-03-06]], and {ECB|O} President {Christine Lagarde|P} said policy was becoming "meaningfully less restrictive."
""", [('LSEG', R), ('Lena Hartmann', R), ('CoinShares', R), ('Christine Lagarde', R),
      ('Brückner & Voss', O), ('Bitstamp', O), ('European Central Bank', O)])

art('own-a05', 'May CPI Cools More Than Expected: Bitcoin and S&P 500 Futures React',
    '2025-06-11', """
{U.S.|L?} consumer prices rose [[0.1%|p:0.1]] in [[May|t:2025-05]], the {Bureau of Labor Statistics|O} reported on [[Wednesday|t:2025-06-11]], below the [[0.2%|p:0.2]] increase economists had forecast. The annual inflation rate edged up to [[2.4%|p:2.4]] from [[2.3%|p:2.3]] in [[April|t:2025-04]], while core CPI, which excludes food and energy, rose [[2.8%|p:2.8]] from [[a year earlier|t?:]]. The data were released at [[8:30 AM EDT|t?:2025-06-11T08:30-04:00]].

Markets reacted quickly. {S&P 500|A} futures rose [[0.5%|p:0.5]] within minutes of the release, and the 10-year {Treasury|A?} yield fell to [[4.41%|p:4.41]]. {Bitcoin|A} ({BTC|A}) jumped to [[$110,350|m:110350:USD]] on {Coinbase|O}, up [[1.9%|p:1.9]] on the day, while {Ether|A} ({ETH|A}) gained [[3.2%|p:3.2]] to [[$2,810|m:2810:USD]]. {CoinGlass|O} figures showed [[$186 million|m:186e6:USD]] of short positions liquidated in [[the hour|t?:]] after the print.

Traders now see a [[68%|p:68]] chance the {Federal Reserve|O} cuts rates by [[September|t:2025-09]], up from [[57%|p:57]] before the report, according to {CME Group|O}'s {FedWatch|O?} tool. "This is the softest core reading in [[four months|t?:]], and it gives the {Fed|O} room to move," {Marcus Oyelaran|P}, chief economist at {Halden Street Advisors|O}, wrote in a note. Energy prices fell [[1%|p:1]] on the month, with gasoline down [[2.6%|p:2.6]], the report showed.

Looking ahead, the {Fed|O} concludes its policy meeting on [[June 18|t:2025-06-18]], and producer price data are due on [[Thursday|t?:2025-06-12]].
""", [('Bureau of Labor Statistics', R), ('CoinGlass', R), ('CME Group', R), ('Marcus Oyelaran', R),
      ('Coinbase', O), ('Halden Street Advisors', O)])

art('own-a06', 'Quorvane Systems Beats Q3 Estimates, Raises Guidance on AI Data Center Demand',
    '2025-11-05', """
{Quorvane Systems Inc.|O} ({NASDAQ|O}: {QRVN|A}) reported third-quarter revenue of [[$3.42 billion|m:3.42e9:USD]] on [[Tuesday|t:2025-11-04]], up [[38%|p:38]] year-over-year and ahead of the [[$3.21 billion|m:3.21e9:USD]] consensus compiled by {FactSet|O}. Adjusted earnings came in at [[$1.87|m:1.87:USD]] per share versus estimates of [[$1.64|m:1.64:USD]], the {San Jose|L?}-based chipmaker said in a statement. Data center revenue, which accounts for [[71%|p:71]] of sales, grew [[54%|p:54]] to [[$2.43 billion|m:2.43e9:USD]].

For the fourth quarter, {Quorvane|O} guided revenue of [[$3.70 billion to $3.85 billion|m:3.7e9:USD]], well above the [[$3.48 billion|m:3.48e9:USD]] analysts expected, and lifted its gross margin forecast to [[62.5%|p:62.5]]. Chief Executive Officer {Dana Okafor|P} said on a call with analysts that orders from hyperscale customers had "roughly doubled" since [[the start of 2025|t:2025]]. Chief Financial Officer {Raj Menon|P} added that the company repurchased [[$600 million|m:600e6:USD]] of stock during [[the quarter|t?:]] and has [[$4.1 billion|m:4.1e9:USD]] left under its authorization.

Shares of {QRVN|A} rose [[9.4%|p:9.4]] to [[$241.15|m:241.15:USD]] in after-hours trading, adding roughly [[$11 billion|m:11e9:USD]] in market value. The stock has gained [[64%|p:64]] [[this year|t?:2025]], compared with a [[21%|p:21]] rise in the {PHLX Semiconductor Index|A} ({SOX|A}). Rival {Veltrix Micro|O} reports results on [[November 12|t:2025-11-12]].

For crypto traders, AI-linked tokens such as {Render|A} ({RENDER|A}) and {Fetch.ai|A} ({FET|A}) rose [[6.8%|p:6.8]] and [[5.1%|p:5.1]] respectively in the hours after the report, according to {CoinMarketCap|O}, while {Bitcoin|A} held near [[$103,500|m:103500:USD]].
""", [('Quorvane Systems', R), ('FactSet', R), ('Dana Okafor', R), ('Raj Menon', R), ('CoinMarketCap', R)])

art('own-a07', 'Halvorsen & Brandt to Buy Crypto Custodian Vaultline for $1.8 Billion',
    '2025-09-16', """
{Halvorsen & Brandt Holdings Inc.|O} ({NYSE|O}: {HVBR|A}) agreed to acquire digital asset custodian {Vaultline Technologies|O} for [[$1.8 billion|m:1.8e9:USD]] in cash and stock, the companies said in a joint statement on [[Tuesday|t:2025-09-16]]. Under the terms, {Vaultline|O} shareholders will receive [[$14.25|m:14.25:USD]] in cash and 0.182 {Halvorsen & Brandt|O} shares for each share held, a premium of [[32%|p:32]] to {Vaultline|O}'s [[30-day|t?:]] average price. The deal is expected to close in [[the first quarter of 2026|t:2026]], subject to approval by the {Office of the Comptroller of the Currency|O} and {Vaultline|O} shareholders.

{Vaultline|O}, founded in [[2017|t:2017]] and based in {Denver|L}, holds about [[$62 billion|m:62e9:USD]] in client assets, including roughly [[210,000 {BTC|A?}|m:210000:BTC]] and [[1.4 million {ETH|A?}|m:1.4e6:ETH]], according to its latest attestation report. Its revenue rose [[47%|p:47]] to [[$286 million|m:286e6:USD]] in [[2024|t:2024]].

"Custody is the plumbing of institutional crypto, and this gives us scale overnight," {Halvorsen & Brandt|O} Chief Executive {Greta Halvorsen|P} said on a call with analysts. She said the combination would produce annual cost savings of [[$95 million|m:95e6:USD]] by [[2027|t:2027]].

{Pell & Rowan LLP|O} is acting as legal adviser to {Halvorsen & Brandt|O}, while {Morgan Stanley|O} advised {Vaultline|O}. {Halvorsen & Brandt|O} shares fell [[3.6%|p:3.6]] to [[$88.70|m:88.7:USD]] in {New York|L} trading, while {Vaultline|O} stock, listed on the {Nasdaq|O} under the ticker {VLTN|A}, jumped [[27%|p:27]] to [[$23.10|m:23.1:USD]]. {Bitcoin|A} was little changed at [[$115,900|m:115900:USD]], per {CoinDesk|O} data.
""", [('Halvorsen & Brandt', R), ('Vaultline', R), ('Greta Halvorsen', R), ('CoinDesk', R)])

art('own-a08', 'Ethereum Whales Accumulate 310,000 ETH in a Week: On-Chain Data',
    '2025-05-20', """
Large {Ethereum|A} holders added about [[310,000 {ETH|A?}|m:310000:ETH]], worth roughly [[$790 million|m:790e6:USD]], between [[May 12|t:2025-05-12]] and [[May 19, 2025|t:2025-05-19]], according to on-chain analytics platform {Santiment|O}. Wallets holding between [[10,000 and 100,000 {ETH|A?}|m:10000:ETH]] now control [[27.4%|p:27.4]] of the circulating supply, the highest share since [[November 2024|t:2024-11]], {Santiment|O} said in a post on {X|O}.

As of [[May 20, 2025, at 11:00 AM UTC|t:2025-05-20T11:00+00:00]], {ETH|A} traded at [[$2,548|m:2548:USD]] on {Binance|O}, up [[6.3%|p:6.3]] over [[the past seven days|t?:]], while the {ETH/BTC|A?} pair stood at 0.0245. Staking data from {Dune Analytics|O} showed [[34.6 million {ETH|A?}|m:34.6e6:ETH]], or [[28.7%|p:28.7]] of supply, is now locked in the beacon chain, with liquid staking protocol {Lido|O} accounting for [[8.9 million {ETH|A?}|m:8.9e6:ETH]].

Exchange reserves tell a similar story. {CryptoQuant|O} reported that {ETH|A} balances on centralized exchanges fell to 18.1 million, the lowest level since [[July 2016|t:2016-07]]. "Supply on exchanges keeps shrinking while staking keeps growing, and that is a structural bid," said {Noor El-Amin|P}, a research analyst at {Kairos & Finch Capital|O}.

Derivatives markets were more cautious. Open interest in {ETH|A} futures rose to [[$31.2 billion|m:31.2e9:USD]], data from {CoinGlass|O} showed, while the funding rate on {Bybit|O} perpetual swaps stayed at [[0.01%|p:0.01]] per [[eight hours|t?:]]. {Whale Alert|O} flagged a transfer of [[96,000 {ETH|A?}|m:96000:ETH]] from {Coinbase|O} to an unknown wallet at [[04:12 UTC on Tuesday|t:2025-05-20T04:12+00:00]].

{Bitcoin|A} hovered near [[$105,200|m:105200:USD]], while the total crypto market capitalization stood at [[$3.42 trillion|m:3.42e12:USD]], according to {CoinGecko|O}.
""", [('Santiment', R), ('Dune Analytics', R), ('CryptoQuant', R), ('Noor El-Amin', R), ('CoinGlass', R),
      ('Whale Alert', R), ('CoinGecko', R), ('Binance', O), ('Bybit', O), ('Coinbase', O), ('X', O),
      ('Kairos & Finch Capital', O)])

art('own-a09', 'Strategy Adds 7,633 BTC for $742 Million, Filing Shows; MSTR Shares Slip',
    '2025-02-10', """
{Strategy|O} ({MSTR|A}), the business intelligence firm turned {bitcoin|A?} treasury company, bought [[7,633 {BTC|A?}|m:7633:BTC]] for about [[$742.4 million|m:742.4e6:USD]] between [[February 3|t:2025-02-03]] and [[February 9|t:2025-02-09]], according to a filing with the {U.S. Securities and Exchange Commission|O} on [[Monday|t:2025-02-10]]. The purchases were made at an average price of [[$97,255|m:97255:USD]] per {bitcoin|A?}, the filing showed.

With the latest acquisition, {Strategy|O} holds [[478,740 {BTC|A?}|m:478740:BTC]] acquired for roughly [[$31.1 billion|m:31.1e9:USD]], or [[$65,033|m:65033:USD]] per coin. Executive Chairman {Michael Saylor|P} posted a chart of the purchases on {X|O} on [[Sunday|t:2025-02-09]], a pattern that has preceded each filing [[this year|t?:2025]]. The company funded the buys through sales of its class A common stock under an at-the-market program, it said.

{MSTR|A} shares fell [[3.1%|p:3.1]] to [[$331.70|m:331.7:USD]] in premarket trading on the {Nasdaq|O}, and have gained [[11%|p:11]] since [[January 1|t:2025-01-01]]. {Bitcoin|A} ({BTC|A}) was trading at [[$97,800|m:97800:USD]] on {Kraken|O} as of [[February 10, 2025, at 8:00 AM EST|t:2025-02-10T08:00-05:00]], down [[1.2%|p:1.2]] over [[24 hours|t?:]].

Not every corporate holder is buying. {Semler Scientific|O} told the {Securities and Exchange Commission|O} in a separate filing that it held [[3,192 {BTC|A?}|m:3192:BTC]] as of [[December 31, 2024|t:2024-12-31]], unchanged from [[a month earlier|t?:]]. Analysts at {Benchmark|O} said in a note that {Strategy|O}'s premium to the value of its {bitcoin|A?} holdings had narrowed to about 1.7 times, from 3.4 times in [[November|t:2024-11]].
""", [('Strategy', R), ('Semler Scientific', R), ('Benchmark', R), ('Securities and Exchange Commission', O),
      ('Michael Saylor', O), ('Kraken', O)])

art('own-a10', 'Oil Tumbles 6% After Tariff Shock and OPEC+ Output Surprise; Crypto Follows',
    '2025-04-03', """
{Brent|A} crude futures fell [[6.4%|p:6.4]] to [[$70.14|m:70.14:USD]] a barrel on [[Thursday|t:2025-04-03]], their steepest one-day drop since [[2022|t:2022]], after {U.S.|L?} President {Donald Trump|P} announced sweeping import tariffs and the {OPEC+|O} group agreed to accelerate output increases. {U.S.|L?} {West Texas Intermediate|A} ({WTI|A}) crude slid [[6.6%|p:6.6]] to [[$66.95|m:66.95:USD]], {ICE|O} and {NYMEX|O} prices showed as of [[2:30 PM EDT|t?:2025-04-03T14:30-04:00]].

Eight {OPEC+|O} members led by {Saudi Arabia|L} and {Russia|L} will raise production by 411,000 barrels per day in [[May|t:2025-05]], the group said in a statement, nearly triple the increment markets had expected. {Saudi|L?} energy officials have grown frustrated with overproduction by {Kazakhstan|L} and {Iraq|L}, according to two sources familiar with the group's thinking.

"This is a double whammy for oil: weaker demand from the tariffs and more supply from {OPEC+|O}," said {Hannah Brooke-Ellis|P}, head of commodities research at {Castlebar & Co|O}. Data from the {U.S. Energy Information Administration|O} on [[Wednesday|t:2025-04-02]] showed crude inventories rose by 6.2 million barrels in the week to [[March 28|t:2025-03-28]].

Risk assets sold off broadly. The {S&P 500|A} fell [[4.8%|p:4.8]], the {Nasdaq Composite|A} dropped [[6%|p:6]], and {Bitcoin|A} slipped [[3.9%|p:3.9]] to [[$82,300|m:82300:USD]] on {Coinbase|O}. Energy-hungry crypto miners also fell: {Marathon Digital Holdings|O} ({MARA|A}) lost [[9.2%|p:9.2]], while {Riot Platforms|O} ({RIOT|A}) dropped [[8.7%|p:8.7]]. {Gold|A?}, by contrast, hit a record [[$3,167.57|m:3167.57:USD]] an ounce earlier in the session.
""", [('ICE', R), ('NYMEX', R), ('OPEC+', R), ('Hannah Brooke-Ellis', R), ('Energy Information Administration', R),
      ('Castlebar & Co', O), ('Coinbase', O)])

art('own-a11', "China's Factory Activity Contracts for Eighth Month; Yuan, Hang Seng and Bitcoin Mixed",
    '2025-12-01', """
{China|L}'s official manufacturing purchasing managers' index (PMI) rose to 49.2 in [[November|t:2025-11]] from 49.0 in [[October|t:2025-10]], the {National Bureau of Statistics|O} said on [[Sunday|t:2025-11-30]], marking an eighth straight month below the 50-point mark that separates growth from contraction. The private {S&P Global|O} {China|L} manufacturing PMI, released on [[Monday|t:2025-12-01]], fell to 49.9 from 50.6.

The {yuan|A?} firmed to 7.0712 per {dollar|A?} in onshore trading, its strongest since [[October 2024|t:2024-10]], after the {People's Bank of China|O} set its daily midpoint at 7.0789. {Hong Kong|L}'s {Hang Seng Index|A} added [[0.7%|p:0.7]] to 26,033 by the midday break, while the {Shanghai Composite|A} rose [[0.6%|p:0.6]].

"The data confirm that domestic demand is still the weak link," said {Wen Jiaqi|P}, an economist at {Tianrui Securities|O} in {Shanghai|L}. Industrial profits fell [[5.5%|p:5.5]] year-on-year in [[October|t:2025-10]], statistics bureau data showed [[last week|t?:]].

{Bitcoin|A} fell [[5.2%|p:5.2]] to [[$86,400|m:86400:USD]] during {Asian|L?} trading hours on [[Monday|t:2025-12-01]], according to {Bitstamp|O} prices, after the {PBOC|O} reiterated in a weekend statement that crypto trading remains illegal on the mainland. Stablecoin volumes on {OKX|O} rose [[14%|p:14]] over [[the weekend|t?:]], {Kaiko|O} data showed. {Tether|O}'s {USDT|A} traded at a [[0.4%|p:0.4]] premium to the offshore {yuan|A?} rate, a sign of demand.
""", [('National Bureau of Statistics', R), ('S&P Global', R), ('Wen Jiaqi', R), ('Bitstamp', R),
      ("People's Bank of China", R), ('Kaiko', R), ('PBOC', O), ('OKX', O), ('Tianrui Securities', O)])

art('own-a12', 'Stablecoin Supply Hits $310 Billion as USDC Gains Share; Solana Leads Network Growth',
    '2026-01-14', """
The combined market value of stablecoins climbed to a record [[$310.6 billion|m:310.6e9:USD]] on [[January 13, 2026|t:2026-01-13]], up [[48%|p:48]] from [[a year earlier|t?:]], according to {DefiLlama|O}. {Tether|O}'s {USDT|A} remains dominant at [[$187.2 billion|m:187.2e9:USD]], but {Circle Internet Group|O}'s {USDC|A} has grown faster, rising [[72%|p:72]] over [[the past 12 months|t?:]] to [[$75.8 billion|m:75.8e9:USD]], data from {CoinGecko|O} showed.

{Circle|O} ({CRCL|A}) said in its [[fourth-quarter|t?:2025]] business update that circulation on {Solana|A} reached [[$11.4 billion|m:11.4e9:USD]] at the end of [[December|t:2025-12]], more than double the level of [[June 2025|t:2025-06]]. On {Ethereum|A}, {USDC|A} supply stood at [[$46.3 billion|m:46.3e9:USD]]. "Regulatory clarity in the {United States|L} has changed the conversation with banks," {Circle|O} President {Jonah Whitcombe|P} told {Bloomberg|O} in an interview.

{European|L?} issuers are also growing. {Société Générale|O}'s crypto unit {SG-Forge|O} said its euro stablecoin {EURCV|A} passed [[€100 million|m:100e6:EUR]] in circulation, while {Rheinwerk Digital GmbH|O} said on [[Tuesday|t:2026-01-13]] it had received an e-money licence from {BaFin|O}, the {German|L?} financial regulator. In {Japan|L}, {SBI Holdings|O} and {Ripple|O} said in a joint statement they would distribute the {RLUSD|A} stablecoin from [[the first quarter of 2026|t:2026]].

{Solana|A}'s stablecoin transfer volume reached [[$1.1 trillion|m:1.1e12:USD]] in [[December|t:2025-12]], second only to {Ethereum|A}'s [[$1.4 trillion|m:1.4e12:USD]], according to {Artemis|O} analytics. {SOL|A} traded at [[$142.60|m:142.6:USD]] on {Kraken|O} at [[9:45 AM EST on January 14, 2026|t:2026-01-14T09:45-05:00]], up [[3.4%|p:3.4]] on the day.
""", [('DefiLlama', R), ('CoinGecko', R), ('Circle', R), ('Jonah Whitcombe', R), ('SG-Forge', R),
      ('Rheinwerk Digital', R), ('SBI Holdings', R), ('Ripple', R), ('Artemis', R), ('Kraken', O)])

# ---------------------------------------------------------------------------------------------
# W: wire and newspaper stories (fictional companies and people)
# ---------------------------------------------------------------------------------------------

art('own-w01', 'Carrow Lending profit rises 14% on mortgage demand, shares jump', '2025-02-27', """
{LONDON|L}, [[Feb 27|t:2025-02-27]] ({Reuters|O}) - {Carrow Lending plc|O} said on [[Thursday|t:2025-02-27]] its annual pretax profit rose [[14%|p:14]] to [[£842 million|m:842e6:GBP]], helped by stronger mortgage lending and lower impairment charges, and announced a [[£150 million|m:150e6:GBP]] share buyback.

The {Leeds|L?}-based lender, which has about 2.1 million customers across {Britain|L}, said net interest income increased to [[£1.93 billion|m:1.93e9:GBP]] in [[2024|t:2024]] from [[£1.81 billion|m:1.81e9:GBP]] [[a year earlier|t?:]], while its net interest margin widened to [[2.31%|p:2.31]].

Shares in {Carrow|O} rose [[6.2%|p:6.2]] to [[412 pence|m:4.12:GBP]] by [[0930 GMT|t?:2025-02-27T09:30+00:00]], making them the biggest gainers on the {FTSE 250|A} midcap index, {LSEG|O} data showed.

Chief Executive {Fiona Marsh|P} told {Reuters|O} the bank expected mortgage volumes to grow by a mid-single-digit percentage in [[2025|t:2025]] as the {Bank of England|O} cuts interest rates further. "Affordability is improving month by month," she said.

The lender kept its guidance for a net interest margin of about [[2.3%|p:2.3]] [[this year|t?:2025]] and said its common equity tier 1 ratio stood at [[14.6%|p:14.6]] at the end of [[December|t:2024-12]]. Analysts at {Pell & Rowan|O} said the results were "clean and slightly ahead" of expectations, raising their price target to [[450p|m:4.5:GBP]].

The {Bank of England|O} cut its main rate to [[4.5%|p:4.5]] on [[Feb. 6|t:2025-02-06]]. Rival {Northgate Building Society|O} reports results on [[March 12|t?:2025-03-12]].

(Reporting by {Tom Ashworth|P?}; Editing by {Sarah Lindqvist|P?})
""", [('Carrow Lending', R), ('LSEG', R), ('Fiona Marsh', R), ('Pell & Rowan', R), ('Reuters', O)],
    publisher='Reuters')

art('own-w02', 'Brennmark and Solvane agree 6.2 billion euro merger to create European packaging leader',
    '2025-06-30', """
{FRANKFURT|L}/{PARIS|L}, [[June 30|t:2025-06-30]] ({Reuters|O}) - {German|L?} packaging maker {Brennmark AG|O} and {French|L?} rival {Solvane SA|O} have agreed to combine in an all-share deal valuing the combined group at [[6.2 billion euros|m:6.2e9:EUR]] ([[$7.3 billion|m:7.3e9:USD]]), the companies said in a joint statement on [[Monday|t:2025-06-30]].

{Brennmark|O} shareholders will own [[54%|p:54]] of the new company, to be called {Brennmark Solvane|O} and headquartered in {Frankfurt|L}, with {Solvane|O} investors holding the remaining [[46%|p:46]]. The companies expect annual cost savings of [[€240 million|m:240e6:EUR]] by the end of [[2028|t:2028]].

{Solvane|O} Chief Executive {Claire Dubois-Martel|P} will lead the combined group, while {Brennmark|O} CEO {Jörg Albrecht|P} will become chairman. "Scale matters in a market where our biggest customers are consolidating," {Albrecht|P} told reporters on a call.

Shares in {Solvane|O} jumped [[11.3%|p:11.3]] to [[€38.46|m:38.46:EUR]] in {Paris|L}, while {Brennmark|O} rose [[4.1%|p:4.1]] in {Frankfurt|L}, lifting {Europe|L}'s {STOXX 600|A} industrials index by [[0.9%|p:0.9]].

The deal, which requires approval from the {European Commission|O}, is expected to close in [[the second half of 2026|t:2026]]. {Fenwick & Dale|O} and {BNP Paribas|O} advised {Brennmark|O}, and {Pell & Rowan|O} acted as legal counsel to {Solvane|O}, the statement said.

Two people familiar with the matter told {Reuters|O} that {Solvane|O}'s largest shareholder, the holding company {Vela Partecipazioni|O}, had backed the deal. {Vela|O} declined to comment.
""", [('Brennmark', R), ('Solvane', R), ('Jörg Albrecht', R), ('Reuters', O)], publisher='Reuters')

art('own-w03', 'German inflation eases to 2.2% in October, retail sales fall', '2025-10-31', """
{BERLIN|L}, [[Oct 31|t:2025-10-31]] ({Reuters|O}) - {German|L?} annual inflation eased to [[2.2%|p:2.2]] in [[October|t:2025-10]] from [[2.4%|p:2.4]] in [[September|t:2025-09]], preliminary data published [[a day earlier|t?:]] by the {Federal Statistical Office|O} showed, in line with the forecast of economists polled by {Reuters|O}.

Prices harmonised to compare with other countries in the {euro zone|L?} rose [[2.3%|p:2.3]] year-on-year. Core inflation, which excludes volatile food and energy prices, slowed to [[2.8%|p:2.8]] from [[2.9%|p:2.9]], the office said.

Separately, retail sales fell [[0.2%|p:0.2]] in real terms in [[September|t:2025-09]] compared with [[the previous month|t?:]], according to figures from {Destatis|O} released on [[Friday|t:2025-10-31]]. Economists had expected a [[0.3%|p:0.3]] increase.

"The inflation picture gives the {ECB|O} no reason to move in [[December|t:2025-12]]," said {Katrin Vogel|P}, an economist at {Hollmann Bank|O}. The {European Central Bank|O} kept its deposit rate at [[2%|p:2]] on [[Thursday|t:2025-10-30]] for a third consecutive meeting.

Inflation in {North Rhine-Westphalia|L}, {Germany|L}'s most populous state, fell to [[2.1%|p:2.1]], state statistics office data showed. {Bavaria|L} reported a rate of [[2.5%|p:2.5]]. The {Bundesbank|O} said in its monthly report [[last week|t?:]] that the economy probably stagnated in [[the third quarter|t?:2025]].
""", [('Federal Statistical Office', R), ('Katrin Vogel', R), ('Bundesbank', R), ('Destatis', O), ('Reuters', O),
      ('Hollmann Bank', O)], publisher='Reuters')

art('own-w04', 'French economy grows 0.3% in second quarter, beating forecasts', '2025-07-30', """
{PARIS|L}, [[July 30|t:2025-07-30]] ({Reuters|O}) - {France|L}'s economy grew [[0.3%|p:0.3]] in [[the second quarter|t?:2025]], preliminary data from statistics office {INSEE|O} showed on [[Wednesday|t:2025-07-30]], beating a forecast of [[0.1%|p:0.1]] growth in a {Reuters|O} poll of economists.

Growth was driven by a build-up in inventories, while household consumption, traditionally the main engine of the {French|L?} economy, was flat. Business investment rose [[0.4%|p:0.4]], and exports fell [[1.7%|p:1.7]] as aerospace deliveries slowed, {INSEE|O} said. Compared with [[the same quarter a year earlier|t?:]], output was up [[0.7%|p:0.7]].

"The figures are better than expected but the composition is poor," said {Mathilde Roussel|P}, chief economist at {Banque Lacombe|O} in {Paris|L}. Finance Minister {Antoine Verrier|P} said the government's [[2025|t:2025]] growth forecast of [[0.7%|p:0.7]] remained "realistic".

The {Bank of France|O} said [[last month|t?:]] it expected growth of [[0.6%|p:0.6]] [[this year|t?:2025]]. {French|L?} government bond yields were little changed, with the 10-year {OAT|A?} yield at [[3.36%|p:3.36]], while the {CAC 40|A} index rose [[0.5%|p:0.5]]. Consumer spending on goods rose [[0.6%|p:0.6]] in [[June|t:2025-06]], a separate release from {INSEE|O} showed.
""", [('INSEE', R), ('Mathilde Roussel', R), ('Antoine Verrier', R), ('Bank of France', R), ('Reuters', O),
      ('Banque Lacombe', O)], publisher='Reuters')

art('own-w05', 'Cocoa futures hit record as Ivory Coast arrivals lag', '2025-01-22', """
{LONDON|L}/{NEW YORK|L}, [[Jan 22|t:2025-01-22]] ({Reuters|O}) - {New York|L} cocoa futures rose to a record high on [[Wednesday|t:2025-01-22]] as arrivals at {Ivory Coast|L}'s ports continued to trail last season's pace, fuelling worries about supply from the world's top producer.

[[March|t?:2025-03]] cocoa on {ICE Futures U.S.|O} settled up [[3.8%|p:3.8]] at [[$12,565|m:12565:USD]] a metric ton, after touching an all-time high of [[$12,931|m:12931:USD]], {ICE|O} data showed. {London|L} cocoa for [[March|t?:2025-03]] gained [[2.9%|p:2.9]] to [[9,450 pounds|m:9450:GBP]] a ton.

Farmers delivered 1.21 million metric tons of beans to {Ivorian|L?} ports between [[Oct. 1|t:2024-10-01]] and [[Jan. 19|t:2025-01-19]], down [[21%|p:21]] from the same period [[a year earlier|t?:]], according to exporters' estimates.

"The mid-crop is the big question now, and the early signs are not good," said {Kwame Asante-Boateng|P}, a cocoa analyst at {Marlowe & Quint|O} in {Accra|L}. {Ghana|L}'s cocoa regulator {COCOBOD|O} said [[this month|t?:2025-01]] it expected a crop of about 650,000 tons in the [[2024/25|t?:]] season, well below its initial forecast.

Elsewhere in softs, [[March|t?:2025-03]] arabica coffee rose [[1.2%|p:1.2]] to [[$3.4315|m:3.4315:USD]] per lb, while [[March|t?:2025-03]] raw sugar fell [[0.4%|p:0.4]] to [[18.72 cents|m:0.1872:USD]] per lb. Chocolate maker {Hartwell Confections Inc|O} said [[last week|t?:]] it would raise prices in {North America|L} by about [[9%|p:9]] from [[April|t:2025-04]].
""", [('ICE', R), ('Kwame Asante-Boateng', R), ('COCOBOD', R), ('Hartwell Confections', R),
      ('Marlowe & Quint', O)], publisher='Reuters')

art('own-w06', 'Oil rises as Saudi signals steady output; U.S. crude stocks fall', '2025-12-04', """
{SINGAPORE|L}, [[Dec 4|t:2025-12-04]] ({Reuters|O}) - Oil prices rose on [[Thursday|t:2025-12-04]] after {Saudi|L?} Energy Minister {Faisal al-Harbi|P} said the kingdom would keep output steady into [[2026|t:2026]], and as {U.S.|L?} crude inventories fell more than expected.

{Brent|A} crude futures were up [[58 cents|m:0.58:USD]], or [[0.9%|p:0.9]], at [[$63.25|m:63.25:USD]] a barrel by [[0412 GMT|t?:2025-12-04T04:12+00:00]]. {U.S.|L?} {West Texas Intermediate|A} crude futures gained [[61 cents|m:0.61:USD]], or [[1%|p:1]], to [[$59.56|m:59.56:USD]].

{Saudi|L?} state oil giant {Saudi Aramco|O} raised the official selling price of its flagship {Arab Light|A} crude to {Asia|L} for [[January|t:2026-01]] by [[20 cents|m:0.20:USD]] a barrel from [[December|t:2025-12]], a pricing document seen by {Reuters|O} showed.

{U.S.|L?} crude stockpiles fell by 3.1 million barrels in the week ended [[Nov. 28|t:2025-11-28]], the {Energy Information Administration|O} said on [[Wednesday|t:2025-12-03]], compared with analysts' expectations in a {Reuters|O} poll for a 1.2 million-barrel draw. Gasoline stocks rose 2.5 million barrels.

"The market had priced in a much looser first quarter, so a steady hand from {Riyadh|L} is supportive," said {Daniel Okonjo|P}, an analyst at {Harcastle Energy Partners|O}. Still, {Brent|A} is down about [[15%|p:15]] [[this year|t?:2025]], weighed by rising supply from producers outside {OPEC+|O} such as {Brazil|L}, {Guyana|L} and the {United States|L}.

{India|L}'s {Deccan Refining Ltd|O} bought two million barrels of {Russian|L?} {Urals|A} crude for [[January|t:2026-01]] delivery, two trade sources said.
""", [('Faisal al-Harbi', R), ('Energy Information Administration', R), ('Daniel Okonjo', R),
      ('Saudi Aramco', O), ('Reuters', O), ('Harcastle Energy Partners', O)], publisher='Reuters')

art('own-w07', 'Ridgeline Freight quarterly profit falls as tariffs hit volumes', '2025-04-24', """
{DALLAS|L}, [[April 24|t:2025-04-24]] ({Meridian Wire|O}) - {Ridgeline Freight Inc|O} ({RFI.N|A}) on [[Thursday|t:2025-04-24]] reported a [[31%|p:31]] drop in first-quarter profit as shippers held back orders ahead of new tariffs, and the trucking group said it expected freight volumes to stay weak through [[June|t:2025-06]].

Net income fell to [[$48.2 million|m:48.2e6:USD]], or [[57 cents|m:0.57:USD]] per share, in the quarter ended [[March 31|t:2025-03-31]], from [[$69.9 million|m:69.9e6:USD]], or [[83 cents|m:0.83:USD]] per share, [[a year earlier|t?:]]. Revenue slipped [[4.8%|p:4.8]] to [[$1.12 billion|m:1.12e9:USD]].

Analysts on average had expected earnings of [[61 cents|m:0.61:USD]] per share, according to {LSEG|O} data. The {Texas|L}-based company, which operates about 9,400 tractors, said spot rates fell [[6%|p:6]] from [[the fourth quarter|t?:2024]] while contract rates were flat.

"We are not seeing a freight recession, but we are seeing a freight pause," Chief Executive {Marcus Delaney|P} said on a conference call. {Delaney|P} said about [[12%|p:12]] of the company's revenue came from cross-border loads with {Mexico|L}.

{Ridgeline|O} cut its full-year capital spending plan to [[$310 million|m:310e6:USD]] from [[$380 million|m:380e6:USD]], the trucking group said. Its shares fell [[5.3%|p:5.3]] to [[$41.85|m:41.85:USD]] in extended trading. The {Dow Jones Transportation Average|A} has fallen [[14%|p:14]] [[this year|t?:2025]].

{American Trucking Associations|O} data released on [[Tuesday|t:2025-04-22]] showed its truck tonnage index fell [[1.4%|p:1.4]] in [[March|t:2025-03]].

(Reporting by {Jenna Park|P?} in {Dallas|L?}; Editing by {Vijay Nair|P?})
""", [('Ridgeline Freight', R), ('LSEG', R), ('Marcus Delaney', R), ('American Trucking Associations', R)],
    publisher='Meridian Wire')

art('own-w08', 'Corvanta Bio discloses FDA warning letter, shares slump', '2025-08-05', """
[[Aug 5|t:2025-08-05]] ({Reuters|O}) - {Corvanta Biosciences Inc|O} ({CRVB.O|A}) said the {U.S. Food and Drug Administration|O} had issued a warning letter over manufacturing lapses at its {Worcester|L}, {Massachusetts|L}, plant, according to a filing with the {SEC|O} on [[Tuesday|t:2025-08-05]].

Shares of the {Cambridge|L?}-based drugmaker fell [[17%|p:17]] to [[$23.40|m:23.4:USD]] in premarket trading. The letter, dated [[July 29|t:2025-07-29]], cited inadequate sterility testing and record keeping, the company said. {Corvanta|O} said it did not expect the letter to affect supply of its lead arthritis drug, which generated [[$612 million|m:612e6:USD]] in sales in [[2024|t:2024]].

In a separate filing, {Corvanta|O} told the {Securities and Exchange Commission|O} that its chief financial officer, {Helen Strand|P}, would step down on [[Sept. 30|t:2025-09-30]]. The company said it had begun a search for a successor.

"We take these observations seriously and have already begun remediation," a {Corvanta|O} spokeswoman told {Reuters|O}.

{Jefferies|O} analyst {Aaron Feld|P} cut his price target on the stock to [[$30|m:30:USD]] from [[$41|m:41:USD]], saying a resolution could take [[12 to 18 months|t?:]]. {Corvanta|O} reported second-quarter revenue of [[$402 million|m:402e6:USD]] on [[July 31|t:2025-07-31]], up [[9%|p:9]] from [[a year earlier|t?:]].
""", [('Corvanta Biosciences', R), ('Aaron Feld', R), ('SEC', O), ('Food and Drug Administration', O),
      ('Jefferies', O)], publisher='Reuters')

art('own-w09', 'Yen slips as BOJ signals patience; automaker forecast weighs on Nikkei', '2025-05-09', """
{TOKYO|L}, [[May 9|t:2025-05-09]] ({Reuters|O}) - The {yen|A?} weakened past 146 per {dollar|A?} on [[Friday|t:2025-05-09]] after {Bank of Japan|O} Deputy Governor {Hiroshi Tanabe|P} said the central bank would be patient before raising interest rates again.

The {dollar|A?} rose [[0.6%|p:0.6]] to [[146.20 {yen|A?}|m:146.2:JPY]], while the {euro|A?} gained [[0.4%|p:0.4]] to [[164.35 {yen|A?}|m:164.35:JPY]]. "Underlying inflation is still some distance from our [[2%|p:2]] target," {Tanabe|P} said in a speech in {Osaka|L}.

{Japan|L}'s {Ministry of Finance|O} said on [[Thursday|t:2025-05-08]] it had not intervened in the currency market in [[April|t:2025-04]]. Vice Finance Minister for International Affairs {Atsushi Koyama|P} told reporters the ministry was watching moves "with a high sense of urgency."

The {Nikkei 225|A} index fell [[0.8%|p:0.8]] to 36,620.4, dragged down by auto parts makers after {Mizuhara Motor Corp|O} ({7235.T|A}) forecast a [[22%|p:22]] drop in operating profit for the year to [[March 2026|t:2026-03]], citing {U.S.|L?} tariffs. {Mizuhara|O} said it expected a hit of [[180 billion {yen|A?}|m:180e9:JPY]] ([[$1.23 billion|m:1.23e9:USD]]) from the levies.

The broader {Topix|A} slipped [[0.5%|p:0.5]]. {Japanese|L?} household spending rose [[2.1%|p:2.1]] in [[March|t:2025-03]] from [[a year earlier|t?:]], government data showed, beating expectations for a [[0.4%|p:0.4]] increase. Yields on 10-year {Japanese|L?} government bonds rose to [[1.335%|p:1.335]].
""", [('Hiroshi Tanabe', R), ('Ministry of Finance', R), ('Atsushi Koyama', R), ('Mizuhara Motor', R)],
    publisher='Reuters')

art('own-w10', 'Wheat futures slide after USDA raises world supply outlook', '2025-09-12', """
{CHICAGO|L}, [[Sept 12|t:2025-09-12]] ({Reuters|O}) - {U.S.|L?} wheat futures fell on [[Friday|t:2025-09-12]] after the {U.S. Department of Agriculture|O} raised its forecast for global wheat supplies, while soybeans edged higher on hopes of renewed {Chinese|L?} demand.

Most-active {Chicago Board of Trade|O} wheat futures fell [[8 cents|m:0.08:USD]] to [[$5.17|m:5.17:USD]] a bushel by [[11:05 a.m. CDT|t?:2025-09-12T11:05-05:00]] ([[1605 GMT|t?:2025-09-12T16:05+00:00]]). {Minneapolis|L} spring wheat futures lost [[0.9%|p:0.9]].

In its monthly supply and demand report, the {USDA|O} pegged world wheat ending stocks for the [[2025/26|t?:]] season at 271.4 million metric tons, up from 264.1 million in [[August|t:2025-08]] and above the average of analyst estimates in a {Reuters|O} poll. The agency raised its estimate of {Russia|L}'s crop to 86.5 million tons, citing better-than-expected yields in {Siberia|L}.

"The {USDA|O} number was bearish across the board for wheat, but the market had partly priced it in," said {Tyler Brandvold|P}, a broker with {Grainbelt & Sons|O} in {Minneapolis|L}.

Soybeans rose [[0.4%|p:0.4]] to [[$10.34|m:10.34:USD]] a bushel after the {USDA|O} cut its {U.S.|L?} yield forecast to 53.0 bushels per acre. Corn was steady at [[$4.21|m:4.21:USD]]. {Argentina|L} suspended export taxes on grains until [[Oct. 31|t:2025-10-31]], adding to competition for {U.S.|L?} exporters in {Asia|L}.
""", [('U.S. Department of Agriculture', R), ('Tyler Brandvold', R), ('USDA', O), ('Reuters', O),
      ('Grainbelt & Sons', O)], publisher='Reuters')

art('own-w11', "Kestrel Minerals to buy Canada's Borealis Lithium for C$1.1 billion", '2025-03-19', """
{SYDNEY|L}, [[March 19|t:2025-03-19]] ({Reuters|O}) - {Australia|L}'s {Kestrel Minerals Ltd|O} ({KSM.AX|A}) said on [[Wednesday|t:2025-03-19]] it would buy {Canadian|L?} lithium developer {Borealis Lithium Corp|O} for [[C$1.1 billion|m:1.1e9:CAD]] ([[$768 million|m:768e6:USD]]), betting that a slump in prices of the battery metal has run its course.

{Kestrel|O} will pay [[C$2.45|m:2.45:CAD]] per {Borealis|O} share in cash, a [[41%|p:41]] premium to the stock's close on [[Tuesday|t:2025-03-18]], the {Perth|L?}-based company said in a statement to the {Australian Securities Exchange|O}.

{Borealis|O}'s board has unanimously recommended the offer, and shareholders holding [[19.6%|p:19.6]] of its stock have agreed to vote in favour, the companies said in a joint statement.

"Lithium prices are now below the cost of production for a third of the industry, which is exactly when you want to be buying," {Kestrel|O} Managing Director {Andrew Fairclough|P} said.

Benchmark spodumene prices have fallen about [[80%|p:80]] since [[late 2022|t:2022]] to around [[$810|m:810:USD]] a ton, according to price reporting agency {Fastmarkets|O}.

{Kestrel|O} will fund the deal with [[A$900 million|m:900e6:AUD]] of new debt and a [[A$450 million|m:450e6:AUD]] share placement at [[A$3.10|m:3.10:AUD]] per share, a [[7.2%|p:7.2]] discount to its last close. {Borealis|O} shares closed at [[C$1.74|m:1.74:CAD]] in {Toronto|L} on [[Tuesday|t:2025-03-18]]. {Macquarie Capital|O} is advising {Kestrel|O}, while {Fenwick & Dale|O} is advising {Borealis|O}.
""", [('Kestrel Minerals', R), ('Borealis Lithium', R), ('Andrew Fairclough', R), ('Fastmarkets', R),
      ('Australian Securities Exchange', O), ('Reuters', O)], publisher='Reuters')

art('own-w12', "Brazil's real hits 18-month high as central bank holds rates at 15%", '2025-11-19', """
{SAO PAULO|L}, [[Nov 19|t:2025-11-19]] ({Reuters|O}) - {Brazil|L}'s {real|A?} strengthened to its firmest level in [[18 months|t?:]] on [[Wednesday|t:2025-11-19]], trading at 5.28 per {U.S.|L?} {dollar|A?}, as investors bet that the central bank will keep interest rates high well into [[2026|t:2026]].

The {Banco Central do Brasil|O} held its benchmark Selic rate at [[15%|p:15]] on [[Nov. 5|t:2025-11-05]], and minutes published on [[Tuesday|t:2025-11-18]] showed policymakers saw no room for cuts "for a prolonged period".

Foreign investors poured [[$4.6 billion|m:4.6e9:USD]] into {Brazilian|L?} stocks in [[October|t:2025-10]], the largest monthly inflow since [[January 2024|t:2024-01]], {B3|O} exchange data showed. The {Bovespa|A} index rose [[0.8%|p:0.8]] to 157,210 points, while the {iShares MSCI Brazil ETF|A} ({EWZ|A}) has gained [[38%|p:38]] [[this year|t?:2025]], {LSEG|O} data showed.

"Carry is king, and {Brazil|L} pays one of the highest real rates in the world," said {Rafael Monteiro|P}, head of emerging markets strategy at {Ouro Verde Asset Management|O} in {Sao Paulo|L}.

State-controlled utility {Companhia Meridional de Energia SA|O} said on [[Tuesday|t:2025-11-18]] it would pay [[R$9.1 billion|m:9.1e9:BRL]] ([[$1.72 billion|m:1.72e9:USD]]) in dividends. Elsewhere in {Latin America|L}, {Mexico|L}'s {peso|A?} eased [[0.3%|p:0.3]] and {Chile|L}'s {peso|A?} rose [[0.5%|p:0.5]] as copper prices climbed on the {London Metal Exchange|O}.
""", [('Banco Central do Brasil', R), ('B3', R), ('LSEG', R), ('Rafael Monteiro', R),
      ('Companhia Meridional de Energia', R), ('Reuters', O), ('Ouro Verde Asset Management', O)],
    publisher='Reuters')
