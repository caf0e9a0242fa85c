"""Corpus commands: ingest, search, actors (merge/split), actor, articles, export.

A thin shell over `saidwhat.store`: options in, library call, rows out. Library errors propagate as
SaidwhatError and `cli.main` prints them as one line (exit 2).
"""
import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

from saidwhat.errors import FormatError, SaidwhatError

from .app import actors_app, app

DB_HELP = "Store: an SQLite path or sqlite:///path, or postgresql://user@host:port/db (default: $SAIDWHAT_DB or saidwhat.db)."
OUT_FORMATS = ("table", "json", "jsonl", "csv")

app.add_typer(actors_app, name="actors")


def _open(db: Optional[str], *, write: bool = False):
    from saidwhat.store import open_store

    return open_store(db, create=write, readonly=not write)


def _date(value: Optional[str], what: str):
    if value is None:
        return None
    from saidwhat.inputs import parse_date

    return parse_date(value, what=what)


def _check_format(fmt: str, allowed=OUT_FORMATS) -> None:
    if fmt not in allowed:
        raise FormatError(f"unknown --format {fmt!r}; supported: {', '.join(allowed)}")


def _console():
    from rich.console import Console

    return Console(soft_wrap=False)


def _emit_rows(rows: list, fmt: str, columns: list, title: Optional[str] = None) -> None:
    """rows: list of dicts. table -> rich table; json -> one array; jsonl -> a line each; csv -> header + rows."""
    if fmt == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "jsonl":
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        import csv

        w = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: (json.dumps(v) if isinstance(v, (list, dict)) else v) for k, v in r.items()})
    else:
        from rich.table import Table

        t = Table(title=title, show_lines=False)
        for c in columns:
            t.add_column(c, overflow="fold")
        for r in rows:
            t.add_row(*["" if r.get(c) is None else str(r.get(c)) for c in columns])
        _console().print(t)


@app.command()
def ingest(
    paths: List[str] = typer.Argument(..., help="Files, directories, globs (.txt .html .json .jsonl, optionally .gz) or - for stdin."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    jobs: int = typer.Option(1, "--jobs", "-j", help="Reading processes (the store has one writer)."),
    dask: Optional[str] = typer.Option(None, "--dask", help="Read on a Dask cluster: tcp://scheduler:8786, or 'local' for a LocalCluster of --jobs workers."),
    fmt: str = typer.Option("auto", "--format", help="Input format: auto, txt, html, json, jsonl."),
    date: Optional[str] = typer.Option(None, "--date", help="Publication date (YYYY-MM-DD) for articles that carry none."),
    max_bytes: Optional[int] = typer.Option(None, "--max-bytes", help="Skip (as failed) inputs larger than this."),
    batch: Optional[int] = typer.Option(None, "--batch", help="Articles per reading task (default 16)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
) -> None:
    """Read articles and add them to the store: idempotent (same content is skipped), one transaction per
    article, parallel reading with one writer; exits 2 if any article failed (the rest are stored)."""
    if jobs < 1:
        raise FormatError(f"--jobs must be at least 1, got {jobs}")
    from saidwhat.scale import close_client, dask_client

    client = None
    if dask is not None:
        # connect first: a malformed or unreachable scheduler fails before any store is created
        client = dask_client(dask, workers=jobs)
    try:
        summary = _ingest(paths, db, jobs, client, fmt, date, max_bytes, batch, quiet or as_json)
    finally:
        close_client(client, local=dask == "local")
    if as_json:
        sys.stdout.write(json.dumps(summary.to_dict(), indent=2) + "\n")
    else:
        out = sys.stderr
        out.write(f"read {summary.read}, stored {summary.stored} ({summary.added} new, {summary.copies} copies of "
                  f"stored stories), skipped {summary.duplicates} duplicate, failed {len(summary.failed)}; "
                  f"{summary.statements} statements; {summary.rate:.1f} articles/s\n")
        for origin, reason in summary.failed[:50]:
            out.write(f"  failed: {origin}: {reason}\n")
        if len(summary.failed) > 50:
            out.write(f"  ... and {len(summary.failed) - 50} more\n")
    if summary.failed:
        raise typer.Exit(2)


def _ingest(paths, db, jobs, client, fmt, date, max_bytes, batch, quiet):
    """Open the store and run the ingest with a progress bar on a terminal; returns the summary."""
    from saidwhat.store.ingest import ingest as run

    with _open(db, write=True) as st:
        progress = None
        bar = None
        if not quiet and sys.stderr.isatty():
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            class Rate(TextColumn):
                def render(self, task):
                    speed = task.finished_speed or task.speed
                    from rich.text import Text

                    return Text(f"{speed:.1f} articles/s" if speed else "… articles/s")

            bar = Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), Rate(""), TimeElapsedColumn(),
                           transient=False, console=__import__("rich.console").console.Console(stderr=True))
            bar.start()
            task = bar.add_task("ingest", total=None)

            def progress(done, total):
                bar.update(task, completed=done, total=total)
        try:
            summary = run(st, list(paths), fmt=fmt, max_bytes=max_bytes, published=date, jobs=jobs, dask=client,
                          batch=batch, progress=progress)
        finally:
            if bar is not None:
                bar.stop()
    return summary


def _hit_dict(h) -> dict:
    s = h.statement
    return {"article_id": h.article_id, "title": h.article_title, "date": s.said_on or h.published,
            "speaker": h.speaker_name, "act": s.act, "kind": s.kind, "content": s.content.text,
            "start": s.content.start, "end": s.content.end,
            "addressee": (s.addressee.name or s.addressee.text) if s.addressee else None}


@app.command()
def search(
    query: Optional[str] = typer.Argument(None, help="Words that must appear in the statement (\"a phrase\", word*, OR)."),
    actor: Optional[str] = typer.Option(None, "--actor", help="Only statements by this actor (name, alias or id)."),
    act: Optional[str] = typer.Option(None, "--act", help="Only this speech act (deny, accuse, urge, ...)."),
    kind: Optional[str] = typer.Option(None, "--kind", help="direct, indirect or mixed."),
    since: Optional[str] = typer.Option(None, "--since", help="Said on or after this date (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, "--until", help="Said on or before this date (YYYY-MM-DD)."),
    wire: Optional[str] = typer.Option(None, "--wire", help="Only articles from this wire/agency (e.g. Reuters)."),
    limit: int = typer.Option(20, "--limit", "-n", help="How many statements."),
    offset: int = typer.Option(0, "--offset", help="Skip this many (paging)."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, json, jsonl (one statement per line) or csv."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Search statements: full text plus filters; each story's copies counted once, with evidence offsets."""
    _check_format(fmt)
    from saidwhat.store.export import hit_record, write_hits

    with _open(db) as st:
        page = st.search(query, actor=actor, act=act, kind=kind, since=_date(since, "--since"),
                         until=_date(until, "--until"), wire=wire, limit=limit, offset=offset)
    if fmt == "jsonl":
        for h in page.items:
            sys.stdout.write(json.dumps(hit_record(h), ensure_ascii=False) + "\n")
    elif fmt == "csv":
        sys.stdout.flush()
        write_hits(page.items, "csv", sys.stdout.buffer)
    elif fmt == "json":
        sys.stdout.write(json.dumps({"total": page.total, "limit": page.limit, "offset": page.offset,
                                     "items": [hit_record(h) for h in page.items]}, ensure_ascii=False, indent=2)
                         + "\n")
    else:
        rows = [_hit_dict(h) for h in page.items]
        _emit_rows(rows, "table", ["date", "speaker", "act", "content", "title"],
                   title=f"{page.total} statement(s), showing {page.offset + 1}-{page.offset + len(page.items)}"
                   if page.items else "no statements match")


@actors_app.callback()
def actors(
    ctx: typer.Context,
    top: int = typer.Option(20, "--top", help="How many actors, most statements first."),
    q: Optional[str] = typer.Option(None, "--search", "-s", help="Only actors whose name or alias contains this."),
    offset: int = typer.Option(0, "--offset", help="Skip this many (paging)."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, json, jsonl or csv."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Canonical actors across the corpus with their aliases and statement counts (merge/split to correct)."""
    if ctx.invoked_subcommand is not None:
        return
    _check_format(fmt)
    with _open(db) as st:
        page = st.actors(top=top, q=q, offset=offset)
    rows = [{"id": a.id, "name": a.name, "kind": a.kind, "statements": a.n_statements,
             "aliases": list(a.aliases) if fmt != "table" else ", ".join(a.aliases[:6])} for a in page.items]
    _emit_rows(rows, fmt, ["id", "name", "kind", "statements", "aliases"], title=f"{page.total} actor(s)")


@actors_app.command("merge")
def actors_merge(
    a: str = typer.Argument(..., help="The actor to keep (name, alias or id)."),
    b: str = typer.Argument(..., help="The actor that is the same as A (its statements and aliases move to A)."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Merge actor B into actor A; remembered in the alias rules, so it survives re-ingest."""
    with _open(db, write=True) as st:
        st.merge_actors(a, b)
        where = f" (rules file {st.aliases_file})" if st.aliases_file else ""
    sys.stderr.write(f"merged {b!r} into {a!r}{where}\n")


@actors_app.command("split")
def actors_split(
    a: str = typer.Argument(..., help="The actor that wrongly holds an alias."),
    alias: str = typer.Argument(..., help="The alias (e.g. 'Mr Johnson') that is a different actor."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Split ALIAS off actor A into an actor of its own; remembered, so it survives re-ingest."""
    with _open(db, write=True) as st:
        st.split_actor(a, alias)
    sys.stderr.write(f"split {alias!r} off {a!r}\n")


@app.command("actor")
def actor_cmd(
    name: str = typer.Argument(..., help="Actor name, alias or id (e.g. 'Vladimir Putin')."),
    limit: int = typer.Option(20, "--limit", "-n", help="How many of the latest statements to show."),
    fmt: str = typer.Option("table", "--format", "-f", help="table or json."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """One actor: aliases, statements over time, speech acts, whom they address, latest statements."""
    _check_format(fmt, ("table", "json"))
    from saidwhat.store.export import hit_record

    with _open(db) as st:
        d = st.actor(name, limit=limit)
    if fmt == "json":
        out = {"id": d.actor.id, "name": d.actor.name, "kind": d.actor.kind, "aliases": list(d.actor.aliases),
               "n_statements": d.actor.n_statements, "acts": d.acts,
               "timeline": [{"date": t, "count": n} for t, n in d.timeline],
               "addressees": [{"name": w, "count": n} for w, n in d.addressees],
               "statements": [hit_record(h) for h in d.statements]}
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
        return
    c = _console()
    a = d.actor
    c.print(f"[bold]{a.name}[/bold] ({a.kind}, id {a.id}) — {a.n_statements} statement(s)")
    if a.aliases:
        c.print("aliases: " + ", ".join(a.aliases))
    if d.acts:
        c.print("acts: " + ", ".join(f"{k} {v}" for k, v in d.acts.items()))
    if d.addressees:
        c.print("addresses: " + ", ".join(f"{w} {n}" for w, n in d.addressees[:10]))
    if d.timeline:
        c.print("over time: " + ", ".join(f"{t} {n}" for t, n in d.timeline[-15:]))
    _emit_rows([_hit_dict(h) for h in d.statements], "table", ["date", "act", "content", "title"],
               title="latest statements")


@app.command()
def articles(
    wire: Optional[str] = typer.Option(None, "--wire", help="Only articles from this wire/agency."),
    q: Optional[str] = typer.Option(None, "--search", "-s", help="Full text over titles and article text."),
    limit: int = typer.Option(50, "--limit", "-n", help="How many articles."),
    offset: int = typer.Option(0, "--offset", help="Skip this many (paging)."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, json, jsonl or csv."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Stored articles, newest story first, wire copies of one story grouped together."""
    _check_format(fmt)
    with _open(db) as st:
        page = st.list_articles(wire=wire, q=q, limit=limit, offset=offset)
    rows = []
    last = None
    for r in page.items:
        d = {"id": r.id, "title": r.title, "published": r.published, "wire": r.wire, "source": r.source,
             "statements": r.n_statements, "story": r.story_id, "copies": r.n_copies}
        if fmt == "table":
            d["story"] = ("  └ copy" if r.story_id == last else r.story_id)
            d["copies"] = r.n_copies if r.story_id != last else ""
        rows.append(d)
        last = r.story_id
    _emit_rows(rows, fmt, ["id", "title", "published", "wire", "statements", "story", "copies"],
               title=f"{page.total} article(s)")


@app.command()
def export(
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl, csv or parquet."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of stdout."),
    articles_: bool = typer.Option(False, "--articles", help="One saidwhat/1 object per article (jsonl) instead of one statement per row."),
    since: Optional[str] = typer.Option(None, "--since", help="Only statements said on or after this date."),
    all_copies: bool = typer.Option(False, "--all-copies", help="Include statements of every wire copy (default: each story once)."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Export statements (one per line/row, with article id, title, date, evidence offsets) or articles."""
    from saidwhat.store.export import FORMATS, export_articles, export_statements

    _check_format(fmt, FORMATS)
    if fmt == "parquet" and output is None and sys.stdout.isatty():
        raise FormatError("parquet is binary: give -o FILE or redirect stdout")
    with _open(db) as st:
        if output is not None:
            tmp = output.with_name(output.name + ".part")
            try:
                with open(tmp, "wb") as fh:
                    n = export_articles(st, fmt, fh) if articles_ else \
                        export_statements(st, fmt, fh, since=_date(since, "--since"), all_copies=all_copies)
                tmp.replace(output)
            except OSError as e:
                tmp.unlink(missing_ok=True)
                raise SaidwhatError(f"cannot write {output}: {e.strerror}") from None
            except BaseException:
                tmp.unlink(missing_ok=True)
                raise
        else:
            sys.stdout.flush()
            out = sys.stdout.buffer
            n = export_articles(st, fmt, out) if articles_ else \
                export_statements(st, fmt, out, since=_date(since, "--since"), all_copies=all_copies)
            out.flush()
    sys.stderr.write(f"exported {n} {'article' if articles_ else 'statement'}(s)\n")
