"""The REST API and web UI over a store: one FastAPI app, `create_app(store_url)`.

A thin shell, like the CLI: every route calls the library (`saidwhat.read`, the store, claims) and
turns `SaidwhatError` into an HTTP status (`error.http_status`). JSON under `/api/` uses the same
contract as the CLI's JSON (`Article.to_dict()`, schema "saidwhat/1"; store rows as plain objects).
The HTML pages live in `saidwhat.web.views`; their OpenAPI description is left out of `/docs`, which
documents the JSON API (rendered on the server, no CDN: the server may have no internet).

Safety, by construction rather than by review:
- text and names reach HTML only through Jinja2 autoescaping or `markupsafe.escape`;
- a Content-Security-Policy forbids inline script and every origin but our own;
- request bodies are capped (`max_body`, 413) by FastAPI's own `max_body_size`, which checks the
  Content-Length header and counts streamed bytes;
- writes (paste, upload, POST /api/*) exist only with `allow_upload`, and need the token, compared in
  constant time; without a token one is generated, never "open";
- the store builds SQL with bound parameters only (the store's promise; a test searches `'; DROP TABLE`).
"""
from __future__ import annotations

import contextlib
import dataclasses
import gc
import hashlib
import hmac
import logging
import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from . import __version__
from .errors import InputError, NotFoundError, OutdatedStoreError, SaidwhatError, StoreError
from .model import ACTS, Article

log = logging.getLogger("saidwhat.api")

KINDS: tuple[str, ...] = ("direct", "indirect", "mixed")
#: the most results one page may ask for; deep pages cost the store a scan, so offsets are capped too
MAX_LIMIT = 200
MAX_OFFSET = 100_000

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


# ---------------------------------------------------------------------------------------- plumbing
def jsonable(value: Any) -> Any:
    """Dataclasses (model, store rows) to plain JSON values, the way `model.to_dict` does for articles."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, date):
        return value.isoformat()
    return value


def as_json(value: Any, status_code: int = 200) -> JSONResponse:
    """The response for `value` (dataclasses allowed), encoded in the handler's thread.

    Why not return the dict: FastAPI then validates it and walks it once more with `jsonable_encoder` on the
    event loop, 1-5 ms per response during which the process's other connections wait; under load that made
    API calls twice as slow as the pages (bench/web_load.py).
    """
    return JSONResponse(jsonable(value), status_code=status_code)


class SecurityHeaders:
    """CSP and friends on every response (the /docs page is ours, so it obeys the same policy)."""

    HEADERS = [
        (b"content-security-policy", CSP.encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"no-referrer"),
        (b"x-frame-options", b"DENY"),
    ]

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def with_headers(msg: Message) -> None:
            if msg["type"] == "http.response.start":
                names = {k.lower() for k, _ in msg.get("headers", [])}
                msg["headers"] = list(msg.get("headers", [])) + [h for h in self.HEADERS if h[0] not in names]
            await send(msg)

        await self.app(scope, receive, with_headers)


# ------------------------------------------------------------------------------------------ state
class AppState:
    """What every request shares: the open store, upload settings, and the cached claim analysis."""

    def __init__(self, store_url: str | None, *, allow_upload: bool, upload_token: str | None, max_body: int) -> None:
        self.store_url = store_url
        self.allow_upload = allow_upload
        self.upload_token = (upload_token or secrets.token_urlsafe(24)) if allow_upload else None
        self.max_body = max_body
        self.store = None
        if store_url is not None:
            from .store import open_store

            # serving only reads, so a missing store is an error rather than a new empty file,
            # unless uploads may fill it
            try:
                self.store = open_store(store_url, create=allow_upload, readonly=not allow_upload)
            except OutdatedStoreError:
                # a store from an older saidwhat: upgrade its schema once (a migration, no data change), then
                # serve it read-only as asked
                log.warning("upgrading the schema of %s", store_url)
                open_store(store_url, create=False, readonly=False).close()
                self.store = open_store(store_url, create=allow_upload, readonly=not allow_upload)
        self._lock = threading.Lock()
        self._claims_cache: tuple[Any, Any] | None = None  # (store fingerprint, result)
        self._memo: OrderedDict[tuple, Any] = OrderedDict()  # see `memo`
        self._memo_lock = threading.Lock()

    def need_store(self):
        if self.store is None:
            raise StoreError("no store is open: start the server with `saidwhat serve --db URL`")
        return self.store

    def check_token(self, given: str | None) -> None:
        """Refuse writes unless uploads are on and `given` matches the token (constant-time compare)."""
        if not self.allow_upload:
            raise HTTPException(403, "uploads are disabled: start the server with --allow-upload")
        if not given or not hmac.compare_digest(given.encode(), (self.upload_token or "").encode()):
            raise HTTPException(401, "a valid upload token is required (header 'Authorization: Bearer TOKEN', "
                                     "'X-Saidwhat-Token', or the form's token field)",
                                headers={"WWW-Authenticate": "Bearer"})

    #: store reads the pages repeat (index, actor pages, listings) kept per store state; a few hundred entries
    #: of a few KB each
    MEMO_SIZE = 512

    def memo(self, key: tuple, compute: Callable[[], Any]) -> Any:
        """`compute()`, remembered until the store changes (its `version()` token, one indexed query).

        Why: an actor page ranks, counts and reads its positions from thousands of statements (10-100 ms),
        and readers ask for the same few pages again and again; the store changes only on ingest. Two
        threads that miss at once both compute: cheaper than making one wait behind a lock.
        """
        full = (self.need_store().version(), *key)
        with self._memo_lock:
            if full in self._memo:
                self._memo.move_to_end(full)
                return self._memo[full]
        value = compute()
        with self._memo_lock:
            self._memo[full] = value
            while len(self._memo) > self.MEMO_SIZE:
                self._memo.popitem(last=False)
        return value

    def analysis(self):
        """Claims and conflicts over the whole store, computed once per store state (they are costly)."""
        from .web import analysis

        store = self.need_store()
        st = store.stats()
        key = (st.articles, st.statements, st.actors)
        with self._lock:
            if self._claims_cache is None or self._claims_cache[0] != key:
                self._claims_cache = (key, analysis.analyse(store))
            return self._claims_cache[1]

    def warm(self) -> None:
        """Compute at start what the first visitors would otherwise wait for: the front page, the claims."""
        from .web.views import index_data

        try:
            index_data(self)
            self.analysis()
        except Exception as e:  # noqa: BLE001 - a failed warm-up must not kill the server; the page will say why
            log.warning("warm-up failed: %s", e)
        # The long-lived objects (models, the cached analysis: ~180k objects) would otherwise be walked by
        # every full garbage collection, ~140 ms during which the process serves nothing; that pause was the
        # slowest 1 % of requests under load (bench/web_load.py). Frozen objects are never collected, which
        # costs nothing for objects kept for the life of the server anyway.
        gc.collect()
        gc.freeze()

    def forget_analysis(self) -> None:
        with self._lock:
            self._claims_cache = None

    def close(self) -> None:
        if self.store is not None:
            self.store.close()


async def get_state(request: Request) -> AppState:
    """Async on purpose: a plain `def` dependency is run in the thread pool, a second wait in its queue for
    every API request (under load API calls took twice as long as pages, which have no dependency)."""
    return request.app.state.saidwhat


State = Annotated[AppState, Depends(get_state)]


def token_from(request: Request) -> str | None:
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip()
    return request.headers.get("x-saidwhat-token")


def content_hash(text: str) -> str:
    """The store's duplicate key for a text we read here: SHA-256 of its UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def check_act(act: str | None) -> str | None:
    if act and act not in ACTS:
        raise InputError(f"unknown act {act!r}; supported: {', '.join(ACTS)}")
    return act or None


def check_kind(kind: str | None) -> str | None:
    if kind and kind not in KINDS:
        raise InputError(f"unknown kind {kind!r}; supported: {', '.join(KINDS)}")
    return kind or None


# -------------------------------------------------------------------------------------------- API
api = APIRouter(prefix="/api")

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="results per page")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="results to skip")]
Text = Annotated[str | None, Query(max_length=500)]


@api.get("/health", tags=["meta"], summary="Liveness, version, and whether a store is open")
def health(state: State) -> dict[str, Any]:
    return {"status": "ok", "version": __version__, "store": state.store is not None,
            "uploads": state.allow_upload}


@api.get("/stats", tags=["meta"], summary="Counts and size of the store")
def stats(state: State) -> dict[str, Any]:
    st = jsonable(state.need_store().stats())
    st.pop("url", None)  # a PostgreSQL URL may carry a password
    return st


@api.get("/articles", tags=["articles"], summary="Articles, newest first; filter by wire or title text")
def list_articles(state: State, wire: Text = None, q: Text = None, limit: Limit = 50, offset: Offset = 0) -> dict:
    return as_json(state.need_store().list_articles(wire=wire or None, q=q or None, limit=limit, offset=offset))


@api.get("/articles/{article_id:path}/copies", tags=["articles"],
         summary="Every stored copy of the article's story (wire copies, near duplicates)")
def article_copies(state: State, article_id: str) -> list[dict]:
    return as_json(state.need_store().article_copies(article_id))


@api.get("/articles/{article_id:path}", tags=["articles"],
         summary="One article with its statements, in the saidwhat/1 contract (as `saidwhat read --format json`)")
def get_article(state: State, article_id: str) -> dict:
    return as_json(state.need_store().get_article(article_id).to_dict())


@api.get("/search", tags=["statements"], summary="Statements by full text and filters, paginated")
def search(state: State, q: Text = None, actor: Text = None,
           act: Annotated[str | None, Query(description=f"one of: {', '.join(ACTS)}")] = None,
           kind: Annotated[str | None, Query(description="direct, indirect or mixed")] = None,
           since: date | None = None, until: date | None = None, wire: Text = None,
           limit: Limit = 50, offset: Offset = 0) -> dict:
    page = state.need_store().search(q or None, actor=actor or None, act=check_act(act), kind=check_kind(kind),
                                     since=since, until=until, wire=wire or None, limit=limit, offset=offset)
    return as_json(page)


@api.get("/actors", tags=["actors"], summary="Actors by number of statements; `q` filters by name or alias")
def list_actors(state: State, q: Text = None, limit: Limit = 20, offset: Offset = 0) -> dict:
    return as_json(state.need_store().actors(top=limit, q=q or None, offset=offset))


@api.get("/actors/{name_or_id:path}/positions", tags=["actors"],
         summary="The actor's positions on the corpus's claims (needs the claims module)")
def actor_positions(state: State, name_or_id: str) -> list[dict]:
    from .web import analysis

    return as_json(analysis.positions_for(state, analysis.actor_detail(state, name_or_id)))


@api.get("/actors/{name_or_id:path}", tags=["actors"],
         summary="One actor: aliases, statements by act, timeline, addressees, recent statements")
def get_actor(state: State, name_or_id: str) -> dict:
    from .web import analysis

    return as_json(analysis.actor_detail(state, name_or_id))


@api.get("/conflicts", tags=["claims"], summary="Claims on which speakers disagree, with each side's statements")
def conflicts(state: State, limit: Limit = 50, offset: Offset = 0,
              min_confidence: Annotated[float | None, Query(ge=0, le=1, description=(
                  "drop conflicts below this confidence; default the report floor (0.6: below it hand checks "
                  "found few right ones), 0 for all"))] = None) -> dict:
    from .web import analysis

    res = state.analysis()
    shown = analysis.confident(res, min_confidence)
    return as_json({"items": shown[offset:offset + limit], "total": len(shown), "limit": limit, "offset": offset,
                    "below_floor": len(res.conflicts) - len(shown), "available": res.available, "note": res.note})


class ReadRequestDoc:
    """Body of POST /api/read and POST /api/articles (documented here, validated in `_read_body`)."""

    example = {"text": "Ana Pérez said on Monday that the talks had failed.", "published": "2025-03-16",
               "title": None, "url": None, "source": None, "html": False}


def _read_body(body: dict[str, Any]) -> Article:
    from . import read

    if not isinstance(body, dict) or not isinstance(body.get("text"), str):
        raise InputError("the JSON body needs a string field 'text' (and optionally published, title, url, "
                         "source, html)")
    kw: dict[str, Any] = {}
    for k in ("published", "title", "url", "source", "doc_id"):
        v = body.get(k)
        if v is not None and not isinstance(v, str):
            raise InputError(f"field {k!r} must be a string, found {type(v).__name__}")
        if v:
            kw[k] = v
    return read(body["text"], html=bool(body.get("html", False)), **kw)


@api.post("/read", tags=["write"], summary="Read a pasted article now (needs --allow-upload and the token)")
def read_now(state: State, request: Request,
             body: Annotated[dict[str, Any], Body(examples=[ReadRequestDoc.example])]) -> dict:
    state.check_token(token_from(request))
    return _read_body(body).to_dict()


@api.post("/articles", tags=["write"], status_code=201,
          summary="Read an article and add it to the store (needs --allow-upload and the token)")
def ingest(state: State, request: Request,
           body: Annotated[dict[str, Any], Body(examples=[ReadRequestDoc.example])]) -> dict:
    state.check_token(token_from(request))
    store = state.need_store()
    article = _read_body(body)
    res = store.ingest(article, content_hash=content_hash(body["text"]), origin="api")
    state.forget_analysis()
    return jsonable(res)


# ---------------------------------------------------------------------------------------- errors
def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def _error_response(request: Request, status: int, kind: str, message: str,
                    headers: dict[str, str] | None = None) -> Response:
    if _wants_json(request):
        return JSONResponse({"error": kind, "message": message}, status_code=status, headers=headers)
    from .web.views import render

    return render(request, "error.html", {"status": status, "kind": kind, "message": message},
                  status_code=status, headers=headers)


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(SaidwhatError)
    async def _saidwhat(request: Request, exc: SaidwhatError) -> Response:
        return _error_response(request, exc.http_status, type(exc).__name__, str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        names = {401: "Unauthorized", 403: "Forbidden", 404: "NotFound", 405: "MethodNotAllowed",
                 413: "TooLargeError"}
        msg = exc.detail if isinstance(exc.detail, str) else "request refused"
        if exc.status_code == 404 and msg == "Not Found":
            msg = f"nothing at {request.url.path}"
        return _error_response(request, exc.status_code, names.get(exc.status_code, "HTTPError"), msg,
                               headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(f"{'.'.join(str(x) for x in e.get('loc', ())[1:]) or 'body'}: {e.get('msg')}"
                             for e in exc.errors())
        if _wants_json(request):
            return JSONResponse({"error": "InputError", "message": problems,
                                 "detail": jsonable(list(exc.errors()))}, status_code=422)
        return _error_response(request, 422, "InputError", problems)

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        return _error_response(request, 500, "InternalError",
                               "the server hit an unexpected error; it has been logged")


# ------------------------------------------------------------------------------------------- app
def create_app(store_url: str | None, *, allow_upload: bool = False, upload_token: str | None = None,
               max_body: int = 5_000_000) -> FastAPI:
    """The web app over the store at `store_url` (None: no store, only reading pasted text).

    With `allow_upload`, paste/upload pages and POST routes exist and need `upload_token`
    (generated when not given; read it from `app.state.saidwhat.upload_token`).
    Raises `StoreError` when the store cannot be opened.
    """
    from .web.views import pages, static_app

    state = AppState(store_url, allow_upload=allow_upload, upload_token=upload_token, max_body=max_body)
    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI):
        import anyio.to_thread

        # page and API handlers are synchronous (SQLite, templates) and hold the GIL: a few threads serve as
        # many requests per second as anyio's default 40, with less switching (bench/web_load.py)
        anyio.to_thread.current_default_thread_limiter().total_tokens = HANDLER_THREADS
        if state.store is not None:
            # cluster claims while the first visitor is still on another page: the conflicts page then opens
            # at once instead of after the clustering (seconds on a large store)
            threading.Thread(target=state.warm, name="saidwhat-claims-warmup", daemon=True).start()
        yield
        state.close()

    app = FastAPI(title="saidwhat", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
                  max_body_size=max_body,
                  description="Who said what, to whom, and when: articles, statements, actors and conflicts "
                              "from a saidwhat store. JSON follows the saidwhat/1 contract (docs/output.md).")
    app.state.saidwhat = state
    app.include_router(api)
    app.include_router(pages)
    app.mount("/static", static_app(), name="static")
    _install_error_handlers(app)
    app.add_middleware(SecurityHeaders)

    return app


#: threads per server process running the synchronous handlers
HANDLER_THREADS = 4

#: `saidwhat serve --workers N` hands the settings to each worker process through this variable
SETTINGS_ENV = "SAIDWHAT_SERVE_SETTINGS"


def app_from_env() -> FastAPI:
    """The app factory uvicorn's worker processes call (settings from `SETTINGS_ENV`, set by `saidwhat serve`)."""
    import json
    import os

    raw = os.environ.get(SETTINGS_ENV)
    if not raw:
        raise StoreError(f"{SETTINGS_ENV} is not set: start the server with `saidwhat serve --workers N`")
    return create_app(**json.loads(raw))


__all__ = ["SETTINGS_ENV", "app_from_env", "AppState", "SecurityHeaders", "content_hash", "create_app", "jsonable"]
