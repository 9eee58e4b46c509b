#!/usr/bin/env python3
"""Build and validate flags-own.jsonl (claimscan's own flag-rule gold) from flags_own_data.py.

    python3 test/gold/build_flags_own.py            # validate, write flags-own.jsonl
    python3 test/gold/build_flags_own.py --notes    # also rewrite flags-own.NOTES.md
    python3 test/gold/build_flags_own.py --check    # validate only, write nothing

Standard library only. Exit 1 on any validation error (nothing is written then).

What is validated:
  * records: ids o-01.., ISO dates, .example urls, 150-450 words, blank-line paragraphs;
  * gold: rule ids, 6-10 word snippets that occur exactly once in the text after the scorer's
    normalisation (score.mjs `norm`) and stay inside one line and sentence; duplicates items
    that open exactly one near-copy (difflib ratio >= 0.9) of an earlier line; no accidental
    near-duplicate lines;
  * every relation in `checks`, with exact rational arithmetic (fractions): a planted relation
    must be wrong for every value inside the loosest rounding of each written figure (half a
    unit of its last significant digit; trailing zeros of whole numbers are not significant);
    a control relation must hold for the figures as written (half a unit of the last written
    digit, or the loose interval where marked tol="loose");
  * every written zone with zoneinfo (America/New_York, Chicago, Denver, Los_Angeles,
    Europe/London, Berlin; GMT and UTC valid all year), and every zone abbreviation in the
    text is covered by a tz check (so no zone is left unjudged);
  * every required arithmetic / inconsistent / timezone flag is backed by a planted check,
    and every planted check points at a required flag of its rule;
  * unsourced-claim: an article with a "Source:" line has no unsourced item; an article
    without one lists its attributions, and every line holding a figure either contains one
    of them or holds an unsourced-claim item (and a required unsourced item sits in a line
    with none of them);
  * the per-rule counts and the article mix asked for in the brief.
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
sys.dont_write_bytecode = True  # keep __pycache__ out of test/gold
sys.path.insert(0, HERE)
from flags_own_data import ARTICLES  # noqa: E402

OUT = os.path.join(HERE, "flags-own.jsonl")
NOTES = os.path.join(HERE, "flags-own.NOTES.md")
RULE_ORDER = ["arithmetic-mismatch", "inconsistent-figure", "timezone-mismatch", "unsourced-claim", "duplicate-paragraph"]
RULES = set(RULE_ORDER)
ARITH_KINDS = {"pct", "net", "prod", "share", "ratio", "expr", "cover"}
RULE_OF_KIND = {**{k: "arithmetic-mismatch" for k in ARITH_KINDS}, "same": "inconsistent-figure", "tz": "timezone-mismatch"}
ZONES = {
    "EST": "America/New_York", "EDT": "America/New_York",
    "CST": "America/Chicago", "CDT": "America/Chicago",
    "MST": "America/Denver", "MDT": "America/Denver",
    "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles",
    "BST": "Europe/London",
    "CET": "Europe/Berlin", "CEST": "Europe/Berlin",
}
ALWAYS_VALID = {"GMT", "UTC"}
ZONE_RE = re.compile(r"\b(EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|GMT|UTC)\b", re.I)
WORD_TOL_PLANTED = Fraction(1, 10)   # "halved" is wrong only outside 0.45..0.55
WORD_TOL_CONTROL = Fraction(3, 100)  # a control "halved" must be within 3% of 0.5
SOURCE_LINE = re.compile(r"Sources?:")

# what the brief asks for
MIN_ARTICLES, MIN_CLEAN = 30, 10
WANT = {"arithmetic-mismatch": (28, 34), "inconsistent-figure": (18, 24), "timezone-mismatch": (11, 14),
        "unsourced-claim": (7, 10), "duplicate-paragraph": (2, 3)}

errors = []


def err(aid, msg):
    errors.append(f"{aid}: {msg}")


def norm(s):
    """The scorer's normalisation (score.mjs norm): NFKC, lower case, collapsed white space,
    punctuation trimmed at both ends."""
    s = unicodedata.normalize("NFKC", str(s)).lower()
    s = re.sub(r"\s+", " ", s)
    s = re.sub(r"^[\s\W_]+|[\s\W_]+$", "", s)
    return s


# ----------------------------------------------------------------------------- numbers
class Num:
    """A written figure: nominal value, strict half-unit, loose half-unit.

    "612" -> 612, strict and loose half-unit 0.5; "38,000" -> loose half-unit 500 (trailing
    zeros of a whole number are not significant); "2.4*1000" -> 2,400 with half-units scaled;
    a bare int is an implied exact value (no rounding at all)."""

    def __init__(self, w):
        self.w = w
        if isinstance(w, int) and not isinstance(w, bool):
            self.v, self.hs, self.hl, self.implied = Fraction(w), Fraction(0), Fraction(0), True
            return
        self.implied = False
        s, scale = w, Fraction(1)
        if "*" in s:
            s, sc = s.split("*")
            scale = Fraction(sc)
        sign = -1 if s.startswith("-") else 1
        digits = s.lstrip("-+").replace(",", "")
        if not re.fullmatch(r"\d+(\.\d+)?", digits):
            raise ValueError(f"bad written figure {w!r}")
        v = Fraction(digits)
        if "." in digits:
            dec = len(digits.split(".")[1])
            hs = hl = Fraction(1, 2 * 10 ** dec)
        else:
            hs = Fraction(1, 2)
            z = len(digits) - len(digits.rstrip("0")) if digits.strip("0") else 0
            hl = Fraction(10 ** z, 2)
        self.v, self.hs, self.hl = sign * v * scale, hs * scale, hl * scale

    @property
    def text(self):
        if self.implied:
            return None
        return self.w.split("*")[0].lstrip("-+")

    def loose(self):
        return (self.v - self.hl, self.v + self.hl)


def fmt(x, nd=4):
    x = float(x)
    if abs(x) >= 1000:
        return f"{x:,.3f}".rstrip("0").rstrip(".")
    return f"{x:.{nd}f}".rstrip("0").rstrip(".") if x != int(x) else str(int(x))


def corners(fn, nums):
    """Range of fn over the box of loose intervals. Every fn used here is monotonic in each
    argument on the positive box, so the extremes sit at corners."""
    vals = [fn(*combo) for combo in itertools.product(*[n.loose() for n in nums])]
    return min(vals), max(vals)


def build_fn(c):
    k = c["kind"]
    if k == "pct":
        return [Num(c["frm"]), Num(c["to"])], (lambda a, b: (b - a) / a * 100), "(to - from) / from x 100"
    if k == "net":
        plus, minus = [Num(x) for x in c["plus"]], [Num(x) for x in c.get("minus", [])]
        n = len(plus)
        return plus + minus, (lambda *xs: sum(xs[:n], Fraction(0)) - sum(xs[n:], Fraction(0))), "sum(plus) - sum(minus)"
    if k == "prod":
        def p(*xs):
            r = Fraction(1)
            for x in xs:
                r *= x
            return r
        return [Num(x) for x in c["factors"]], p, "product"
    if k == "share":
        return [Num(c["part"]), Num(c["total"])], (lambda a, b: a / b * 100), "part / total x 100"
    if k == "ratio":
        return [Num(c["frm"]), Num(c["to"])], (lambda a, b: b / a), "to / from"
    if k == "expr":
        names = list(c["vars"])
        code = compile(c["f"], "<expr>", "eval")
        return [Num(c["vars"][n]) for n in names], (lambda *xs: eval(code, {}, dict(zip(names, xs)))), c["f"]
    raise ValueError(k)


def check_numeric(aid, c):
    """Return (line of arithmetic for the notes, figures used); record errors."""
    k, planted = c["kind"], c["planted"]
    if k == "cover":
        big, small = Num(c["big"]), Num(c["small"])
        if planted:
            ok = big.loose()[1] < small.loose()[0]
            line = f"claims {c['big']} >= {c['small']}; loosest {fmt(big.loose()[1])} < {fmt(small.loose()[0])}: wrong"
        else:
            ok = big.v >= small.v
            line = f"claims {c['big']} >= {c['small']}: holds"
        if not ok:
            err(aid, f"{'planted' if planted else 'control'} cover check fails: {c['desc']}")
        return line, [big, small]
    if k == "same":
        a, b = Num(c["a"]), Num(c["b"])
        (alo, ahi), (blo, bhi) = a.loose(), b.loose()
        overlap = not (ahi < blo or bhi < alo)
        if planted and overlap:
            err(aid, f"planted same-figure pair overlaps within rounding: {c['desc']}")
        if not planted and not overlap:
            err(aid, f"control restatement disagrees beyond rounding: {c['desc']}")
        line = (f"{c['a']} [{fmt(alo)}, {fmt(ahi)}] vs {c['b']} [{fmt(blo)}, {fmt(bhi)}]: "
                + ("disjoint, so they disagree" if not overlap else "overlap, so they agree"))
        return line, [a, b]
    nums, fn, form = build_fn(c)
    nominal = fn(*[n.v for n in nums])
    lo, hi = corners(fn, nums)
    word = c.get("factor")
    if word is not None:
        f = Fraction(word).limit_denominator(1000)
        tol = WORD_TOL_PLANTED if planted else WORD_TOL_CONTROL
        slo, shi = f * (1 - tol), f * (1 + tol)
        stated_txt = f"word factor {fmt(f)}"
    else:
        st = Num(c["stated"])
        if planted:
            slo, shi = st.loose()
        else:
            h = st.hl if c.get("tol") == "loose" else st.hs
            slo, shi = st.v - h, st.v + h
        stated_txt = f"stated {c['stated'] if not st.implied else fmt(st.v) + ' (implied)'}"
        nums = nums + [st]
    if planted:
        ok = hi < slo or lo > shi
        line = (f"{form} = {fmt(nominal)} (loosest range {fmt(lo)} .. {fmt(hi)}); {stated_txt} "
                f"(range {fmt(slo)} .. {fmt(shi)}): disjoint, wrong")
        if not ok:
            err(aid, f"planted check not wrong under loosest rounding: {c['desc']} -> {fmt(lo)}..{fmt(hi)} vs {fmt(slo)}..{fmt(shi)}")
    else:
        ok = slo <= nominal <= shi
        line = f"{form} = {fmt(nominal)}; {stated_txt} (accepts {fmt(slo)} .. {fmt(shi)}): holds"
        if not ok:
            err(aid, f"control check does not hold: {c['desc']} -> {fmt(nominal)} vs {fmt(slo)}..{fmt(shi)}")
    return line, nums


def check_tz(aid, c):
    zone = c["zone"]
    z = zone.upper()
    h, m = map(int, c["time"].split(":"))
    d = dt.date.fromisoformat(c["date"])
    if z in ALWAYS_VALID:
        valid, actual = True, z
    elif z in ZONES:
        local = dt.datetime(d.year, d.month, d.day, h, m, tzinfo=ZoneInfo(ZONES[z]))
        actual = local.tzname()
        valid = actual == z
    else:
        err(aid, f"unknown zone {zone}")
        return ""
    if c["planted"] and valid:
        err(aid, f"planted zone is valid: {c['desc']}")
    if not c["planted"] and not valid:
        err(aid, f"control zone is invalid: {c['desc']}")
    where = ZONES.get(z, "fixed")
    return f"{c['date']} {c['time']} {zone}: {where} uses {actual} then -> {'valid' if valid else 'MISMATCH'}"


def crosses_sentence(s):
    # a sentence boundary inside a snippet: '. X' not after an abbreviation
    return re.search(r"(?<!\bU\.S)(?<!\ba\.m)(?<!\bp\.m)(?<!\bJan)(?<!\bFeb)(?<!\bOct)\.\s+[A-Z\"]", s)


# ----------------------------------------------------------------------------- validate
def validate():
    ids = set()
    records, notes = [], []
    counts = {r: 0 for r in RULES}
    optional_counts = {r: 0 for r in RULES}
    clean = 0
    for a in ARTICLES:
        aid = a["id"]
        if not re.fullmatch(r"o-\d\d", aid) or aid in ids:
            err(aid, "bad or repeated id")
        ids.add(aid)
        text = a["text"].strip("\n")
        if text != text.strip():
            err(aid, "text has leading/trailing white space")
        for key in ("title", "published", "publisher", "url", "summary"):
            if not a.get(key):
                err(aid, f"missing {key}")
        try:
            dt.date.fromisoformat(a["published"])
        except Exception:
            err(aid, f"published is not an ISO date: {a.get('published')}")
        if not re.fullmatch(r"https://[a-z0-9-]+\.example/[\w./-]+", a["url"]):
            err(aid, f"url not on .example: {a['url']}")
        words = len(text.split())
        if not 150 <= words <= 450:
            err(aid, f"{words} words, outside 150-450")
        if "\n\n\n" in text or "\t" in text:
            err(aid, "paragraphs must be separated by exactly one blank line")
        lines = [ln for ln in text.split("\n") if ln.strip()]
        dup_open = list(a["dups"])
        # near-duplicate lines (each line is a paragraph for claimscan)
        for i, j in itertools.combinations(range(len(lines)), 2):
            li, lj = lines[i], lines[j]
            if min(len(li), len(lj)) < 25:
                continue
            r = difflib.SequenceMatcher(None, li, lj).ratio()
            if r > 0.8 and not any(lj.startswith(d) for d in dup_open):
                err(aid, f"unplanned near-duplicate lines ({r:.2f}): {li[:50]!r} / {lj[:50]!r}")
        copies = []
        for d in dup_open:
            later = [ln for ln in lines if ln.startswith(d)]
            if len(later) != 1:
                err(aid, f"duplicates item must open exactly one line: {d!r}")
                continue
            copies.append(later[0])
            idx = lines.index(later[0])
            best = max((difflib.SequenceMatcher(None, later[0], lines[k]).ratio() for k in range(idx)), default=0)
            if best < 0.9:
                err(aid, f"duplicates item is not a near-copy of an earlier paragraph ({best:.2f}): {d!r}")
            if norm(text).count(norm(d)) != 1:
                err(aid, f"duplicates item does not occur exactly once: {d!r}")
        # flags
        required = {}
        dp_flags = 0
        for f in a["flags"]:
            if f["rule"] not in RULES:
                err(aid, f"unknown rule {f['rule']}")
            n = len(f["text"].split())
            if not 6 <= n <= 10:
                err(aid, f"snippet has {n} words: {f['text']!r}")
            if f["text"] not in text:
                err(aid, f"snippet not an exact substring: {f['text']!r}")
            if norm(text).count(norm(f["text"])) != 1:
                err(aid, f"snippet does not occur exactly once: {f['text']!r}")
            if "\n" in f["text"] or crosses_sentence(f["text"]):
                err(aid, f"snippet crosses a sentence or paragraph: {f['text']!r}")
            if f.get("optional"):
                optional_counts[f["rule"]] += 1
            else:
                counts[f["rule"]] += 1
                required.setdefault((f["rule"], f["text"]), 0)
            if f["rule"] == "duplicate-paragraph":
                dp_flags += 1
                if not any(norm(d) in norm(f["text"]) or norm(f["text"]) in norm(d) for d in dup_open):
                    err(aid, f"duplicate-paragraph flag without a duplicates item: {f['text']!r}")
            if f["rule"] == "inconsistent-figure" and any(f["text"] in c for c in copies) and f.get("optional"):
                err(aid, f"the near-copy's changed figure must be the required item: {f['text']!r}")
        if dp_flags != len(dup_open):
            err(aid, "duplicate-paragraph flags and duplicates items differ in number")
        if a["kind"] == "clean":
            clean += 1
            if required:
                err(aid, "clean control has required flags")
        elif a["kind"] != "plant":
            err(aid, f"bad kind {a['kind']}")
        elif not required:
            err(aid, "plant article without required flags")
        # checks
        rows = []
        tz_zones = []
        for c in a["checks"]:
            rule = RULE_OF_KIND.get(c["kind"])
            if rule is None:
                err(aid, f"unknown check kind {c['kind']}")
                continue
            nums = []
            if c["kind"] == "tz":
                line = check_tz(aid, c)
                tz_zones.append(c["zone"].upper())
                if not re.search(r"\b" + re.escape(c["zone"]) + r"\b", text):
                    err(aid, f"zone {c['zone']} not in text as written")
            else:
                line, nums = check_numeric(aid, c)
            for n in nums:
                if n.text is not None and n.text not in text:
                    err(aid, f"figure {n.text!r} of check {c['desc']!r} not in text")
            if c["planted"]:
                key = (rule, c["flag"])
                if key not in required:
                    err(aid, f"planted check points at no required {rule} flag: {c['flag']!r}")
                else:
                    required[key] += 1
                if c["kind"] == "tz" and c["zone"] not in c["flag"]:
                    err(aid, f"timezone snippet does not contain the zone: {c['flag']!r}")
                if c["kind"] == "tz":
                    # the whole written timestamp: a date or weekday written right after the
                    # zone ("7:00 a.m. CST on July 3") belongs in the snippet too
                    i = text.find(c["flag"])
                    tail = re.match(r"\s+on\s+(?:[A-Z][a-z]+day\b|[A-Z][a-z]{2,8}\.? \d{1,2}\b)", text[i + len(c["flag"]):])
                    if c["flag"].rstrip().endswith(c["zone"]) and tail:
                        err(aid, f"timezone snippet stops before the date written with the time: {c['flag']!r} +{tail.group(0)!r}")
            elif c.get("flag"):
                err(aid, f"control check names a flag: {c['desc']}")
            rows.append((c, rule, line))
        for (rule, snip), nchk in required.items():
            if rule in ("arithmetic-mismatch", "inconsistent-figure", "timezone-mismatch") and nchk == 0:
                err(aid, f"required {rule} flag has no planted check: {snip!r}")
        # every written zone is judged by a tz check
        written = sorted(m.group(1).upper() for m in ZONE_RE.finditer(text))
        if written != sorted(tz_zones):
            err(aid, f"zones in text {written} differ from tz checks {sorted(tz_zones)}")
        # sources
        has_source_line = any(SOURCE_LINE.match(ln) for ln in lines)
        uc = [f for f in a["flags"] if f["rule"] == "unsourced-claim"]
        if has_source_line:
            if uc:
                err(aid, "unsourced-claim items in an article with an article-level source line")
            if a["sources"] is not None:
                err(aid, "article with a source line must not list paragraph sources")
        else:
            if a["sources"] is None:
                err(aid, "article without a source line must list its attributions (sources=)")
            else:
                for s in a["sources"]:
                    if s not in text:
                        err(aid, f"listed attribution not in text: {s!r}")
                for ln in lines:
                    if ln in copies or not re.search(r"\d", ln):
                        continue
                    named = any(s in ln for s in a["sources"])
                    held = [f for f in uc if f["text"] in ln]
                    if not named and not held:
                        err(aid, f"figure paragraph with no listed source and no unsourced item: {ln[:60]!r}")
                    if named and any(not f.get("optional") for f in held):
                        err(aid, f"required unsourced item in a paragraph that names a source: {ln[:60]!r}")
        article = {k: a[k] for k in ("id", "title", "published", "publisher", "url")}
        article["text"] = text
        gold_flags = [{k: v for k, v in f.items() if k in ("rule", "text", "optional")} for f in a["flags"]]
        records.append({
            "id": aid, "article": article, "tasks": ["flags", "duplicates"],
            "gold": {"flags": gold_flags, "duplicates": [{"text": d} for d in dup_open]},
        })
        notes.append((a, rows, words, has_source_line))
    if len(ARTICLES) < MIN_ARTICLES:
        err("set", f"{len(ARTICLES)} articles, want at least {MIN_ARTICLES}")
    if clean < MIN_CLEAN:
        err("set", f"{clean} clean controls, want at least {MIN_CLEAN}")
    for r, (lo, hi) in WANT.items():
        if not lo <= counts[r] <= hi:
            err("set", f"{counts[r]} required {r} items, want {lo}..{hi}")
    return records, notes, counts, optional_counts, clean


# ----------------------------------------------------------------------------- notes
NOTES_HEAD = """# flags-own.jsonl: claimscan's own gold for the flag rules

{n} hand-written articles in the genres of wire copy (mln/dlrs/pct, datelines, times without a
colon), blog posts, bullet boxes and table lines: crypto (miners, ETFs, stablecoins), equities,
earnings, metals, oil, grains, lithium, FX, rates, macro releases, M&A, company operations,
retail, airlines, mining, shipping, ports, power and telecoms. {p} carry planted defects, {c} are
clean controls full of look-alikes. Companies, people, brokers, funds and polls are fictional
and every figure is invented; real data providers, exchanges, central banks and statistics
offices appear only as the genre names them. Built by `build_flags_own.py` from
`flags_own_data.py` (Python 3, standard library only); this file's tables and arithmetic are
regenerated by `python3 test/gold/build_flags_own.py --notes`.

The set was written blind: without reading claimscan's source (`pipeline/`, `extractors/`,
`storage/`) and committed before claimscan was run on any of its articles. It measures whether
the rules generalise to copy their author has not seen. It shares no sentence or template
with `../shared/eval/dev/flags.jsonl` and follows its conventions (`flags.NOTES.md`) so that
the two scores are comparable. Score it from the project root with

```sh
node ../shared/eval/score.mjs test/gold/flags-own.jsonl --verbose
```

## Record and tasks

Each line is `{{id, article: {{id, title, published, publisher, url, text}}, tasks, gold}}` as in
`../shared/eval/FORMAT.md`. `tasks` is `["flags", "duplicates"]` for every article, so both
lists are exhaustive: any other flag of the five contract rules counts as a false positive.
Text is plain, paragraphs separated by one blank line; bullet and table lines sit on their own
lines, which makes each of them a paragraph for claimscan (CONTRACT.md, Input). `published` is
a date only, as a feed would give it.

## Gold conventions

- Snippets are 6 to 10 words copied verbatim from inside the flagged sentence; each occurs
  exactly once in the article after the scorer's normalisation and stays inside one line and
  one sentence (the builder checks all three). A snippet for a wrong figure contains that
  figure wherever the sentence allows.
- `arithmetic-mismatch`: the required item is in the sentence that states the change, share or
  total that its own numbers contradict. Operands stated in other sentences (a bullet list, the
  previous sentence or paragraph) are optional items. Where a total is stated in one paragraph
  and its parts in another (o-26 bullets under a total, o-32 a split in the next paragraph),
  the total's sentence is required and the parts are optional; where the parts sentence
  restates the total itself ("The 2,400 reductions break down as ...", o-21; "a combined
  2.31 mln TEU", o-11), that sentence is required.
- `inconsistent-figure`: the required item is the later of two statements of the same quantity
  (same subject, measure and time), whichever of the two is right; the earlier statement is an
  optional item. "Later" is text order: a headline-style first line (o-11) is earlier than the
  body, a bullet box (o-09, o-21) is earlier than the text under it.
- `timezone-mismatch`: the snippet holds the whole written timestamp: the time, the zone and a
  date or weekday written right after them ("7:00 a.m. CST on July 3", "9:30 a.m. est on
  Monday"; the builder checks this); the date may otherwise sit in
  the same sentence, an earlier sentence or paragraph (o-13, o-19), a dateline (o-04, o-11,
  o-17, o-18, o-26), or come from a weekday resolved against `published` (o-07 "on Sunday",
  o-22 "on Monday", o-30 "on Thursday").
- Near-copies (o-22, o-23, o-32): when a paragraph is repeated later with one figure changed,
  gold has (1) a `duplicates` item with the copy's opening words, (2) a `duplicate-paragraph`
  flag with the same words, because the scorer scores that rule under the `flags` task too,
  and (3) a required `inconsistent-figure` item on the changed figure inside the copy (the
  original's figure is optional), as CONTRACT.md now asks. The changed figure sits in the
  copy's first sentence so that its opening words are unique. Nothing else in a copy is gold.
- `unsourced-claim` follows CONTRACT.md literally: a figure sentence is sourced when a named
  source appears in its sentence, its paragraph or an article-level source line. {src} articles
  have such a line (`Source: ...` / `Sources: ...` at the end) and carry no unsourced item.
  {nosrc} have none; for each of them the data lists the attributions as written and the builder
  checks that every paragraph holding a figure contains one or holds an unsourced item. Four
  of them are clean controls (o-05, o-16, o-27, o-29), and the plants o-12, o-15, o-28 and o-32
  are sourced everywhere but in their planted paragraphs; their sources are deliberately of
  the kinds the issue says were missed: "the companies said in a joint statement", "Kingsmere
  Group plc said", "Tarnbrook Mining plc said", "ICE data showed", "CME data showed", a source
  named in the first sentence of a paragraph covering a figure in its second sentence, a
  quoted named person. The 8 required unsourced plants (o-12, o-15, o-28, o-32) are bare
  sentences or vague attributions ("on-chain data suggests", "market watchers say",
  "industry researchers estimate", "data shows"), each in a paragraph that names no source. An
  unattributed forecast is optional (1 item).

## Rounding and arithmetic

All relations are recomputed by the builder with exact rationals (`fractions.Fraction`).

- Loosest reading of a written figure: half a unit of its last significant digit, trailing
  zeros of whole numbers not significant ("2,310" is 2,305..2,315, "412" is 411.5..412.5,
  "4.79" is 4.785..4.795, "310 mln" is 305..315 mln). A planted relation must be wrong for
  every combination of values in these intervals (the computed range and the stated range are
  disjoint).
- A control relation must hold for the figures as written: the value computed from the
  written operands lies within half a unit of the last written digit of the stated result.
  Two are marked loose because the text hedges them ("about 5%" twice).
- Word factors: "halved" 0.5, "roughly two-thirds" 2/3. A planted one is wrong by more than
  10% of the factor at every corner; a control holds within 3%.
- Implied exact figures: "a quarter point" is 25 bp; January has 31 days.
- Basis points are computed from the two yields as written (4.79% - 4.65% is 14 bp);
  percentage points likewise.
- Restatements: a planted `inconsistent-figure` pair is disjoint under the loosest reading; an
  agreeing restatement in a control overlaps ("about 3.4 million" vs "3.41 million",
  "$2.42 billion" vs "2,418" million, "94 cents" vs "$0.94", "3,318 dlrs" vs "3,318.40 dlrs").

## Time zones

Checked with zoneinfo: EST/EDT America/New_York, CST/CDT America/Chicago, MST/MDT
America/Denver, PST/PDT America/Los_Angeles, BST Europe/London, CET/CEST Europe/Berlin; GMT and
UTC are valid all year. Zone abbreviations are matched case-insensitively as whole words, so
"380cst" (a fuel grade, o-31) is not a zone. 2025 dates: US daylight time 9 March - 2 November,
EU summer time 30 March - 26 October. Plants: CST in July and August (o-01, o-07, o-18); CEST
in January and November, written without a colon (o-04 "0715 CEST", o-11 "0700 CEST"); CET in
July (o-17); BST in February without a colon (o-26 "0700 BST"); EST on 29 October in a
November article, the date in the previous sentence (o-13: the publication date would
wrongly allow EST); EDT in January and on Thanksgiving (o-25, o-30); PDT on 2 January (o-19);
lowercase "est" in August (o-22). Controls: lowercase "edt" in July (o-05) and "est" in
February (o-14), "1415 CEST" / "1645 CEST" / "1200 BST" in June (o-08), "1000 CET" in January
(o-20), CST in February (o-29, o-33), PDT in August (o-10), BST in July and September (o-16,
o-31), and GMT/UTC throughout.

## Look-alikes (none is a defect)

Spot vs futures vs the LBMA auction price at another time (o-02); GAAP vs adjusted EPS, this
year vs last year columns, new vs old guidance (o-24); euro after the decision vs at 1645 CEST
(o-08); forecast vs actual and revised vs initial (o-05, o-29); -0.9% headline vs +0.9%
gasoline (o-29); month vs year, headline vs core (o-05); December vs annual renewables share
(o-20); Monday-Thursday vs week vs global vs US totals of fund flows (o-27); output restated
with the same number in a quote (o-16, o-33); "halved" and "reversing all of" that hold (o-10,
o-14, o-27, o-33); intraday vs close (o-14); realised vs benchmark price (o-16); a paragraph
whose second figure sentence is covered by a source named in its first (o-15, o-28). Plant
articles carry look-alikes too (poll vs actual, new vs previous guidance, June vs July
reserves, front vs second month, country rates vs the euro-area rate).
"""


def write_notes(notes, counts, optional_counts, clean):
    n = len(notes)
    src = sum(1 for _, _, _, s in notes if s)
    out = [NOTES_HEAD.format(n=n, p=n - clean, c=clean, src=src, nosrc=n - src).rstrip() + "\n"]
    out.append("## Counts\n")
    out.append("| rule | required | optional |\n| --- | ---: | ---: |")
    for r in RULE_ORDER:
        out.append(f"| `{r}` | {counts[r]} | {optional_counts[r]} |")
    out.append("")
    out.append("## Articles\n")
    out.append("Generated by `build_flags_own.py --notes` from flags_own_data.py; every line of"
               " arithmetic below was recomputed with exact rationals when this file was written.\n")
    for a, rows, words, has_src in notes:
        out.append(f"### {a['id']} ({a['kind']}) {a['title']}\n")
        out.append(f"{a['published']}, {a['publisher']}, {words} words, "
                   f"{'article-level source line' if has_src else 'no source line'}. {a['summary']}\n")
        fl = a["flags"]
        if a["dups"]:
            out.append("Duplicates: " + "; ".join(f"\"{d}\"" for d in a["dups"]) + "\n")
        if fl:
            out.append("| rule | gold snippet | req. |\n| --- | --- | --- |")
            for f in fl:
                out.append(f"| `{f['rule']}` | {f['text']} | {'optional' if f.get('optional') else 'required'} |")
            for f in fl:
                if f.get("note"):
                    out.append(f"\nNote on \"{f['text']}\": {f['note']}.")
            out.append("")
        else:
            out.append("No gold flag (clean control).\n")
        if rows:
            out.append("| relation | kind | arithmetic |\n| --- | --- | --- |")
            for c, rule, line in rows:
                tag = "PLANTED" if c["planted"] else "control"
                out.append(f"| {c['desc']} | {tag} {c['kind']} | {line} |")
            out.append("")
    # a hand-kept "## Scoring log" section at the end of the existing file survives rebuilds
    tail = ""
    if os.path.exists(NOTES):
        old = open(NOTES).read()
        i = old.find("\n## Scoring log")
        if i >= 0:
            tail = "\n" + old[i:].strip("\n") + "\n"
    with open(NOTES, "w") as fh:
        fh.write("\n".join(out).rstrip() + "\n" + tail)


def main():
    records, notes, counts, optional_counts, clean = validate()
    if errors:
        for e in errors:
            print("error:", e, file=sys.stderr)
        print(f"{len(errors)} error(s); nothing written", file=sys.stderr)
        sys.exit(1)
    print(f"{len(records)} articles OK ({len(records) - clean} plant, {clean} clean); required: "
          + ", ".join(f"{r} {counts[r]}" for r in RULE_ORDER)
          + "; optional: " + ", ".join(f"{r} {optional_counts[r]}" for r in RULE_ORDER if optional_counts[r]))
    if "--check" in sys.argv:
        return
    with open(OUT, "w") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {OUT}")
    if "--notes" in sys.argv:
        write_notes(notes, counts, optional_counts, clean)
        print(f"wrote {NOTES}")


if __name__ == "__main__":
    main()
