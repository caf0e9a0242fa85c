"""find_times, one table per rule family: (text, expected [(text, type, value), ...]).

The publication date of every table is Thursday 13 March 2025 (ISO week 11) unless a row says otherwise.
Texts are written for these tests.
"""
from __future__ import annotations

import datetime as dt

import pytest

from saidwhat.timex import find_times, parse_dct

DCT = dt.date(2025, 3, 13)


def triples(text: str, dct: dt.date | None = DCT, **kw) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_times(text, dct, **kw)]


def check(text, expected, dct=DCT):
    got = triples(text, dct)
    assert got == expected, f"{text!r}: {got}"


ABSOLUTE = [
    ("The treaty was signed on March 13, 2024.", [("March 13, 2024", "DATE", "2024-03-13")]),
    ("He was born on 4 July 1990 in Leeds.", [("4 July 1990", "DATE", "1990-07-04")]),
    ("The plant closed in March 1996.", [("March 1996", "DATE", "1996-03")]),
    ("The report is dated 2024-11-05.", [("2024-11-05", "DATE", "2024-11-05")]),
    ("Sales have fallen since 2022.", [("2022", "DATE", "2022")]),
    ("Rents doubled in the 1990s.", [("the 1990s", "DATE", "199")]),
    ("The town grew in the late 1970s.", [("the late 1970s", "DATE", "197")]),
    ("It was the bloodiest war of the 20th century.", [("the 20th century", "DATE", "19")]),
    ("The firm was founded in mid-1996.", [("mid-1996", "DATE", "1996")]),
    ("Profit fell in fiscal 2023.", [("fiscal 2023", "DATE", "2023")]),
]

YEARLESS = [
    ("The minister said on March 10 that the deal was off.", [("March 10", "DATE", "2025-03-10")]),
    ("The vote will take place on April 2.", [("April 2", "DATE", "2025-04-02")]),
    ("The bank said on Dec. 20 it had cut rates.", [("Dec. 20", "DATE", "2024-12-20")]),
    ("The shop opened in October.", [("October", "DATE", "2024-10")]),
    ("The new line will open in August.", [("August", "DATE", "2025-08")]),
    # a dividend "payable" on a date is after the paper came out: the nearest date wins without a tense
    ("The dividend is payable April 15 to holders of record.", [("April 15", "DATE", "2025-04-15")]),
]

WEEKDAYS = [
    ("The president said on Friday that talks had failed.", [("Friday", "DATE", "2025-03-07")]),
    ("The leaders will meet on Friday.", [("Friday", "DATE", "2025-03-14")]),
    ("The company said Thursday it would cut jobs.", [("Thursday", "DATE", "2025-03-13")]),
    ("Protesters gathered last Monday.", [("last Monday", "DATE", "2025-03-10")]),
    ("The inquiry opens next Tuesday.", [("next Tuesday", "DATE", "2025-03-18")]),
    ("Fighting broke out on Sunday night.", [("Sunday night", "TIME", "2025-03-09TNI")]),
]

DAYS = [
    ("The court ruled today.", [("today", "DATE", "2025-03-13")]),
    ("The court ruled yesterday.", [("yesterday", "DATE", "2025-03-12")]),
    ("The court rules tomorrow.", [("tomorrow", "DATE", "2025-03-14")]),
    ("He will speak tonight.", [("tonight", "TIME", "2025-03-13TNI")]),
    ("Police made arrests last night.", [("last night", "TIME", "2025-03-12TNI")]),
    ("Markets fell this morning.", [("this morning", "TIME", "2025-03-13TMO")]),
    ("Shelling continued overnight.", [("overnight", "TIME", "2025-03-12TNI")]),
    ("Fires broke out the night of March 13.", [("the night of March 13", "TIME", "2025-03-13TNI")]),
]

UNITS = [
    ("Two men were arrested last week.", [("last week", "DATE", "2025-W10")]),
    ("The envoy is in Cairo this week.", [("this week", "DATE", "2025-W11")]),
    ("Russia would hold talks next week.", [("next week", "DATE", "2025-W12")]),
    ("Prices rose last month.", [("last month", "DATE", "2025-02")]),
    ("Earlier this month, exports rose.", [("Earlier this month", "DATE", "2025-03")]),
    ("Elections are due next year.", [("next year", "DATE", "2026")]),
    ("Unemployment fell last year.", [("last year", "DATE", "2024")]),
    ("The invasion began last August.", [("last August", "DATE", "2024-08")]),
    ("Floods hit the coast last summer.", [("last summer", "DATE", "2024-SU")]),
    ("The plan was announced over the weekend.", [("the weekend", "DATE", "2025-W10-WE")]),
]

QUARTERS = [
    ("Profit rose 5% in the third quarter.", [("the third quarter", "DATE", "2024-Q3")]),
    ("Third-quarter sales fell.", [("Third-quarter", "DATE", "2024-Q3")]),
    ("Output should recover in the first quarter of 2026.", [("the first quarter of 2026", "DATE", "2026-Q1")]),
    ("Revenue rose in the quarter ended Dec. 31.", [("the quarter", "DATE", "2024-Q4"), ("Dec. 31", "DATE", "2024-12-31")]),
    ("Profit rose in the third quarter from a year earlier.",
     [("the third quarter", "DATE", "2024-Q3"), ("a year earlier", "DATE", "2023-Q3")]),
]

DURATIONS = [
    ("The war has lasted three years.", [("three years", "DURATION", "P3Y")]),
    ("He served six months in jail.", [("six months", "DURATION", "P6M")]),
    ("The strike lasted 24 hours.", [("24 hours", "DURATION", "PT24H")]),
    ("The talks ran for two days.", [("two days", "DURATION", "P2D")]),
    ("The meeting lasted 45 minutes.", [("45 minutes", "DURATION", "PT45M")]),
    ("Prices rose over the past three months.", [("the past three months", "DURATION", "P3M")]),
    ("The city imposed a 30-day ban.", [("30-day", "DURATION", "P30D")]),
    ("He has lived there for several years.", [("several years", "DURATION", "PXY")]),
    ("The rebels held the town for about two weeks.", [("two weeks", "DURATION", "P2W")]),
    ("Nearly forty years have passed.", [("Nearly forty years", "DURATION", "P40Y")]),
]

OFFSETS = [
    ("Two weeks ago the army withdrew.", [("Two weeks ago", "DATE", "2025-W09")]),
    ("Three days ago the army withdrew.", [("Three days ago", "DATE", "2025-03-10")]),
    ("A year ago the plant was shut.", [("A year ago", "DATE", "2024")]),
    ("Five months ago the army withdrew.", [("Five months ago", "DATE", "2024-10")]),
]

FUZZY = [
    ("The rebels now control the city.", [("now", "DATE", "PRESENT_REF")]),
    ("The rebels currently control the city.", [("currently", "DATE", "PRESENT_REF")]),
    ("The rebels recently took the city.", [("recently", "DATE", "PAST_REF")]),
    ("Nobody knows what the future holds.", [("the future", "DATE", "FUTURE_REF")]),
    ("Such raids were rare in the past.", [("the past", "DATE", "PAST_REF")]),
]

CLOCK = [
    ("The blast happened at 3 p.m.", [("3 p.m.", "TIME", "2025-03-13T15:00")]),
    ("Polls close at 10 p.m. Thursday.", [("10 p.m. Thursday", "TIME", "2025-03-13T22:00")]),
    ("Talks broke off at noon Tuesday.", [("noon Tuesday", "TIME", "2025-03-11T12:00")]),
    ("On March 3, the blast happened at 9:30 a.m.",
     [("March 3", "DATE", "2025-03-03"), ("9:30 a.m.", "TIME", "2025-03-03T09:30")]),
]

SETS = [
    ("The committee meets every week.", [("every week", "SET", "P1W")]),
    ("The fee is reviewed annually.", [("annually", "SET", "P1Y")]),
    ("The paper is published daily.", [("daily", "SET", "P1D")]),
    ("He earns $50,000 a year.", [("a year", "SET", "P1Y")]),
    ("Ferries leave each Thursday.", [("each Thursday", "SET", "XXXX-WXX-4")]),
    ("Trains run twice a week.", [("twice a week", "SET", "P1W")]),
]

NO_DCT = [
    ("The minister spoke on Friday.", [("Friday", "DATE", "XXXX-WXX-5")]),
    ("The minister spoke on March 13.", [("March 13", "DATE", "XXXX-03-13")]),
    ("The minister spoke last week.", [("last week", "DATE", "XXXX-WXX")]),
    ("The minister spoke yesterday.", [("yesterday", "DATE", "XXXX-XX-XX")]),
    ("The minister spoke in 2019.", [("2019", "DATE", "2019")]),
]

NOT_TIME = [
    "May I ask a question?",
    "A quarter of voters stayed home.",
    "They will march on the capital.",
    "The convoy drove 2,000 miles.",
    "The painting sold for $1990.",
    "He is in his forties.",
    "Room 1984 was empty.",
    "Three-quarters of the budget went on salaries.",
]

BAD = [
    ("The memo is dated February 30.", [("February 30", "DATE", "XXXX-02-XX")]),
    ("The memo is dated February 30, 2025.", [("February 30, 2025", "DATE", "2025-02-XX")]),
    ("Code 20250 was entered at the gate.", []),
]


@pytest.mark.parametrize("text,expected", ABSOLUTE)
def test_absolute_dates(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text,expected", YEARLESS)
def test_yearless_dates_follow_tense(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text,expected", WEEKDAYS)
def test_weekdays(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text,expected", DAYS)
def test_days_and_parts_of_day(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text,expected", UNITS)
def test_calendar_units_relative_to_publication(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text,expected", QUARTERS)
def test_quarters(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text,expected", DURATIONS)
def test_durations(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text,expected", OFFSETS)
def test_offsets_from_publication(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text,expected", FUZZY)
def test_vague_references(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text,expected", CLOCK)
def test_clock_times(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text,expected", SETS)
def test_sets(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text,expected", NO_DCT)
def test_without_publication_date(text, expected):
    check(text, expected, dct=None)


@pytest.mark.parametrize("text", NOT_TIME)
def test_not_time(text):
    assert triples(text) == []


@pytest.mark.parametrize("text,expected", BAD)
def test_impossible_dates_get_xs(text, expected):
    check(text, expected)


def test_anchor_on_earlier_expression():
    times = find_times("The strike began on March 1. A week after, talks resumed.", DCT)
    assert [(t.text, t.value, t.anchor) for t in times] == [
        ("March 1", "2025-03-01", "publication"), ("A week after", "2025-03-08", "t1")]


def test_months_on_is_relative_to_the_last_date():
    times = find_times("The war began on August 1, 2024. Seven months on, the city is in ruins.", DCT)
    assert [(t.text, t.type, t.value, t.anchor) for t in times] == [
        ("August 1, 2024", "DATE", "2024-08-01", None), ("Seven months on", "DATE", "2025-03-01", "t1")]


def test_tense_callback_overrides_the_lexical_guess():
    text = "The leaders meet on Friday."
    assert triples(text, tense_at=lambda i: "past") == [("Friday", "DATE", "2025-03-07")]
    assert triples(text, tense_at=lambda i: "future") == [("Friday", "DATE", "2025-03-14")]


def test_broken_tense_callback_falls_back_to_lexical_guess():
    def boom(i):
        raise RuntimeError("parser gone")

    assert triples("The president said on Friday it was over.", tense_at=boom) == [("Friday", "DATE", "2025-03-07")]


def test_ids_offsets_and_publication_anchor():
    text = "On Friday, officials said talks would resume next week and last three days."
    times = find_times(text, DCT)
    assert [t.id for t in times] == ["t1", "t2", "t3"]
    for t in times:
        assert text[t.start:t.end] == t.text
    assert [t.anchor for t in times] == ["publication", "publication", None]


def test_datetime_dct_is_accepted():
    assert triples("It rained yesterday.", dt.datetime(2025, 3, 13, 9, 30)) == [("yesterday", "DATE", "2025-03-12")]


def test_empty_text():
    assert find_times("", DCT) == []


def test_parse_dct():
    from saidwhat.errors import DateError

    assert parse_dct("2025-03-13T10:00") == DCT
    assert parse_dct(None) is None
    with pytest.raises(DateError, match="2025-13-45"):
        parse_dct("2025-13-45")
