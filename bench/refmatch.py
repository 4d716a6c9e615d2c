"""A small, slow reference of riskgraph's matching rules (importers/matcher.h),
used by the benchmark generator to check its lexicon, vocabulary and
near-misses, and by python_baseline.py's folding.

Rules: case- and diacritic-insensitive; whole words only, where anything but a
letter or digit is a boundary; an alias ending in '*' matches as a word prefix;
an alias of at most six letters, all capitals (plain ASCII), matches only in
capitals; where matches overlap, the longest wins.
"""
import unicodedata

APOSTROPHES = {"\u2019", "\u2018", "\u02bc", "`", "\u00b4"}

_fold_cache = {}


def fold_char(ch):
    r = _fold_cache.get(ch)
    if r is None:
        if ch in APOSTROPHES:
            r = "'"
        elif ch.isspace():
            r = " "
        else:
            d = unicodedata.normalize("NFKD", ch)
            r = "".join(c for c in d if not unicodedata.combining(c)).lower()
        _fold_cache[ch] = r
    return r


def fold(text):
    """Folded text and, per folded char, the index of the original char."""
    out = []
    origin = []
    prev_space = False
    for i, ch in enumerate(text):
        f = fold_char(ch)
        if f == " ":
            if prev_space:
                continue
            prev_space = True
        else:
            prev_space = False
        for c in f:
            out.append(c)
            origin.append(i)
    return "".join(out), origin


def fold_alias(alias):
    return fold(alias)[0]


def is_capitals_acronym(alias):
    letters = 0
    for ch in alias:
        if ord(ch) >= 0x80:
            return False
        if "a" <= ch <= "z":
            return False
        if "A" <= ch <= "Z":
            letters += 1
    return 0 < letters <= 6


class RefMatcher:
    def __init__(self, entities):
        # entities: list of dicts {"id", "aliases"}
        self.patterns = []  # (folded, entity_id, prefix, caps)
        for e in entities:
            for alias in e["aliases"]:
                prefix = alias.endswith("*")
                text = alias[:-1] if prefix else alias
                folded = fold_alias(text)
                if folded:
                    self.patterns.append((folded, e["id"], prefix, is_capitals_acronym(text)))

    def find(self, text):
        """[(start, end, entity_id)] in original char offsets, longest wins."""
        folded, origin = fold(text)
        n = len(folded)
        word = [text[origin[i]].isalnum() for i in range(n)]
        cands = []
        for pat, eid, prefix, caps in self.patterns:
            start = folded.find(pat)
            while start >= 0:
                end = start + len(pat)
                ok = True
                if start > 0 and (word[start - 1] or origin[start - 1] == origin[start]):
                    ok = False
                if ok and end < n and origin[end] == origin[end - 1]:
                    ok = False
                if ok and not prefix and end < n and word[end]:
                    ok = False
                if ok and caps:
                    span = text[origin[start]:origin[end - 1] + 1]
                    if any(c.islower() for c in span):
                        ok = False
                if ok:
                    cands.append((start, end, eid))
                start = folded.find(pat, start + 1)
        cands.sort(key=lambda c: (-(c[1] - c[0]), c[0], c[2]))
        kept = []
        for c in cands:
            if all(c[1] <= k[0] or k[1] <= c[0] for k in kept):
                kept.append(c)
        kept.sort()
        return [(origin[s], origin[e - 1] + 1, eid) for s, e, eid in kept]

    def entities_in(self, text):
        return {eid for _, _, eid in self.find(text)}
