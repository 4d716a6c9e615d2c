#!/usr/bin/env python3
"""Measures riskgraph at one or more corpus sizes; called by bench/run.sh.

    bench/run_bench.py [--riskgraph BIN] [--root /tmp/riskgraph-bench] [--python-max 10000] SIZE...

For each size, on the same generated corpus (ROOT/SIZE, generated if absent):
riskgraph import (fresh database), the ripgrep scan floor, re-import, query
processes, database size, export, the ground-truth check and the Python
baseline. Peak RSS is the child's own (os.wait4 rusage), wall time is
time.perf_counter around the whole process, peak RSS from
/usr/bin/time. The page cache is not dropped:
the generator has just written the files, so every reader sees them warm.
Prints one Markdown table (sizes as columns) and writes ROOT/results.md.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def run(cmd, stdout=subprocess.DEVNULL, ok=(0,)):
    """(wall seconds, peak RSS MB, exit code) of one whole process.

    Peak RSS comes from /usr/bin/time (GNU time, Debian package "time"), not
    from this process's wait4: Linux carries a forked child's maxrss across
    exec, so a child of a large Python process would report the parent's size."""
    rss_file = "/tmp/riskgraph-bench-rss.%d" % os.getpid()
    t0 = time.perf_counter()
    p = subprocess.Popen(["/usr/bin/time", "-f", "%M", "-o", rss_file] + cmd, stdout=stdout,
                         stderr=subprocess.PIPE)
    _, status, _ = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    with open(rss_file) as f:
        lines = [ln for ln in f.read().split("\n") if ln.strip().isdigit()]
    os.remove(rss_file)
    usage_mb = int(lines[-1]) / 1024.0 if lines else float("nan")
    err = p.stderr.read().decode("utf-8", "replace")
    p.stderr.close()
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode not in ok:
        sys.stderr.write("run_bench: %s exited %d: %s\n" % (" ".join(cmd), p.returncode, err.strip()[:2000]))
    return wall, usage_mb, p.returncode


def median_run(cmd, n=5, ok=(0, 4)):
    walls = []
    code = None
    for _ in range(n):
        w, _, code = run(cmd, ok=ok)
        walls.append(w)
        if w > 10:  # one run of a very slow query is enough to show it
            break
    return statistics.median(walls), code


def db_size(db):
    return sum(os.path.getsize(p) for p in (db, db + "-wal", db + "-shm") if os.path.exists(p)) / 1e6


def measure(size, rg_bin, root, python_max):
    d = os.path.join(root, str(size))
    corpus = os.path.join(d, "corpus")
    lexicon = os.path.join(d, "lexicon.json")
    truth_path = os.path.join(d, "truth.json")
    r = {"size": size}
    if not os.path.exists(truth_path):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, os.path.join(HERE, "generate_corpus.py"), "--docs", str(size),
                        "--out", d], check=True)
        r["generate_s"] = time.perf_counter() - t0
    with open(truth_path, encoding="utf-8") as f:
        truth = json.load(f)
    mb = truth["bytes"] / 1e6
    r["corpus_mb"] = mb
    r["questions"] = truth["questions"]
    r["pairs"] = truth["question_entity_pairs"]
    base = [rg_bin, "--db", os.path.join(d, "bench.db"), "--lexicon", lexicon, "--no-default-lexicon", "-q"]
    db = os.path.join(d, "bench.db")
    for p in (db, db + "-wal", db + "-shm"):
        if os.path.exists(p):
            os.remove(p)

    # 1. import, fresh database
    w, rss, code = run(base + ["import", "--keep-going", corpus], ok=(0,))
    r.update(import_s=w, import_rss=rss, import_code=code, import_mbs=mb / w, import_docs=size / w)
    # 2. ripgrep: the raw single-thread scan floor over the same files
    w, rss, code = run(["rg", "-F", "-i", "-c", "-j1", "-f", os.path.join(d, "aliases.txt"), corpus], ok=(0, 1))
    r.update(rg_s=w, rg_rss=rss, rg_mbs=mb / w)
    r["import_vs_rg"] = r["import_s"] / r["rg_s"]
    # 3. re-import of the unchanged corpus
    w, rss, code = run(base + ["import", "--keep-going", corpus], ok=(0,))
    r.update(reimport_s=w, reimport_rss=rss, reimport_ratio=w / r["import_s"])
    r["db_mb"] = db_size(db)
    # 4. queries: whole processes, median of 5
    q = [rg_bin, "--db", db, "-q", "query"]
    r["q_comentions_s"], _ = median_run(q + ["co-mentions", "--kind", "vendor", "--with", "institution",
                                             "--format", "json"])
    help_text = subprocess.run(q + ["--help"], capture_output=True, text=True).stdout
    import re
    has = lambda name: re.search(r"^\s+%s\s" % name, help_text, re.M) is not None
    if has("entity"):
        r["q_entity_s"], r["q_entity_code"] = median_run(q + ["entity", "Huawei"])
    if has("path"):
        r["q_path_s"], r["q_path_code"] = median_run(q + ["path", "Huawei", "Europol"])
    if has("rank"):
        r["q_rank_s"], r["q_rank_code"] = median_run(q + ["rank", "--by", "pagerank"])
    # 5. export
    top_help = subprocess.run([rg_bin, "--help"], capture_output=True, text=True).stdout
    if re.search(r"^\s+export\s", top_help, re.M):
        out = os.path.join(d, "export.json")
        w, rss, code = run([rg_bin, "--db", db, "-q", "export", "--format", "json", "-o", out])
        r.update(export_s=w, export_rss=rss, export_code=code)
        if os.path.exists(out):
            r["export_mb"] = os.path.getsize(out) / 1e6
            os.remove(out)
    # 6. ground truth
    chk = subprocess.run([sys.executable, os.path.join(HERE, "check_truth.py"), "--db", db, "--truth", truth_path,
                          "--riskgraph", rg_bin, "--show", "8"], capture_output=True, text=True)
    r["truth_exact"] = chk.returncode == 0
    r["truth_report"] = chk.stdout + chk.stderr
    # 7. the Python baseline
    if size <= python_max:
        pdb = os.path.join(d, "python-baseline.sqlite")
        w, rss, code = run([sys.executable, os.path.join(HERE, "python_baseline.py"), "--lexicon", lexicon,
                            "--db", pdb, corpus])
        r.update(py_s=w, py_rss=rss, py_mbs=mb / w, py_vs_import=w / r["import_s"])
        chk = subprocess.run([sys.executable, os.path.join(HERE, "check_truth.py"), "--db", pdb,
                              "--truth", truth_path], capture_output=True, text=True)
        r["py_exact"] = chk.returncode == 0
    with open(os.path.join(d, "results.json"), "w") as f:
        json.dump(r, f, indent=1)
    return r


ROWS = [
    ("corpus (MB)", "corpus_mb", "%.1f"),
    ("questions", "questions", "%d"),
    ("question-entity pairs (truth)", "pairs", "%d"),
    ("import wall (s)", "import_s", "%.2f"),
    ("import MB/s", "import_mbs", "%.1f"),
    ("import docs/s", "import_docs", "%.0f"),
    ("import peak RSS (MB)", "import_rss", "%.1f"),
    ("import exit code", "import_code", "%d"),
    ("rg -F -i -c -j1 wall (s)", "rg_s", "%.2f"),
    ("rg MB/s", "rg_mbs", "%.1f"),
    ("import / rg (target <= 2)", "import_vs_rg", "%.2f"),
    ("re-import wall (s)", "reimport_s", "%.2f"),
    ("re-import / import (target < 0.33)", "reimport_ratio", "%.2f"),
    ("re-import peak RSS (MB)", "reimport_rss", "%.1f"),
    ("database (MB)", "db_mb", "%.1f"),
    ("query co-mentions, median of 5 (ms)", "q_comentions_s", "ms"),
    ("query entity Huawei (ms)", "q_entity_s", "ms"),
    ("query path Huawei Europol (ms)", "q_path_s", "ms"),
    ("query rank --by pagerank (ms)", "q_rank_s", "ms"),
    ("export json wall (s)", "export_s", "%.2f"),
    ("export peak RSS (MB)", "export_rss", "%.1f"),
    ("export size (MB)", "export_mb", "%.1f"),
    ("co-mentions = ground truth", "truth_exact", "bool"),
    ("Python baseline wall (s)", "py_s", "%.2f"),
    ("Python baseline MB/s", "py_mbs", "%.1f"),
    ("Python baseline peak RSS (MB)", "py_rss", "%.1f"),
    ("Python / riskgraph import (target >= 4)", "py_vs_import", "%.1f"),
    ("Python baseline = ground truth", "py_exact", "bool"),
]


def table(results):
    head = "| figure | " + " | ".join("%d docs" % r["size"] for r in results) + " |"
    lines = [head, "|---|" + "---:|" * len(results)]
    for label, key, fmt in ROWS:
        cells = []
        for r in results:
            v = r.get(key)
            if v is None:
                cells.append("-")
            elif fmt == "ms":
                cells.append("%.0f" % (v * 1000))
            elif fmt == "bool":
                cells.append("yes" if v else "**no**")
            else:
                cells.append(fmt % v)
        if any(c != "-" for c in cells):
            lines.append("| %s | %s |" % (label, " | ".join(cells)))
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sizes", nargs="*", type=int, default=[1000, 10000, 100000])
    ap.add_argument("--riskgraph", default=os.environ.get("RISKGRAPH", os.path.join(
        os.path.dirname(HERE), "build-bench", "cli", "riskgraph")))
    ap.add_argument("--root", default=os.environ.get("BENCH_ROOT", "/tmp/riskgraph-bench"))
    ap.add_argument("--python-max", type=int, default=int(os.environ.get("PYTHON_BASELINE_MAX", "10000")),
                    help="largest size the Python baseline runs at (default 10000)")
    args = ap.parse_args()
    if not os.access(args.riskgraph, os.X_OK):
        sys.exit("run_bench: no riskgraph binary at %s (set RISKGRAPH or --riskgraph)" % args.riskgraph)
    results = []
    for size in args.sizes:
        sys.stderr.write("run_bench: %d documents...\n" % size)
        results.append(measure(size, args.riskgraph, args.root, args.python_max))
    md = ["# riskgraph benchmark", "",
          "binary: `%s`; corpora under %s; page cache not dropped (files warm); %s" % (
              args.riskgraph, args.root, time.strftime("%Y-%m-%d %H:%M")),
          "", table(results), ""]
    if any(r["size"] > args.python_max for r in results):
        md.append("The Python baseline ran only up to %d documents (pure Python; too slow above)." % args.python_max)
        md.append("")
    for r in results:
        md.append("## ground truth, %d documents\n\n```\n%s```\n" % (r["size"], r["truth_report"]))
    text = "\n".join(md)
    print(text)
    os.makedirs(args.root, exist_ok=True)
    with open(os.path.join(args.root, "results.md"), "w") as f:
        f.write(text)
    return 0 if all(r["truth_exact"] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
