"""The typed rows the store hands out: pages of articles, statement hits, actors.

Frozen dataclasses, standard library only, so the web UI, API and claims code can use them without
importing SQLAlchemy.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, Literal, TypeVar

from ..model import Statement

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of results; `total` counts every match, not just `items`."""

    items: tuple[T, ...]
    total: int
    limit: int
    offset: int


@dataclass(frozen=True, slots=True)
class ArticleRow:
    id: str
    title: str | None
    published: str | None
    wire: str | None
    source: str | None
    url: str | None
    n_statements: int
    #: every copy of one story (wire copy or near duplicate) shares a story id; a lone article is its own story
    story_id: str
    #: how many stored articles belong to the story, this one included
    n_copies: int


@dataclass(frozen=True, slots=True)
class StatementHit:
    """A statement with where it came from; `statement.speaker.actor` is the corpus actor id."""

    statement: Statement
    article_id: str
    article_title: str | None
    published: str | None
    wire: str | None
    story_id: str
    speaker_actor_id: str | None
    speaker_name: str | None


@dataclass(frozen=True, slots=True)
class ActorRow:
    id: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    #: statements by this actor, a story's copies counted once
    n_statements: int


@dataclass(frozen=True, slots=True)
class ActorDetail:
    actor: ActorRow
    #: speech act -> count (stories counted once)
    acts: dict[str, int] = field(default_factory=dict)
    #: (ISO date "YYYY-MM-DD", count), oldest first; date is said_on, else the article's publication date
    timeline: list[tuple[str, int]] = field(default_factory=list)
    #: (addressee name, count), most addressed first
    addressees: list[tuple[str, int]] = field(default_factory=list)
    #: the actor's statements, newest first (capped by `Store.actor(limit=...)`)
    statements: list[StatementHit] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class IngestResult:
    article_id: str
    #: "added" (new story), "duplicate" (same content hash already stored: nothing written),
    #: "copy" (new article, a wire copy / near duplicate of a stored story)
    status: Literal["added", "duplicate", "copy"]
    story_id: str


@dataclass(frozen=True, slots=True)
class StoreStats:
    url: str
    backend: Literal["sqlite", "postgresql"]
    articles: int
    stories: int
    statements: int
    actors: int
    #: bytes on disk (SQLite file + WAL; PostgreSQL database size)
    size_bytes: int
    schema_version: str


__all__ = ["ActorDetail", "ActorRow", "ArticleRow", "IngestResult", "Page", "StatementHit", "StoreStats"]
