"""The timeline: hand-built Articles (independent of attribution quality) and one end-to-end read."""
from __future__ import annotations

import json

import pytest

from saidwhat.cli import main
from saidwhat.model import Article, Cue, Document, Span, Speaker, Statement, TimeExpr
from saidwhat.timex.timeline import sentence_around, timeline_items, value_start

TEXT = ("The port reopened on March 3. Officials said on Tuesday that talks would resume next week. "
        "The dispute began in 2023.")


def _span(text: str, after: int = 0) -> tuple[int, int]:
    i = TEXT.index(text, after)
    return i, i + len(text)


def _article() -> Article:
    when = TimeExpr("Tuesday", *_span("Tuesday"), "DATE", "2025-03-11", "publication", "t2")
    times = (
        TimeExpr("March 3", *_span("March 3"), "DATE", "2025-03-03", "publication", "t1"),
        when,
        TimeExpr("next week", *_span("next week"), "DATE", "2025-W12", "publication", "t3"),
        TimeExpr("2023", *_span("2023"), "DATE", "2023", None, "t4"),
    )
    content = Span("talks would resume next week", *_span("talks would resume next week"))
    st = Statement(id="s1", kind="indirect", speaker=Speaker("Officials", *_span("Officials"), None, "Officials", "group"),
                   cue=Cue("said", *_span("said"), "say"), act="assert", content=content, said_on="2025-03-11",
                   said_on_from="t2", when=when, about=("2025-W12",))
    doc = Document(id="port", title=None, published="2025-03-13", wire=None, source=None, text=TEXT)
    return Article(document=doc, statements=(st,), times=times)


def test_fixture_offsets():
    art = _article()
    for t in art.times:
        assert TEXT[t.start:t.end] == t.text
    s = art.statements[0]
    assert TEXT[s.content.start:s.content.end] == s.content.text


def test_items_in_date_order_without_repeating_the_said_on_expression():
    items = timeline_items([_article()])
    assert [(i.date, i.kind) for i in items] == [
        ("2023", "event"), ("2025-03-03", "event"), ("2025-03-11", "statement"), ("2025-W12", "event")]
    st = items[2]
    assert (st.speaker, st.act, st.text) == ("Officials", "assert", "talks would resume next week")
    assert items[1].text == "The port reopened on March 3."


def test_statements_only():
    assert [i.kind for i in timeline_items([_article()], events=False)] == ["statement"]


@pytest.mark.parametrize("value,expected", [
    ("2025-03-13T15:00", ("2025-03-13", 0)), ("2025-W11", ("2025-03-10", 1)), ("2025-W10-WE", ("2025-03-08", 1)),
    ("2025-03", ("2025-03-01", 2)), ("2024-Q3", ("2024-07-01", 3)), ("2024-SU", ("2024-06-01", 3)),
    ("2024", ("2024-01-01", 4)), ("199", ("1990-01-01", 5)), ("PRESENT_REF", None), ("P3Y", None),
    ("XXXX-03-13", None), ("2025-02-XX", None), ("2025-W99", None),
])
def test_value_start(value, expected):
    got = value_start(value)
    assert (None if got is None else (got[0].isoformat(), got[1])) == expected


def test_sentence_around_cuts_long_sentences():
    text = "Start. " + "word " * 60 + "on Friday " + "word " * 60 + ". End."
    i = text.index("Friday")
    s = sentence_around(text, i, i + 6, width=80)
    assert "Friday" in s and len(s) <= 82 and s.startswith("…") and s.endswith("…")


def test_cli_rejects_bad_date_and_format(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text("Officials said on Friday that talks would resume.", encoding="utf-8")
    assert main(["timeline", str(f), "--date", "2025-02-30"]) == 2
    assert "2025-02-30" in capsys.readouterr().err
    assert main(["timeline", str(f), "--format", "xml"]) == 2
    assert "unknown output format" in capsys.readouterr().err


@pytest.mark.model
def test_timeline_end_to_end(tmp_path, capsys):
    f = tmp_path / "talks.txt"
    f.write_text('Talks on the harbour dispute collapsed on Monday. "We will return next week," the union leader '
                 "Maria Soto said on Tuesday.\n\nThe dispute began in 2023.\n", encoding="utf-8")
    assert main(["timeline", str(f), "--date", "2025-03-13", "--format", "json"]) == 0
    items = json.loads(capsys.readouterr().out)
    dates = [i["date"] for i in items]
    assert dates[0] == "2023"
    assert "2025-03-10" in dates and "2025-W12" in dates
    assert any(i["kind"] == "statement" and i["date"] == "2025-03-11" for i in items), items
    assert main(["timeline", str(f), "--date", "2025-03-13"]) == 0
    assert "DATE" in capsys.readouterr().out
