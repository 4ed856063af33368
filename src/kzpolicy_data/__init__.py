"""kzpolicy_data: what the media say about Kazakhstan's foreign and domestic policy.

Expert interviews and articles from Kazakh and Russian-language outlets, normalised into
validated, versioned records.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kzpolicy-data")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"

from .errors import (
    ChecksumError,
    CurationError,
    KzPolicyError,
    ParseError,
    RawFileError,
    ReleaseError,
    SchemaStaleError,
    ValidationFailed,
)
from .parse import parse_bytes, parse_file
from .raw import read_raw
from .records import SCHEMA_VERSION, Record

__all__ = [
    "SCHEMA_VERSION",
    "ChecksumError",
    "CurationError",
    "KzPolicyError",
    "ParseError",
    "RawFileError",
    "Record",
    "ReleaseError",
    "SchemaStaleError",
    "ValidationFailed",
    "__version__",
    "parse_bytes",
    "parse_file",
    "read_raw",
]
