"""Escaping, SQL injection, body limits, upload tokens and loopback binding (issue 7's security list)."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from saidwhat.api import create_app
from saidwhat.web.sample import hostile, seed
from saidwhat.web.serve import free_port, running

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
HOSTILE = hostile()
EVIL_NAME = HOSTILE.statements[0].speaker.name


@pytest.fixture(scope="module")
def url(tmp_path_factory):
    u = str(tmp_path_factory.mktemp("sec") / "store.db")
    seed(u, n=8)  # includes hostile()
    return u


@pytest.fixture(scope="module")
def client(url):
    with TestClient(create_app(url)) as c:
        yield c


class Tags(HTMLParser):
    """Every element and attribute the browser would build from the page."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def built(html: str) -> list[tuple[str, dict]]:
    p = Tags()
    p.feed(html)
    return p.tags


def hostile_pages(client) -> dict[str, str]:
    actor_id = client.get("/api/actors", params={"q": "img"}).json()["items"][0]["id"]
    paths = ["/", "/articles", "/articles/hostile-0", "/search?q=script", "/search?actor=" + actor_id,
             "/actors", "/actors/" + actor_id]
    out = {}
    for p in paths:
        r = client.get(p)
        assert r.status_code == 200, p
        out[p] = r.text
    return out


def test_hostile_text_builds_no_markup(client):
    for path, html in hostile_pages(client).items():
        for tag, attrs in built(html):
            assert tag not in ("img", "b", "i", "iframe", "object") or tag == "b" and not attrs, (path, tag, attrs)
            assert not any(k.startswith("on") for k in attrs), (path, tag, attrs)
            if tag == "script":
                assert attrs.get("src", "").startswith("/static/"), (path, attrs)
            for k in ("href", "src", "action"):
                assert not attrs.get(k, "").lower().startswith(("javascript:", "data:")), (path, tag, attrs)
        assert "<script>alert" not in html and "onerror=alert(1)>" not in html.replace("&gt;", "")


def test_hostile_article_text_round_trips_escaped(client):
    html = client.get("/articles/hostile-0").text
    body = re.search(r'<div class="sw-text" id="sw-text">(.*?)</div>', html, re.S).group(1)
    import html as h

    assert h.unescape(re.sub(r"<[^>]+>", "", body)) == HOSTILE.document.text
    assert "{{ 7*7 }}" in html and "49" not in body  # no template evaluation of article text


def test_json_api_returns_text_verbatim(client):
    d = client.get("/api/articles/hostile-0").json()
    assert d["document"]["text"] == HOSTILE.document.text
    assert client.get("/api/articles/hostile-0").headers["content-type"].startswith("application/json")


@pytest.mark.parametrize("q", ["'; DROP TABLE statements; --", "\" OR 1=1 --", "x' UNION SELECT * FROM actors --",
                               "\"unbalanced", "NEAR(", "a AND OR b", "*", "-", "ceasefire)", "%", "_", "\\"])
def test_injection_like_search_finds_nothing_and_harms_nothing(client, q):
    before = client.get("/api/stats").json()
    r = client.get("/api/search", params={"q": q})
    assert r.status_code == 200, r.text
    # whatever is found is a plain text match: every word of the query is in the hit's article
    words = [w.lower() for w in re.findall(r"\w+", q)]
    for h in r.json()["items"]:
        text = client.get(f"/api/articles/{h['article_id']}").json()["document"]["text"].lower()
        assert all(w in text for w in words), (q, h["article_id"])
    for param in ("actor", "wire"):
        assert client.get("/api/search", params={param: q}).status_code in (200, 404)
    assert client.get("/search", params={"q": q}).status_code == 200
    assert client.get("/api/actors", params={"q": q}).status_code == 200
    assert client.get("/api/articles", params={"q": q}).status_code == 200
    assert client.get("/api/stats").json() == before
    assert client.get("/api/articles/hostile-0").status_code == 200


def test_drop_table_search_on_a_clean_store_finds_nothing(tmp_path):
    u = str(tmp_path / "clean.db")
    seed(u, n=3, with_hostile=False)
    c = TestClient(create_app(u))
    before = c.get("/api/stats").json()
    r = c.get("/api/search", params={"q": "'; DROP TABLE"})
    assert r.status_code == 200 and r.json()["total"] == 0
    assert c.get("/search", params={"q": "'; DROP TABLE statements; --"}).status_code == 200
    assert c.get("/api/stats").json() == before and before["statements"] > 0


def test_body_size_limit_on_pages_and_api(url):
    c = TestClient(create_app(url, allow_upload=True, upload_token="tok", max_body=10_000),
                   raise_server_exceptions=False)
    big = "x" * 20_000
    assert c.post("/paste", data={"text": big, "token": "tok"}).status_code == 413
    assert c.post("/api/read", json={"text": big}, headers={"Authorization": "Bearer tok"}).status_code == 413
    r = c.post("/upload", data={"token": "tok"}, files=[("files", ("a.txt", big.encode(), "text/plain"))])
    assert r.status_code == 413


def test_uploads_without_token_are_refused(url):
    off = TestClient(create_app(url))
    assert off.post("/paste", data={"text": "x", "token": "anything"}).status_code == 403
    assert off.post("/upload", data={"token": "x"}, files=[("files", ("a.txt", b"x", "text/plain"))]).status_code == 403
    assert off.post("/api/articles", json={"text": "x"}).status_code == 403
    on = TestClient(create_app(url, allow_upload=True, upload_token="tok"))
    assert on.post("/paste", data={"text": "x"}).status_code == 401
    assert on.post("/paste", data={"text": "x", "token": "tok "}).status_code == 401
    assert on.post("/upload", files=[("files", ("a.txt", b"x", "text/plain"))]).status_code == 401
    assert on.post("/api/articles", json={"text": "x"}, headers={"Authorization": "Bearer TOK"}).status_code == 401
    # a token in the query string is not accepted (it would end up in logs and history)
    assert on.post("/api/articles?token=tok", json={"text": "x"}).status_code == 401


def test_errors_never_show_a_traceback(url, monkeypatch):
    import saidwhat.web.views as views

    c = TestClient(create_app(url), raise_server_exceptions=False)

    def boom(*a, **k):
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(views, "render_highlights", boom)
    r = c.get("/articles/hostile-0")
    assert r.status_code == 500
    assert "secret internal detail" not in r.text and "Traceback" not in r.text


@pytest.mark.browser
def test_nothing_executes_in_the_browser(url):
    if not shutil.which("/usr/bin/chromium"):
        pytest.skip("chromium is not installed (make sysdeps installs it)")
    from playwright.sync_api import sync_playwright

    fired: list[str] = []
    with running(create_app(url)) as base, sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        pg = b.new_page()
        pg.on("dialog", lambda d: (fired.append(d.message), d.dismiss()))
        pg.add_init_script("window.__xss = []; for (const f of ['alert','confirm','prompt'])"
                           " { const o = window[f]; window[f] = (m) => { window.__xss.push(String(m)); }; }")
        actor_id = TestClient(create_app(url)).get("/api/actors", params={"q": "img"}).json()["items"][0]["id"]
        for path in ["/", "/articles/hostile-0", "/search?q=script", "/actors/" + actor_id, "/actors"]:
            pg.goto(base + path)
            for el in pg.locator("main .sw-hl, main a, main .stmt-btn").all()[:40]:
                if el.is_visible():
                    el.hover()
            assert pg.evaluate("window.__xss") == [], path
            assert pg.locator("img").count() == 0, path
        pg.goto(base + "/articles/hostile-0")
        pg.locator(".sw-hl").first.click()
        assert pg.evaluate("window.__xss") == []
        Path(__file__).parents[1].joinpath("test-artifacts").mkdir(exist_ok=True)
        pg.screenshot(path=str(Path(__file__).parents[1] / "test-artifacts" / "hostile.png"), full_page=True)
        b.close()
    assert fired == []


def test_serve_binds_to_loopback_by_default_and_prints_a_token(url):
    psutil = pytest.importorskip("psutil")
    port = free_port()
    exe = Path(sys.executable).with_name("saidwhat")
    proc = subprocess.Popen([str(exe), "serve", "--db", url, "--port", str(port), "--allow-upload"],
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        deadline, listening = time.monotonic() + 90, []
        while time.monotonic() < deadline and not listening:
            assert proc.poll() is None, proc.stderr.read()
            listening = [c.laddr for c in psutil.Process(proc.pid).net_connections(kind="inet")
                         if c.status == psutil.CONN_LISTEN]
            time.sleep(0.2)
        assert listening, "serve never listened"
        assert {a.ip for a in listening} == {"127.0.0.1"} and {a.port for a in listening} == {port}
        import httpx

        assert httpx.get(f"http://127.0.0.1:{port}/api/health").json()["uploads"] is True
    finally:
        proc.terminate()
        err = proc.communicate(timeout=20)[1]
    token = re.search(r"upload token: (\S+)", err)
    assert token and len(token.group(1)) >= 24, err


def test_serve_with_two_workers_shares_the_upload_token(url):
    """`--workers 2`: both processes serve the same store and accept the one token printed at start."""
    import httpx

    port = free_port()
    exe = Path(sys.executable).with_name("saidwhat")
    proc = subprocess.Popen([str(exe), "serve", "--db", url, "--port", str(port), "--workers", "2",
                             "--allow-upload", "--token", "tok-for-both-workers-123456"],
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    try:
        deadline, ok = time.monotonic() + 90, False
        while time.monotonic() < deadline and not ok:
            assert proc.poll() is None, proc.stderr.read()
            try:
                ok = httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2).status_code == 200
            except httpx.HTTPError:
                time.sleep(0.3)
        assert ok, "serve --workers 2 never answered"
        for _ in range(6):  # spread over both workers: every one must know the token
            r = httpx.post(f"http://127.0.0.1:{port}/api/read", json={"text": ""},
                           headers={"Authorization": "Bearer wrong"}, timeout=10)
            assert r.status_code == 401
        stats = httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=10).json()
        assert stats["articles"] >= 1
    finally:
        proc.terminate()
        proc.communicate(timeout=30)
