#!/usr/bin/env python3
"""Builds test/gold/extraction-own.jsonl from extraction_own_data.py and checks it (with
--heldout: extraction-heldout.jsonl from extraction_heldout_data.py).

Standard library only. The markup is described at the top of extraction_own_data.py. The
checks are the annotator's own (they never run claimscan): every weekday timestamp falls on
that weekday, every money/percentage/date-looking string in the text sits inside an
annotation, every annotated entity surface is annotated wherever else it occurs, and every
source name occurs in the text. Warnings are printed; --strict makes them fatal.

    python3 test/gold/build_extraction_own.py [--strict] [--review] [--heldout]
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
if '--heldout' in sys.argv:
    from extraction_heldout_data import ARTICLES  # noqa: E402
    OUT = 'extraction-heldout.jsonl'
else:
    from extraction_own_data import ARTICLES  # noqa: E402
    OUT = 'extraction-own.jsonl'

TYPES = {'O': 'ORG', 'P': 'PERSON', 'L': 'PLACE', 'A': 'ASSET'}
TASKS = ['money', 'percentages', 'timestamps', 'entities', 'sources']
WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']


def parse(marked, aid):
    """Strip the markup; return (plain text, [(kind, start, end, annotation)])."""
    out, stack, anns = [], [], []
    n = 0  # length of the plain text so far
    i = 0
    while i < len(marked):
        if marked.startswith('[[', i):
            stack.append(('fig', n)); i += 2; continue
        c = marked[i]
        if c == '{':
            stack.append(('ent', n)); i += 1; continue
        if c == '|' and stack:
            kind, start = stack.pop()
            close = ']]' if kind == 'fig' else '}'
            j = marked.index(close, i)
            anns.append((kind, start, n, marked[i + 1:j]))
            i = j + len(close); continue
        if c in '[]{}|':
            raise SystemExit(f'{aid}: stray markup character {c!r} at {i}: {marked[max(0, i - 30):i + 30]!r}')
        out.append(c); n += 1; i += 1
    if stack:
        raise SystemExit(f'{aid}: unclosed markup')
    return ''.join(out), sorted(anns, key=lambda a: (a[1], -a[2]))


def build(a, warn):
    text, anns = parse(a['text'], a['id'])
    gold = {t: [] for t in TASKS}
    spans = {'fig': [], 'ent': []}
    for kind, s, e, ann in anns:
        surface = text[s:e]
        spans[kind].append((s, e, ann))
        if kind == 'ent':
            t = ann.rstrip('?')
            if t not in TYPES:
                raise SystemExit(f"{a['id']}: bad entity type {ann!r} for {surface!r}")
            item = {'text': surface, 'type': TYPES[t]}
            if ann.endswith('?'):
                item['optional'] = True
            gold['entities'].append(item)
            continue
        head, _, rest = ann.partition(':')
        optional = head.endswith('?')
        head = head.rstrip('?')
        if head == 'm':
            value, cur = rest.split(':')
            item = {'text': surface, 'value': float(value), 'currency': cur}
            task = 'money'
        elif head == 'p':
            item = {'text': surface, 'value': float(rest)}
            task = 'percentages'
        elif head == 't':
            item = {'text': surface, 'value': rest}
            task = 'timestamps'
            check_time(a, surface, rest, warn)
        else:
            raise SystemExit(f"{a['id']}: bad figure markup {ann!r}")
        for k in ('value',):
            if isinstance(item.get(k), float) and item[k].is_integer():
                item[k] = int(item[k])
        if optional:
            item['optional'] = True
        gold[task].append(item)
    for name, optional in a['sources']:
        if name.lower() not in text.lower():
            warn(f"{a['id']}: source {name!r} does not occur in the text")
        item = {'text': name}
        if optional:
            item['optional'] = True
        gold['sources'].append(item)
    check_coverage(a['id'], text, spans, warn)
    article = {'id': a['id'], 'title': a['title'], 'published': a['published'], 'text': text}
    if a.get('publisher'):
        article['publisher'] = a['publisher']
    return {'id': a['id'], 'article': article, 'tasks': TASKS, 'gold': gold}, text, spans


def check_time(a, surface, value, warn):
    low = surface.lower()
    for k, day in enumerate(WEEKDAYS):
        if day in low:
            if len(value) < 10:
                warn(f"{a['id']}: weekday {surface!r} with value {value!r}")
                return
            d = dt.date.fromisoformat(value[:10])
            if d.weekday() != k:
                warn(f"{a['id']}: {surface!r} is {value[:10]}, a {WEEKDAYS[d.weekday()]}")
            pub = dt.date.fromisoformat(a['published'][:10])
            if d > pub and not surface.startswith('Thursday'):
                warn(f"{a['id']}: {surface!r} ({value}) is after the published date")


MONEY_RE = re.compile(r'(?:[$€£¥]|\b(?:C|A|R|HK)\$)\s?\d'
                      r'|\b\d[\d,.]*\s*(?:million|billion|trillion)?\s*(?:euros?|yen|pounds|reais|yuan|dollars|dlrs|pence|cents|BTC|ETH)\b'
                      r'|\b\d+p\b')
PCT_RE = re.compile(r'\d[\d.]*\s*(?:%|percent\b|pct\b)')
TIME_RE = re.compile(r'\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|'
                     r'Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Monday|Tuesday|Wednesday|'
                     r'Thursday|Friday|Saturday|Sunday)\b\.?|\b(?:19|20)\d\d\b|\b\d{1,2}:\d\d\b|\b\d{4} GMT\b')
CAPS_RE = re.compile(r"\b[A-Z][\w'&.+/-]*(?:\s+(?:&\s+)?[A-Z][\w'&.+/-]*)*")
COMMON = set('''The A An In On As For From With And But Or At By To Of Its It This That These Those
Shares Spot Large Wallets Exchange Derivatives Open Risk Energy Markets Traders Looking Analysts
Adjusted Automotive Holdings Central Data Growth Business Compared Consumer Prices Core
Separately Economists Inflation Still Elsewhere Farmers Chocolate Gasoline Most Soybeans Corn
Benchmark Net Revenue Under With Custody Rival Not Executive Chief Financial Officer Chairman
President Finance Minister Managing Director Deputy Governor Vice Affairs International
Underlying Yields Regulatory Stablecoin State Foreign Carry Lithium Two Eight Industrial
Reporting Editing We Supply Scale Affordability Lehman Mid-crop Custody'''.split())


# date-looking words that are not dates (checked by hand)
NOT_TIME = {('held-w03', 'Jan')}  # "Editing by Jan Harvey"

# surfaces that are an entity in one place and a plain word in another (checked by hand)
NOT_ENTITY = {'own-w12': {'real'}, 'held-w02': {'euro'}}  # "the highest real rates", "euro zone"


def inside(pos_s, pos_e, spans):
    return any(s <= pos_s and pos_e <= e for s, e, _ in spans)


def check_coverage(aid, text, spans, warn):
    figs = spans['fig']
    for rx, what in ((MONEY_RE, 'money'), (PCT_RE, 'percentage'), (TIME_RE, 'time')):
        for m in rx.finditer(text):
            end = m.end() - (1 if m.group().endswith('.') else 0)
            if not inside(m.start(), end, figs) and (aid, m.group()) not in NOT_TIME:
                ctx = text[max(0, m.start() - 25):m.end() + 25].replace('\n', ' ')
                warn(f'{aid}: unannotated {what} {m.group()!r} in …{ctx}…')
    surfaces = {text[s:e] for s, e, _ in spans['ent']}
    for surf in surfaces - NOT_ENTITY.get(aid, set()):
        for m in re.finditer(r'(?<![\w$])' + re.escape(surf) + r'(?![\w])', text):
            if not any(s <= m.start() and m.end() <= e for s, e, _ in spans['ent']):
                ctx = text[max(0, m.start() - 25):m.end() + 25].replace('\n', ' ')
                warn(f'{aid}: {surf!r} annotated elsewhere but not in …{ctx}…')


def review(aid, text, spans):
    """Capitalised runs outside entity spans, for the annotator to look over."""
    seen = []
    for m in CAPS_RE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e, _ in spans['ent']):
            continue
        words = m.group().split()
        if len(words) == 1 and (words[0] in COMMON or words[0].rstrip('.') in COMMON):
            continue
        if any(s <= m.start() and m.end() <= e for s, e, _ in spans['fig']):
            continue
        seen.append(m.group())
    if seen:
        print(f'{aid} review: ' + ' | '.join(seen))


def main():
    strict = '--strict' in sys.argv
    warnings = []
    warn = warnings.append
    lines = []
    ids = set()
    for a in ARTICLES:
        if a['id'] in ids:
            raise SystemExit(f"duplicate id {a['id']}")
        ids.add(a['id'])
        rec, text, spans = build(a, warn)
        lines.append(json.dumps(rec, ensure_ascii=False))
        if '--review' in sys.argv:
            review(a['id'], text, spans)
    for w in warnings:
        print('warning:', w)
    out = os.path.join(HERE, OUT)
    with open(out, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
    counts = {t: 0 for t in TASKS}
    opt = {t: 0 for t in TASKS}
    for line in lines:
        g = json.loads(line)['gold']
        for t in TASKS:
            counts[t] += sum(1 for x in g[t] if not x.get('optional'))
            opt[t] += sum(1 for x in g[t] if x.get('optional'))
    print(f'wrote {out}: {len(lines)} articles; required (optional) items: ' +
          ', '.join(f'{t} {counts[t]} ({opt[t]})' for t in TASKS))
    if strict and warnings:
        sys.exit(1)


if __name__ == '__main__':
    main()
