"""Integrity in depth: a release folder is checked against more than its own ``SHA256SUMS``.

``SHA256SUMS`` alone proves nothing if whoever changed a file also rewrote it. So, besides
every file's digest: the digest of ``SHA256SUMS`` itself must be the one the release index
(``index.json`` beside the folder, or the copy shipped in the wheel) records for that version;
every Parquet view and the JSONL must have the row counts ``manifest.json`` states; and no
listed name may leave the folder (``../``, absolute paths) or be a symbolic link.

It fails closed: a release index that is a symbolic link, or a published release (a folder named
``vX.Y.Z``) that no index vouches for, is an error; any other folder without an index (a build
preview) is loaded with an :class:`UnvouchedWarning` naming the check that was skipped.
"""

from __future__ import annotations

import json
import re
import warnings
from pathlib import Path
from typing import Any

from ..errors import ChecksumError, ReleaseError
from ..source.guarded import read_json
from .index import INDEX, MAX_INDEX_BYTES, packaged_index, read_checksums, sums_digest
from .writer import CHECKSUMS, file_sha256

__all__ = [
    "UnvouchedWarning",
    "check_counts",
    "check_files",
    "check_index",
    "index_for",
    "verify_release",
]

_VERSION_FOLDER = re.compile(r"v[0-9]+\.[0-9]+\.[0-9]+")
_RESTORE = (
    "restore releases/index.json (e.g. `git checkout releases/index.json`) or re-download the "
    "release; `kzpolicy-data release --repair` rebuilds the index from the folders as they are, "
    "so run it only on folders you trust"
)


class UnvouchedWarning(UserWarning):
    """A release folder was loaded without a release index to check its ``SHA256SUMS``."""


# Where the wheel ships the index of the release it bundles (beside ``_release``).
BUNDLED_INDEX = "_release_index.json"


def _inside(folder: Path, name: str) -> Path:
    """``folder / name``, refusing a symbolic link anywhere on the way or an escape."""
    path = folder
    for part in name.split("/"):
        path = path / part
        if path.is_symlink():
            raise ChecksumError(
                "is a symbolic link; a release holds plain files only",
                path=path,
                hint="re-download the release",
            )
    if not path.resolve().is_relative_to(folder.resolve()):
        raise ChecksumError("points outside the release folder", path=path)
    return path


def check_files(folder: Path) -> dict[str, str]:
    """Every file listed in ``SHA256SUMS`` exists inside the folder with its digest; no data
    file is unlisted. Returns the listing."""
    expected = read_checksums(folder)  # names are sanitised there
    for name, digest in sorted(expected.items()):
        path = _inside(folder, name)
        if not path.is_file():
            raise ChecksumError(
                "file listed in SHA256SUMS is missing", path=path, hint="re-download the release"
            )
        actual = file_sha256(path)
        if actual != digest:
            raise ChecksumError(
                f"sha256 mismatch: expected {digest}, found {actual}",
                path=path,
                hint="the file is corrupted or was modified; re-download the release",
            )
    listed = set(expected) | {CHECKSUMS}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if path.is_symlink() or (path.is_file() and rel not in listed and _is_data(rel)):
            raise ChecksumError(
                "data file not listed in SHA256SUMS", path=path, hint="remove the stray file"
            )
    return expected


def _is_data(rel: str) -> bool:
    return rel.startswith(("data/", "jsonl/")) or rel == "manifest.json"


def index_for(folder: Path) -> tuple[dict[str, Any], Path | str] | None:
    """The release index that vouches for ``folder``: the one beside it, else the one shipped
    with the package (or the checkout's) if it lists the folder's version; None if none does."""
    for path in (folder.parent / INDEX, folder.parent / BUNDLED_INDEX):
        if path.is_symlink():
            raise ChecksumError(
                "is a symbolic link; a release index is a plain file", path=path, hint=_RESTORE
            )
        if path.is_file():
            data = read_json(path, MAX_INDEX_BYTES, ReleaseError, "a release index")
            if isinstance(data, dict) and isinstance(data.get("versions"), dict):
                return data, path
            raise ReleaseError("the release index has no `versions` mapping", path=path)
    packaged = packaged_index()
    if packaged is not None and _version(folder) in packaged["versions"]:
        return packaged, "the package's release index"
    return None


def _version(folder: Path) -> str:
    try:
        return "v" + str(json.loads((folder / "manifest.json").read_text("utf-8"))["version"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ChecksumError(f"unreadable manifest.json: {exc}", path=folder) from None


def check_index(folder: Path, index: dict[str, Any], where: Path | str) -> None:
    """``SHA256SUMS`` has the digest the index records for this version."""
    version = _version(folder)
    entry = index["versions"].get(version)
    if not isinstance(entry, dict):
        raise ChecksumError(
            f"{version} is not in the release index",
            path=where,
            hint="an interrupted release? run `kzpolicy-data release --repair`",
        )
    recorded = entry.get("sha256sums")
    if recorded is None:  # an index written before digests were recorded: the file list
        listed = {k: v for k, v in entry.get("files", {}).items()}
        if listed != read_checksums(folder):
            raise ChecksumError(
                f"SHA256SUMS differs from the file list the index records for {version}",
                path=folder / CHECKSUMS,
                hint="the release was modified after publication; re-download it",
            )
        return
    actual = sums_digest(folder)
    if actual != recorded:
        raise ChecksumError(
            f"SHA256SUMS has sha256 {actual}, but the release index records {recorded}",
            path=folder / CHECKSUMS,
            hint="the release was modified after publication; re-download it",
        )


def check_counts(folder: Path) -> None:
    """Each view's Parquet rows and the JSONL lines are the counts ``manifest.json`` states."""
    import pyarrow.parquet as pq

    try:
        manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
        counts: dict[str, int] = manifest["counts"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ChecksumError(f"unreadable manifest.json: {exc}", path=folder) from None
    for view in ("records", "turns", "qa_pairs", "events"):
        if view not in counts:
            continue
        files = sorted((folder / "data" / view).glob("*.parquet"))
        try:
            rows = sum(pq.ParquetFile(f).metadata.num_rows for f in files)
        except (OSError, ValueError) as exc:
            raise ChecksumError(f"unreadable Parquet file: {exc}", path=folder / "data") from None
        if rows != counts[view]:
            raise ChecksumError(
                f"view {view!r} has {rows} rows, but manifest.json states {counts[view]}",
                path=folder / "data" / view,
                hint="rows were added or dropped; re-download the release",
            )
    lines = 0
    for shard in sorted((folder / "jsonl").glob("records-*.jsonl")):
        lines += shard.read_bytes().count(b"\n")  # one record a line, each ending in \n
    if "records" in counts and lines != counts["records"]:
        raise ChecksumError(
            f"the JSONL has {lines} records, but manifest.json states {counts['records']}",
            path=folder / "jsonl",
            hint="records were added or dropped; re-download the release",
        )


def verify_release(folder: Path, *, index: dict[str, Any] | None = None) -> None:
    """Every integrity check (``index``: the release index to use instead of the nearby one)."""
    if folder.is_symlink():
        raise ChecksumError(
            "is a symbolic link; a release is a real folder",
            path=folder,
            hint="copy the release folder here, or load it where it is",
        )
    check_files(folder)
    check_counts(folder)
    found = (index, "release index") if index is not None else index_for(folder)
    if found is not None:
        check_index(folder, found[0], found[1])
    elif _VERSION_FOLDER.fullmatch(folder.name):
        raise ChecksumError(
            f"no release index vouches for {folder.name}: the check of SHA256SUMS against the "
            "release index cannot be made, and without it a rewritten SHA256SUMS goes unseen",
            path=folder.parent / INDEX,
            hint=_RESTORE,
        )
    else:
        warnings.warn(
            UnvouchedWarning(
                f"{folder}: no release index vouches for this folder, so only the files' own "
                "checksums were verified (the check of SHA256SUMS against a release index was "
                "skipped); load a published release folder, beside its index.json, for that check"
            ),
            stacklevel=3,
        )
