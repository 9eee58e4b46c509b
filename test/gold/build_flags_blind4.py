#!/usr/bin/env python3
"""Build and check test/gold/flags-blind4.jsonl from flags_blind4_data.py.

    python3 test/gold/build_flags_blind4.py            # check, then write flags-blind4.jsonl
    python3 test/gold/build_flags_blind4.py --notes    # also regenerate flags-blind4.NOTES.md
    python3 test/gold/build_flags_blind4.py --check    # check only

Standard library only. Exit 1 (and write nothing) on any error. Checked:
  * records: ids b4-01..b4-24, 16 plants and 8 clean controls, ISO dates, .example urls,
    150-450 words, paragraphs separated by exactly one blank line, a source line (if any) last;
  * snippets: 6-10 words, verbatim, exactly one occurrence after the scorer's normalisation,
    inside one sentence of one line; no two required items of one rule in the same sentence
    (the scorer matches each predicted flag once);
  * near-copies: a duplicates item opens exactly one line that is a near-copy (ratio >= 0.9) of
    an earlier line, and has a duplicate-paragraph flag; no other pair of lines is that similar;
  * arithmetic with exact rationals: a planted relation is wrong for every value within the
    loosest rounding of each written figure; a control holds for the figures as written;
    restatements: planted pairs are disjoint, control pairs overlap;
  * zones with zoneinfo; a planted zone is wrong on its date, a control zone right;
  * every required arithmetic / inconsistent / timezone item is backed by a planted check in its
    sentence, and every planted check names a required item;
  * unsourced-claim, literally as CONTRACT.md words it: articles with a source line carry no
    unsourced item; in articles without one, every line holding a digit names a source from the
    article's `named` list, or else every digit-bearing sentence of that line holds an unsourced
    item (and no unsourced item sits in a line that names a source);
  * every zone written in a text (abbreviation or spelled out) has a zone check;
  * the per-rule totals the brief asked for (about 55-70 required items: 26-34 arithmetic,
    14-17 inconsistent, 10-13 timezone, 6-8 unsourced, 2 near-copies).
"""
import datetime as dt
import difflib
import itertools
import json
import os
import re
import sys
import unicodedata
from fractions import Fraction
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from flags_blind4_data import ARTICLES  # noqa: E402

OUT = os.path.join(HERE, "flags-blind4.jsonl")
NOTES = os.path.join(HERE, "flags-blind4.NOTES.md")
RULE_ORDER = ["arithmetic-mismatch", "inconsistent-figure", "timezone-mismatch", "unsourced-claim", "duplicate-paragraph"]
ARITH = {"pct", "net", "prod", "share", "ratio", "expr", "cover"}
RULE_OF = {**{k: "arithmetic-mismatch" for k in ARITH}, "same": "inconsistent-figure", "tz": "timezone-mismatch"}
ZONE_TZ = {
    "EST": "America/New_York", "EDT": "America/New_York",
    "CST": "America/Chicago", "CDT": "America/Chicago",
    "MST": "America/Denver", "MDT": "America/Denver",
    "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles",
    "GMT": None, "BST": "Europe/London",
    "CET": "Europe/Berlin", "CEST": "Europe/Berlin",
    "AEST": "Australia/Sydney", "AEDT": "Australia/Sydney",
    "JST": None, "HKT": None,
}
# spelled-out zones, read as their abbreviation
ZONE_WORDS = {"EASTERN STANDARD TIME": "EST", "EASTERN DAYLIGHT TIME": "EDT",
              "CENTRAL STANDARD TIME": "CST", "CENTRAL DAYLIGHT TIME": "CDT"}
GENERIC = {"UTC", "ET", "CT", "MT", "PT"}  # valid all year (GMT, JST, HKT are fixed zones)
PLANT_WORD_TOL = Fraction(1, 10)     # a planted word factor is wrong by > 10% at every corner
CONTROL_WORD_TOL = Fraction(3, 100)  # a control word factor holds within 3%
ABBREV = ("a.m", "p.m", "U.S", "Inc", "Corp", "Co", "Dr", "Mr", "Ms", "No", "St", "vs", "approx",
          "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec")

problems = []


def bad(aid, msg):
    problems.append(f"{aid}: {msg}")


def norm(s):
    """score.mjs norm(): NFKC, lower case, white space collapsed, punctuation trimmed at both ends."""
    s = unicodedata.normalize("NFKC", str(s)).lower()
    s = re.sub(r"\s+", " ", s)
    return re.sub(r"^[\s\W_]+|[\s\W_]+$", "", s)


# ------------------------------------------------------------------------------ sentences
def sentence_spans(line):
    """(start, end) of each sentence of one line: a break after . ! ? (optionally closed by a
    quote) followed by white space and an upper-case letter, digit or opening quote, unless the
    word before the stop is a known abbreviation."""
    spans, start = [], 0
    for m in re.finditer(r"[.!?][\"']?\s+(?=[\"A-Z0-9])", line):
        before = line[start:m.start()]
        last = re.split(r"\s", before)[-1] if before else ""
        if any(last.endswith(a) for a in ABBREV):
            continue
        spans.append((start, m.start() + 1 + (1 if line[m.start() + 1:m.start() + 2] in "\"'" else 0)))
        start = m.end()
    spans.append((start, len(line)))
    return [(a, b) for a, b in spans if line[a:b].strip()]


def locate(text, snippet):
    """(line index, sentence index) of a snippet, or None when it crosses a boundary."""
    pos = text.find(snippet)
    if pos < 0:
        return None
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    if pos + len(snippet) > line_end:
        return None
    lines = text.split("\n")
    li = text.count("\n", 0, pos)
    rel = pos - line_start
    for si, (a, b) in enumerate(sentence_spans(lines[li])):
        if a <= rel and rel + len(snippet) <= b:
            return li, si
    return None


# ------------------------------------------------------------------------------ figures
class Fig:
    """A written figure: value, half a unit of its last written digit (strict), and half a unit
    of its last significant digit (loose; trailing zeros of whole numbers are not significant)."""

    def __init__(self, w):
        self.written = w
        if isinstance(w, (int, Fraction)):  # an exact figure the text implies (days, a unit factor)
            self.v, self.strict, self.loose_h, self.text = Fraction(w), Fraction(0), Fraction(0), None
            return
        s, scale = (w.split("*") + ["1"])[:2]
        scale = Fraction(scale)
        neg = s.startswith("-")
        digits = s.lstrip("+-").replace(",", "")
        if not re.fullmatch(r"\d+(\.\d+)?", digits):
            raise ValueError(f"not a written figure: {w!r}")
        v = Fraction(digits)
        if "." in digits:
            strict = loose_h = Fraction(1, 2 * 10 ** len(digits.split(".")[1]))
        else:
            strict = Fraction(1, 2)
            zeros = len(digits) - len(digits.rstrip("0")) if digits.strip("0") else 0
            loose_h = Fraction(10 ** zeros, 2)
        self.v = (-v if neg else v) * scale
        self.strict, self.loose_h = strict * scale, loose_h * scale
        self.text = s.lstrip("+-")

    def loose(self):
        return self.v - self.loose_h, self.v + self.loose_h


def show(x):
    x = float(x)
    if x == int(x) and abs(x) < 1e15:
        return f"{int(x):,}"
    if abs(x) >= 1000:
        return f"{x:,.3f}".rstrip("0").rstrip(".")
    return f"{x:.4f}".rstrip("0").rstrip(".")


def box_range(fn, figs):
    """min and max of fn over the box of loose intervals; every formula used here is monotonic
    in each argument over positive values, so the extremes sit at corners."""
    vals = [fn(*c) for c in itertools.product(*[f.loose() for f in figs])]
    return min(vals), max(vals)


def formula(c):
    k = c["kind"]
    if k == "pct":
        return [Fig(c["frm"]), Fig(c["to"])], lambda a, b: (b - a) / a * 100, "(to - from) / from x 100"
    if k == "net":
        plus, minus = [Fig(x) for x in c["plus"]], [Fig(x) for x in c.get("minus", [])]
        n = len(plus)
        return plus + minus, lambda *xs: sum(xs[:n], Fraction(0)) - sum(xs[n:], Fraction(0)), "sum(plus) - sum(minus)"
    if k == "prod":
        def prod(*xs):
            r = Fraction(1)
            for x in xs:
                r *= x
            return r
        return [Fig(x) for x in c["factors"]], prod, "product"
    if k == "share":
        return [Fig(c["part"]), Fig(c["total"])], lambda p, t: p / t * 100, "part / total x 100"
    if k == "ratio":
        return [Fig(c["frm"]), Fig(c["to"])], lambda a, b: b / a, "to / from"
    if k == "expr":
        names = list(c["vars"])
        code = compile(c["f"], "<expr>", "eval")
        return [Fig(c["vars"][n]) for n in names], lambda *xs: eval(code, {}, dict(zip(names, xs))), c["f"]
    raise ValueError(k)


def check_numbers(aid, c):
    """One line of arithmetic for the notes, and the figures it used."""
    k, planted = c["kind"], c["planted"]
    if k == "distinct":
        a, b = Fig(c["a"]), Fig(c["b"])
        return f"look-alike, not one quantity: {c['a']} vs {c['b']}", [a, b]
    if k == "cover":
        big, small = Fig(c["big"]), Fig(c["small"])
        if planted:
            ok = big.loose()[1] < small.loose()[0]
            line = f"needs {c['big']} >= {c['small']}; at most {show(big.loose()[1])} < at least {show(small.loose()[0])}: wrong"
        else:
            ok = big.v >= small.v
            line = f"needs {c['big']} >= {c['small']}: holds"
        if not ok:
            bad(aid, f"cover check fails: {c['desc']}")
        return line, [big, small]
    if k == "same":
        a, b = Fig(c["a"]), Fig(c["b"])
        (alo, ahi), (blo, bhi) = a.loose(), b.loose()
        overlap = not (ahi < blo or bhi < alo)
        if planted and overlap:
            bad(aid, f"planted restatement agrees within rounding: {c['desc']}")
        if not planted and not overlap:
            bad(aid, f"control restatement disagrees: {c['desc']}")
        verdict = "overlap: they agree" if overlap else "disjoint: they disagree"
        return f"{c['a']} [{show(alo)} .. {show(ahi)}] vs {c['b']} [{show(blo)} .. {show(bhi)}]: {verdict}", [a, b]
    figs, fn, form = formula(c)
    nominal = fn(*[f.v for f in figs])
    lo, hi = box_range(fn, figs)
    if "factor" in c:
        f = Fraction(c["factor"])
        tol = PLANT_WORD_TOL if planted else CONTROL_WORD_TOL
        slo, shi = f * (1 - tol), f * (1 + tol)
        stated = f"word factor {show(f)}"
    else:
        st = Fig(c["stated"])
        figs = figs + [st]
        if planted:
            slo, shi = st.loose()
        else:
            slo, shi = st.v - st.strict, st.v + st.strict
        stated = f"stated {c['stated'] if st.text is not None else show(st.v) + ' (implied)'}"
    if planted:
        ok = hi < slo or lo > shi
        line = (f"{form} = {show(nominal)} (loosest {show(lo)} .. {show(hi)}); {stated} "
                f"(loosest {show(slo)} .. {show(shi)}): disjoint, wrong")
        if not ok:
            bad(aid, f"planted relation can hold within rounding: {c['desc']}: {show(lo)}..{show(hi)} vs {show(slo)}..{show(shi)}")
    else:
        ok = slo <= nominal <= shi
        line = f"{form} = {show(nominal)}; {stated} (accepts {show(slo)} .. {show(shi)}): holds"
        if not ok:
            bad(aid, f"control relation fails: {c['desc']}: {show(nominal)} vs {show(slo)}..{show(shi)}")
    return line, figs


def check_zone(aid, c):
    zone = c["zone"]
    z = ZONE_WORDS.get(zone.upper(), zone.upper())
    h, m = map(int, c["time"].split(":"))
    d = dt.date.fromisoformat(c["date"])
    if z in GENERIC:
        valid, used, where = True, z, "generic zone"
    elif z in ZONE_TZ:
        name = ZONE_TZ[z]
        if name is None:
            valid, used, where = True, z, "fixed offset, no daylight time"
        else:
            used = dt.datetime(d.year, d.month, d.day, h, m, tzinfo=ZoneInfo(name)).tzname()
            valid, where = used == z, name
    else:
        bad(aid, f"unknown zone {zone}")
        return ""
    if c["planted"] and valid:
        bad(aid, f"planted zone is valid: {c['desc']}")
    if not c["planted"] and not valid:
        bad(aid, f"control zone is wrong: {c['desc']}")
    return f"{c['date']} {c['time']} {zone}: {where} uses {used} then, so {'valid' if valid else 'MISMATCH'}"


# ------------------------------------------------------------------------------ validate
def validate():
    records, notes = [], []
    req = {r: 0 for r in RULE_ORDER}
    opt = {r: 0 for r in RULE_ORDER}
    kinds = {"plant": 0, "clean": 0}
    seen_ids = set()
    for n, a in enumerate(ARTICLES, 1):
        aid = a["id"]
        if aid != f"b4-{n:02d}" or aid in seen_ids:
            bad(aid, "ids must run b4-01, b4-02, ...")
        seen_ids.add(aid)
        if a["kind"] not in kinds:
            bad(aid, f"kind {a['kind']!r}")
            continue
        kinds[a["kind"]] += 1
        for key in ("title", "published", "publisher", "url", "summary"):
            if not a.get(key):
                bad(aid, f"missing {key}")
        try:
            dt.date.fromisoformat(a["published"])
        except ValueError:
            bad(aid, "published is not an ISO date")
        if not re.fullmatch(r"https://[a-z0-9-]+\.example/[\w./-]+", a["url"]):
            bad(aid, f"url must be on .example: {a['url']}")
        paras = a["paras"]
        if any(p != p.strip() or "\n\n" in p or not p for p in paras):
            bad(aid, "a paragraph is empty, padded, or holds a blank line")
        text = "\n\n".join(paras)
        words = len(text.split())
        if not 150 <= words <= 450:
            bad(aid, f"{words} words (want 150-450)")
        lines = text.split("\n")
        nonblank = [i for i, ln in enumerate(lines) if ln.strip()]
        src_lines = [i for i in nonblank if re.match(r"Sources?:", lines[i])]
        has_src = bool(src_lines)
        if has_src and src_lines != [nonblank[-1]]:
            bad(aid, "the source line must be the last line, and only one")
        ntext = norm(text)

        # near-copies
        dups = a["dups"]
        for i, j in itertools.combinations(nonblank, 2):
            li, lj = lines[i], lines[j]
            if min(len(li), len(lj)) < 25:
                continue
            r = difflib.SequenceMatcher(None, li, lj).ratio()
            if r > 0.8 and not any(lj.startswith(d) for d in dups):
                bad(aid, f"unplanned near-duplicate lines ({r:.2f}): {li[:40]!r} / {lj[:40]!r}")
        for d in dups:
            hits = [i for i in nonblank if lines[i].startswith(d)]
            if len(hits) != 1:
                bad(aid, f"duplicates item must open exactly one line: {d!r}")
                continue
            best = max((difflib.SequenceMatcher(None, lines[hits[0]], lines[k]).ratio() for k in nonblank if k < hits[0]), default=0)
            if best < 0.9:
                bad(aid, f"duplicates item is not a near-copy of an earlier line ({best:.2f})")
            if ntext.count(norm(d)) != 1:
                bad(aid, f"duplicates item not unique: {d!r}")

        # flags
        where = {}
        req_keys = {}
        sentence_rule = set()
        for f in a["flags"]:
            rule, snip = f["rule"], f["text"]
            if rule not in RULE_ORDER:
                bad(aid, f"unknown rule {rule}")
                continue
            nw = len(snip.split())
            if not 6 <= nw <= 10:
                bad(aid, f"snippet of {nw} words: {snip!r}")
            if snip not in text:
                bad(aid, f"snippet not verbatim: {snip!r}")
                continue
            if ntext.count(norm(snip)) != 1:
                bad(aid, f"snippet not unique after normalisation: {snip!r}")
            loc = locate(text, snip)
            if loc is None:
                bad(aid, f"snippet crosses a sentence or line: {snip!r}")
                continue
            where[(rule, snip)] = loc
            if f.get("optional"):
                opt[rule] += 1
            else:
                req[rule] += 1
                req_keys[(rule, snip)] = 0
                if rule != "duplicate-paragraph":
                    if (rule, loc) in sentence_rule:
                        bad(aid, f"two required {rule} items in one sentence: {snip!r}")
                    sentence_rule.add((rule, loc))
            if rule == "duplicate-paragraph" and snip not in dups:
                bad(aid, f"duplicate-paragraph flag without its duplicates item: {snip!r}")
        if sum(1 for f in a["flags"] if f["rule"] == "duplicate-paragraph") != len(dups):
            bad(aid, "one duplicate-paragraph flag per duplicates item")
        for d in dups:
            dline = next(i for i in nonblank if lines[i].startswith(d))
            if not any(f["rule"] == "inconsistent-figure" and not f.get("optional") and where.get((f["rule"], f["text"]), (-1,))[0] == dline
                       for f in a["flags"]):
                bad(aid, "a near-copy needs a required inconsistent-figure item inside the copy")
        if a["kind"] == "clean" and req_keys:
            bad(aid, "a clean control has required items")
        if a["kind"] == "plant" and not req_keys:
            bad(aid, "a plant article has no required item")

        # unsourced-claim, per CONTRACT.md
        unsourced = [f for f in a["flags"] if f["rule"] == "unsourced-claim"]
        if has_src and unsourced:
            bad(aid, "unsourced items in an article with a source line")
        if not has_src:
            named = a.get("named")
            if not named:
                bad(aid, "an article without a source line must list its named sources")
                named = []
            for li in nonblank:
                line = lines[li]
                if not re.search(r"\d", line):
                    continue
                covered = any(nm in line for nm in named)
                items_here = {where[(f["rule"], f["text"])][1] for f in unsourced if (f["rule"], f["text"]) in where and where[(f["rule"], f["text"])][0] == li}
                if covered and items_here:
                    bad(aid, f"unsourced item in a line that names a source: {line[:50]!r}")
                if not covered:
                    for si, (s0, s1) in enumerate(sentence_spans(line)):
                        if re.search(r"\d", line[s0:s1]) and si not in items_here:
                            bad(aid, f"a figure sentence with no named source and no unsourced item: {line[s0:s1][:60]!r}")

        # every written zone is checked
        zone_re = r"\b(" + "|".join(sorted(list(ZONE_TZ) + list(GENERIC) + [w.title() for w in ZONE_WORDS], key=len, reverse=True)) + r")\b"
        n_zones = len(re.findall(zone_re, text))
        n_tz = sum(1 for c in a["checks"] if c["kind"] == "tz")
        if n_zones != n_tz:
            bad(aid, f"{n_zones} zones written but {n_tz} zone checks")

        # checks
        rows = []
        for c in a["checks"]:
            kind = c["kind"]
            if kind == "tz":
                line = check_zone(aid, c)
                figs = []
                if not re.search(r"(?<![A-Za-z])" + re.escape(c["zone"]) + r"(?![A-Za-z])", text):
                    bad(aid, f"zone {c['zone']} not in the text")
            elif kind in ARITH or kind in ("same", "distinct"):
                line, figs = check_numbers(aid, c)
            else:
                bad(aid, f"unknown check kind {kind}")
                continue
            for fg in figs:
                if fg.text is not None and not re.search(r"(?<![\d.,])" + re.escape(fg.text) + r"(?![\d]|[.,]\d)", text):
                    bad(aid, f"figure {fg.text!r} of {c['desc']!r} not in the text")
            rule = RULE_OF.get(kind)
            if c["planted"]:
                key = (rule, c["flag"])
                if key not in req_keys:
                    bad(aid, f"planted check names no required {rule} item: {c['flag']!r}")
                else:
                    req_keys[key] += 1
                if kind == "tz" and c["zone"] not in c["flag"]:
                    bad(aid, f"timezone snippet lacks the zone: {c['flag']!r}")
                if kind == "same":
                    figtext = Fig(c["b"]).text
                    if figtext not in c["flag"]:
                        bad(aid, f"inconsistent snippet lacks the later figure {figtext}: {c['flag']!r}")
            elif c.get("flag"):
                bad(aid, f"control check names a flag: {c['desc']}")
            rows.append((c, line))
        for (rule, snip), n_checks in req_keys.items():
            if rule in ("arithmetic-mismatch", "inconsistent-figure", "timezone-mismatch") and n_checks == 0:
                bad(aid, f"required {rule} item without a planted check: {snip!r}")

        article = {"id": aid, "title": a["title"], "published": a["published"],
                   "publisher": a["publisher"], "url": a["url"], "text": text}
        records.append({
            "id": aid, "article": article, "tasks": ["flags", "duplicates"],
            "gold": {
                "flags": [{k: f[k] for k in ("rule", "text", "optional") if k in f} for f in a["flags"]],
                "duplicates": [{"text": d} for d in dups],
            },
        })
        notes.append((a, rows, words, has_src))

    if len(ARTICLES) != 24 or kinds != {"plant": 16, "clean": 8}:
        bad("set", f"want 24 articles, 16 plants and 8 controls; have {len(ARTICLES)}, {kinds}")
    want = {"arithmetic-mismatch": (26, 34), "inconsistent-figure": (14, 17), "timezone-mismatch": (10, 13),
            "unsourced-claim": (6, 8), "duplicate-paragraph": (2, 2)}
    for rule, (lo, hi) in want.items():
        if not lo <= req[rule] <= hi:
            bad("set", f"{req[rule]} required {rule} items, want {lo}..{hi}")
    return records, notes, req, opt


# ------------------------------------------------------------------------------ notes
HEAD = """# flags-blind4.jsonl: a fourth blind gold set for the flag rules

24 hand-written finance news articles, 16 with planted defects and 8 clean controls full of
look-alikes, for measuring whether claimscan's flag rules generalise to copy their authors have
never seen. Written without reading claimscan's source (pipeline/, extractors/, storage/, bench/)
or its tests, without reading the other gold sets' article texts (test/gold/flags-own.jsonl,
flags-blind2.jsonl, flags-blind3.jsonl, test/gold/flags_*_data.py, ../shared/eval/dev/flags.jsonl),
and committed before claimscan was run on it. Sectors and constructions were chosen to differ from
blind3's (its NOTES were read for that). Companies, people, brokers, data firms and every figure are
invented; real central banks, agencies, exchanges, regulators and data vendors (the Fed, the SNB,
the UK DMO, Conab, the NAR, Freddie Mac, the Commerce Department, the NAHB, the ACMA, the CBOT,
LSEG, Nasdaq) appear only as the genre names them.

Built by `build_flags_blind4.py` from `flags_blind4_data.py` (Python standard library; the builder
is blind3's with new ids, counts and this header); this file's counts, tables and arithmetic are
regenerated by `python3 test/gold/build_flags_blind4.py --notes`. Score with
`node ../shared/eval/score.mjs test/gold/flags-blind4.jsonl --verbose`.

## Genres and sectors

Insurance results with combined/loss/expense ratios (b4-01); a chipmaker's guidance in an
AI-drafted recap with subheads and a key-numbers box (b4-02); weekly rail freight carloads with a
commodity box (b4-03); gold production by mine with a guidance near-copy (b4-04); a crop agency's
soybean estimate with CBOT futures (b4-05); the Fed's weekly balance sheet (b4-06); existing-home
sales under a capitals headline line (b4-07); an index-rebalance explainer without a source line
(b4-08); a Treasury 30-year auction (b4-09); a stablecoin reserves report with a breakdown box and a
near-copy (b4-10); a tanker orderbook story without a source line (b4-11); a 5G spectrum auction in
Australia (b4-12); a retailer's store count without a source line (b4-13); a UK cash-and-share
takeover priced by an exchange ratio (b4-14); a dividend story with a special payout (b4-15); weekly
fund flows by asset class with a box (b4-16). Clean controls: a bank's capital ratios (b4-17),
cross-Channel rail passengers (b4-18), SNB reserves and sight deposits (b4-19), a gilt auction
(b4-20), copper production by mine (b4-21), housing starts without a source line (b4-22), a dividend
and buyback (b4-23), stablecoin supply without a source line (b4-24). Wire datelines with mln/bln dlrs
and pct (b4-01, 03, 07, 14), fact boxes and bullet lists (b4-02, 03, 04, 10, 16, 21), quotes against
narration (b4-01, 03, 05, 06, 09, 12, 14, 15) and headline-style first lines (b4-07).

## Record and tasks

Each line is `{id, article: {id, title, published, publisher, url, text}, tasks, gold}` as in
../shared/eval/FORMAT.md. `tasks` is `["flags", "duplicates"]` everywhere, so both lists are
exhaustive: any other flag of the five scored rules is a false positive. Text is plain,
paragraphs separated by one blank line; subheads, box lines and bullets sit on their own lines
(each a paragraph for claimscan, CONTRACT.md "Input"). The title is the record's `title`, carries
no figure that the text contradicts, and is not repeated in the text.

## Conventions

- Snippets are 6 to 10 words copied verbatim from inside one sentence of the flagged line, and
  occur exactly once in the text after the scorer's normalisation; the builder checks all three
  with its own sentence splitter. A snippet on a wrong figure contains that figure.
- No two required items of one rule sit in the same sentence, since the scorer lets one
  predicted flag match one gold item.
- `arithmetic-mismatch`: the required item is in the sentence that states the change, share,
  average, ratio, spread, product or total that its own numbers contradict. Operands written in
  another line (a box line, a previous paragraph) are optional items. A wrong figure that is also
  the earlier of an inconsistent pair (b4-07's headline) carries optional items of both rules.
- `inconsistent-figure`: the required item is the later statement of the same quantity (same
  subject, measure, period or moment, basis); earlier statements are optional items.
- `timezone-mismatch`: the snippet holds the time and the zone as written; the date comes from the
  same sentence, a dateline, or a weekday resolved against `published` or an earlier sentence.
- Near-copies (b4-04, b4-10): a paragraph repeated near the end with one figure changed inside the
  copy's opening words. Gold has a `duplicates` item with those words, a `duplicate-paragraph` flag
  with the same words (the scorer scores that rule under `flags`), and a required
  `inconsistent-figure` item on the changed figure inside the copy (CONTRACT.md "Output"), with the
  original's figure as an optional item. The copied paragraphs hold no arithmetic relation, so the
  changed figure breaks nothing but the repeat.
- `unsourced-claim` follows CONTRACT.md literally: a figure sentence is sourced when a named source
  is in its sentence, its paragraph, or an article-level source line (`Source:` / `Sources:` as the
  last line). 19 articles have such a line and carry no unsourced item. Five have none: b4-22 and
  b4-24 are clean controls where every paragraph that holds a digit names a source (the Commerce
  Department, Marlow Partners, the NAHB, a quoted economist; Chainbeam Analytics, an issuer, a quoted
  researcher); b4-08, b4-11 and b4-13 hold the 7 required plants, bare sentences or vague
  attributions ("market watchers estimate", "traders say", "industry estimates suggest",
  "according to industry data") in paragraphs that name nobody, and 3 optional items on forecasts
  with a vague attribution ("Some analysts expect", "Some brokers expect", "Analysts expect"). In
  those articles, paragraphs naming Castleton Indices, Halvorsen & Kjaer, Brightwell, its CEO or
  Nasdaq data are sourced look-alikes. The builder checks every digit-bearing line of the five.

## Rounding and arithmetic

Every relation is recomputed with exact rationals.

- Loosest reading of a written figure: half a unit of its last significant digit; trailing zeros
  of a whole number are not significant ("120" MHz is 115 .. 125, "420" pence is 415 .. 425,
  "3.12" is 3.115 .. 3.125). A planted relation must be wrong at every corner of these intervals
  (the computed range and the stated range are disjoint).
- A control holds for the figures as written: the computed value lies within half a unit of the
  last written digit of the stated result.
- Word factors: "halved" and "roughly halved" 0.5, "doubled" 2. A planted one is off by more than
  10% at every corner; a control is within 3%.
- Implied exact figures: 12 months in months' supply, 4 quarterly dividends a year, 100 pence a
  pound, 100 basis points a percentage point, 2,204.62 lb a tonne, 1,000 kg a tonne; allotments
  add to 100%.
- Months' supply = inventory / annual sales rate x 12; bid-to-cover = bids / amount offered;
  stop-through and tail = the gap between two yields in basis points; price per MHz per head =
  price / (MHz x population); value per share in a cash-and-share offer = cash + exchange ratio x
  the acquirer's price; the target holders' stake = new shares / (existing + new shares).
- Restatements: a planted pair is disjoint under the loosest reading; an agreeing control pair
  overlaps ("about 12%" for 12.0%, "nearly 4.4 million" for 4.38 million, "about 712 billion" for
  712.4 billion, "near 1.5 million" for 1.494 million).

## Time zones

Checked with zoneinfo: EST/EDT America/New_York, CST/CDT America/Chicago, MST/MDT
America/Denver, PST/PDT America/Los_Angeles, BST Europe/London, CET/CEST Europe/Berlin (Zug and
Paris keep the same rules), AEST/AEDT Australia/Sydney; GMT is a fixed offset; UTC and ET are valid
all year. "Eastern Daylight Time" is read as EDT. Plants, each pinned to a place by the text: EST on
30 April (b4-01, Hartford), PST on 20 August and 4 June (b4-02 San Jose, b4-16 San Francisco), CST
on 12 March 2025, three days into US daylight time (b4-03, Omaha), CDT on 13 November 2025, after US
daylight time ended on 2 November (b4-05, the CBOT), EDT on 9 January and 13 November 2025 (b4-06,
b4-09), "Eastern Daylight Time" on 20 November 2025 (b4-07), CET on 30 June (b4-10, Zug), AEST on
3 December (b4-12, Sydney), BST on 27 October 2025, the day after UK clocks went back (b4-14), MDT
on 29 January (b4-15, Denver). Controls: EDT and ET in July (b4-17), EDT on 18 March 2025 (b4-22,
nine days into daylight time), EST on 4 November 2025, two days after it ended (b4-23), BST on
10 April and CEST in April and August (b4-18, 19), GMT in February, July and August, EST in February
(b4-20), UTC (b4-24). Written forms: "8:00 a.m. EST", "1:30 p.m. PST", "6:00 a.m. CST", "10:45 a.m.
CDT", "4:30 p.m. EDT", "10:00 a.m. Eastern Daylight Time", "23:59 CET", "4:15 p.m. AEST",
"07:00 BST", "9:00 a.m. MDT", "1400 GMT", "08:30 CEST", "00:00 UTC".

## Look-alikes (none is a defect)

Reported vs fully phased-in CET1, Tier 1 vs CET1, June vs March, a CFO's "about 12%" (b4-17); March
vs quarter passengers, punctuality this year vs last, a CEO's "nearly 4.4 million" (b4-18); gold
tonnes vs value, June vs July, a "roughly halved" that holds, an economist's rounded reserves
(b4-19); coupon vs yield, this cover vs the previous one (b4-20); payable vs produced copper, Q1 vs
Q2 vs first half, molybdenum (b4-21); forecast vs actual starts, starts vs permits vs completions, a
rounded restatement (b4-22); special vs regular dividend, a "doubled" that holds, record vs payment
date (b4-23); supply vs trading volume, this week vs last, two issuers and a remainder (b4-24).
Plant articles carry their own: gross vs net premiums, reported vs underlying combined ratio
(b4-01); consensus vs guidance midpoint (b4-02); week vs year-to-date carloads (b4-03); gold vs
gold-equivalent ounces (b4-04); total vs summer corn, exports vs crushing (b4-05); reserves vs the
Treasury General Account (b4-06); first-time vs all-cash shares (b4-07); capacity share vs ship-count
share of the orderbook (b4-11); money-fund assets vs weekly flows (b4-16); correct controls beside the
wrong figures (a correct % change next to a wrong margin, a correct refunding sum next to a wrong
cover, a correct deal value next to a wrong per-share value).
"""


def write_notes(notes, req, opt):
    out = [HEAD.rstrip(), "", "## Counts", "", "| rule | required | optional |", "| --- | ---: | ---: |"]
    for r in RULE_ORDER:
        out.append(f"| `{r}` | {req[r]} | {opt[r]} |")
    out += ["", "## Articles", "",
            "Generated by `build_flags_blind4.py --notes`; every line of arithmetic was recomputed with exact"
            " rationals when this file was written.", ""]
    for a, rows, words, has_src in notes:
        out.append(f"### {a['id']} ({a['kind']}) {a['title']}")
        out.append("")
        out.append(f"{a['published']}, {a['publisher']}, {words} words, "
                   f"{'source line' if has_src else 'no source line'}. {a['summary']}")
        out.append("")
        if a["flags"]:
            out += ["| rule | gold snippet | req. |", "| --- | --- | --- |"]
            for f in a["flags"]:
                out.append(f"| `{f['rule']}` | {f['text']} | {'optional' if f.get('optional') else 'required'} |")
            if a["dups"]:
                out.append("")
                out.append("duplicates: " + "; ".join(f"\"{d}\"" for d in a["dups"]))
            out.append("")
        else:
            out += ["No gold flag (clean control).", ""]
        out += ["| relation | kind | arithmetic |", "| --- | --- | --- |"]
        for c, line in rows:
            tag = "PLANTED" if c["planted"] else "control"
            out.append(f"| {c['desc']} | {tag} {c['kind']} | {line} |")
        out.append("")
    tail = ""
    if os.path.exists(NOTES):
        old = open(NOTES, encoding="utf-8").read()
        i = old.find("\n## Scoring log")
        if i >= 0:
            tail = "\n" + old[i:].strip("\n") + "\n"
    with open(NOTES, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out).rstrip() + "\n" + tail)


def main():
    records, notes, req, opt = validate()
    if problems:
        for p in problems:
            print("error:", p, file=sys.stderr)
        print(f"{len(problems)} error(s); nothing written", file=sys.stderr)
        sys.exit(1)
    print(f"{len(records)} articles OK; required: " + ", ".join(f"{r} {req[r]}" for r in RULE_ORDER)
          + "; optional: " + ", ".join(f"{r} {opt[r]}" for r in RULE_ORDER if opt[r]))
    if "--check" in sys.argv:
        return
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {OUT}")
    if "--notes" in sys.argv:
        write_notes(notes, req, opt)
        print(f"wrote {NOTES}")


if __name__ == "__main__":
    main()
