"""The package's exception tree.

Every error names where the problem is (a file, and a line or a JSON path when known) and,
where we can tell, what to do about it. ``str(error)`` is the one-line report the CLI prints:
``file:line::$.json.path: message``.
"""

from __future__ import annotations

import re
from pathlib import Path

__all__ = [
    "ChecksumError",
    "CurationError",
    "KzPolicyError",
    "ParseError",
    "RawFileError",
    "ReleaseError",
    "SchemaStaleError",
    "ValidationFailed",
]


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class KzPolicyError(Exception):
    """Base class of every error this package raises on purpose."""

    def __init__(
        self,
        message: str,
        *,
        path: str | Path | None = None,
        line: int | None = None,
        json_path: str | None = None,
        hint: str | None = None,
    ) -> None:
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.json_path = json_path
        self.hint = hint
        super().__init__(self.format())

    @property
    def location(self) -> str:
        """``file:line::$.path`` (the parts that are known; empty if no file is involved)."""
        # A newline or other control character in a file name must not break the one-line report.
        loc = _CONTROL.sub(lambda m: f"\\x{ord(m[0]):02x}", self.path or "")
        if self.line is not None:
            loc += f":{self.line}"
        if self.json_path:
            loc += f"::{self.json_path}"
        return loc

    def format(self) -> str:
        text = f"{self.location}: {self.message}" if self.location else self.message
        if self.hint:
            text += f" ({self.hint})"
        return text

    def to_dict(self) -> dict[str, object]:
        """A machine-readable form, used by ``--format json`` reports."""
        return {
            "error": type(self).__name__,
            "path": self.path,
            "line": self.line,
            "json_path": self.json_path,
            "message": self.message,
            "hint": self.hint,
        }


class RawFileError(KzPolicyError):
    """A raw article cannot be read: bad name, encoding, size, NUL bytes, empty file."""


class ParseError(KzPolicyError):
    """A raw article was read but cannot be turned into a valid record."""


class CurationError(KzPolicyError):
    """A curation file is malformed or contradicts its article."""


class ValidationFailed(KzPolicyError):
    """A record (or a corpus of records) breaks the schema or a cross-record rule."""


class ReleaseError(KzPolicyError):
    """A release cannot be built, published, found or loaded."""


class ChecksumError(ReleaseError):
    """A published file's digest does not match the one recorded for it."""


class SchemaStaleError(KzPolicyError):
    """A committed generated file differs from what the models generate now."""
