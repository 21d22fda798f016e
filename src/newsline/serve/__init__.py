"""newsline.serve: the web app over a store (FastAPI pages + JSON API, no external assets)."""

from __future__ import annotations

from .app import MAX_BODY, MAX_ITEMS, create_app

__all__ = ["MAX_BODY", "MAX_ITEMS", "create_app"]
