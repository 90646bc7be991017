"""Write protection and request size limits.

Write endpoints (ingest, delete) need the operator's token (``Authorization: Bearer <token>``, or
a ``token`` form field on the HTML ingest form). Without a configured token they are switched off.
Request bodies are counted while they stream in, so an upload over the limit is refused with 413
before it is parsed or written anywhere, whether or not the client sent a Content-Length.
"""

from __future__ import annotations

import hmac
import json
from typing import Any

from fastapi import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["BodyLimit", "TokenCheck", "UploadTooLarge", "WriteForbidden"]


class WriteForbidden(Exception):
    """A write was refused; ``status`` 401 (no/wrong token) or 403 (writes disabled)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class TokenCheck:
    def __init__(self, token: str | None) -> None:
        self.token = token or None

    @property
    def enabled(self) -> bool:
        return self.token is not None

    def check(self, header: str | None, form_token: str | None = None) -> None:
        if self.token is None:
            raise WriteForbidden(403, "writes are disabled on this server: the operator has set no token "
                                      "(start with `bilateral serve --token ...` or BILATERAL_SERVE_TOKEN)")
        given = None
        if header and header.lower().startswith("bearer "):
            given = header[7:].strip()
        elif form_token:
            given = form_token
        if not given:
            raise WriteForbidden(401, "this endpoint needs the operator's token "
                                      "(header 'Authorization: Bearer <token>')")
        if not hmac.compare_digest(given.encode("utf-8"), self.token.encode("utf-8")):
            raise WriteForbidden(401, "wrong token")


class UploadTooLarge(HTTPException):
    """Raised while a body streams in past the limit; an HTTPException so the form parser passes it
    through (it wraps other errors into a generic 400) and the app's handler answers 413."""

    def __init__(self, limit: int, seen: int) -> None:
        super().__init__(413, _too_large(limit, seen))


def _too_large(limit: int, seen: int) -> str:
    return (f"request body is over the upload limit of {limit:,} bytes (got at least {seen:,}); "
            "the operator can raise it with --max-upload")


class BodyLimit:
    """ASGI middleware: refuse request bodies over ``max_bytes`` with 413 (JSON body)."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(send, int(declared), html=not str(scope.get("path", "")).startswith("/api"))
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise UploadTooLarge(self.max_bytes, seen)
            return message

        await self.app(scope, counted, send)

    async def _refuse(self, send: Send, size: int, *, html: bool = False) -> None:
        message = _too_large(self.max_bytes, size)
        if html:  # a browser form: a readable page (nothing user-supplied in it)
            data = (f'<!doctype html><html lang="en"><meta charset="utf-8"><title>Too large · bilateral</title>'
                    f'<link rel="stylesheet" href="/static/style.css"><main><h1>Upload too large</h1>'
                    f'<p class="error">[E106] {message}</p><p><a href="/ingest">Back</a></p></main></html>').encode()
            kind = b"text/html; charset=utf-8"
        else:
            body: dict[str, Any] = {"error": {"code": "E106", "status": 413, "parameter": None, "message": message}}
            data = json.dumps(body).encode("utf-8")
            kind = b"application/json"
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", kind), (b"content-length", str(len(data)).encode())]})
        await send({"type": "http.response.body", "body": data})
