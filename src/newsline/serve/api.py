"""The JSON API: stories, their `newsline.timeline/1` timelines, articles, search, and adding
articles (one or a list, the fields of a JSON Lines record)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from newsline.ingest.fields import record_to_article
from newsline.records import Article, Rejection
from newsline.render import article_to_dict, timeline_to_dict
from newsline.store import (
    Store,
    UnknownStory,
    add_items,
    get_article,
    get_story,
    list_stories,
    open_store,
    refresh_all,
    search,
    story_timeline,
)
from newsline.store.articles import stored_quotes, strip_marks
from newsline.store.feeds import list_feeds

from .app import StoreDep, require_token
from .views import article_href, story_href

router = APIRouter(prefix="/api", tags=["api"])
JSON_TYPES = (
    "application/json",
    "application/x-ndjson",
    "application/jsonl",
    "application/x-jsonl",
)

# What the OpenAPI document says POST /api/articles accepts.
ARTICLE_EXAMPLE = {
    "id": "orrin-001",
    "title": "Ferry crews walk out on Lake Orrin",
    "source": "The Orrin Gazette",
    "url": "https://gazette.orrin.example/ferry/1",
    "published": "2024-05-03",
    "text": "Ferry crews on Lake Orrin walked out on Friday ...",
}


@router.get("/stories", summary="List the saved stories")
def stories(store: Annotated[Store, StoreDep]) -> dict:
    """Every story with its query, date range, counts and timeline address."""
    out = []
    for s in list_stories(store.conn):
        timeline = s.timeline or {}
        out.append(
            {
                "name": s.name,
                "query": s.query,
                "start": s.start.isoformat() if s.start else None,
                "end": s.end.isoformat() if s.end else None,
                "sources": s.sources,
                "updated_at": s.updated_at,
                "n_events": len(timeline.get("events", [])),
                "n_articles": len(timeline.get("articles", [])),
                "timeline": f"/api{story_href(s.name)}/timeline",
                "page": story_href(s.name),
            }
        )
    return {"stories": out}


@router.get("/stories/{name}/timeline", summary="A story's timeline (newsline.timeline/1)")
def timeline(name: str, store: Annotated[Store, StoreDep]) -> dict:
    """The story's last computed timeline in the `newsline.timeline/1` JSON contract."""
    try:
        return timeline_to_dict(story_timeline(store, name))
    except UnknownStory as exc:
        raise HTTPException(404, str(exc)) from None


@router.get("/articles/{article_id}", summary="One stored article")
def article(article_id: str, store: Annotated[Store, StoreDep]) -> dict:
    """The clean article record (as `newsline articles`) plus its time expressions."""
    found = get_article(store.conn, article_id)
    if found is None:
        raise HTTPException(404, f"no article with id {article_id!r}")
    data = article_to_dict(found)
    data["timexes"] = [
        {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}
        for t in found.timexes
    ]
    data["quotes"] = stored_quotes(store.conn, found.id)
    data["page"] = article_href(found.id)
    return data


@router.get("/search", summary="Full-text search over stored articles")
def search_articles(
    store: Annotated[Store, StoreDep],
    q: Annotated[str, Query(min_length=1, max_length=500, description='Words or "a phrase"')],
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
) -> dict:
    """Articles matching every word of `q` (FTS5, best first), with a text snippet."""
    hits = search(store.conn, q, limit)
    for h in hits:
        h["snippet"] = strip_marks(h["snippet"] or "")
        h["page"] = article_href(h["id"])
    return {"query": q, "results": hits}


@router.get("/feeds", summary="Feeds and their last poll")
def feeds(store: Annotated[Store, StoreDep]) -> dict:
    """Every feed with its last successful poll and its last error, if any."""
    keys = ("id", "url", "title", "last_polled", "last_ok", "last_error", "n_failures", "n_items")
    return {"feeds": [{k: f[k] for k in keys} for f in list_feeds(store.conn)]}


def _items(body: bytes, content_type: str) -> list[Any]:
    """The posted article objects: one JSON object, a list, {"articles": [...]}, or JSONL."""
    text = body.decode("utf-8-sig", errors="strict") if body else ""
    if not text.strip():
        raise HTTPException(400, "empty body: send an article object or a list of them")
    if "ndjson" in content_type or "jsonl" in content_type:
        items: list[Any] = []
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                try:
                    items.append(json.loads(line))
                except ValueError as exc:
                    raise HTTPException(400, f"invalid JSON on line {number}: {exc}") from None
        return items
    try:
        value = json.loads(text)
    except RecursionError:
        raise HTTPException(400, "invalid JSON: nested too deeply") from None
    except ValueError as exc:
        raise HTTPException(400, f"invalid JSON: {exc}") from None
    if isinstance(value, Mapping) and isinstance(value.get("articles"), list):
        return value["articles"]
    if isinstance(value, Mapping):
        return [value]
    if isinstance(value, list):
        return value
    raise HTTPException(400, 'expected an article object, a list of them, or {"articles": [...]}')


def _add(path: Path, items: list[Any]) -> dict:
    """Store the posted articles and refresh the stories (runs in a worker thread)."""
    raws: list[Article | Rejection] = []
    for number, item in enumerate(items, start=1):
        label = f"item {number}"
        if not isinstance(item, Mapping):
            raws.append(Rejection(label, "not a JSON object"))
        else:
            raws.append(record_to_article(item, None, label, number - 1))
    with open_store(path) as store:
        result = add_items(store, raws)
        updates = refresh_all(store) if result.added else []
    return {
        "added": [
            {"id": a.id, "title": a.title, "url": a.url, "page": article_href(a.id)}
            for a in result.added
        ],
        "repeats": [{"input": r.input, "reason": r.reason} for r in result.repeats],
        "rejected": [{"input": r.input, "reason": r.reason} for r in result.rejected],
        "stories": [
            {"name": u.name, "n_events": u.n_events, "new_events": u.new_events}
            for u in updates
            if u.changed
        ],
    }


@router.post(
    "/articles",
    summary="Add articles",
    dependencies=[Depends(require_token)],
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {
                    "schema": {"oneOf": [{"type": "object"}, {"type": "array"}]},
                    "example": ARTICLE_EXAMPLE,
                },
                "application/x-ndjson": {"schema": {"type": "string"}},
            },
        }
    },
)
async def post_articles(request: Request) -> JSONResponse:
    """Add one article or a list (fields as in JSON Lines input: title, text, url, source,
    published, id…). Returns what was added, what was already stored and what was
    rejected and why; 201 when something was added. Needs the token when one is set."""
    content_type = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
    if content_type not in JSON_TYPES:
        raise HTTPException(
            415, "send articles as JSON (Content-Type: application/json or application/x-ndjson)"
        )
    body = await request.body()
    try:
        items = _items(body, content_type)
    except UnicodeDecodeError:
        raise HTTPException(400, "the body is not UTF-8 text") from None
    if not items:
        raise HTTPException(400, "the list of articles is empty")
    limit = request.app.state.max_items
    if len(items) > limit:
        raise HTTPException(413, f"{len(items)} articles in one request; the limit is {limit}")
    result = await run_in_threadpool(_add, request.app.state.store_path, items)
    return JSONResponse(result, status_code=201 if result["added"] else 200)


def story_or_404(store: Store, name: str):  # noqa: ANN201 - a Story
    """The story, or an HTTP 404 naming the stories there are."""
    try:
        return get_story(store.conn, name)
    except UnknownStory as exc:
        raise HTTPException(404, str(exc)) from None
