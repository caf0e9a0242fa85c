"""Claims, conflicts and positions for the web: a thin adapter over `saidwhat.claims`.

Claim clustering runs over the store's newest statements (at most `MAX_STATEMENTS`), once per store
state (see `AppState.analysis`), and pages slice the cached result; an actor's positions come from that
actor's own statements only. When the claims module is missing or
fails on this store, pages say so instead of breaking (`available=False`, `note` says why).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

log = logging.getLogger("saidwhat.web")


@dataclass(frozen=True, slots=True)
class Analysis:
    available: bool
    note: str | None = None
    claims: tuple[Any, ...] = ()
    conflicts: tuple[Any, ...] = ()


#: the conflicts page clusters the newest statements only, so its cost stays bounded on a store of any size
#: (clustering is sub-quadratic, but reading and embedding every statement of a million-row store is not a
#: page load); the page says when it looked at fewer than all
MAX_STATEMENTS = 5000


def analyse(store, limit: int = MAX_STATEMENTS) -> Analysis:
    claims_mod = _claims_module()
    if claims_mod is None:
        return Analysis(False, "claim analysis is not available in this installation (saidwhat.claims has no "
                               "claims/conflicts/positions yet)")
    page = store.search(limit=limit)  # newest first, each story's copies once
    found = tuple(claims_mod.claims_from_hits(page.items))
    note = (f"Analysed the newest {len(page.items):,} of {page.total:,} statements."
            if page.total > len(page.items) else None)
    return Analysis(True, note, found, tuple(claims_mod.conflicts(found)))


def _claims_module():
    try:
        from .. import claims as claims_mod
    except ImportError:
        return None
    if not all(hasattr(claims_mod, f) for f in ("claims", "conflicts", "positions")):
        return None
    return claims_mod


def actor_detail(state, name_or_id: str):
    """`Store.actor`, kept until the store changes (`AppState.memo`): the page and the API ask for it often."""
    return state.memo(("actor", name_or_id), lambda: state.need_store().actor(name_or_id))


def positions_for(state, detail) -> list[Any]:
    """The actor's positions (what it demands, proposes, rejects...) from its newest statements, kept until the
    store changes."""
    claims_mod = _claims_module()
    if claims_mod is None:
        return []
    return state.memo(("positions", detail.actor.id), lambda: claims_mod.positions_in_store(
        state.need_store(), detail.actor.id, detail.actor.name, limit=MAX_STATEMENTS))


def report_floor() -> float:
    """The confidence from which conflicts are shown by default (`claims.REPORT_FLOOR`; 0 without claims)."""
    claims_mod = _claims_module()
    return claims_mod.REPORT_FLOOR if claims_mod is not None else 0.0


def confident(res: Analysis, min_confidence: float | None = None) -> tuple[Any, ...]:
    """The conflicts at or above `min_confidence` (default: `claims.REPORT_FLOOR`), surest first as found."""
    if min_confidence is None:
        min_confidence = report_floor()
    return tuple(x for x in res.conflicts if x.confidence >= min_confidence)
