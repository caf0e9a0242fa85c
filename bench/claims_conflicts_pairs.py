"""Regenerate the conflict pairs of a store for hand-checking, and score hand verdicts against them.

Usage (one sample = one temporary store, read once):
    .venv/bin/saidwhat ingest sample.jsonl --db /tmp/sample.db -j 2
    .venv/bin/python bench/claims_conflicts_pairs.py --db /tmp/sample.db --out /tmp/pairs.jsonl
    .venv/bin/python bench/claims_conflicts_pairs.py --db /tmp/sample.db --verdicts bench/claims_conflicts_fresh.jsonl

A reported conflict is judged on its strongest statement pair (`Conflict.pairs[0]`, what a reader sees first;
`--all-pairs` lists every pair); `--out` writes one line per pair
with both statements' ids, speakers, acts and contents (for reading; keep it out of the repository: it holds
article text). `--verdicts` matches a verdict file (lines `{"a": {"article_id", "statement_id"}, "b": {...},
"correct": bool, ...}`, order of a/b ignored) to the pairs reported now and prints precision overall, by
reason and by confidence band; pairs reported now but not judged are counted as such.
The Reuters samples of docs/claims.md: `zcat ../shared/data/reuters21578/articles.jsonl.gz | sed -n '8001,11000p'`.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

BANDS = (0.0, 0.5, 0.6, 0.7, 0.8, 1.01)


def pairs_of(db: str, all_pairs: bool = False) -> list[dict]:
    from saidwhat.claims import claims_from_hits, conflicts
    from saidwhat.store import open_store

    with open_store(db, readonly=True) as st:
        hits = list(st.iter_statements())
    found = claims_from_hits(hits, min_size=2)
    rows = []
    for x in conflicts(found):
        for p in (x.pairs if all_pairs else x.pairs[:1]):
            rows.append({"conflict": x.id, "kind": x.kind, "reasons": list(p.reasons), "confidence": p.confidence,
                         "pairs": len(x.pairs), "a": _ref(p.a), "b": _ref(p.b)})
    return rows


def _ref(r) -> dict:
    return {"article_id": r.article_id, "statement_id": r.statement_id, "speaker": r.speaker, "act": r.act,
            "date": r.date, "text": r.text, "refers_to": r.refers_to}


def key(row: dict) -> frozenset:
    return frozenset(f"{s['article_id']}#{s['statement_id']}" for s in (row["a"], row["b"]))


def report(rows: list[dict], verdicts: list[dict]) -> None:
    judged = {key(v): v for v in verdicts}
    hit = [(r, judged[key(r)]) for r in rows if key(r) in judged]
    print(f"{len(rows)} pair(s) reported, {len(hit)} judged, {len(rows) - len(hit)} not judged")
    if not hit:
        return
    ok = sum(v["correct"] for _, v in hit)
    loose = sum(v.get("contents_conflict", v["correct"]) for _, v in hit)
    print(f"precision {ok}/{len(hit)} = {ok / len(hit):.0%} (contents clash, speakers aside: {loose}/{len(hit)})")
    for lo, hi in zip(BANDS, BANDS[1:]):
        band = [v["correct"] for r, v in hit if lo <= r["confidence"] < hi]
        if band:
            print(f"  confidence [{lo:.2f}, {min(hi, 1):.2f}): {sum(band)}/{len(band)}")
    for lo in BANDS[1:-1]:
        band = [v["correct"] for r, v in hit if r["confidence"] >= lo]
        if band:
            print(f"  confidence >= {lo:.2f}: {sum(band)}/{len(band)} = {sum(band) / len(band):.0%}")
    reasons = sorted({x for r, _ in hit for x in r["reasons"]})
    for rs in reasons:
        band = [v["correct"] for r, v in hit if rs in r["reasons"]]
        print(f"  {rs}: {sum(band)}/{len(band)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--out", help="write the pairs (with texts) here, one JSON line each")
    ap.add_argument("--all-pairs", action="store_true", help="every pair of each conflict, not only the strongest")
    ap.add_argument("--verdicts", help="a verdict file to score against the pairs reported now")
    a = ap.parse_args()
    rows = pairs_of(a.db, a.all_pairs)
    if a.out:
        with open(a.out, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} pair(s) from {a.db}" + (f" -> {a.out}" if a.out else ""))
    if a.verdicts:
        report(rows, [json.loads(x) for x in Path(a.verdicts).read_text().splitlines() if x.strip()])


if __name__ == "__main__":
    main()
