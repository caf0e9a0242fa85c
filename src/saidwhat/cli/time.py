"""`saidwhat timeline` (statements and dated events in date order) and `saidwhat eval tempeval`."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from .app import app, eval_app

_TABLE_FORMATS = ("table", "json")


def _check(fmt: str) -> str:
    from saidwhat.errors import FormatError

    if fmt not in _TABLE_FORMATS:
        raise FormatError(f"unknown output format '{fmt}'; supported: {', '.join(_TABLE_FORMATS)}")
    return fmt


@app.command("timeline")
def timeline_cmd(
    sources: list[str] = typer.Argument(..., help="Files, directories, globs, or - for stdin (txt, html, json, jsonl, .gz)."),
    date: str = typer.Option(None, "--date", "-d", help="Publication date (YYYY-MM-DD) for articles that carry none."),
    fmt: str = typer.Option("table", "--format", "-f", help="table or json."),
    no_events: bool = typer.Option(False, "--no-events", help="Only statements, not every dated expression."),
) -> None:
    """Print statements (by said_on) and dated events (time expressions with their sentence) in date order."""
    from dataclasses import asdict

    from saidwhat.errors import SaidwhatError
    from saidwhat.inputs import InputFailure, iter_records, parse_date
    from saidwhat.reader import read_many
    from saidwhat.timex.timeline import timeline_items

    _check(fmt)
    published = parse_date(date).isoformat() if date else None
    articles, failures = [], []
    for rec in iter_records(sources, published=published):
        if isinstance(rec, InputFailure):
            failures.append(rec)
            continue
        try:
            articles.extend(read_many([], records=[rec], published=published))
        except SaidwhatError as e:
            failures.append(InputFailure(rec.origin, e))
    items = timeline_items(articles, events=not no_events)
    if fmt == "json":
        print(json.dumps([asdict(i) for i in items], indent=2, ensure_ascii=False))
    else:
        print(render_table(items))
    for f in failures:
        print(f"saidwhat: error: {f}", file=sys.stderr)
    if failures:
        raise typer.Exit(2)


def render_table(items) -> str:
    """One line per item: date, kind, speaker, act, short content."""
    if not items:
        return "(no dated statements or events)"
    lines = [f"{'DATE':<17}{'KIND':<10}{'SPEAKER':<22}{'ACT':<11}CONTENT"]
    for i in items:
        speaker = (i.speaker or "-")[:21]
        lines.append(f"{i.date:<17}{i.kind:<10}{speaker:<22}{(i.act or '-'):<11}{i.text}")
    return "\n".join(lines)


@eval_app.command("tempeval")
def eval_tempeval(
    path: Path = typer.Argument(..., help="TempEval-3 data: a directory of .tml or .jsonl files, or one such file."),
    split: str = typer.Option("all", "--split", help="all, dev or train (our fixed split: crc32(doc id) % 5 == 0 is dev)."),
    fmt: str = typer.Option("table", "--format", "-f", help="table or json."),
) -> None:
    """Strict/relaxed span P/R/F1, type and value accuracy and F1 of time expressions, as the TE3 scorer defines them."""
    from saidwhat.eval.tempeval import evaluate, format_table

    _check(fmt)
    scores = evaluate(path, split=split)
    if fmt == "json":
        print(json.dumps({"path": str(path), "split": split, **scores.to_dict()}, indent=2))
    else:
        print(format_table(scores, title=f"TempEval-3 timexes: {path} (split {split})"))
