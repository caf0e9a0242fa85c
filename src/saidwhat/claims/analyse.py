"""Claims and conflicts from articles, store hits or items: the steps behind the public functions.

`claims()` clusters every statement (approximate neighbours, see cluster.py) and turns each cluster into a
`Claim`; `conflicts()` compares statements only within a claim. Both accept what the reader and the store
hand out, so the CLI, the web layer and library users share one path.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from ..model import Article
from .cluster import ClaimIndex
from .conflicts import conflicts_in_cluster
from .embed import Embedder
from .grouping import build_claim
from .items import Item, items_from_articles, items_from_hits
from .text import content_terms, entities, is_anaphoric, is_negated, is_qualified
from .types import Claim, Conflict

__all__ = ["claims", "claims_from_items", "claims_from_hits", "conflicts", "claims_from_index"]


def _claim_order(c: Claim) -> tuple:
    speakers = {s.ref.speaker for s in c.statements}
    return (-len(speakers), -len(c.statements), c.first_date or "9999", c.id)


def claims_from_index(index: ClaimIndex, *, min_size: int = 1) -> list[Claim]:
    """The index's clusters as claims, most speakers first (then most statements, then earliest)."""
    out = [build_claim([index.items[i] for i in m]) for m in index.clusters(min_size)]
    out.sort(key=_claim_order)
    return out


def claims_from_items(items: Sequence[Item], *, embedder: Embedder | str | None = None,
                      min_size: int = 1) -> list[Claim]:
    idx = ClaimIndex(embedder)
    idx.add(items)
    return claims_from_index(idx, min_size=min_size)


def claims(articles: Iterable[Article], *, embedder: Embedder | str | None = None, min_size: int = 1) -> list[Claim]:
    """Group the articles' statements into claims (a statement that stands alone is a one-statement claim)."""
    return claims_from_items(items_from_articles(articles), embedder=embedder, min_size=min_size)


def claims_from_hits(hits: Iterable[Any], *, embedder: Embedder | str | None = None,
                     min_size: int = 1) -> list[Claim]:
    """The same from the store's `StatementHit`s (`Store.iter_statements`), whose actor ids are corpus-wide."""
    return claims_from_items(items_from_hits(hits), embedder=embedder, min_size=min_size)


def _rebuild(claim: Claim, embedder: Embedder | str | None) -> list[Item]:
    """Items for a claim that lost its working state (e.g. built by hand or read back from JSON)."""
    from .embed import get_embedder

    items = []
    for cs in claim.statements:
        r = cs.ref
        it = Item(ref=r, text=r.text, terms=content_terms(r.text), entities=entities(r.text),
                  negated=is_negated(r.text), hedged=is_qualified(r.text))
        items.append(it)
    keyed = {it.ref.statement_id: k for k, it in enumerate(items)}
    for it in items:  # an anaphoric response reads its target's content
        if it.ref.refers_to in keyed and is_anaphoric(it.text):
            tgt = items[keyed[it.ref.refers_to]]
            it.target, it.text, it.terms, it.negated = keyed[it.ref.refers_to], tgt.text, list(tgt.terms), tgt.negated
    vecs = get_embedder(embedder).encode([it.text for it in items])
    for it, v in zip(items, vecs):
        it.vec = v
    return items


def conflicts(found: Iterable[Claim], *, embedder: Embedder | str | None = None) -> list[Conflict]:
    """Conflicts within each claim, surest first (contradictions before disagreements on equal confidence)."""
    out: list[Conflict] = []
    for c in found:
        if len(c.statements) < 2:
            continue
        items = list(c.work) if c.work else _rebuild(c, embedder)
        out.extend(conflicts_in_cluster(items))
    rank = {"contradiction": 0, "changed position": 1, "disagreement": 2}
    out.sort(key=lambda x: (-x.confidence, rank.get(x.kind, 3), x.id))
    return out
