"""Claim clustering speed and memory on Reuters-21578 statements; incremental add vs rebuild.

    .venv/bin/python bench/claims_speed.py --limit 1500          # first 1,500 stories (a few minutes)
    .venv/bin/python bench/claims_speed.py --limit 0              # all 19,042 (reading ~5 min with --jobs 2)
    .venv/bin/python bench/claims_speed.py --db real.db --prefix reuters-   # every statement of a store's
                                                                  # Reuters stories (`saidwhat ingest` first)

Reading (saidwhat.read_many) is not part of the clustering figures; its statements are cached in
`--cache` (a pickle under /tmp) so a second run measures clustering alone. Figures printed:
- clustering statements/s and the peak memory of the clustering step (tracemalloc: Python + numpy buffers),
  at 1/4, 1/2 and all of the statements, so the growth rate is visible (all-pairs would grow ~4x per doubling);
- incremental: an index holding the first 90 % of the articles takes the last 10 % (`ClaimIndex.add`), against
  rebuilding the index over all of them; how many new statements joined claims that already existed;
- claims with >= 2 statements, conflicts found (conflicts() over the full set) and their time.
The data stays in ../shared (never copied into the project).
"""
from __future__ import annotations

import argparse
import itertools
import pickle
import resource
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "reuters21578" / "articles.jsonl.gz"


def read_articles(limit: int, cache: Path | None):
    if cache and cache.is_file():
        with cache.open("rb") as f:
            arts = pickle.load(f)
        if len(arts) >= limit > 0 or (limit == 0 and arts):
            return arts[:limit] if limit else arts, 0.0
    from saidwhat.inputs import InputFailure, iter_records
    from saidwhat.reader import read_many

    it = (r for r in iter_records([str(DATA)], fmt="jsonl") if not isinstance(r, InputFailure))
    recs = list(itertools.islice(it, limit) if limit else it)
    t = time.perf_counter()
    arts = list(read_many([], records=recs))
    took = time.perf_counter() - t
    if cache:
        with cache.open("wb") as f:
            pickle.dump(arts, f)
    return arts, took


def stored_articles(db: str, prefix: str) -> list[list]:
    """The store's statements (a story's copies once), grouped by article in ingest order."""
    from saidwhat.store import open_store

    groups: dict[str, list] = {}
    with open_store(db, readonly=True) as st:
        for h in st.iter_statements():
            if h.article_id.startswith(prefix):
                groups.setdefault(h.article_id, []).append(h)
    return list(groups.values())


def timed(fn, trace: bool = False):
    """(result, seconds, peak bytes or None). tracemalloc slows Python several-fold, so timing runs go without it
    and memory is measured in a separate traced run."""
    if trace:
        tracemalloc.start()
    t = time.perf_counter()
    out = fn()
    took = time.perf_counter() - t
    peak = tracemalloc.get_traced_memory()[1] if trace else None
    if trace:
        tracemalloc.stop()
    return out, took, peak


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=1500, help="stories to read (0: all)")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/saidwhat-claims-bench.pkl"))
    ap.add_argument("--embedder", default=None, help="hashing (default), minilm-onnx, minilm-torch")
    ap.add_argument("--db", help="take the statements from this store instead of reading (--limit is ignored)")
    ap.add_argument("--prefix", default="", help="with --db: only articles whose id starts with this")
    a = ap.parse_args(argv)
    from saidwhat.claims import ClaimIndex, claims_from_index, conflicts, get_embedder
    from saidwhat.claims.items import items_from_articles, items_from_hits

    if a.db:
        arts, t_read = stored_articles(a.db, a.prefix), 0.0
        n_st = sum(len(x) for x in arts)

        def items_from_articles(groups):  # noqa: F811 - the same items, from the store's hits
            return items_from_hits(h for g in groups for h in g)
    else:
        if not DATA.is_file():
            print(f"{DATA} not present", file=sys.stderr)
            return 2
        arts, t_read = read_articles(a.limit, a.cache)
        n_st = sum(len(x.statements) for x in arts)
    print(f"{len(arts)} stories, {n_st} statements" + (f" (read in {t_read:.0f} s, {len(arts) / t_read:.1f} stories/s)"
                                                       if t_read else (" (from the store)" if a.db else " (from cache)")))
    emb = get_embedder(a.embedder)
    print(f"embedder: {emb.name} ({emb.dim} dims)")
    for frac in (4, 2, 1):
        part = arts[: len(arts) // frac]
        items = items_from_articles(part)

        def build():
            idx = ClaimIndex(emb)
            idx.add(items)
            return idx

        idx, took, _ = timed(build)
        _, _, peak = timed(build, trace=True)
        multi = sum(1 for m in idx.members if len(m) >= 2)
        print(f"cluster {len(items):6d} statements: {took:6.2f} s, {len(items) / took:8.0f} statements/s, "
              f"peak {peak / 1e6:6.1f} MB (tracemalloc); {len(idx.members)} claims, {multi} with >= 2 statements")
    cut = int(len(arts) * 0.9)
    old, new = items_from_articles(arts[:cut]), items_from_articles(arts[cut:])
    idx = ClaimIndex(emb)
    idx.add(old)
    n_before = len(idx.members)
    _, t_add, _ = timed(lambda: idx.add(new))
    joined = sum(1 for c in idx.claim_of[len(old):] if c < n_before)
    allitems = items_from_articles(arts)
    full, t_rebuild, _ = timed(lambda: (lambda i: (i.add(allitems), i)[1])(ClaimIndex(emb)))
    print(f"incremental: +{len(new)} statements ({len(arts) - cut} stories) into an index of {len(old)}: "
          f"{t_add:.2f} s ({len(new) / max(t_add, 1e-9):.0f} statements/s); "
          f"{joined} joined existing claims; rebuild of all {len(allitems)}: {t_rebuild:.2f} s "
          f"({t_rebuild / max(t_add, 1e-9):.1f}x the add)")
    t = time.perf_counter()
    found = claims_from_index(full, min_size=2)
    x = conflicts(found)
    print(f"{len(found)} claims with >= 2 statements, {len(x)} conflicts "
          f"({sum(1 for c in x if c.kind == 'contradiction')} contradictions) in {time.perf_counter() - t:.2f} s")
    print(f"process max RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
