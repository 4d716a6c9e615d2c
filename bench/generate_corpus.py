#!/usr/bin/env python3
"""Deterministic generator of Dutch written parliamentary questions for
riskgraph's benchmarks, with an exact ground truth.

    bench/generate_corpus.py --docs 10000 --out /tmp/riskgraph-bench/10000 [--seed 1] [--verify]

Writes into OUT:
  corpus/NNN/DDDDDD-kv.txt   the documents, at most 1000 per folder
  lexicon.json               the generator's lexicon in riskgraph's format
  aliases.txt                one literal alias per line (for rg -F -i -f)
  truth.json                 per question the exact set of entity ids it names,
                             and the vendor x institution co-mention counts

Layouts follow ../shared/corpus: the PDF extraction (page furniture, zaak
number, "kv-tk-..." and "'s-Gravenhage ..." footers, "Vraag N" headings) and
the seed document's (no furniture, blank lines, footnotes "1 https://...").
Text is wrapped at 75 columns with line-end hyphenation that riskgraph's
documented joining rules undo exactly.

The truth is exact by construction: mentions are rendered from forms that the
reference matcher (refmatch.py) confirms name exactly their entity; filler
words contain no piece of any alias (apart from a few function words, which no
alias starts or ends with) and no prefix-alias stem; near-misses are confirmed
to match nothing. --verify re-checks every generated question with the
reference matcher and the line joining (slow; use for small sizes).

Python 3 standard library only.
"""
import argparse
import json
import os
import random
import re
import sys
import time
from collections import Counter
from multiprocessing import Pool

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lexicon_data as D  # noqa: E402
from refmatch import RefMatcher, fold_alias  # noqa: E402

WIDTH = 75
FUNCTION_WORDS = {"van", "de", "het", "voor", "en", "der", "in", "op", "te", "een"}
PIECE_RE = re.compile(r"[^\W_]+")

# ---------------------------------------------------------------- lexicon


def build_lexicon():
    entities = []
    forms = {}
    for kind, rows in (("vendor", D.VENDORS), ("institution", D.INSTITUTIONS)):
        for eid, name, aliases, extra in rows:
            entities.append({"id": eid, "kind": kind, "name": name, "aliases": [name] + aliases})
            forms[eid] = extra
    for kind, eid, name, aliases, extra in D.OTHERS:
        al = aliases if any(a.rstrip("*") == name for a in aliases) else [name] + aliases
        entities.append({"id": eid, "kind": kind, "name": name, "aliases": al})
        forms[eid] = extra
    return entities, forms


def case_variants(alias):
    out = [alias]
    if "*" in alias:
        return out
    from refmatch import is_capitals_acronym
    if is_capitals_acronym(alias):
        return out
    for v in (alias.lower(), alias.upper(), alias[:1].upper() + alias[1:]):
        if v not in out:
            out.append(v)
    return out


class World:
    """Lexicon, checked mention forms, checked vocabulary."""

    def __init__(self, verbose=False):
        self.verbose = verbose
        self.entities, extra_forms = build_lexicon()
        self.ref = RefMatcher(self.entities)
        self.kind = {e["id"]: e["kind"] for e in self.entities}
        ids = [e["id"] for e in self.entities]
        assert len(ids) == len(set(ids)), "duplicate entity id"

        # Alias pieces the filler must avoid; prefix stems.
        self.pieces = set()
        self.stems = []
        for e in self.entities:
            for a in e["aliases"]:
                prefix = a.endswith("*")
                folded = fold_alias(a.rstrip("*"))
                ps = PIECE_RE.findall(folded)
                assert ps[0] not in FUNCTION_WORDS and ps[-1] not in FUNCTION_WORDS, a
                self.pieces.update(p for p in ps if p not in FUNCTION_WORDS)
                if prefix:
                    self.stems.append(ps[-1])

        # Mention forms: every alias in case variants plus the listed forms,
        # each confirmed to be exactly one match of its entity.
        self.forms = {}     # aliases as written and the listed forms
        self.variants = {}  # the same in other case
        rejected = []
        for e in self.entities:
            cands = []
            for a in e["aliases"]:
                if a.endswith("*"):
                    continue
                cands += case_variants(a)
            cands += extra_forms.get(e["id"], [])
            good = []
            primary = set(a for a in e["aliases"] if not a.endswith("*")) | set(extra_forms.get(e["id"], []))
            for f in cands:
                m = self.ref.find("Is " + f + " bekend?")
                if len(m) == 1 and m[0][2] == e["id"] and f not in good:
                    good.append(f)
                else:
                    rejected.append((e["id"], f, m))
            assert good, e["id"]
            self.forms[e["id"]] = [f for f in good if f in primary] or good
            self.variants[e["id"]] = [f for f in good if f not in primary] or good
        if rejected and verbose:
            sys.stderr.write("generate_corpus: forms left out: %r\n" % rejected)
        self.vendors = [e["id"] for e in self.entities if e["kind"] == "vendor"]
        self.institutions = [e["id"] for e in self.entities if e["kind"] == "institution"]
        self.others = [e["id"] for e in self.entities if e["kind"] not in ("vendor", "institution")]

        self.nouns = self.safe_words(D.NOUNS)
        self.adjectives = self.safe_words(D.ADJECTIVES)
        self.long_words = self.safe_words(D.LONG_WORDS)
        self.verb_phrases = [v.replace("_", " ") for v in D.VERB_PHRASES
                             if self.safe_text(v.replace("_", " ").replace("{np}", ""))]
        for t in TEMPLATES_ALL:
            assert self.safe_text(re.sub(r"\{\w+\}", " ", t)), "template holds an alias piece: " + t
        self.near_words = [w for w in D.NEAR_MISS_WORDS if not self.ref.find("de " + w + " is")]
        self.homographs = [p for p in D.HOMOGRAPH_PHRASES if not self.ref.find(p)]
        dropped = set(D.NEAR_MISS_WORDS) - set(self.near_words)
        if dropped and verbose:
            sys.stderr.write("generate_corpus: near-misses that match, left out: %s\n" % sorted(dropped))

    def safe_text(self, text):
        for p in PIECE_RE.findall(fold_alias(text)):
            if p in self.pieces:
                return False
            if any(p.startswith(s) for s in self.stems):
                return False
        return not self.ref.find(text)

    def safe_words(self, words):
        good = [w for w in words if self.safe_text(w)]
        bad = sorted(set(words) - set(good))
        if bad and self.verbose:
            sys.stderr.write("generate_corpus: filler words holding an alias, left out: %s\n" % bad)
        return good


# --------------------------------------------------------------- templates

# {E}: a mention; {np}: a noun phrase; {vp}: a verb phrase.
Q_ONE = [
    "Bent u bekend met het bericht dat {E} {vp}?",
    "Hoe beoordeelt u de rol van {E} bij {np}?",
    "Kunt u aangeven of {E} {vp}?",
    "Welke afspraken zijn er met {E} gemaakt over {np}?",
    "Kunt u toelichten in hoeverre {E} {vp}?",
    "Wat is uw reactie op de berichtgeving over {E} en {np}?",
    "Is het waar dat {E} {vp}?",
    "Deelt u de zorgen over {E}, gelet op {np}?",
    "Welke gevolgen heeft de betrokkenheid van {E} voor {np}?",
]
Q_NONE = [
    "Hoe beoordeelt u deze berichtgeving?",
    "Kunt u aangeven welke {np} hierbij een rol spelen?",
    "Deelt u de mening dat {np} zo snel mogelijk moeten worden verbeterd?",
    "Bent u bereid deze vragen te beantwoorden voor de behandeling van {np}?",
    "Wat is de stand van zaken rond {np}, en wanneer informeert u de Kamer?",
    "Kunt u een overzicht geven van {np} en {np}?",
]
SEGMENTS = [
    "Uit {np} blijkt dat {E} {vp}.",
    "Volgens {np} heeft ook {E} zorgen geuit over {np}.",
    "Daarbij wordt ook {E} genoemd.",
    "Welke rol speelt {E} hierbij?",
    "En in hoeverre is {E} hiervan op de hoogte?",
    "Zo ja, heeft u hierover contact gehad met {E}?",
    "Wat betekent dit voor de contacten met {E}?",
]
NEAR_SEGMENTS = [
    "Is hierover ook gesproken met de {M}?",
    "Wat betekent dit voor {M}?",
    "Hoe verhoudt dit zich tot de {M}?",
]
HOMOGRAPH_SEGMENTS = [
    "Acht u dit, {H}, wenselijk?",
    "Kunt u dit, {H}, nader toelichten?",
]
NP_PATTERNS = [
    "de {adj} {noun}", "het gebruik van {noun}", "{adj} {noun}", "de {noun}",
    "de {noun} in de {noun}", "{noun}", "de {long}",
]
SUBJECTS = [
    "het bericht «{T}»", "{np}", "de berichtgeving over {np}", "het artikel «{T}»",
]
TITLES = [
    "{E} levert {noun} aan {noun}", "Zorgen over {E} en {noun}", "{adj} {noun} onder vuur",
    "Kabinet onderzoekt {noun} van {E}",
]
TEMPLATES_ALL = Q_ONE + Q_NONE + SEGMENTS + NEAR_SEGMENTS + HOMOGRAPH_SEGMENTS + NP_PATTERNS + [
    "aan", "over", "ingezonden", "Vragen van het lid", "Vragen van de leden", "beiden",
    "Tweede Kamer der Staten-Generaal", "Vergaderjaar Vragen gesteld door de leden der Kamer",
    "Gravenhage Tweede Kamer, vergaderjaar Vragen",
] + TITLES + SUBJECTS


# --------------------------------------------------------------- wrapping

def _lower(c):
    return "a" <= c <= "z"


def wrap(text, rng, width=WIDTH, hyphenate=0.6):
    """Wraps at `width` columns; line-end hyphenation only where riskgraph's
    joiner restores the word exactly (a lower-case letter on both sides of a
    new hyphen; an existing hyphen only when not between two lower-case
    letters). A word ending in '-' ("Inlichtingen-") stays with the next."""
    raw = text.split(" ")
    words = []
    for w in raw:
        if words and words[-1].endswith("-") and len(words[-1]) > 1:
            words[-1] += "\x00" + w
        else:
            words.append(w)
    lines = []
    cur = ""
    for w in words:
        if not cur:
            cur = w
            continue
        if len(cur) + 1 + len(w.replace("\x00", " ")) <= width:
            cur += " " + w
            continue
        room = width - len(cur) - 1
        split = -1
        if "\x00" not in w and room >= 4 and rng.random() < hyphenate:
            for i in range(min(len(w) - 4, room - 1), 3, -1):
                a, b = w[i - 1], w[i]
                if _lower(a) and _lower(b) and "-" not in w:
                    split = i
                    break
                if a == "-" and i >= 2 and not (_lower(w[i - 2]) and _lower(b)) and i <= room:
                    split = -(i + 1)
                    break
        if split > 0:
            lines.append(cur + " " + w[:split] + "-")
            cur = w[split:]
        elif split < -1:
            i = -split - 1
            lines.append(cur + " " + w[:i])
            cur = w[i:]
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return [ln.replace("\x00", " ") for ln in lines]


def join_lines(lines):
    """Python rendering of riskgraph's TextJoiner for --verify."""
    out = ""
    for line in lines:
        line = line.strip(" ")
        if not line:
            continue
        if not out:
            out = line
        elif out.endswith("-") and len(out) >= 2 and out[-2] != " ":
            if out[-2].islower() and line[0].islower():
                out = out[:-1]
            out += line
        else:
            out += " " + line
    return re.sub(" +", " ", out)


def wrap_url(prefix, url, width=WIDTH):
    """A footnote line, the URL broken after '/' or '-' as PDFs print it."""
    text = prefix + url
    lines = []
    while len(text) > width:
        cut = max(text.rfind("/", 0, width), text.rfind("-", 0, width))
        if cut <= len(prefix) + 8:
            break
        lines.append(text[:cut + 1])
        text = text[cut + 1:]
    lines.append(text)
    return lines


# ------------------------------------------------------------ generation

class DocGen:
    def __init__(self, world, rng):
        self.w = world
        self.r = rng

    def np(self):
        r, w = self.r, self.w
        pat = r.choice(NP_PATTERNS)
        while "{noun}" in pat:
            pat = pat.replace("{noun}", r.choice(w.nouns), 1)
        pat = pat.replace("{adj}", r.choice(w.adjectives)).replace("{long}", r.choice(w.long_words))
        return pat

    def vp(self):
        v = self.r.choice(self.w.verb_phrases)
        return v.replace("{np}", self.np()) if "{np}" in v else v

    def fill(self, template, mentions):
        out = template
        while "{np}" in out:
            out = out.replace("{np}", self.np(), 1)
        while "{vp}" in out:
            out = out.replace("{vp}", self.vp(), 1)
        while "{E}" in out:
            out = out.replace("{E}", mentions.pop(0), 1)
        return out

    def form(self, e):
        if self.r.random() < 0.2:
            return self.r.choice(self.w.variants[e])
        return self.r.choice(self.w.forms[e])

    def pick_entity(self):
        x = self.r.random()
        w = self.w
        if x < 0.40:
            return self.r.choice(w.vendors)
        if x < 0.75:
            return self.r.choice(w.institutions)
        return self.r.choice(w.others)

    def question(self):
        """(text, entity ids)"""
        r = self.r
        k = r.choices((0, 1, 2, 3, 4), (0.13, 0.27, 0.30, 0.19, 0.11))[0]
        ids = [self.pick_entity() for _ in range(k)]
        forms = [self.form(e) for e in ids]
        if k == 0:
            parts = [self.fill(r.choice(Q_NONE), [])]
        else:
            parts = [self.fill(r.choice(Q_ONE), [forms[0]])]
            for f in forms[1:]:
                seg = self.fill(r.choice(SEGMENTS), [f])
                if r.random() < 0.4:
                    parts.insert(0, seg)
                else:
                    parts.append(seg)
        x = r.random()
        if x < 0.12:
            parts.insert(r.randrange(len(parts) + 1),
                         r.choice(NEAR_SEGMENTS).replace("{M}", r.choice(self.w.near_words)))
        elif x < 0.20:
            parts.insert(r.randrange(len(parts) + 1),
                         r.choice(HOMOGRAPH_SEGMENTS).replace("{H}", r.choice(self.w.homographs)))
        text = " ".join(parts)
        if not text.endswith("?"):
            text += " " + self.fill(r.choice(Q_NONE), [])
        return text, set(ids)

    def members(self):
        r = self.r
        n = r.choices((1, 2, 3), (0.6, 0.3, 0.1))[0]
        names = r.sample(D.FIRST_NAMES_SURNAMES, n)
        names = [x.replace("_", " ") for x in names]
        if n == 1:
            return "het lid %s (%s)" % (names[0], r.choice(D.PARTIES))
        if n == 2 and r.random() < 0.3:
            return "de leden %s en %s (beiden %s)" % (names[0], names[1], r.choice(D.PARTIES))
        parts = ["%s (%s)" % (x, r.choice(D.PARTIES)) for x in names]
        return "de leden " + ", ".join(parts[:-1]) + " en " + parts[-1]

    def subject(self):
        r = self.r
        s = r.choice(SUBJECTS)
        if "{T}" in s:
            t = r.choice(TITLES)
            if "{E}" in t:
                e = self.pick_entity()
                t = t.replace("{E}", self.form(e))
            t = t.replace("{noun}", r.choice(self.w.nouns), 1).replace("{noun}", r.choice(self.w.nouns))
            t = t.replace("{adj}", r.choice(self.w.adjectives))
            s = s.replace("{T}", t[0].upper() + t[1:])
        return s.replace("{np}", self.np())

    def document(self, index):
        r = self.r
        pdf = r.random() < 0.7
        year = r.randint(2019, 2025)
        month = r.randint(1, 12)
        day = r.randint(1, 28)
        vj = (year, year + 1) if month >= 9 else (year - 1, year)
        zaak = "%dZ%05d" % (year, (index * 7919) % 100000)
        addressees = " en ".join(r.sample(D.ADDRESSEES, r.choices((1, 2), (0.8, 0.2))[0]))
        header = "Vragen van %s aan %s over %s (ingezonden %d %s %d)." % (
            self.members(), addressees, self.subject(), day, D.MONTHS[month - 1], year)
        nq = max(1, min(24, int(round(r.gauss(8.4, 3.6)))))
        questions = []  # (number, text, ids)
        lines = []
        if pdf:
            lines += ["Tweede Kamer der Staten-Generaal2",
                      "Vergaderjaar %d\u2013%d Vragen gesteld door de leden der Kamer" % vj,
                      " ", zaak]
            lines += wrap(header, r, hyphenate=0.0)
        else:
            hl = wrap(header, r, width=WIDTH - 2, hyphenate=0.0)
            lines += [" " + hl[0] + " "] + [x + " " for x in hl[1:]] + [""]
        per_page = r.randint(5, 7)
        pages = [list(range(i, min(i + per_page, nq))) for i in range(0, nq, per_page)]
        footnote = 0
        for p, page in enumerate(pages):
            notes = []
            for qi in page:
                text, ids = self.question()
                number = str(qi + 1)
                questions.append((number, text, ids))
                body = text
                if r.random() < 0.12:
                    footnote += 1
                    body = text + str(footnote)  # "...?1", glued to the last word
                    notes.append(footnote)
                lines.append("Vraag " + number)
                ql = wrap(body, r)
                if pdf:
                    lines += ql
                else:
                    lines += [x + " " for x in ql] + [""]
            for n in notes:
                slug = "-".join(re.findall(r"[a-z]+", self.np().lower()) + ["%d" % r.randint(1000, 99999)])
                if r.random() < 0.3:  # an entity's name in the address, not in any question
                    slug = r.choice(("huawei", "hikvision", "tiktok", "navo", "politie")) + "-" + slug
                url = "https://%s/%d/%s" % (r.choice(D.SITES), r.randint(100000, 9999999), slug)
                glued = pdf and r.random() < 0.5
                lines += wrap_url("%d%s" % (n, "" if glued else " "), url)
            last = p == len(pages) - 1
            if pdf:
                if p == 0:
                    lines += [" ", "   ", "kv-tk-" + zaak,
                              "\u2019s-Gravenhage %d Tweede Kamer, vergaderjaar %d\u2013%d, Vragen%s" % (
                                  year, vj[0], vj[1], "" if last else " 1")]
                else:
                    lines.append("Tweede Kamer, vergaderjaar %d\u2013%d, Vragen %d" % (vj[0], vj[1], p + 1))
            elif notes and not last:
                lines.append("")
                # the next page starts with a space, as in the seed document
                lines.append(" ")
        text = "\n".join(lines) + "\n"
        if not pdf:
            text = text.replace("\n \nVraag", "\n Vraag")
        return text, questions


# ----------------------------------------------------------------- driver

_WORLD = None


def _init(seed):
    global _WORLD, _SEED
    _WORLD = World()
    _SEED = seed


def _chunk(args):
    out_dir, start, stop, verify = args
    folder = "%03d" % (start // 1000)
    os.makedirs(os.path.join(out_dir, "corpus", folder), exist_ok=True)
    docs = []
    pairs = Counter()
    pair_docs = Counter()
    nbytes = 0
    mismatches = []
    for i in range(start, stop):
        rng = random.Random("%d:%d" % (_SEED, i))
        text, questions = DocGen(_WORLD, rng).document(i)
        rel = "%s/%06d-kv.txt" % (folder, i)
        data = text.encode("utf-8")
        nbytes += len(data)
        with open(os.path.join(out_dir, "corpus", rel), "wb") as f:
            f.write(data)
        qs = []
        doc_pairs = set()
        for number, qtext, ids in questions:
            qs.append([number, sorted(ids)])
            vs = [e for e in ids if _WORLD.kind[e] == "vendor"]
            ins = [e for e in ids if _WORLD.kind[e] == "institution"]
            for v in vs:
                for n in ins:
                    pairs[v + "|" + n] += 1
                    doc_pairs.add(v + "|" + n)
            if verify:
                found = _WORLD.ref.entities_in(qtext)
                joined = join_lines(wrap(qtext, random.Random(i)))
                if found != ids or joined != qtext:
                    mismatches.append((rel, number, sorted(ids), sorted(found), qtext, joined))
        for pr in doc_pairs:
            pair_docs[pr] += 1
        docs.append((rel, qs))
    return docs, pairs, pair_docs, nbytes, mismatches


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--verify", action="store_true",
                    help="re-check every question with the reference matcher (slow)")
    args = ap.parse_args()
    t0 = time.time()
    out = os.path.abspath(args.out)
    os.makedirs(os.path.join(out, "corpus"), exist_ok=True)
    world = World(verbose=True)
    with open(os.path.join(out, "lexicon.json"), "w", encoding="utf-8") as f:
        json.dump({"entities": [dict(e, source="riskgraph benchmark generator") for e in world.entities]},
                  f, ensure_ascii=False, indent=1)
    aliases = []
    for e in world.entities:
        for a in e["aliases"]:
            a = a.rstrip("*")
            if a not in aliases:
                aliases.append(a)
    with open(os.path.join(out, "aliases.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(aliases) + "\n")

    chunks = [(out, s, min(s + 1000, args.docs), args.verify) for s in range(0, args.docs, 1000)]
    documents = {}
    pairs = Counter()
    pair_docs = Counter()
    nbytes = 0
    nq = 0
    nqe = 0
    bad = []
    with Pool(max(1, args.jobs), initializer=_init, initargs=(args.seed,)) as pool:
        for docs, p, pd, nb, mm in pool.imap(_chunk, chunks):
            for rel, qs in docs:
                documents[rel] = qs
                nq += len(qs)
                nqe += sum(len(q[1]) for q in qs)
            pairs.update(p)
            pair_docs.update(pd)
            nbytes += nb
            bad += mm
    truth = {
        "generator": "bench/generate_corpus.py", "seed": args.seed, "docs": args.docs,
        "corpus": "corpus", "bytes": nbytes, "questions": nq, "question_entity_pairs": nqe,
        "documents": documents,
        "co_mentions": dict(sorted(pairs.items())),
        "co_mention_documents": dict(sorted(pair_docs.items())),
    }
    with open(os.path.join(out, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, separators=(",", ":"))
    dt = time.time() - t0
    print("generated %d documents, %.1f MB, %d questions, %d question-entity pairs, %d co-mention pairs in %.1f s -> %s"
          % (args.docs, nbytes / 1e6, nq, nqe, len(pairs), dt, out))
    if args.verify:
        for m in bad[:10]:
            print("VERIFY MISMATCH %s question %s: placed %s, reference finds %s\n  text:   %s\n  joined: %s" % m)
        print("verify: %s" % ("ok" if not bad else "%d mismatches" % len(bad)))
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
