"""The HTML pages: server-rendered Jinja2 over the same store calls as the JSON API.

Routes are plain `def` so FastAPI runs them in its thread pool (the store is synchronous). Templates
autoescape everything; the only `Markup` that reaches them comes from `render_highlights` and the SVG
charts, which escape every piece themselves. Links to outside pages are allowed only for http(s) URLs.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from starlette.staticfiles import StaticFiles

from .. import __version__
from ..errors import DateError, InputError, NotFoundError, SaidwhatError
from ..model import ACTS, Article
from . import analysis
from .charts import bar_chart, timeline_chart
from .highlight import render_highlights, statement_title

HERE = Path(__file__).parent
PER_PAGE = 25
KINDS = ("direct", "indirect", "mixed")


def _q(value: Any) -> str:
    """Quote one path segment (ids and names may hold '/', '#', '?')."""
    return quote(str(value), safe="")


def _href(path: str, **params: Any) -> str:
    """`path` with the non-empty `params` as a query string."""
    clean = {k: v for k, v in params.items() if v not in (None, "", 0) or k == "page" and v}
    return path + ("?" + urlencode(clean) if clean else "")


def _safe_url(url: str | None) -> str | None:
    """An outside link only when it is http(s): never `javascript:` or `data:` from an article's metadata."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def _env() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["q"] = _q
    env.filters["safe_url"] = _safe_url
    env.globals.update(href=_href, ACTS=ACTS, KINDS=KINDS, version=__version__, title_of=statement_title)
    return env


ENV = _env()


def render(request: Request, template: str, ctx: dict[str, Any], *, status_code: int = 200,
           headers: dict[str, str] | None = None) -> HTMLResponse:
    state = request.app.state.saidwhat
    html = ENV.get_template(template).render(request=request, path=request.url.path, uploads=state.allow_upload,
                                             has_store=state.store is not None, **ctx)
    return HTMLResponse(html, status_code=status_code, headers=headers)


def static_app() -> StaticFiles:
    return StaticFiles(directory=HERE / "static")


def _page_args(page: int) -> tuple[int, int]:
    page = max(1, min(int(page), 4000))
    return page, (page - 1) * PER_PAGE


def _date(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise DateError(f"{name} must be a date like 2025-03-16, found {value!r}") from None


def _choice(value: str | None, allowed: tuple[str, ...], name: str) -> str | None:
    if value and value not in allowed:
        raise InputError(f"unknown {name} {value!r}; supported: {', '.join(allowed)}")
    return value or None


def _statement_rows(article: Article) -> list[dict[str, Any]]:
    """The side list: statements in reading order (by content start) with what the popover shows."""
    rows = []
    for st in sorted(article.statements, key=lambda s: (s.content.start, s.content.end)):
        rows.append({"s": st, "speaker": (st.speaker.name or st.speaker.text) if st.speaker else None,
                     "addressee": (st.addressee.name or st.addressee.text) if st.addressee else None})
    return rows


pages = APIRouter(include_in_schema=False)


@pages.get("/", response_class=HTMLResponse)
def index(request: Request) -> Response:
    state = request.app.state.saidwhat
    if state.store is None:
        return render(request, "index.html", {"stats": None, "recent": None, "actors": None})
    return render(request, "index.html", index_data(state))


def index_data(state) -> dict[str, Any]:
    """What the front page shows; the server computes it once at start (`AppState.warm`), as every visitor
    starts here and the actor ranking counts every statement (~100 ms at 100k statements)."""
    store = state.need_store()
    return {"stats": state.memo(("stats",), store.stats),
            "recent": state.memo(("articles", 12), lambda: store.list_articles(limit=12)),
            "actors": store.actors(top=15)}


@pages.get("/articles", response_class=HTMLResponse)
def articles(request: Request, q: str = "", wire: str = "", page: int = 1) -> Response:
    state = request.app.state.saidwhat
    store = state.need_store()
    page, offset = _page_args(page)
    res = state.memo(("articles", PER_PAGE, wire, q, offset),
                     lambda: store.list_articles(wire=wire or None, q=q or None, limit=PER_PAGE, offset=offset))
    return render(request, "articles.html", {"res": res, "q": q, "wire": wire, "page": page,
                                             "pages": -(-res.total // PER_PAGE)})


def _article_ctx(article: Article) -> dict[str, Any]:
    return {"article": article, "doc": article.document,
            "highlighted": render_highlights(article.document.text, article.statements),
            "rows": _statement_rows(article)}


@pages.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article(request: Request, article_id: str) -> Response:
    store = request.app.state.saidwhat.need_store()
    art = store.get_article(article_id)
    copies = [c for c in store.article_copies(article_id) if c.id != article_id]
    return render(request, "article.html", {**_article_ctx(art), "copies": copies, "stored": True})


@pages.get("/actors", response_class=HTMLResponse)
def actors(request: Request, q: str = "", page: int = 1) -> Response:
    store = request.app.state.saidwhat.need_store()
    page, offset = _page_args(page)
    res = store.actors(top=PER_PAGE, q=q or None, offset=offset)
    return render(request, "actors.html", {"res": res, "q": q, "page": page, "pages": -(-res.total // PER_PAGE)})


#: the actor page lists the latest positions; all of them are at /api/actors/{id}/positions
POSITIONS_SHOWN = 30


@pages.get("/actors/{name_or_id:path}", response_class=HTMLResponse)
def actor(request: Request, name_or_id: str) -> Response:
    state = request.app.state.saidwhat
    detail = analysis.actor_detail(state, name_or_id)
    name = detail.actor.name
    acts = sorted(detail.acts.items(), key=lambda kv: (-kv[1], kv[0]))
    ctx = {
        "d": detail,
        "acts_chart": bar_chart(acts, label=f"Statements by {name}, by speech act",
                                href=_href("/search", actor=detail.actor.id) + "&act={}"),
        "timeline": timeline_chart(detail.timeline, label=f"Statements by {name} over time",
                                   href=_href("/search", actor=detail.actor.id) + "&since={since}&until={until}"),
        "positions": (positions := analysis.positions_for(state, detail))[-POSITIONS_SHOWN:][::-1],
        "positions_total": len(positions),
    }
    return render(request, "actor.html", ctx)


@pages.get("/search", response_class=HTMLResponse)
def search(request: Request, q: str = "", actor: str = "", act: str = "", kind: str = "", since: str = "",
           until: str = "", wire: str = "", page: int = 1) -> Response:
    store = request.app.state.saidwhat.need_store()
    page, offset = _page_args(page)
    form = {"q": q, "actor": actor, "act": act, "kind": kind, "since": since, "until": until, "wire": wire}
    res = store.search(q or None, actor=actor or None, act=_choice(act, ACTS, "act"),
                       kind=_choice(kind, KINDS, "kind"), since=_date(since, "since"), until=_date(until, "until"),
                       wire=wire or None, limit=PER_PAGE, offset=offset)
    return render(request, "search.html", {"res": res, "form": form, "page": page,
                                           "pages": -(-res.total // PER_PAGE)})


@pages.get("/conflicts", response_class=HTMLResponse)
def conflicts(request: Request, page: int = 1, show_all: int = Query(0, alias="all")) -> Response:
    """The likelier conflicts (confidence at or above the report floor); `?all=1` shows every one."""
    res = request.app.state.saidwhat.analysis()
    page, offset = _page_args(page)
    shown = analysis.confident(res, 0.0 if show_all else None)
    return render(request, "conflicts.html", {"res": res, "shown": shown, "items": shown[offset:offset + PER_PAGE],
                                              "below": len(res.conflicts) - len(shown), "all": bool(show_all),
                                              "floor": analysis.report_floor(),
                                              "page": page, "pages": -(-len(shown) // PER_PAGE)})


@pages.get("/docs", response_class=HTMLResponse)
def docs(request: Request) -> Response:
    """The API reference, rendered from the OpenAPI schema on the server (no CDN, no script)."""
    spec = request.app.openapi()
    ops = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            ops.append({"method": method.upper(), "path": path, "op": op})
    return render(request, "docs.html", {"spec": spec, "ops": ops})


# ------------------------------------------------------------------------------ paste and upload
@pages.get("/paste", response_class=HTMLResponse)
def paste_form(request: Request) -> Response:
    state = request.app.state.saidwhat
    if not state.allow_upload:
        return render(request, "error.html", {"status": 403, "kind": "Forbidden",
                                              "message": "Pasting and uploading are disabled: start the server "
                                                         "with `saidwhat serve --allow-upload`."}, status_code=403)
    return render(request, "paste.html", {"form": {"published": date.today().isoformat()}, "token": ""})


@pages.post("/paste", response_class=HTMLResponse)
async def paste(request: Request) -> Response:
    from starlette.concurrency import run_in_threadpool

    state = request.app.state.saidwhat
    form = await request.form(max_files=0)
    token = str(form.get("token") or "")
    state.check_token(token)
    fields = {k: str(form.get(k) or "") for k in ("text", "published", "title", "url", "html", "save")}
    if not fields["text"].strip():
        raise InputError("nothing to read: paste the text of an article")
    art = await run_in_threadpool(_read_pasted, fields)
    ingest = None
    if fields["save"] and state.store is not None:
        from ..api import content_hash

        ingest = await run_in_threadpool(state.store.ingest, art, content_hash=content_hash(fields["text"]),
                                         origin="paste")
        state.forget_analysis()
    return render(request, "article.html", {**_article_ctx(art), "copies": [], "stored": False,
                                            "ingest": ingest, "form": fields, "token": token})


def _read_pasted(fields: dict[str, str]) -> Article:
    from .. import read

    kw: dict[str, Any] = {"html": bool(fields.get("html"))}
    if fields.get("published"):
        _date(fields["published"], "published")
        kw["published"] = fields["published"]
    for k in ("title", "url"):
        if fields.get(k):
            kw[k] = fields[k]
    return read(fields["text"], **kw)


#: at most this many files per upload form: each is read with the model in the request
MAX_FILES = 50


@pages.post("/upload", response_class=HTMLResponse)
async def upload(request: Request) -> Response:
    from starlette.concurrency import run_in_threadpool

    state = request.app.state.saidwhat
    form = await request.form(max_files=MAX_FILES)
    token = str(form.get("token") or "")
    state.check_token(token)
    store = state.need_store()
    published = str(form.get("published") or "") or None
    if published:
        _date(published, "published")
    results = []
    for f in form.getlist("files"):
        if isinstance(f, str):
            continue
        name = f.filename or "upload"
        raw = await f.read()
        try:
            results.append(await run_in_threadpool(_ingest_file, store, name, raw, published))
        except SaidwhatError as e:
            results.append({"name": name, "error": str(e)})
    if not results:
        raise InputError("no files were uploaded: choose one or more .txt or .html files")
    state.forget_analysis()
    return render(request, "uploaded.html", {"results": results, "token": token})


def _ingest_file(store, name: str, raw: bytes, published: str | None) -> dict[str, Any]:
    from .. import read
    from ..api import content_hash

    if b"\x00" in raw[:4096]:
        raise InputError(f"{name} looks binary (NUL bytes); upload plain text or HTML")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    is_html = name.lower().endswith((".html", ".htm"))
    kw: dict[str, Any] = {"html": is_html}
    if published:
        kw["published"] = published
    art = read(text, **kw)
    res = store.ingest(art, content_hash=content_hash(text), origin=f"upload:{name}")
    return {"name": name, "result": res, "title": art.document.title, "n": len(art.statements)}


@pages.get("/favicon.ico", include_in_schema=False)
def favicon() -> Response:
    return RedirectResponse("/static/favicon.svg", status_code=308)


__all__ = ["ENV", "PER_PAGE", "Markup", "NotFoundError", "pages", "render", "static_app"]
