"""FNC-1 stance evaluation: read the official CSV layout, hold out a dev split by body, score as the shared task did.

Layout: a directory with a bodies file (`Body ID,articleBody`) and a stances file (`Headline,Body ID[,Stance]`),
named `train_bodies.csv`/`train_stances.csv` or `competition_test_bodies.csv`/`competition_test_stances.csv`
(any other `*bodies*.csv` + `*stances*.csv` pair is accepted when there is exactly one of each).

Dev split: the official baseline's hold-out split (fnc-1-baseline `generate_hold_out_split`): the body ids, in
the bodies file's order, shuffled by `random.Random(1489215)`; the first 80 % train, the last 20 % are dev.
No body of the dev split is seen in training, so headlines about a dev body are judged cold.

Claim split (`claims-dev` / `claims-train`, for training runs that want an estimate of a test set of new claims,
as the competition test set is): headlines about the same claim recur across bodies, so the body split leaves
dev headlines the model was trained on. Here a claim is a connected group of headlines and bodies joined by a
related (agree/disagree/discuss) pair; a fifth of the claims (crc32 of the group's smallest body id, or of the
headline when it has no related body) are dev. A pair is dev when both its headline and its body are, train when
neither is; pairs that straddle the two are left out, so no dev headline or body is ever seen in training.

Score: the official scorer: +0.25 when related/unrelated is right, +0.75 more when a related pair gets the right
related label (agree/disagree/discuss); reported as a percentage of the best possible score.
"""
from __future__ import annotations

import csv
import hashlib
import os
import random
import sys
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import FormatError, InputError

LABELS = ("agree", "disagree", "discuss", "unrelated")
RELATED = ("agree", "disagree", "discuss")
SPLIT_SEED = 1489215  # the fnc-1-baseline hold-out seed
TRAIN_FRACTION = 0.8


@dataclass(frozen=True, slots=True)
class Pair:
    headline: str
    body_id: int
    stance: str | None


@dataclass(frozen=True, slots=True)
class Fnc1Set:
    bodies: dict[int, str]
    pairs: tuple[Pair, ...]
    #: "train" for the training layout, "competition_test" for the test layout, else the file stem
    kind: str
    body_order: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Fnc1Score:
    n: int
    score: float
    max_score: float
    percent: float
    f1: dict[str, float]
    macro_f1: float
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"n": self.n, "score": self.score, "max_score": self.max_score, "percent": round(self.percent, 2),
                "f1": {k: round(v, 4) for k, v in self.f1.items()}, "macro_f1": round(self.macro_f1, 4),
                "confusion": self.confusion}


#: splits that need the training files; any other split scores the competition test files when a directory has both
TRAIN_SPLITS = ("train", "claims-dev", "claims-train")


def _find(d: Path, prefer: str = "competition_test") -> tuple[Path, Path, str]:
    """The bodies and stances files to read. A directory holding both the training and the competition test files
    (the official repository's layout) gives the test files, which are what an evaluation wants, unless
    `prefer` is "train"."""
    for stem in (prefer, "train" if prefer != "train" else "competition_test"):
        b, s = d / f"{stem}_bodies.csv", d / f"{stem}_stances.csv"
        if b.is_file() and s.is_file():
            return b, s, stem
    bodies = sorted(d.glob("*bodies*.csv"))
    stances = sorted(d.glob("*stances*.csv"))
    if len(bodies) == 1 and len(stances) == 1:
        return bodies[0], stances[0], bodies[0].stem.replace("_bodies", "")
    raise InputError(f"{d}: no FNC-1 layout found (found bodies files {[p.name for p in bodies]}, stances files "
                     f"{[p.name for p in stances]}); expected train_bodies.csv + train_stances.csv or "
                     "competition_test_bodies.csv + competition_test_stances.csv")


def _body_col(header: list[str], path: Path) -> str:
    for c in ("Body ID", "Body_ID", "BodyID", "body_id"):
        if c in header:
            return c
    raise FormatError(f"{path}: no Body ID column (columns: {header}); expected 'Body ID'")


def stances_path(directory: str | Path, which: str = "dev") -> Path:
    """The stances file `load(directory, which)` reads (for saying what was scored)."""
    return _find(Path(directory), "train" if which in TRAIN_SPLITS else "competition_test")[1]


def load(directory: str | Path, which: str = "dev") -> Fnc1Set:
    """Read a bodies + stances CSV pair in the official layout (the training pair for `TRAIN_SPLITS`)."""
    d = Path(directory)
    if not d.is_dir():
        raise InputError(f"{d}: not a directory; give a directory holding FNC-1 bodies and stances CSV files")
    bpath, spath, kind = _find(d, "train" if which in TRAIN_SPLITS else "competition_test")
    csv.field_size_limit(sys.maxsize)
    bodies: dict[int, str] = {}
    order: list[int] = []
    with bpath.open(encoding="utf-8", newline="") as f:
        r = csv.DictReader(f)
        col = _body_col(r.fieldnames or [], bpath)
        if "articleBody" not in (r.fieldnames or []):
            raise FormatError(f"{bpath}: no articleBody column (columns: {r.fieldnames})")
        for row in r:
            bid = int(row[col])
            bodies[bid] = row["articleBody"]
            order.append(bid)
    pairs = []
    with spath.open(encoding="utf-8", newline="") as f:
        r = csv.DictReader(f)
        col = _body_col(r.fieldnames or [], spath)
        if "Headline" not in (r.fieldnames or []):
            raise FormatError(f"{spath}: no Headline column (columns: {r.fieldnames})")
        for n, row in enumerate(r, 2):
            st = (row.get("Stance") or "").strip() or None
            if st is not None and st not in LABELS:
                if st.isdigit() and int(st) < 4:  # some copies give labels as 0..3
                    st = LABELS[int(st)]
                else:
                    raise FormatError(f"{spath}:{n}: unknown stance {st!r}; supported: {', '.join(LABELS)}")
            bid = int(row[col])
            if bid not in bodies:
                raise FormatError(f"{spath}:{n}: Body ID {bid} is not in {bpath.name}")
            pairs.append(Pair(row["Headline"], bid, st))
    if not pairs:
        raise InputError(f"{spath}: no stance rows")
    return Fnc1Set(bodies, tuple(pairs), kind, tuple(order))


def hold_out_ids(body_order: tuple[int, ...]) -> tuple[set[int], set[int]]:
    """(train body ids, dev body ids) as in the fnc-1-baseline hold-out split."""
    ids = list(body_order)
    random.Random(SPLIT_SEED).shuffle(ids)
    cut = int(TRAIN_FRACTION * len(ids))
    return set(ids[:cut]), set(ids[cut:])


def claim_dev_nodes(data: Fnc1Set, fold: int = 0) -> set[tuple[str, object]]:
    """The ("h", headline) and ("b", body id) nodes whose claim falls in the held-out fifth (module docstring);
    `fold` 0-4 picks which fifth (0 is claims-dev; bench/stance_claims_cv.py runs all five)."""
    parent: dict[tuple[str, object], tuple[str, object]] = {}

    def find(x: tuple[str, object]) -> tuple[str, object]:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for p in data.pairs:
        h, b = find(("h", p.headline)), find(("b", p.body_id))
        if p.stance in RELATED and h != b:
            parent[h] = b
    groups: dict[tuple[str, object], list[tuple[str, object]]] = {}
    for node in list(parent):
        groups.setdefault(find(node), []).append(node)
    dev: set[tuple[str, object]] = set()
    for nodes in groups.values():
        bodies = sorted(int(v) for k, v in nodes if k == "b")  # type: ignore[call-overload]
        key = str(bodies[0]) if bodies else str(nodes[0][1])
        if zlib.crc32(key.encode("utf-8")) % 5 == fold:
            dev.update(nodes)
    return dev


def claim_split(data: Fnc1Set, fold: int = 0) -> tuple[list[Pair], list[Pair]]:
    """(train, dev) pairs of one fold of the split by claim; pairs straddling the two sides are in neither."""
    dev_nodes = claim_dev_nodes(data, fold)
    side = [(("h", p.headline) in dev_nodes, ("b", p.body_id) in dev_nodes) for p in data.pairs]
    return ([p for p, s in zip(data.pairs, side) if s == (False, False)],
            [p for p, s in zip(data.pairs, side) if s == (True, True)])


def split(data: Fnc1Set, which: str) -> list[Pair]:
    """`dev` or `train` (by body id; only the training layout has a hold-out), `claims-dev` or `claims-train`
    (by claim, see the module docstring), or `all`."""
    if which == "all":
        return list(data.pairs)
    if which not in ("dev", "train", "claims-dev", "claims-train"):
        raise InputError(f"unknown split {which!r}; supported: dev, train, claims-dev, claims-train, all")
    if which.startswith("claims-"):
        if data.kind != "train":
            raise InputError(f"split {which!r} needs the training layout (train_bodies.csv), not {data.kind}")
        train, dev = claim_split(data)
        return dev if which == "claims-dev" else train
    if data.kind != "train":
        if which == "dev":  # a test layout was never trained on: all of it is held out
            return list(data.pairs)
        raise InputError(f"split 'train' needs the training layout (train_bodies.csv), not {data.kind}")
    tr, dv = hold_out_ids(data.body_order)
    keep = dv if which == "dev" else tr
    return [p for p in data.pairs if p.body_id in keep]


def score(gold: list[str], pred: list[str]) -> Fnc1Score:
    """The official FNC-1 weighted score and per-class F1."""
    if len(gold) != len(pred):
        raise InputError(f"{len(gold)} gold labels but {len(pred)} predictions")
    s = mx = 0.0
    conf: dict[str, Counter] = {g: Counter() for g in LABELS}
    for g, p in zip(gold, pred):
        conf[g][p] += 1
        mx += 0.25 + (0.75 if g in RELATED else 0.0)
        if g == p:
            s += 0.25
            if g in RELATED:
                s += 0.75
        if g in RELATED and p in RELATED:
            s += 0.25 if g != p else 0.0
    f1 = {}
    for lab in LABELS:
        tp = conf[lab][lab]
        fp = sum(conf[g][lab] for g in LABELS if g != lab)
        fn = sum(conf[lab][p] for p in LABELS if p != lab)
        f1[lab] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return Fnc1Score(len(gold), s, mx, 100 * s / mx if mx else 0.0, f1, sum(f1.values()) / len(f1),
                     {g: dict(conf[g]) for g in LABELS})


def predict(pairs: list[Pair], bodies: dict[int, str], model_path: str | None = None) -> list[str]:
    from ..claims.stance import fnc1_decision, load_stance_model

    model = load_stance_model(model_path)
    cache = {}
    bs = []
    for p in pairs:
        if p.body_id not in cache:
            cache[p.body_id] = model.features.body(bodies[p.body_id])
        bs.append(cache[p.body_id])
    out: list[str] = []
    for i in range(0, len(pairs), 2000):
        pr = model.proba_from_bodies([p.headline for p in pairs[i:i + 2000]], bs[i:i + 2000])
        out.extend(fnc1_decision(pr))
    return out


def write_predictions(path: str | Path, pairs: list[Pair], pred: list[str]) -> None:
    """The official submission layout: Headline, Body ID, Stance."""
    with Path(path).open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Headline", "Body ID", "Stance"])
        for p, s in zip(pairs, pred):
            w.writerow([p.headline, p.body_id, s])


#: the training part each held-out split is scored against, and the `--split` of `saidwhat.train.stance` that makes it
_TRAIN_PART = {"dev": ("train", "body"), "claims-dev": ("claims-train", "claims")}


def trained_split(meta: dict) -> str:
    """Which pairs a stance model was trained on: "all" (every training pair: the shipped model), "body" (the
    train part of the body split) or "claims" (claims-train). Older files say it only in `trained_on`."""
    if meta.get("split"):
        return str(meta["split"])
    said = str(meta.get("trained_on", ""))
    return "claims" if "claims split" in said else "body" if "body split" in said else "all"


def held_out_model(data: Fnc1Set, which: str, model_path: str | None) -> str | None:
    """The model to score `which` with, such that no pair of it was seen in training.

    The shipped model is trained on every training pair (the competition test set is scored by the strongest
    model the data gives), so the dev splits of the training files are not held out from it: for them a model is
    trained on the matching train part, once, and kept in the cache directory (`cache_dir`). A model passed with
    --model is used as given, with a warning when the split is not held out from it."""
    if data.kind != "train" or which not in _TRAIN_PART:
        return model_path  # a test set is held out by construction; train/all/claims-train are scored in-sample
    from ..claims.stance import load_stance_model

    part, needed = _TRAIN_PART[which]
    trained = trained_split(load_stance_model(model_path).meta)
    if trained == needed:
        return model_path
    if model_path is not None:
        print(f"warning: this model was trained on the {trained} split, so {which} is not held out from it; "
              f"train one with `python -m saidwhat.train.stance --split {needed}` and pass it with --model",
              file=sys.stderr)
        return model_path
    path = cache_dir() / f"stance-{needed}-{_training_key(data)}.joblib"
    if not path.is_file():
        print(f"the shipped stance model was trained on every pair of these files; scoring {which} with a model "
              f"trained on the {part} part only (built once, ~2-5 min, kept at {path})", file=sys.stderr)
        train_held_out(data, part, needed, path)
    return str(path)


def train_held_out(data: Fnc1Set, part: str, name: str, path: Path) -> None:
    """Train the stance model on one training part as `make train` does, and save it at `path` (atomically)."""
    from ..train.stance import build

    model = build(data, split(data, part), verbose=False, split=name)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    model.save(tmp)
    tmp.replace(path)


def cache_dir() -> Path:
    """Where models trained for an evaluation are kept: $SAIDWHAT_CACHE, else $XDG_CACHE_HOME/saidwhat, else
    ~/.cache/saidwhat."""
    if os.environ.get("SAIDWHAT_CACHE"):
        return Path(os.environ["SAIDWHAT_CACHE"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "saidwhat"


def _training_key(data: Fnc1Set) -> str:
    """Changes when the training pairs, the model file format or the shipped model (its size stands in for the
    training code that made it) change: a cached model is then stale and is trained again."""
    from ..claims.stance import FORMAT, DEFAULT_PATH

    h = hashlib.sha1(FORMAT.encode())
    for p in data.pairs:
        h.update(f"{p.headline}\t{p.body_id}\t{p.stance}\n".encode())
    if DEFAULT_PATH.is_file():
        h.update(str(DEFAULT_PATH.stat().st_size).encode())
    return h.hexdigest()[:12]


def evaluate(directory: str | Path, *, which: str = "dev", out: str | Path | None = None,
             limit: int | None = None, model_path: str | None = None) -> tuple[Fnc1Score | None, int]:
    """Predict (and score when the set is labelled). Returns (score or None when unlabelled, pairs predicted)."""
    data = load(directory, which)
    pairs = split(data, which)
    model_path = held_out_model(data, which, model_path)
    if limit:
        pairs = pairs[:limit]
    pred = predict(pairs, data.bodies, model_path)
    if out:
        write_predictions(out, pairs, pred)
    if any(p.stance is None for p in pairs):
        return None, len(pairs)
    return score([p.stance for p in pairs], pred), len(pairs)  # type: ignore[misc]
