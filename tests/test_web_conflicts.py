"""Conflicts and positions as a person sees them, on a store holding the bundled example read by the real model.

The example has Mr Varga accusing foreign volunteers of smuggling weapons and Paris denying it: the conflicts
page must show that pair as two sides with working links to the evidence, and the actor page must render
positions as text (not as Python reprs).
"""
from __future__ import annotations

import hashlib
import re
import shutil

import pytest
from fastapi.testclient import TestClient

import saidwhat
from saidwhat.api import create_app
from saidwhat.store import open_store

from conftest import EXAMPLES

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def store_url(tmp_path_factory, nlp):
    url = str(tmp_path_factory.mktemp("conflicts") / "store.db")
    text = (EXAMPLES / "ceasefire.txt").read_text(encoding="utf-8")
    art = saidwhat.read(text, published="2025-06-14", doc_id="ceasefire")
    with open_store(url) as st:
        st.ingest(art, content_hash=hashlib.sha256(text.encode()).hexdigest(), origin="test")
    return url


@pytest.fixture(scope="module")
def client(store_url):
    with TestClient(create_app(store_url)) as c:
        yield c


def _accusation(conflicts: list[dict]) -> dict:
    for c in conflicts:
        acts = {r["act"] for side in (c["side_a"], c["side_b"]) for r in side["statements"]}
        if {"accuse", "deny"} <= acts and "smuggl" in c["label"]:
            return c
    raise AssertionError(f"no accuse/deny conflict about smuggling among {[c['label'] for c in conflicts]}")


def test_api_conflict_has_both_sides(client):
    r = client.get("/api/conflicts", params={"limit": 100})
    assert r.status_code == 200
    c = _accusation(r.json()["items"])
    sides = {s["stance"]: s for s in (c["side_a"], c["side_b"])}
    accusers = {r["speaker_actor"] for r in sides["supports"]["statements"]}
    deniers = {r["speaker_actor"] for r in sides["denies"]["statements"]}
    assert "anton-varga" in accusers
    assert "france" in deniers
    assert 0 < c["confidence"] <= 1


def test_conflicts_page_renders_sides_and_links_resolve(client):
    html = client.get("/conflicts").text
    assert "Conflict(" not in html and "StatementRef(" not in html  # rendered, not repr'd
    assert "supports: Anton Varga" in html
    links = set(re.findall(r'href="(/articles/[^"#]+)#(st-[^"]+)"', html))
    assert links
    for path, anchor in links:
        page = client.get(path)
        assert page.status_code == 200
        assert f'id="{anchor}"' in page.text, (path, anchor)


def test_a_date_taken_from_the_article_is_shown_as_the_day_it_was_reported(client):
    """A statement with no date of its own carries its article's publication date; the API says so and the page
    prints "reported <date>", so a reader never takes the day of the report for the day it was said."""
    refs = [r for c in client.get("/api/conflicts", params={"limit": 100}).json()["items"]
            for side in (c["side_a"], c["side_b"]) for r in side["statements"]]
    assert {r["date_from"] for r in refs} <= {"said", "published", None}
    published = [r for r in refs if r["date_from"] == "published"]
    assert published and all(r["date"] == "2025-06-14" for r in published)
    html = client.get("/conflicts").text
    assert "reported 2025-06-14" in html


def test_actor_page_renders_positions(client):
    html = client.get("/actors/anton-varga").text
    assert "Position(" not in html
    assert re.search(r'<li class="position">', html)


@pytest.mark.browser
def test_conflicts_page_in_the_browser(store_url):
    if not shutil.which("/usr/bin/chromium"):
        pytest.skip("chromium is not installed (make sysdeps installs it)")
    from playwright.sync_api import sync_playwright

    from saidwhat.web.serve import running
    from test_web_browser import ARGS, ART

    with running(create_app(store_url)) as base, sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = b.new_page(viewport={"width": 1280, "height": 900})
        page.goto(base + "/conflicts")
        card = page.locator("section.conflict", has_text="smuggling").first
        assert card.locator(".side").count() == 2
        ART.mkdir(exist_ok=True)
        page.screenshot(path=str(ART / "conflicts-example.png"), full_page=True)
        href = card.locator(".side-denies a.evidence").first.get_attribute("href")
        card.locator(".side-denies a.evidence").first.click()
        page.wait_for_url("**/articles/**")
        anchor = href.split("#", 1)[1]
        assert page.locator(f"#{anchor}").count() == 1
        b.close()


def test_positions_from_the_store_read_only_the_actors_articles_yet_match_a_full_scan(store_url):
    """`positions_in_store` (web and CLI) fetches the actor's statements and their articles' context; it must
    give what resolving every stored statement gives."""
    from saidwhat.claims import plain, positions_from_items, positions_in_store
    from saidwhat.claims.items import items_from_hits

    with open_store(store_url, readonly=True) as st:
        every = items_from_hits(list(st.iter_statements()))
        actors = st.actors(top=50).items
        assert actors
        for a in actors:
            full = positions_from_items([it for it in every if it.ref.speaker_actor == a.id], actor_label=a.name)
            assert plain(positions_in_store(st, a.id, a.name)) == plain(full), a.id
        varga = next(a for a in actors if a.id == "anton-varga")
        assert len(positions_in_store(st, varga.id, varga.name, limit=2)) <= 2
