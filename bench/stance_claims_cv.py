"""FNC-1 stance on new stories: five-fold cross-validation over the split by claim.

    .venv/bin/python bench/stance_claims_cv.py [--data ../shared/data/fnc1] [--folds 0,1,2,3,4]

Each fold holds out a fifth of the claims (`saidwhat.eval.fnc1.claim_split`; fold 0 is claims-dev), trains the
stance model as `make train` does on the rest and scores the held-out fifth, printing the FNC-1 score and
per-class F1 of each fold, then the mean and spread. One fold's dev set is small (a few hundred related pairs,
~100 disagree), so a single fold moves by points between variants; this is the estimate to quote for stories
the model has never seen (the competition test set is such a set). ~1.5 min per fold on an idle 2-core machine.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from saidwhat.eval import fnc1  # noqa: E402
from saidwhat.train.stance import build  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "fnc1"))
    ap.add_argument("--folds", default="0,1,2,3,4", help="comma-separated folds 0-4")
    a = ap.parse_args(argv)
    data = fnc1.load(a.data, "train")
    scores, disagree = [], []
    for fold in (int(f) for f in a.folds.split(",")):
        t0 = time.time()
        train, dev = fnc1.claim_split(data, fold)
        model = build(data, train, verbose=False, split=f"claims fold {fold}")
        pred = model.predict([p.headline for p in dev], [data.bodies[p.body_id] for p in dev])
        sc = fnc1.score([p.stance for p in dev], pred)
        scores.append(sc.percent)
        disagree.append(sc.f1["disagree"])
        n_dis = sum(p.stance == "disagree" for p in dev)
        print(f"fold {fold}: train {len(train)} pairs, dev {len(dev)} ({n_dis} disagree): FNC-1 {sc.percent:.2f} %, F1 "
              + ", ".join(f"{k} {v:.3f}" for k, v in sc.f1.items()) + f"  ({time.time() - t0:.0f} s)", flush=True)
    if len(scores) > 1:
        print(f"mean FNC-1 {statistics.mean(scores):.2f} % (sd {statistics.stdev(scores):.2f}, "
              f"min {min(scores):.2f}, max {max(scores):.2f}); mean disagree F1 {statistics.mean(disagree):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
