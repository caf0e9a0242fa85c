"""`saidwhat read` (one or many articles -> statements) and `saidwhat eval polnear`."""
from __future__ import annotations

import sys
from pathlib import Path

import typer

from .app import app, eval_app


@app.command("read")
def read_cmd(
    sources: list[str] = typer.Argument(..., help="Files, directories, globs, or - for stdin (txt, html, json, jsonl, .gz)."),
    date: str = typer.Option(None, "--date", "-d", help="Publication date (YYYY-MM-DD) that relative dates resolve against."),
    fmt: str = typer.Option(None, "--format", "-f", help="Output: table (default on a terminal), json, jsonl, csv."),
    input_format: str = typer.Option("auto", "--input-format", help="auto, txt, html, json, jsonl."),
    max_bytes: int = typer.Option(50_000_000, "--max-bytes", help="Refuse inputs larger than this many bytes."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Processes reading in parallel."),
    output: Path = typer.Option(None, "--output", "-o", help="Write to this file instead of stdout."),
) -> None:
    """Read articles and print who said what, to whom, and when, with evidence offsets."""
    from saidwhat.errors import SaidwhatError
    from saidwhat.inputs import InputFailure, iter_records, parse_date
    from saidwhat.output import Writer, check_format
    from saidwhat.scale import Job, read_local

    published = parse_date(date).isoformat() if date else None
    fmt = check_format(fmt or ("table" if sys.stdout.isatty() else "json"))
    records, failures = [], []
    for rec in iter_records(sources, fmt=input_format, max_bytes=max_bytes, published=published):
        (failures if isinstance(rec, InputFailure) else records).append(rec)
    if len(records) > 1 and fmt == "json":
        fmt = "jsonl" if not sys.stdout.isatty() else fmt
    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    writer = Writer(fmt, out)
    try:
        # batched parsing in `jobs` processes; an article that fails is reported and the rest go on
        todo = (Job.from_record(r, published=published) for r in records)
        for outcome in read_local(todo, workers=jobs):
            if outcome.article is not None:
                writer.write(outcome.article)
            else:
                failures.append(InputFailure(outcome.job.origin, SaidwhatError(outcome.error or "not read")))
        writer.close()
    finally:
        if output:
            out.close()
    for f in failures:
        msg = str(f.error)
        print(f"saidwhat: error: {msg if f.origin in msg else f'{f.origin}: {msg}'}", file=sys.stderr)
    if failures:
        raise typer.Exit(2)


@eval_app.command("polnear")
def eval_polnear(
    path: Path = typer.Argument(..., help="PolNeAR JSONL (e.g. ../shared/data/polnear/dev.jsonl)."),
    limit: int = typer.Option(None, "--limit", help="Score only the first N articles."),
    fmt: str = typer.Option("table", "--format", "-f", help="table or json."),
) -> None:
    """Precision/recall/F1 for content, source and cue spans against PolNeAR, by direct/indirect."""
    import json

    from saidwhat.eval.polnear import evaluate, render

    result = evaluate(path, limit=limit)
    if fmt == "json":
        print(json.dumps(result, indent=2))
    else:
        render(result)
