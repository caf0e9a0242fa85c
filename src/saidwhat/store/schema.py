"""The store's tables as SQLAlchemy Core objects, shared by SQLite and PostgreSQL.

The tables are *created* by the alembic migrations in `store/migrations/versions` (kept in step with
this file by `tests/test_store_schema.py`); this module only describes them for queries. Full-text
indexes are dialect specific and live only in the migrations: an FTS5 external-content table per
searchable table on SQLite, a generated `tsvector` column with a GIN index on PostgreSQL.
"""
from __future__ import annotations

from sqlalchemy import (
    Boolean, Column, ForeignKey, Index, Integer, LargeBinary, MetaData, String, Table, Text, UniqueConstraint, func,
)

metadata = MetaData()

#: one row per story: an article and every wire copy / near duplicate of it
stories = Table(
    "stories", metadata,
    Column("id", String(64), primary_key=True),
    Column("lead_article_id", String(255), nullable=False),
)

articles = Table(
    "articles", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("id", String(255), nullable=False, unique=True),
    Column("content_hash", String(128), nullable=False, unique=True),
    Column("story_id", String(64), ForeignKey("stories.id"), nullable=False, index=True),
    Column("title", Text),
    Column("published", String(32), index=True),
    Column("wire", String(255), index=True),
    Column("source", String(255)),
    Column("url", Text),
    Column("origin", Text),
    Column("text", Text, nullable=False),
    Column("n_statements", Integer, nullable=False, default=0),
    #: MinHash signature (uint32 little-endian) so the LSH index can be rebuilt on open; NULL for short texts
    Column("minhash", LargeBinary),
    #: Jaccard estimate against the story's lead when this article joined it as a copy
    Column("similarity", String(16)),
    Column("ingested_at", String(32), nullable=False),
)

removed = Table(
    "removed", metadata,
    Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("reason", String(255), nullable=False),
)

times = Table(
    "times", metadata,
    Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("tid", String(64), nullable=False),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("type", String(16), nullable=False),
    Column("value", String(64), nullable=False),
    Column("anchor", String(64)),
)

#: corpus-wide actors (one real person or body across every article)
actors = Table(
    "actors", metadata,
    Column("id", String(128), primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(32), nullable=False),
    Column("description", Text),
    #: "mr" / "mrs" ... (a gendered title seen with the name), evidence against merging namesakes
    Column("honorific", String(16)),
)

#: normalised name keys that resolve to an actor ("putin", "vladimir putin", "the russian president")
aliases = Table(
    "aliases", metadata,
    Column("key", String(255), nullable=False),
    Column("actor_id", String(128), ForeignKey("actors.id", ondelete="CASCADE"), nullable=False, index=True),
    #: the alias as first seen in text ("Mr Putin")
    Column("text", Text, nullable=False),
    #: "name" (full name), "surname", "role" (a description like "the Russian President"), "user"
    Column("kind", String(16), nullable=False),
    Column("n", Integer, nullable=False, default=1),
    UniqueConstraint("key", "actor_id", name="uq_alias_key_actor"),
)
Index("ix_aliases_key", aliases.c.key)

#: an article's own actors and the corpus actor each resolved to
article_actors = Table(
    "article_actors", metadata,
    Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), primary_key=True),
    Column("local_id", String(64), primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(32), nullable=False),
    Column("aliases", Text, nullable=False, default="[]"),
    Column("description", Text),
    Column("actor_id", String(128), ForeignKey("actors.id"), index=True),
)

statements = Table(
    "statements", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False, index=True),
    Column("seq", Integer, nullable=False),
    Column("sid", String(64), nullable=False),
    Column("story_id", String(64), nullable=False, index=True),
    #: False for a statement another copy of the same story already holds: counted and searched once
    Column("canonical", Boolean, nullable=False, default=True),
    Column("kind", String(16), nullable=False),
    Column("act", String(32), nullable=False),
    Column("content_text", Text, nullable=False),
    Column("content_start", Integer, nullable=False),
    Column("content_end", Integer, nullable=False),
    Column("speaker_text", Text),
    Column("speaker_start", Integer),
    Column("speaker_end", Integer),
    Column("speaker_local", String(64)),
    Column("speaker_name", Text),
    Column("speaker_via", String(32)),
    Column("actor_id", String(128), ForeignKey("actors.id")),
    Column("cue_text", Text),
    Column("cue_start", Integer),
    Column("cue_end", Integer),
    Column("cue_lemma", String(64)),
    Column("addr_text", Text),
    Column("addr_start", Integer),
    Column("addr_end", Integer),
    Column("addr_local", String(64)),
    Column("addr_name", Text),
    Column("addr_actor_id", String(128), ForeignKey("actors.id")),
    Column("said_on", String(32)),
    Column("said_on_from", String(32)),
    #: said_on when it is a day, else the article's publication day: what date filters and timelines use
    Column("said_date", String(10), index=True),
    Column("when_json", Text),
    Column("about", Text, nullable=False, default="[]"),
)
#: search filters on act / actor / date with `canonical` and reads newest first (migration 0002)
Index("ix_statements_act_canonical_date", statements.c.act, statements.c.canonical, statements.c.said_date)
Index("ix_statements_actor_canonical_date", statements.c.actor_id, statements.c.canonical, statements.c.said_date)
Index("ix_statements_canonical_date", statements.c.canonical, statements.c.said_date)
#: `--actor NAME` looks names up case-insensitively (migration 0002)
Index("ix_actors_lower_name", func.lower(actors.c.name))

#: the user's merge/split decisions, replayed on every ingest so they survive re-ingest
alias_rules = Table(
    "alias_rules", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("op", String(8), nullable=False),  # "merge" | "split"
    Column("a", Text, nullable=False),
    Column("b", Text, nullable=False),
)

#: key/value facts about the store itself (e.g. the MinHash parameters it was built with)
meta = Table(
    "meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)
