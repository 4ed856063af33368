"""Cache: parse results keyed by what determines them, so rebuilds only parse what changed.

The key is the sha256 of the raw file's name (the record id is its stem) and bytes, the curation
file's bytes (if any), the parser version, the event coder version and a digest of the code and
data the parse runs (every module of the parse path and ``data/``): renaming or editing an
article or its curation file, or any change to the parser, its rules or its models' data, gives
a new key. (Versions alone were not enough: a changed rule under the same version served the
records of the old code, and a release was once built from them.) Values are
the record's JSON. Entries are written atomically; an unreadable or invalid entry is ignored
and recomputed, so the cache folder can be deleted at any time without changing any output.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from functools import cache
from pathlib import Path

from pydantic import ValidationError

from .. import parse
from ..errors import CurationError, KzPolicyError
from ..events import EXTRACTOR_VERSION
from ..records import Record
from ..source.curation import MAX_CURATION_BYTES, curation_path_for
from ..source.guarded import read_bounded
from ..source.raw import MAX_RAW_BYTES

__all__ = ["DEFAULT_CACHE", "CachedParser", "cache_key", "code_digest", "code_versions"]

DEFAULT_CACHE = Path(os.environ.get("KZPOLICY_DATA_BUILD_CACHE", ".kzp-cache"))


# What a parse runs: the packages and modules below the build, and the package's data.
_PARSE_PATH = ("source", "nlp", "interview", "events", "parse", "data")
_PARSE_MODULES = ("records.py", "codes.py", "schema.py", "budget.py", "errors.py")


@cache
def code_digest(root: Path | None = None) -> str:
    """sha256 of the parse path's files (names and bytes) under the package folder ``root``
    (this package's by default), computed once per process."""
    root = root or Path(parse.__file__).resolve().parent.parent
    files = [root / m for m in _PARSE_MODULES]
    for pkg in _PARSE_PATH:
        files += sorted(
            p for p in (root / pkg).rglob("*") if p.is_file() and "__pycache__" not in p.parts
        )
    h = hashlib.sha256()
    for f in files:
        h.update(f.relative_to(root).as_posix().encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()[:16]


def code_versions() -> str:
    """The parser and event-coder versions and the parse path's code digest, which invalidate
    every entry when they change."""
    return f"parser={parse.PARSER_VERSION};coder={EXTRACTOR_VERSION};code={code_digest()}"


def cache_key(raw_path: Path, versions: str | None = None) -> str:
    """Hex key of a raw article (with its curation file) under the current code versions.

    The files are read as the parser reads them (no links, no FIFOs or devices, bounded): a
    file it would refuse raises the parser's error here, and is then left to the parser to
    report."""
    h = hashlib.sha256((versions or code_versions()).encode())
    # The name too: a renamed copy must not come back with the old id.
    h.update(b"\0name\0" + raw_path.name.encode() + b"\0")
    h.update(b"\0raw\0" + hashlib.sha256(read_bounded(raw_path, MAX_RAW_BYTES)).digest())
    curation = curation_path_for(raw_path)
    if curation.exists() or curation.is_symlink():
        data = read_bounded(curation, MAX_CURATION_BYTES, CurationError, "a curation file")
        h.update(b"\0curation\0" + hashlib.sha256(data).digest())
    return h.hexdigest()


class CachedParser:
    """A picklable parse function that reads and fills the cache (usable in worker processes).

    ``ner=False`` or ``events=False`` parse without those steps (tests, benchmarks); the options
    are part of ``versions``, so their entries never mix with the default parser's.
    """

    def __init__(
        self, folder: Path = DEFAULT_CACHE, *, ner: bool = True, events: bool = True
    ) -> None:
        self.folder = folder.absolute()  # workers (Dask) may run in another directory
        self.ner, self.events = ner, events
        extra = "" if ner and events else f";ner={ner};events={events}"
        self.versions = code_versions() + extra

    def _entry(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def __call__(self, path: Path) -> Record | KzPolicyError:
        try:
            key = cache_key(path, self.versions)
        except (OSError, KzPolicyError):
            key = None  # unreadable: let the parser report it
        if key is not None:
            entry = self._entry(key)
            try:
                return Record.model_validate_json(entry.read_bytes())
            except (OSError, ValidationError, ValueError):
                pass  # missing or damaged entry: parse again
        try:
            # looked up here so tests can count calls
            record = parse.parse_file(path, ner=self.ner, events=self.events)
        except KzPolicyError as exc:
            return exc
        if key is not None:
            self._store(self._entry(key), record)
        return record

    def _store(self, entry: Path, record: Record) -> None:
        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=entry.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as f:
                f.write(record.model_dump_json().encode())
            os.replace(tmp, entry)
        except OSError:
            pass  # a cache that cannot be written only costs time
