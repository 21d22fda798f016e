"""The web app's HTML pages: stories, a story's timeline, an article, search, API reference."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response

from newsline.follow_cli import render_timeline
from newsline.render.common import generated_label
from newsline.render.html import timeline_context
from newsline.store import Store, UnknownStory, get_article, list_stories, search, story_timeline
from newsline.store.articles import stored_quotes
from newsline.store.feeds import list_feeds
from newsline.store.stories import first_seen, get_story

from .app import StoreDep, app_context, render_page
from .views import article_href, article_page, search_result, story_card, story_href

router = APIRouter(include_in_schema=False)

EXPORTS = {  # suffix -> (format of `story show`, media type, label)
    "json": ("json", "application/json", "JSON"),
    "md": ("md", "text/markdown; charset=utf-8", "Markdown"),
    "html": ("html", "text/html; charset=utf-8", "HTML report"),
    "timelinejs.json": ("timelinejs", "application/json", "TimelineJS"),
    "csv": ("csv", "text/csv; charset=utf-8", "CSV"),
}


def _new_ids(store: Store, name: str, updated_at: str | None) -> frozenset[str]:
    """Events that appeared at the story's last update (none on its first build)."""
    seen = first_seen(store.conn, name)
    if not seen or not updated_at:
        return frozenset()
    new = {eid for eid, first in seen.items() if first == updated_at}
    return (
        frozenset() if len(new) == len(seen) or min(seen.values()) == updated_at else frozenset(new)
    )


@router.get("/", response_class=HTMLResponse)
def index(store: Annotated[Store, StoreDep]) -> HTMLResponse:
    cards = [
        story_card(s, len(_new_ids(store, s.name, s.updated_at))) for s in list_stories(store.conn)
    ]
    recent = store.conn.execute(
        "SELECT id, title, source, url, published, added_at FROM articles"
        " ORDER BY added_at DESC, published DESC LIMIT 8"
    ).fetchall()
    n_articles = store.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    context = {
        "app": app_context("stories"),
        "stories": cards,
        "feeds": [
            {**f, "polled_label": generated_label(f["last_polled"]) if f["last_polled"] else None}
            for f in list_feeds(store.conn)
        ],
        "recent": [
            search_result({**dict(r), "snippet": ""}) | {"added_at": r["added_at"]} for r in recent
        ],
        "n_articles": n_articles,
        "store_name": store.path.name,
    }
    return render_page("app_index.html", context)


@router.get("/stories/{name}", response_class=HTMLResponse)
def story_page(name: str, store: Annotated[Store, StoreDep]) -> HTMLResponse:
    try:
        timeline = story_timeline(store, name)
        story = get_story(store.conn, name)
    except UnknownStory as exc:
        raise HTTPException(404, str(exc)) from None
    context = timeline_context(
        timeline, _new_ids(store, name, story.updated_at), article_href=article_href
    )
    base = story_href(name)
    context["app"] = {
        **app_context("stories"),
        "story": {"name": story.name},
        "exports": [
            {"href": f"{base}/timeline.{suffix}", "label": label}
            for suffix, (_, _, label) in EXPORTS.items()
        ],
    }
    return render_page("app_story.html", context)


@router.get("/stories/{name}/timeline.{suffix}")
def story_export(name: str, suffix: str, store: Annotated[Store, StoreDep]) -> Response:
    if suffix not in EXPORTS:
        raise HTTPException(404, f"no export {suffix!r}; try one of {', '.join(EXPORTS)}")
    fmt, media, _ = EXPORTS[suffix]
    try:
        text = render_timeline(story_timeline(store, name), fmt)
    except UnknownStory as exc:
        raise HTTPException(404, str(exc)) from None
    safe = "".join(c if c.isalnum() or c in "-_." else "-" for c in name)
    headers = {"Content-Disposition": f'attachment; filename="{safe}.{suffix}"'}
    return Response(text, media_type=media, headers=headers)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_view(article_id: str, store: Annotated[Store, StoreDep]) -> HTMLResponse:
    article = get_article(store.conn, article_id)
    if article is None:
        raise HTTPException(404, f"no article with id {article_id!r} in this store")
    view = article_page(article, stored_quotes(store.conn, article.id))
    return render_page("app_article.html", {"app": app_context(), "article": view})


@router.get("/search", response_class=HTMLResponse)
def search_page(
    store: Annotated[Store, StoreDep], q: Annotated[str, Query(max_length=500)] = ""
) -> HTMLResponse:
    hits = [search_result(h) for h in search(store.conn, q, 50)] if q.strip() else []
    return render_page(
        "app_search.html", {"app": app_context("search", q), "q": q, "results": hits}
    )


@router.get("/api", response_class=HTMLResponse)
def api_reference(request: Request) -> HTMLResponse:
    """A readable page of the OpenAPI document (no external Swagger assets)."""
    spec = request.app.openapi()
    endpoints = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = [
                {"name": p["name"], "where": p["in"], "required": p.get("required", False)}
                for p in op.get("parameters", [])
            ]
            endpoints.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "description": op.get("description", ""),
                    "params": params,
                }
            )
    return render_page(
        "app_api.html",
        {"app": app_context("api"), "endpoints": endpoints, "token": bool(request.app.state.token)},
    )


FAVICON = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">'
    '<rect width="32" height="32" rx="6" fill="#1b1b1a"/>'
    '<circle cx="16" cy="16" r="6" fill="none" stroke="#f08a7e" stroke-width="3"/></svg>'
)


@router.get("/favicon.ico")
def favicon() -> Response:
    """The app's icon (browsers ask for it; answering keeps the console free of 404s)."""
    return Response(FAVICON, media_type="image/svg+xml", headers={"Cache-Control": "max-age=86400"})
