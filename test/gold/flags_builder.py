"""Shared builder and checker of the blind flag gold sets (flags-blind2 .. flags-blindN).

Each test/gold/build_flags_blindN.py is a thin script: the set's SetConfig (id prefix, article
counts, per-rule totals, NOTES header, file names, the few checks that differ between sets) and a
call to run(config, ARTICLES), ARTICLES coming from flags_blindN_data.py. Command line of those
scripts:

    python3 test/gold/build_flags_blindN.py            # check, then write flags-blindN.jsonl
    python3 test/gold/build_flags_blindN.py --notes    # also regenerate flags-blindN.NOTES.md
    python3 test/gold/build_flags_blindN.py --check    # check only

Standard library only. Exit 1 (and write nothing) on any error. Checked:
  * records: ids <prefix>-01.., the set's numbers of plants and clean controls, ISO dates,
    .example urls, 150-450 words, paragraphs separated by exactly one blank line, a source line
    (if any) last;
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
  * every zone written in a text (abbreviation or spelled out) has a zone check (from blind3 on:
    SetConfig.zone_count_check);
  * the per-rule totals the set's brief asked for (SetConfig.want).

What differs between the sets, besides ids, counts, totals and the header, is kept as options
with blind2's values where blind2 was written against an earlier copy of this code: its sentence
splitter knew no month abbreviations (SetConfig.abbrev), its notes call GMT "fixed UTC+0"
(SetConfig.fixed_zone_note), and it had no zone-count check. The zone tables are the union of
all sets' (blind2 wrote none of the zones added later, so the union changes nothing for it).
"""
import datetime as dt
import difflib
import itertools
import json
import os
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from fractions import Fraction
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
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
# words whose final stop does not end a sentence
ABBREV_BASE = ("a.m", "p.m", "U.S", "Inc", "Corp", "Co", "Dr", "Mr", "Ms", "No", "St", "vs", "approx")
MONTH_ABBREV = ("Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec")
ABBREV = ABBREV_BASE + MONTH_ABBREV


@dataclass(frozen=True)
class SetConfig:
    """What one blind set's builder sets; everything else is shared."""
    prefix: str                 # id prefix, "b4" -> b4-01, b4-02, ...
    plants: int                 # articles with planted defects
    controls: int               # clean controls
    want: dict                  # rule -> (least, most) required items the brief asked for
    head: str                   # the hand-written head of the NOTES, up to "## Counts"
    name: str                   # "flags-blind4": writes <name>.jsonl and <name>.NOTES.md
    builder: str                # the thin script's file name, quoted in the NOTES
    abbrev: tuple = ABBREV
    zone_count_check: bool = True
    lowercase_zones: bool = False  # also count lower-case zone abbreviations ("4:05 p.m. est")
    fixed_zone_note: str = "fixed offset, no daylight time"
    dir: str = field(default=HERE)

    @property
    def out_path(self):
        return os.path.join(self.dir, f"{self.name}.jsonl")

    @property
    def notes_path(self):
        return os.path.join(self.dir, f"{self.name}.NOTES.md")


problems = []


def bad(aid, msg):
    problems.append(f"{aid}: {msg}")


def norm(s):
    """score.mjs norm(): NFKC, lower case, white space collapsed, punctuation trimmed at both ends."""
    s = unicodedata.normalize("NFKC", str(s)).lower()
    s = re.sub(r"\s+", " ", s)
    return re.sub(r"^[\s\W_]+|[\s\W_]+$", "", s)


# ------------------------------------------------------------------------------ sentences
def sentence_spans(line, abbrev):
    """(start, end) of each sentence of one line: a break after . ! ? (optionally closed by a
    quote) followed by white space and an upper-case letter, digit or opening quote, unless the
    word before the stop is a known abbreviation."""
    spans, start = [], 0
    for m in re.finditer(r"[.!?][\"']?\s+(?=[\"A-Z0-9])", line):
        before = line[start:m.start()]
        last = re.split(r"\s", before)[-1] if before else ""
        if any(last.endswith(a) for a in abbrev):
            continue
        spans.append((start, m.start() + 1 + (1 if line[m.start() + 1:m.start() + 2] in "\"'" else 0)))
        start = m.end()
    spans.append((start, len(line)))
    return [(a, b) for a, b in spans if line[a:b].strip()]


def locate(text, snippet, abbrev):
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
    for si, (a, b) in enumerate(sentence_spans(lines[li], abbrev)):
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


def check_zone(aid, c, fixed_where):
    zone = c["zone"]
    z = ZONE_WORDS.get(zone.upper(), zone.upper())
    h, m = map(int, c["time"].split(":"))
    d = dt.date.fromisoformat(c["date"])
    if z in GENERIC:
        valid, used, where = True, z, "generic zone"
    elif z in ZONE_TZ:
        # a check may pin the abbreviation to the place the text names ("iana"), e.g. CST in
        # Mexico City, which has kept standard time all year since 2022
        name = c.get("iana") or ZONE_TZ[z]
        if name is None:
            valid, used, where = True, z, fixed_where
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
def validate(cfg, articles):
    records, notes = [], []
    req = {r: 0 for r in RULE_ORDER}
    opt = {r: 0 for r in RULE_ORDER}
    kinds = {"plant": 0, "clean": 0}
    seen_ids = set()
    for n, a in enumerate(articles, 1):
        aid = a["id"]
        if aid != f"{cfg.prefix}-{n:02d}" or aid in seen_ids:
            bad(aid, f"ids must run {cfg.prefix}-01, {cfg.prefix}-02, ...")
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
            loc = locate(text, snip, cfg.abbrev)
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
                    for si, (s0, s1) in enumerate(sentence_spans(line, cfg.abbrev)):
                        if re.search(r"\d", line[s0:s1]) and si not in items_here:
                            bad(aid, f"a figure sentence with no named source and no unsourced item: {line[s0:s1][:60]!r}")

        # every written zone is checked
        if cfg.zone_count_check:
            zone_re = r"\b(" + "|".join(sorted(list(ZONE_TZ) + list(GENERIC) + [w.title() for w in ZONE_WORDS], key=len, reverse=True)) + r")\b"
            n_zones = len(re.findall(zone_re, text))
            if cfg.lowercase_zones:
                lower = [z.lower() for z in ZONE_TZ]  # not ET, PT, MT, CT: English words in lower case
                n_zones += len(re.findall(r"\b(" + "|".join(sorted(lower, key=len, reverse=True)) + r")\b", text))
            n_tz = sum(1 for c in a["checks"] if c["kind"] == "tz")
            if n_zones != n_tz:
                bad(aid, f"{n_zones} zones written but {n_tz} zone checks")

        # checks
        rows = []
        for c in a["checks"]:
            kind = c["kind"]
            if kind == "tz":
                line = check_zone(aid, c, cfg.fixed_zone_note)
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

    n_plant, n_clean = cfg.plants, cfg.controls
    if len(articles) != n_plant + n_clean or kinds != {"plant": n_plant, "clean": n_clean}:
        bad("set", f"want {n_plant + n_clean} articles, {n_plant} plants and {n_clean} controls; have {len(articles)}, {kinds}")
    for rule, (lo, hi) in cfg.want.items():
        if not lo <= req[rule] <= hi:
            bad("set", f"{req[rule]} required {rule} items, want {lo}..{hi}")
    return records, notes, req, opt


# ------------------------------------------------------------------------------ notes



def write_notes(cfg, notes, req, opt):
    out = [cfg.head.rstrip(), "", "## Counts", "", "| rule | required | optional |", "| --- | ---: | ---: |"]
    for r in RULE_ORDER:
        out.append(f"| `{r}` | {req[r]} | {opt[r]} |")
    out += ["", "## Articles", "",
            f"Generated by `{cfg.builder} --notes`; every line of arithmetic was recomputed with exact"
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
    if os.path.exists(cfg.notes_path):
        old = open(cfg.notes_path, encoding="utf-8").read()
        i = old.find("\n## Scoring log")
        if i >= 0:
            tail = "\n" + old[i:].strip("\n") + "\n"
    with open(cfg.notes_path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out).rstrip() + "\n" + tail)


def run(cfg, articles, argv=None):
    """Check the set; unless --check, write <name>.jsonl, and with --notes also <name>.NOTES.md."""
    argv = sys.argv[1:] if argv is None else argv
    problems.clear()
    records, notes, req, opt = validate(cfg, articles)
    if problems:
        for p in problems:
            print("error:", p, file=sys.stderr)
        print(f"{len(problems)} error(s); nothing written", file=sys.stderr)
        sys.exit(1)
    print(f"{len(records)} articles OK; required: " + ", ".join(f"{r} {req[r]}" for r in RULE_ORDER)
          + "; optional: " + ", ".join(f"{r} {opt[r]}" for r in RULE_ORDER if opt[r]))
    if "--check" in argv:
        return
    with open(cfg.out_path, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {cfg.out_path}")
    if "--notes" in argv:
        write_notes(cfg, notes, req, opt)
        print(f"wrote {cfg.notes_path}")
