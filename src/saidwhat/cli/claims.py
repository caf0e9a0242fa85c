"""`saidwhat claims`, `saidwhat conflicts`, `saidwhat positions` and `saidwhat eval fnc1`.

Each works on article files (read now, like `saidwhat read`) or, when no file is given, on a store (`--db`).
A thin shell over `saidwhat.claims`: options in, library call, rows out; table/csv show a flattened row per
item, json/jsonl the full objects of docs/claims.md.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

from saidwhat.errors import InputError

from .app import app, eval_app
from .corpus import DB_HELP, _check_format, _date, _emit_rows, _open

FORMATS = ("table", "json", "jsonl", "csv")
SOURCES_HELP = "Article files, directories, globs or - for stdin (as `saidwhat read`); without them, the store (--db)."


def _read(sources: list[str], date: Optional[str]) -> list:
    """Read article files; a file that cannot be read is a one-line error (exit 2), like `saidwhat read`."""
    from saidwhat.inputs import InputFailure, iter_records, parse_date
    from saidwhat.reader import read_many

    published = parse_date(date).isoformat() if date else None
    records = []
    for rec in iter_records(sources, published=published):
        if isinstance(rec, InputFailure):
            msg = str(rec.error)
            raise InputError(msg if rec.origin in msg else f"{rec.origin}: {msg}")
        records.append(rec)
    return list(read_many([], records=records, published=published))


def _check_sources(sources: Optional[List[str]], db: Optional[str]) -> list[str]:
    if sources and db:
        raise InputError("give article files or --db, not both")
    return list(sources or [])


def _store_hits(db: Optional[str], since):
    with _open(db) as st:
        return list(st.iter_statements(since=since))


def _matches(topic: Optional[str], label: str, refs) -> bool:
    if not topic:
        return True
    t = topic.casefold()
    return t in label.casefold() or any(t in r.text.casefold() or t in (r.speaker or "").casefold() for r in refs)


def _since_ok(since, refs) -> bool:
    return since is None or any(r.date and r.date >= since.isoformat() for r in refs)


def _output(items: list, fmt: str, columns: list[str], flat, title: str) -> None:
    from saidwhat.claims import plain

    if fmt in ("json", "jsonl"):
        _emit_rows([plain(x) for x in items], fmt, columns)
    else:
        _emit_rows([flat(x) for x in items], fmt, columns, title=title)


def _short(text: str, n: int = 70) -> str:
    t = " ".join(text.split())
    return t if len(t) <= n else t[: n - 1] + "\u2026"


@app.command("claims")
def claims_cmd(
    sources: Optional[List[str]] = typer.Argument(None, help=SOURCES_HELP),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    date: Optional[str] = typer.Option(None, "--date", "-d", help="Publication date (YYYY-MM-DD) of the files read."),
    topic: Optional[str] = typer.Option(None, "--topic", "-t", help="Only claims whose label, statements or speakers mention this."),
    since: Optional[str] = typer.Option(None, "--since", help="Only statements said on or after this date."),
    min_statements: int = typer.Option(2, "--min-statements", "-m", min=1, help="Claims with at least this many statements (1 lists every statement)."),
    limit: int = typer.Option(50, "--limit", "-n", min=0, help="How many claims (0: all)."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, json, jsonl or csv."),
) -> None:
    """Claim clusters: statements about one proposition, each one's stance, the speakers on each side, first/last date."""
    from saidwhat.claims import claims, claims_from_hits

    _check_format(fmt, FORMATS)
    files = _check_sources(sources, db)
    since_d = _date(since, "--since")
    if files:
        arts = _read(files, date)
        found, n = claims(arts, min_size=min_statements), sum(len(a.statements) for a in arts)
    else:
        hits = _store_hits(db, since_d)
        found, n = claims_from_hits(hits, min_size=min_statements), len(hits)
    found = [c for c in found if _matches(topic, c.label, [s.ref for s in c.statements])
             and _since_ok(since_d, [s.ref for s in c.statements])]
    total = len(found)
    if limit:
        found = found[:limit]

    def flat(c):
        return {"claim": _short(c.label), "statements": len(c.statements), "supports": ", ".join(c.supporters),
                "denies": ", ".join(c.deniers), "qualifies": ", ".join(c.qualifiers), "first": c.first_date,
                "last": c.last_date, "id": c.id}

    _output(found, fmt, ["claim", "statements", "supports", "denies", "qualifies", "first", "last", "id"], flat,
            f"{total} claim(s) with at least {min_statements} statement(s), from {n} statement(s)"
            + (f" about {topic!r}" if topic else "") + (f", showing {len(found)}" if len(found) < total else ""))


@app.command("conflicts")
def conflicts_cmd(
    sources: Optional[List[str]] = typer.Argument(None, help=SOURCES_HELP),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    date: Optional[str] = typer.Option(None, "--date", "-d", help="Publication date (YYYY-MM-DD) of the files read."),
    since: Optional[str] = typer.Option(None, "--since", help="Only statements said on or after this date."),
    topic: Optional[str] = typer.Option(None, "--topic", "-t", help="Only conflicts whose claim or statements mention this."),
    min_confidence: float = typer.Option(0.6, "--min-confidence", min=0.0, max=1.0,
                                         help="Drop conflicts below this confidence (below 0.6 they were almost never "
                                              "right when checked by hand; 0 shows all)."),
    limit: int = typer.Option(50, "--limit", "-n", min=0, help="How many conflicts (0: all)."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, json, jsonl or csv."),
) -> None:
    """Statements that cannot both be true: the two sides, the reasons and a confidence, surest first."""
    from saidwhat.claims import claims, claims_from_hits, conflicts

    _check_format(fmt, FORMATS)
    files = _check_sources(sources, db)
    since_d = _date(since, "--since")
    found = claims(_read(files, date), min_size=2) if files else claims_from_hits(_store_hits(db, since_d), min_size=2)
    out = [x for x in conflicts(found) if x.confidence >= min_confidence
           and _matches(topic, x.label, x.side_a.statements + x.side_b.statements)
           and _since_ok(since_d, x.side_a.statements + x.side_b.statements)]
    total = len(out)
    if limit:
        out = out[:limit]

    def side(s):
        return "; ".join(f"{r.speaker or '?'}: {_short(r.text, 50)}" for r in s.statements[:3]) + \
            (f" (+{len(s.statements) - 3})" if len(s.statements) > 3 else "")

    def flat(x):
        refs = x.side_a.statements + x.side_b.statements
        dates = sorted(r.date for r in refs if r.date)
        span = f"{dates[0]}..{dates[-1]}" if dates and dates[0] != dates[-1] else (dates[0] if dates else None)
        if span and not any(r.date_from == "said" for r in refs):
            span += " (reported)"  # publication dates only: when it was said is not stated
        return {"confidence": x.confidence, "kind": x.kind, "reasons": ", ".join(x.reasons), "claim": _short(x.label, 50),
                "side_a": side(x.side_a), "side_b": side(x.side_b), "dates": span, "id": x.id}

    _output(out, fmt, ["confidence", "kind", "reasons", "claim", "side_a", "side_b", "dates"], flat,
            f"{total} conflict(s) among {len(found)} claim(s)" + (f", showing {len(out)}" if len(out) < total else ""))


@app.command("positions")
def positions_cmd(
    actor: str = typer.Argument(..., help="Actor name, alias or id (e.g. 'Russia')."),
    sources: Optional[List[str]] = typer.Argument(None, help=SOURCES_HELP),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    date: Optional[str] = typer.Option(None, "--date", "-d", help="Publication date (YYYY-MM-DD) of the files read."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, json, jsonl or csv."),
) -> None:
    """What an actor demands, proposes, promises, rejects or conditions, in date order, and how it changes."""
    from saidwhat.claims import positions, positions_in_store

    _check_format(fmt, FORMATS)
    files = _check_sources(sources, db)
    if files:
        out = positions(_read(files, date), actor)
        name = actor
    else:
        with _open(db) as st:
            who = st.actor(actor, limit=1).actor  # NotFoundError (exit 2) with suggestions when unknown
            out, name = positions_in_store(st, who.id, who.name), who.name

    def flat(p):
        return {"date": p.date, "kind": p.kind, "change": p.change, "text": _short(p.text, 80),
                "topic": _short(p.topic or "", 40), "article": p.evidence.article_id, "statement": p.evidence.statement_id}

    _output(out, fmt, ["date", "kind", "change", "text", "topic", "article", "statement"], flat,
            f"{len(out)} position(s) of {name}")


@eval_app.command("fnc1")
def eval_fnc1(
    directory: Path = typer.Argument(
        ..., help="FNC-1 CSV layout: train_bodies.csv + train_stances.csv and/or the competition_test pair."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write predictions here (Headline, Body ID, Stance)."),
    split: str = typer.Option(
        "dev", "--split", help="dev (the held-out 20 percent of bodies; all of a test set), train, all, or "
        "claims-dev / claims-train (split by claim; dev and claims-dev are scored by a model trained without them)."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Score only the first N pairs of the split."),
    model: Optional[Path] = typer.Option(None, "--model", help="Stance model file (default: the shipped one)."),
    fmt: str = typer.Option("table", "--format", "-f", help="table or json."),
) -> None:
    """FNC-1 weighted score and per-class F1 of the stance model: on the competition test files when the
    directory has them, else on the held-out dev split of the training files (scored by a model trained without it,
    built on first use and cached: the shipped model has seen every training pair)."""
    from saidwhat.eval.fnc1 import LABELS, evaluate, stances_path

    _check_format(fmt, ("table", "json"))
    sc, n = evaluate(directory, which=split, out=out, limit=limit, model_path=str(model) if model else None)
    scored = stances_path(directory, split).name
    if scored.startswith("train"):
        scored = f"{scored}, {split} split"
    if fmt == "json":
        d = sc.to_dict() if sc else {"n": n, "score": None}
        d["split"] = split
        d["stances"] = scored
        if out:
            d["predictions"] = str(out)
        sys.stdout.write(json.dumps(d, indent=2) + "\n")
        return
    if sc is None:
        print(f"{n} pairs predicted; the stances file has no labels, so no score" + (f"; wrote {out}" if out else ""))
        return
    print(f"FNC-1 {scored}: {sc.n} pairs, weighted score {sc.score:.2f} / {sc.max_score:.2f} = {sc.percent:.2f} %")
    print(f"F1: " + ", ".join(f"{k} {sc.f1[k]:.3f}" for k in LABELS) + f"; macro {sc.macro_f1:.3f}")
    rows = [{"gold \\ predicted": g, **{p: sc.confusion.get(g, {}).get(p, 0) for p in LABELS}} for g in LABELS]
    _emit_rows(rows, "table", ["gold \\ predicted", *LABELS], title="confusion")
    if out:
        print(f"wrote {out}")
