/**
 * HTML cleaning: what a page's body keeps and drops, its structure as paragraphs, and the
 * metadata read from <meta>, JSON-LD, <title> and <time>. Pages are built from small
 * pieces of the furniture real news sites put around and inside an article.
 */
import { describe, expect, it } from 'vitest';
import { clean } from '../pipeline/clean.js';
import { cleanHtml } from '../pipeline/clean-html.js';
import { createAnalyzer } from '../pipeline/analyze.js';

const P = [
  'Bitcoin exchange-traded funds drew $1.2 billion of net inflows last week, the most since March, according to data compiled by CoinShares.',
  'BlackRock’s iShares Bitcoin Trust took in $870 million of the total, while Fidelity’s fund added $210 million, the asset manager said in its weekly report.',
  'Analysts at JPMorgan said the flows reflected renewed demand from hedge funds, which had trimmed their positions in May as volatility rose.',
  'Ether products, by contrast, saw outflows of $45 million, extending a three-week streak of redemptions, CoinShares said.',
  'The price of bitcoin rose 4.2% to $67,300 on Monday, its highest level in five weeks, before easing in Asian trading on Tuesday.',
];

const body = (paragraphs: readonly string[] = P) => paragraphs.map((p) => `<p>${p}</p>`).join('\n');

/** A news page: the article among the usual furniture, in class-named markup. */
function newsPage(inner: string, head = ''): string {
  return `<!doctype html><html><head><title>Bitcoin ETFs draw $1.2bn as hedge funds return | Example News</title>${head}
<script>window.dataLayer = [];</script><style>.x{color:red}</style></head>
<body>
<header class="site-header"><a href="/">Example News</a><nav class="main-nav"><ul><li><a href="/markets">Markets</a></li><li><a href="/crypto">Crypto</a></li><li><a href="/tech">Tech</a></li></ul></nav></header>
<div class="page-wrapper">
  <main>
    <article class="story">
      <h1 class="headline">Bitcoin ETFs draw $1.2bn as hedge funds return</h1>
      <div class="byline">By Jane Doe</div>
      <time datetime="2025-06-02T09:30:00Z">June 2, 2025</time>
      <div class="share-bar"><a href="#">Share on Twitter</a><a href="#">Share on Facebook</a><a href="#">Email</a></div>
      <figure><img src="a.jpg"><figcaption>Traders on the floor of the exchange. Photo: Reuters</figcaption></figure>
      <div class="article-body">
${inner}
      </div>
      <div class="tags"><a href="/t/bitcoin">Bitcoin</a><a href="/t/etf">ETFs</a><a href="/t/blackrock">BlackRock</a></div>
    </article>
    <aside class="related"><h3>Related stories</h3><ul><li><a href="/1">Ether slides as traders pull money from funds</a></li><li><a href="/2">What the halving means for miners and their lenders</a></li></ul></aside>
  </main>
  <div id="sidebar"><h3>Most read</h3><ol><li><a href="/3">Stocks rally as the Fed signals patience on rates</a></li><li><a href="/4">Oil climbs on supply worries after OPEC meeting</a></li></ol>
  <p>Our markets newsletter, every morning. Sign up for our newsletter to get the day's biggest stories delivered to your inbox.</p></div>
</div>
<footer class="site-footer"><p>© 2025 Example News. All rights reserved.</p><a href="/privacy">Privacy policy</a><a href="/terms">Terms of use</a></footer>
</body></html>`;
}

const textOf = (html: string) => cleanHtml(html).paragraphs.join('\n');

describe('cleanHtml: the body keeps the article and drops the furniture', () => {
  const rows: { name: string; html: string; keep: string[]; drop: string[] }[] = [
    {
      name: 'class-named news page',
      html: newsPage(body()),
      keep: P,
      drop: ['Markets', 'Share on Twitter', 'Traders on the floor', 'Related stories', 'Ether slides', 'Most read', 'Sign up for our newsletter', 'All rights reserved', 'Bitcoin ETFs draw $1.2bn as hedge funds return', 'By Jane Doe', 'BlackRock\nETFs'],
    },
    {
      name: 'inline furniture inside the body',
      html: newsPage(
        [
          `<p>${P[0]}</p>`,
          `<div class="ad-container"><span>Advertisement</span><div class="ad-slot">Buy gold now, the safe haven of the century</div></div>`,
          `<p>${P[1]}</p>`,
          `<div class="newsletter-signup"><h4>Get the crypto briefing</h4><p>Subscribe to our daily newsletter for the latest market analysis.</p></div>`,
          `<p>${P[2]}</p>`,
          `<p><strong>Read more:</strong> <a href="/x">Why ether funds keep losing money to bitcoin</a></p>`,
          `<p>${P[3]}</p>`,
          `<div class="inline-related"><h4>Don't miss</h4><ul><li><a href="/y">Five charts that explain the rally in crypto markets</a></li></ul></div>`,
          `<p>${P[4]}</p>`,
        ].join('\n'),
      ),
      keep: P,
      drop: ['Advertisement', 'Buy gold now', 'Get the crypto briefing', 'Subscribe to our daily newsletter', 'Read more', 'Why ether funds', "Don't miss", 'Five charts'],
    },
    {
      name: 'semantic markup without class names',
      html: `<html><head><title>Bitcoin ETFs</title></head><body><nav><a href="/">Home</a> <a href="/m">Markets</a></nav>
        <article><header><h1>Bitcoin ETFs draw $1.2bn</h1><p>By Jane Doe</p></header>${body()}<footer><p>Filed under <a href="/c">Crypto</a></p></footer></article>
        <aside><p>Sponsored: trade crypto with zero fees at our partner exchange, sign up today and claim your bonus.</p></aside>
        <footer><p>Copyright 2025 Example Media.</p></footer></body></html>`,
      keep: P,
      drop: ['Home', 'Bitcoin ETFs draw $1.2bn', 'By Jane Doe', 'Filed under', 'Sponsored', 'Copyright'],
    },
    {
      name: 'div soup without hints: link lists and chrome lose to the paragraphs',
      html: `<html><body><div><div><a href="/">Home</a></div><div><a href="/a">World</a></div><div><a href="/b">Business</a></div></div>
        <div><div>${body()}</div></div>
        <div><div><a href="/c">Stocks fall as yields rise on strong jobs data</a></div><div><a href="/d">Gold hits a record as the dollar weakens</a></div><div><a href="/e">Banks lead gains in Europe after earnings</a></div></div></body></html>`,
      keep: P,
      drop: ['Home', 'Business', 'Stocks fall', 'Gold hits a record'],
    },
    {
      name: 'comments below the article',
      html: newsPage(
        `${body()}\n<section id="comments"><h3>23 comments</h3><div class="comment"><p>This is obviously a bubble and everyone who buys now will lose their money, mark my words, it happened before.</p></div><div class="comment"><p>Hedge funds returning is the most bullish signal we have had in months, and the flows prove it beyond doubt.</p></div></section>`,
      ),
      keep: P,
      drop: ['23 comments', 'obviously a bubble', 'most bullish signal'],
    },
    {
      name: 'a headline that differs from the title, topic chips, toggles',
      html: `<html><head><title>Crypto funds | Site</title></head><body><div><span>Off</span><span>On</span></div>
        <div class="col"><h1>Crypto funds bleed as Solana bucks the trend</h1>${body()}
        <div><span>cryptocurrency trading</span> <span>crypto market impact</span> <span>US equity ETF trends</span></div>
        <p><span>Spans that carry</span> <span>a whole sentence</span> <span>stay in the body.</span></p></div></body></html>`,
      keep: [...P, 'Spans that carry a whole sentence stay in the body.'],
      drop: ['Crypto funds bleed', 'cryptocurrency trading', 'OffOn'],
    },
    {
      name: 'a feed of teaser articles after the story',
      html: `<html><body><section><article class="single">${body()}</article></section>
        <section class="stream">${Array.from({ length: 6 }, (_, i) => `<article class="card"><h3><a href="/s${i}">Story number ${i} in the stream</a></h3><p>This is the summary of another story in the stream, long enough to read like a paragraph of text, number ${i}.</p></article>`).join('')}</section></body></html>`,
      keep: P,
      drop: ['Story number', 'summary of another story'],
    },
    {
      name: 'hidden nodes, scripts and styles',
      html: newsPage(
        `${body()}\n<div style="display:none"><p>Hidden teaser paragraph that a browser never shows to a reader of the page.</p></div><p hidden>Hidden by attribute, never shown to anyone at all.</p><noscript><p>Please enable JavaScript to view the comments.</p></noscript><script>var s = "not text";</script>`,
      ),
      keep: P,
      drop: ['Hidden teaser', 'Hidden by attribute', 'enable JavaScript', 'not text', 'color:red'],
    },
    {
      name: 'an explicit articleBody beats a longer block elsewhere',
      html: `<html><body><div class="x"><div itemprop="articleBody"><p>${P[0]}</p><p>${P[1]}</p></div></div>
        <div class="y"><ul><li><a href="/a">Home</a></li><li><a href="/b">Help</a></li><li><a href="/c">Contact us</a></li><li><a href="/d">Careers</a></li><li><a href="/e">Advertise with us</a></li><li><a href="/f">Accessibility</a></li></ul></div>
        <div class="z"><p>Customer service: write to us at any time with any questions or requests about your subscription, billing, delivery or your account.</p><p>Our offices are open on weekdays from nine to five, and our call centre answers in English, French and Spanish, every day of the year.</p><p>We also answer on social media, where our team replies within the hour to any message about your subscription or your account.</p></div></body></html>`,
      keep: [P[0]!, P[1]!],
      drop: ['Customer service', 'Our offices', 'social media'],
    },
  ];
  it.each(rows)('$name', ({ html, keep, drop }) => {
    const text = textOf(html);
    for (const k of keep) expect(text).toContain(k);
    for (const d of drop) expect(text).not.toContain(d);
  });
});

describe('cleanHtml: structure becomes paragraphs', () => {
  const rows: { name: string; inner: string; expect: string[] }[] = [
    {
      name: 'headings and list items are paragraphs of their own',
      inner: `<p>${P[0]}</p><h2>Where the money went</h2><ul><li>iShares Bitcoin Trust: $870 million</li><li>Fidelity Wise Origin: $210 million</li></ul><p>${P[1]}</p>`,
      expect: [P[0]!, 'Where the money went', 'iShares Bitcoin Trust: $870 million', 'Fidelity Wise Origin: $210 million', P[1]!],
    },
    {
      name: 'inline markup joins, white space collapses',
      inner: `<p>${P[0]}</p><p>Shares of <a href="/coin">Coinbase</a> rose <b>6</b>%<span>,</span> and   MicroStrategy\n   gained 9%.</p><p>${P[1]}</p>`,
      expect: [P[0]!, 'Shares of Coinbase rose 6%, and MicroStrategy gained 9%.', P[1]!],
    },
    {
      name: 'line breaks split paragraphs',
      inner: `<p>${P[0]}<br><br>${P[1]}</p><p>${P[2]}</p>`,
      expect: [P[0]!, P[1]!, P[2]!],
    },
    {
      name: 'table rows are paragraphs, their cells a space apart',
      inner: `<p>${P[0]}</p><table><tr><th>Fund</th><th>Flow</th></tr><tr><td>IBIT</td><td>$870m</td></tr><tr><td>FBTC</td><td>$210m</td></tr></table><p>${P[1]}</p>`,
      expect: [P[0]!, 'Fund Flow', 'IBIT $870m', 'FBTC $210m', P[1]!],
    },
    {
      name: 'an embedded post stays, its signature line too',
      inner: `<p>${P[0]}</p><div class="social-embed"><blockquote class="twitter-tweet"><p>Biggest week for bitcoin funds since March.</p>— Eric Balchunas (@EricBalchunas) <a href="https://x.com/1">June 2, 2025</a></blockquote></div><p>${P[1]}</p>`,
      expect: [P[0]!, 'Biggest week for bitcoin funds since March.', '— Eric Balchunas (@EricBalchunas) June 2, 2025', P[1]!],
    },
  ];
  it.each(rows)('$name', ({ inner, expect: want }) => {
    const { paragraphs } = cleanHtml(newsPage(`${inner}<p>${P[4]}</p>`));
    expect(paragraphs.slice(0, want.length)).toEqual(want);
    for (const p of paragraphs) expect(p).not.toMatch(/\n/);
  });
});

describe('cleanHtml: removed blocks are kept for the editor, bounded', () => {
  it('names a reason for each and cuts long ones short', () => {
    const junk = Array.from({ length: 120 }, (_, i) => `<li><a href="/${i}">${'Another story about markets and money '.repeat(8)}${i}</a></li>`).join('');
    const { removed } = cleanHtml(newsPage(body()).replace('</body>', `<ul class="more">${junk}</ul></body>`));
    expect(removed.length).toBeGreaterThan(0);
    expect(removed.length).toBeLessThanOrEqual(40);
    for (const r of removed) {
      expect(r.reason).toMatch(/\S/);
      expect(r.text.length).toBeLessThanOrEqual(160);
    }
    const reasonFor = (text: string) => removed.find((r) => r.text.includes(text))?.reason;
    expect(reasonFor('Share on Twitter')).toBe('share');
    expect(reasonFor('Traders on the floor')).toBe('caption');
  });
});

describe('cleanHtml: metadata', () => {
  const ld = (obj: unknown) => `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;
  const rows: { name: string; head: string; expect: Record<string, string | null> }[] = [
    {
      name: 'JSON-LD article first',
      head:
        ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Bitcoin ETFs draw $1.2bn as hedge funds return', datePublished: '2025-06-02T09:30:00Z', author: [{ '@type': 'Person', name: 'Jane Doe' }, { '@type': 'Person', name: 'John Roe' }], publisher: { '@type': 'Organization', name: 'Example News' } }) +
        '<meta property="og:title" content="OG title">',
      expect: { title: 'Bitcoin ETFs draw $1.2bn as hedge funds return', published: '2025-06-02T09:30:00Z', author: 'Jane Doe, John Roe', publisher: 'Example News' },
    },
    {
      name: 'JSON-LD inside @graph',
      head: ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'Example' }, { '@type': ['Article'], headline: 'Graph headline', datePublished: '2025-06-01' }] }),
      expect: { title: 'Graph headline', published: '2025-06-01' },
    },
    {
      name: 'Open Graph and article meta tags',
      head: '<meta property="og:title" content="Bitcoin ETFs draw $1.2bn"><meta property="article:published_time" content="2025-06-02T09:30:00+02:00"><meta name="author" content="Jane Doe"><meta property="og:site_name" content="Example News"><link rel="canonical" href="https://example.com/a">',
      expect: { title: 'Bitcoin ETFs draw $1.2bn', published: '2025-06-02T09:30:00+02:00', author: 'Jane Doe', publisher: 'Example News', url: 'https://example.com/a' },
    },
    {
      name: 'the document title without the site name, and <time> for the date',
      head: '',
      expect: { title: 'Bitcoin ETFs draw $1.2bn as hedge funds return', published: '2025-06-02T09:30:00Z' },
    },
    {
      name: 'a broken JSON-LD block is ignored',
      head: '<script type="application/ld+json">{ "@type": "NewsArticle", headline: broken</script><meta property="og:title" content="Still readable">',
      expect: { title: 'Still readable' },
    },
  ];
  it.each(rows)('$name', ({ head, expect: want }) => {
    const { meta } = cleanHtml(newsPage(body(), head));
    for (const [field, value] of Object.entries(want)) expect(meta[field as keyof typeof meta]).toBe(value);
  });

  it("the record's own fields win over the page's", () => {
    const cleaned = clean({ html: newsPage(body()), title: 'Given title', published: '2025-01-01', url: 'https://given.example/' });
    expect(cleaned.meta.title).toBe('Given title');
    expect(cleaned.meta.published).toBe('2025-01-01');
    expect(cleaned.meta.url).toBe('https://given.example/');
    expect(cleaned.paragraphs).toEqual(P);
  });
});

describe('cleanHtml: JSON-LD articleBody as a second opinion', () => {
  const ld = (articleBody: string) =>
    `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Bitcoin ETFs draw $1.2bn as hedge funds return', articleBody })}</script>`;
  it('stands in for a body rendered by scripts', () => {
    const html = `<html><head>${ld(P.join('\n'))}</head><body><div id="app">Loading…</div></body></html>`;
    expect(cleanHtml(html).paragraphs).toEqual(P);
  });
  it('brings back a lead the DOM choice left outside the body element', () => {
    const html = `<html><head>${ld(P.join('\n'))}</head><body><div class="top"><p class="standfirst">${P[0]}</p><ul><li><a href="/a">Share</a></li><li><a href="/b">Tweet</a></li><li><a href="/c">Email this story</a></li><li><a href="/d">Print this page</a></li></ul></div>
      <div class="body-wrap"><div itemprop="articleBody">${body(P.slice(1))}</div></div></body></html>`;
    expect(cleanHtml(html).paragraphs).toEqual(P);
  });
  it('is ignored when it disagrees with the page', () => {
    const html = `<html><head>${ld('An entirely different story about oil prices and OPEC output cuts, which has nothing in common with the page. '.repeat(4))}</head><body>${newsPage(body())}</body></html>`;
    expect(cleanHtml(html).paragraphs).toEqual(P);
  });
});

describe('cleanHtml: odd input', () => {
  const rows = [
    { name: 'empty string', html: '' },
    { name: 'text without tags', html: 'Just some words, no markup at all.' },
    { name: 'unclosed tags and stray closers', html: '<div><p>One paragraph that never closes<div><p>Another</span></td></div>' },
    { name: 'a fragment', html: `<p>${P[0]}</p><p>${P[1]}</p>` },
    { name: 'five thousand unclosed nested tags', html: `<body>${'<div><span>'.repeat(5000)}${P[0]}</body>` },
  ];
  it.each(rows)('$name does not throw and gives clean paragraphs', ({ html }) => {
    const { paragraphs, meta } = cleanHtml(html);
    for (const p of paragraphs) expect(p).toBe(p.trim());
    expect(typeof meta).toBe('object');
  });
  it('a fragment keeps its paragraphs', () => {
    expect(cleanHtml(`<p>${P[0]}</p><p>${P[1]}</p>`).paragraphs).toEqual([P[0], P[1]]);
  });
});

describe('cleanHtml: charts and infographics are not body text', () => {
  /** An ai2html-style chart: labels as loose paragraphs over a picture, drawn twice (desktop and mobile artboards). */
  const artboard = (id: string) =>
    `<div id="g-chart-${id}" class="g-artboard"><img class="g-aiImg" src="chart-${id}.png"><div class="g-aiAbs"><p>$915</p><p>billion</p></div><div class="g-aiAbs"><p>Interest payments on the national debt</p></div>${['600', '300', '0', '’17', '’18', '’19', '’20'].map((t) => `<div class="g-aiAbs"><p>${t}</p></div>`).join('')}</div>`;
  const rows: { name: string; inner: string; drop: string[] }[] = [
    {
      name: 'an HTML-drawn chart (ai2html) in a graphic container',
      inner: `<section class="interactive-embedded custom-graphic-container"><div class="ai2html ai2html-box-v5">${artboard('desktop')}${artboard('mobile')}</div></section>`,
      drop: ['$915', 'billion', 'Interest payments on the national debt', '’17'],
    },
    {
      name: 'SVG labels',
      inner: `<figure><svg viewBox="0 0 100 50"><text x="1" y="9">$915</text><text x="1" y="19">billion</text><g><text>’17</text><text>’28</text></g></svg><figcaption>Interest payments, in billions.</figcaption></figure>`,
      drop: ['$915', 'billion', '’17'],
    },
    {
      name: 'a chart with role="img" (its text is presentation)',
      inner: `<div role="img" aria-label="Interest payments rise to $915 billion"><div><span>$915</span><span>billion</span></div><div><span>2017</span><span>2028</span></div></div>`,
      drop: ['$915', 'billion', '2017'],
    },
    {
      name: "a chart's data table in a figure that draws the chart",
      inner: `<figure class="wp-block-image"><img src="interest.png" alt="Interest payments"><table><tr><td>2017</td><td>$263 billion</td></tr><tr><td>2028</td><td>$915 billion</td></tr></table></figure>`,
      drop: ['$263 billion', '$915 billion'],
    },
  ];
  it.each(rows)('$name', ({ inner, drop }) => {
    const paragraphs = cleanHtml(newsPage(`<p>${P[0]}</p><p>${P[1]}</p>${inner}<p>${P[2]}</p><p>${P[3]}</p>`)).paragraphs;
    expect(paragraphs).toEqual(P.slice(0, 4));
    for (const d of drop) expect(paragraphs.filter((p) => p.includes(d) && !P.includes(p))).toEqual([]);
  });

  it('a table in a figure without a picture is article data and stays', () => {
    const inner = `<figure class="wp-block-table"><table><tr><td>IBIT</td><td>$870m</td></tr><tr><td>FBTC</td><td>$210m</td></tr></table></figure>`;
    expect(cleanHtml(newsPage(`<p>${P[0]}</p>${inner}<p>${P[1]}</p>`)).paragraphs).toEqual([P[0], 'IBIT $870m', 'FBTC $210m', P[1]]);
  });

  it('through the whole pipeline: no duplicate flags on chart labels, no "$915" without its "billion"', () => {
    const html = newsPage(`<p>${P[0]}</p><p>${P[1]}</p><div class="ai2html">${artboard('desktop')}${artboard('mobile')}</div><p>${P[2]}</p>`);
    const report = createAnalyzer()({ html }, { input: 'test' });
    expect(report.flags.filter((f) => f.rule === 'duplicate-paragraph')).toEqual([]);
    expect(report.money.map((m) => m.text)).not.toContain('$915');
  });
});

describe('cleanHtml: the body on today’s sites', () => {
  it('page builders call every block a widget: the body is still found', () => {
    const widget = (p: string) => `<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>${p}</p></div></div>`;
    const html = newsPage('').replace('<div class="article-body">', `<div class="article-body">${P.map(widget).join('')}`);
    expect(cleanHtml(html).paragraphs).toEqual(P);
  });

  it('"hidden" as a state class (an accordion panel, a label) does not hide the body', () => {
    const html = newsPage(`<p>${P[0]}</p><div class="field field--label-hidden"><p>${P[1]}</p><p>${P[2]}</p></div><div class="accordion-panel hidden"><p>${P[3]}</p></div><p>${P[4]}</p>`);
    expect(cleanHtml(html).paragraphs).toEqual(P);
  });

  it('a body streamed into a hidden div for scripts to move into place is read', () => {
    const html = `<html><head><title>Funds</title></head><body><nav><a href="/">Home</a></nav><template id="B:0"></template><div class="skeleton">Loading…</div><div hidden id="S:0"><article>${body()}</article></div></body></html>`;
    expect(cleanHtml(html).paragraphs).toEqual(P);
  });

  it('hidden furniture beside the article stays hidden', () => {
    const html = newsPage(`${body()}<div hidden><p>A hidden promotion for our premium plan, shown only after the reader has scrolled to the end.</p></div>`);
    expect(textOf(html)).not.toContain('hidden promotion');
  });

  it('an inline "Read next" widget does not end the article', () => {
    const inner = `<p>${P[0]}</p><p>${P[1]}</p><div class="block-views-more-like-this">Read Next<div class="item-list"><ul><li><a href="/a">What’s eating my plants? Identify the damage</a></li><li><a href="/b">Five homemade pesticides</a></li></ul></div></div><p>${P[2]}</p><p>${P[3]}</p>`;
    const paragraphs = cleanHtml(newsPage(inner)).paragraphs;
    expect(paragraphs).toEqual(P.slice(0, 4));
  });

  it('an "Also read:" line and its links end where the article picks up again', () => {
    const inner = `<p>${P[0]}</p><p>Also read:</p><ul><li><a href="/a">How to read a fund flow report</a></li><li><a href="/b">Why ether funds keep losing money</a></li></ul><h3>What comes next</h3><p>${P[1]}</p><p>${P[2]}</p>`;
    expect(cleanHtml(newsPage(inner)).paragraphs).toEqual([P[0], 'What comes next', P[1], P[2]]);
  });

  it('a layout drawn twice (desktop and mobile copies) is read once', () => {
    const copy = (cls: string) => `<div class="${cls}"><h2>Where the money went</h2>${body(P.slice(1))}</div>`;
    const cleaned = cleanHtml(newsPage(`<p>${P[0]}</p>${copy('show-desktop')}${copy('show-mobile')}`));
    expect(cleaned.paragraphs).toEqual([P[0], 'Where the money went', ...P.slice(1)]);
    expect(cleaned.removed.filter((r) => r.reason === 'repeat')).toHaveLength(P.length);
  });

  it('steps that repeat inside a longer list, and a paragraph repeated on its own, stay', () => {
    const steps = ['Pre-workout meal', 'Eat 60 to 90 minutes before your workout, and drink a glass of water with it', 'Two soft-boiled eggs, one cup of asparagus and half a cup of sweet potato, or a slice of whole-grain toast', 'Portion containers: one green, one red, one yellow and one teaspoon', 'Post-workout supplement', 'Drink within 30 minutes after your workout, with one cup of blueberries and two rice cakes'];
    const plan = (name: string, last: string) => `<h3>${name}</h3><ul>${[...steps, last].map((x) => `<li>${x}</li>`).join('')}</ul>`;
    const inner = `<p>${P[0]}</p>${plan('Plan A', 'Meal 1: one scoop of protein shake with almond milk')}${plan('Plan B', 'Meal 1: a tomato and cucumber salad with feta')}<p>${P[1]}</p><p>${P[0]}</p>`;
    const paragraphs = cleanHtml(newsPage(inner)).paragraphs;
    expect(paragraphs.filter((p) => p === steps[2])).toHaveLength(2);
    expect(paragraphs.filter((p) => p === P[0])).toHaveLength(2);
  });

  it('a short body gets a second opinion when a class name swallowed the article', () => {
    // A "jump section" (the target of a table of contents) is not navigation.
    const sections = P.map((p, i) => `<section class="cws-jump-section" id="s${i}"><h2>Part ${i + 1}</h2><p>${p}</p></section>`).join('');
    const html = `<html><head><title>Funds</title></head><body><div class="intro"><p>Bitcoin funds had a big week.</p></div>${sections}</body></html>`;
    const cleaned = cleanHtml(html);
    expect(cleaned.paragraphs).toEqual(expect.arrayContaining(P));
    expect(cleaned.source.method).toBe('dom-relaxed');
  });
});

describe('cleanHtml: a near-empty body falls back, and says how the body was found', () => {
  it('the DOM body, when there is one', () => {
    expect(cleanHtml(newsPage(body())).source).toEqual({ method: 'dom', pageWords: expect.any(Number) });
  });

  it('the next region when the chosen one was all boilerplate', () => {
    const html = `<html><body><div class="col-a"><p>${P[0]}</p><p>${P[1]}</p></div>
      <div class="col-b"><p>This material is not intended as financial advice and is for informational purposes only; consult a qualified financial advisor before you act on anything you read here, and read the full disclosures.</p>
      <p>Past performance is not indicative of future results, and every investment carries risk, including the loss of the principal you invested; the value of investments and the income from them can fall.</p>
      <p>Copyright © 2025 Example Advisors, Inc. All rights reserved.</p></div></body></html>`;
    const cleaned = cleanHtml(html);
    expect(cleaned.paragraphs).toEqual([P[0], P[1]]);
    expect(['dom', 'dom-second']).toContain(cleaned.source.method);
  });

  it('JSON-LD articleBody when the page shows only a teaser', () => {
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Funds', articleBody: P.join('\n') })}</script>`;
    const html = `<html><head>${ld}</head><body><div id="app"><p>Bitcoin funds had their biggest week since March, and hedge funds are back.</p></div></body></html>`;
    const cleaned = cleanHtml(html);
    expect(cleaned.paragraphs).toEqual(P);
    expect(cleaned.source.method).toBe('articleBody');
  });

  it("the page's description when it shows no text at all", () => {
    const html = `<html><head><meta property="og:description" content="${P[0]}"></head><body><div id="app"><div class="spinner"></div></div></body></html>`;
    const cleaned = cleanHtml(html);
    expect(cleaned.paragraphs).toEqual([P[0]]);
    expect(cleaned.source).toEqual({ method: 'description', pageWords: 0 });
  });

  it('its title when it has not even a description', () => {
    const cleaned = cleanHtml('<html><head><title>Bitcoin funds draw $1.2bn as hedge funds return</title></head><body><div id="app"></div></body></html>');
    expect(cleaned.paragraphs).toEqual(['Bitcoin funds draw $1.2bn as hedge funds return']);
    expect(cleaned.source.method).toBe('description');
  });

  it('an empty page stays empty (the thin-body rule says so)', () => {
    expect(cleanHtml('<html><body></body></html>')).toMatchObject({ paragraphs: [], source: { method: 'dom', pageWords: 0 } });
  });
});
