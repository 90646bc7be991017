"""The web app and REST API (needs the ``web`` extra): ``create_app(db_url, token=..., max_upload_bytes=...)``."""

from __future__ import annotations

from .app import DEFAULT_MAX_UPLOAD, create_app

__all__ = ["DEFAULT_MAX_UPLOAD", "create_app"]
