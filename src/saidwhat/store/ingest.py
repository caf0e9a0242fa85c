"""Ingest: raw inputs -> read (in parallel, locally or on Dask) -> one writer, one transaction per article.

Idempotence comes from the content hash: records whose hash is already stored (or seen earlier in
this run) are skipped *before* reading, so re-running an interrupted ingest only reads what is
missing. A failure of one file, record or article is counted with its reason and the rest goes on;
only a store failure (locked, read-only, gone) stops the run, since every later write would fail too.
This module never imports the NLP pipeline itself; readers run in `saidwhat.scale`.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..errors import SaidwhatError, StoreError
from ..model import Article
from .core import Store


@dataclass
class IngestSummary:
    """What an ingest run did. `read` counts records read from the inputs (files/lines), before dedup."""

    read: int = 0
    added: int = 0
    copies: int = 0
    duplicates: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    statements: int = 0

    @property
    def stored(self) -> int:
        return self.added + self.copies

    @property
    def rate(self) -> float:
        return (self.stored + len(self.failed)) / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict:
        return {"read": self.read, "added": self.added, "copies": self.copies, "duplicates": self.duplicates,
                "failed": [{"origin": o, "reason": r} for o, r in self.failed], "seconds": round(self.seconds, 3),
                "articles_per_s": round(self.rate, 2), "statements": self.statements}


#: progress callback: (articles done, articles to read or None when still counting)
Progress = Callable[[int, int | None], None]


def plan(store: Store, sources: list[str], *, fmt: str = "auto", max_bytes: int | None = None,
         published: str | None = None, summary: IngestSummary) -> list:
    """The jobs to read: input records minus failures and already-stored or repeated content."""
    from ..inputs import DEFAULT_MAX_BYTES, InputFailure, content_hash, iter_records
    from ..scale import Job

    known = store.known_hashes()
    jobs = []
    for rec in iter_records(sources, fmt=fmt, max_bytes=max_bytes or DEFAULT_MAX_BYTES, published=published):
        summary.read += 1
        if isinstance(rec, InputFailure):
            summary.failed.append((rec.origin, str(rec.error)))
            continue
        h = content_hash(rec.text)
        if h in known:
            summary.duplicates += 1
            continue
        known.add(h)
        jobs.append(Job.from_record(rec, h))
    return jobs


def write(store: Store, outcomes: Iterable, summary: IngestSummary, progress: Progress | None = None,
          total: int | None = None) -> None:
    """The single writer: one transaction per article; a failed article is recorded, never fatal."""
    done = 0
    for o in outcomes:
        done += 1
        if o.article is None:
            summary.failed.append((o.job.origin, o.error or "unknown error"))
        else:
            try:
                res = store.ingest(o.article, content_hash=o.job.content_hash, origin=o.job.origin)
            except StoreError:
                raise
            except SaidwhatError as e:
                summary.failed.append((o.job.origin, f"{type(e).__name__}: {e}"))
            else:
                if res.status == "added":
                    summary.added += 1
                elif res.status == "copy":
                    summary.copies += 1
                else:
                    summary.duplicates += 1
                if res.status != "duplicate":
                    summary.statements += len(o.article.statements)
        if progress:
            progress(done, total)


def ingest(store: Store, sources: list[str], *, fmt: str = "auto", max_bytes: int | None = None,
           published: str | None = None, jobs: int = 1, dask: "str | Any | None" = None,
           batch: int | None = None, progress: Progress | None = None) -> IngestSummary:
    """Read `sources` (files, dirs, globs, "-") and store every article not already stored.

    `jobs` reading processes (or Dask workers with `dask="local"`); `dask` a scheduler address
    ("tcp://host:8786"), "local", or an already connected `distributed.Client` (left open: the CLI
    connects before it opens the store, so an unreachable scheduler creates no store).
    Raises StoreError when the store itself fails.
    """
    from .. import scale

    t0 = time.perf_counter()
    summary = IngestSummary()
    todo = plan(store, sources, fmt=fmt, max_bytes=max_bytes, published=published, summary=summary)
    size = batch or scale.BATCH
    if progress:
        progress(0, len(todo))
    client = None
    try:
        if isinstance(dask, str):
            client = scale.dask_client(dask, workers=max(1, jobs))
            outcomes: Iterator = scale.read_dask(todo, client, size=size)
        elif dask is not None:
            outcomes = scale.read_dask(todo, dask, size=size)
        else:
            outcomes = scale.read_local(todo, workers=jobs, size=size)
        write(store, outcomes, summary, progress, len(todo))
        if summary.stored:
            store.optimize()  # planner statistics for the grown tables
    finally:
        scale.close_client(client, local=dask == "local")
    summary.seconds = time.perf_counter() - t0
    return summary


def ingest_articles(store: Store, articles: Iterable[tuple[Article, str]]) -> IngestSummary:
    """Store already-read articles (article, content hash) — for tests and tools that read elsewhere."""
    from ..scale import Job, Outcome

    t0 = time.perf_counter()
    summary = IngestSummary()

    def outs():
        for art, h in articles:
            summary.read += 1
            yield Outcome(Job(art.document.id, "", None, None, None, None, False, art.document.id, h), art)

    write(store, outs(), summary)
    summary.seconds = time.perf_counter() - t0
    return summary


__all__ = ["IngestSummary", "ingest", "ingest_articles", "plan", "write"]
