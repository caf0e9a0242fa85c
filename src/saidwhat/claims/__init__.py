"""Claims, conflicts and positions across statements (docs/claims.md).

    found = claims(articles)          # statements about one proposition, with each one's stance and the sides
    conflicts(found)                  # pairs/sides that cannot both be true, with reasons and a confidence
    positions(articles, "Russia")     # what an actor demands, proposes, promises, rejects, conditions, over time

Every result is a frozen dataclass; `plain(x)` or `x.to_dict()` gives the JSON shape.
"""
from __future__ import annotations

from .analyse import claims, claims_from_hits, claims_from_index, claims_from_items, conflicts
from .cluster import ClaimIndex
from .conflicts import REPORT_FLOOR
from .embed import available as embedders
from .embed import get_embedder, register as register_embedder
from .positions import position_kind, positions, positions_from_items, positions_in_store
from .types import REASONS, Claim, ClaimStatement, Conflict, ConflictPair, Position, Side, StatementRef, plain

__all__ = [
    "claims", "conflicts", "positions", "claims_from_hits", "claims_from_items", "claims_from_index",
    "positions_from_items", "positions_in_store", "position_kind", "ClaimIndex", "get_embedder", "register_embedder", "embedders",
    "REPORT_FLOOR", "Claim", "ClaimStatement", "Conflict", "ConflictPair", "Position", "Side", "StatementRef", "REASONS", "plain",
]
