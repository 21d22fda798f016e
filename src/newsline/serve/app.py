"""The newsline web app: FastAPI with server-rendered pages and a JSON API over one store.

`create_app(store_path)` builds it; `newsline serve` runs it with uvicorn on 127.0.0.1.
Every request opens its own SQLite connection (WAL: readers never block the writer).
Errors are JSON `{"error": message, "status": code}` under /api and an HTML page
elsewhere; no traceback ever reaches the client.
"""

from __future__ import annotations

import hmac
import logging
import secrets
from collections.abc import Iterator
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsline import __version__
from newsline.render.html import environment
from newsline.store import Store, StoreError, open_store

MAX_BODY = 5 * 1024 * 1024  # bytes in one POST: thousands of articles, not a runaway upload
MAX_ITEMS = 2000  # articles in one POST

log = logging.getLogger("newsline.serve")

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}
DEFAULT_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


class BodyLimit:
    """ASGI middleware: 413 for a request body over `max_body` bytes, declared or streamed.

    A body is read in full (up to the limit) before the app sees it, so an endpoint
    never starts on a request that turns out to be too large.
    """

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None:
            try:
                size = int(declared)
            except ValueError:
                size = -1
            if size < 0:
                await _send_json(send, 400, "invalid Content-Length header")
                return
            if size > self.max_body:
                await _send_json(send, 413, self._message())
                return
        chunks: list[bytes] = []
        received = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body = message.get("body", b"")
            received += len(body)
            if received > self.max_body:
                await _send_json(send, 413, self._message())
                return
            chunks.append(body)
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    def _message(self) -> str:
        return f"request body is larger than the limit of {self.max_body} bytes"


class SecurityHeaders:
    """ASGI middleware: no-sniff, no-referrer, no framing, and a strict default CSP."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                extra = {**SECURITY_HEADERS, "Content-Security-Policy": DEFAULT_CSP}
                for k, v in extra.items():
                    if k.lower().encode() not in present:
                        headers.append((k.lower().encode(), v.encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)


async def _send_json(send: Send, status: int, message: str) -> None:
    response = JSONResponse({"error": message, "status": status}, status_code=status)
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(k.encode(), v.encode()) for k, v in response.headers.items()],
        }
    )
    await send({"type": "http.response.body", "body": response.body})


def get_store(request: Request) -> Iterator[Store]:
    """A request's own store connection (dependency); 503 when the store cannot be opened."""
    try:
        store = open_store(request.app.state.store_path)
    except StoreError as exc:
        raise HTTPException(503, str(exc)) from None
    try:
        yield store
    finally:
        store.close()


def require_token(request: Request) -> None:
    """Writes need the token when the app has one: `Authorization: Bearer T` or X-Newsline-Token."""
    token = request.app.state.token
    if not token:
        return
    given = request.headers.get("x-newsline-token") or ""
    auth = request.headers.get("authorization") or ""
    if auth.lower().startswith("bearer "):
        given = auth[7:].strip()
    if not given or not hmac.compare_digest(given.encode(), token.encode()):
        raise HTTPException(
            401,
            "this server needs a token for writes: send `Authorization: Bearer TOKEN`",
            headers={"WWW-Authenticate": "Bearer"},
        )


StoreDep = Depends(get_store)


def render_page(template: str, context: dict, status: int = 200) -> HTMLResponse:
    """A page from the shared templates, with a CSP that lets only its own script run."""
    nonce = secrets.token_urlsafe(16)
    page = environment().get_template(template).render({**context, "csp_nonce": nonce})
    response = HTMLResponse(page, status_code=status)
    response.headers["Content-Security-Policy"] = (
        f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'unsafe-inline'; "
        "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; "
        "frame-ancestors 'none'"
    )
    return response


def app_context(nav: str = "", q: str = "") -> dict:
    """What the app bar needs on every page."""
    return {"nav": nav, "q": q, "version": __version__}


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api")


def _error(request: Request, status: int, message: str, headers: dict | None = None):
    if _wants_json(request):
        return JSONResponse({"error": message, "status": status}, status, headers=headers)
    titles = {404: "Not found", 401: "Token needed", 413: "Too large", 503: "Store unavailable"}
    context = {
        "app": app_context(),
        "status": status,
        "heading": titles.get(status, "Something went wrong" if status >= 500 else "Bad request"),
        "message": message,
        "version": __version__,
    }
    response = render_page("app_error.html", context, status)
    for k, v in (headers or {}).items():
        response.headers[k] = v
    return response


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for e in exc.errors():
        where = ".".join(str(p) for p in e.get("loc", ()) if p not in ("query", "path", "body"))
        parts.append(f"{where}: {e.get('msg', 'invalid')}" if where else str(e.get("msg")))
    return "invalid request: " + "; ".join(parts)


def create_app(
    store_path: str | Path,
    token: str | None = None,
    max_body: int = MAX_BODY,
    max_items: int = MAX_ITEMS,
) -> FastAPI:
    """The web app over the store at `store_path` (opened per request)."""
    from . import api, pages

    app = FastAPI(
        title="newsline",
        version=__version__,
        summary="Follow news stories over time: stored articles, saved stories, timelines.",
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.store_path = Path(store_path)
    app.state.token = token or None
    app.state.max_items = max_items

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):  # noqa: ANN202
        return _error(request, exc.status_code, str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):  # noqa: ANN202
        return _error(request, 400, _validation_message(exc))

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError):  # noqa: ANN202
        return _error(request, 503, str(exc))

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception):  # noqa: ANN202
        log.exception("error serving %s", request.url.path)
        return _error(request, 500, f"internal error ({type(exc).__name__}); see the server log")

    app.include_router(api.router)
    app.include_router(pages.router)
    app.add_middleware(BodyLimit, max_body=max_body)
    app.add_middleware(SecurityHeaders)
    return app
