/**
 * The one vocabulary of what figures measure, shared by the frame builder, the link stage and
 * the rules: measure nouns and the verbs that imply them, the things a figure can be about
 * that are not gazetteer entities (commodities, currencies, indices, rates, macro series),
 * qualifier classes that make two figures different things, and the cues of a figure's role
 * and mode. Compiled once at module load; everything is lower case.
 */

/** When a measure is stated: over a period (revenue, output) or at an instant (a price, a stock level). */
export type TimeType = 'period' | 'instant' | 'none';

export interface MeasureDefinition {
  /** Canonical measure id (`revenue`, `price`, `production`). */
  id: string;
  /** Words and phrases that name it, lower case; a trailing `*` matches any ending. */
  words: readonly string[];
  time: TimeType;
  /** A measure of a company or fund's own business, about the article's main party when no other subject is named. */
  own?: boolean;
}

/** Measures, most specific first (a phrase wins over a word inside it). */
export const MEASURES: readonly MeasureDefinition[] = [
  { id: 'eps', words: ['earnings per share', 'eps', 'per-share earnings', 'per share earnings', 'earnings a share', 'profit per share', 'loss per share'], time: 'period', own: true },
  { id: 'net-interest-income', words: ['net interest income', 'nii'], time: 'period', own: true },
  { id: 'net-interest-margin', words: ['net interest margin', 'nim'], time: 'period', own: true },
  { id: 'operating-income', words: ['operating income', 'operating profit', 'ebit', 'operating earnings', 'operating loss', 'operating losses', 'oper net', 'operating net'], time: 'period', own: true },
  { id: 'ebitda', words: ['ebitda'], time: 'period', own: true },
  { id: 'ffo', words: ['affo', 'ffo', 'adjusted funds from operations', 'funds from operations'], time: 'period', own: true },
  { id: 'operating-expenses', words: ['operating expenses', 'operating costs', 'opex'], time: 'period', own: true },
  { id: 'capex', words: ['capital spending', 'capital expenditure', 'capital expenditures', 'capex'], time: 'period', own: true },
  { id: 'free-cash-flow', words: ['free cash flow'], time: 'period', own: true },
  { id: 'pretax-income', words: ['pretax profit', 'pre-tax profit', 'pretax income', 'pre-tax income', 'profit before tax', 'profit before taxes', 'pretax earnings', 'pre-tax earnings', 'pretax loss', 'pre-tax loss'], time: 'period', own: true },
  { id: 'gross-profit', words: ['gross profit', 'gross profits', 'gross income'], time: 'period', own: true },
  { id: 'net-income', words: ['net income', 'net profit', 'profit', 'profits', 'earnings', 'bottom line', 'net loss', 'net earnings', 'income'], time: 'period', own: true },
  { id: 'arpu', words: ['average revenue per user', 'average revenue per mobile user', 'average revenue per subscriber', 'average revenue per customer', 'average revenue per account', 'revenue per user', 'revenue per subscriber', 'arpu', 'arpus', 'mobile arpu', 'monthly arpu'], time: 'period', own: true },
  { id: 'load-factor', words: ['load factor', 'load factors', 'passenger load factor'], time: 'period', own: true },
  { id: 'revenue', words: ['revenue', 'revenues', 'sales', 'top line', 'turnover', 'net sales', 'total sales'], time: 'period', own: true },
  { id: 'same-store-sales', words: ['same-store sales', 'comparable-store sales', 'comparable sales', 'like-for-like sales', 'same store sales', 'comparable store sales'], time: 'period', own: true },
  { id: 'arr', words: ['annual recurring revenue', 'arr', 'recurring revenue'], time: 'instant', own: true },
  { id: 'gross-margin', words: ['gross margin'], time: 'period', own: true },
  { id: 'operating-margin', words: ['operating margin'], time: 'period', own: true },
  { id: 'margin', words: ['margin', 'margins', 'aisc margin'], time: 'period', own: true },
  { id: 'cost', words: ['all-in sustaining costs', 'all-in sustaining cost', 'aisc', 'cash costs', 'cash cost', 'unit costs', 'costs', 'cost'], time: 'period', own: true },
  { id: 'dividend', words: ['dividend', 'dividends', 'payout'], time: 'period', own: true },
  { id: 'buyback', words: ['buyback', 'buybacks', 'share repurchase', 'repurchases', 'repurchase'], time: 'period', own: true },
  { id: 'provisions', words: ['provisions', 'provision', 'loan-loss provisions', 'provisions for credit losses'], time: 'period', own: true },
  { id: 'charges', words: ['charges', 'charge', 'impairment', 'write-down', 'severance'], time: 'period', own: true },
  { id: 'savings', words: ['savings', 'cost savings', 'synergies'], time: 'period', own: true },
  { id: 'debt', words: ['net debt', 'debt', 'borrowings'], time: 'instant', own: true },
  { id: 'loans', words: ['loans', 'loan book', 'lending', 'loan portfolio', 'loan', 'syndicated loan', 'credits', 'credit facility', 'credit line', 'line of credit', 'facility', 'borrowing', 'bridge loan', 'term loan'], time: 'instant', own: true },
  { id: 'deposits', words: ['deposits'], time: 'instant', own: true },
  { id: 'cash', words: ['cash', 'cash on hand', 'cash and equivalents', 'cash pile'], time: 'instant', own: true },
  { id: 'capital', words: ['regulatory capital', 'shareholders equity', "shareholders' equity", 'stockholders equity', "stockholders' equity", 'net worth', 'capital base', 'tier 1 capital', 'book value', 'common equity tier 1 ratio', 'common equity tier 1', 'cet1 ratio', 'cet1', 'tier 1 ratio', 'capital ratio'], time: 'instant', own: true },
  { id: 'shares-outstanding', words: ['shares outstanding', 'outstanding shares', 'shares on issue', 'shares in issue', 'issued shares', 'share count'], time: 'instant', own: true },
  { id: 'extraordinary-items', words: ['extraordinary gain', 'extraordinary gains', 'extraordinary item', 'extraordinary items', 'extraordinary charge', 'extraordinary loss', 'one-time gain', 'one-time charge', 'gain on the sale', 'gains on the sale', 'gain on sale', 'gains on sale', 'gain from the sale', 'gains from the sale', 'gain from sale', 'gains from sale'], time: 'period', own: true },
  { id: 'taxes', words: ['tax credit', 'tax credits', 'tax charge', 'tax benefit', 'income taxes', 'taxes', 'tax bill', 'tax loss carryforward', 'tax loss carryforwards'], time: 'period', own: true },
  { id: 'contract-value', words: ['contract', 'contract value'], time: 'none', own: true },
  { id: 'fees', words: ['fee', 'fees', 'commission', 'commissions', 'participation fee', 'management fee', 'underwriting fee'], time: 'period', own: true },
  { id: 'denomination', words: ['denomination', 'denominations'], time: 'none' },
  { id: 'liquidity', words: ['assistance', 'money market assistance', 'liquidity injection', 'liquidity', 'injections', 'repo operations', 'open market operations'], time: 'period' },
  { id: 'market-cap', words: ['market capitalisation', 'market capitalization', 'market cap', 'market value', 'capitalisation', 'capitalization'], time: 'instant' },
  { id: 'deal-value', words: ['deal value', 'deal', 'purchase', 'acquisition', 'takeover', 'buyout', 'merger', 'transaction', 'purchase price', 'offer', 'equity value', 'enterprise value', 'bid'], time: 'none', own: true },
  { id: 'proceeds', words: ['proceeds', 'raise', 'offering', 'ipo', 'placement', 'share sale', 'fundraising', 'funding round', 'round', 'bond issue', 'debt issue', 'note issue', 'eurobond issue', 'convertible bond', 'convertible bonds'], time: 'instant', own: true },
  { id: 'aum', words: ['assets under management', 'aum', 'net assets', 'total assets', 'assets'], time: 'instant', own: true },
  { id: 'flow', words: ['net inflows', 'net inflow', 'net outflows', 'net outflow', 'inflows', 'inflow', 'outflows', 'outflow', 'flows', 'flow', 'net flows', 'subscriptions', 'redemptions', 'withdrawals', 'creations'], time: 'period', own: true },
  { id: 'holdings', words: ['holdings', 'holding', 'stake', 'treasury', 'balances', 'balance', 'exchange reserves', 'exchange balances', 'coins held'], time: 'instant', own: true },
  { id: 'reserves', words: ['foreign reserves', 'foreign-exchange reserves', 'fx reserves', 'reserves', 'gold reserves'], time: 'instant' },
  { id: 'inventories', words: ['inventories', 'inventory', 'stocks', 'stockpiles', 'stockpile', 'ending stocks', 'stocks-to-use', 'storage', 'gas in storage', 'working gas in storage', 'gas storage', 'stocks in storage'], time: 'instant' },
  { id: 'production', words: ['production', 'output', 'supply', 'crop', 'harvest', 'mine production'], time: 'period', own: true },
  { id: 'deliveries', words: ['deliveries', 'delivery', 'shipments', 'handovers', 'units delivered', 'vehicles delivered'], time: 'period', own: true },
  // (a backlog is the orders still to fill at an instant, not the orders taken in a period)
  { id: 'backlog', words: ['order backlog', 'backlog', 'backlogs', 'order book', 'orderbook', 'orders on hand', 'unfilled orders'], time: 'instant', own: true },
  { id: 'orders', words: ['orders', 'bookings'], time: 'period', own: true },
  { id: 'openings', words: ['openings', 'store openings', 'new stores'], time: 'period', own: true },
  { id: 'closures', words: ['closures', 'store closures', 'closings'], time: 'period', own: true },
  { id: 'stores', words: ['store count', 'store base', 'stores', 'locations', 'outlets', 'branches', 'restaurants', 'sites', 'shops', 'fleet', 'network', 'footprint', 'pharmacies'], time: 'instant', own: true },
  { id: 'employees', words: ['employees', 'workforce', 'headcount', 'staff', 'employee count', 'workers', 'payroll'], time: 'instant', own: true },
  { id: 'job-cuts', words: ['job cuts', 'layoffs', 'redundancies', 'roles', 'jobs cut'], time: 'period', own: true },
  { id: 'payrolls', words: ['nonfarm payrolls', 'non-farm payrolls', 'payrolls', 'jobs', 'employment', 'hiring'], time: 'period' },
  { id: 'unemployment', words: ['unemployment rate', 'jobless rate', 'unemployment', 'joblessness'], time: 'period' },
  { id: 'jobless-claims', words: ['jobless claims', 'initial claims'], time: 'period' },
  { id: 'wages', words: ['average hourly earnings', 'hourly earnings', 'wages', 'wage growth', 'pay', 'hourly compensation', 'compensation', 'labour costs', 'labor costs', 'unit labour costs', 'unit labor costs'], time: 'period' },
  { id: 'inflation', words: ['consumer price index', 'consumer prices', 'consumer price inflation', 'cpi', 'pce price index', 'pce', 'hicp', 'ppi', 'producer prices', 'inflation rate', 'inflation', 'price index', 'harmonised inflation rate'], time: 'period' },
  { id: 'growth', words: ['gdp growth', 'economic growth', 'gdp', 'gross domestic product', 'growth', 'economy', 'expansion', 'pace', 'annualised gain', 'annualized gain', 'annualised rate', 'annualized rate'], time: 'period' },
  { id: 'current-account', words: ['current account', 'current account deficit', 'current account surplus', 'current-account deficit', 'current-account surplus', 'current account balance'], time: 'period' },
  { id: 'trade-balance', words: ['trade surplus', 'trade deficit', 'trade balance', 'surplus', 'deficit'], time: 'period' },
  { id: 'money-supply', words: ['money supply', 'money stock', 'central bank money stock', 'central bank money', 'm1', 'm2', 'm3', 'broad money', 'narrow money'], time: 'period' },
  { id: 'exports', words: ['exports', 'export', 'shipments abroad', 'overseas shipments', 'exporter'], time: 'period' },
  { id: 'imports', words: ['imports', 'import', 'importer'], time: 'period' },
  { id: 'retail-sales', words: ['retail sales'], time: 'period' },
  { id: 'pmi', words: ['purchasing managers index', "purchasing managers' index", 'pmi'], time: 'period' },
  { id: 'confidence', words: ['consumer confidence', 'business confidence', 'sentiment index', 'sentiment'], time: 'period' },
  { id: 'housing-starts', words: ['housing starts', 'building permits', 'home sales'], time: 'period' },
  { id: 'intervention', words: ['intervention', 'interventions'], time: 'period' },
  { id: 'policy-rate', words: ['bank rate', 'policy rate', 'deposit rate', 'federal funds rate', 'fed funds rate', 'benchmark rate', 'benchmark interest rate', 'key rate', 'cash rate', 'repo rate', 'refinancing rate', 'lending rate', 'prime rate', 'base rate', 'interest rate', 'interest rates', 'target range', 'funds rate'], time: 'instant' },
  { id: 'rate', words: ['mortgage rate', 'mortgage rates', 'freight rate', 'freight rates', 'exchange rate', 'tax rate', 'savings rate', 'rate', 'rates'], time: 'instant' },
  { id: 'yield', words: ['yield', 'yields', 'high yield', 'stop', 'coupon'], time: 'instant' },
  { id: 'spread', words: ['spread', 'premium', 'discount', 'basis', 'differential'], time: 'instant' },
  { id: 'bid-to-cover', words: ['bid-to-cover ratio', 'bid-to-cover'], time: 'instant' },
  { id: 'load-factor', words: ['load factor'], time: 'period', own: true },
  { id: 'combined-ratio', words: ['combined ratio'], time: 'period', own: true },
  { id: 'ratio', words: ['ratio', 'cet1 ratio', 'tier 1 ratio', 'capital ratio'], time: 'instant', own: true },
  { id: 'market-share', words: ['market share'], time: 'period', own: true },
  { id: 'passengers', words: ['passengers', 'passenger numbers', 'traffic', 'travellers', 'travelers'], time: 'period', own: true },
  { id: 'rpk', words: ['revenue passenger kilometres', 'revenue passenger kilometers', 'rpks', 'rpk'], time: 'period', own: true },
  { id: 'capacity', words: ['capacity', 'seats', 'available seat kilometres'], time: 'period', own: true },
  { id: 'utilisation', words: ['refinery utilisation', 'refinery utilization', 'utilisation', 'utilization', 'capacity utilisation'], time: 'period' },
  { id: 'customers', words: ['paying customers', 'customers', 'clients', 'subscribers', 'users', 'members', 'accounts', 'active users', 'active addresses', 'addresses', 'wallets'], time: 'instant', own: true },
  { id: 'volume', words: ['trading volume', 'volume', 'volumes', 'turnover', 'container volumes', 'throughput'], time: 'period', own: true },
  { id: 'open-interest', words: ['open interest'], time: 'instant' },
  { id: 'liquidations', words: ['liquidations', 'liquidated'], time: 'period' },
  { id: 'positions', words: ['net long positions', 'net short positions', 'net long', 'net short', 'long positions', 'short positions', 'positions', 'position'], time: 'instant' },
  { id: 'hashrate', words: ['hashrate', 'hash rate'], time: 'instant' },
  { id: 'tvl', words: ['total value locked', 'tvl'], time: 'instant' },
  { id: 'price', words: ['price', 'prices', 'share price', 'stock price', 'close', 'closing price', 'settlement', 'settle', 'level', 'quote'], time: 'instant' },
  { id: 'index', words: ['index'], time: 'instant' },
  { id: 'chance', words: ['chance', 'probability', 'odds', 'likelihood'], time: 'instant' },
];

/** Verbs that state a measure by themselves ("it produced 412,000 ounces", "we handed over 48,620 cars"). */
export const VERB_MEASURES: Readonly<Record<string, string>> = {
  produced: 'production', produces: 'production', produce: 'production', producing: 'production', pumped: 'production', pumps: 'production', pump: 'production',
  mined: 'production', mines: 'production', manufactured: 'production', harvested: 'production', built: 'production', builds: 'production',
  delivered: 'deliveries', delivers: 'deliveries', deliver: 'deliveries', 'handed over': 'deliveries', shipped: 'deliveries', ships: 'deliveries',
  sold: 'sales-units', selling: 'sales-units', sells: 'sales-units', spent: 'spending', spends: 'spending', spending: 'spending', raised: 'proceeds', raising: 'proceeds', raises: 'proceeds',
  earned: 'net-income', earns: 'net-income', opened: 'openings', opens: 'openings', closed: 'closures', shut: 'closures', shutting: 'closures',
  hired: 'hires', employs: 'employees', employed: 'employees', employ: 'employees', carried: 'passengers', flew: 'passengers', carries: 'passengers',
  'took in': 'flow', 'pulled in': 'flow', attracted: 'flow', absorbed: 'flow', 'drew in': 'flow', 'poured into': 'flow', bled: 'flow', 'pulled out': 'flow',
  'bought back': 'buyback', repurchased: 'buyback', bought: 'purchases', purchased: 'purchases', acquired: 'purchases', holds: 'holdings', held: 'holdings', hold: 'holdings',
  owns: 'holdings', owned: 'holdings', 'booked': 'revenue', generated: 'revenue', 'brought in': 'revenue', 'brings in': 'revenue', 'pulled in revenue': 'revenue',
  exported: 'exports', exports: 'exports', export: 'exports', exporting: 'exports', 'shipped abroad': 'exports',
  imported: 'imports', imports: 'imports', import: 'imports', importing: 'imports',
  borrowed: 'debt', owes: 'debt', owed: 'debt', owe: 'debt', lent: 'loans', added: 'additions', buy: 'purchases', buys: 'purchases', buying: 'purchases', 'dug up': 'production', extracted: 'production',
};

/**
 * Things a figure can be about that the entity gazetteer does not hold (or holds under another
 * name): commodities, currencies and pairs, indices, benchmarks, macro series. Each maps written
 * forms (lower case) to a canonical subject.
 */
export const THINGS: Readonly<Record<string, string>> = {
  gold: 'gold', bullion: 'gold', 'spot gold': 'gold', silver: 'silver', platinum: 'platinum', palladium: 'palladium', copper: 'copper',
  aluminium: 'aluminium', aluminum: 'aluminium', nickel: 'nickel', zinc: 'zinc', tin: 'tin', lead: 'lead', iron: 'iron ore', 'iron ore': 'iron ore', lithium: 'lithium',
  cobalt: 'cobalt', uranium: 'uranium', steel: 'steel', oil: 'oil', crude: 'oil', 'crude oil': 'oil', brent: 'Brent', 'brent crude': 'Brent', wti: 'WTI',
  'west texas intermediate': 'WTI', 'u.s. crude': 'WTI', 'us crude': 'WTI', 'natural gas': 'natural gas', gas: 'natural gas', lng: 'LNG', gasoline: 'gasoline',
  diesel: 'diesel', distillates: 'distillates', distillate: 'distillates', 'heating oil': 'heating oil', coal: 'coal', wheat: 'wheat', corn: 'corn', maize: 'corn',
  soybeans: 'soybeans', soybean: 'soybeans', soy: 'soybeans', 'coarse grains': 'coarse grains', 'coarse grain': 'coarse grains', grains: 'grains', grain: 'grains', 'feed grains': 'coarse grains', oilseeds: 'oilseeds', soymeal: 'soymeal', 'soybean meal': 'soymeal', 'soybean oil': 'soybean oil', sorghum: 'sorghum', sugar: 'sugar', coffee: 'coffee', cocoa: 'cocoa', cotton: 'cotton', rice: 'rice', cattle: 'cattle',
  hogs: 'hogs', 'palm oil': 'palm oil', rubber: 'rubber', lumber: 'lumber', canola: 'canola', barley: 'barley', oats: 'oats',
  dollar: 'US dollar', greenback: 'US dollar', euro: 'euro', 'single currency': 'euro', yen: 'yen', sterling: 'sterling', pound: 'sterling', cable: 'sterling',
  yuan: 'yuan', renminbi: 'yuan', franc: 'Swiss franc', 'swiss franc': 'Swiss franc', 'french franc': 'French franc', 'belgian franc': 'Belgian franc', 'luxembourg franc': 'Belgian franc', rupee: 'rupee', won: 'won', peso: 'peso', real: 'real', rouble: 'rouble', ruble: 'rouble',
  lira: 'lira', rand: 'rand', 'australian dollar': 'Australian dollar', aussie: 'Australian dollar', loonie: 'Canadian dollar', 'canadian dollar': 'Canadian dollar',
  kiwi: 'New Zealand dollar', 'dollar index': 'dollar index', dxy: 'dollar index',
  'eur/usd': 'euro', 'gbp/usd': 'sterling', 'usd/jpy': 'US dollar/yen', 'usd/cny': 'US dollar/yuan', 'usd/chf': 'US dollar/Swiss franc', 'aud/usd': 'Australian dollar', 'eur/gbp': 'euro/sterling',
  bitcoin: 'Bitcoin', btc: 'Bitcoin', ether: 'Ethereum', eth: 'Ethereum', ethereum: 'Ethereum', solana: 'Solana', xrp: 'XRP', 'largest cryptocurrency': 'Bitcoin',
  'biggest cryptocurrency': 'Bitcoin', 'world\'s largest cryptocurrency': 'Bitcoin', stablecoins: 'stablecoins', stablecoin: 'stablecoins', usdt: 'Tether', tether: 'Tether', usdc: 'USD Coin',
  'eth/usdt': 'Ethereum', 'btc/usdt': 'Bitcoin', 'btc/usd': 'Bitcoin', 'eth/usd': 'Ethereum',
  's&p 500': 'S&P 500', 'nasdaq composite': 'Nasdaq Composite', nasdaq: 'Nasdaq Composite', 'dow jones industrial average': 'Dow Jones Industrial Average', dow: 'Dow Jones Industrial Average',
  'ftse 100': 'FTSE 100', dax: 'DAX', 'cac 40': 'CAC 40', nikkei: 'Nikkei 225', 'nikkei 225': 'Nikkei 225', topix: 'Topix', 'hang seng': 'Hang Seng', 'stoxx 600': 'STOXX 600',
  'russell 2000': 'Russell 2000', vix: 'VIX', kospi: 'Kospi', sensex: 'Sensex', 'msci world': 'MSCI World',
  treasuries: 'Treasuries', 'treasury yields': 'Treasuries', gilts: 'gilts', bunds: 'Bunds', bund: 'Bunds', jgbs: 'JGBs',
};

/** Words that refer back to the article's main company or fund (coreference). */
export const PARTY_ANAPHORS = new Set([
  'the company', 'the firm', 'the group', 'the chain', 'the bank', 'the lender', 'the miner', 'the insurer', 'the airline', 'the carrier', 'the retailer',
  'the grocer', 'the automaker', 'the carmaker', 'the maker', 'the manufacturer', 'the producer', 'the brewer', 'the operator', 'the developer', 'the utility',
  'the insurer', 'the fund', 'the trust', 'the etf', 'the issuer', 'the exchange', 'the platform', 'the startup', 'the business', 'the conglomerate',
  'the chipmaker', 'the drugmaker', 'the pharmacy chain', 'the restaurant chain', 'the trucking group', 'the software company', 'the asset manager', 'the lender',
  'the oil major', 'the shipper', 'the railroad', 'the refiner', 'the retailer', 'the bancorp', 'the company\'s', 'it', 'its', 'we', 'our', 'us',
]);

/**
 * Qualifier classes: words that make two figures of one subject and measure different things.
 * `default` is what an unqualified figure is (`headline` inflation, `reported` earnings); a
 * class without one is open (an unqualified figure may be any of them).
 */
export interface QualifierClass {
  id: string;
  /** Written forms (lower case) → the value. */
  values: Readonly<Record<string, string>>;
  default?: string;
}

export const QUALIFIER_CLASSES: readonly QualifierClass[] = [
  {
    id: 'series',
    values: {
      core: 'core', 'supercore': 'supercore', services: 'services', 'services inflation': 'services', goods: 'goods', energy: 'energy', food: 'food',
      'food, alcohol and tobacco': 'food', shelter: 'shelter', headline: 'headline', 'all-items': 'headline', underlying: 'core', trimmed: 'trimmed mean',
    },
    default: 'headline',
  },
  {
    id: 'accounting',
    values: {
      adjusted: 'adjusted', 'non-gaap': 'adjusted', underlying: 'adjusted', 'pro forma': 'adjusted', 'pro-forma': 'adjusted', core: 'adjusted', normalised: 'adjusted',
      normalized: 'adjusted', recurring: 'adjusted', 'excluding items': 'adjusted', 'excluding one-time items': 'adjusted', 'excluding special items': 'adjusted',
      'excluding one-off items': 'adjusted', 'before items': 'adjusted', 'before exceptional items': 'adjusted', 'before one-time items': 'adjusted', 'ex-items': 'adjusted', gaap: 'reported', reported: 'reported', statutory: 'reported', ifrs: 'reported', unadjusted: 'reported',
      organic: 'organic', comparable: 'comparable', 'like-for-like': 'comparable', 'constant-currency': 'constant currency', 'constant currency': 'constant currency',
    },
    default: 'reported',
  },
  { id: 'gross', values: { gross: 'gross', net: 'net' } },
  /** Where sales went: "Domestic sales were 351,260 units and exports 61,120" are two parts of one total. */
  { id: 'market', default: 'all', values: { domestic: 'domestic', 'home-market': 'domestic', 'home market': 'domestic', overseas: 'overseas', foreign: 'overseas', international: 'overseas' } },
  /** A deal's price per share or unit, not written as one ("for $18.00 in cash … for each share"); set by the frame builder. */
  { id: 'basis', values: {}, default: 'total' },
  { id: 'dilution', values: { diluted: 'diluted', 'fully diluted': 'diluted', basic: 'basic', primary: 'basic' } },
  { id: 'class', values: { 'class a': 'A', 'class b': 'B', 'class c': 'C', 'a shares': 'A', 'b shares': 'B', 'non-voting': 'B', 'voting': 'A', preferred: 'preferred', common: 'common' } },
  {
    id: 'contract',
    values: {
      spot: 'spot', futures: 'futures', future: 'futures', forward: 'forward', forwards: 'forward', cash: 'cash', 'three-month': 'three-month', '3-month': 'three-month',
      'front-month': 'front-month', 'front month': 'front-month', 'second-month': 'second-month', 'when-issued': 'when-issued', secondary: 'secondary', 'secondary market': 'secondary',
      auction: 'auction', 'high yield': 'auction', stop: 'auction', perpetual: 'perpetual', options: 'options', physical: 'physical',
    },
  },
  {
    id: 'point',
    default: 'spot',
    values: {
      close: 'close', 'closed at': 'close', closing: 'close', settle: 'close', settled: 'close', settlement: 'close', settling: 'close', 'finished at': 'close', 'ended at': 'close',
      'ended the day at': 'close', 'end of the day': 'close', 'by the close': 'close', open: 'open', opened: 'open', opening: 'open', high: 'high', peak: 'high', 'intraday high': 'high', low: 'low', trough: 'low',
      'intraday low': 'low', intraday: 'intraday', average: 'average', averaged: 'average', averaging: 'average', fixing: 'fix', fix: 'fix', 'record high': 'high',
      'all-time high': 'high', premarket: 'premarket', 'pre-market': 'premarket', 'after-hours': 'after-hours', 'after hours': 'after-hours', 'premarket trading': 'premarket',
    },
  },
  {
    id: 'window',
    default: 'the period',
    values: {
      weekly: 'week', 'on the week': 'week', 'for the week': 'week', 'week-to-date': 'wtd', 'month-to-date': 'mtd', 'month to date': 'mtd', 'so far in': 'mtd', 'so far this month': 'mtd',
      'year-to-date': 'ytd', 'year to date': 'ytd', ytd: 'ytd', 'so far this year': 'ytd', monthly: 'month', 'on the month': 'month', 'month-on-month': 'month', 'month-over-month': 'month',
      'annual': 'year', 'annually': 'year', 'a year': 'year', 'per year': 'year', 'year-on-year': 'year-on-year', 'year-over-year': 'year-on-year', 'from a year earlier': 'year-on-year',
      'than a year earlier': 'year-on-year', 'on the year': 'year-on-year', annualised: 'annualised', annualized: 'annualised', quarterly: 'quarter', 'a quarter': 'quarter', 'in the quarter': 'quarter', 'for the quarter': 'quarter', "the quarter's": 'quarter',
      'in the month': 'month', 'for the month': 'month', "the month's": 'month', "the week's": 'week', 'in the week': 'week', 'for the year': 'year', "the year's": 'year',
      'per quarter': 'quarter', daily: 'day', 'a day': 'day', 'per day': 'day', 'on the day': 'day', '24-hour': 'day', 'in the 24 hours': 'day', 'first-half': 'half', 'first half': 'half', 'six months': 'half', 'six-month': 'half', 'six mths': 'half', 'nine months': 'nine months', 'nine-month': 'nine months', 'nine month': 'nine months', 'nine mths': 'nine months', 'twelve months': 'ttm', '12 months': 'ttm', '12-month': 'ttm',
      'first seven months': 'ytd', 'first six months': 'half', 'full-year': 'year', 'full year': 'year', cumulative: 'cumulative', 'to date': 'cumulative', 'since launch': 'cumulative',
      'all-time': 'cumulative', 'since the start of the year': 'ytd', 'since january': 'ytd', 'since the beginning of the year': 'ytd', 'over the past three months': 'three months', 'past three months': 'three months', 'three-month': 'three months', 'trailing twelve months': 'ttm',
    },
  },
  {
    id: 'vintage',
    default: 'current',
    values: {
      initial: 'initial', initially: 'initial', preliminary: 'initial', flash: 'initial', 'advance estimate': 'initial', 'first estimate': 'initial', 'first reading': 'initial', revised: 'revised', 'revised up': 'revised',
      'revised down': 'revised', 'final estimate': 'final', 'final reading': 'final', unrevised: 'revised', 'second estimate': 'revised', 'third estimate': 'final',
    },
  },
  { id: 'season', values: { 'seasonally adjusted': 'sa', 'not seasonally adjusted': 'nsa', unadjusted: 'nsa' } },
  { id: 'direction', values: { inflows: 'in', inflow: 'in', subscriptions: 'in', creations: 'in', poured: 'in', 'took in': 'in', outflows: 'out', outflow: 'out', redemptions: 'out', withdrawals: 'out', pulled: 'out', withdrawn: 'out', redeemed: 'out', withdrew: 'out' } },
  /** What a board allows, not what was done: "lifted its buyback authorization to 1.5 bln dlrs" beside "bought back 420 mln dlrs". */
  { id: 'mandate', default: 'done', values: { authorization: 'authorised', authorisation: 'authorised', authorized: 'authorised', authorised: 'authorised', program: 'authorised', programme: 'authorised' } },
  { id: 'equity-enterprise', default: 'equity', values: { equity: 'equity', 'equity value': 'equity', enterprise: 'enterprise', 'enterprise value': 'enterprise', 'including debt': 'enterprise', 'including net debt': 'enterprise', 'including its debt': 'enterprise', 'including net debt of': 'enterprise' } },
];

/** Cues that a figure is what others expected (a consensus, a poll), looked for in its clause. */
export const EXPECTED_CUES =
  /\b(?:(?:analysts?|economists?|strategists|traders|investors|markets?|the\s+street|wall\s+street)\b[^.;]{0,60}?\b(?:had\s+|were\s+|was\s+)?(?:expected|expecting|forecast(?:ed|ing)?|estimated|projected|predicted|predict|anticipated|penciled\s+in|pencilled\s+in|looking\s+for|see|sees|target|targets)|consensus|polled|poll|survey(?:ed)?\s+(?:by|of)|median\s+(?:estimate|forecast)|whisper\s+number|had\s+been\s+expected|expectations?\s+(?:of|for)|(?:analysts?['’]?|average|mean|street)\s+(?:[\w-]+\s)?(?:estimates?|forecasts?|projections?)\s+(?:of|for|at))\b/i;
/** Cues of a forward-looking figure: the party's own guidance, targets, plans, forecasts. */
export const GUIDANCE_CUES =
  /\b(?:guidance|guided|guides|outlook|target(?:s|ed|ing)?|plans?\s+to|planned|aims?\s+(?:to|for)|sees|on\s+track\s+(?:for|to)|expects?|expected\s+to|reaffirm(?:ed|s)?|reiterat(?:ed|es)|forecasts?|forecast(?:ed|ing)?|projects?|projected|projection|estimates?\s+that|intends?\s+to)\b|(?<![\p{L}])(?:will|would|shall)(?![\p{L}])/iu;
/** Cues of a figure for an earlier period stated beside the current one. */
export const PREVIOUS_CUES =
  /\b(?:a\s+year\s+(?:earlier|ago|before)|year-(?:earlier|ago)|the\s+(?:previous|prior|preceding)\s+\w+|the\s+\w+\s+before|last\s+year(?:'s)?|a\s+(?:week|month|quarter)\s+(?:earlier|ago|before)|previously|initially\s+reported|originally|before\s+the\s+(?:release|data|decision|announcement|results))\b/i;

/** Demonyms that stand for their country as a figure's owner ("Saudi output", "German exports"). */
export const DEMONYMS: Readonly<Record<string, string>> = {
  american: 'United States', 'u.s.': 'United States', us: 'United States', british: 'United Kingdom', uk: 'United Kingdom', english: 'United Kingdom',
  german: 'Germany', french: 'France', italian: 'Italy', spanish: 'Spain', dutch: 'Netherlands', belgian: 'Belgium', swiss: 'Switzerland',
  austrian: 'Austria', swedish: 'Sweden', norwegian: 'Norway', danish: 'Denmark', finnish: 'Finland', irish: 'Ireland', portuguese: 'Portugal',
  greek: 'Greece', polish: 'Poland', czech: 'Czech Republic', hungarian: 'Hungary', romanian: 'Romania', turkish: 'Turkey', russian: 'Russia',
  ukrainian: 'Ukraine', chinese: 'China', japanese: 'Japan', korean: 'South Korea', 'south korean': 'South Korea', indian: 'India',
  indonesian: 'Indonesia', malaysian: 'Malaysia', thai: 'Thailand', vietnamese: 'Vietnam', philippine: 'Philippines', filipino: 'Philippines',
  singaporean: 'Singapore', taiwanese: 'Taiwan', australian: 'Australia', 'new zealand': 'New Zealand', canadian: 'Canada', mexican: 'Mexico',
  brazilian: 'Brazil', argentine: 'Argentina', argentinian: 'Argentina', chilean: 'Chile', peruvian: 'Peru', colombian: 'Colombia',
  venezuelan: 'Venezuela', saudi: 'Saudi Arabia', emirati: 'United Arab Emirates', qatari: 'Qatar', kuwaiti: 'Kuwait', iraqi: 'Iraq',
  iranian: 'Iran', israeli: 'Israel', egyptian: 'Egypt', nigerian: 'Nigeria', libyan: 'Libya', algerian: 'Algeria', angolan: 'Angola',
  'south african': 'South Africa', kenyan: 'Kenya', moroccan: 'Morocco', kazakh: 'Kazakhstan', pakistani: 'Pakistan', bangladeshi: 'Bangladesh',
  'euro zone': 'Euro zone', 'euro-zone': 'Euro zone', eurozone: 'Euro zone', 'euro area': 'Euro zone', european: 'European Union',
};
