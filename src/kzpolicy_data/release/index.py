"""The release index: published versions, their order and each file's checksum.

``releases/index.json`` lists every version with the sha256 of each of its files; the loader
reads it to find versions and the downloader (pooch) verifies against it. This module reads no
article and needs no NLP.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from ..errors import ReleaseError
from .writer import CHECKSUMS

__all__ = [
    "INDEX",
    "latest_version",
    "parse_version",
    "read_checksums",
    "record_digests",
    "versions",
    "write_index",
]

INDEX = "index.json"
_SEMVER = re.compile(r"^v?(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")


def parse_version(text: str) -> tuple[int, int, int]:
    """``X.Y.Z`` (or ``vX.Y.Z``) as a tuple; a :class:`ReleaseError` if it is not SemVer."""
    m = _SEMVER.match(text)
    if not m:
        raise ReleaseError(f"{text!r} is not a version", hint="give MAJOR.MINOR.PATCH, e.g. 0.2.0")
    return int(m[1]), int(m[2]), int(m[3])


def versions(releases_dir: Path) -> list[str]:
    """Published versions (``vX.Y.Z`` folder names), oldest first."""
    if not releases_dir.is_dir():
        return []
    found = [p.name for p in releases_dir.iterdir() if p.is_dir() and _SEMVER.match(p.name)]
    return sorted(found, key=parse_version)


def latest_version(releases_dir: Path) -> str | None:
    """The newest published version, or None."""
    found = versions(releases_dir)
    return found[-1] if found else None


def read_checksums(folder: Path) -> dict[str, str]:
    """``relative path -> sha256`` from a release folder's ``SHA256SUMS``."""
    path = folder / CHECKSUMS
    if not path.exists():
        raise ReleaseError(f"no {CHECKSUMS} in the release folder", path=folder)
    out = {}
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        digest, _, name = line.partition("  ")
        if len(digest) != 64 or not name:
            raise ReleaseError("malformed checksum line", path=path, line=n)
        out[name] = digest
    return out


def record_digests(folder: Path) -> dict[str, str]:
    """``record id -> sha256 of its JSONL line`` for a release folder (for diffs)."""
    import hashlib

    out = {}
    for shard in sorted((folder / "jsonl").glob("records-*.jsonl")):
        with shard.open("rb") as f:
            for line in f:
                rid = json.loads(line)["id"]
                out[rid] = hashlib.sha256(line).hexdigest()
    return out


def write_index(releases_dir: Path) -> Path:
    """Rewrite ``releases/index.json`` from the published folders (atomically)."""
    index = {
        "versions": {
            v: {"files": read_checksums(releases_dir / v)} for v in versions(releases_dir)
        },
        "latest": latest_version(releases_dir),
    }
    path = releases_dir / INDEX
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(index, indent=2, sort_keys=True) + "\n", "utf-8", newline="\n")
    os.replace(tmp, path)
    return path
