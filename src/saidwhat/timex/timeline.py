"""A timeline of what was said and done: statements by `said_on`, time expressions by their value.

Library half of `saidwhat timeline`: turns `Article`s into dated `TimelineItem`s and sorts them. Values
of different granularity ("2025-03-13", "2025-W11", "2025-03", "2025") sort by the day they begin, the
finer one first on a tie.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from saidwhat.model import Article

_SENT_END = re.compile(r"[.!?][\"'”’)]*\s+|\n")


@dataclass(frozen=True, slots=True)
class TimelineItem:
    """One line of a timeline. `kind` is "statement" (dated by said_on) or "event" (a dated expression)."""

    date: str
    kind: str
    doc_id: str
    speaker: str | None
    act: str | None
    text: str
    start: int
    end: int
    ref: str  # statement id or time-expression id


def value_start(value: str) -> tuple[dt.date, int] | None:
    """The first day a TIMEX3 value covers and its width rank (0 = a day or finer), or None when the
    value is no calendar point (PRESENT_REF, P3Y, XXXX-03-13)."""
    try:
        if m := re.match(r"(\d{4})-(\d\d)-(\d\d)", value):
            return dt.date(int(m[1]), int(m[2]), int(m[3])), 0
        if m := re.match(r"(\d{4})-W(\d\d)(-WE)?$", value):
            d = dt.date.fromisocalendar(int(m[1]), int(m[2]), 6 if m[3] else 1)
            return d, 1
        if m := re.match(r"(\d{4})-(\d\d)$", value):
            return dt.date(int(m[1]), int(m[2]), 1), 2
        if m := re.match(r"(\d{4})-Q([1-4])$", value):
            return dt.date(int(m[1]), 3 * int(m[2]) - 2, 1), 3
        if m := re.match(r"(\d{4})-H([12])$", value):
            return dt.date(int(m[1]), 6 * int(m[2]) - 5, 1), 3
        if m := re.match(r"(\d{4})-(SP|SU|FA|WI)$", value):
            return dt.date(int(m[1]), {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[m[2]], 1), 3
        if m := re.match(r"(\d{4})$", value):
            return dt.date(int(m[1]), 1, 1), 4
        if m := re.match(r"(\d{3})$", value):
            return dt.date(int(m[1]) * 10 or 1, 1, 1), 5
        if m := re.match(r"(\d{2})$", value):
            return dt.date(int(m[1]) * 100 or 1, 1, 1), 6
    except ValueError:
        return None
    return None


def sentence_around(text: str, start: int, end: int, width: int = 100) -> str:
    """The sentence holding text[start:end], cut to about `width` characters around the span."""
    s = 0
    for m in _SENT_END.finditer(text, 0, start):
        s = m.end()
    m = _SENT_END.search(text, end)
    e = m.start() + 1 if m else len(text)
    sent = " ".join(text[s:e].split())
    if len(sent) <= width:
        return sent
    rel = len(" ".join(text[s:start].split()))
    lo = max(0, min(rel - width // 3, len(sent) - width))
    return ("…" if lo > 0 else "") + sent[lo:lo + width].strip() + ("…" if lo + width < len(sent) else "")


def timeline_items(articles: Iterable[Article], *, events: bool = True) -> list[TimelineItem]:
    """Statements with a `said_on` and (with `events`) every time expression with a calendar value,
    in date order. Expressions that only date a statement (its `when`) are not repeated as events."""
    items: list[tuple[tuple, TimelineItem]] = []
    for art in articles:
        doc = art.document
        used = set()
        for st in art.statements:
            if st.when is not None:
                used.add((st.when.start, st.when.end))
            if not st.said_on:
                continue
            key = value_start(st.said_on)
            if key is None:
                continue
            speaker = (st.speaker.name or st.speaker.text) if st.speaker else None
            content = " ".join(st.content.text.split())
            if len(content) > 100:
                content = content[:99] + "…"
            items.append(((key[0], key[1], doc.id, st.content.start),
                          TimelineItem(st.said_on, "statement", doc.id, speaker, st.act, content,
                                       st.content.start, st.content.end, st.id)))
        if not events:
            continue
        for t in art.times:
            if (t.start, t.end) in used or t.type not in ("DATE", "TIME"):
                continue
            key = value_start(t.value)
            if key is None:
                continue
            items.append(((key[0], key[1], doc.id, t.start),
                          TimelineItem(t.value, "event", doc.id, None, None,
                                       sentence_around(doc.text, t.start, t.end), t.start, t.end, t.id)))
    items.sort(key=lambda kv: kv[0])
    return [it for _, it in items]
