# Held-out articles for extraction-heldout.jsonl (built by build_extraction_own.py --heldout).
# Same markup and conventions as extraction_own_data.py. Written after the extractor work of
# this round and committed before claimscan was run on them: nothing was tuned on these.

ARTICLES = []


def art(id, title, published, text, sources, publisher=None):
    ARTICLES.append(dict(id=id, title=title, published=published, text=text.strip(),
                         sources=sources, publisher=publisher))


R, O = False, True

art('held-a01', 'Solana ETFs Pull In $421 Million in First Week as SOL Tests $200 Resistance', '2025-10-30', """
{U.S.|L?} spot {Solana|A} exchange-traded funds attracted [[$421 million|m:421e6:USD]] in net inflows during their first [[five trading days|t?:]], data from {SoSoValue|O} shows, the strongest debut for any {altcoin|A?} product since the {Ether|A} funds of [[July 2024|t:2024-07]]. The {Bitwise Solana Staking ETF|A} ({BSOL|A}) took the lion's share with [[$346 million|m:346e6:USD]], while {Grayscale|O}'s {Solana Trust|A} ({GSOL|A}) added [[$52.8 million|m:52.8e6:USD]].

As of [[October 30, 2025, at 8:00 AM EDT|t:2025-10-30T08:00-04:00]], {SOL|A} changed hands at [[$194.75|m:194.75:USD]] on {Kraken|O}, up [[4.2%|p:4.2]] over [[the past week|t?:]] but still about [[24%|p:24]] below its [[January|t:2025-01]] peak. Open interest in {SOL|A} futures climbed to [[$10.9 billion|m:10.9e9:USD]], as reported by {The Block|O}, citing figures from {Coinalyze|O}.

"Staking yield inside an ETF wrapper is a genuinely new product for advisers," said {Mireille Dutasta|P}, a digital asset strategist at {Corvin & Hale|O}. She expects cumulative inflows to reach [[$1 billion|m:1e9:USD]] by the end of [[the year|t?:2025]].

On-chain activity tells a similar story. {Solana|A} processed 3.1 billion transactions in [[October|t:2025-10]], according to {Artemis|O}, and decentralized exchange volume on the network hit [[$128 billion|m:128e9:USD]], second only to {Ethereum|A}. Meanwhile, {Bitcoin|A} ({BTC|A}) slipped [[1.1%|p:1.1]] to [[$110,400|m:110400:USD]] after {Federal Reserve|O} Chair {Jerome Powell|P} said on [[Wednesday|t:2025-10-29]] that a [[December|t:2025-12]] rate cut was "not a foregone conclusion."
""", [('SoSoValue', R), ('The Block', R), ('Coinalyze', R), ('Mireille Dutasta', R), ('Artemis', R), ('Jerome Powell', R),
      ('Corvin & Hale', O), ('Kraken', O)])

art('held-a02', 'Nvidia Beats Again With $57 Billion Quarter: Why AI Tokens Are Rallying', '2025-11-20', """
{Nvidia|O} ({NVDA|A}) reported third-quarter revenue of [[$57.0 billion|m:57.0e9:USD]] on [[Wednesday|t:2025-11-19]], up [[62%|p:62]] from [[a year earlier|t?:]] and above the [[$54.9 billion|m:54.9e9:USD]] that analysts expected, according to {LSEG|O} estimates. Data center sales rose to [[$51.2 billion|m:51.2e9:USD]], the chipmaker said in its earnings release.

Chief Executive {Jensen Huang|P} told investors on a conference call that demand for the company's {Blackwell|A?} systems was "off the charts." {Nvidia|O} guided fourth-quarter revenue to about [[$65 billion|m:65e9:USD]], plus or minus [[2%|p:2]], well ahead of the [[$61.7 billion|m:61.7e9:USD]] consensus compiled by {FactSet|O}.

{NVDA|A} shares rose [[5.1%|p:5.1]] to [[$196.30|m:196.3:USD]] in extended trading, lifting futures on the {Nasdaq 100|A} by [[1.4%|p:1.4]]. The stock has gained [[46%|p:46]] [[this year|t?:2025]], according to {Yahoo Finance|O}.

For crypto traders, the print revived AI-linked tokens. {Bittensor|A} ({TAO|A}) jumped [[9.7%|p:9.7]] to [[$338|m:338:USD]], and {Render|A} ({RENDER|A}) climbed [[7.3%|p:7.3]], data from {CoinMarketCap|O} show. {Bitcoin|A} recovered to [[$91,800|m:91800:USD]] on {Binance|O} at [[10:00 PM UTC|t?:2025-11-19T22:00+00:00]] on [[November 19|t:2025-11-19]], still [[27%|p:27]] below its [[October|t:2025-10]] record, while {CoinGlass|O} data showed [[$318 million|m:318e6:USD]] of short liquidations in [[four hours|t?:]].
""", [('LSEG', R), ('Nvidia', R), ('Jensen Huang', R), ('FactSet', R), ('Yahoo Finance', R), ('CoinMarketCap', R),
      ('CoinGlass', R), ('Binance', O)])

art('held-a03', 'Silver Smashes $60 While Copper Hits Record on LME: Metals Rally Spills Into Crypto', '2025-12-15', """
Spot {silver|A?} rose as high as [[$64.15|m:64.15:USD]] an ounce on [[Monday|t:2025-12-15]], a record, extending its gain for [[2025|t:2025]] to more than [[115%|p:115]], while benchmark copper on the {London Metal Exchange|O} touched [[$11,952|m:11952:USD]] a metric ton. {COMEX|O} {silver|A?} futures for [[March|t?:2026-03]] delivery settled up [[3.4%|p:3.4]] at [[$64.42|m:64.42:USD]].

Physical tightness is driving the move. Inventories in {LME|O}-registered warehouses fell to 134,700 tons, the lowest since [[July|t:2025-07]], exchange data showed, and {Chile|L}'s state copper company {Codelco|O} said on [[Friday|t:2025-12-12]] that output at its {El Teniente|L?} mine would stay curtailed into [[the first quarter|t?:2026]]. {Kitco News|O} reported that retail bullion dealers in {Shanghai|L} were charging a premium of [[$1.80|m:1.80:USD]] an ounce over {London|L} prices.

"{Silver|A?} has both the monetary bid and the solar demand story, and supply simply cannot respond that fast," said {Olufemi Adeyinka|P}, head of metals research at {Brightwater Commodities|O}.

Crypto markets took note. {Bitcoin|A} ({BTC|A}) traded at [[$89,300|m:89300:USD]] at [[12:00 PM EST|t?:2025-12-15T12:00-05:00]], down [[1.8%|p:1.8]] on the day, while tokenized {gold|A?} {PAX Gold|A} ({PAXG|A}) hit a market value of [[$1.6 billion|m:1.6e9:USD]], per {CoinGecko|O}. The {Bitcoin|A}-to-{gold|A?} ratio has fallen [[38%|p:38]] since [[August|t:2025-08]].
""", [('Codelco', R), ('Kitco News', R), ('Olufemi Adeyinka', R), ('CoinGecko', R), ('London Metal Exchange', O),
      ('Brightwater Commodities', O)])

art('held-a04', 'Bank of Japan Raises Rates to 0.5%: Yen Jumps, Bitcoin Slides', '2025-01-24', """
The {Bank of Japan|O} raised its short-term policy rate to [[0.5%|p:0.5]] from [[0.25%|p:0.25]] on [[Friday|t:2025-01-24]], the highest level in [[17 years|t?:]], and said underlying inflation was moving toward its [[2%|p:2]] target. Governor {Kazuo Ueda|P} told a news conference in {Tokyo|L} that the bank would keep raising rates "if the outlook is realized."

The {yen|A?} strengthened [[0.7%|p:0.7]] to [[155.05|m?:155.05:JPY]] per {dollar|A?}, and the yield on 10-year {Japanese|L?} government bonds rose to [[1.23%|p:1.23]]. The {Nikkei 225|A} closed [[0.1%|p:0.1]] lower at 39,931.98. The core consumer price index rose [[3.0%|p:3.0]] in [[December|t:2024-12]] from [[a year earlier|t?:]], data from {Japan|L}'s {Ministry of Internal Affairs and Communications|O} showed on the same day.

Carry-trade fears hit crypto. {Bitcoin|A} fell [[2.6%|p:2.6]] to [[$102,100|m:102100:USD]] on {Bitflyer|O}, the largest {Japanese|L?} exchange by volume, while {XRP|A} dropped [[4.4%|p:4.4]]. "Every hike is a reminder that cheap {yen|A?} funding is not permanent," {Hana Kuroki|P}, a macro strategist at {Sakuragawa Securities|O}, wrote in a note. {Metaplanet|O} ({3350.T|A}), which holds [[1,762 {BTC|A?}|m:1762:BTC]], fell [[6.9%|p:6.9]] in {Tokyo|L} trading, per {Nikkei Asia|O}.
""", [('Bank of Japan', R), ('Kazuo Ueda', R), ('Ministry of Internal Affairs and Communications', R), ('Hana Kuroki', R),
      ('Nikkei Asia', R), ('Sakuragawa Securities', O), ('Bitflyer', O)])

art('held-a05', 'Lumenar Robotics Q2 Revenue Soars 41%; Stock Jumps on Raised Outlook', '2025-08-07', """
{Lumenar Robotics Corp.|O} ({NYSE|O}: {LMRB|A}) posted second-quarter revenue of [[$1.27 billion|m:1.27e9:USD]], up [[41%|p:41]] year-over-year, the company said in its earnings release on [[Wednesday|t:2025-08-06]]. Net income climbed to [[$184 million|m:184e6:USD]], or [[$1.12|m:1.12:USD]] per diluted share, from [[$96 million|m:96e6:USD]] in the prior-year period. Analysts had expected earnings of [[94 cents|m:0.94:USD]] a share, according to {Zacks Investment Research|O}.

The {Pittsburgh|L?}-based maker of warehouse robots raised its full-year revenue forecast to between [[$5.1 billion and $5.3 billion|m:5.1e9:USD]], from [[$4.8 billion|m:4.8e9:USD]] previously. "Every major retailer we talk to is trying to automate its distribution network before the next holiday season," Chief Executive {Teodora Vasquez-Lind|P} said on a call with analysts. Chief Financial Officer {Gareth Omondi|P} said orders backlog stood at [[$6.4 billion|m:6.4e9:USD]] at the end of [[June|t:2025-06]].

{LMRB|A} stock rose [[12.6%|p:12.6]] to [[$88.40|m:88.4:USD]] in premarket trading. {Lumenar|O}'s largest customer, {Cargomax|O}, accounts for roughly [[18%|p:18]] of sales, a regulatory filing shows.

Crypto investors watching the robotics trade bid up {Fetch.ai|A} ({FET|A}), which rose [[5.5%|p:5.5]], while {Ethereum|A} ({ETH|A}) traded at [[$3,690|m:3690:USD]] on {Coinbase|O} at [[9:15 AM EDT|t?:2025-08-07T09:15-04:00]], according to {TradingView|O}.
""", [('Lumenar Robotics', R), ('Zacks Investment Research', R), ('Teodora Vasquez-Lind', R), ('Gareth Omondi', R),
      ('TradingView', R), ('Coinbase', O)])

art('held-a06', 'Arkwright & Sloane to Acquire Crypto Exchange Ventra for $2.3 Billion', '2025-04-15', """
Brokerage group {Arkwright & Sloane Inc.|O} ({ASLN|A}) will buy {Ventra Exchange|O}, a {Singapore|L?}-based crypto trading platform, for [[$2.3 billion|m:2.3e9:USD]] in cash and stock, the two firms said in a joint press release on [[Monday|t:2025-04-14]]. {Ventra|O} shareholders will receive [[$18.60|m:18.6:USD]] per share, a [[29%|p:29]] premium to the closing price on [[April 11|t:2025-04-11]].

The deal gives {Arkwright & Sloane|O} a licensed exchange in {Singapore|L} and {Dubai|L} and about 4.8 million retail accounts. {Ventra|O} handled [[$412 billion|m:412e9:USD]] of spot trading volume in [[2024|t:2024]], up [[64%|p:64]] from [[2023|t:2023]], according to {Kaiko|O} data. It holds customer assets of roughly [[31,000 {BTC|A?}|m:31000:BTC]] and [[420,000 {ETH|A?}|m:420000:ETH]].

"We were spending more to build this than it would cost to buy the best team in {Asia|L}," {Arkwright & Sloane|O} CEO {Desmond Achterberg|P} told {CNBC|O} in an interview. {Ventra|O} co-founder {Lin Yuhan|P} will run the combined digital asset unit. The transaction needs approval from the {Monetary Authority of Singapore|O} and is expected to close in [[the third quarter|t?:2025]].

{Arkwright & Sloane|O} shares fell [[4.3%|p:4.3]] in {New York|L}. {Bitcoin|A} was trading at [[$84,700|m:84700:USD]], down [[0.9%|p:0.9]] over [[24 hours|t?:]], while {Ventra|O}'s native token {VTX|A} surged [[38%|p:38]], {CoinGecko|O} data showed.
""", [('Arkwright & Sloane', R), ('Ventra Exchange', R), ('Kaiko', R), ('Desmond Achterberg', R), ('CoinGecko', R)])

art('held-w01', 'Halberd Bancorp profit beats estimates as deposit costs ease', '2025-10-17', """
[[Oct 17|t:2025-10-17]] ({Reuters|O}) - {Halberd Bancorp Inc|O} ({HLBD.N|A}) reported a [[22%|p:22]] rise in third-quarter profit on [[Friday|t:2025-10-17]], beating analysts' estimates, as the regional lender paid less to hold deposits and loan demand picked up in the {Midwest|L}.

Net income rose to [[$318 million|m:318e6:USD]], or [[$2.04|m:2.04:USD]] per share, in the three months ended [[Sept. 30|t:2025-09-30]], from [[$261 million|m:261e6:USD]], or [[$1.66|m:1.66:USD]] per share, [[a year earlier|t?:]]. Analysts on average had expected [[$1.88|m:1.88:USD]] per share, according to data compiled by {LSEG|O}.

Net interest income, the difference between what a bank earns on loans and pays on deposits, increased [[9%|p:9]] to [[$1.14 billion|m:1.14e9:USD]]. The {Columbus|L?}, {Ohio|L?}-based bank said its cost of deposits fell to [[2.21%|p:2.21]] from [[2.48%|p:2.48]] in [[the second quarter|t?:2025]].

"We are seeing commercial clients draw on credit lines again for the first time in two years," Chief Financial Officer {Renata Szabo|P} told analysts on a conference call. Chief Executive {Paul Whitlock|P} told {CNBC|O} the bank would consider acquisitions "if the price is right."

Shares of {Halberd|O} rose [[5.8%|p:5.8]] to [[$47.36|m:47.36:USD]] in morning trading, outpacing a [[1.2%|p:1.2]] gain in the {KBW Regional Banking Index|A}. The lender set aside [[$74 million|m:74e6:USD]] for credit losses, according to a regulatory filing, up from [[$58 million|m:58e6:USD]].

(Reporting by {Nate Oduya|P?} in {New York|L?}; Editing by {Anil D'Souza|P?})
""", [('Halberd Bancorp', R), ('LSEG', R), ('Renata Szabo', R), ('Paul Whitlock', R), ('Reuters', O)],
    publisher='Reuters')

art('held-w02', 'Euro zone inflation edges up to 2.1% in August, services ease', '2025-09-01', """
{FRANKFURT|L}, [[Sept 1|t:2025-09-01]] ({Reuters|O}) - Inflation in the 20 countries sharing the {euro|A?} rose to [[2.1%|p:2.1]] in [[August|t:2025-08]] from [[2.0%|p:2.0]] in [[July|t:2025-07]], flash data from {Eurostat|O} showed on [[Monday|t:2025-09-01]], a touch above the central bank's target but below the [[2.2%|p:2.2]] some economists had feared.

Services inflation, closely watched by the {European Central Bank|O}, eased to [[3.1%|p:3.1]] from [[3.2%|p:3.2]], while energy prices fell [[2.0%|p:2.0]] on the year. Core inflation held at [[2.3%|p:2.3]], the {European Union|O}'s statistics office said.

National figures published [[last week|t?:]] pointed the same way. Consumer prices in {Italy|L} rose [[1.7%|p:1.7]], according to preliminary figures from statistics institute {ISTAT|O}, while {Spain|L}'s {INE|O} reported a rate of [[2.7%|p:2.7]].

"There is nothing here that would push the {ECB|O} to move in [[September|t:2025-09]]," said {Dorothea Lang|P}, chief {euro zone|L?} economist at {Wexford & Kline|O} in {London|L}. {Bundesbank|O} President {Joachim Nagel|P} told the {Financial Times|O} [[last week|t?:]] that rates were "in a good place."

The {euro|A?} was little changed at [[$1.1702|m:1.1702:USD]], and {Germany|L}'s 10-year {Bund|A?} yield rose 3 basis points to [[2.75%|p:2.75]]. The unemployment rate in the {euro zone|L?} held at [[6.2%|p:6.2]] in [[July|t:2025-07]], {Eurostat|O} said in a separate release.
""", [('Eurostat', R), ('ISTAT', R), ('INE', R), ('Dorothea Lang', R), ('Joachim Nagel', R), ('Wexford & Kline', O), ('European Union', O), ('Reuters', O)],
    publisher='Reuters')

art('held-w03', 'Tanker rates jump as Fjordline fleet fully booked; Kpler sees record Asian crude imports', '2025-06-20', """
{OSLO|L}, [[June 20|t:2025-06-20]] ({Reuters|O}) - Rates for very large crude carriers on the benchmark {Middle East|L?}-to-{China|L?} route rose to about [[$58,000|m:58000:USD]] a day on [[Thursday|t:2025-06-19]], the highest in [[14 months|t?:]], after a spike in {Asian|L?} buying and security fears in the {Strait of Hormuz|L}.

{Fjordline Tankers ASA|O} ({FJORD.OL|A}), which operates 42 supertankers, said its fleet was fully booked for [[July|t:2025-07]] at an average of [[$51,500|m:51500:USD]] a day, up [[37%|p:37]] from [[the second quarter|t?:2025]]. The {Norwegian|L?} shipping group said in a stock exchange statement that it would pay a quarterly dividend of [[2.40 crowns|m:2.40:NOK]] a share.

Seaborne crude imports into {Asia|L} are set to reach 28.3 million barrels per day in [[June|t:2025-06]], a record, ship-tracking data from {Kpler|O} showed. {China|L} alone will take 11.6 million bpd, according to {Vortexa|O}.

"Owners have pricing power for the first time since [[2022|t:2022]]," said {Ingrid Solbakken|P}, a shipping analyst at {Pareto Securities|O} in {Oslo|L}.

{Brent|A} crude futures rose [[0.8%|p:0.8]] to [[$77.46|m:77.46:USD]] a barrel by [[1100 GMT|t?:2025-06-20T11:00+00:00]]. Shares in {Fjordline|O} have climbed [[44%|p:44]] [[this year|t?:2025]], giving the company a market value of [[31 billion {Norwegian|L?} crowns|m:31e9:NOK]] ([[$3.1 billion|m:3.1e9:USD]]).

(Reporting by {Gwladys Fouche|P?}; Editing by {Jan Harvey|P?})
""", [('Fjordline Tankers', R), ('Kpler', R), ('Vortexa', R), ('Ingrid Solbakken', R), ('Pareto Securities', O), ('Reuters', O)],
    publisher='Reuters')

art('held-w04', 'Zhenhai Semiconductor flags profit jump on AI chip orders, shares surge', '2025-03-27', """
{HONG KONG|L}, [[March 27|t:2025-03-27]] ({Reuters|O}) - {Hong Kong|L?}-listed {Zhenhai Semiconductor Ltd|O} ({0981.HK|A}) expects first-quarter net profit to more than double as orders for artificial intelligence chips surge, the company said in a stock exchange filing on [[Thursday|t:2025-03-27]].

Profit for the three months to [[March 31|t:2025-03-31]] is expected to be between [[1.9 billion yuan and 2.1 billion yuan|m:1.9e9:CNY]] ([[$262 million|m:262e6:USD]]), compared with [[870 million yuan|m:870e6:CNY]] [[a year earlier|t?:]], the {Shanghai|L?}-based chipmaker said.

Its shares jumped [[16.4%|p:16.4]] to [[HK$48.70|m:48.70:HKD]], their biggest one-day gain since [[November 2022|t:2022-11]], while the {Hang Seng Index|A} rose [[0.6%|p:0.6]].

"Domestic customers are replacing imported chips much faster than we expected," Chief Executive {Zhou Minghao|P} told {Reuters|O} in an interview. He said capacity utilisation had reached [[96%|p:96]].

{Zhenhai|O} supplies chips to {Chinese|L?} server makers and smartphone brands, including {Hanxing Mobile|O}, which shipped 14.2 million phones in [[the fourth quarter|t?:2024]], according to market researcher {Counterpoint Research|O}.

{Taiwan|L}'s {TSMC|O} ({2330.TW|A}) said [[last month|t?:]] it expected AI-related revenue to double in [[2025|t:2025]]. Analysts at {Morgan Stanley|O} raised their price target on {Zhenhai|O} to [[HK$62|m:62:HKD]] from [[HK$45|m:45:HKD]].
""", [('Zhenhai Semiconductor', R), ('Zhou Minghao', R), ('Counterpoint Research', R), ('TSMC', R), ('Morgan Stanley', R),
      ('Reuters', O)], publisher='Reuters')

art('held-w05', 'Marlow & Finch sales slip as UK shoppers cut back in April', '2025-05-16', """
{LONDON|L}, [[May 16|t:2025-05-16]] ({Reuters|O}) - {British|L?} clothing and homeware retailer {Marlow & Finch plc|O} ({MFP.L|A}) reported a [[1.9%|p:1.9]] fall in like-for-like sales for the [[eight weeks|t?:]] to [[May 10|t:2025-05-10]] on [[Friday|t:2025-05-16]], blaming a cold start to spring and weaker household budgets.

The retailer said full-year pretax profit would be at the lower end of its guidance range of [[£205 million to £225 million|m:205e6:GBP]]. Its shares fell [[7.4%|p:7.4]] to [[318 pence|m:3.18:GBP]] by [[0815 GMT|t?:2025-05-16T08:15+00:00]], the biggest faller on the {FTSE 250|A}.

Official data published by the {Office for National Statistics|O} on [[Friday|t:2025-05-16]] showed {British|L?} retail sales volumes fell [[0.5%|p:0.5]] in [[April|t:2025-04]] from [[March|t:2025-03]]. A separate survey by the {British Retail Consortium|O} and {KPMG|O} found total spending rose just [[1.1%|p:1.1]] year-on-year.

"[[April|t:2025-04]] was tough across the high street, and we are not immune," {Marlow & Finch|O} Chief Executive {Siobhan Carrick|P} said in a statement. Finance chief {Tom Ashby|P} told reporters the company would cut [[£30 million|m:30e6:GBP]] of costs by closing 14 stores.

Analysts at {Peel Hunt|O} cut their target price to [[360p|m:3.60:GBP]] from [[410p|m:4.10:GBP]]. The {Bank of England|O}, which cut rates to [[4.25%|p:4.25]] on [[May 8|t:2025-05-08]], is due to publish its next forecasts in [[August|t:2025-08]].
""", [('Marlow & Finch', R), ('Office for National Statistics', R), ('British Retail Consortium', R), ('KPMG', R),
      ('Siobhan Carrick', R), ('Tom Ashby', R), ('Peel Hunt', R), ('Reuters', O)], publisher='Reuters')

art('held-w06', 'Arabica futures tumble as Brazil crop outlook improves', '2025-02-05', """
{SAO PAULO|L}, [[Feb 5|t:2025-02-05]] ({Reuters|O}) - Arabica coffee futures fell more than [[4%|p:4]] on [[Wednesday|t:2025-02-05]], pulling back from record highs, after {Brazil|L}'s government crop agency {Conab|O} raised its estimate for the country's [[2025|t:2025]] harvest.

[[March|t?:2025-03]] arabica on {ICE Futures U.S.|O} settled down [[17.45 cents|m:0.1745:USD]], or [[4.3%|p:4.3]], at [[$3.8905|m:3.8905:USD]] per lb. {Robusta|A?} for [[March|t?:2025-03]] delivery on {ICE Futures Europe|O} fell [[2.6%|p:2.6]] to [[$5,412|m:5412:USD]] a ton.

{Conab|O} now forecasts a crop of 51.8 million 60-kg bags, up from 50.2 million in its [[December|t:2024-12]] estimate. {Brazil|L}'s coffee exports fell [[11%|p:11]] in [[January|t:2025-01]] from [[a year earlier|t?:]] to 3.9 million bags, data from exporters group {Cecafe|O} showed.

"The trees look much better than they did in [[October|t:2024-10]], and the market is finally pricing that in," said {Rodrigo Bastos Leme|P}, a broker at {Cafeeira Mineira|O} in {Varginha|L}. {Cooperativa Serra Alta|O}, one of the country's largest growers' cooperatives, told {Bloomberg|O} it expected yields to rise [[8%|p:8]].

Roaster {Hollis Bean Co|O} said [[last week|t?:]] it would raise retail prices in the {United States|L} by [[15%|p:15]] from [[March 1|t:2025-03-01]], the third increase in [[12 months|t?:]].
""", [('Conab', R), ('Cecafe', R), ('Rodrigo Bastos Leme', R), ('Cooperativa Serra Alta', R), ('Hollis Bean', R),
      ('Cafeeira Mineira', O), ('Reuters', O)], publisher='Reuters')
