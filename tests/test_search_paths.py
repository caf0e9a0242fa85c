"""SQLite search's two plans give the same answers: bm25-ranked (few matches) and newest-first (many).

`Store.search` ranks by bm25 only when the words match at most `RANK_MAX` statements, lists broader
queries newest first, and counts a words-only query as "matches minus non-canonical copies". These
tests force each path on one small hand-built corpus (with a wire copy) and check totals, filters,
order and paging against what was stored. No model is loaded.
"""
from __future__ import annotations

import pytest
from corpus_kit import article, h

from saidwhat.store import core, open_store

DAYS = ["2025-01-05", "2025-02-11", "2025-03-17", "2025-04-23", "2025-05-29", "2025-07-04"]
ACTS = ["assert", "deny", "warn", "assert", "deny", "assert"]
# a different closing paragraph per story, so the wire-copy detector keeps the six stories apart
TAILS = [
    "Fishing crews waited on the quay while a crane operator repaired a hydraulic hose in the rain.",
    "A school choir sang at the lighthouse museum, which reopened after a winter of roof repairs.",
    "Inspectors counted forty pallets of frozen squid that had thawed during the long power cut.",
    "The ferry company printed new timetables and apologised to commuters from the island villages.",
    "Volunteers painted the old customs house green, the colour it had been a century before.",
    "Night shift drivers complained that the canteen had closed early for the third week running.",
]


@pytest.fixture()
def st(tmp_path):
    with open_store(tmp_path / "s.db", aliases=None) as s:
        for i, (day, act) in enumerate(zip(DAYS, ACTS)):
            said = [(f"Speaker{i} Harbourson", f"The harbour gates stay shut on day {i} of the dispute", act),
                    (f"Speaker{i} Harbourson", f"Tolls will rise by {i + 2} percent next spring", "assert")]
            a = article(f"port-{i}", said, published=day, tail=TAILS[i])
            assert s.ingest(a, content_hash=h(a), origin=f"port-{i}").status == "added"
        # a wire copy of the last story: its statements are stored but not canonical
        copy = article("port-5-copy", [("Speaker5 Harbourson", "The harbour gates stay shut on day 5 of the dispute",
                                        "assert"),
                                       ("Speaker5 Harbourson", "Tolls will rise by 7 percent next spring", "assert")],
                       published=DAYS[5], lead="Updated. ", tail=TAILS[5])
        assert s.ingest(copy, content_hash=h(copy), origin="copy").status == "copy"
        yield s


@pytest.fixture(params=["ranked", "newest-first"])
def path(request, monkeypatch):
    if request.param == "newest-first":
        monkeypatch.setattr(core, "RANK_MAX", 0)
    return request.param


def test_totals_count_each_story_once(st, path):
    page = st.search("harbour gates", limit=50)
    assert page.total == 6 == len(page.items)
    assert {x.article_id for x in page.items} == {f"port-{i}" for i in range(6)}
    assert st.search("harbour", act="deny", limit=50).total == 2
    assert st.search("harbour", since=DAYS[2], until=DAYS[4], limit=50).total == 3
    assert st.search("tolls", actor="Speaker3 Harbourson", limit=50).total == 1
    assert st.search("nothing-like-this", limit=50).total == 0


def test_newest_first_when_broad_and_pages_are_consistent(st, path):
    full = st.search("harbour", limit=50).items
    if path == "newest-first":
        assert [x.statement.said_on or x.published for x in full] == sorted(DAYS, reverse=True)
    pages = [st.search("harbour", limit=4, offset=o) for o in (0, 4)]
    assert [x.article_id for p in pages for x in p.items] == [x.article_id for x in full]
    assert all(p.total == 6 for p in pages)
