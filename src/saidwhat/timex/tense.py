"""A lexical guess at the tense governing a time expression, for when the caller has no parse.

"said on Friday" is a past Friday, "will meet on Friday" the next one. The reader passes spaCy's
verb tense through `tense_at`; without it we look at the nearest verb-like word in the same clause:
the last one before the expression, else the first one after it.
"""
from __future__ import annotations

import re

_FUTURE = (r"will|won't|wo|'ll|shall|going\s+to|gonna|is\s+to|are\s+to|was\s+to|were\s+to|would|plans?|planning|"
           r"planned|intends?|intended|scheduled|slated|due|expects?|expected|set\s+to|upcoming|tomorrow|"
           r"next|soon|hopes?\s+to|aims?\s+to|until|till")
_PAST_IRREGULAR = (
    "said|told|was|were|had|did|ago|last|met|began|came|went|left|took|made|gave|found|held|sent|got|saw|"
    "won|lost|fell|rose|hit|led|ran|spoke|wrote|sold|bought|paid|struck|shot|broke|brought|built|caught|"
    "chose|drew|drove|fought|flew|forgot|froze|grew|heard|hid|hung|kept|knew|laid|lay|meant|put|quit|read|"
    "rang|sang|sank|sat|set|shook|shut|slept|split|spent|spread|stood|stole|stuck|swore|taught|thought|"
    "threw|understood|woke|wore|wound|felt|dealt|became|overcame|withdrew|undertook|yesterday|earlier|"
    "previously|recently|already|has|have")
_FUTURE_ED = {"expected", "scheduled", "planned", "intended", "slated", "proposed", "anticipated", "supposed"}
_MARKER = re.compile(rf"(?i)(?<![\w'])(?:(?P<fut>{_FUTURE})|(?P<past>{_PAST_IRREGULAR}|[a-z]{{2,}}ed))(?![\w'])")
_CLAUSE_END = re.compile(r"[.;:!?\n\"“”]|--|,\s+(?:and|but|while|when|as|after|before)\s")
_WINDOW = 90  # characters each side looked at; a clause in news rarely spans more before its time word


def lexical_tense(text: str, start: int, end: int) -> str | None:
    """"past", "future" or None (no evidence) for the expression at text[start:end]."""
    left = text[max(0, start - _WINDOW):start]
    cut = None
    for cut in _CLAUSE_END.finditer(left):
        pass
    if cut is not None:
        left = left[cut.end():]
    for m in reversed(list(_MARKER.finditer(left))):
        t = _kind(m)
        if t:
            return t
    right = text[end:end + _WINDOW]
    stop = _CLAUSE_END.search(right)
    if stop:
        right = right[:stop.start()]
    for m in _MARKER.finditer(right):
        t = _kind(m)
        if t:
            return t
    return None


_NOT_VERBS = {"red", "bed", "need", "speed", "seed", "feed", "breed", "indeed", "creed", "shed", "wed", "led",
              "hundred", "based", "related", "united", "limited", "advanced", "armed", "detailed", "named",
              "proceed", "succeed", "exceed", "freed", "agreed", "greed", "weed", "reed", "deed"}


_PAST_AUX = re.compile(r"(?i)\b(?:was|were|had\s+been|had)\s+$")


def _kind(m: re.Match) -> str | None:
    if m["fut"] or m["past"].lower() in _FUTURE_ED:
        # "was scheduled to expire Friday", "was to meet Friday": a future seen from the past is past
        # by publication time more often than not in news
        before = m.string[max(0, m.start() - 12):m.start()]
        if _PAST_AUX.search(before) or (m["fut"] or "").lower().startswith(("was", "were")):
            return "past"
        return "future"
    w = m["past"].lower()
    if w in _NOT_VERBS and w not in ("led", "agreed", "freed"):
        return None
    return "past"
