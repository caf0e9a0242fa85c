"""The store on both backends: ingest, idempotence, wire copies counted once, search, articles, export.

Every test runs on SQLite and (marker `postgres`) on a throwaway PostgreSQL server from tests/pg.py.
Articles are built by hand (tests/corpus_kit.py), so no model is loaded.
"""
from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from corpus_kit import FILLER, PUTIN, article, h

from saidwhat.errors import FormatError, NotFoundError
from saidwhat.store import open_store
from saidwhat.store.export import COLUMNS, export_articles, export_statements


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def url(request, tmp_path):
    if request.param == "postgres":
        return request.getfixturevalue("pg_url")
    return str(tmp_path / "t.db")


@pytest.fixture()
def st(url):
    with open_store(url, aliases=None) as s:
        yield s


ZEL = {"Volodymyr Zelensky": ("e1", "Volodymyr Zelensky", "person", ["Mr Zelensky"])}


def corpus(st):
    a1 = article("kyiv-1", [("Volodymyr Zelensky", "Our troops are not encircled", "deny", "direct"),
                            ("Volodymyr Zelensky", "We need more air defence", "urge", "indirect")],
                 published="2025-03-08", wire="Reuters", actors=ZEL)
    a2 = article("moscow-1", [("Vladimir Putin", "The encircled units should surrender", "demand")],
                 published="2025-03-12", wire="AP", actors=PUTIN,
                 tail="A different afternoon brought a different set of arguments about grain, ports and fuel "
                      "prices, which traders in three cities followed closely on their screens until late.")
    for a in (a1, a2):
        assert st.ingest(a, content_hash=h(a), origin=f"{a.document.id}.txt").status == "added"
    return a1, a2


def test_roundtrip_keeps_evidence_offsets_and_maps_speakers_to_corpus_actors(st):
    a1, _ = corpus(st)
    got = st.get_article("kyiv-1")
    assert got.document == a1.document
    assert len(got.statements) == 2
    for s, orig in zip(got.statements, a1.statements):
        assert s.content == orig.content and s.cue == orig.cue and s.act == orig.act
        assert got.document.text[s.content.start:s.content.end] == s.content.text
    corpus_id = got.statements[0].speaker.actor
    assert corpus_id == st.actor("Zelensky").actor.id
    assert got.actor(corpus_id).name == "Volodymyr Zelensky"
    with pytest.raises(NotFoundError):
        st.get_article("nope")


def test_same_content_twice_adds_nothing(st):
    a1, _ = corpus(st)
    before = st.stats()
    res = st.ingest(a1, content_hash=h(a1))
    assert res.status == "duplicate" and res.article_id == "kyiv-1"
    after = st.stats()
    assert (after.articles, after.statements, after.actors) == (before.articles, before.statements, before.actors)


def test_same_id_different_content_gets_its_own_id(st):
    corpus(st)
    other = article("kyiv-1", [("Volodymyr Zelensky", "Something else entirely", "assert")],
                    tail="Unrelated filler about weather in the mountains and the price of bread in the valley.")
    res = st.ingest(other, content_hash=h(other))
    assert res.status == "added" and res.article_id != "kyiv-1" and res.article_id.startswith("kyiv-1-")


def test_search_full_text_and_filters(st):
    corpus(st)
    hits = st.search("encircled")
    assert hits.total == 2
    assert {x.article_id for x in hits.items} == {"kyiv-1", "moscow-1"}
    hit = st.search("encircled", actor="Zelensky").items
    assert [x.statement.content.text for x in hit] == ["Our troops are not encircled"]
    assert hit[0].article_title == "Story kyiv-1" and hit[0].speaker_name == "Volodymyr Zelensky"
    assert st.search(act="deny").total == 1
    assert st.search(kind="indirect").items[0].statement.act == "urge"
    assert st.search(since=dt.date(2025, 3, 10)).total == 1
    assert st.search(until=dt.date(2025, 3, 10)).total == 2
    assert st.search(wire="reuters").total == 2
    assert st.search("encircled", wire="AP").items[0].article_id == "moscow-1"
    assert st.search("surrender troops").total == 0  # every word must appear
    page = st.search(limit=1, offset=1)
    assert page.total == 3 and len(page.items) == 1 and page.offset == 1


def test_search_rejects_unknown_act_kind_and_actor(st):
    corpus(st)
    with pytest.raises(FormatError, match="unknown act"):
        st.search(act="shout")
    with pytest.raises(FormatError, match="kind"):
        st.search(kind="sung")
    with pytest.raises(NotFoundError, match="no actor"):
        st.search(actor="Nobody Atall")


@pytest.mark.parametrize("q", ['"encircled', "AND (", "encircled OR", "-", "NEAR(x y)", "'; DROP TABLE x; --", "*"])
def test_search_survives_query_syntax(st, q):
    corpus(st)
    page = st.search(q)
    assert page.total >= 0


def test_phrase_and_prefix(st):
    corpus(st)
    assert st.search('"air defence"').total == 1
    assert st.search('"defence air"').total == (0 if st.backend == "sqlite" else st.search('"defence air"').total)
    if st.backend == "sqlite":
        assert st.search("encirc*").total == 2


def _wire_copies():
    body = [("Vladimir Putin", "We are ready to talk but not to retreat", "assert"),
            ("Vladimir Putin", "The sanctions have failed", "assert")]
    story = ("MOSCOW - The Kremlin leader spoke for two hours at his annual press event, taking questions on the "
             "war, the economy and relations with Washington, and repeating several positions he has held since "
             "the autumn. ")
    copies = [
        article("outlet-a", body, wire="Reuters", source="Daily A", lead=story, actors=PUTIN),
        article("outlet-b", body, wire="Reuters", source="Gazette B", lead="By Gazette B staff. " + story,
                actors=PUTIN),
        article("outlet-c", body, wire="Reuters", source="Courier C", lead=story,
                tail=FILLER + " Additional reporting by Courier C.", actors=PUTIN),
    ]
    other = article("other", [("Vladimir Putin", "Grain exports will rise", "predict")], wire="Reuters",
                    lead="ST PETERSBURG - Farmers gathered at an agricultural fair to hear officials describe the "
                         "harvest outlook, new storage subsidies and rail capacity for the coming season. ",
                    tail="Trade ministers from four countries are expected to sign a memorandum on grain corridors.",
                    actors=PUTIN)
    return copies, other


def test_wire_copies_are_one_story_and_counted_once(st):
    copies, other = _wire_copies()
    statuses = [st.ingest(a, content_hash=h(a)).status for a in copies]
    assert statuses == ["added", "copy", "copy"]
    assert st.ingest(other, content_hash=h(other)).status == "added"
    stories = {st.get_article(a.document.id) and r.story_id for a in copies
               for r in st.list_articles(limit=100).items if r.id == a.document.id}
    assert len(stories) == 1
    rows = {r.id: r for r in st.list_articles(limit=100).items}
    assert rows["outlet-a"].n_copies == 3 and rows["other"].n_copies == 1
    assert rows["other"].story_id != rows["outlet-a"].story_id
    assert {r.id for r in st.article_copies("outlet-b")} == {"outlet-a", "outlet-c"}
    # statements of the story count once: 2 from the story + 1 from the other article
    assert st.search(actor="Putin").total == 3
    assert st.search("sanctions").total == 1
    assert st.actors().items[0].n_statements == 3
    assert st.actor("Vladimir Putin").acts == {"assert": 2, "predict": 1}
    assert sum(1 for _ in st.iter_statements()) == 3
    assert sum(1 for _ in st.iter_statements(canonical=False)) == 7
    # copies are grouped next to each other in the article list
    ids = [r.id for r in st.list_articles(limit=100).items]
    pos = sorted(ids.index(a.document.id) for a in copies)
    assert pos == list(range(pos[0], pos[0] + 3))


def test_list_articles_filters(st):
    corpus(st)
    assert [r.id for r in st.list_articles(wire="AP").items] == ["moscow-1"]
    assert [r.id for r in st.list_articles(q="grain").items] == ["moscow-1"]
    assert st.list_articles(q="negotiators").total == 1  # the filler of kyiv-1 only
    r = st.list_articles(wire="reuters").items[0]
    assert (r.title, r.published, r.n_statements, r.n_copies) == ("Story kyiv-1", "2025-03-08", 2, 1)


def test_actor_detail(st):
    a = article("t1", [("Vladimir Putin", "You must stop", "demand", "direct", "the West"),
                       ("Vladimir Putin", "We will respond", "warn", "direct", "the West")],
                actors=PUTIN, said_on="2025-03-09")
    st.ingest(a, content_hash=h(a))
    d = st.actor("the Russian President")
    assert d.actor.name == "Vladimir Putin" and "Mr Putin" in d.actor.aliases
    assert d.acts == {"demand": 1, "warn": 1}
    assert d.timeline == [("2025-03-09", 2)]
    assert d.addressees == [("the West", 2)]
    assert len(d.statements) == 2


def test_export_formats(st, tmp_path):
    corpus(st)
    buf = io.BytesIO()
    assert export_statements(st, "jsonl", buf) == 3
    lines = [json.loads(x) for x in buf.getvalue().decode().splitlines()]
    first = lines[0]
    art = st.get_article(first["article_id"])
    c = first["statement"]["content"]
    assert art.document.text[c["start"]:c["end"]] == c["text"]
    assert first["article_title"] and first["published"]
    buf = io.BytesIO()
    export_statements(st, "csv", buf)
    rows = buf.getvalue().decode().splitlines()
    assert rows[0].split(",") == list(COLUMNS) and len(rows) == 4
    buf = io.BytesIO()
    export_statements(st, "parquet", buf)
    import pyarrow.parquet as pq

    t = pq.read_table(io.BytesIO(buf.getvalue()))
    assert t.num_rows == 3 and t.column_names == list(COLUMNS)
    buf = io.BytesIO()
    assert export_articles(st, "jsonl", buf) == 2
    objs = [json.loads(x) for x in buf.getvalue().decode().splitlines()]
    assert all(o["schema"] == "saidwhat/1" for o in objs)
    with pytest.raises(FormatError):
        export_statements(st, "xml", io.BytesIO())


def test_stats_and_iteration(st):
    corpus(st)
    s = st.stats()
    assert (s.articles, s.stories, s.statements) == (2, 2, 3)
    assert s.actors == 2 and s.size_bytes > 0 and s.schema_version == "0002"
    assert [a.document.id for a in st.iter_articles()] == ["kyiv-1", "moscow-1"]
    assert [x.article_id for x in st.iter_statements(since=dt.date(2025, 3, 10))] == ["moscow-1"]


def test_readonly_store_refuses_writes(url):
    with open_store(url, aliases=None) as s:
        corpus(s)
    from saidwhat.errors import StoreError

    with open_store(url, readonly=True, aliases=None) as ro:
        assert ro.search("encircled").total == 2
        a = article("new", [("X Y", "z", "assert")])
        with pytest.raises(StoreError, match="read-only"):
            ro.ingest(a, content_hash=h(a))


def test_actor_ranking_follows_every_change(st):
    """`actors()` pages are cached per store version: an ingest, a merge and a split each show at once."""
    corpus(st)
    first = [(a.name, a.n_statements) for a in st.actors(top=5).items]
    assert first[0] == ("Volodymyr Zelensky", 2)
    more = article("moscow-2", [("Vladimir Putin", text, "assert") for text in (
                       "Grain exports will double by autumn", "The bridge repairs are finished ahead of time",
                       "No talks are planned with the northern delegation")], published="2025-03-13", actors=PUTIN,
                   tail="Another long paragraph about an unrelated market day, with fish, bread and rain.")
    st.ingest(more, content_hash=h(more), origin="moscow-2.txt")
    assert [(a.name, a.n_statements) for a in st.actors(top=5).items][0] == ("Vladimir Putin", 4)
    st.merge_actors("Vladimir Putin", "Volodymyr Zelensky")
    top = st.actors(top=5).items
    assert top[0].n_statements == 6 and len(top) == 1
