"""The grammar of news time: one regex per family of expressions, and the function that normalises it.

Extents follow TimeML as annotated in TimeBank/AQUAINT (the TempEval-3 training data): determiners
and modifiers belong to the expression ("the third quarter", "the past three months", "early next
year", "nearly forty years"), prepositions do not ("on Friday" -> "Friday").

Each `Rule` finds candidates; `find` keeps the longest non-overlapping ones and `Context` resolves
them in document order. A handler returns a `Norm`, or None to drop a candidate that only looked
like time ("a quarter of voters", "May" the verb).
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from . import dates
from .lexicon import (
    DAY, MONTH, NUMBER, PART_OF_DAY, POD, SEASON, SEASONS, UNIT, UNITS, WEEKDAY, YEAR, fmt_number,
    month_number, ordinal_number, parse_number, weekday_number,
)
from .resolve import PUBLICATION, UNKNOWN, Context, Norm, point

B = r"(?<![\w$£€#%/'’.,-])"  # left edge: not inside a word, a number, an amount or a path
E = r"(?![\w-]|[.,:/]\d|%)"  # right edge
PFX = (r"(?:(?P<pfx>early|late|mid|earlier|later|(?:the\s+)?(?:end|beginning|start|middle|rest|remainder|close|"
       r"turn|first\s+half|second\s+half|last\s+half|first\s+part|bulk)\s+of)[\s-]+)?")


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    regex: re.Pattern
    handler: Callable[[re.Match, Context], Norm | None]
    priority: int = 0  # breaks ties between same-length candidates (higher wins)
    triggers: tuple[str, ...] = ()  # trigger classes (TRIGGER group names): the rule only runs near one


RULES: list[Rule] = []

#: Trigger classes by word. Every match of a rule contains a word of one of its classes, so each rule's
#: big regex only runs in small windows around such words: one `\w+` pass and dict look-ups instead
#: of 18 full scans (the full scans took 12 ms per TempEval document, the windows ~2 ms).
_TRIGGER_WORDS: dict[str, str] = {}
for _cls, _words in {
    "MON": "January February March April May June July August September October November December Jan Feb Mar "
           "Apr Jun Jul Aug Sep Sept Oct Nov Dec",
    "WD": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thurs Fri Sat Sun",
    "YR": "nineteen thousand twenties thirties forties fifties sixties seventies eighties nineties",
    "CLOCK": "noon midnight midday clock",
    "REL": "today tonight yesterday tomorrow",
    "UNIT": "second seconds minute minutes hour hours day days night nights week weeks weekend weekends fortnight "
            "fortnights month months quarter quarters year years decade decades century centuries",
    "CENT": "century",
    "POD": "morning afternoon evening night overnight mid midday midmorning midafternoon mornings nights evenings",
    "QTR": "quarter quarters half period",
    "FUZ": "now current currently nowadays present presently moment recent recently lately past previous "
           "previously formerly future soon someday some later",
    "SET": "every each per once twice times daily weekly monthly annually yearly quarterly hourly nightly biweekly "
           "bimonthly semiannually biannually fortnightly",
    "SEASON": "spring summer fall autumn winter season",
    "HOL": "Christmas New Thanksgiving Easter Good Halloween Independence Labor Labour Memorial Valentine Boxing "
           "Veterans",
}.items():
    for _w in _words.split():
        _key = _w if _cls in ("MON", "WD", "HOL") else _w.lower()
        _TRIGGER_WORDS[_key] = (_TRIGGER_WORDS.get(_key, "") + " " + _cls).strip()
for _w in ("quarterly", "midday"):
    _TRIGGER_WORDS[_w] += " UNIT"
TOKEN = re.compile(r"\w+")
_DIGITS = re.compile(r"\d+(?:st|nd|rd|th|s)?$")


def trigger_classes(text: str, m: re.Match) -> str:
    """The trigger classes of the token `m` ("" when it triggers nothing)."""
    w = m.group()
    c = _TRIGGER_WORDS.get(w)  # exact: "March" (month), "now"
    if c is None:
        c = _TRIGGER_WORDS.get(w.lower())  # "Today", "YEARS"; "may" stays out (months are stored capitalised)
        if c is None and w.isupper():
            c = _TRIGGER_WORDS.get(w.capitalize())  # "MARCH"
    if c is not None:
        return c
    if w[0].isdigit() and _DIGITS.match(w):
        e = m.end()
        nxt = text[e:e + 12]
        out = []
        if len(w) == 4 or w.endswith("s") or text[m.start() - 1:m.start()] in ("'", "’"):
            out.append("YR")
        if nxt[:1] in ("-", "/") or text[m.start() - 1:m.start()] in ("-", "/"):
            out.append("DIG")
        if re.match(r"(?:[:.]\d\d)?\s*(?:[ap]\.?m\b|[AP]\.?M\b)|:\d\d|\s+in\s+the\s|\s+o'clock", nxt):
            out.append("CLOCK")
        if w.endswith(("st", "nd", "rd", "th")):
            out.append("CENT")
        return " ".join(out)
    return ""


def rule(name: str, pattern: str, priority: int = 0, triggers: str = ""):
    def deco(fn):
        RULES.append(Rule(name, re.compile(pattern, re.I), fn, priority, tuple(triggers.split())))
        return fn
    return deco


def _year(s: str | None, dct: dt.date | None) -> int | None:
    if not s:
        return None
    s = s.strip()
    if s.startswith(("'", "’")):
        yy = int(s[1:])
        century = (dct.year // 100) * 100 if dct else 1900
        y = century + yy
        if dct and y > dct.year + 20:
            y -= 100
        return y
    return int(s)


def _ymd(y: int | None, m: int, d: int | None) -> str:
    ys = f"{y:04d}" if y is not None and 0 < y <= 9999 else "XXXX"
    if d is None:
        return f"{ys}-{m:02d}"
    if y is not None and dates.safe_date(y, m, d) is None or not 1 <= d <= 31:
        return f"{ys}-{m:02d}-XX" if 1 <= d <= 31 else f"{ys}-{m:02d}"
    if y is None and dates.safe_date(2000, m, d) is None:  # 2000 is a leap year: only Feb 30/31 etc fail
        return f"XXXX-{m:02d}-XX"
    return f"{ys}-{m:02d}-{d:02d}"


def _pod(word: str | None) -> str:
    return PART_OF_DAY.get((word or "").lower(), "")


# --- absolute and year-less calendar dates --------------------------------------------------------------------

@rule("date", rf"{B}{PFX}(?:(?P<wd>{WEEKDAY}),?\s+)?(?:"
      rf"(?P<m1>{MONTH})\s*(?P<d1>{DAY})(?:(?:,\s*|\s+)(?P<y1>{YEAR}))?"
      rf"|(?:the\s+)?(?P<d2>{DAY})\s+(?:of\s+)?(?P<m2>{MONTH})(?:,?\s+(?P<y2>{YEAR}))?"
      rf"|(?P<m3>{MONTH}),?\s+(?:of\s+)?(?P<y3>{YEAR})"
      rf"|(?P<m4>{MONTH})(?:\s+(?P<ly>last|this|next)\s+year)?)"
      rf"(?:[\s-](?P<pod>{POD}))?{E}", triggers="MON")
def _date(m: re.Match, ctx: Context) -> Norm | None:
    month = m["m1"] or m["m2"] or m["m3"] or m["m4"]
    mo = month_number(month)
    day_s = m["d1"] or m["d2"]
    day = ordinal_number(day_s) if day_s else None
    if day_s and day is None:
        return None
    if m["m4"]:
        word = m["m4"]
        if word in ("May", "March") and not m["ly"] and not m["pfx"]:
            before = ctx.text[max(0, m.start() - 12):m.start()].lower().split()
            if not before or before[-1] not in ("in", "since", "by", "until", "till", "through", "of", "from",
                                                "during", "before", "after", "early", "late", "mid", "last",
                                                "next", "this", "to", "and", "or", "between", "that", "each"):
                return None
        if word.endswith(".") is False and len(word) <= 4 and word not in ("May", "June", "July"):
            return None  # bare abbreviations ("Jan", "Dec") are too often names
    y = _year(m["y1"] or m["y2"] or m["y3"], ctx.dct)
    pod = _pod(m["pod"])
    if y is not None:
        v = _ymd(y, mo, day)
        return Norm("TIME" if pod else "DATE", v + (f"T{pod}" if pod and day else ""), None)
    dct = ctx.dct
    if m["ly"]:
        n = {"last": -1, "this": 0, "next": 1}[m["ly"].lower()]
        return Norm("DATE", _ymd(dct.year + n if dct else None, mo, day), PUBLICATION)
    if dct is None:
        return Norm("DATE", _ymd(None, mo, day), None)
    direction = ctx.direction(m.start(), m.end())
    if day is None:
        return Norm("DATE", f"{dates.month_near(dct, mo, direction):04d}-{mo:02d}", PUBLICATION)
    d = dates.month_day_near(dct, mo, day, direction) or dates.month_day_near(dct, mo, day, "")
    if d is None:
        return Norm("DATE", _ymd(None, mo, day), PUBLICATION)
    return Norm("TIME" if pod else "DATE", d.isoformat() + (f"T{pod}" if pod else ""), PUBLICATION)


@rule("isodate", rf"{B}(?P<y>\d{{4}})-(?P<m>\d\d)-(?P<d>\d\d){E}"
      rf"|{B}(?P<m2>1[0-2]|0?[1-9])/(?P<d2>3[01]|[12]\d|0?[1-9])/(?P<y2>\d{{4}}|\d\d){E}", triggers="DIG")
def _isodate(m: re.Match, ctx: Context) -> Norm | None:
    if m["y"]:
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    else:
        y, mo, d = int(m["y2"]), int(m["m2"]), int(m["d2"])
        if y < 100:
            y += 2000 if y < 50 else 1900
    if not 1 <= mo <= 12:
        return None
    return Norm("DATE", _ymd(y, mo, d), None)


_WORD_YEAR = (r"nineteen[\s-](?:hundred\s+and\s+)?(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
              r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|"
              r"fifteen|sixteen|seventeen|eighteen|nineteen)|two\s+thousand(?:\s+and\s+(?:one|two|three|four|five|"
              r"six|seven|eight|nine|ten))?")


@rule("year", rf"{B}{PFX}(?:(?P<fy>fiscal|FY|fiscal\s+year|financial\s+year|calendar|calendar\s+year)"
      rf"[\s-]*|(?P<ty>the\s+year)\s+)?(?P<y>1[5-9]\d\d|20\d\d|{_WORD_YEAR}){E}", triggers="YR")
def _yearrule(m: re.Match, ctx: Context) -> Norm | None:
    ys = m["y"]
    if ys[0].isdigit():
        y = int(ys)
    else:
        from .lexicon import parse_number
        words = re.split(r"[\s-]+", ys.lower())
        if words[0] == "two":
            y = 2000 + (int(parse_number(" ".join(words[3:])) or 0) if len(words) > 3 else 0)
        else:
            rest = [w for w in words[1:] if w not in ("hundred", "and")]
            y = 1900 + int(parse_number(" ".join(rest)) or 0)
    if not (m["fy"] or m["ty"] or m["pfx"]) and ys[0].isdigit() and not _year_context(m, ctx.text):
        return None
    return Norm("DATE", f"{y:04d}", None)


_NOT_YEAR_AFTER = re.compile(
    r"\s*(?:[-–]\s*\d|(?:shares?|people|persons|men|women|troops|soldiers|votes?|tons?|units?|cars?|jobs|acres|"
    r"feet|miles|meters|metres|kilometers|pounds|dollars|yen|euros?|barrels|points|members|workers|employees|"
    r"students|cases|deaths|homes|houses|words|copies|marks|francs|rupees|pesos|cents|hours|minutes|seconds|"
    r"days|st\b|nd\b|rd\b|th\b))", re.I)
_NOT_YEAR_BEFORE = re.compile(r"(?:\b(?:No|Nos|number|Room|Route|Flight|Article|page|pages|Section|Rule|"
                              r"Resolution|about|nearly|some|around|over|than|of|to|and)\.?\s*$|[$£€#]\s*$)", re.I)


def _year_context(m: re.Match, text: str) -> bool:
    """A bare four-digit number is a year unless its neighbours make it a count or a label."""
    after = text[m.end():m.end() + 16]
    if _NOT_YEAR_AFTER.match(after):
        return False
    before = text[max(0, m.start() - 12):m.start()]
    if _NOT_YEAR_BEFORE.search(before):
        # "of 1990", "to 1990" are years when the number is in a plausible range and followed by punctuation
        word = before.strip().split()[-1].lower() if before.strip() else ""
        if word in ("of", "to", "and") and re.match(r"\s*(?:[,.;)]|$|\s+(?:and|to|when|until|at)\b)", after):
            return True
        return False
    return True


@rule("decade", rf"{B}(?:(?P<the>the)\s+)?(?:(?P<mod>early|late|mid)[\s-]+)?(?:(?P<dec>(?:1[5-9]|20)\d0)'?s"
      rf"|'(?P<dec2>\d0)s|(?P<decw>(?:nineteen\s+)?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)))"
      rf"{E}", triggers="YR")
def _decade(m: re.Match, ctx: Context) -> Norm | None:
    if m["dec"]:
        return Norm("DATE", m["dec"][:3], None)
    word = m["dec2"] or m["decw"]
    if m["decw"] and not m["the"] and not m["decw"].lower().startswith("nineteen"):
        return None  # "in his forties" is an age
    if m["dec2"]:
        dd = int(m["dec2"]) // 10
    else:
        dd = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
              "eighties": 8, "nineties": 9}[word.split()[-1].lower()]
    return Norm("DATE", f"19{dd}", None)


@rule("century", rf"{B}(?:the\s+)?(?:(?P<mod>early|late|mid)[\s-]+)?(?P<n>\d{{1,2}}(?:st|nd|rd|th)|"
      rf"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
      rf"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[\s-]first))[\s-]century{E}", triggers="CENT")
def _century(m: re.Match, ctx: Context) -> Norm | None:
    n = ordinal_number(m["n"])
    if not n or n > 30:
        return None
    return Norm("DATE", f"{n - 1:02d}", None)


# --- days relative to publication -------------------------------------------------------------------------------

_DAYREL = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
           "the day after tomorrow": 2}


@rule("dayrel", rf"{B}{PFX}(?P<rd>today|tonight|yesterday|tomorrow|the\s+day\s+before\s+yesterday|"
      rf"the\s+day\s+after\s+tomorrow)(?:[\s-](?P<pod>{POD}))?{E}", triggers="REL")
def _dayrel(m: re.Match, ctx: Context) -> Norm | None:
    rd = re.sub(r"\s+", " ", m["rd"].lower())
    pod = _pod(m["pod"]) or ("NI" if rd == "tonight" else "")
    v = point(ctx.dct, "D", _DAYREL[rd])
    if pod:
        return Norm("TIME", v + "T" + pod, PUBLICATION)
    return Norm("DATE", v, PUBLICATION)


@rule("partofday", rf"{B}{PFX}(?P<det>this|last|the|tomorrow|yesterday|that)\s+(?P<pod>{POD}){E}|{B}(?P<over>overnight){E}"
      rf"|{B}(?P<mid>mid[\s-]?(?:morning|afternoon|day)){E}", triggers="POD")
def _partofday(m: re.Match, ctx: Context) -> Norm | None:
    if m["over"]:
        if ctx.text[m.end():m.end() + 1] == "-":
            return None
        return Norm("TIME", point(ctx.dct, "D", -1) + "TNI", PUBLICATION)
    if m["mid"]:
        w = m["mid"].lower()
        if w.endswith("day"):
            return Norm("TIME", point(ctx.dct, "D") + "T12:00", PUBLICATION)
        return Norm("TIME", point(ctx.dct, "D") + "T" + _pod(re.sub(r"^mid[\s-]?", "", w)), PUBLICATION)
    det = m["det"].lower()
    pod = _pod(m["pod"])
    if det in ("this", "tomorrow", "yesterday"):
        n = {"this": 0, "tomorrow": 1, "yesterday": -1}[det]
        if det == "this" and pod == "NI":
            n = 0
        return Norm("TIME", point(ctx.dct, "D", n) + "T" + pod, PUBLICATION)
    if det == "last":
        if pod != "NI":
            return Norm("TIME", point(ctx.dct, "D", -1) + "T" + pod, PUBLICATION)
        return Norm("TIME", point(ctx.dct, "D", -1) + "TNI", PUBLICATION)
    if pod == "NI" and det == "the":
        return None  # "the night" alone is rarely a time in news ("spent the night")
    ref = ctx.reference(m.start(), day=True, window=400)
    if ref is not None:
        return Norm("TIME", ref.norm.value[:10] + "T" + pod, ref.id)
    return Norm("TIME", point(ctx.dct, "D") + "T" + pod, PUBLICATION)


@rule("nightof", rf"{B}(?:the\s+)?(?P<pod>{POD})\s+of\s+(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<m>{MONTH})\s*(?P<d>{DAY})"
      rf"(?:,?\s+(?P<y>{YEAR}))?{E}", priority=1, triggers="MON")
def _nightof(m: re.Match, ctx: Context) -> Norm | None:
    day = ordinal_number(m["d"])
    if day is None:
        return None
    mo = month_number(m["m"])
    y = _year(m["y"], ctx.dct)
    if y is None and ctx.dct is not None:
        d = dates.month_day_near(ctx.dct, mo, day, ctx.direction(m.start(), m.end()) or "past")
        y = d.year if d else None
    return Norm("TIME", _ymd(y, mo, day) + "T" + _pod(m["pod"]), None if m["y"] else PUBLICATION)


# --- weekdays ---------------------------------------------------------------------------------------------------

@rule("weekday", rf"{B}{PFX}(?:(?P<det>last|next|this|coming|this\s+coming|this\s+past|past|the\s+following|"
      rf"the\s+next|the\s+previous)\s+)?(?P<wd>{WEEKDAY})(?P<pl>s)?(?:[\s-](?P<pod>{POD})s?)?{E}", triggers="WD")
def _weekday(m: re.Match, ctx: Context) -> Norm | None:
    wd = weekday_number(m["wd"])
    pod = _pod(m["pod"])
    det = re.sub(r"\s+", " ", (m["det"] or "").lower())
    if m["pl"]:
        return Norm("SET", f"XXXX-WXX-{wd + 1}" + (f"T{pod}" if pod else ""), None)
    dct = ctx.dct
    if dct is None:
        return Norm("TIME" if pod else "DATE", f"XXXX-WXX-{wd + 1}" + (f"T{pod}" if pod else ""), None)
    if det in ("last", "this past", "past", "the previous"):
        d = dates.weekday_near(dct - dt.timedelta(days=1), wd, "past")
        if det == "last" and (dct - d).days < 2 and ctx.direction(m.start(), m.end()) != "past":
            d -= dt.timedelta(days=7)
    elif det in ("next", "coming", "this coming", "the following", "the next"):
        d = dates.weekday_near(dct + dt.timedelta(days=1), wd, "future")
    else:
        direction = ctx.direction(m.start(), m.end())
        if det == "this" and direction is None:
            direction = "future"
        d = dates.weekday_near(dct, wd, direction or "")
    v = d.isoformat() + (f"T{pod}" if pod else "")
    return Norm("TIME" if pod else "DATE", v, PUBLICATION)


# --- clock times ------------------------------------------------------------------------------------------------

_CLOCK = (r"(?:(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.?|p\.m\.?|am|pm)(?![\w])"
          r"|(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?![\d:])(?:\s*(?:hours|hrs|GMT|BST|UTC))?"
          r"|(?P<noon>noon|midnight|midday)"
          r"|(?P<h3>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o'clock"
          r"|(?P<h4>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+in\s+the\s+"
          r"(?P<pod4>morning|afternoon|evening))")
_DAYREF = (rf"(?:(?P<rd>today|tonight|yesterday|tomorrow)|(?P<wd>{WEEKDAY})|(?P<m>{MONTH})\s*(?P<d>{DAY})"
           rf"(?:,?\s+(?P<y>{YEAR}))?)")


@rule("clock", rf"{B}(?:(?P<approx>about|around|approximately|roughly|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
      rf"{_CLOCK}(?:,?\s+(?P<tz>(?-i:[ECMP][SD]T|GMT|UTC|BST|CET)|local\s+time))?(?:,?\s+(?:on\s+)?{_DAYREF})?"
      rf"(?:(?<=\.)|{E})", triggers="CLOCK")
def _clock(m: re.Match, ctx: Context) -> Norm | None:
    from .lexicon import ONES
    if m["noon"]:
        w = m["noon"].lower()
        hh, mm = (24, 0) if w == "midnight" else (12, 0)
    else:
        hs = m["h"] or m["h2"] or m["h3"] or m["h4"]
        hh = int(hs) if hs.isdigit() else ONES[hs.lower()]
        mm = int(m["mi"] or m["mi2"] or 0)
        ap = (m["ap"] or "").lower().replace(".", "")
        if m["pod4"]:
            ap = "am" if m["pod4"].lower() == "morning" else "pm"
        if ap == "pm" and hh < 12:
            hh += 12
        elif ap == "am" and hh == 12:
            hh = 0
        if hh > 24 or (not ap and not m["h2"] and hh > 12):
            return None
        if m["h2"] and not ap:
            # "3:30" alone is often a score or a ratio: keep it only with a time word around
            near = ctx.text[max(0, m.start() - 12):m.start()].lower()
            if not re.search(r"\b(at|by|until|from|before|after|around|about)\s*$", near) and not m["tz"]:
                return None
    clock = f"T{hh:02d}:{mm:02d}" if hh != 24 else "T24:00"
    day, anchor = _dayref(m, ctx)
    return Norm("TIME", day + clock, anchor)


def _dayref(m: re.Match, ctx: Context) -> tuple[str, str | None]:
    """The date a clock time sits on: its own day word, else the last day-level expression, else dct."""
    dct = ctx.dct
    if m["rd"]:
        return point(dct, "D", _DAYREL[m["rd"].lower()]), PUBLICATION
    if m["wd"]:
        if dct is None:
            return f"XXXX-WXX-{weekday_number(m['wd']) + 1}", None
        d = dates.weekday_near(dct, weekday_number(m["wd"]), ctx.direction(m.start(), m.end()) or "")
        return d.isoformat(), PUBLICATION
    if m["m"]:
        mo, day = month_number(m["m"]), ordinal_number(m["d"])
        y = _year(m["y"], dct)
        if y is None and dct is not None and day is not None:
            d = dates.month_day_near(dct, mo, day, ctx.direction(m.start(), m.end()) or "")
            y = d.year if d else None
        return _ymd(y, mo, day or 1), None if m["y"] else PUBLICATION
    ref = ctx.reference(m.start(), day=True, window=300)
    if ref is not None:
        return ref.norm.value[:10], ref.id
    return point(dct, "D"), PUBLICATION


# --- calendar units relative to publication ("last week", "this year", "next month", "the quarter") ---------

_DET_OFFSET = {"last": -1, "past": -1, "previous": -1, "the past": -1, "the last": -1, "the previous": -1,
               "this past": -1, "this": 0, "the current": 0, "current": 0, "the present": 0, "the same": 0,
               "next": 1, "the next": 1, "coming": 1, "the coming": 1, "this coming": 1, "the following": 1}


@rule("unitrel", rf"{B}{PFX}(?P<det>last|this|next|coming|past|previous|current|the\s+(?:past|last|next|coming|"
      rf"previous|following|current|present|same)|this\s+(?:past|coming)|that|the)[\s-]+"
      rf"(?P<unit>week|weekend|month|year|decade|century|(?:fiscal|financial|calendar|school|academic)\s+year|"
      rf"{SEASONS}|{MONTH})(?:\s+(?P<of>of\s+(?P<ofy>{YEAR})))?{E}", triggers="UNIT SEASON MON")
def _unitrel(m: re.Match, ctx: Context) -> Norm | None:
    det = re.sub(r"\s+", " ", m["det"].lower())
    unit = re.sub(r"\s+", " ", m["unit"].lower())
    dct = ctx.dct
    pfx = (m["pfx"] or "").lower()
    if unit.endswith("year") and unit != "year":
        unit = "year"
    if det == "that":
        ref = ctx.reference(m.start(), window=2000)
        code = {"week": "W", "month": "M", "year": "Y", "day": "D"}.get(unit)
        if ref is None or code is None:
            return Norm("DATE", UNKNOWN.get(code or "D", "XXXX-XX-XX"), None)
        return Norm("DATE", _truncate(ref.norm.value, code), ref.id)
    if unit in SEASON:
        code = SEASON[unit]
        if det == "the" and not m["ofy"]:
            before = ctx.text[max(0, m.start() - 8):m.start()].lower()
            if unit == "fall" and not re.search(r"\b(in|during|over|by|until|through|since)\s*$", before):
                return None
        if m["ofy"]:
            return Norm("DATE", f"{int(m['ofy']):04d}-{code}", None)
        if dct is None:
            return Norm("DATE", f"XXXX-{code}", None)
        n = _DET_OFFSET.get(det, 0)
        direction = ctx.direction(m.start(), m.end()) if det == "the" else None
        return Norm("DATE", dates.season_value(dct, code, n, direction), PUBLICATION)
    if re.fullmatch(r"[a-z]+\.?", unit) and unit.rstrip(".") in _MONTHS_LOWER:
        mo = month_number(m["unit"])
        if dct is None:
            return Norm("DATE", f"XXXX-{mo:02d}", None)
        n = _DET_OFFSET.get(det)
        if n is None:
            return None
        if n < 0:
            y = dct.year if mo < dct.month else dct.year - 1
        elif n > 0:
            y = dct.year if mo > dct.month else dct.year + 1
        else:
            y = dct.year
        return Norm("DATE", f"{y:04d}-{mo:02d}", PUBLICATION)
    code = {"week": "W", "weekend": "WE", "month": "M", "year": "Y", "decade": "DE", "century": "CE"}[unit]
    if m["ofy"]:
        return None
    if det == "the":
        if unit == "year":
            after = ctx.text[m.end():m.end() + 12].lower()
            if re.match(r"\s+(ended|ending|to|through)\b", after):
                return Norm("DURATION", "P1Y", None)
            return Norm("DATE", point(dct, "Y"), PUBLICATION)
        if unit == "weekend":
            direction = ctx.direction(m.start(), m.end())
            return Norm("DATE", _weekend(dct, direction), PUBLICATION)
        if unit == "week" and not pfx:
            return None
        if unit == "month" and not pfx:
            return None
        if unit in ("decade", "century") and not pfx:
            return None
        return Norm("DATE", point(dct, code), PUBLICATION)
    n = _DET_OFFSET.get(det, 0)
    if unit == "weekend":
        if n < 0:
            return Norm("DATE", _weekend(dct, "past"), PUBLICATION)
        if n > 0:
            return Norm("DATE", _weekend(dct, "future"), PUBLICATION)
        return Norm("DATE", _weekend(dct, ctx.direction(m.start(), m.end())), PUBLICATION)
    if det in ("the past", "the last", "past") and unit in ("decade", "century"):
        return Norm("DURATION", "P10Y" if unit == "decade" else "P100Y", None)
    return Norm("DATE", point(dct, code, n), PUBLICATION)


_MONTHS_LOWER = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                 "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept",
                 "sep", "oct", "nov", "dec"}


def _weekend(dct: dt.date | None, direction: str | None) -> str:
    if dct is None:
        return "XXXX-WXX-WE"
    if dct.weekday() >= 5:
        return dates.week_value(dct) + "-WE"
    if direction == "future":
        return dates.week_value(dct) + "-WE"
    return dates.week_value(dct - dt.timedelta(days=7)) + "-WE"


def _truncate(value: str, code: str) -> str:
    if code == "Y":
        return value[:4]
    if code == "M":
        return value[:7] if re.match(r"\d{4}-\d\d", value) else value[:4]
    if code == "D":
        return value[:10]
    if code == "W" and re.match(r"\d{4}-\d\d-\d\d", value):
        try:
            return dates.week_value(dt.date.fromisoformat(value[:10]))
        except ValueError:
            return value
    return value


# --- quarters, halves and reporting periods ----------------------------------------------------------------------

_QORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "final": 4}


@rule("quarter", rf"{B}(?P<the>the\s+)?(?:(?P<qdet>latest|last|current|previous|past|prior|next|coming|same|"
      rf"comparable|year-ago|year-earlier|recent|just-ended|most\s+recent|(?P<qyear>1[5-9]\d\d|20\d\d))[\s-]+)?"
      rf"(?:(?P<fis>fiscal)[\s-]+)?(?:(?P<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+)?"
      rf"(?:(?P<fis2>fiscal)[\s-]+)?(?P<qunit>quarter|half|period)"
      rf"(?:\s+of\s+(?:(?P<qy>{YEAR})|(?P<qrel>this|last|next)\s+year|fiscal\s+(?P<qfy>{YEAR})|(?P<qthe>the\s+year)))?{E}", triggers="QTR")
def _quarter(m: re.Match, ctx: Context) -> Norm | None:
    unit = m["qunit"].lower()
    qdet = (m["qdet"] or "").lower()
    ordw = (m["ord"] or "").lower()
    dct = ctx.dct
    if unit == "period" and not (qdet in ("year-ago", "year-earlier", "latest", "comparable", "same", "most recent")
                                 or m["qyear"]):
        return None
    if unit == "half" and not ordw:
        return None
    if unit == "quarter" and not (m["the"] or qdet or ordw or m["fis"] or m["fis2"]):
        return None
    if unit == "quarter" and not ordw and not qdet and m["the"] and not m["fis2"]:
        # "the quarter": a quarter of a company report; "a quarter of the vote" never gets here (no "the")
        after = ctx.text[m.end():m.end() + 4]
        if after.startswith(" of"):
            return None
    code = "Q" if unit != "half" else "H"
    if m["qyear"]:
        # "the 1988 quarter", "the 1988 second quarter": that year's quarter of the report at hand
        q = _QORD.get(ordw) or (dates.quarter_of(dct) - 1 or 4 if dct else None)
        ref = ctx.reference(m.start(), window=1200)
        if not ordw and ref is not None and re.fullmatch(r"\d{4}-Q\d", ref.norm.value):
            q = int(ref.norm.value[-1])
        if unit == "half" or q is None:
            return Norm("DATE", m["qyear"], None)
        return Norm("DATE", f"{m['qyear']}-Q{q}", None)
    year = None
    anchor = PUBLICATION
    if m["qy"]:
        year, anchor = _year(m["qy"], dct), None
    elif m["qfy"]:
        year, anchor = int(m["qfy"]), None
    elif m["qrel"] and dct:
        year = dct.year + {"this": 0, "last": -1, "next": 1}[m["qrel"].lower()]
    if unit == "period":
        base = point(dct, "Q", -1)
        v = _shift(base, -1, "Y") if qdet in ("year-ago", "year-earlier") else base
        return Norm("DATE", v, PUBLICATION)
    if ordw:
        q = _QORD[ordw]
        if code == "H":
            q = min(q, 2)
        if year is None and dct is not None:
            cur = dates.quarter_of(dct) if code == "Q" else (dct.month - 1) // 6 + 1
            year = dct.year
            if q > cur and ctx.direction(m.start(), m.end()) != "future":
                year -= 1
        v = f"{year:04d}-{code}{q}" if year is not None else f"XXXX-{code}{q}"
        if qdet in ("year-ago", "year-earlier"):
            v = _shift(v, -1, "Y")
        return Norm("DATE", v, anchor if not m["qy"] else None)
    if code == "H":
        return None
    # "the quarter", "the latest quarter": the last completed one; "the current quarter": this one
    if qdet in ("current", "this"):
        v = point(dct, "Q")
    elif qdet in ("next", "coming"):
        v = point(dct, "Q", 1)
    else:
        v = point(dct, "Q", -1)
        ref = ctx.reference(m.start(), window=1200)
        if ref is not None and re.fullmatch(r"\d{4}-Q\d", ref.norm.value) and not qdet:
            v = ref.norm.value
    if qdet in ("year-ago", "year-earlier"):
        v = _shift(v, -1, "Y")
    return Norm("DATE", v, PUBLICATION)


def _shift(value: str, n: int, unit: str) -> str:
    return dates.shift_value(value, n, unit) or value


# --- durations and offsets ("three years", "the past two months", "two weeks ago", "a year earlier") ---------

@rule("duration", rf"{B}(?:(?P<the>the)\s+)?(?:(?P<rel>past|last|next|coming|previous|following|first|final|"
      rf"initial|remaining|other|entire|whole|better\s+part\s+of\s+the|same|latest|recent)\s+)?"
      rf"(?:(?P<drop>about|almost|over|under|roughly|around|approximately|only|just|barely|well\s+over|close\s+to|"
      rf"within)\s+)?"
      rf"(?:(?P<mod>nearly|more\s+than|less\s+than|fewer\s+than|up\s+to|at\s+least|at\s+most|no\s+more\s+than|"
      rf"no\s+less\s+than|another|an\s+additional|a\s+further)\s+)?"
      rf"(?P<num>{NUMBER})[\s-]+(?:(?P<more>more|additional|other|straight|consecutive|full|long)\s+)?"
      rf"(?P<unit>{UNIT})(?P<half>\s+and\s+a\s+half)?"
      rf"(?:\s+(?P<off>ago|earlier|later|before|after|from\s+now|hence|on|since|back))?{E}", triggers="UNIT")
def _duration(m: re.Match, ctx: Context) -> Norm | None:
    unit_w = m["unit"].lower()
    singular = "century" if unit_w == "centuries" else unit_w[:-1] if unit_w.endswith("s") else unit_w
    code = UNITS.get(singular)
    if code is None or code == "WE":
        return None
    num_s = re.sub(r"\s+", " ", m["num"].lower())
    n = parse_number(num_s)
    if m["half"] and n is not None:
        n += 0.5
    plural = unit_w.endswith("s")
    if num_s in ("a", "an") and plural:
        return None
    if code == "Q" and (num_s in ("a", "an") or (n is not None and "-" in m.group(0) and plural)):
        return None  # "a quarter of the vote", "three-quarters"
    rel = (m["rel"] or "").lower()
    off = (m["off"] or "").lower()
    # extent: TimeBank leaves out hedges ("about", "over"), and "the" before an adjective ("the 30-day limit")
    start = m.start()
    if m["drop"] and not (m["the"] or rel):
        start = m.start("mod") if m["mod"] else m.start("num")
    elif m["the"] and not rel and (_adjectival(m) or not plural):
        start = m.start("mod") if m["mod"] else m.start("num")
    if num_s in ("a", "an", "half a", "half an") and not (m["the"] or off or m["mod"] or rel or m["drop"]):
        before = ctx.text[max(0, m.start() - 24):m.start()]
        if _is_rate(before):
            return Norm("SET", _dur_value(1, code), None)
    if rel in ("past", "last", "recent") and n is None and num_s not in ("a couple of", "couple of"):
        # "the last few months", "the past several quarters": TimeBank marks these as a vague past
        return Norm("DATE", "PAST_REF", PUBLICATION, start=start)
    if m["the"] and rel in ("same", "latest", "recent"):
        return None
    if num_s in ("a couple of", "couple of"):
        n = 2
    dur = _dur_value(n, code)
    if off in ("ago", "back", "from now", "hence"):
        return _offset(m, ctx, n, code, -1 if off in ("ago", "back") else 1, ref_only=False, start=start)
    if off in ("earlier", "later"):
        if code == "Y":  # "a year earlier": the same period a year before the last date (WSJ comparisons)
            return _offset(m, ctx, n, code, -1 if off == "earlier" else 1, ref_only=True, start=start)
        # "three days later": TimeML marks the duration; the anchor says what it runs from
        ref = ctx.reference(m.start(), window=1200)
        return Norm("DURATION", dur, ref.id if ref else None, start=start, end=m.start("off") - 1)
    if off in ("before", "after", "on"):
        after = ctx.text[m.end():m.end() + 3]
        if re.match(r"\s*(?:[,.;)]|$)", after):
            # "A week after, ...", "Seven months on, ...": a date that far from the last one mentioned
            return _offset(m, ctx, n, code, -1 if off == "before" else 1, ref_only=True, start=start)
        return Norm("DURATION", dur, None, start=start, end=m.start("off") - 1)
    if off == "since":
        return Norm("DURATION", dur, None, start=start, end=m.start("off") - 1)
    return Norm("DURATION", dur, None, start=start)


def _adjectival(m: re.Match) -> bool:
    """"30-day", "two-year": a duration used as a modifier."""
    return "-" in m.group(0)[m.start("num") - m.start():]


_RATE_BEFORE = re.compile(r"(?i)(?:\d|\bper|\bmillion|\bbillion|\bthousand|\bhundred|\bpercent|%|\bdollars|"
                          r"\btons|\bbarrels|\bcents|\bpeople|\btimes|\bonce|\btwice|[a-z]s|\$\S*)\s*$")


def _is_rate(before: str) -> bool:
    """"$50 a year", "20,000 barrels a day": the unit after an amount is a frequency (SET)."""
    return bool(_RATE_BEFORE.search(before))


def _dur_value(n: float | None, code: str) -> str:
    if code == "DE":
        return f"P{fmt_number(n * 10) if n is not None else 'X'}Y" if n is None or n * 10 == int(n * 10) else "PXY"
    if code == "CE":
        return f"P{fmt_number(n * 100)}Y" if n is not None else "PXC"
    if code == "F":
        return f"P{fmt_number(n * 2) if n is not None else 'X'}W"
    if code in ("H", "S", "MIN"):
        return f"PT{fmt_number(n)}{code[0]}"
    return f"P{fmt_number(n)}{code}"


def _offset(m: re.Match, ctx: Context, n: float | None, code: str, sign: int, *, ref_only: bool,
            start: int | None = None) -> Norm:
    norm = _offset_value(m, ctx, n, code, sign, ref_only=ref_only)
    norm.start = start
    return norm


def _offset_value(m: re.Match, ctx: Context, n: float | None, code: str, sign: int, *, ref_only: bool) -> Norm:
    """A date n units from an anchor: "two weeks ago" from publication, "a year earlier" from the last date."""
    dct = ctx.dct
    unit = {"DE": "Y", "CE": "Y", "F": "W"}.get(code, code)
    k = {"DE": 10, "CE": 100, "F": 2}.get(code, 1)
    if code in ("H", "S", "MIN"):
        # hours/minutes ago: a time on the publication day we cannot place precisely
        return Norm("TIME" if n is not None else "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", PUBLICATION)
    if n is None or n != int(n):
        return Norm("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", PUBLICATION)
    steps = sign * int(n) * k
    if not ref_only and unit == "Y":
        # "profit rose from $5 million a year ago": in a quarterly report, the same quarter last year
        ref = ctx.reference(m.start(), window=600)
        if ref is not None and re.fullmatch(r"\d{4}-Q\d", ref.norm.value):
            v = dates.shift_value(ref.norm.value, steps, unit)
            if v is not None:
                return Norm("DATE", v, ref.id)
    if ref_only:
        ref = ctx.reference(m.start(), window=1200)
        if ref is not None:
            v = dates.shift_value(ref.norm.value, steps, unit)
            if v is not None:
                return Norm("DATE", _coarsen(v, unit), ref.id)
    if dct is None:
        return Norm("DATE", UNKNOWN.get(unit, "XXXX-XX-XX"), None)
    return Norm("DATE", point(dct, unit, steps), PUBLICATION)


def _coarsen(value: str, unit: str) -> str:
    """A value shifted by years keeps no finer detail than its source; days stay days."""
    return value


# --- vague references and sets ------------------------------------------------------------------------------------

_FUZZY = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "presently": "PRESENT_REF", "at present": "PRESENT_REF",
    "at the moment": "PRESENT_REF", "these days": "PRESENT_REF", "the present": "PRESENT_REF",
    "recently": "PAST_REF", "recent": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "previously": "PAST_REF", "formerly": "PAST_REF", "once": "PAST_REF", "earlier": "PAST_REF",
    "more recently": "PAST_REF", "most recently": "PAST_REF", "until recently": "PAST_REF",
    "the future": "FUTURE_REF", "future": "FUTURE_REF", "soon": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the foreseeable future": "FUTURE_REF", "one day": "FUTURE_REF", "some day": "FUTURE_REF",
    "someday": "FUTURE_REF", "shortly": "FUTURE_REF", "a later date": "FUTURE_REF",
}


@rule("fuzzy", rf"{B}(?P<w>right\s+now|now|currently|current|nowadays|presently|at\s+present|at\s+the\s+moment|"
      rf"these\s+days|the\s+present|(?:more\s+|most\s+|until\s+)?recently|recent|lately|the\s+past|"
      rf"the\s+(?:near\s+|foreseeable\s+)?future|future|soon|one\s+day|some\s+day|someday|a\s+later\s+date)"
      rf"(?![\w-])", triggers="FUZ UNIT")
def _fuzzy(m: re.Match, ctx: Context) -> Norm | None:
    w = re.sub(r"\s+", " ", m["w"].lower())
    after = ctx.text[m.end():m.end() + 20]
    before = ctx.text[max(0, m.start() - 20):m.start()]
    if w == "now" and re.match(r"\s+that\b", after) and False:
        return None
    if w in ("current", "recent"):
        # adjectives: a time only before a time-ish noun or as a predicate is rare; keep the frequent readings
        if re.match(r"\s+(?:account|events|affairs|issue|issues|president|chairman|holder|owner|champion|"
                    r"members?|management|law|rules|system|model|version|edition|price|prices|"
                    r"rate|rates|level|levels|crisis|situation|arrivals|graduates|immigrants|"
                    r"interest|weeks?|months?|years?|days?|decades?|quarters?|history|past)\b", after, re.I):
            return None
    if w == "future":
        return None  # bare "future" (an adjective) was marked 4 times in 12 on our train split
        if re.match(r"\s*[-]", after) or re.search(r"(?i)\b(?:no|a|its|his|her|their|our|my|your)\s+$", before):
            return None
    if w == "one day":
        if not re.search(r"(?i)\b(?:will|would|could|may|might|can|hope|hopes|someday)\b", before + after):
            return None
    if w == "the past":
        if re.match(r"\s+(?:few|several|two|three|four|five|six|seven|eight|nine|ten|\d|year|week|month|decade)",
                    after, re.I):
            return None
    if w == "soon" and re.match(r"\s+(?:after|as|afterwards?)\b", after, re.I):
        return None
    return Norm("DATE", _FUZZY[w], PUBLICATION)


_SET_ADV = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
            "quarterly": "P1Q", "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W", "bimonthly": "P2M",
            "semiannually": "P6M", "semi-annually": "P6M", "biannually": "P6M", "fortnightly": "P2W"}
_SET_UNIT = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "quarter": "P1Q", "hour": "PT1H",
             "minute": "PT1M", "night": "P1D", "morning": "P1D", "afternoon": "P1D", "evening": "P1D", "weekend": "P1W",
             "decade": "P10Y", "season": "P1Y", "summer": "XXXX-SU", "winter": "XXXX-WI", "spring": "XXXX-SP",
             "fall": "XXXX-FA", "autumn": "XXXX-FA"}


@rule("set", rf"{B}(?:(?P<q>every|each)\s+(?:(?P<n>other|{NUMBER})\s+)?(?P<u>day|week|month|year|quarter|hour|"
      rf"minute|night|morning|afternoon|evening|weekend|decade|season|{SEASONS}|{WEEKDAY}|{MONTH})s?"
      rf"|(?P<adv>daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|bimonthly|semiannually|"
      rf"semi-annually|biannually|fortnightly)"
      rf"|(?P<freq>once|twice|(?:three|four|five|six|several|many|\d+)\s+times)\s+(?:a|an|per|each|every)\s+"
      rf"(?P<fu>day|week|month|year|hour|minute|decade)"
      rf"|(?P<per>per)\s+(?P<pu>day|week|month|year|hour|minute|annum))(?![\w-])", triggers="SET")
def _set(m: re.Match, ctx: Context) -> Norm | None:
    if m["adv"]:
        return Norm("SET", _SET_ADV[m["adv"].lower()], None)
    if m["freq"]:
        return Norm("SET", _SET_UNIT[m["fu"].lower()], None)
    if m["per"]:
        pu = m["pu"].lower()
        return Norm("SET", "P1Y" if pu == "annum" else _SET_UNIT[pu], None)
    u = m["u"]
    if re.fullmatch(WEEKDAY, u):
        return Norm("SET", f"XXXX-WXX-{weekday_number(u) + 1}", None)
    if re.fullmatch(MONTH, u):
        return Norm("SET", f"XXXX-{month_number(u):02d}", None)
    v = _SET_UNIT[u.lower()]
    n_s = (m["n"] or "").lower()
    if n_s == "other":
        v = v.replace("1", "2")
    elif n_s:
        n = parse_number(n_s)
        v = re.sub(r"1", fmt_number(n), v, count=1)
    return Norm("SET", v, None)


# --- expressions anchored on an earlier one ("that day", "the next day", "the day before") --------------------

@rule("anaphor", rf"{B}(?:(?P<pfx>earlier|later|late|early)\s+)?(?P<a>that\s+(?:day|morning|afternoon|evening|night)|"
      rf"the\s+same\s+day|the\s+(?:next|following|previous|preceding)\s+(?:day|morning|evening|night|week|month|year)|"
      rf"the\s+day\s+(?:before|after)|the\s+(?:week|month|year)\s+(?:before|after)|"
      rf"the\s+day|the\s+year\s+before|a\s+day\s+(?:earlier|later))(?![\w-])", triggers="UNIT POD")
def _anaphor(m: re.Match, ctx: Context) -> Norm | None:
    a = re.sub(r"\s+", " ", m["a"].lower())
    if a == "the day":
        after = ctx.text[m.end():m.end() + 12]
        if not m["pfx"] and not re.match(r"\s+(?:before|after)\b", after):
            return None
        return None
    unit = "D"
    for w, u in (("week", "W"), ("month", "M"), ("year", "Y")):
        if a.endswith(w) or f" {w} " in a:
            unit = u
    n = 0
    if any(k in a for k in ("next", "following", "after", "later")):
        n = 1
    elif any(k in a for k in ("previous", "preceding", "before", "earlier")):
        n = -1
    pod = ""
    for w, code in PART_OF_DAY.items():
        if a.endswith(w):
            pod = code
    ref = ctx.reference(m.start(), day=unit == "D", window=2000)
    if ref is None:
        base = point(ctx.dct, "D") if ctx.dct else None
        anchor = PUBLICATION if base else None
        if base is None:
            return Norm("TIME" if pod else "DATE", UNKNOWN[unit] + (f"T{pod}" if pod else ""), None)
    else:
        base, anchor = ref.norm.value[:10], ref.id
    v = dates.shift_value(base, n, unit) if n else base
    if v is None:
        v = UNKNOWN[unit]
    v = _truncate(v, unit)
    if pod:
        return Norm("TIME", v + "T" + pod, anchor)
    return Norm("DATE", v, anchor)


# --- holidays -------------------------------------------------------------------------------------------------------

_HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "christmas": lambda y: dt.date(y, 12, 25), "christmas day": lambda y: dt.date(y, 12, 25),
    "christmas eve": lambda y: dt.date(y, 12, 24), "new year's day": lambda y: dt.date(y, 1, 1),
    "new year's eve": lambda y: dt.date(y, 12, 31), "halloween": lambda y: dt.date(y, 10, 31),
    "independence day": lambda y: dt.date(y, 7, 4), "valentine's day": lambda y: dt.date(y, 2, 14),
    "boxing day": lambda y: dt.date(y, 12, 26), "veterans day": lambda y: dt.date(y, 11, 11),
    "thanksgiving": lambda y: dates.nth_weekday(y, 11, 3, 4), "thanksgiving day": lambda y: dates.nth_weekday(y, 11, 3, 4),
    "labor day": lambda y: dates.nth_weekday(y, 9, 0, 1), "memorial day": lambda y: dates.nth_weekday(y, 5, 0, -1),
    "easter": dates.easter, "easter sunday": dates.easter,
    "easter monday": lambda y: dates.easter(y) + dt.timedelta(days=1),
    "good friday": lambda y: dates.easter(y) - dt.timedelta(days=2),
}


@rule("holiday", rf"{B}(?:(?P<det>last|this|next)\s+)?(?P<h>(?-i:Christmas(?:\s+(?:Day|Eve))?|New\s+Year's\s+(?:Day|Eve)|"
      rf"Thanksgiving(?:\s+Day)?|Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday|Halloween|Independence\s+Day|"
      rf"Labou?r\s+Day|Memorial\s+Day|Valentine's\s+Day|Boxing\s+Day|Veterans\s+Day))(?:,?\s+(?P<y>{YEAR}))?{E}", triggers="HOL")
def _holiday(m: re.Match, ctx: Context) -> Norm | None:
    key = re.sub(r"\s+", " ", m["h"].lower()).replace("labour", "labor")
    fn = _HOLIDAYS[key]
    y = _year(m["y"], ctx.dct)
    if y is not None:
        return Norm("DATE", fn(y).isoformat(), None)
    dct = ctx.dct
    if dct is None:
        return Norm("DATE", "XXXX-XX-XX", None)
    det = (m["det"] or "").lower()
    this_year = fn(dct.year)
    if det == "last":
        d = this_year if this_year < dct else fn(dct.year - 1)
    elif det == "next":
        d = this_year if this_year > dct else fn(dct.year + 1)
    else:
        direction = ctx.direction(m.start(), m.end())
        if direction == "past":
            d = this_year if this_year <= dct else fn(dct.year - 1)
        elif direction == "future":
            d = this_year if this_year >= dct else fn(dct.year + 1)
        else:
            d = min((fn(dct.year - 1), this_year, fn(dct.year + 1)), key=lambda x: abs((x - dct).days))
    return Norm("DATE", d.isoformat(), PUBLICATION)


# --- plain unit words: "years", "for weeks", "recent years" --------------------------------------------------------

@rule("vague", rf"{B}(?:(?P<det>recent|coming|past|the\s+past|the\s+last|the\s+coming|the\s+next|the\s+previous|"
      rf"previous|the\s+early|the\s+later?|the\s+first|the\s+intervening|these|those|in\s+the)\s+)?"
      rf"(?P<u>seconds|minutes|hours|days|weeks|months|years|decades|centuries)(?![\w-])", triggers="UNIT")
def _vague(m: re.Match, ctx: Context) -> Norm | None:
    u = m["u"].lower()
    det = re.sub(r"\s+", " ", (m["det"] or "").lower())
    code = {"seconds": "TXS", "minutes": "TXM", "hours": "TXH", "days": "XD", "weeks": "XW", "months": "XM",
            "years": "XY", "decades": "XDE", "centuries": "XCE"}[u]
    before = ctx.text[max(0, m.start() - 30):m.start()].lower()
    if det == "in the":
        return None
    if det == "these" and u == "days":
        return Norm("DATE", "PRESENT_REF", PUBLICATION)
    if det in ("those",):
        return None
    if det in ("recent", "past", "the past", "the last", "previous", "the previous"):
        return Norm("DATE", "PAST_REF", PUBLICATION)  # "in recent years": TimeBank's vague past (4 of 5)
    if det in ("coming", "the coming"):
        return Norm("DATE", "FUTURE_REF", PUBLICATION)
    if not det:
        # bare plural: a duration after "for", "within", "in", "over", "after", "took"
        if not re.search(r"\b(?:for|within|in|over|after|took|take|lasted|last|spent|spend|until|than|of)\s*$", before):
            return None
        if re.search(r"\bof\s*$", before) and not re.search(r"\b(?:matter|couple)\s+of\s*$", before):
            return None
    if code == "XDE":
        return Norm("DURATION", "PXDE", None)
    if code == "XCE":
        return Norm("DURATION", "PXCE", None)
    return Norm("DURATION", "P" + code, None)
