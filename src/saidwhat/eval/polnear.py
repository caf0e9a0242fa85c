"""Scoring saidwhat against PolNeAR attribution relations (source / cue / content spans).

Matching, per article: a predicted statement and a gold attribution match on content when their
spans are identical after trimming spaces and final punctuation ("exact"), or share at least 50 % of
the tokens of each ("overlap"). Pairs are matched one-to-one, greedily by overlap. Source and cue are
scored on the overlap-matched pairs: correct when the predicted span shares a token with the gold one.
Precision counts predicted statements, recall gold attributions (with a source / cue for those rows).
Continuation quotes sharing a cue with the statement before them in the same paragraph ("“A,” he said. “B”")
are scored as one prediction made of both pieces, which is how PolNeAR annotates them (one relation,
discontinuous content); a quote standing alone in a later paragraph stays its own prediction (PolNeAR joins
content across paragraphs in 115 of 19,832 train relations). Overlap counts the tokens of the pieces, on both
sides: a discontinuous gold content ("spans") leaves out the source and cue between its pieces, as the
corpus marks them; "exact" compares the trimmed outer bounds.
Gold kind: direct when the content is one quotation, mixed when it holds one, else indirect.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

from saidwhat.errors import InputError

_TOK = re.compile(r"\w+", re.UNICODE)
_TRIM = " \t\n\r.,;:!?\u00a0"


def _toks(start: int, end: int, text: str) -> set[int]:
    return {m.start() + start for m in _TOK.finditer(text[start:end])}


def _piece_toks(pieces, text: str) -> set[int]:
    out: set[int] = set()
    for s, e in pieces:
        out |= _toks(s, e, text)
    return out


def _gold_pieces(g: dict) -> list[tuple[int, int]]:
    """A gold content span's pieces: a discontinuous one ("“A,” he said, “B”") leaves out what lies between."""
    c = g["content"]
    return [tuple(p) for p in c["spans"]] if c.get("spans") else [(c["start"], c["end"])]


def _trimmed(start: int, end: int, text: str) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def gold_kind(text: str) -> str:
    t = text.replace("''", '"').strip().rstrip(".,")  # (some publishers print ''this'' for "this")
    if t[:1] in "“\"" and t[-1:] in "”\"" and t.count("“") + t.count('"') <= 2:
        return "direct"
    if any(q in t for q in "“”\""):
        return "mixed"
    return "indirect"


def _prf(tp: int, npred: int, ngold: int) -> dict:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "pred": npred, "gold": ngold}


def _overlap(a: set[int], b: set[int]) -> float:
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return min(inter / len(a), inter / len(b))


def predictions(text: str, date: str | None = None) -> list[dict]:
    """saidwhat's statements on one PolNeAR text, as raw-text spans (content, source, cue) with kind."""
    from saidwhat.reader import read_with_source_map

    art, cleaned = read_with_source_map(text, published=(date or "")[:10] or None)
    preds: list[dict] = []
    for s in art.statements:
        cs, ce = cleaned.span_to_raw(s.content.start, s.content.end)
        sp = cleaned.span_to_raw(s.speaker.start, s.speaker.end) if s.speaker and s.speaker.via != "continuation" else None
        cu = cleaned.span_to_raw(s.cue.start, s.cue.end) if s.cue and s.speaker and s.speaker.via != "continuation" else None
        key = (s.cue.start, s.cue.end) if s.cue else None
        if key is not None and preds and preds[-1]["key"] == key and s.speaker and s.speaker.via == "continuation" \
                and "\n" not in text[preds[-1]["content"][1]:cs]:
            # "“A,” he said. “B”": one attribution with discontinuous content, as PolNeAR annotates it
            # (a quote in a later paragraph is not merged: PolNeAR rarely joins content across paragraphs)
            preds[-1]["content"] = (min(preds[-1]["content"][0], cs), max(preds[-1]["content"][1], ce))
            preds[-1]["pieces"].append((cs, ce))
            continue
        preds.append({"content": (cs, ce), "pieces": [(cs, ce)], "source": sp, "cue": cu, "kind": s.kind,
                      "key": key})
    return preds


def evaluate(path: str | Path, limit: int | None = None) -> dict:
    """Read every article of a PolNeAR JSONL file and score the statements found against its gold spans."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file (expected a PolNeAR JSONL such as ../shared/data/polnear/dev.jsonl)")
    counts: dict[str, int] = defaultdict(int)
    by_kind: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    n_articles = 0
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if limit is not None and n_articles >= limit:
                break
            d = json.loads(line)
            n_articles += 1
            text = d["text"]
            preds = predictions(text, d.get("date"))
            golds = [a for a in d["attributions"] if a.get("content")]
            _score(text, preds, golds, counts, by_kind)
    res = {
        "articles": n_articles,
        "content_exact": _prf(counts["exact"], counts["pred"], counts["gold"]),
        "content_overlap": _prf(counts["overlap"], counts["pred"], counts["gold"]),
        "source": _prf(counts["source_tp"], counts["source_pred"], counts["source_gold"]),
        "cue": _prf(counts["cue_tp"], counts["cue_pred"], counts["cue_gold"]),
        "by_kind": {},
    }
    for kind, c in sorted(by_kind.items()):
        res["by_kind"][kind] = {
            "content_overlap": _prf(c["overlap_p"], c["pred"], c["gold"]) | {"recall": round(c["overlap_r"] / c["gold"], 4) if c["gold"] else 0.0},
            "source_recall": round(c["source_tp"] / c["source_gold"], 4) if c["source_gold"] else 0.0,
        }
        r = res["by_kind"][kind]["content_overlap"]
        p, rr = r["precision"], r["recall"]
        r["f1"] = round(2 * p * rr / (p + rr), 4) if p + rr else 0.0
    return res


def match(text: str, preds: list[dict], golds: list[dict]) -> list[tuple[int, int]]:
    """One-to-one (prediction index, gold index) pairs sharing >= 50 % of each one's tokens, best first."""
    ptoks = [_piece_toks(p.get("pieces") or [p["content"]], text) for p in preds]
    gtoks = [_piece_toks(_gold_pieces(g), text) for g in golds]
    pairs = sorted(((_overlap(pt, gt), i, j) for i, pt in enumerate(ptoks) for j, gt in enumerate(gtoks)
                    if pt & gt), reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    out: list[tuple[int, int]] = []
    for ov, i, j in pairs:
        if ov < 0.5 or i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j))
    return out


def _score(text: str, preds: list[dict], golds: list[dict], counts, by_kind) -> None:
    counts["pred"] += len(preds)
    counts["gold"] += len(golds)
    for i, j in match(text, preds, golds):
        p, g = preds[i], golds[j]
        counts["overlap"] += 1
        gk = gold_kind(g["content"]["text"])
        by_kind[p["kind"]]["overlap_p"] += 1
        by_kind[gk]["overlap_r"] += 1
        if _trimmed(*p["content"], text) == _trimmed(g["content"]["start"], g["content"]["end"], text):
            counts["exact"] += 1
        for role in ("source", "cue"):
            gs = g.get(role)
            ps = p[role]
            if gs and ps and _toks(*ps, text) & _toks(gs["start"], gs["end"], text):
                counts[f"{role}_tp"] += 1
                if role == "source":
                    by_kind[gk]["source_tp"] += 1
    for p in preds:
        by_kind[p["kind"]]["pred"] += 1
        for role in ("source", "cue"):
            if p[role]:
                counts[f"{role}_pred"] += 1
    for g in golds:
        gk = gold_kind(g["content"]["text"])
        by_kind[gk]["gold"] += 1
        for role in ("source", "cue"):
            if g.get(role):
                counts[f"{role}_gold"] += 1
                if role == "source":
                    by_kind[gk]["source_gold"] += 1


def render(res: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    t = Table(title=f"PolNeAR: {res['articles']} articles")
    for col in ("measure", "precision", "recall", "F1", "tp", "pred", "gold"):
        t.add_column(col)
    for key in ("content_exact", "content_overlap", "source", "cue"):
        r = res[key]
        t.add_row(key, f"{r['precision']:.3f}", f"{r['recall']:.3f}", f"{r['f1']:.3f}", str(r["tp"]), str(r["pred"]), str(r["gold"]))
    for kind, r in res["by_kind"].items():
        c = r["content_overlap"]
        t.add_row(f"content_overlap / {kind}", f"{c['precision']:.3f}", f"{c['recall']:.3f}", f"{c['f1']:.3f}", "", str(c["pred"]), str(c["gold"]))
        t.add_row(f"source_recall / {kind}", "", f"{r['source_recall']:.3f}", "", "", "", "")
    Console().print(t)
