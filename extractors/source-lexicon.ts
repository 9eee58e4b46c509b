/**
 * Word lists of the `sources` extractor: attribution cues, vague heads, titles, and a small
 * gazetteer of the publications and data providers finance news quotes. Built once, at
 * module load. Words are compared lower-case.
 */
import { LEXICON } from './lexicon.js';
import type { SourceKind } from '../pipeline/types.js';

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/**
 * Reporting verbs that make the noun phrase before them (or, inverted, after them) a source:
 * `CoinShares said`, `said Jane Doe`. Strong verbs accept any name as subject.
 */
export const STRONG_VERBS = words(`
  said says say told tells tell wrote writes write noted notes added adds stated
  explained explains estimated estimates estimate predicted predicts predict forecast forecasts
  projected projects expects expected expect believes believe believed warned warns warn
  argued argues argue cautioned cautions commented comments claimed claims observed observes
  announced announces disclosed discloses confirmed confirms reported reports report tweeted
  mentioned mentions emphasized emphasised emphasizes emphasises stressed stresses
  acknowledged acknowledges admitted admits insisted insists contended contends asserted asserts
  remarked remarks reckons reckoned anticipates anticipated anticipate calculated calculates
  tallied blamed attributed attributes concluded concludes note add explain observe comment
  caution stress stresses emphasize emphasise acknowledge insist contend assert remark reckon
  reiterated reiterates reiterate conclude blame attribute described describes criticized criticised
  criticizes urged urges responded responds replied replies denied denies conceded concedes
  countered counters recalled recalls complained complains questioned testified declared declares
  pledged vowed promised cautioned
`);

/**
 * Verbs that attribute only when their subject is a source-like thing (data, a report, a
 * known data provider, a person): `Glassnode data shows`, but not `Bitcoin showed resilience`.
 */
export const WEAK_VERBS = words(`
  show shows showed shown indicate indicates indicated suggest suggests suggested reveal reveals
  revealed find finds found highlight highlights highlighted point points pointed flagged flags
  spotted spots identified detected counted counts tallied tracked logged recorded
  called calls
`);

/** Weak verbs that need a particle to attribute (`point to`, `pointed out`). */
export const PARTICLE_VERBS = words('point points pointed');

/** Participles and nouns that introduce a source after `by`/`from`: `data compiled by X`. */
export const BY_CUES = words(`
  reported compiled shared published released provided polled surveyed tracked cited calculated
  estimated gathered collected aggregated flagged spotted noted highlighted issued prepared
  sourced quoted cited conducted commissioned
`);

/** Nouns for documents and data: `data from X`, `a report by X`, `X's filing showed`. */
export const DOC_NOUNS = words(`
  data figures numbers statistics stats estimates estimate report reports research analysis
  analyses note notes statement statements survey surveys study studies filing filings
  documents document release releases tally tallies calculations metrics dashboard chart
  charts index tracker analytics newsletter post posts tweet tweets letter memo commentary
  insights poll polls records record disclosures disclosure update updates findings review
  presentation transcript data-set dataset forecast forecasts projection projections
  tool monitor gauge terminal indicator heatmap assessment assessments readings quotes
  pricing quotations calculation compilation compilations tabulation tabulations
`);

/** Organisation nouns that an anaphor uses: `the company said`, `the Cleveland-based lender said`. */
export const ORG_ANAPHORS = words(`
  company firm bank lender fund exchange group issuer manager insurer miner platform provider
  operator startup agency ministry department regulator trust producer maker chipmaker
  automaker retailer carrier airline conglomerate broker brokerage outlet publication newspaper
  newsletter tracker government central-bank council board commission authority institute
  association administration office bureau committee foundation organisation organization
  corporation daily paper magazine broadcaster weekly tabloid co-operative cooperative co-op
  union federation planter recruiter refiner smelter shipper utility developer house
`);

/** Document nouns that an anaphor uses: `the report noted`, `according to the filing`. */
export const DOC_ANAPHORS = words('report filing statement survey study note release document letter memo analysis research update');

/**
 * Heads of vague attributions: people, groups and data that name no one (`analysts say`,
 * `industry researchers point to`, `data shows`, `market watchers`).
 */
export const VAGUE_HEADS = words(`
  analyst analysts expert experts observer observers watcher watchers trader traders investor
  investors participant participants researcher researchers strategist strategists economist
  economists commentator commentators insider insiders source sources people person official
  officials executive executives banker bankers dealer dealers broker brokers critic critics
  proponent proponents advocate advocates skeptic skeptics sceptic sceptics bull bulls bear
  bears community members users developers veterans pundits specialists voices players whales onlookers
  followers watchdogs reports report data figures numbers statistics stats estimates research
  studies study surveys survey polls metrics analysis analyses indicators someone anyone others
  some many most several few forecasters media press
  outlets sites estimate consensus forecasts projections spokesman spokeswoman spokesperson
  spokespeople representative representatives
`);

/** Heads naming people (`U.S. officials`, `JPMorgan analysts`): never part of a name. */
export const PEOPLE_HEADS = words(`
  analyst analysts expert experts observer observers watchers traders investors participants
  researchers strategists economists commentators insiders sources source people officials official
  executives bankers dealers brokers critics proponents advocates spokesman spokeswoman spokesperson
  spokespeople representative representatives lawmakers regulators leaders members users developers
`);

/** Multi-word vague attributions, matched on the phrase after the cue or before the verb. */
export const VAGUE_PHRASES: readonly RegExp[] = [
  /\b(?:a |one |two |three |several )?(?:person|people|sources?|individuals?|those) (?:familiar|close|with (?:direct )?knowledge|briefed|aware)\b/i,
  /\bpeople (?:who|that) (?:asked|declined|spoke)\b/i,
];

/** Determiners and possessives that may open a noun phrase. */
export const DETERMINERS = words('the a an this that these those its their his her our your my some one several many most other another');

/** Pronouns a source can be, and what they refer to. */
export const PRONOUNS: ReadonlyMap<string, 'person' | 'org' | 'plural'> = new Map([
  ['he', 'person'], ['she', 'person'], ['his', 'person'], ['her', 'person'],
  ['it', 'org'], ['its', 'org'],
  ['they', 'plural'], ['their', 'plural'],
]);

/** Words between a subject and its verb that keep the attribution: `BlackRock also said`. */
export const ADVERBS = words(`
  also recently previously earlier separately further later subsequently publicly reportedly
  has have had would will could may might did does do already still once again initially
  originally officially formally repeatedly further similarly likewise then now today
`);

/** Forms of `be`: a reporting verb after them is passive (`is expected to`), not a source. */
export const BE_FORMS = words('is are was were be been being');

/** Words that stop a backward noun-phrase scan (clause boundaries). */
export const CLAUSE_WORDS = words(`
  that which who whom whose and but or as while when because if than although though since
  after before until unless whereas where so nor yet to in on at for with from by of about
  into onto over under between among against during through despite amid amidst per via
  like including not
`);

/** Title words before a person's name: `Chief Executive Marcus Lindqvist`, `CEO Michael Saylor`. */
export const TITLE_WORDS = words(`
  chief ceo cfo coo cto cio cso cmo president vice chairman chairwoman chair chairperson director
  head founder co-founder cofounder partner managing general manager analyst strategist
  economist secretary minister governor senator sen. rep. representative spokesman spokeswoman
  spokesperson commissioner treasurer counsel professor prof. mr. mrs. ms. dr. mr mrs ms dr
  officer executive senior lead principal deputy trader researcher editor correspondent
  reporter host author investor lawmaker congressman congresswoman mayor chancellor premier
  prime attorney judge justice ambassador adviser advisor consultant administrator ombudsman
  employee superintendent inspector commander contributor columnist
`);

/** Words inside a title that are not names (`Chief Investment Officer`, `Head of Research`). */
export const TITLE_FILLERS = words(`
  of investment investments financial operating technology information marketing research
  global market markets strategy digital asset assets portfolio risk crypto equity equities
  fixed income macro trading product products business operations executive the and & for
  sales general communications policy public affairs relations national security press economic
  corporate commercial regional country managing senior
`);

/** Platforms a post appears on: the medium, not the source (`(source: X, Twitter)`). */
export const PLATFORMS = words('twitter x telegram youtube reddit linkedin facebook instagram tiktok discord threads bluesky truth weibo wechat');

/** Capitalised words that never start a name (sentence-initial function and common words). */
export const NEVER_START = words(`
  the this that these those a an according analysts analyst data some many several other most
  market markets industry traders experts investors he she they it we i you in on at as for if
  when while but and or meanwhile additionally however moreover furthermore overall historically
  per its their his her our your citing separately still yet also so then there here what why
  how who which where after before since during despite following given with without by from
  to into over under about around one two three four five six seven eight nine ten first
  second third last next recent recently earlier later
  holdings shares spot net total trading institutional retail onchain on-chain crypto
  cryptocurrency digital global official officials sources source people experts observers
  researchers economists strategists commentators figures numbers statistics estimates reports
  report research surveys study studies filing filings note statement such both each every all
  no not only just even unlike like amid among investment investments fund funds
  etf etfs etp etps etn etns
`);

/** Capitalised words that are never part of a name: time words, zones, pronouns. */
export const NEVER_NAME = words(`
  today yesterday tomorrow week weekly month monthly year yearly quarter daily
  january february march april may june july august september october november december jan
  feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
  saturday sunday mon tue tues wed thu thur thurs fri sat sun q1 q2 q3 q4 h1 h2 fy
  am pm a.m p.m a.m. p.m. est edt cst cdt pst pdt gmt utc bst cet cest et pt
  he she they it we i you his her its their our your this that these those according
  mr mrs ms dr mr. mrs. ms. dr.
`);

/** Traded assets: never a source on their own (`BTC`, `Bitcoin`, `Ether`), though `Bitcoin Magazine` is. */
export const ASSET_WORDS = words(`
  bitcoin btc ether eth ethereum solana sol xrp ripple cardano ada dogecoin doge bnb tron trx
  litecoin ltc polkadot dot avalanche avax chainlink link sui toncoin ton shiba polygon matic
  usdt usdc tether stablecoin stablecoins gold silver oil brent wti crude
  bitcoins ethers btc/usd eth/usd btc/usdt eth/usdt
`);

/** Corporate suffixes dropped from a canonical name (`Calder Foods Inc` → `Calder Foods`). */
export const CORPORATE_SUFFIXES = words('inc inc. corp corp. corporation co co. ltd ltd. llc plc l.p. lp n.v. s.a. ag se sa nv gmbh limited');

/** Last words that make a name a publication (`The Kobeissi Letter`, `Financial Times`). */
export const PUBLICATION_WORDS = words(`
  letter journal times post news daily magazine review wire insider telegraph guardian herald
  tribune economist block gazette chronicle observer press media report newswire digest
  bulletin network tv radio
`);

/** Words that make a name an organisation rather than a person. */
export const ORG_WORDS = words(`
  capital group research bank banks investors markets partners labs lab intelligence analytics
  securities management fund funds trust exchange foundation institute association council
  department ministry commission reserve agency office bureau board authority holdings
  financial insights digital global data ventures asset assets advisors advisers associates
  inc inc. corp corp. corporation co co. ltd llc plc ag sa gmbh limited company companies
  systems technologies technology solutions services university college club network protocol
  dao treasury administration committee congress senate house court union federation
  organisation organization investments index strategies advisory finance consulting
  coinshares bloomberg reuters etf etfs brokers broker partners industries bancshares bancorp
  mining miners foods motors airlines energy oil petroleum pharmaceuticals semiconductor
  semiconductors communications telecom entertainment resources properties realty insurance
  airways steel chemicals electric power utilities manufacturing logistics
  devices therapeutics biosciences biotech pharma healthcare electronics instruments software
  networks freight shipping brewing automotive aerospace materials
`);

interface Known {
  name: string;
  kind: SourceKind;
}

const KNOWN: readonly [SourceKind, string][] = [
  [
    'publication',
    `Bloomberg; Reuters; The Wall Street Journal; WSJ; Financial Times; FT; CNBC;
     CoinDesk; Cointelegraph; The Block; Decrypt; Forbes; Fortune; Barron's; MarketWatch;
     Business Insider; Insider; Yahoo Finance; Axios; The Information; The Economist;
     The New York Times; The Washington Post; Associated Press; AP; AFP; Agence France-Presse;
     Nikkei; Nikkei Asia; South China Morning Post; DL News; Blockworks; Bitcoin Magazine; CryptoSlate;
     BeInCrypto; The Kobeissi Letter; Unusual Whales; Walter Bloomberg; Watcher.Guru;
     ZeroHedge; Seeking Alpha; Benzinga; Investing.com; TheStreet; Dow Jones; Dow Jones Newswires;
     Fox Business; CNN; BBC; Politico; Bloomberg News; Bloomberg Businessweek; Kitco; Kitco News;
     The Guardian; The Times; The Telegraph; Handelsblatt; Caixin; Xinhua; Yonhap; Kyodo; Interfax; TASS;
     Coinbase Institutional; The Defiant; Protos; Unchained; Bankless; Crypto Briefing; CoinGape; U.Today;
     NewsBTC; Bitcoinist; CryptoPotato; Finbold; FXStreet; Investopedia; The Motley Fool; Motley Fool; Zacks`,
  ],
  [
    'organisation',
    `JPMorgan; J.P. Morgan; JPMorgan Chase; Goldman Sachs; Morgan Stanley; Citi; Citigroup; Bank of America; BofA;
     Barclays; Deutsche Bank; UBS; HSBC; Wells Fargo; Jefferies; Bernstein; Standard Chartered; Nomura;
     BNP Paribas; Societe Generale; Macquarie; Wedbush; Piper Sandler; Raymond James; Needham; Mizuho;
     TD Cowen; Cantor Fitzgerald; Benchmark; Bitwise; Galaxy Digital; Ark Invest; ARK Invest; VanEck; Grayscale;
     Fidelity; BlackRock; Invesco; State Street; Vanguard; Charles Schwab; Capital Economics; Oxford Economics;
     ING; Commerzbank; Rabobank; Nordea; Danske Bank; Saxo Bank; Pepperstone; IG; Bernstein Research;
     Federal Reserve; Fed; European Central Bank; ECB; Bank of England; Bank of Japan; People's Bank of China;
     SEC; CFTC; IMF; International Monetary Fund; World Bank; OPEC; Treasury; U.S. Treasury; White House;
     Binance; Coinbase; Kraken; OKX; Bybit; Bitfinex; Gemini; Tether; Circle; Ripple; Strategy; MicroStrategy;
     Metaplanet; Marathon Digital; MARA; Riot Platforms; CleanSpark`,
  ],
  [
    'data provider',
    `Glassnode; CoinShares; Farside Investors; Farside; SoSoValue; CryptoQuant; Santiment; Kaiko;
     Chainalysis; Arkham Intelligence; Arkham; Nansen; Lookonchain; Whale Alert; CoinGecko;
     CoinMarketCap; CoinGlass; DefiLlama; Dune; Dune Analytics; IntoTheBlock;
     Messari; LSEG; Refinitiv; LSEG Refinitiv; FactSet; Morningstar; Morningstar Direct; EPFR; ETF.com;
     VettaFi; Bloomberg Intelligence; K33 Research; 10x Research; Matrixport; TradingView;
     CME FedWatch; FedWatch; Polymarket; Kalshi; Token Terminal; Artemis; The Tie; Laevitas; Velo;
     Hyblock; Amberdata; Blockchain.com; Etherscan; BscScan; Solscan; BitInfoCharts; Mempool.space;
     MacroMicro; S&P Global; S&P Dow Jones Indices; Moody's; Fitch; Fitch Ratings; S&P Global Ratings;
     Dealogic; PitchBook; Preqin; Crunchbase; Similarweb; Sensor Tower; Lipper; LSEG Lipper; ICI;
     Investment Company Institute; EIA; Energy Information Administration; American Petroleum Institute;
     Bureau of Labor Statistics; BLS; Census Bureau; HODL15Capital; Arkham Intel; YCharts;
     CryptoRank; L2Beat; Token Unlocks; Tokenomist; Deribit; Coinalyze; Hashrate Index; Luxor;
     TheMinerMag; BitMEX Research; Galaxy Research; Kaiko Research; Bespoke Investment Group;
     Goldman Sachs Research; Strategas; Renaissance Capital; Fundstrat; Lookintobitcoin; Checkonchain; Ecoinometrics`,
  ],
];

/** Gazetteer: lower-cased known name → canonical name and kind. */
export const KNOWN_SOURCES: ReadonlyMap<string, Known> = new Map(
  KNOWN.flatMap(([kind, list]) =>
    list
      .split(';')
      .map((n) => n.trim())
      .filter(Boolean)
      .flatMap((name): [string, Known][] => {
        const entry: Known = { name, kind };
        // "The Kobeissi Letter" is also written "Kobeissi Letter" (but "Block" is not "The Block").
        const bare = name.replace(/^The /, '');
        return bare === name || !bare.includes(' ') ? [[name.toLowerCase(), entry]] : [[name.toLowerCase(), entry], [bare.toLowerCase(), entry]];
      }),
  ),
);

/** Regulators: `a filing with the SEC` attributes to the filer, not the regulator. */
export const REGULATORS = words('sec finra cftc fca esma sfc mas fsa bafin amf asic osc edgar');

/** Article-level source lines: `Source: X`, `Sources: X, Y`, `Data: X`. */
export const SOURCE_LINE = /^\s*(?:(?:sources?|data(?: sources?)?|source data|data (?:provided )?(?:by|from)|information from|figures from)\s*[:：]|(?:(?:market |price )?data|prices?|figures|information|charts?|quotes?)\s+(?:provided|supplied|sourced|compiled|courtesy)\s+(?:by|of|from))\s*(\S(?:.*?\S)?)(?:\s*\.)?\s*$/i;

/** Common given names: a `Given Surname` chunk is a person (`Sarah Chen`), not a firm. */
export const GIVEN_NAMES = words(`
  aaron adam adrian ahmed alan albert alex alexander alexandra alexis ali alice alicia allison amanda amy
  andrea andrew andy angela ann anna anne anthony antonio arthur ashley barbara ben benjamin beth betty
  bill billy bob bobby brad bradley brandon brenda brian bruce bryan carl carlos carol caroline catherine
  cathie charles charlie chris christian christina christine christopher cindy claire craig cynthia dan
  dana daniel danielle david dean deborah debra dennis diana diane donald donna doug douglas dylan ed
  eddie edward elizabeth ellen emily emma eric erik erin eugene evan frank fred gabriel gary george
  gerald grace greg gregory hannah harold harry heather helen henry howard ian isaac jack jacob james
  jamie jane janet jason jay jean jeff jeffrey jennifer jenny jeremy jerome jerry jesse jessica jim jimmy
  joan joe joel john johnny jon jonathan jordan jose joseph josh joshua joyce juan judith judy julia
  julie justin karen kate katherine kathleen kathy katie keith kelly ken kenneth kevin kim kimberly kyle
  larry laura lauren lawrence lee leo leonard linda lisa lori louis lucas luis luke margaret maria marie
  marilyn mark martin mary matt matthew megan melissa michael michelle mike mohamed mohammed muhammad
  nancy natalie nathan neil nicholas nick nicole noah olivia pamela pat patricia patrick paul peter
  philip phillip rachel ralph randy raymond rebecca richard rick rob robert robin roger ron ronald rose
  russell ruth ryan sam samantha samuel sandra sara sarah scott sean sharon shawn sophia stephanie
  stephen steve steven susan tara teresa terry thomas tim timothy tina todd tom tony tyler victor
  victoria vincent virginia walter wayne william willie zach zachary changpeng vitalik brian arthur
  raoul anthony cz jerome janet christine mario haruhiko kazuo ueda jamie larry elon jack cathie
  michael tom balaji hayes kristin gary hester caroline paolo jeremy richard noelle mike
`);

/** Places a finance story names; `<place> officials said` names no source. */
export const PLACE_WORDS = words(`
  u.s. us usa u.s.a. america united states u.k. uk britain england europe eu euro zone eurozone
  china japan germany france italy spain canada mexico brazil india russia korea south north
  australia switzerland sweden norway netherlands holland belgium austria ireland poland turkey
  israel iran iraq saudi arabia uae dubai qatar singapore hong kong taiwan indonesia malaysia
  thailand vietnam philippines argentina chile colombia peru venezuela nigeria egypt africa asia
  washington beijing tokyo london paris berlin frankfurt zurich geneva brussels moscow ottawa
  toronto sydney mumbai shanghai seoul new york wall street silicon valley texas california florida
  delaware nevada wyoming el salvador bhutan ukraine
`);

/** Nationality adjectives: `Japanese bankers said`, `most German forecasts`. */
/** Demonyms beyond compromise's list (which has "American", "Swiss", "Israeli", ...). */
const MORE_DEMONYMS = words('british welsh scottish irish french greek western eastern arab european u.s. us');

/**
 * A people or nationality word ("Swiss", "Canadians", "U.S."): not a source name. A list, not
 * a suffix pattern: suffixes such as -i, -is, -an or -ch also end Messari, Artemis, Kalshi,
 * Etherscan and Fitch.
 */
export function isDemonym(name: string): boolean {
  const lower = name.toLowerCase();
  return LEXICON.demonyms.has(lower) || MORE_DEMONYMS.has(lower);
}
