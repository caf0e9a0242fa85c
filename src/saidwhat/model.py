"""Typed, frozen dataclasses at every boundary of saidwhat, and the one function that serialises them.

Standard library only: the store, the API and the web read these without importing spaCy.
The JSON contract (schema "saidwhat/1") is documented in docs/output.md and validated by
`docs/schema/saidwhat-1.json`.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, is_dataclass
from typing import Any, Literal

SCHEMA = "saidwhat/1"

ActorKind = Literal["person", "organization", "government", "place", "group"]
StatementKind = Literal["direct", "indirect", "mixed"]
SpeakerVia = Literal["name", "alias", "title", "description", "pronoun", "metonymy", "group", "continuation", "unresolved"]

#: Speech acts, a fixed documented set (docs/output.md). `assert` is the default for neutral cues.
ACTS: tuple[str, ...] = (
    "assert", "deny", "accuse", "urge", "demand", "promise", "warn", "reject", "ask", "agree",
    "propose", "threaten", "admit", "praise", "criticize", "announce", "predict", "confirm",
)


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of `document.text`: `text == document.text[start:end]`."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Removed:
    """A piece of the *input* that cleaning dropped, with why. Offsets index the raw input."""

    start: int
    end: int
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class Actor:
    """One real person or body, canonical within an article (and across a corpus in the store)."""

    id: str
    name: str
    kind: ActorKind
    aliases: tuple[str, ...] = ()
    description: str | None = None


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who made a statement: the mention in the text, and the actor it resolves to (`via` says how)."""

    text: str
    start: int
    end: int
    actor: str | None
    name: str | None
    via: str


@dataclass(frozen=True, slots=True)
class Cue:
    text: str
    start: int
    end: int
    lemma: str


@dataclass(frozen=True, slots=True)
class Addressee:
    text: str
    start: int
    end: int
    actor: str | None
    name: str | None


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A time expression in `document.text`, typed and normalised as TIMEX3.

    `type` is DATE, TIME, DURATION or SET; `value` a TIMEX3 value ("2025-03-13", "2025-W11", "P2D",
    "PRESENT_REF", "XXXX-XX-XX" when unknowable); `anchor` what a relative value was resolved against
    ("publication", "t3" for an earlier expression's id, or None when absolute).
    """

    text: str
    start: int
    end: int
    type: str
    value: str
    anchor: str | None = None
    id: str = ""


@dataclass(frozen=True, slots=True)
class Statement:
    id: str
    kind: str
    speaker: Speaker | None
    cue: Cue | None
    act: str
    content: Span
    addressee: Addressee | None = None
    said_on: str | None = None
    said_on_from: str | None = None
    #: the time expression the date came from (evidence for `said_on`), TIMEX3 value may be coarser than a day
    when: TimeExpr | None = None
    #: TIMEX3 values of the time expressions inside the content ("talks next week" -> "2025-W12")
    about: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    title: str | None
    published: str | None
    wire: str | None
    source: str | None
    text: str
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """Everything saidwhat read from one article."""

    document: Document
    removed: tuple[Removed, ...] = ()
    actors: tuple[Actor, ...] = ()
    statements: tuple[Statement, ...] = ()
    times: tuple[TimeExpr, ...] = ()

    def actor(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def to_dict(self) -> dict[str, Any]:
        return to_dict(self)


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def to_dict(article: Article) -> dict[str, Any]:
    """The one serialiser of the saidwhat/1 contract (see docs/output.md)."""
    out = {"schema": SCHEMA}
    out.update(_plain(article))
    return out


def _span(d: dict | None, cls: type) -> Any:
    if d is None:
        return None
    names = {f.name for f in fields(cls)}
    return cls(**{k: (tuple(v) if isinstance(v, list) else v) for k, v in d.items() if k in names})


def from_dict(d: dict[str, Any]) -> Article:
    """Inverse of `to_dict`, for the store and API (tolerates extra keys added by later versions)."""
    doc = _span(d["document"], Document)
    stmts = []
    for s in d.get("statements", []):
        stmts.append(Statement(
            id=s["id"], kind=s["kind"], speaker=_span(s.get("speaker"), Speaker), cue=_span(s.get("cue"), Cue),
            act=s["act"], content=_span(s["content"], Span), addressee=_span(s.get("addressee"), Addressee),
            said_on=s.get("said_on"), said_on_from=s.get("said_on_from"), when=_span(s.get("when"), TimeExpr),
            about=tuple(s.get("about") or ()),
        ))
    return Article(
        document=doc,
        removed=tuple(_span(r, Removed) for r in d.get("removed", [])),
        actors=tuple(_span(a, Actor) for a in d.get("actors", [])),
        statements=tuple(stmts),
        times=tuple(_span(t, TimeExpr) for t in d.get("times", [])),
    )


__all__ = [
    "ACTS", "SCHEMA", "Actor", "Addressee", "Article", "Cue", "Document", "Removed", "Span", "Speaker",
    "Statement", "TimeExpr", "asdict", "field", "from_dict", "to_dict",
]
