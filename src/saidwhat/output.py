"""Rendering articles for people and programs: json, jsonl, csv (one row per statement), rich table.

Every writer takes `model.Article` objects and serialises through `model.to_dict`, so the CLI, the
REST API and the store export one contract.
"""
from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable
from typing import TextIO

from .errors import FormatError
from .model import Article, to_dict

FORMATS = ("table", "json", "jsonl", "csv")

CSV_FIELDS = ("article_id", "title", "published", "statement_id", "kind", "speaker", "speaker_actor", "speaker_via",
              "cue", "act", "addressee", "said_on", "content", "content_start", "content_end", "speaker_start",
              "speaker_end", "cue_start", "cue_end")


def check_format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise FormatError(f"unknown output format '{fmt}'; supported: {', '.join(FORMATS)}")
    return fmt


def statement_rows(article: Article) -> Iterable[dict]:
    d = article.document
    for s in article.statements:
        yield {
            "article_id": d.id, "title": d.title, "published": d.published, "statement_id": s.id, "kind": s.kind,
            "speaker": s.speaker.name if s.speaker else None,
            "speaker_actor": s.speaker.actor if s.speaker else None,
            "speaker_via": s.speaker.via if s.speaker else None,
            "cue": s.cue.text if s.cue else None, "act": s.act,
            "addressee": s.addressee.name if s.addressee else None, "said_on": s.said_on,
            "content": s.content.text, "content_start": s.content.start, "content_end": s.content.end,
            "speaker_start": s.speaker.start if s.speaker else None,
            "speaker_end": s.speaker.end if s.speaker else None,
            "cue_start": s.cue.start if s.cue else None, "cue_end": s.cue.end if s.cue else None,
        }


class Writer:
    """Streams articles to `out` in one format; `close()` finishes (json wraps several in a list)."""

    def __init__(self, fmt: str, out: TextIO | None = None):
        self.fmt = check_format(fmt)
        self.out = out or sys.stdout
        self._n = 0
        self._csv = None
        self._json_items: list[dict] = []

    def write(self, article: Article) -> None:
        self._n += 1
        if self.fmt == "jsonl":
            self.out.write(json.dumps(to_dict(article), ensure_ascii=False) + "\n")
        elif self.fmt == "json":
            self._json_items.append(to_dict(article))
        elif self.fmt == "csv":
            if self._csv is None:
                self._csv = csv.DictWriter(self.out, fieldnames=CSV_FIELDS)
                self._csv.writeheader()
            for row in statement_rows(article):
                self._csv.writerow(row)
        else:
            print_table(article, self.out)

    def close(self) -> None:
        if self.fmt == "json" and self._json_items:  # nothing read: print nothing, the errors say why
            data = self._json_items[0] if len(self._json_items) == 1 else self._json_items
            self.out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        self.out.flush()


def _short(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def print_table(article: Article, out: TextIO | None = None) -> None:
    """A rich table of the article's statements: speaker, act, cue, to whom, when, what."""
    from rich.console import Console
    from rich.table import Table

    out = out or sys.stdout
    console = Console(file=out, width=None if out.isatty() else 160, highlight=False, soft_wrap=False)
    d = article.document
    head = d.title or d.id
    meta = " · ".join(x for x in (d.published, d.wire, f"{len(article.statements)} statements",
                                  f"{len(article.removed)} debris spans removed") if x)
    table = Table(title=f"{head}\n[dim]{meta}[/dim]", show_lines=False, expand=False)
    table.add_column("#", style="dim", no_wrap=True)
    table.add_column("speaker", style="bold cyan")
    table.add_column("act", style="magenta", no_wrap=True)
    table.add_column("cue", style="yellow")
    table.add_column("to", style="green")
    table.add_column("said on", no_wrap=True)
    table.add_column("kind", style="dim", no_wrap=True)
    table.add_column("content")
    for s in article.statements:
        sp = s.speaker
        who = sp.name or sp.text if sp else "—"
        if sp and sp.via not in ("name",):
            who = f"{who} [dim]({sp.via}: {sp.text})[/dim]" if sp.via != "continuation" else f"{who} [dim](cont.)[/dim]"
        table.add_row(s.id, who, s.act, s.cue.text if s.cue else "", s.addressee.name if s.addressee else "",
                      s.said_on or (s.when.value if s.when else ""), s.kind, _short(s.content.text))
    console.print(table)


def to_json_text(article: Article) -> str:
    buf = io.StringIO()
    w = Writer("json", buf)
    w.write(article)
    w.close()
    return buf.getvalue()
