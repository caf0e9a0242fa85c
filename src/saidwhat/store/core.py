"""The Store: a corpus of read articles in SQLite or PostgreSQL, one code path for both.

Writes are one transaction per article and are serialised (SQLite `BEGIN IMMEDIATE`, a PostgreSQL
advisory lock), so several writers never interleave half an article; readers never block. The
in-memory indexes (wire-copy LSH, cross-article actors) are caches of tables and are brought up to
date inside each write transaction, so a second writer process cannot make them stale.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import and_, delete, func, insert, literal_column, or_, select, text, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import aliased  # noqa: F401  (kept for readers of this module)

from .. import crossdoc, dedup
from ..errors import FormatError, NotFoundError, StoreError
from ..model import (
    ACTS, Actor, Addressee, Article, Cue, Document, Removed, Span, Speaker, Statement, TimeExpr,
)
from . import schema as S
from .types import ActorDetail, ActorRow, ArticleRow, IngestResult, Page, StatementHit, StoreStats

KINDS = ("direct", "indirect", "mixed")
#: two statements of one story are the same statement when their speakers agree and their contents are
#: this similar (rapidfuzz ratio on normalised words): wire copies re-punctuate and trim quotes, so exact
#: equality misses them; 90 keeps two different sentences by one speaker apart (they differ in >10% of chars).
SAME_STATEMENT = 90
#: a full-text query whose words match more statements than this is listed newest first, not by bm25 rank:
#: FTS5 computes bm25 for every match before it can sort (~10 us each), which alone would exceed the
#: 50 ms search budget past a few thousand matches; a query that broad is better read by date anyway.
RANK_MAX = 2000
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
#: PostgreSQL advisory lock key serialising writers (any constant; "sw" in ASCII)
_PG_LOCK = 0x7377


def _day(value: str | None) -> str | None:
    return value[:10] if value and _DAY.match(value) else None


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _iso(d: date | str | None) -> str | None:
    if d is None:
        return None
    return d.isoformat() if isinstance(d, date) else str(d)


def fts5_query(q: str) -> str:
    """User words -> an FTS5 query: each word or "quoted phrase" must appear; `word*` is a prefix, OR kept."""
    parts = []
    for m in re.finditer(r'"([^"]*)"|(\S+)', q):
        if m.group(1) is not None:
            words = re.findall(r"\w+", m.group(1))
            if words:
                parts.append('"' + " ".join(words) + '"')
            continue
        tok = m.group(2)
        if tok == "OR":
            parts.append("OR")
            continue
        prefix = tok.endswith("*")
        for w in re.findall(r"\w+", tok):
            parts.append(f'"{w}"' + ("*" if prefix else ""))
    while parts and parts[0] == "OR":
        parts.pop(0)
    while parts and parts[-1] == "OR":
        parts.pop()
    return " ".join(parts)


class Store:
    """A corpus of read articles, their stories (wire copies), corpus-wide actors and statements.

    Make one with `open_store`. Thread-unsafe; one Store per process/thread.
    """

    def __init__(self, engine: Engine, *, url: str, backend: str, path: Path | None, readonly: bool,
                 aliases_file: Path | None) -> None:
        self.engine = engine
        self.url = url
        self.backend = backend
        self.path = path
        self.readonly = readonly
        self.aliases_file = aliases_file
        self._index: dedup.CopyIndex | None = None
        self._index_pk = 0
        self._resolver: crossdoc.Resolver | None = None
        self._actor_gen: str | None = None
        self._actor_pages: dict[tuple, Page[ActorRow]] = {}  # see `actors`
        self._closed = False

    # ------------------------------------------------------------------------------------------ plumbing
    def __repr__(self) -> str:
        return f"<Store {self.backend} {self.url}{' (read-only)' if self.readonly else ''}>"

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self.engine.dispose()

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn:
                yield conn
        except OperationalError as e:
            raise _store_error(e, self.url) from None

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        if self.readonly:
            raise StoreError(f"store {self.url} was opened read-only; open it writable to change it")
        try:
            with self.engine.begin() as conn:
                if self.backend == "postgresql":
                    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK})
                yield conn
        except (OperationalError, IntegrityError) as e:
            self._resolver = None  # in-memory caches may hold the rolled-back changes
            self._index = None
            raise _store_error(e, self.url) from None
        except BaseException:
            self._resolver = None
            self._index = None
            raise

    def _meta(self, conn: Connection, key: str) -> str | None:
        return conn.execute(select(S.meta.c.value).where(S.meta.c.key == key)).scalar()

    def _set_meta(self, conn: Connection, key: str, value: str) -> None:
        if conn.execute(update(S.meta).where(S.meta.c.key == key).values(value=value)).rowcount == 0:
            conn.execute(insert(S.meta).values(key=key, value=value))

    def _bump_actors(self, conn: Connection) -> None:
        gen = str(int(self._meta(conn, "actor_gen") or 0) + 1)
        self._set_meta(conn, "actor_gen", gen)
        self._actor_gen = gen

    # -------------------------------------------------------------------------------- in-memory caches
    def _sync_index(self, conn: Connection) -> dedup.CopyIndex:
        """Bring the LSH index up to date with every article stored since it was last read."""
        if self._index is None:
            self._index, self._index_pk = dedup.CopyIndex(), 0
        rows = conn.execute(select(S.articles.c.pk, S.articles.c.id, S.articles.c.minhash)
                            .where(S.articles.c.pk > self._index_pk, S.articles.c.minhash.is_not(None))
                            .order_by(S.articles.c.pk))
        for pk, aid, mh in rows:
            self._index.add(aid, dedup.from_bytes(mh))
            self._index_pk = max(self._index_pk, pk)
        top = conn.execute(select(func.max(S.articles.c.pk))).scalar() or 0
        self._index_pk = max(self._index_pk, top)
        return self._index

    def _sync_resolver(self, conn: Connection) -> crossdoc.Resolver:
        gen = self._meta(conn, "actor_gen") or "0"
        if self._resolver is not None and gen == self._actor_gen:
            return self._resolver
        r = crossdoc.Resolver()
        for aid, name, kind, hon in conn.execute(select(S.actors.c.id, S.actors.c.name, S.actors.c.kind,
                                                        S.actors.c.honorific)):
            r.add_actor(aid, name, kind, hon)
        for key, aid, n in conn.execute(select(S.aliases.c.key, S.aliases.c.actor_id, S.aliases.c.n)):
            r.add_alias(key, aid, n)
        for op, a, b in conn.execute(select(S.alias_rules.c.op, S.alias_rules.c.a, S.alias_rules.c.b)
                                     .order_by(S.alias_rules.c.pk)):
            r.add_rule(op, a, b)
        self._resolver, self._actor_gen = r, gen
        return r

    # ---------------------------------------------------------------------------------------- ingest
    def has_content(self, content_hash: str) -> str | None:
        """The id of the article stored with this content hash, if any (lets ingest skip reading)."""
        with self._read() as conn:
            return conn.execute(select(S.articles.c.id).where(S.articles.c.content_hash == content_hash)).scalar()

    def known_hashes(self) -> set[str]:
        with self._read() as conn:
            return set(conn.execute(select(S.articles.c.content_hash)).scalars())

    def ingest(self, article: Article, *, content_hash: str, origin: str | None = None) -> IngestResult:
        """Store one read article in one transaction. Same content hash again: nothing written."""
        if not content_hash:
            raise StoreError("ingest needs a content hash (e.g. saidwhat.inputs.content_hash(text))")
        with self._write() as conn:
            row = conn.execute(select(S.articles.c.id, S.articles.c.story_id)
                               .where(S.articles.c.content_hash == content_hash)).first()
            if row:
                return IngestResult(row.id, "duplicate", row.story_id)
            doc = article.document
            aid = self._free_id(conn, (doc.id or "").strip() or f"a-{content_hash[:12]}", content_hash)
            sig = dedup.signature(doc.text)
            index = self._sync_index(conn)
            match = index.best(sig) if sig is not None else None
            if match is not None:
                story_id = conn.execute(select(S.articles.c.story_id).where(S.articles.c.id == match.key)).scalar()
            else:
                story_id = None
            status = "copy" if story_id else "added"
            if story_id is None:
                story_id = f"s-{content_hash[:16]}"
                conn.execute(insert(S.stories).values(id=story_id, lead_article_id=aid))
            pk = conn.execute(insert(S.articles).values(
                id=aid, content_hash=content_hash, story_id=story_id, title=doc.title, published=doc.published,
                wire=doc.wire, source=doc.source, url=doc.url, origin=origin, text=doc.text,
                n_statements=len(article.statements), minhash=dedup.to_bytes(sig) if sig is not None else None,
                similarity=f"{match.similarity:.3f}" if match else None, ingested_at=_now(),
            ).returning(S.articles.c.pk)).scalar_one()
            if article.removed:
                conn.execute(insert(S.removed), [dict(article_pk=pk, seq=i, start=r.start, end=r.end, text=r.text,
                                                      reason=r.reason) for i, r in enumerate(article.removed)])
            if article.times:
                conn.execute(insert(S.times), [dict(article_pk=pk, seq=i, tid=t.id, text=t.text, start=t.start,
                                                    end=t.end, type=t.type, value=t.value, anchor=t.anchor)
                                               for i, t in enumerate(article.times)])
            local = self._resolve_actors(conn, pk, article)
            self._insert_statements(conn, pk, story_id, article, local, copy=status == "copy")
            if self.backend == "sqlite":
                conn.execute(text("INSERT INTO articles_fts(rowid, title, text) VALUES (:pk, :t, :x)"),
                             {"pk": pk, "t": doc.title or "", "x": doc.text})
                conn.execute(text("INSERT INTO statements_fts(rowid, content_text, speaker_name) "
                                  "SELECT pk, content_text, speaker_name FROM statements WHERE article_pk = :pk"),
                             {"pk": pk})
            r = self._resolver
            assert r is not None
            for keep, drop in r.merge_targets():
                self._merge_ids(conn, keep, drop)
        if sig is not None and self._index is not None:
            self._index.add(aid, sig)
            self._index_pk = max(self._index_pk, pk)
        return IngestResult(aid, status, story_id)

    def _free_id(self, conn: Connection, wanted: str, content_hash: str) -> str:
        wanted = wanted[:200]
        taken = conn.execute(select(S.articles.c.id).where(S.articles.c.id == wanted)).scalar()
        if taken is None:
            return wanted
        alt = f"{wanted}-{content_hash[:8]}"
        i = 2
        while conn.execute(select(S.articles.c.id).where(S.articles.c.id == alt)).scalar() is not None:
            alt, i = f"{wanted}-{content_hash[:8]}-{i}", i + 1
        return alt

    def _persist_resolution(self, conn: Connection, r: crossdoc.Resolver, res: crossdoc.Resolution,
                            description: str | None = None) -> None:
        a = r.actors[res.actor_id]
        if res.created:
            conn.execute(insert(S.actors).values(id=a.id, name=a.name, kind=a.kind, description=description,
                                                 honorific=a.gender))
        elif res.renamed:
            conn.execute(update(S.actors).where(S.actors.c.id == a.id).values(name=a.name, honorific=a.gender))
        for key, txt, kind in res.aliases:
            done = conn.execute(update(S.aliases).where(S.aliases.c.key == key, S.aliases.c.actor_id == a.id)
                                .values(n=S.aliases.c.n + 1)).rowcount
            if not done:
                conn.execute(insert(S.aliases).values(key=key, actor_id=a.id, text=txt, kind=kind, n=1))

    def _resolve_actors(self, conn: Connection, pk: int, article: Article) -> dict[str, str]:
        """Article actor id -> corpus actor id, recording aliases and the article's actors."""
        r = self._sync_resolver(conn)
        out: dict[str, str] = {}
        changed = False
        rows = []
        for act in article.actors:
            res = r.resolve(crossdoc.Mention(act.name, act.kind, tuple(act.aliases), act.description))
            self._persist_resolution(conn, r, res, act.description)
            changed = changed or res.created or res.renamed or bool(res.aliases)
            out[act.id] = res.actor_id
            rows.append(dict(article_pk=pk, local_id=act.id, name=act.name, kind=act.kind,
                             aliases=json.dumps(list(act.aliases)), description=act.description,
                             actor_id=res.actor_id))
        # speakers/addressees named but not linked to an article actor still get a corpus actor
        for st in article.statements:
            for who in (st.speaker, st.addressee):
                if who is None or (who.actor and who.actor in out) or not who.name:
                    continue
                lid = f"~{who.name}"
                if lid in out:
                    continue
                res = r.resolve(crossdoc.Mention(who.name, "person"))
                self._persist_resolution(conn, r, res)
                changed = True
                out[lid] = res.actor_id
                rows.append(dict(article_pk=pk, local_id=lid, name=who.name, kind="person", aliases="[]",
                                 description=None, actor_id=res.actor_id))
        if rows:
            conn.execute(insert(S.article_actors), rows)
        if changed:
            self._bump_actors(conn)
        return out

    def _insert_statements(self, conn: Connection, pk: int, story_id: str, article: Article,
                           local: dict[str, str], *, copy: bool) -> None:
        doc = article.document
        seen: list[tuple[str | None, str]] = []
        if copy:
            seen = [(a, dedup.normalised(c)) for a, c in conn.execute(
                select(S.statements.c.actor_id, S.statements.c.content_text)
                .where(S.statements.c.story_id == story_id, S.statements.c.canonical.is_(True)))]
        rows = []
        for i, st in enumerate(article.statements):
            sp, ad = st.speaker, st.addressee
            actor_id = _local(local, sp)
            addr_id = _local(local, ad)
            norm = dedup.normalised(st.content.text)
            canonical = not any(a == actor_id and fuzz.ratio(c, norm) >= SAME_STATEMENT for a, c in seen)
            seen.append((actor_id, norm))
            rows.append(dict(
                article_pk=pk, seq=i, sid=st.id, story_id=story_id, canonical=canonical, kind=st.kind, act=st.act,
                content_text=st.content.text, content_start=st.content.start, content_end=st.content.end,
                speaker_text=sp.text if sp else None, speaker_start=sp.start if sp else None,
                speaker_end=sp.end if sp else None, speaker_local=sp.actor if sp else None,
                speaker_name=sp.name if sp else None, speaker_via=sp.via if sp else None, actor_id=actor_id,
                cue_text=st.cue.text if st.cue else None, cue_start=st.cue.start if st.cue else None,
                cue_end=st.cue.end if st.cue else None, cue_lemma=st.cue.lemma if st.cue else None,
                addr_text=ad.text if ad else None, addr_start=ad.start if ad else None,
                addr_end=ad.end if ad else None, addr_local=ad.actor if ad else None,
                addr_name=ad.name if ad else None, addr_actor_id=addr_id,
                said_on=st.said_on, said_on_from=st.said_on_from,
                said_date=_day(st.said_on) or _day(doc.published),
                when_json=json.dumps(_plain(st.when)) if st.when else None, about=json.dumps(list(st.about)),
            ))
        if rows:
            conn.execute(insert(S.statements), rows)

    # ------------------------------------------------------------------------------------- articles
    def get_article(self, article_id: str) -> Article:
        """The stored article; speakers and addressees point at corpus actor ids."""
        with self._read() as conn:
            a = conn.execute(select(S.articles).where(S.articles.c.id == article_id)).first()
            if a is None:
                raise NotFoundError(f"no article {article_id!r} in the store {self.url}")
            return self._article(conn, a)

    def _article(self, conn: Connection, a: Any) -> Article:
        doc = Document(id=a.id, title=a.title, published=a.published, wire=a.wire, source=a.source, text=a.text,
                       url=a.url)
        removed = tuple(Removed(r.start, r.end, r.text, r.reason) for r in conn.execute(
            select(S.removed).where(S.removed.c.article_pk == a.pk).order_by(S.removed.c.seq)))
        times = tuple(TimeExpr(t.text, t.start, t.end, t.type, t.value, t.anchor, t.tid) for t in conn.execute(
            select(S.times).where(S.times.c.article_pk == a.pk).order_by(S.times.c.seq)))
        names: dict[str, Any] = {}
        local_aliases: dict[str, list[str]] = {}
        for la in conn.execute(select(S.article_actors).where(S.article_actors.c.article_pk == a.pk)):
            if la.actor_id:
                local_aliases.setdefault(la.actor_id, []).extend([la.name, *json.loads(la.aliases)])
        ids = set(local_aliases)
        stmts = []
        srows = conn.execute(select(S.statements).where(S.statements.c.article_pk == a.pk)
                             .order_by(S.statements.c.seq)).all()
        for s in srows:
            ids.update(x for x in (s.actor_id, s.addr_actor_id) if x)
        if ids:
            for row in conn.execute(select(S.actors).where(S.actors.c.id.in_(ids))):
                names[row.id] = row
        for s in srows:
            stmts.append(_statement(s, names.get(s.actor_id).name if s.actor_id in names else None,
                                    names.get(s.addr_actor_id).name if s.addr_actor_id in names else None))
        actors = []
        for aid in sorted(ids, key=lambda x: (x not in local_aliases, x)):
            row = names.get(aid)
            if row is None:
                continue
            al = tuple(dict.fromkeys(x for x in local_aliases.get(aid, []) if x and x != row.name))
            actors.append(Actor(id=row.id, name=row.name, kind=row.kind, aliases=al, description=row.description))
        return Article(document=doc, removed=removed, actors=tuple(actors), statements=tuple(stmts), times=times)

    def _article_rows(self, conn: Connection, where: list[Any], *, limit: int, offset: int,
                      fts: str | None = None) -> Page[ArticleRow]:
        a = S.articles
        copies = (select(a.c.story_id, func.count().label("n"), func.min(a.c.pk).label("first"))
                  .group_by(a.c.story_id).subquery())
        base = select(a.c.id, a.c.title, a.c.published, a.c.wire, a.c.source, a.c.url, a.c.n_statements,
                      a.c.story_id, copies.c.n).join(copies, copies.c.story_id == a.c.story_id)
        cnt = select(func.count()).select_from(a)
        params: dict[str, Any] = {}
        if fts is not None:
            if self.backend == "sqlite":
                cond = a.c.pk.in_(text("SELECT rowid FROM articles_fts WHERE articles_fts MATCH :fq"))
                params["fq"] = fts
            else:
                cond = literal_column("articles.tsv").op("@@")(func.websearch_to_tsquery("english", fts))
            where = [*where, cond]
        if where:
            base, cnt = base.where(*where), cnt.where(*where)
        total = conn.execute(cnt, params).scalar_one()
        rows = conn.execute(base.order_by(copies.c.first.desc(), a.c.pk).limit(limit).offset(offset), params)
        items = tuple(ArticleRow(r.id, r.title, r.published, r.wire, r.source, r.url, r.n_statements, r.story_id,
                                 r.n) for r in rows)
        return Page(items, total, limit, offset)

    def article_copies(self, article_id: str) -> list[ArticleRow]:
        """The other stored copies of this article's story (wire copies, near duplicates)."""
        with self._read() as conn:
            story = conn.execute(select(S.articles.c.story_id).where(S.articles.c.id == article_id)).scalar()
            if story is None:
                raise NotFoundError(f"no article {article_id!r} in the store {self.url}")
            page = self._article_rows(conn, [S.articles.c.story_id == story, S.articles.c.id != article_id],
                                      limit=10_000, offset=0)
            return list(page.items)

    def list_articles(self, *, wire: str | None = None, q: str | None = None, limit: int = 50,
                      offset: int = 0) -> Page[ArticleRow]:
        """Articles, copies of one story next to each other, newest story first; `q` is full text."""
        _check_page(limit, offset)
        where = []
        if wire:
            where.append(func.lower(S.articles.c.wire) == wire.lower())
        fts = None
        if q and q.strip():
            fts = fts5_query(q) if self.backend == "sqlite" else q
            if not fts:
                return Page((), 0, limit, offset)
        with self._read() as conn:
            return self._article_rows(conn, where, limit=limit, offset=offset, fts=fts)

    def iter_articles(self) -> Iterator[Article]:
        """Every stored article in ingest order (keyset paging: no long-held read transaction)."""
        last = 0
        while True:
            with self._read() as conn:
                rows = conn.execute(select(S.articles).where(S.articles.c.pk > last).order_by(S.articles.c.pk)
                                    .limit(200)).all()
                if not rows:
                    return
                arts = [self._article(conn, r) for r in rows]
            last = rows[-1].pk
            yield from arts

    # --------------------------------------------------------------------------------------- search
    def _hit_select(self):
        s, a = S.statements, S.articles
        sa_ = S.actors.alias("sa")
        aa = S.actors.alias("aa")
        cols = [s, a.c.id.label("article_id"), a.c.title.label("article_title"),
                a.c.published.label("article_published"), a.c.wire.label("article_wire"),
                sa_.c.name.label("actor_name"), aa.c.name.label("addr_actor_name")]
        q = (select(*cols).select_from(s.join(a, a.c.pk == s.c.article_pk)
                                       .outerjoin(sa_, sa_.c.id == s.c.actor_id)
                                       .outerjoin(aa, aa.c.id == s.c.addr_actor_id)))
        return q

    def _find_actor_sql(self, conn: Connection, name_or_id: str) -> str | None:
        """`crossdoc.Resolver.find` done with indexed SQL: id, exact name, then the most used alias key.

        Why: building the in-memory resolver reads every actor and alias (~1.5 s at 20,000 actors), which a
        one-shot `saidwhat search --actor X` would pay on every call; only a miss falls back to it.
        """
        ac, al = S.actors, S.aliases
        hit = conn.execute(select(ac.c.id).where(ac.c.id == name_or_id)).scalar()
        if hit is None:
            hit = conn.execute(select(ac.c.id).where(func.lower(ac.c.name) == name_or_id.strip().lower())
                               .limit(1)).scalar()
        for kind in (crossdoc.PERSON, "organization"):
            if hit is not None:
                break
            key = crossdoc.key_of(name_or_id, kind)
            if key:
                hit = conn.execute(select(al.c.actor_id).join(ac, ac.c.id == al.c.actor_id)
                                   .where(al.c.key == key, al.c.n > 0).order_by(al.c.n.desc()).limit(1)).scalar()
        return hit

    def _resolve_actor_id(self, conn: Connection, name_or_id: str) -> str:
        found = self._find_actor_sql(conn, name_or_id)
        if found is not None:
            return found
        r = self._sync_resolver(conn)
        hit = r.find(name_or_id)
        if hit is None:
            names = sorted((a.name for a in r.actors.values()
                            if name_or_id.lower() in a.name.lower()), key=len)[:5]
            hint = f"; did you mean: {', '.join(names)}" if names else "; `saidwhat actors` lists them"
            raise NotFoundError(f"no actor {name_or_id!r} in the store{hint}")
        return hit.id

    def search(self, q: str | None = None, *, actor: str | None = None, act: str | None = None,
               kind: str | None = None, since: date | None = None, until: date | None = None,
               wire: str | None = None, limit: int = 50, offset: int = 0) -> Page[StatementHit]:
        """Statements matching full text `q` (content or speaker name) and filters; a story's copies once.

        Ranked by text relevance when `q` is given (on SQLite: when its words match at most `RANK_MAX`
        statements in the store), else newest first.
        """
        _check_page(limit, offset)
        if act is not None and act not in ACTS:
            raise FormatError(f"unknown act {act!r}; supported: {', '.join(ACTS)}")
        if kind is not None and kind not in KINDS:
            raise FormatError(f"unknown statement kind {kind!r}; supported: {', '.join(KINDS)}")
        s, a = S.statements, S.articles
        where: list[Any] = [s.c.canonical.is_(True)]
        params: dict[str, Any] = {}
        with self._read() as conn:
            if actor:
                where.append(s.c.actor_id == self._resolve_actor_id(conn, actor))
            if act:
                where.append(s.c.act == act)
            if kind:
                where.append(s.c.kind == kind)
            if since:
                where.append(s.c.said_date >= _iso(since))
            if until:
                where.append(s.c.said_date <= _iso(until))
            if wire:
                where.append(func.lower(a.c.wire) == wire.lower())
            # Two steps: find the page's statement pks (narrow rows, indexes only), then join articles and
            # actors for those 20 alone. Joining before the sort carried every match's wide row into it.
            frm = s.join(a, a.c.pk == s.c.article_pk) if wire else s
            cnt = select(func.count()).select_from(frm)  # articles joined only when a filter needs them
            page = select(s.c.pk.label("ppk"))
            rank = None
            if q and q.strip():
                if self.backend == "sqlite":
                    fq = fts5_query(q)
                    if not fq:
                        return Page((), 0, limit, offset)
                    params["fq"] = fq
                    matches = text("SELECT rowid FROM statements_fts WHERE statements_fts MATCH :fq")
                    # the matching rowids as an IN list (no rank needed): filters the count and the page
                    where.append(s.c.pk.in_(matches))
                    try:
                        n_raw = conn.execute(text("SELECT count(*) FROM statements_fts WHERE statements_fts "
                                                  "MATCH :fq"), params).scalar_one()
                    except (OperationalError, DBAPIError) as e:
                        if "fts5" in str(e).lower() or "syntax" in str(e).lower():
                            raise FormatError(f"cannot parse search query {q!r}: {e.orig}") from None
                        raise
                    if n_raw <= RANK_MAX:
                        # MATERIALIZED: run the match (and bm25) once. As a plain subquery SQLite may drive the
                        # join from an index on act/actor and re-run the match for every row it yields (26 s
                        # for one query at 50k statements); materialised, matches are looked up by pk.
                        f = (select(literal_column("rowid").label("fpk"),
                                    literal_column("bm25(statements_fts)").label("rank"))
                             .select_from(text("statements_fts")).where(text("statements_fts MATCH :fq"))
                             .cte("f").prefix_with("MATERIALIZED"))
                        frm = frm.join(f, f.c.fpk == s.c.pk)
                        rank = f.c.rank  # bm25: lower is better
                    # else: bm25 costs ~10 us per match, 200 ms for 20,000 matches of a common word; newest
                    # first lets SQLite walk a date index and stop at the page
                else:
                    tsq = func.websearch_to_tsquery("english", q)
                    where.append(literal_column("statements.tsv").op("@@")(tsq))
                    rank = -func.ts_rank(literal_column("statements.tsv"), tsq)
            if rank is not None:
                page = page.add_columns(rank.label("prank"))
            page = (page.select_from(frm).where(and_(*where))
                    .order_by(*([rank] if rank is not None else []), s.c.said_date.desc(), s.c.pk.desc())
                    .limit(limit).offset(offset).subquery("page"))
            base = self._hit_select().join(page, page.c.ppk == s.c.pk)
            order = ([page.c.prank] if rank is not None else []) + [s.c.said_date.desc(), s.c.pk.desc()]
            cnt = cnt.where(and_(*where))
            if self.backend == "sqlite" and "fq" in params and len(where) == 2 and not wire:
                # words only: every match counts except the few non-canonical wire copies. Counting those
                # (a short index range) replaces a lookup of every match (~1 us each, 80 ms at 80k matches).
                # `+pk` keeps SQLite from driving this from the match list instead.
                cnt = text("SELECT :n - count(*) FROM statements WHERE canonical IS 0 AND +pk IN "
                           "(SELECT rowid FROM statements_fts WHERE statements_fts MATCH :fq)")
                params["n"] = n_raw
            try:
                total = conn.execute(cnt, params).scalar_one()
                rows = conn.execute(base.order_by(*order), params).all()
            except (OperationalError, DBAPIError) as e:
                if "fts5" in str(e).lower() or "syntax" in str(e).lower():
                    raise FormatError(f"cannot parse search query {q!r}: {e.orig}") from None
                raise
        return Page(tuple(_hit(r) for r in rows), total, limit, offset)

    def article_statements(self, article_ids: Iterable[str]) -> list[StatementHit]:
        """The statements of these articles (a story's copies once), each article's in ingest order: the context
        one actor's positions need (whose "demand" it rejects) without reading the whole store."""
        s, a = S.statements, S.articles
        ids = list(dict.fromkeys(article_ids))
        out: list[StatementHit] = []
        with self._read() as conn:
            for i in range(0, len(ids), 500):  # bound the IN list
                rows = conn.execute(self._hit_select().where(s.c.canonical.is_(True), a.c.id.in_(ids[i:i + 500]))
                                    .order_by(s.c.pk)).all()
                out.extend(_hit(r) for r in rows)
        return out

    def iter_statements(self, *, since: date | None = None, canonical: bool = True) -> Iterator[StatementHit]:
        """Every statement (a story's copies once unless `canonical=False`), in ingest order."""
        s = S.statements
        last = 0
        while True:
            with self._read() as conn:
                where = [s.c.pk > last]
                if canonical:
                    where.append(s.c.canonical.is_(True))
                if since:
                    where.append(s.c.said_date >= _iso(since))
                rows = conn.execute(self._hit_select().where(*where).order_by(s.c.pk).limit(1000)).all()
            if not rows:
                return
            last = rows[-1].pk
            for r in rows:
                yield _hit(r)

    # --------------------------------------------------------------------------------------- actors
    def version(self) -> tuple:
        """A token that changes whenever what the store holds does (ingest, merge, split, delete), also when
        another process wrote: readers key their caches on it."""
        with self._read() as conn:
            return self._version(conn)

    def _version(self, conn: Connection) -> tuple:
        """Changes whenever statements or actors do (ingest, merge, split), also when another process wrote."""
        # one round trip of three indexed lookups: every actor change (new, renamed, merged, split) bumps
        # actor_gen in the same transaction, so actors need no count
        row = conn.execute(select(select(func.max(S.articles.c.pk)).scalar_subquery(),
                                  select(func.max(S.statements.c.pk)).scalar_subquery(),
                                  select(S.meta.c.value).where(S.meta.c.key == "actor_gen").scalar_subquery())).one()
        return tuple(row)

    def actors(self, *, top: int = 20, q: str | None = None, offset: int = 0) -> Page[ActorRow]:
        """Corpus actors by statement count (a story's copies once); `q` matches names and aliases.

        The ranking counts every statement (85 ms at 100k statements), so a page is kept until the store
        changes: the web's index and actor list ask for the same pages again and again.
        """
        _check_page(top, offset)
        with self._read() as conn:
            key = (top, q, offset, self._version(conn))
        cache = self._actor_pages
        if key not in cache:
            if len(cache) > 64:
                cache.clear()
            cache[key] = self._actors(top=top, q=q, offset=offset)
        return cache[key]

    def _actors(self, *, top: int, q: str | None, offset: int) -> Page[ActorRow]:
        ac, s, al = S.actors, S.statements, S.aliases
        n = (select(s.c.actor_id, func.count().label("n")).where(s.c.canonical.is_(True))
             .group_by(s.c.actor_id).subquery())
        where = []
        if q and q.strip():
            like = f"%{q.strip().lower()}%"
            where.append(or_(func.lower(ac.c.name).like(like),
                             ac.c.id.in_(select(al.c.actor_id).where(func.lower(al.c.text).like(like)))))
        with self._read() as conn:
            total = conn.execute(select(func.count()).select_from(ac).where(*where)).scalar_one()
            rows = conn.execute(select(ac.c.id, ac.c.name, ac.c.kind, func.coalesce(n.c.n, 0).label("n"))
                                .select_from(ac.outerjoin(n, n.c.actor_id == ac.c.id)).where(*where)
                                .order_by(literal_column("n").desc(), ac.c.name).limit(top).offset(offset)).all()
            aliases = self._aliases(conn, [r.id for r in rows])
        items = tuple(ActorRow(r.id, r.name, r.kind, tuple(x for x in aliases.get(r.id, []) if x != r.name), r.n)
                      for r in rows)
        return Page(items, total, top, offset)

    def _aliases(self, conn: Connection, ids: list[str]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        if not ids:
            return out
        for aid, txt in conn.execute(select(S.aliases.c.actor_id, S.aliases.c.text)
                                     .where(S.aliases.c.actor_id.in_(ids))
                                     .order_by(S.aliases.c.n.desc(), S.aliases.c.text)):
            if txt not in out.setdefault(aid, []):
                out[aid].append(txt)
        return out

    def actor(self, name_or_id: str, *, limit: int = 100) -> ActorDetail:
        """One actor: aliases, counts by act, statements per day, whom they address, latest statements."""
        s, ac = S.statements, S.actors
        with self._read() as conn:
            aid = self._resolve_actor_id(conn, name_or_id)
            row = conn.execute(select(ac).where(ac.c.id == aid)).first()
            where = [s.c.actor_id == aid, s.c.canonical.is_(True)]
            acts = {a: n for a, n in conn.execute(select(s.c.act, func.count()).where(*where).group_by(s.c.act)
                                                  .order_by(func.count().desc(), s.c.act))}
            timeline = [(d, n) for d, n in conn.execute(
                select(s.c.said_date, func.count()).where(*where, s.c.said_date.is_not(None))
                .group_by(s.c.said_date).order_by(s.c.said_date))]
            aa = S.actors.alias("aa")
            who = func.coalesce(aa.c.name, s.c.addr_name)
            addressees = [(w, n) for w, n in conn.execute(
                select(who, func.count()).select_from(s.outerjoin(aa, aa.c.id == s.c.addr_actor_id))
                .where(*where, who.is_not(None)).group_by(who).order_by(func.count().desc(), who))]
            hits = [_hit(r) for r in conn.execute(self._hit_select().where(*where)
                                                  .order_by(s.c.said_date.desc(), s.c.pk.desc()).limit(limit))]
            aliases = self._aliases(conn, [aid]).get(aid, [])
        total = sum(acts.values())
        ar = ActorRow(row.id, row.name, row.kind, tuple(x for x in aliases if x != row.name), total)
        return ActorDetail(ar, acts, timeline, addressees, hits)

    def merge_actors(self, a: str, b: str) -> None:
        """Make B the same actor as A (B's statements, aliases move to A); remembered for later ingests."""
        with self._write() as conn:
            ida, idb = self._resolve_actor_id(conn, a), self._resolve_actor_id(conn, b)
            if ida == idb:
                raise StoreError(f"{a!r} and {b!r} are already one actor ({ida})")
            r = self._sync_resolver(conn)
            na, nb = r.actors[ida].name, r.actors[idb].name
            self._merge_ids(conn, ida, idb)
            self._add_rule(conn, "merge", na, nb)
        self._write_alias_file()

    def _merge_ids(self, conn: Connection, keep: str, drop: str) -> None:
        r = self._sync_resolver(conn)
        s = S.statements
        conn.execute(update(s).where(s.c.actor_id == drop).values(actor_id=keep))
        conn.execute(update(s).where(s.c.addr_actor_id == drop).values(addr_actor_id=keep))
        conn.execute(update(S.article_actors).where(S.article_actors.c.actor_id == drop).values(actor_id=keep))
        name = r.actors[drop].name
        for key, txt, kind, n in conn.execute(select(S.aliases.c.key, S.aliases.c.text, S.aliases.c.kind,
                                                     S.aliases.c.n).where(S.aliases.c.actor_id == drop)).all():
            done = conn.execute(update(S.aliases).where(S.aliases.c.key == key, S.aliases.c.actor_id == keep)
                                .values(n=S.aliases.c.n + n)).rowcount
            if not done:
                conn.execute(insert(S.aliases).values(key=key, actor_id=keep, text=txt, kind=kind, n=n))
        conn.execute(delete(S.aliases).where(S.aliases.c.actor_id == drop))
        k = crossdoc.key_of(name, r.actors[drop].kind)
        if k and not conn.execute(select(S.aliases.c.key).where(S.aliases.c.key == k,
                                                                S.aliases.c.actor_id == keep)).first():
            conn.execute(insert(S.aliases).values(key=k, actor_id=keep, text=name, kind="user", n=1))
        conn.execute(delete(S.actors).where(S.actors.c.id == drop))
        r.merge(keep, drop)
        if k:
            r.add_alias(k, keep)
        self._bump_actors(conn)

    def split_actor(self, name_or_id: str, alias: str) -> None:
        """Detach `alias` (e.g. "Mr Johnson") from an actor into an actor of its own; remembered."""
        with self._write() as conn:
            self._split(conn, name_or_id, alias)
            self._bump_actors(conn)
        self._write_alias_file()

    def _split(self, conn: Connection, name_or_id: str, alias: str, *, record: bool = True) -> str:
        r = self._sync_resolver(conn)
        aid = self._resolve_actor_id(conn, name_or_id)
        a = r.actors[aid]
        k = crossdoc.key_of(alias, a.kind)
        if not k:
            raise StoreError(f"alias {alias!r} holds no name to split off")
        if k == crossdoc.key_of(a.name, a.kind):
            raise StoreError(f"{alias!r} is the name of {a.name!r} itself; split off one of its aliases instead")
        own = conn.execute(select(S.aliases.c.key).where(S.aliases.c.actor_id == aid, S.aliases.c.key == k)).first()
        la = S.article_actors
        moved = []
        for row in conn.execute(select(la).where(la.c.actor_id == aid)).all():
            keys = {crossdoc.key_of(x, row.kind) for x in [row.name, *json.loads(row.aliases)]}
            if crossdoc.key_of(row.name, row.kind) == k or (k in keys and crossdoc.key_of(a.name, a.kind) not in keys):
                moved.append(row)
        if not own and not moved:
            names = self._aliases(conn, [aid]).get(aid, [])
            raise NotFoundError(f"actor {a.name!r} has no alias {alias!r}; its aliases: {', '.join(names) or 'none'}")
        p = crossdoc.parse(alias, a.kind)
        display = crossdoc._display(p) if a.kind == crossdoc.PERSON and p.kind == "name" else alias.strip()
        new = r._new_id(display)
        conn.execute(insert(S.actors).values(id=new, name=display, kind=a.kind, honorific=p.gender))
        r.add_actor(new, display, a.kind, p.gender)
        conn.execute(update(S.aliases).where(S.aliases.c.actor_id == aid, S.aliases.c.key == k).values(actor_id=new))
        if not own:
            conn.execute(insert(S.aliases).values(key=k, actor_id=new, text=alias, kind="user", n=1))
        s = S.statements
        for row in moved:
            conn.execute(update(la).where(la.c.article_pk == row.article_pk, la.c.local_id == row.local_id)
                         .values(actor_id=new))
            conn.execute(update(s).where(s.c.article_pk == row.article_pk, s.c.actor_id == aid,
                                         or_(s.c.speaker_local == row.local_id,
                                             and_(s.c.speaker_local.is_(None),
                                                  "~" + func.coalesce(s.c.speaker_name, "") == row.local_id)))
                         .values(actor_id=new))
            conn.execute(update(s).where(s.c.article_pk == row.article_pk, s.c.addr_actor_id == aid,
                                         s.c.addr_local == row.local_id).values(addr_actor_id=new))
        if record:
            self._add_rule(conn, "split", a.name, alias)
        self._resolver = None  # rebuilt from the tables on next use
        return new

    def _add_rule(self, conn: Connection, op: str, a: str, b: str) -> None:
        exists = conn.execute(select(S.alias_rules.c.pk).where(S.alias_rules.c.op == op, S.alias_rules.c.a == a,
                                                               S.alias_rules.c.b == b)).first()
        if not exists:
            conn.execute(insert(S.alias_rules).values(op=op, a=a, b=b))
        if self._resolver is not None:
            self._resolver.add_rule(op, a, b)

    def alias_rules(self) -> list[tuple[str, str, str]]:
        """The user's merge/split decisions, oldest first: (op, a, b)."""
        with self._read() as conn:
            return [tuple(r) for r in conn.execute(select(S.alias_rules.c.op, S.alias_rules.c.a, S.alias_rules.c.b)
                                                   .order_by(S.alias_rules.c.pk))]

    def _write_alias_file(self) -> None:
        if self.aliases_file is None:
            return
        rules = self.alias_rules()
        data = {"comment": "saidwhat actor rules: [A, B] in merge = B is the same actor as A; in split = "
                           "alias B is not actor A. Edit freely; applied when the store is opened and on ingest.",
                "merge": [[a, b] for op, a, b in rules if op == "merge"],
                "split": [[a, b] for op, a, b in rules if op == "split"]}
        tmp = self.aliases_file.with_suffix(self.aliases_file.suffix + ".tmp")
        try:
            tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            tmp.replace(self.aliases_file)
        except OSError as e:
            raise StoreError(f"cannot write the alias file {self.aliases_file}: {e.strerror}") from None

    def load_alias_file(self) -> int:
        """Apply the alias file's rules not yet in the store (the file survives deleting the store)."""
        f = self.aliases_file
        if f is None or not f.exists() or self.readonly:
            return 0
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
            wanted = [("merge", str(a), str(b)) for a, b in data.get("merge", [])] + \
                     [("split", str(a), str(b)) for a, b in data.get("split", [])]
        except (OSError, ValueError, TypeError, AttributeError) as e:
            raise StoreError(f"cannot read the alias file {f}: {e}; expected "
                             '{"merge": [["A", "B"], ...], "split": [["A", "alias"], ...]}') from None
        have = set(self.alias_rules())
        todo = [r for r in wanted if r not in have]
        if not todo:
            return 0
        with self._write() as conn:
            r = self._sync_resolver(conn)
            for op, a, b in todo:
                self._add_rule(conn, op, a, b)
                if op == "merge":
                    x, y = r.find(a), r.find(b)
                    if x is not None and y is not None and x.id != y.id:
                        self._merge_ids(conn, x.id, y.id)
                else:
                    x = r.find(a)
                    try:
                        if x is not None:
                            self._split(conn, x.id, b, record=False)
                            r = self._sync_resolver(conn)
                    except (NotFoundError, StoreError):
                        pass  # nothing to split yet: the rule still steers later ingests
            self._bump_actors(conn)
        return len(todo)

    def optimize(self) -> None:
        """Refresh the query planner's statistics (SQLite `ANALYZE`, sampled); called after each ingest run.

        Why: without statistics SQLite cannot tell that `actor_id = X` selects a handful of rows while
        `act = 'assert'` selects most of the corpus, and may walk the wrong index (30-60 ms instead of 5 ms
        per filtered search on 28k statements). `analysis_limit` samples each index, so this takes
        milliseconds even at a million statements. PostgreSQL's autovacuum keeps its own statistics.
        """
        if self.backend != "sqlite" or self.readonly:
            return
        with self._write() as conn:
            conn.exec_driver_sql("PRAGMA analysis_limit=1000")
            conn.exec_driver_sql("ANALYZE")

    # ---------------------------------------------------------------------------------------- stats
    def stats(self) -> StoreStats:
        with self._read() as conn:
            n = {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                 for t in (S.articles, S.stories, S.statements, S.actors)}
            rev = conn.execute(text("SELECT version_num FROM alembic_version")).scalar() or ""
            if self.backend == "postgresql":
                size = conn.execute(text("SELECT pg_database_size(current_database())")).scalar_one()
            else:
                size = sum(p.stat().st_size for p in (self.path, Path(f"{self.path}-wal")) if p and p.exists())
        return StoreStats(self.url, self.backend, n["articles"], n["stories"], n["statements"], n["actors"],
                          int(size), rev)


# ------------------------------------------------------------------------------------------ helpers
def _check_page(limit: int, offset: int) -> None:
    if limit < 1 or limit > 100_000 or offset < 0:
        raise FormatError(f"bad page: limit={limit} offset={offset}; limit must be 1..100000 and offset >= 0")


def _local(local: dict[str, str], who: Speaker | Addressee | None) -> str | None:
    if who is None:
        return None
    if who.actor and who.actor in local:
        return local[who.actor]
    if who.name and f"~{who.name}" in local:
        return local[f"~{who.name}"]
    return None


def _plain(x: Any) -> Any:
    from ..model import _plain as p

    return p(x)


def _statement(s: Any, actor_name: str | None, addr_actor_name: str | None) -> Statement:
    speaker = None
    if s.speaker_text is not None:
        speaker = Speaker(s.speaker_text, s.speaker_start, s.speaker_end, s.actor_id,
                          actor_name or s.speaker_name, s.speaker_via or "unresolved")
    cue = Cue(s.cue_text, s.cue_start, s.cue_end, s.cue_lemma or "") if s.cue_text is not None else None
    addr = None
    if s.addr_text is not None:
        addr = Addressee(s.addr_text, s.addr_start, s.addr_end, s.addr_actor_id, addr_actor_name or s.addr_name)
    when = None
    if s.when_json:
        w = json.loads(s.when_json)
        when = TimeExpr(**{k: w[k] for k in ("text", "start", "end", "type", "value", "anchor", "id") if k in w})
    return Statement(id=s.sid, kind=s.kind, speaker=speaker, cue=cue, act=s.act,
                     content=Span(s.content_text, s.content_start, s.content_end), addressee=addr,
                     said_on=s.said_on, said_on_from=s.said_on_from, when=when, about=tuple(json.loads(s.about)))


def _hit(r: Any) -> StatementHit:
    st = _statement(r, r.actor_name, r.addr_actor_name)
    return StatementHit(st, r.article_id, r.article_title, r.article_published, r.article_wire, r.story_id,
                        r.actor_id, r.actor_name or r.speaker_name)


def _store_error(e: Exception, url: str) -> StoreError:
    msg = str(getattr(e, "orig", e)).strip().splitlines()[0] if str(getattr(e, "orig", e)).strip() else str(e)
    low = msg.lower()
    if "locked" in low or "busy" in low:
        return StoreError(f"store {url} is locked by another writer (gave up waiting): {msg}")
    if "readonly" in low or "read-only" in low or "read only" in low or "permission denied" in low:
        return StoreError(f"store {url} is read-only: {msg}; open a writable copy or fix its permissions")
    if isinstance(e, IntegrityError):
        return StoreError(f"store {url} refused a write (constraint): {msg}")
    return StoreError(f"store {url} failed: {msg}")


from .open import open_store  # noqa: E402  (re-exported; opening needs the class above)

__all__ = ["KINDS", "Store", "fts5_query", "open_store"]
