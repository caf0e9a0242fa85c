"""Claims, conflicts and positions for the web: a thin adapter over `saidwhat.claims`.

Claim clustering runs over every stored article, so the app computes it once per store state
(see `AppState.analysis`) and pages slice the cached result. When the claims module is missing or
fails on this store, pages say so instead of breaking (`available=False`, `note` says why).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger("saidwhat.web")


@dataclass(frozen=True, slots=True)
class Analysis:
    available: bool
    note: str | None = None
    claims: tuple[Any, ...] = ()
    conflicts: tuple[Any, ...] = ()
    articles: tuple[Any, ...] = field(default=(), repr=False)


def analyse(store) -> Analysis:
    claims_mod = _claims_module()
    if claims_mod is None:
        return Analysis(False, "claim analysis is not available in this installation (saidwhat.claims has no "
                               "claims/conflicts/positions yet)")
    articles = tuple(store.iter_articles())
    found = tuple(claims_mod.claims(articles))
    return Analysis(True, None, found, tuple(claims_mod.conflicts(found)), articles)


def _claims_module():
    try:
        from .. import claims as claims_mod
    except ImportError:
        return None
    if not all(hasattr(claims_mod, f) for f in ("claims", "conflicts", "positions")):
        return None
    return claims_mod


def positions_for(state, detail) -> list[Any]:
    """The actor's positions on claims, or [] when claim analysis is unavailable."""
    res = state.analysis()
    if not res.available:
        return []
    return list(_claims_module().positions(res.articles, detail.actor.id))
