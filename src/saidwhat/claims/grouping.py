"""Clusters -> `Claim`s: pick the label, read each statement's stance towards it, collect the sides.

Stance is read relative to the claim's reference statement (the most central affirmative one):
- polarity flips with negation of the content ("were not encircled", "are false") and with a denying act
  (deny/reject), and with an antonym concept (RAISE vs LOWER);
- a hedged affirmative ("nearly cut off", "reportedly") qualifies rather than supports.
"""
from __future__ import annotations

import hashlib
from collections.abc import Sequence

import numpy as np

from .items import Item
from .text import ANTONYM_CONCEPTS
from .types import Claim, ClaimStatement

DENYING_ACTS = frozenset({"deny", "reject"})
LABEL_CHARS = 90


def polarity(it: Item, ref: Item | None = None) -> int:
    """+1 when the statement affirms its proposition, -1 when it denies it (relative to `ref` if given)."""
    # a denial whose words also negate ("denied: 'our troops are not encircled'") denies once, not twice
    p = -1 if (it.negated or it.ref.act in DENYING_ACTS) else 1
    if ref is not None:
        if ref is not it:
            mine = {t for t in it.terms if t.isupper()}
            theirs = {t for t in ref.terms if t.isupper()}
            for pair in ANTONYM_CONCEPTS:
                a, b = tuple(pair)
                if (a in mine and b in theirs and b not in mine) or (b in mine and a in theirs and a not in mine):
                    p = -p
                    break
        p *= polarity(ref)  # relative to the reference, which agrees with itself (+1) even when it negates
    return p


def reference(items: Sequence[Item]) -> Item:
    """The most central statement that affirms (falls back to the most central one)."""
    if len(items) == 1:
        return items[0]
    vs = np.vstack([it.vec for it in items])
    cen = vs.sum(0)
    scores = vs @ cen
    order = np.argsort(-scores, kind="stable")
    for k in order:
        if polarity(items[k]) > 0 and items[k].target is None:
            return items[k]
    return items[int(order[0])]


def stance(it: Item, ref: Item) -> str:
    p = polarity(it, ref)
    if p < 0:
        return "denies"
    return "qualifies" if it.hedged else "supports"


def label_of(ref: Item) -> str:
    t = " ".join(ref.text.split()).strip(" \"'\u201c\u201d,.")
    if len(t) > LABEL_CHARS:
        cut = t[:LABEL_CHARS].rsplit(" ", 1)[0]
        t = cut + "\u2026"
    return t


def claim_id(items: Sequence[Item]) -> str:
    keys = sorted(it.key for it in items)
    return "c-" + hashlib.sha1("|".join(keys).encode()).hexdigest()[:10]


def _speaker(it: Item) -> str:
    return it.ref.speaker or "(unknown speaker)"


def build_claim(items: Sequence[Item]) -> Claim:
    ref = reference(items)
    ordered = sorted(items, key=lambda it: (it.ref.date or "9999", it.ref.article_id, it.ref.start))
    sts = tuple(ClaimStatement(it.ref, stance(it, ref)) for it in ordered)  # type: ignore[arg-type]
    sides: dict[str, list[str]] = {"supports": [], "denies": [], "qualifies": []}
    for cs in sts:
        name = cs.ref.speaker or "(unknown speaker)"
        if name not in sides[cs.stance]:
            sides[cs.stance].append(name)
    dates = sorted(d for d in (it.ref.date for it in items) if d)
    return Claim(id=claim_id(items), label=label_of(ref), statements=sts, supporters=tuple(sides["supports"]),
                 deniers=tuple(sides["denies"]), qualifiers=tuple(sides["qualifies"]),
                 first_date=dates[0] if dates else None, last_date=dates[-1] if dates else None, work=tuple(items))
