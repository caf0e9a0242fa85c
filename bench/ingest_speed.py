"""Ingest speed vs reading alone, DB size per 1,000 articles, wire-copy rate; optional Dask 1 vs 2 workers.

Measured side by side in one run on the BBC (2,225) and Reuters-21578 (19,042) articles in
../shared/data (never copied into the project):

    .venv/bin/python bench/ingest_speed.py --limit 200            # both sets, first 200 of each
    .venv/bin/python bench/ingest_speed.py --limit 0              # everything (hours on 2 cores)
    .venv/bin/python bench/ingest_speed.py --limit 100 --dask     # + Dask LocalCluster 1 vs 2 workers

"read alone" is `saidwhat.scale.read_local` over the records (the reader, batched); "ingest" is the
whole `saidwhat ingest` path (plan + read + single writer, one transaction per article) into a fresh
SQLite store. Target (issue 5): ingest time <= 1.2x read time.
"""
from __future__ import annotations

import argparse
import itertools
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
SETS = {"bbc": DATA / "bbc" / "articles.jsonl", "reuters": DATA / "reuters21578" / "articles.jsonl.gz"}


def records(path: Path, limit: int):
    from saidwhat.inputs import InputFailure, iter_records

    it = (r for r in iter_records([str(path)], fmt="jsonl") if not isinstance(r, InputFailure))
    return list(itertools.islice(it, limit) if limit else it)


def bench_set(name: str, path: Path, limit: int, jobs: int, tmp: Path) -> dict:
    from saidwhat import scale
    from saidwhat.inputs import content_hash
    from saidwhat.store import open_store
    from saidwhat.store.ingest import ingest

    recs = records(path, limit)
    src = tmp / f"{name}.jsonl"
    import json

    with src.open("w") as f:  # the same records as an input file for the ingest run
        for r in recs:
            f.write(json.dumps({"id": r.id, "title": r.title, "text": r.text, "published": r.published}) + "\n")
    jobs_ = [scale.Job(r.id, r.text, r.title, r.published, r.url, r.source, r.html, r.origin, content_hash(r.text))
             for r in recs]
    scale.warm()  # model load is not part of either figure
    t = time.perf_counter()
    outs = list(scale.read_local(jobs_, workers=jobs))
    t_read = time.perf_counter() - t
    db = tmp / f"{name}.db"
    with open_store(db, aliases=None) as st:
        t = time.perf_counter()
        s = ingest(st, [str(src)], fmt="jsonl", jobs=jobs)
        t_ingest = time.perf_counter() - t
        stats = st.stats()
    c = sqlite3.connect(db)
    c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    c.close()
    size = db.stat().st_size
    n = len(recs)
    return {"set": name, "n": n, "read_s": t_read, "ingest_s": t_ingest, "read_aps": n / t_read,
            "ingest_aps": n / t_ingest, "ratio": t_ingest / t_read, "mb_per_1000": size / 1e6 / max(1, n) * 1000,
            "copies": s.copies, "dups": s.duplicates, "failed": len(s.failed), "statements": stats.statements,
            "read_failed": sum(o.article is None for o in outs)}


def bench_dask(path: Path, limit: int, tmp: Path) -> list[tuple[int, float]]:
    from distributed import Client, LocalCluster

    from saidwhat import scale
    from saidwhat.inputs import content_hash

    recs = records(path, limit)
    jobs_ = [scale.Job(r.id, r.text, r.title, r.published, r.url, r.source, r.html, r.origin, content_hash(r.text))
             for r in recs]
    out = []
    for n in (1, 2):
        with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None) as cl, \
                Client(cl) as client:
            client.run(scale.warm)
            t = time.perf_counter()
            got = list(scale.read_dask(jobs_, client))
            out.append((n, len(got) / (time.perf_counter() - t)))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=200, help="articles per set (0 = all)")
    ap.add_argument("--jobs", type=int, default=1, help="reading processes for both runs")
    ap.add_argument("--sets", default="bbc,reuters")
    ap.add_argument("--dask", action="store_true", help="also print Dask LocalCluster scaling, 1 vs 2 workers")
    a = ap.parse_args()
    missing = [n for n in a.sets.split(",") if not SETS[n].exists()]
    if missing:
        print(f"data missing for {missing} under {DATA}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        print(f"{'set':8} {'n':>6} {'read a/s':>9} {'ingest a/s':>10} {'ingest/read':>11} {'MB/1000':>8} "
              f"{'copies':>6} {'dups':>5} {'failed':>6} {'stmts':>6}")
        for name in a.sets.split(","):
            r = bench_set(name, SETS[name], a.limit, a.jobs, tmp)
            print(f"{r['set']:8} {r['n']:>6} {r['read_aps']:>9.1f} {r['ingest_aps']:>10.1f} {r['ratio']:>10.2f}x "
                  f"{r['mb_per_1000']:>8.1f} {r['copies']:>6} {r['dups']:>5} {r['failed']:>6} {r['statements']:>6}")
        if a.dask:
            sc = bench_dask(SETS["bbc"], a.limit, tmp)
            base = sc[0][1]
            for n, aps in sc:
                print(f"dask LocalCluster {n} worker(s): {aps:.1f} articles/s read ({aps / base:.2f}x of 1 worker)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
