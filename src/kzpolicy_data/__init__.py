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

from .build import BuildFailed, BuildReport, build
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
from .load import iter_records, load, load_dataset, verify
from .parse import parse_bytes, parse_file
from .raw import read_raw
from .records import SCHEMA_VERSION, Record
from .release import diff_releases, release
from .scaffold import new_article
from .stats import release_stats
from .validate import ValidationReport, validate

__all__ = [
    "SCHEMA_VERSION",
    "BuildFailed",
    "BuildReport",
    "ChecksumError",
    "CurationError",
    "KzPolicyError",
    "ParseError",
    "RawFileError",
    "Record",
    "ReleaseError",
    "SchemaStaleError",
    "ValidationFailed",
    "ValidationReport",
    "__version__",
    "build",
    "diff_releases",
    "iter_records",
    "load",
    "load_dataset",
    "new_article",
    "parse_bytes",
    "parse_file",
    "read_raw",
    "release",
    "release_stats",
    "validate",
    "verify",
]
