"""What a person sees: pages in headless Chromium on a seeded store (screenshots in test-artifacts/)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import saidwhat
from saidwhat.api import create_app
from saidwhat.web.sample import seed
from saidwhat.web.serve import running

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
ART = Path(__file__).parents[1] / "test-artifacts"


@pytest.fixture(scope="module")
def browser():
    if not shutil.which(CHROMIUM):
        pytest.skip("chromium is not installed (make sysdeps installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    url = str(tmp_path_factory.mktemp("browser") / "store.db")
    seed(url, n=30)
    with running(create_app(url, allow_upload=True, upload_token="tok")) as b:
        yield b


@pytest.fixture
def page(browser):
    """A fresh page that records console errors (CSP violations show up there) and dialogs."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    pg.errors, pg.dialogs = [], []
    pg.on("console", lambda m: m.type == "error" and pg.errors.append(m.text))
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    yield pg
    assert pg.errors == [], pg.errors
    assert pg.dialogs == [], pg.dialogs
    ctx.close()


def shot(page, name: str, full: bool = True) -> None:
    ART.mkdir(exist_ok=True)
    page.screenshot(path=str(ART / f"{name}.png"), full_page=full)


def test_index_lists_articles_and_actors(page, base):
    page.goto(base + "/")
    assert page.locator("h1").inner_text() == "Who said what, to whom, and when"
    assert page.locator("ul.articles li").count() == 12
    shot(page, "index")
    first = page.locator("ol.actors li a").first
    name = first.inner_text()
    first.click()
    assert page.locator("h1").inner_text() == name


def test_article_highlights_match_statements(page, base):
    page.goto(base + "/articles/sample-000005")
    n = page.locator("#stmts > li").count()
    assert n == 5
    # one first content fragment per statement, and a speaker and cue for each
    assert page.locator("#sw-text .sw-content:not(.sw-cont)").count() == n
    sids = page.locator("#stmts > li").evaluate_all("els => els.map(e => e.dataset.s)")
    for sid in sids:
        assert page.locator(f'#sw-text [data-s="{sid}"][data-role="speaker"]').count() >= 1
        assert page.locator(f'#sw-text [data-s="{sid}"][data-role="cue"]').count() >= 1
    # the three roles look different
    styles = {role: page.locator(f"#sw-text .sw-{role}").first.evaluate(
        "e => [getComputedStyle(e).color, getComputedStyle(e).backgroundColor, getComputedStyle(e).fontStyle,"
        " getComputedStyle(e).fontWeight].join('|')") for role in ("speaker", "cue", "content")}
    assert len(set(styles.values())) == 3, styles
    assert page.locator(".legend .sw-speaker").is_visible()
    shot(page, "article")
    # click the speaker highlight of the third statement: popover with its details, list entry marked
    sid = sids[2]
    page.locator(f'#sw-text [data-s="{sid}"][data-role="cue"]').first.click()
    pop = page.locator("#sw-pop")
    assert pop.is_visible()
    speaker = page.locator(f"#li-{sid} .stmt-head .who").inner_text()
    assert speaker in pop.inner_text() and "Act" in pop.inner_text() and "Date" in pop.inner_text()
    assert "sw-on" in page.locator(f"#li-{sid}").get_attribute("class")
    shot(page, "article-popover", full=False)
    page.keyboard.press("Escape")
    assert not pop.is_visible()
    # the removed debris is collapsed until opened
    det = page.locator("details.removed")
    assert det.get_attribute("open") is None
    det.locator("summary").click()
    assert det.locator("li").first.is_visible()


def test_side_list_scrolls_to_the_evidence(page, base):
    page.goto(base + "/articles/sample-000007")
    page.locator("#stmts .stmt-btn").nth(3).click()
    sid = page.locator("#stmts > li").nth(3).get_attribute("data-s")
    assert page.locator(f"#st-{sid}").evaluate("e => e.classList.contains('sw-on')")
    assert page.locator("#sw-pop").is_visible()


def test_search_filters_and_evidence_links(page, base):
    page.goto(base + "/search")
    page.fill("#s-q", "ceasefire")
    page.select_option("#s-act", "deny")
    page.click(".search-form button[type=submit]")
    assert "act=deny" in page.url and "q=ceasefire" in page.url
    acts = page.locator(".hits .hit .act").all_inner_texts()
    assert acts and {a.lower() for a in acts} == {"deny"}
    quotes = page.locator(".hits .hit-content").all_inner_texts()
    assert all("ceasefire" in q.lower() for q in quotes)
    shot(page, "search")
    link = page.locator(".hits a.evidence").first
    href = link.get_attribute("href")
    sid = href.split("#st-")[1]
    link.click()
    page.wait_for_url("**/articles/**")
    # arriving by an evidence link marks the statement and opens its popover
    assert page.locator(f"#st-{sid}").evaluate("e => e.classList.contains('sw-on')")
    assert page.locator("#sw-pop").is_visible()
    shot(page, "evidence", full=False)


def test_search_pagination(page, base):
    page.goto(base + "/search?kind=indirect")
    first = page.locator(".hits .hit-content").all_inner_texts()
    page.click("a[rel=next]")
    assert "page=2" in page.url and "kind=indirect" in page.url
    assert page.locator(".hits").get_attribute("start") == "26"
    assert page.locator(".hits .hit-content").all_inner_texts() != first


def test_actor_page_chart_links_to_search(page, base):
    page.goto(base + "/actors/Maria Lopez")
    assert page.locator("h1").inner_text() == "Maria Lopez"
    assert page.locator("svg.sw-timeline rect.bar").count() > 0
    bars = page.locator("svg.sw-bars rect.bar")
    assert bars.count() >= 2
    shot(page, "actor")
    label = page.locator("svg.sw-bars text.lbl").first.text_content()
    page.locator("svg.sw-bars a").first.click()
    page.wait_for_url("**/search?**")
    acts = {a.lower() for a in page.locator(".hits .hit .act").all_inner_texts()}
    assert acts == {label}
    assert {w for w in page.locator(".hits .who").all_inner_texts()} == {"Maria Lopez"}


def test_conflicts_and_docs_pages(page, base):
    page.goto(base + "/conflicts")
    assert page.locator("h1").inner_text() == "Conflicts"
    shot(page, "conflicts")
    page.goto(base + "/docs")
    assert page.locator(".op").count() >= 10
    shot(page, "docs", full=False)


def test_paste_shows_the_article_at_once(page, base, monkeypatch):
    from saidwhat.web.sample import story
    import random

    made = story(42, random.Random(42))
    monkeypatch.setattr(saidwhat, "read", lambda text, **kw: made)
    page.goto(base + "/paste")
    page.fill("#p-text", made.document.text)
    page.fill("#p-token", "tok")
    page.click("form.paste button[type=submit]")
    assert "Read just now" in page.locator(".notice").inner_text()
    assert page.locator("#stmts > li").count() == len(made.statements)
    shot(page, "pasted")


def test_paste_with_a_wrong_token_is_refused(page, base):
    page.goto(base + "/paste")
    page.fill("#p-text", "Someone said something.")
    page.fill("#p-token", "not-the-token")
    page.click("form.paste button[type=submit]")
    assert "401" in page.locator("h1").inner_text()
    page.errors.clear()  # the browser logs the 401 response itself


@pytest.mark.model
def test_paste_reads_with_the_real_model(page, base):
    text = ("Maria Lopez, the mayor of Springfield, said on Monday that the bridge would reopen next week. "
            "\"We are not going to wait any longer,\" she told reporters.\n\n"
            "The opposition leader John Carter denied that, saying the repairs were far from finished.")
    page.goto(base + "/paste")
    page.fill("#p-text", text)
    page.fill("#p-pub", "2025-03-16")
    page.fill("#p-token", "tok")
    page.click("form.paste button[type=submit]", timeout=120_000)
    assert page.locator("#stmts > li").count() >= 2
    assert "Maria Lopez" in page.locator("#stmts").inner_text()
    shot(page, "pasted-model")
