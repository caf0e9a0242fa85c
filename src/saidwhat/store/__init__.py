"""The corpus store: many read articles in SQLite (default) or PostgreSQL, searchable, with wire copies
grouped into stories and speakers resolved to corpus-wide actors.

    >>> from saidwhat.store import open_store
    >>> with open_store("news.db") as st:
    ...     st.ingest(article, content_hash=h)
    ...     page = st.search("ceasefire", actor="Vladimir Putin", act="deny")

`open_store(None)` opens "saidwhat.db" in the working directory (env SAIDWHAT_DB overrides); a path or
`sqlite:///...` is SQLite (WAL, FTS5), `postgresql://...` is PostgreSQL (tsvector full text). Every
failure to open or write is a `StoreError` (exit 2) saying what was found. This package never imports
the NLP pipeline.
"""
from __future__ import annotations

from ..errors import NotFoundError, StoreError
from .core import Store, open_store
from .types import ActorDetail, ActorRow, ArticleRow, IngestResult, Page, StatementHit, StoreStats

__all__ = ["ActorDetail", "ActorRow", "ArticleRow", "IngestResult", "NotFoundError", "Page", "StatementHit",
           "Store", "StoreError", "StoreStats", "open_store"]
