"""Server-side highlighting of statements in an article's cleaned text.

The article page shows every statement in place: its content, speaker mention, cue and addressee in
distinct styles. Spans come from the reader as character offsets into `document.text`, and they overlap
freely — a content span can contain the speaker of another statement, two statements can share a cue,
a mixed quote can straddle another statement's content. HTML elements must nest, so overlapping spans
are rendered as several fragments: when an outer element has to close while an inner one is still
open, the inner one is closed and reopened right after (the usual "split on crossing" rule).

Every piece of text and every attribute value is escaped here; the result is `Markup` that templates
can insert as is. Stripping the tags and unescaping gives back the text exactly (a property test pins
this), so nothing of the article is lost or duplicated.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from markupsafe import Markup, escape

from ..model import Statement

#: roles in nesting order when two spans cover the same characters: content outermost, cue innermost
ROLES: tuple[str, ...] = ("content", "addressee", "speaker", "cue")
_RANK = {r: i for i, r in enumerate(ROLES)}


@dataclass(frozen=True, slots=True)
class Mark:
    """One highlighted span: `text[start:end]` plays `role` in statement number `index` (id `sid`)."""

    start: int
    end: int
    role: str
    sid: str
    index: int
    title: str


def statement_title(st: Statement) -> str:
    """The one-line summary shown on hover: who, which act, to whom, when."""
    who = (st.speaker.name or st.speaker.text) if st.speaker else "unknown speaker"
    parts = [f"{who} — {st.act}"]
    if st.addressee is not None:
        parts.append(f"to {st.addressee.name or st.addressee.text}")
    if st.said_on:
        parts.append(f"on {st.said_on}")
    parts.append(f"({st.kind})")
    return " ".join(parts)


def marks_for(text: str, statements: Iterable[Statement]) -> list[Mark]:
    """Every span of every statement that lies inside `text`; spans out of range are clipped or dropped."""
    n = len(text)
    out: list[Mark] = []
    for i, st in enumerate(statements):
        title = statement_title(st)
        pieces = (("content", st.content), ("addressee", st.addressee), ("speaker", st.speaker), ("cue", st.cue))
        for role, span in pieces:
            if span is None:
                continue
            start, end = max(0, int(span.start)), min(n, int(span.end))
            if start < end:
                out.append(Mark(start, end, role, st.id, i, title))
    return out


def _open_tag(m: Mark, first: bool, anchor: str | None) -> str:
    cls = f"sw-hl sw-{m.role}" + ("" if first else " sw-cont")
    ident = f' id="{escape(anchor + m.sid)}"' if anchor is not None and first and m.role == "content" else ""
    return (f'<span{ident} class="{cls}" data-s="{escape(m.sid)}" data-role="{m.role}" '
            f'title="{escape(m.title)}">')


def render_highlights(text: str, statements: Iterable[Statement], *, anchor: str | None = "st-") -> Markup:
    """`text` as escaped HTML with each statement's spans wrapped in `<span class="sw-hl sw-ROLE">`.

    Elements carry `data-s` (the statement id) so the page script can link a highlight to its entry
    in the statement list, and a `title` for hover without script. Fragments after the first of a
    split span get the extra class `sw-cont`. The first fragment of each content span gets
    `id="{anchor}{statement id}"` so search results can link to the evidence (`anchor=None`: no ids).
    """
    marks = marks_for(text, statements)
    if not marks:
        return Markup(escape(text))
    starts: dict[int, list[Mark]] = {}
    for m in marks:
        starts.setdefault(m.start, []).append(m)
    bounds = sorted({0, len(text)} | {m.start for m in marks} | {m.end for m in marks})
    out: list[str] = []
    stack: list[Mark] = []
    opened: set[int] = set()  # id() of marks whose first fragment was emitted
    for a, b in zip(bounds, bounds[1:]):
        # close what ends here; anything opened above a closing element is closed and reopened
        low = next((i for i, m in enumerate(stack) if m.end <= a), None)
        if low is not None:
            popped = stack[low:]
            del stack[low:]
            out.append("</span>" * len(popped))
            for m in popped:
                if m.end > a:
                    stack.append(m)
                    out.append(_open_tag(m, first=False, anchor=anchor))
        # open what starts here, longest first so it nests outside the shorter ones
        for m in sorted(starts.get(a, ()), key=lambda m: (-m.end, _RANK[m.role], m.index)):
            stack.append(m)
            out.append(_open_tag(m, first=id(m) not in opened, anchor=anchor))
            opened.add(id(m))
        out.append(str(escape(text[a:b])))
    out.append("</span>" * len(stack))
    return Markup("".join(out))


__all__ = ["ROLES", "Mark", "marks_for", "render_highlights", "statement_title"]
