"""kzpolicy_data: what the media say about Kazakhstan's foreign and domestic policy.

Expert interviews and articles from Kazakh and Russian-language outlets, normalised into
validated, versioned records.
"""

from __future__ import annotations

from ._version import __version__
from .access.load import iter_records, load, load_dataset, verify
from .build.build import BuildFailed, BuildReport, build
from .contrib.scaffold import new_article
from .contrib.stats import release_stats
from .contrib.validate import ValidationReport, validate
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
from .publish.release import diff_releases, release
from .records import SCHEMA_VERSION, Record
from .source.raw import read_raw

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
