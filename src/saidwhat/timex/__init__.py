"""Time expressions in news text: found, typed and normalised as TIMEX3 against the publication date.

    >>> from saidwhat.timex import find_times
    >>> [(t.text, t.type, t.value) for t in find_times("Talks will resume next week.", date(2025, 3, 13))]
    [('next week', 'DATE', '2025-W12')]

Regex grammar only (no spaCy), so the reader can call it once per article at little cost. The rules
live in `grammar.py`; values are resolved in document order so that "a year earlier" or "that day"
can anchor on an earlier expression (`TimeExpr.anchor` is then that expression's id; "publication"
when resolved against the publication date; None when the text alone fixes the value).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from saidwhat.model import TimeExpr

from .grammar import RULES, TOKEN, trigger_classes
from .resolve import Context, Resolved

__all__ = ["find_times", "parse_dct"]


_BEFORE, _AFTER = 70, 50  # window margins around a trigger word: the longest prefix seen is ~55 chars


def _windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """Character windows around each trigger class's words, widened to whitespace."""
    hits: dict[str, list[tuple[int, int]]] = {}
    n = len(text)
    for m in TOKEN.finditer(text):
        classes = trigger_classes(text, m)
        if not classes:
            continue
        s = max(0, m.start() - _BEFORE)
        e = min(n, m.end() + _AFTER)
        if s > 0:
            s = max(text.rfind(" ", 0, s), text.rfind("\n", 0, s)) + 1
        if e < n:
            sp, nl = text.find(" ", e), text.find("\n", e)
            e = min(x for x in (sp, nl, n) if x >= 0)
        for k in classes.split():
            hits.setdefault(k, []).append((s, e))
    return hits


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans.sort()
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s <= out[-1][1]:
            if e > out[-1][1]:
                out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _matches(r, text: str, hits: dict[str, list[tuple[int, int]]]):
    spans = _merge([w for k in r.triggers for w in hits.get(k, ())])
    for s, e in spans:
        yield from r.regex.finditer(text, s, e)


def _candidates(text: str) -> list[tuple[int, int, int, int, object, object]]:
    out = []
    hits = _windows(text)
    for order, r in enumerate(RULES):
        for m in _matches(r, text, hits):
            s, e = m.span()
            # trim trailing whitespace/commas a pattern may have swallowed
            while e > s and text[e - 1] in " \t\n,":
                e -= 1
            if e > s:
                out.append((s, e, r.priority, -order, r, m))
    return out


def _select(cands: list, ctx: Context) -> list:
    """Longest non-overlapping candidates that their rule accepts, leftmost first among equals.

    A handler may reject a candidate that only looked like time ("the Oct." of "the Oct. 23 vote"
    is not "the October"); a shorter overlapping candidate then gets its chance. Acceptance is
    checked against a scratch context (no earlier expressions), values are computed later in order.
    """
    cands.sort(key=lambda c: (-(c[1] - c[0]), -c[2], c[0], -c[3]))
    scratch = Context(text=ctx.text, dct=ctx.dct, tense_at=ctx.tense_at, cache=ctx.cache)
    taken: list[tuple[int, int]] = []
    chosen = []
    for c in cands:
        s, e = c[0], c[1]
        if any(s < te and ts < e for ts, te in taken):
            continue
        if _run(c, scratch) is None:
            continue
        taken.append((s, e))
        chosen.append(c)
    chosen.sort(key=lambda c: c[0])
    return chosen


def _run(c, ctx: Context):
    try:
        return c[4].handler(c[5], ctx)
    except (ValueError, OverflowError, KeyError, IndexError, TypeError, AttributeError):
        return None


def find_times(text: str, dct: dt.date | None, *, tense_at: Callable[[int], str | None] | None = None
               ) -> list[TimeExpr]:
    """Every time expression in `text`, in order, typed (DATE, TIME, DURATION, SET) and normalised.

    `dct` is the publication date; without it relative expressions get "XXXX-..." values.
    `tense_at(offset)` may say "past"/"present"/"future" for the verb governing the expression at
    that offset; without it a lexical guess from the clause is used. Never raises on odd input:
    impossible dates get X's in their value.
    """
    if not text:
        return []
    if isinstance(dct, dt.datetime):
        dct = dct.date()
    ctx = Context(text=text, dct=dct, tense_at=tense_at)
    out: list[TimeExpr] = []
    for c in _select(_candidates(text), ctx):
        norm = _run(c, ctx)
        if norm is None:
            continue
        s = norm.start if norm.start is not None else c[0]
        e = norm.end if norm.end is not None else c[1]
        tid = f"t{len(out) + 1}"
        out.append(TimeExpr(text=text[s:e], start=s, end=e, type=norm.type, value=norm.value,
                            anchor=norm.anchor, id=tid))
        ctx.found.append(Resolved(s, e, norm, tid))
    return out


def parse_dct(value: str | dt.date | None) -> dt.date | None:
    """A publication date from "2025-03-13", "2025-03-13T10:00" or a date; None passes through.

    Raises `DateError` naming the value when it is not an ISO date.
    """
    from saidwhat.errors import DateError

    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise DateError(f"cannot read the date {value!r}: expected an ISO date such as 2025-03-13") from None
