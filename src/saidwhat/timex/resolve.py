"""Turning a matched phrase into a TIMEX3 value: the context every rule resolves against.

A `Context` holds the publication date (dct), the tense source, and the expressions already resolved
in this document, so relative expressions ("a year earlier", "that day") can anchor on an earlier one.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from . import dates
from .tense import lexical_tense

#: what a relative value is when there is no publication date to resolve it against
UNKNOWN = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "M": "XXXX-XX", "Q": "XXXX-QX",
           "H": "XXXX-HX", "Y": "XXXX", "DE": "XXX", "CE": "XX"}
PUBLICATION = "publication"


@dataclass(slots=True)
class Norm:
    """A resolved expression before it gets its id: TIMEX3 type and value, and its anchor."""

    type: str
    value: str
    anchor: str | None = None
    #: a narrower extent than the match, when the rule matched context it does not annotate
    start: int | None = None
    end: int | None = None


@dataclass(slots=True)
class Resolved:
    start: int
    end: int
    norm: Norm
    id: str


@dataclass
class Context:
    text: str
    dct: dt.date | None
    tense_at: Callable[[int], str | None] | None = None
    found: list[Resolved] = field(default_factory=list)
    cache: dict = field(default_factory=dict)

    def direction(self, start: int, end: int) -> str | None:
        """"past", "future" or None for the verb governing text[start:end]."""
        key = (start, end)
        if key not in self.cache:
            self.cache[key] = self._direction(start, end)
        return self.cache[key]

    def _direction(self, start: int, end: int) -> str | None:
        t = None
        if self.tense_at is not None:
            try:
                t = self.tense_at(start)
            except Exception:  # a caller's tense source must never break time finding
                t = None
            if t in ("past", "future"):
                return t
        return lexical_tense(self.text, start, end)

    def reference(self, before: int, *, day: bool = False, window: int = 1500) -> Resolved | None:
        """The latest calendar-point expression before offset `before` (within `window` chars).

        `day`: only values at day granularity or finer (for "that day", a bare clock time).
        """
        for r in reversed(self.found):
            if r.start >= before:
                continue
            if before - r.end > window:
                break
            v = r.norm.value
            if r.norm.type not in ("DATE", "TIME") or not v[:4].isdigit():
                continue
            if day and not re.match(r"\d{4}-\d\d-\d\d", v):
                continue
            return r
        return None


def point(dct: dt.date | None, unit: str, n: int = 0) -> str:
    """The calendar unit containing dct, moved by n units: point(d, "W", -1) is last week."""
    if dct is None:
        return UNKNOWN.get(unit, "XXXX-XX-XX")
    try:
        if unit == "D":
            return (dct + dt.timedelta(days=n)).isoformat()
        if unit == "W":
            return dates.week_value(dct + dt.timedelta(weeks=n))
        if unit == "WE":
            return dates.week_value(dct + dt.timedelta(weeks=n)) + "-WE"
        if unit == "M":
            return dates.add_months(dct.replace(day=1), n).strftime("%Y-%m")
        if unit == "Q":
            k = dct.year * 4 + dates.quarter_of(dct) - 1 + n
            return f"{k // 4:04d}-Q{k % 4 + 1}"
        if unit == "H":
            k = dct.year * 2 + (dct.month - 1) // 6 + n
            return f"{k // 2:04d}-H{k % 2 + 1}"
        if unit == "Y":
            return f"{dct.year + n:04d}"
        if unit == "DE":
            return f"{dct.year // 10 + n:03d}"
        if unit == "CE":
            return f"{dct.year // 100 + n:02d}"
    except (OverflowError, ValueError):
        pass
    return UNKNOWN.get(unit, "XXXX-XX-XX")
