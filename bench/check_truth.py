#!/usr/bin/env python3
"""Compares a riskgraph database with a generated corpus's truth.json.

    bench/check_truth.py --db DB --truth DIR/truth.json [--riskgraph BIN] [--show N]

Checks, per question (file + question number), the exact set of entity ids
mentioned in the question text (tables documents, questions, mentions with
field='question', read directly with sqlite3), and the vendor x institution
co-mention counts per question: from `riskgraph --db DB query co-mentions
--kind vendor --with institution --format json` when --riskgraph is given,
else computed from the tables. Prints "exact" or the first differences, with
the stored question text, and exits 1 on any mismatch.
"""
import argparse
import json
import os
import sqlite3
import subprocess
import sys
from collections import Counter, defaultdict


def load_db(db, corpus_dir):
    con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
    docs = {}
    texts = {}
    for file, number, text in con.execute(
            "SELECT d.file, q.number, q.text FROM questions q JOIN documents d ON d.id = q.document_id"
            " ORDER BY d.id, q.ordinal"):
        rel = os.path.relpath(file, corpus_dir)
        docs.setdefault(rel, {})[number] = set()
        texts[(rel, number)] = text
    for file, number, eid in con.execute(
            "SELECT d.file, q.number, m.entity_id FROM mentions m"
            " JOIN questions q ON q.id = m.question_id JOIN documents d ON d.id = q.document_id"
            " WHERE m.field = 'question'"):
        docs[os.path.relpath(file, corpus_dir)][number].add(eid)
    # documents without questions still count as documents
    for (file,) in con.execute("SELECT file FROM documents"):
        docs.setdefault(os.path.relpath(file, corpus_dir), {})
    kinds = dict(con.execute("SELECT id, kind FROM entities"))
    con.close()
    return docs, texts, kinds


def co_mentions_from_tables(docs, kinds):
    q, d = Counter(), Counter()
    for rel, qs in docs.items():
        seen = set()
        for ids in qs.values():
            for v in ids:
                if kinds.get(v) != "vendor":
                    continue
                for i in ids:
                    if kinds.get(i) == "institution":
                        q[v + "|" + i] += 1
                        seen.add(v + "|" + i)
        for p in seen:
            d[p] += 1
    return q, d


def co_mentions_from_cli(riskgraph, db):
    cmd = [riskgraph, "--db", db, "query", "co-mentions", "--kind", "vendor", "--with", "institution",
           "--format", "json"]
    run = subprocess.run(cmd, capture_output=True, text=True)
    if run.returncode not in (0, 4):
        sys.exit("check_truth: %s failed (%d): %s" % (" ".join(cmd), run.returncode, run.stderr.strip()))
    data = json.loads(run.stdout) if run.stdout.strip() else {"pairs": []}
    q, d = Counter(), Counter()
    for p in data.get("pairs", []):
        key = p["entity"]["id"] + "|" + p["with"]["id"]
        q[key] += p["questions"]
        d[key] += p["documents"]
    return q, d


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True)
    ap.add_argument("--truth", required=True)
    ap.add_argument("--riskgraph", help="riskgraph binary: take co-mentions from its query")
    ap.add_argument("--show", type=int, default=10, help="differences to print (default 10)")
    args = ap.parse_args()

    with open(args.truth, encoding="utf-8") as f:
        truth = json.load(f)
    corpus_dir = os.path.realpath(os.path.join(os.path.dirname(os.path.abspath(args.truth)), truth["corpus"]))
    docs, texts, kinds = load_db(args.db, corpus_dir)

    diffs = []
    missing_entity = Counter()
    spurious_entity = Counter()
    n_questions = n_bad_questions = 0
    for rel, qs in truth["documents"].items():
        got = docs.get(rel)
        if got is None:
            diffs.append("%s: document not in the database" % rel)
            continue
        expected_numbers = [n for n, _ in qs]
        if list(got.keys()) != expected_numbers:
            diffs.append("%s: questions %s, expected %s" % (rel, list(got.keys()), expected_numbers))
        for number, ids in qs:
            n_questions += 1
            found = got.get(number)
            want = set(ids)
            if found is None:
                continue
            if found != want:
                n_bad_questions += 1
                for e in want - found:
                    missing_entity[e] += 1
                for e in found - want:
                    spurious_entity[e] += 1
                diffs.append("%s question %s: expected %s, found %s (missing %s, extra %s)\n    stored text: %s" % (
                    rel, number, sorted(want), sorted(found), sorted(want - found), sorted(found - want),
                    texts.get((rel, number), "")[:400]))
    extra_docs = set(docs) - set(truth["documents"])
    for rel in sorted(extra_docs)[:3]:
        diffs.append("%s: in the database, not in the truth" % rel)

    if args.riskgraph:
        q, d = co_mentions_from_cli(args.riskgraph, args.db)
        source = "riskgraph query co-mentions"
    else:
        q, d = co_mentions_from_tables(docs, kinds)
        source = "the mentions table"
    want_q = Counter(truth["co_mentions"])
    want_d = Counter(truth.get("co_mention_documents", {}))
    pair_diffs = []
    for key in sorted(set(want_q) | set(q)):
        if want_q[key] != q[key] or (want_d and want_d[key] != d[key]):
            pair_diffs.append("co-mention %s: questions %d (expected %d), documents %d (expected %d)" % (
                key, q[key], want_q[key], d[key], want_d[key]))

    print("check_truth: %d documents, %d questions in the truth; %d documents in the database" % (
        len(truth["documents"]), n_questions, len(docs)))
    print("check_truth: co-mentions from %s: %d pairs (expected %d), %d differ" % (
        source, len(q), len(want_q), len(pair_diffs)))
    if not diffs and not pair_diffs:
        print("exact")
        return 0
    print("check_truth: %d questions with a different entity set; missed entities %s; spurious entities %s" % (
        n_bad_questions, dict(missing_entity.most_common(8)), dict(spurious_entity.most_common(8))))
    for line in diffs[:args.show]:
        print("  " + line)
    for line in pair_diffs[:args.show]:
        print("  " + line)
    print("MISMATCH")
    return 1


if __name__ == "__main__":
    sys.exit(main())
