"""A release's SQLite database: the one it carries (``kzpolicy-data release --with-sqlite``,
below :data:`MAX_ASSET_BYTES`), or one built on demand and cached under the release's digest.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..errors import ReleaseError
from .sqlite import ASSET, export_release, release_digest
from .sqlite_query import check_database

__all__ = ["MAX_ASSET_BYTES", "attach_database", "database_for"]

MAX_ASSET_BYTES = 50_000_000  # a release carries its database only below this size


def database_for(folder: Path, *, cache: Path | None = None) -> Path:
    """The database of a (verified) release folder.

    The release's own asset if it carries one (listed in ``SHA256SUMS``, so verified with the
    rest); otherwise built once into ``cache`` (default: the download cache), keyed by the
    release's digest, and rebuilt if the cached file is damaged or from another exporter.
    """
    from ..release.index import read_checksums

    if ASSET in read_checksums(folder):
        return folder / ASSET
    digest = release_digest(folder)
    if cache is None:
        from .fetch import cache_dir

        cache = cache_dir() / "sqlite"
    target = cache / digest[:32] / ASSET
    if target.is_file():
        try:
            if check_database(target).get("release_digest") == digest:
                return target
        except ReleaseError:
            pass  # a damaged cache entry is simply rebuilt
    return export_release(folder, target, replace=True)


def attach_database(folder: Path, *, max_bytes: int = MAX_ASSET_BYTES) -> Path | None:
    """Add the database to a release folder being written, if it is at most ``max_bytes``.

    Lists it in the manifest (``assets``) and rewrites ``SHA256SUMS``; returns its path, or
    None (and leaves the folder as it was) when it is too big: it is then built on demand.
    """
    from ..release.writer import file_sha256, write_checksums

    target = export_release(folder, folder / ASSET)
    size = target.stat().st_size
    if size > max_bytes:
        target.unlink()
        return None
    path = folder / "manifest.json"
    manifest = json.loads(path.read_text("utf-8"))
    manifest["assets"] = {"sqlite": {"path": ASSET, "bytes": size, "sha256": file_sha256(target)}}
    path.write_text(
        json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
        encoding="utf-8",
        newline="\n",
    )
    write_checksums(folder)
    return target
