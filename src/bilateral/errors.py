"""Error codes. Every error names the file (and line or rule) it is about (STYLE #11)."""

from __future__ import annotations


class BilateralError(Exception):
    """Base class. ``code`` is stable and documented; ``source`` names the file/line/rule."""

    code = "E000"

    def __init__(self, message: str, source: str | None = None) -> None:
        self.message = message
        self.source = source
        super().__init__(f"[{self.code}] {source + ': ' if source else ''}{message}")


class InputError(BilateralError):
    """An input file or document cannot be read as an article."""

    code = "E100"


class NotFound(InputError):
    code = "E101"


class NoArticles(InputError):
    code = "E102"


class EncodingError(InputError):
    code = "E103"


class BinaryInput(InputError):
    code = "E104"


class EmptyInput(InputError):
    code = "E105"


class TooLarge(InputError):
    code = "E106"


class BadRecord(InputError):
    """A malformed JSONL line or document record."""

    code = "E107"


class ManifestError(InputError):
    code = "E108"


class UnsupportedLanguage(InputError):
    code = "E109"


class BadDate(InputError):
    code = "E110"


class DataError(BilateralError):
    """A language or knowledge-base data file is invalid (schema, interval, unknown code)."""

    code = "E200"


class ConfigError(BilateralError):
    code = "E300"


class StoreError(BilateralError):
    code = "E400"


class QueryError(BilateralError):
    """Bad query parameters from a user (CLI flag, API parameter)."""

    code = "E500"
