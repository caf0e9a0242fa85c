"""Train the learned cue scorer shipped as `saidwhat/data/cues.joblib` (see `cue_scorer.cue_features`).

    python -m saidwhat.train.cues --data ../shared/data/polnear --out src/saidwhat/data/cues.joblib

Reads PolNeAR train only. Every candidate verb (or predicate adjective) the lexicon leaves out, or the rules
made nothing of (`attribution.model_candidates`), in the paragraphs the reader parses is an example; it is positive when it lies
in a gold cue span *and* the content the rule conventions give it (`attribution._model_content`) shares at least
half its tokens with that relation's content — so the model learns "this verb makes a right statement", not
only "this verb is a cue".
Articles whose index is 4 mod 5 are held out: a logistic regression fitted on the rest is run through the whole
reader on them and the threshold with the best content-overlap F1 is kept, among those that cost no precision
(overlap, exact, source, cue) more than PREC_SLACK against the rules alone. The shipped weights are then refitted
on all of train with that threshold. PolNeAR dev is never read here.
"""
from __future__ import annotations

import argparse
import json
import pickle
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError

THRESHOLDS = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)
#: the threshold must beat the rules alone on the held-out articles by this much, else none is used (1.0)
MIN_GAIN = 0.002
#: ... and may cost each precision (content overlap / exact, source, cue) at most this much there: the dev floors
#: (tests/floors/polnear.json) sit about 0.01 under the measured figures, recall is bought, not precision sold
PREC_SLACK = 0.01
#: L2 strength (sklearn's C) of the logistic regression; weights under PRUNE in size are dropped from the file.
C = 0.3
PRUNE = 1e-3


@dataclass(slots=True)
class Parsed:
    """One parsed candidate paragraph of an article, with each token's raw-text span."""

    article: int
    doc: object  # spacy Doc
    raw: list[tuple[int, int]]


def load_articles(path: Path, limit: int | None = None) -> list[dict]:
    if not path.exists():
        raise InputError(f"{path}: no such file (expected PolNeAR train.jsonl)")
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            out.append(json.loads(line))
            if limit is not None and len(out) >= limit:
                break
    return out


def parse(articles: list[dict], cache: Path | None = None) -> list[Parsed]:
    """The reader's own paragraphs and parse (clean, candidate paragraphs, one `nlp.pipe`), optionally cached."""
    from spacy.tokens import DocBin

    from .. import reader

    nlp = reader._nlp()
    if cache is not None and cache.with_suffix(".spacy").exists():
        docs = list(DocBin().from_disk(cache.with_suffix(".spacy")).get_docs(nlp.vocab))
        meta = pickle.loads(cache.with_suffix(".pkl").read_bytes())
        if meta and max(m[0] for m in meta) >= len(articles) - 1:  # the cache covers the articles asked for
            return [Parsed(a, d, raw) for (a, raw), d in zip(meta, docs) if a < len(articles)]
    out: list[Parsed] = []
    for ai, d in enumerate(articles):
        item = dict(text=d["text"], published=None, doc_id=None, title=None, url=None, source=None, html=False)
        prep = reader._prepare(item)
        for k, doc in zip(prep.cand, nlp.pipe([prep.paras[k].text for k in prep.cand])):
            p = prep.paras[k]
            raw = [prep.cleaned.span_to_raw(p.start + t.idx, p.start + t.idx + len(t.text)) for t in doc]
            out.append(Parsed(ai, doc, raw))
    if cache is not None:
        db = DocBin()
        for p in out:
            db.add(p.doc)
        db.to_disk(cache.with_suffix(".spacy"))
        cache.with_suffix(".pkl").write_bytes(pickle.dumps([(p.article, p.raw) for p in out]))
    return out


def examples(parsed: list[Parsed], articles: list[dict]) -> Iterator[tuple[int, list[str], int]]:
    """(article index, features, label) for every candidate token (see the module docstring for the label)."""
    from .. import attribution as at
    from .. import cue_scorer as scorer
    from ..eval.polnear import _gold_pieces, _overlap, _piece_toks

    for p in parsed:
        doc = p.doc
        art = articles[p.article]
        text = art["text"]
        golds = [g for g in art["attributions"] if g.get("cue") and g.get("content")]
        quotes = at.find_quotes(at.doc_text(doc))
        _, cue_tokens, _, rejected = at.rule_pass(doc, quotes)
        lex = set(cue_tokens)
        for tok in at.model_candidates(doc, lex, quotes, rejected):
            s, e = p.raw[tok.i]
            label = 0
            hits = [g for g in golds if g["cue"]["start"] < e and s < g["cue"]["end"]]
            if hits:
                got = at._model_content(doc, tok, set())
                if got is not None:
                    (cs, ce), _, _ = got
                    ctoks = [t for t in doc if cs <= t.idx < ce]
                    if ctoks:
                        pt = _piece_toks([(p.raw[ctoks[0].i][0], p.raw[ctoks[-1].i][1])], text)
                        label = int(any(_overlap(pt, _piece_toks(_gold_pieces(g), text)) >= 0.5 for g in hits))
            yield p.article, scorer.cue_features(tok, lex), label


def fit(feats: list[list[str]], labels: list[int], c: float = C):
    """A logistic regression over binary feature strings; returns (weights dict, bias)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([{f: 1 for f in fs} for fs in feats]).tocsr()
    x.indices = x.indices.astype("int32")  # liblinear takes 32-bit sparse indices only
    x.indptr = x.indptr.astype("int32")
    clf = LogisticRegression(C=c, max_iter=2000, solver="liblinear", random_state=0)
    clf.fit(x, labels)
    weights = {name: round(float(w), 4) for name, w in zip(vec.feature_names_, clf.coef_[0]) if abs(w) >= PRUNE}
    return weights, float(clf.intercept_[0])


def score_articles(articles: list[dict], parsed: list[Parsed], model) -> dict:
    """Run the whole reader on `articles` (with their cached parses) and the cue `model`; PolNeAR scores."""
    from collections import defaultdict

    from .. import attribution as at
    from .. import reader
    from ..eval import polnear

    by_text = {}
    for p in parsed:
        by_text.setdefault(at.doc_text(p.doc), p.doc)

    class _Cached:
        def __init__(self, real):
            self.real = real

        def pipe(self, texts, **kw):
            texts = list(texts)
            missing = [t for t in texts if t not in by_text]
            for t, d in zip(missing, self.real.pipe(missing)):
                by_text[t] = d
            return [by_text[t] for t in texts]

    real_nlp, real_model = reader._nlp, at.cue_model
    cached = _Cached(real_nlp())
    reader._nlp = lambda: cached  # type: ignore[assignment]
    at.cue_model = lambda: model  # type: ignore[assignment]
    try:
        counts: dict = defaultdict(int)
        by_kind: dict = defaultdict(lambda: defaultdict(int))
        for d in articles:
            preds = polnear.predictions(d["text"], None)
            polnear._score(d["text"], preds, [a for a in d["attributions"] if a.get("content")], counts, by_kind)
    finally:
        reader._nlp, at.cue_model = real_nlp, real_model  # type: ignore[assignment]
    return {k: polnear._prf(counts[t], counts[pr], counts[g]) for k, t, pr, g in (
        ("content_overlap", "overlap", "pred", "gold"), ("content_exact", "exact", "pred", "gold"),
        ("source", "source_tp", "source_pred", "source_gold"), ("cue", "cue_tp", "cue_pred", "cue_gold"))}


def _fmt(sc: dict) -> str:
    return "; ".join(f"{k} P {v['precision']:.3f} R {v['recall']:.3f} F1 {v['f1']:.4f}" for k, v in sc.items())


def main(argv: list[str] | None = None) -> int:
    from .. import cue_scorer as cs

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", required=True, help="directory holding PolNeAR train.jsonl")
    ap.add_argument("--out", required=True, help="where to write the model (.joblib)")
    ap.add_argument("--limit", type=int, help="first N train articles only (a quick check)")
    ap.add_argument("--cache", help="file stem to keep the train parse in (reused when present)")
    ap.add_argument("--threshold", type=float, help="skip the held-out threshold search and use this one")
    ap.add_argument("-C", type=float, default=C)
    a = ap.parse_args(argv)
    t0 = time.time()
    articles = load_articles(Path(a.data) / "train.jsonl", a.limit)
    parsed = parse(articles, Path(a.cache) if a.cache else None)
    rows = list(examples(parsed, articles))
    print(f"{len(articles)} articles, {len(parsed)} paragraphs, {len(rows)} candidate verbs, "
          f"{sum(r[2] for r in rows)} positive ({time.time() - t0:.0f} s)", flush=True)
    held = {i for i in range(len(articles)) if i % 5 == 4}
    search: list[dict] = []
    threshold = a.threshold
    if threshold is None:
        fit_rows = [r for r in rows if r[0] not in held]
        w, b = fit([r[1] for r in fit_rows], [r[2] for r in fit_rows], a.C)
        held_arts = [articles[i] for i in sorted(held)]
        held_parsed = [p for p in parsed if p.article in held]
        base = score_articles(held_arts, held_parsed, None)
        print(f"held-out ({len(held_arts)} articles) rules only: " + _fmt(base), flush=True)
        best = (base["content_overlap"]["f1"] + MIN_GAIN, None)
        for th in THRESHOLDS:
            sc = score_articles(held_arts, held_parsed, cs.CueModel(w, b, th, {}))
            search.append({"threshold": th, **{k: v["f1"] for k, v in sc.items()}})
            print(f"  threshold {th:.2f}: " + _fmt(sc), flush=True)
            precise = all(sc[k]["precision"] >= base[k]["precision"] - PREC_SLACK for k in sc)
            if precise and sc["content_overlap"]["f1"] > best[0]:
                best = (sc["content_overlap"]["f1"], th)
        threshold = best[1] if best[1] is not None else 1.0
        print(f"chosen threshold {threshold} (held-out overlap F1 {best[0]:.4f})", flush=True)
    w, b = fit([r[1] for r in rows], [r[2] for r in rows], a.C)
    out = Path(a.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    import joblib

    joblib.dump({"weights": w, "bias": b, "threshold": threshold,
                 "meta": {"trained_on": f"PolNeAR train, {len(articles)} articles", "C": a.C,
                          "held_out": "train articles with index % 5 == 4 (threshold search only)",
                          "search": search, "n_examples": len(rows)}}, out, compress=3)
    print(f"wrote {out}: {len(w)} weights, {out.stat().st_size / 1024:.0f} KiB ({time.time() - t0:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
