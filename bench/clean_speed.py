"""Speed of saidwhat.clean on the BBC set (2,225 articles), side by side with a bare paragraph split.

The bare split (`re.split` on blank lines) is the least any cleaner must do; the ratio says what the
debris rules and the offset map cost on top. Also times the HTML path against trafilatura alone.
Run: .venv/bin/python bench/clean_speed.py [N]   (N articles, default all). CPU time, best of 3.
"""
from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

from saidwhat.clean import clean

ROOT = Path(__file__).resolve().parents[1]
BBC = ROOT / ".." / "shared" / "data" / "bbc" / "articles.jsonl"
_PARA = re.compile(r"\n\s*\n")


def best_of(fn, items, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        t = time.process_time()
        for it in items:
            fn(it)
        best = min(best, time.process_time() - t)
    return best / len(items) * 1000


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else None
    rows = [json.loads(line) for line in BBC.open(encoding="utf-8")][:n]
    texts = [f"{d['title']}\n\n{d['text']}" for d in rows]
    base = best_of(lambda t: [p.strip() for p in _PARA.split(t)], texts)
    ours = best_of(clean, texts)
    print(f"BBC {len(texts)} articles, mean {sum(map(len, texts)) / len(texts):,.0f} chars")
    print(f"  bare paragraph split   {base:7.3f} ms/article")
    print(f"  saidwhat.clean         {ours:7.3f} ms/article   ({ours / base:.1f}x the bare split)")
    page = (ROOT / "examples" / "page.html").read_text(encoding="utf-8")
    import trafilatura

    traf = best_of(lambda h: trafilatura.bare_extraction(h, with_metadata=True), [page] * 20)
    ours_html = best_of(lambda h: clean(h, html=True), [page] * 20)
    print(f"examples/page.html: trafilatura alone {traf:.2f} ms, clean(html=True) {ours_html:.2f} ms "
          f"({ours_html / traf:.2f}x)")


if __name__ == "__main__":
    main()
