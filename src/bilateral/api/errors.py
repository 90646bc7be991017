"""HTTP errors with the project's error codes: ``{"error": {"code", "status", "parameter", "message"}}``."""

from __future__ import annotations

from typing import Any

__all__ = ["HttpError", "error_body"]


class HttpError(Exception):
    """A 4xx answer with a clear message (``parameter`` names the bad query parameter, if any)."""

    def __init__(self, status: int, message: str, *, code: str = "E500", parameter: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.parameter = parameter


def error_body(status: int, message: str, code: str, parameter: str | None = None) -> dict[str, Any]:
    return {"error": {"code": code, "status": status, "parameter": parameter, "message": message}}
