"""The release index: published versions, their order and each file's checksum.

``releases/index.json`` lists every version with the sha256 of each of its files; the loader
reads it to find versions and the downloader (pooch) verifies against it. This module reads no
article and needs no NLP.
"""

from __future__ import annotations

import json
import os
import re
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import ReleaseError
from ..source.guarded import read_json, read_text
from .writer import CHECKSUMS, file_sha256

__all__ = [
    "INDEX",
    "MAX_INDEX_BYTES",
    "latest_version",
    "packaged_index",
    "parse_version",
    "read_checksums",
    "read_index",
    "read_index_file",
    "record_digests",
    "safe_relpath",
    "sums_digest",
    "versions",
    "write_index",
]

INDEX = "index.json"
# An index lists a few kB per release: 16 MiB is thousands of releases.
MAX_INDEX_BYTES = 16 * 1024 * 1024
# A SHA256SUMS line is about 100 bytes: a million files.
MAX_SUMS_BYTES = 128 * 1024 * 1024
_SEMVER = re.compile(r"v?(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)")
# A file of a release: folders and names of letters, digits, `._-`; no `..`, no absolute path.
_SEGMENT = re.compile(r"[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}")


def safe_relpath(name: object, where: str | Path | None = None) -> str:
    """``name`` if it is a plain relative POSIX path inside a release folder, else an error.

    Names come from ``SHA256SUMS`` and ``index.json`` (possibly a server's): ``../../x``,
    ``/etc/passwd`` or ``C:\\x`` must never become a path we read or write."""
    parts = name.split("/") if isinstance(name, str) and len(name) < 500 else None
    if not parts or not all(_SEGMENT.fullmatch(p) and ".." not in p for p in parts):
        raise ReleaseError(
            f"unsafe file name {str(name)[:100]!r} in a release listing",
            path=where,
            hint="the listing was tampered with or is corrupt; use a trusted copy",
        )
    return "/".join(parts)


def parse_version(text: str) -> tuple[int, int, int]:
    """``X.Y.Z`` (or ``vX.Y.Z``) as a tuple; a :class:`ReleaseError` if it is not SemVer."""
    m = _SEMVER.fullmatch(text) if isinstance(text, str) else None
    if not m:
        raise ReleaseError(f"{text!r} is not a version", hint="give MAJOR.MINOR.PATCH, e.g. 0.2.0")
    return int(m[1]), int(m[2]), int(m[3])


def versions(releases_dir: Path) -> list[str]:
    """Published versions (``vX.Y.Z`` folder names), oldest first."""
    if not releases_dir.is_dir():
        return []
    found = [
        p.name
        for p in releases_dir.iterdir()
        # A real folder: a link could make anything a published release.
        if p.name.startswith("v")
        and _SEMVER.fullmatch(p.name)
        and p.is_dir()
        and not p.is_symlink()
    ]
    return sorted(found, key=parse_version)


def latest_version(releases_dir: Path) -> str | None:
    """The newest published version, or None."""
    found = versions(releases_dir)
    return found[-1] if found else None


def read_checksums(folder: Path) -> dict[str, str]:
    """``relative path -> sha256`` from a release folder's ``SHA256SUMS``."""
    path = folder / CHECKSUMS
    if not path.exists() and not path.is_symlink():
        raise ReleaseError(f"no {CHECKSUMS} in the release folder", path=folder)
    # Read guarded: a release folder may come from anyone (a FIFO here would hang `load`).
    text = read_text(path, MAX_SUMS_BYTES, ReleaseError, f"a {CHECKSUMS} file")
    out = {}
    for n, line in enumerate(text.splitlines(), 1):
        digest, _, name = line.partition("  ")
        if len(digest) != 64 or not name:
            raise ReleaseError("malformed checksum line", path=path, line=n)
        out[safe_relpath(name, f"{path}:{n}")] = digest
    return out


def sums_digest(folder: Path) -> str:
    """Hex sha256 of a release folder's ``SHA256SUMS`` (what ``index.json`` records)."""
    return file_sha256(folder / CHECKSUMS)


def read_index(releases_dir: Path) -> dict[str, Any]:
    """``releases/index.json`` (an empty index if there is none)."""
    path = releases_dir / INDEX
    if not path.exists() and not path.is_symlink():
        return {"versions": {}, "latest": None}
    try:
        data = read_json(path, MAX_INDEX_BYTES, ReleaseError, "a release index")
    except ReleaseError as exc:
        raise ReleaseError(
            f"cannot read the release index: {exc.message}",
            path=path,
            hint="run `kzpolicy-data release --repair` to rebuild it from the release folders",
        ) from None
    if not isinstance(data, dict) or not isinstance(data.get("versions"), dict):
        raise ReleaseError("the release index has no `versions` mapping", path=path)
    return data


def read_index_file(path: Path) -> dict[str, Any]:
    """An index file read guarded (no link, bounded size and depth) with a ``versions`` map."""
    data = read_json(path, MAX_INDEX_BYTES, ReleaseError, "a release index")
    if not isinstance(data, dict) or not isinstance(data.get("versions"), dict):
        raise ReleaseError("the release index has no `versions` mapping", path=path)
    return data


def packaged_index() -> dict[str, Any] | None:
    """The index shipped in the wheel (beside the bundled release), or a source checkout's."""
    for candidate in (
        Path(str(resources.files("kzpolicy_data").joinpath("_release_index.json"))),
        Path(__file__).resolve().parents[3] / "releases" / INDEX,  # a source checkout
    ):
        if candidate.exists() or candidate.is_symlink():
            return read_index_file(candidate)
    return None


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
    """Rewrite ``releases/index.json`` from the published folders (atomically).

    A version already listed keeps its entry only if its ``SHA256SUMS`` still has the recorded
    digest: a modified release is an error, not something the index quietly adopts."""
    try:
        old = read_index(releases_dir).get("versions", {})
    except ReleaseError:
        old = {}  # unreadable: rebuilt from the folders, whose checksums are verified
    entries = {}
    for v in versions(releases_dir):
        digest = sums_digest(releases_dir / v)
        recorded = old.get(v, {}).get("sha256sums") if isinstance(old.get(v), dict) else None
        if recorded not in (None, digest):
            raise ReleaseError(
                f"{v}/{CHECKSUMS} differs from the digest index.json records for it",
                path=releases_dir / v / CHECKSUMS,
                hint="a published release was modified: restore it (e.g. from git)",
            )
        files = read_checksums(releases_dir / v)
        # Sizes bound each download (fetch.py): a mirror cannot send more than was published.
        sizes = {n: (releases_dir / v / n).stat().st_size for n in [*files, CHECKSUMS]}
        entries[v] = {"files": files, "sha256sums": digest, "bytes": sizes}
    index = {"versions": entries, "latest": latest_version(releases_dir)}
    path = releases_dir / INDEX
    tmp = path.with_name(f".{INDEX}.tmp")
    with tmp.open("w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(index, indent=2, sort_keys=True) + "\n")
        f.flush()
        os.fsync(f.fileno())
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)
    return path
