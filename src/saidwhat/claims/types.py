"""The frozen dataclasses claims, conflicts and positions hand out (the `claims`, `conflicts`, `positions`
sections of the JSON output; docs/claims.md and docs/schema/claims.json describe them).
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any, Literal

Stance = Literal["supports", "denies", "qualifies"]
ConflictKind = Literal["contradiction", "changed position", "disagreement"]
#: why two statements cannot both be true (docs/claims.md explains each)
REASONS: tuple[str, ...] = ("negation", "antonymy", "act opposition", "numeric disagreement", "different dates",
                            "changed position")
PositionKind = Literal["demand", "proposal", "promise", "rejection", "condition", "threat", "agreement", "warning"]


@dataclass(frozen=True, slots=True)
class StatementRef:
    """One statement, enough to show it and to find it again (article id + statement id + offsets)."""

    article_id: str
    statement_id: str
    speaker: str | None
    speaker_actor: str | None
    act: str
    text: str
    #: the statement's date: `said_on`, else the article's publication date, else None
    date: str | None
    start: int
    end: int
    article_title: str | None = None
    #: the statement this one points back at ("something Kyiv denies" -> the accusation), if any
    refers_to: str | None = None
    #: where `date` came from: "said" (the statement's own `said_on`), "published" (the article's publication
    #: date: said by then, day unknown), None (undated). Shown so a reader never takes one for the other.
    date_from: str | None = None


@dataclass(frozen=True, slots=True)
class ClaimStatement:
    ref: StatementRef
    stance: Stance


@dataclass(frozen=True, slots=True)
class Claim:
    """Statements (across speakers and articles) about one proposition."""

    id: str
    label: str
    statements: tuple[ClaimStatement, ...]
    #: speaker names per side, in order of first appearance
    supporters: tuple[str, ...]
    deniers: tuple[str, ...]
    qualifiers: tuple[str, ...]
    first_date: str | None
    last_date: str | None
    #: the working items (embeddings, resolved text) `conflicts()` reuses; not part of the JSON
    work: tuple[Any, ...] = field(default=(), repr=False, compare=False, metadata={"internal": True})

    def to_dict(self) -> dict[str, Any]:
        return plain(self)


@dataclass(frozen=True, slots=True)
class Side:
    stance: str
    speakers: tuple[str, ...]
    statements: tuple[StatementRef, ...]


@dataclass(frozen=True, slots=True)
class ConflictPair:
    a: StatementRef
    b: StatementRef
    reasons: tuple[str, ...]
    confidence: float


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two sides that cannot both be right about one claim, with why and how sure."""

    id: str
    claim_id: str
    label: str
    kind: str
    reasons: tuple[str, ...]
    confidence: float
    side_a: Side
    side_b: Side
    #: the statement pairs the conflict rests on (evidence), strongest first
    pairs: tuple[ConflictPair, ...]

    def to_dict(self) -> dict[str, Any]:
        return plain(self)


@dataclass(frozen=True, slots=True)
class Position:
    """What an actor demands, proposes, promises, rejects or conditions, with the statement as evidence."""

    actor: str
    kind: str
    text: str
    date: str | None
    evidence: StatementRef
    #: the claim label this position is about (positions on one topic are compared over time)
    topic: str | None = None
    #: "new", "repeated" (same kind on the topic before) or "changed" (an opposite kind on the topic before)
    change: str = "new"

    def to_dict(self) -> dict[str, Any]:
        return plain(self)


def plain(value: Any) -> Any:
    """Dataclasses -> JSON-ready dicts/lists (the one serialiser of these sections)."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in fields(value) if not f.metadata.get("internal")}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value
