"""Export: statements as JSON lines, CSV or Parquet rows (with article id, title, date, evidence
offsets), or whole articles as saidwhat/1 objects. Library functions; the CLI only picks the stream.
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import IO, Any

from ..errors import FormatError
from ..model import _plain, to_dict
from .core import Store
from .types import StatementHit

FORMATS = ("jsonl", "csv", "parquet")
#: flat columns of one exported statement (CSV header / Parquet schema), evidence offsets index the article text
COLUMNS = ("article_id", "article_title", "published", "wire", "story_id", "statement_id", "kind", "act",
           "speaker_actor_id", "speaker_name", "speaker_text", "speaker_start", "speaker_end", "speaker_via",
           "cue", "cue_start", "cue_end", "content", "content_start", "content_end", "addressee",
           "addressee_actor_id", "addressee_start", "addressee_end", "said_on", "said_on_from")
_INT = {"speaker_start", "speaker_end", "cue_start", "cue_end", "content_start", "content_end", "addressee_start",
        "addressee_end"}


def hit_record(h: StatementHit) -> dict[str, Any]:
    """One statement for JSON: where it came from plus the saidwhat/1 statement object."""
    return {"article_id": h.article_id, "article_title": h.article_title, "published": h.published,
            "wire": h.wire, "story_id": h.story_id, "speaker_actor_id": h.speaker_actor_id,
            "speaker_name": h.speaker_name, "statement": _plain(h.statement)}


def hit_row(h: StatementHit) -> dict[str, Any]:
    """One statement as a flat row (CSV, Parquet)."""
    s = h.statement
    sp, cue, ad = s.speaker, s.cue, s.addressee
    return {
        "article_id": h.article_id, "article_title": h.article_title, "published": h.published, "wire": h.wire,
        "story_id": h.story_id, "statement_id": s.id, "kind": s.kind, "act": s.act,
        "speaker_actor_id": h.speaker_actor_id, "speaker_name": h.speaker_name,
        "speaker_text": sp.text if sp else None, "speaker_start": sp.start if sp else None,
        "speaker_end": sp.end if sp else None, "speaker_via": sp.via if sp else None,
        "cue": cue.text if cue else None, "cue_start": cue.start if cue else None, "cue_end": cue.end if cue else None,
        "content": s.content.text, "content_start": s.content.start, "content_end": s.content.end,
        "addressee": (ad.name or ad.text) if ad else None, "addressee_actor_id": ad.actor if ad else None,
        "addressee_start": ad.start if ad else None, "addressee_end": ad.end if ad else None,
        "said_on": s.said_on, "said_on_from": s.said_on_from,
    }


def write_hits(hits: Iterable[StatementHit], fmt: str, out: IO[bytes]) -> int:
    """Write statements to a binary stream in `fmt`; returns how many."""
    if fmt not in FORMATS:
        raise FormatError(f"unknown export format {fmt!r}; supported: {', '.join(FORMATS)}")
    n = 0
    if fmt == "jsonl":
        for h in hits:
            out.write((json.dumps(hit_record(h), ensure_ascii=False) + "\n").encode("utf-8"))
            n += 1
    elif fmt == "csv":
        text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
        w = csv.DictWriter(text, fieldnames=COLUMNS)
        w.writeheader()
        for h in hits:
            w.writerow(hit_row(h))
            n += 1
        text.detach()
    else:
        n = _parquet((hit_row(h) for h in hits), out)
    return n


def _parquet(rows: Iterable[dict[str, Any]], out: IO[bytes], chunk: int = 10_000) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(c, pa.int64() if c in _INT else pa.string()) for c in COLUMNS])
    sink = pa.BufferOutputStream()
    n = 0
    with pq.ParquetWriter(sink, schema) as w:
        buf: list[dict[str, Any]] = []
        for r in rows:
            buf.append(r)
            if len(buf) >= chunk:
                w.write_table(pa.Table.from_pylist(buf, schema=schema))
                n, buf = n + len(buf), []
        if buf or n == 0:
            w.write_table(pa.Table.from_pylist(buf, schema=schema))
            n += len(buf)
    out.write(sink.getvalue().to_pybytes())
    return n


def export_statements(store: Store, fmt: str, out: IO[bytes], *, since=None, all_copies: bool = False) -> int:
    return write_hits(store.iter_statements(since=since, canonical=not all_copies), fmt, out)


def export_articles(store: Store, fmt: str, out: IO[bytes]) -> int:
    """One saidwhat/1 object per article (jsonl); csv/parquet give one row per article's metadata."""
    if fmt not in FORMATS:
        raise FormatError(f"unknown export format {fmt!r}; supported: {', '.join(FORMATS)}")
    if fmt != "jsonl":
        raise FormatError(f"--articles exports saidwhat/1 objects, which need --format jsonl (got {fmt!r})")
    n = 0
    for art in store.iter_articles():
        out.write((json.dumps(to_dict(art), ensure_ascii=False) + "\n").encode("utf-8"))
        n += 1
    return n


__all__ = ["COLUMNS", "FORMATS", "export_articles", "export_statements", "hit_record", "hit_row", "write_hits"]
