#!/usr/bin/env python3
"""The comparison baseline: the "short Python script (Aho-Corasick + SQLite)"
that riskgraph's import is measured against.

    bench/python_baseline.py --lexicon lexicon.json --db out.sqlite CORPUS_DIR

Pure Python (Debian has no python3-pyahocorasick): reads every *.txt file
under CORPUS_DIR, splits it into "Vraag N" questions (page furniture and
footnote blocks dropped, footnote markers "?1" removed, line-end hyphens
joined as riskgraph does), folds the text with unicodedata (lower case,
diacritics stripped), runs one Aho-Corasick automaton over it with
riskgraph's rules (whole words, '*' prefix aliases, capitals-only short
acronyms, longest match wins), and writes documents, questions and mentions
into SQLite in one transaction. check_truth.py reads its output too.
"""
import argparse
import json
import os
import re
import sqlite3
import sys
import time
import unicodedata
from collections import deque

FURNITURE = re.compile(
    r"^(Tweede Kamer der Staten-Generaal\d*|Vergaderjaar .*|\d{4}Z\d{5}|kv-tk-.*|"
    r"\u2019s-Gravenhage .*|Tweede Kamer, vergaderjaar .*)$")
VRAAG = re.compile(r"^Vraag (\d+)$")
FOOTNOTE = re.compile(r"^\d+ ?(https?://|www\.)")
MARKER = re.compile(r"\?\d+$")
URL_CONT = set("/-_=?&#%~")


class Folder(dict):
    """str.translate table: one folded character per input character."""

    def __missing__(self, cp):
        ch = chr(cp)
        if ch in "\u2019\u2018\u02bc`\u00b4":
            r = "'"
        elif ch.isspace():
            r = " "
        else:
            d = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)).lower()
            r = d[:1] if d else ch
        self[cp] = r
        return r


def is_caps_acronym(alias):
    if any(ord(c) >= 0x80 or "a" <= c <= "z" for c in alias):
        return False
    n = sum(1 for c in alias if "A" <= c <= "Z")
    return 0 < n <= 6


class AhoCorasick:
    def __init__(self, patterns):
        # patterns: [(folded, payload)]
        self.goto = [{}]
        self.out = [[]]
        for word, payload in patterns:
            s = 0
            for ch in word:
                nxt = self.goto[s].get(ch)
                if nxt is None:
                    nxt = len(self.goto)
                    self.goto[s][ch] = nxt
                    self.goto.append({})
                    self.out.append([])
                s = nxt
            self.out[s].append((len(word), payload))
        self.fail = [0] * len(self.goto)
        q = deque(self.goto[0].values())
        while q:
            s = q.popleft()
            for ch, t in self.goto[s].items():
                q.append(t)
                f = self.fail[s]
                while f and ch not in self.goto[f]:
                    f = self.fail[f]
                self.fail[t] = self.goto[f].get(ch, 0) if self.goto[f].get(ch, 0) != t else 0
                self.out[t] = self.out[t] + self.out[self.fail[t]]

    def iter(self, text):
        goto, fail, out = self.goto, self.fail, self.out
        s = 0
        for i, ch in enumerate(text):
            while s and ch not in goto[s]:
                s = fail[s]
            s = goto[s].get(ch, 0)
            if out[s]:
                for length, payload in out[s]:
                    yield i + 1 - length, i + 1, payload


def join(lines):
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if not out:
            out = line
        elif out[-1] in URL_CONT and ("://" in out.rsplit(" ", 1)[-1] or "www." in out.rsplit(" ", 1)[-1]):
            out += line
        elif out.endswith("-") and len(out) > 1 and out[-2] != " ":
            if out[-2].islower() and line[0].islower():
                out = out[:-1]
            out += line
        else:
            out += " " + line
    return re.sub(r" +", " ", out)


def parse(text):
    """[(number, question text)]"""
    questions = []
    number = None
    lines = []
    in_notes = False
    for raw in text.replace("\r\n", "\n").split("\n"):
        line = raw.strip().replace("\u00a0", " ")
        if FURNITURE.match(line):
            continue
        m = VRAAG.match(line)
        if m:
            if number is not None:
                questions.append((number, lines))
            number, lines, in_notes = m.group(1), [], False
            continue
        if number is None:
            continue
        if FOOTNOTE.match(line):
            in_notes = True
        if not in_notes:
            lines.append(line)
    if number is not None:
        questions.append((number, lines))
    out = []
    for number, ls in questions:
        while ls and not ls[-1]:
            ls.pop()
        if ls:
            ls[-1] = MARKER.sub("?", ls[-1])
        out.append((number, join(ls)))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lexicon", required=True)
    ap.add_argument("--db", required=True)
    ap.add_argument("corpus")
    args = ap.parse_args()
    t0 = time.time()

    with open(args.lexicon, encoding="utf-8") as f:
        entities = json.load(f)["entities"]
    folder = Folder()
    patterns = []
    for e in entities:
        for alias in set(e.get("aliases", [])) | {e["name"]}:
            prefix = alias.endswith("*")
            a = alias[:-1] if prefix else alias
            patterns.append((a.translate(folder), (e["id"], prefix, is_caps_acronym(a))))
    ac = AhoCorasick(patterns)

    if os.path.exists(args.db):
        os.remove(args.db)
    con = sqlite3.connect(args.db)
    con.executescript("""
        CREATE TABLE entities(id TEXT PRIMARY KEY, kind TEXT, name TEXT);
        CREATE TABLE documents(id INTEGER PRIMARY KEY, file TEXT UNIQUE);
        CREATE TABLE questions(id INTEGER PRIMARY KEY, document_id INTEGER, ordinal INTEGER,
                               number TEXT, text TEXT);
        CREATE TABLE mentions(entity_id TEXT, document_id INTEGER, question_id INTEGER, field TEXT,
                              start INTEGER, "end" INTEGER, text TEXT);
    """)
    con.executemany("INSERT INTO entities VALUES (?, ?, ?)", [(e["id"], e["kind"], e["name"]) for e in entities])

    files = []
    for root, dirs, names in os.walk(args.corpus):
        dirs.sort()
        files += [os.path.join(root, n) for n in sorted(names) if n.endswith(".txt")]
    qid = 0
    nbytes = 0
    nmentions = 0
    for doc_id, path in enumerate(files, 1):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        nbytes += len(text.encode("utf-8"))
        con.execute("INSERT INTO documents VALUES (?, ?)", (doc_id, os.path.abspath(path)))
        qrows = []
        mrows = []
        for ordinal, (number, qtext) in enumerate(parse(text), 1):
            qid += 1
            qrows.append((qid, doc_id, ordinal, number, qtext))
            folded = qtext.translate(folder)
            n = len(folded)
            cands = []
            for start, end, (eid, prefix, caps) in ac.iter(folded):
                if start > 0 and qtext[start - 1].isalnum():
                    continue
                if not prefix and end < n and qtext[end].isalnum():
                    continue
                if caps and any(c.islower() for c in qtext[start:end]):
                    continue
                cands.append((start - end, start, eid, end))
            if not cands:
                continue
            cands.sort()
            kept = []
            for neg, start, eid, end in cands:
                if all(end <= s or e <= start for s, e in kept):
                    kept.append((start, end))
                    mrows.append((eid, doc_id, qid, "question", start, end, qtext[start:end]))
        con.executemany("INSERT INTO questions VALUES (?, ?, ?, ?, ?)", qrows)
        con.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?)", mrows)
        nmentions += len(mrows)
    con.execute("CREATE INDEX mentions_question ON mentions(question_id)")
    con.commit()
    con.close()
    dt = time.time() - t0
    print("python_baseline: %d files, %.1f MB, %d questions, %d mentions in %.1f s (%.1f MB/s)" % (
        len(files), nbytes / 1e6, qid, nmentions, dt, nbytes / 1e6 / dt))


if __name__ == "__main__":
    sys.exit(main())
