"""Words of time: month and weekday names, number words, units, and the regex fragments built from them.

The grammar (`grammar.py`) composes these fragments; keeping the vocabulary here lets tests and the
grammar agree on one spelling list.
"""
from __future__ import annotations

import re

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thurs": 3, "thu": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}
SEASON = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PART_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "midday": "MI"}

UNITS = {
    "second": "S", "minute": "MIN", "hour": "H", "day": "D", "night": "D", "week": "W", "fortnight": "F",
    "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE", "centurie": "CE",
    "weekend": "WE",
}
TIME_UNITS = {"S", "M", "H"}  # inside the T part of a duration when the unit word is second/minute/hour

ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30,
}
#: vague quantities: a duration over them has an X for its number ("several years" -> PXY)
VAGUE = {"several", "many", "some", "few", "a few", "a couple of", "couple of", "numerous", "dozens of",
         "hundreds of", "thousands of", "a number of", "countless", "multiple"}


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


# Case-sensitive month names (the grammar runs case-insensitive; "may" and "march" the verbs stay out).
MONTH = (r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December|"
         r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.|Jan|Feb|Aug|Sept|Oct|Nov|Dec|"
         r"JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)")
WEEKDAY = (r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
           r"MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|Mon\.|Tues\.|Tue\.|Wed\.|Thurs\.|Thu\.|Fri\.|Sat\.|Sun\.)")
ORDINAL_WORD = _alt(ORDINALS)
DAY = rf"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)|(?:twenty|thirty)[\s-](?:{ORDINAL_WORD})|{ORDINAL_WORD}"
YEAR = r"(?:1[0-9]\d\d|20\d\d|21\d\d)(?![\d,.]\d)|'\d\d(?!\w)"
_NUMW = rf"(?:(?:{_alt(TENS)})(?:[\s-](?:{_alt(k for k in ONES if 0 < ONES[k] < 10)}))?|{_alt(ONES)})"
NUMBER = (rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?:a|one|two|three|four|five)\s+hundred|hundreds\s+of|"
          rf"thousands\s+of|dozens\s+of|a\s+dozen|a\s+couple\s+of|a\s+few|couple\s+of|a\s+number\s+of|"
          rf"{_NUMW}(?:[\s-]+(?:hundred|thousand))?(?:\s+and\s+a\s+half)?|several|many|some|few|numerous|multiple|countless|a|an|half\s+an?)")
UNIT = (r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|"
        r"decades?|century|centuries)")
SEASONS = r"(?:spring|summer|fall|autumn|winter)"
POD = r"(?:morning|afternoon|evening|night)"


def parse_number(s: str) -> float | None:
    """The number a number phrase denotes; None for vague ones ("several", "a few")."""
    s = re.sub(r"\s+", " ", s.strip().lower())
    if s in VAGUE:
        return None
    half = 0.0
    if s.endswith(" and a half"):
        s, half = s[: -len(" and a half")], 0.5
    if s in ("a", "an", "one"):
        return 1 + half
    if s.startswith("half a"):
        return 0.5
    if re.fullmatch(r"[\d,]+(\.\d+)?", s):
        try:
            return float(s.replace(",", "")) + half
        except ValueError:
            return None
    if s == "a dozen":
        return 12
    total = 0
    for part in re.split(r"[\s-]+", s):
        if part in ONES:
            total += ONES[part]
        elif part in TENS:
            total += TENS[part]
        elif part == "hundred":
            total = max(total, 1) * 100
        elif part == "thousand":
            total = max(total, 1) * 1000
        elif part in ("a", "and"):
            continue
        else:
            return None
    return total + half


def fmt_number(n: float | None) -> str:
    if n is None:
        return "X"
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def weekday_number(word: str) -> int:
    return WEEKDAYS[word.lower().rstrip(".")]


def ordinal_number(word: str) -> int | None:
    w = re.sub(r"[\s-]+", " ", word.lower())
    if w in ORDINALS:
        return ORDINALS[w]
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)?", w)
    if m:
        return int(m[1])
    parts = w.split(" ")
    if len(parts) == 2 and parts[0] in TENS and parts[1] in ORDINALS:
        return TENS[parts[0]] + ORDINALS[parts[1]]
    return None
