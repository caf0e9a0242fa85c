"""The HTML pages over a seeded store, checked as HTML (the browser tests check what a person sees)."""
from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

import saidwhat
from saidwhat.api import create_app
from saidwhat.web.charts import bar_chart, timeline_buckets, timeline_chart
from saidwhat.web.sample import seed, story


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    url = str(tmp_path_factory.mktemp("pages") / "store.db")
    return url, seed(url, n=20)


@pytest.fixture(scope="module")
def client(seeded):
    with TestClient(create_app(seeded[0])) as c:
        yield c


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])


@pytest.mark.parametrize("path", ["/", "/articles", "/articles?page=2", "/actors", "/actors?q=lopez", "/search",
                                  "/search?q=bridge&act=deny&kind=indirect&since=2024-01-01&until=2025-12-31",
                                  "/conflicts", "/docs", "/articles/sample-000003", "/actors/Maria Lopez"])
def test_pages_load_and_internal_links_resolve(client, path):
    r = client.get(path)
    assert r.status_code == 200, r.text[:300]
    assert r.headers["content-type"].startswith("text/html")
    p = Links()
    p.feed(r.text)
    internal = [h for h in p.hrefs if h.startswith("/") and not h.startswith("/api/")]
    for h in sorted(set(internal))[:25]:
        assert client.get(h.split("#")[0]).status_code == 200, f"{path} links to {h}"


def test_article_page_highlights_every_statement(client, seeded):
    art = next(a for a in seeded[1] if a.document.id == "sample-000003")
    html = client.get("/articles/sample-000003").text
    for st in art.statements:
        assert f'id="st-{st.id}"' in html  # the first content fragment, target of evidence links
        assert f'id="li-{st.id}"' in html  # the side list entry
        assert html.count(f'data-s="{st.id}" data-role="speaker"') >= 1
        assert html.count(f'data-s="{st.id}" data-role="cue"') >= 1
    side = re.findall(r'<li class="stmt" id="li-([^"]+)"', html)
    by_start = [s.id for s in sorted(art.statements, key=lambda s: (s.content.start, s.content.end))]
    assert side == by_start  # the side list is in reading order
    assert "Removed while cleaning" in html
    assert "Other copies of this story" not in html  # story 3 has no copy (copies every 5th)


def test_article_page_lists_copies(client):
    html = client.get("/articles/sample-000005").text
    assert "Other copies of this story" in html and "/articles/sample-000005-" in html


def test_search_page_links_to_evidence(client):
    html = client.get("/search", params={"q": "ceasefire"}).text
    links = re.findall(r'class="evidence" href="(/articles/[^"#]+)#st-([^"]+)"', html)
    assert links
    for path, sid in links[:5]:
        assert f'id="st-{sid}"' in client.get(path).text


def test_search_page_keeps_filters_and_paginates(client):
    html = client.get("/search", params={"act": "warn", "kind": "indirect"}).text
    assert "<option selected>warn</option>" in html and "<option selected>indirect</option>" in html
    html = client.get("/search", params={"kind": "indirect", "wire": "Northwire"}).text
    total = int(re.search(r'id="count">([\d,]+) statement', html).group(1).replace(",", ""))
    assert total > 25 and 'rel="next"' in html
    nxt = re.search(r'rel="next" href="([^"]+)"', html).group(1).replace("&amp;", "&")
    assert "kind=indirect" in nxt and "wire=Northwire" in nxt and "page=2" in nxt
    assert 'start="26"' in client.get(nxt).text


def test_bad_filter_shows_a_clean_error_page(client):
    r = client.get("/search", params={"act": "yell"})
    assert r.status_code == 400 and "supported" in r.text and "Traceback" not in r.text
    r = client.get("/search", params={"since": "03/16/2025"})
    assert r.status_code == 400 and "2025-03-16" in r.text
    r = client.get("/articles/nope")
    assert r.status_code == 404 and "nope" in r.text


def test_actor_page_has_charts_and_addressees(client):
    html = client.get("/actors/Ines Duarte").text
    assert html.count('class="sw-chart sw-timeline"') == 1 and html.count('class="sw-chart sw-bars"') == 1
    assert "Also called" in html and "Duarte" in html
    assert re.search(r'<a href="/search\?actor=[^"]+&amp;act=\w+"', html)  # act bars link to searches


def test_paste_page_only_with_uploads(seeded, monkeypatch):
    c = TestClient(create_app(seeded[0]))
    assert c.get("/paste").status_code == 403
    assert c.post("/paste", data={"text": "x", "token": "t"}).status_code == 403
    assert "/paste" not in re.findall(r'<nav aria-label="Main">(.*?)</nav>', c.get("/").text, re.S)[0]
    made = story(5, __import__("random").Random(3))
    monkeypatch.setattr(saidwhat, "read", lambda text, **kw: made)
    w = TestClient(create_app(seeded[0], allow_upload=True, upload_token="tok"))
    assert w.get("/paste").status_code == 200
    assert w.post("/paste", data={"text": "anything", "token": "bad"}).status_code == 401
    r = w.post("/paste", data={"text": "anything", "token": "tok", "published": "2025-03-16"})
    assert r.status_code == 200 and "Read just now; not stored." in r.text
    assert r.text.count('class="stmt"') == len(made.statements)


def test_upload_ingests_files(tmp_path, monkeypatch):
    url = str(tmp_path / "u.db")
    seed(url, n=1, with_hostile=False)
    seen = []

    def fake_read(text, **kw):
        seen.append((text, kw))
        return story(100 + len(seen), __import__("random").Random(len(seen)))

    monkeypatch.setattr(saidwhat, "read", fake_read)
    w = TestClient(create_app(url, allow_upload=True, upload_token="tok"), raise_server_exceptions=False)
    before = w.get("/api/stats").json()["articles"]
    files = [("files", ("a.txt", "First article text.".encode(), "text/plain")),
             ("files", ("b.html", b"<p>Second</p>", "text/html")),
             ("files", ("c.bin", b"\x00\x01\x02", "application/octet-stream"))]
    r = w.post("/upload", data={"token": "tok", "published": "2025-01-02"}, files=files)
    assert r.status_code == 200, r.text[:500]
    assert [s[1]["html"] for s in seen] == [False, True]
    assert "looks binary" in r.text
    assert w.get("/api/stats").json()["articles"] == before + 2  # the two readable files, not the binary one
    assert w.post("/upload", data={"token": "nope"}, files=files[:1]).status_code == 401


def test_charts_escape_and_bucket():
    svg = str(bar_chart([("<b>", 3), ("deny", 1)], label="x<y"))
    assert "<b>" not in svg and "&lt;b&gt;" in svg and 'aria-label="x&lt;y"' in svg
    unit, b = timeline_buckets([("2025-01-01", 1), ("2025-01-03", 2), ("XXXX-XX-XX", 5)])
    assert unit == "day" and [n for _, n in b] == [1, 0, 2]
    unit, b = timeline_buckets([("2024-01-01", 1), ("2025-06-01", 1)])
    assert unit == "week" and sum(n for _, n in b) == 2
    unit, b = timeline_buckets([("2020-01-15", 1), ("2025-06-01", 1)])
    assert unit == "month" and b[0][0].day == 1
    assert "No dated" in str(timeline_chart([], label="x"))
