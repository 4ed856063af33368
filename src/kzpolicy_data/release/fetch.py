"""Fetch: download a release with pooch, verifying every file against the release index.

The base URL and the cache folder are configurable by environment variables:
``KZPOLICY_DATA_BASE_URL`` (a folder served over HTTP holding ``index.json`` and ``vX.Y.Z/``)
and ``KZPOLICY_DATA_CACHE`` (default: the OS cache folder for ``kzpolicy_data``).
"""

from __future__ import annotations

import json
import os
import time
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import ReleaseError
from .index import INDEX

__all__ = ["DEFAULT_BASE_URL", "base_url", "cache_dir", "fetch_release", "release_index"]

DEFAULT_BASE_URL = "https://github.com/kzpolicy/kzpolicy_data/raw/main/releases/"
# The downloaded index is refreshed after an hour, so that later releases become known.
INDEX_MAX_AGE = 3600.0


def base_url() -> str:
    """Where releases are downloaded from (``KZPOLICY_DATA_BASE_URL`` overrides)."""
    url = os.environ.get("KZPOLICY_DATA_BASE_URL", DEFAULT_BASE_URL)
    return url if url.endswith("/") else url + "/"


def cache_dir() -> Path:
    """Where downloads are kept (``KZPOLICY_DATA_CACHE`` overrides)."""
    import pooch

    env = os.environ.get("KZPOLICY_DATA_CACHE")
    return Path(env) if env else Path(pooch.os_cache("kzpolicy_data"))


def _local_index() -> dict[str, Any] | None:
    for candidate in (
        Path(str(resources.files("kzpolicy_data").joinpath("_release_index.json"))),
        Path(__file__).resolve().parents[3] / "releases" / INDEX,  # a source checkout
    ):
        if candidate.exists():
            data: dict[str, Any] = json.loads(candidate.read_text("utf-8"))
            return data
    return None


def _server_index(max_age: float = INDEX_MAX_AGE) -> dict[str, Any]:
    """The server's index, cached for ``max_age`` seconds (so new releases become known);
    the stale copy is used if the server cannot be reached."""
    cached = cache_dir() / INDEX
    fresh = cached.is_file() and time.time() - cached.stat().st_mtime < max_age
    if not fresh:
        try:
            _download(base_url() + INDEX, cached)
        except ReleaseError:
            if not cached.is_file():
                raise
    try:
        data = json.loads(cached.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        cached.unlink(missing_ok=True)
        raise ReleaseError(f"the server's release index is not JSON: {exc}", path=cached) from None
    if not isinstance(data, dict) or not isinstance(data.get("versions"), dict):
        cached.unlink(missing_ok=True)
        raise ReleaseError("the server's release index has no `versions` mapping", path=cached)
    return data


def _download(url: str, target: Path) -> None:
    """Download ``url`` to ``target`` atomically; network failures become a ReleaseError."""
    import pooch

    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.part")
    try:
        pooch.HTTPDownloader(progressbar=False, timeout=30)(url, str(tmp), None)
        os.replace(tmp, target)
    except (OSError, ValueError) as exc:  # requests' errors are OSErrors
        tmp.unlink(missing_ok=True)
        raise ReleaseError(
            f"cannot download {url}: {type(exc).__name__}: {exc}"[:500],
            hint="check your connection and KZPOLICY_DATA_BASE_URL",
        ) from None


def release_index() -> dict[str, Any]:
    """The release index: the one shipped with the package, else the server's."""
    local = _local_index()
    return local if local is not None else _server_index()


def _entry(version: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The index and its entry for ``version``: a clear error listing the known versions."""
    local = _local_index()
    index = local if local is not None else {"versions": {}}
    problem = ""
    if version not in index.get("versions", {}):
        try:
            index = _server_index(max_age=0 if local is not None else INDEX_MAX_AGE)
        except ReleaseError as exc:
            problem = f"; the server's index could not be read: {exc.message}"
    entry = index.get("versions", {}).get(version)
    if not isinstance(entry, dict) or not isinstance(entry.get("files"), dict):
        known = sorted(set(index.get("versions", {})) | set((local or {}).get("versions", {})))
        raise ReleaseError(
            f"unknown release {version}{problem}",
            hint=f"known versions: {', '.join(known) or 'none'}",
        )
    return index, entry


def fetch_release(version: str) -> Path:
    """Download every file of ``vX.Y.Z`` into the cache (once) and return its verified folder.

    File names come from an index that may be a server's: each must be a plain relative path
    (``../x`` or ``/etc/x`` is an error), so nothing is written outside the cache folder."""
    import pooch

    from .index import parse_version, safe_relpath
    from .integrity import verify_release

    version = "v{}.{}.{}".format(*parse_version(version))
    index, entry = _entry(version)
    registry = {
        safe_relpath(name, INDEX): f"sha256:{digest}" for name, digest in entry["files"].items()
    }
    registry["SHA256SUMS"] = None  # type: ignore[assignment]  # verified through the index
    folder = cache_dir() / version
    fetcher = pooch.create(
        path=folder, base_url=f"{base_url()}{version}/", registry=registry, retry_if_failed=2
    )
    try:
        for name in sorted(registry):
            fetcher.fetch(name, progressbar=False)
    except ValueError as exc:  # pooch's hash mismatch
        raise ReleaseError(f"download of {version} failed verification: {exc}") from None
    except OSError as exc:  # requests' connection errors are OSErrors too
        raise ReleaseError(
            f"cannot download {version} from {base_url()}: {type(exc).__name__}: {exc}"[:500],
            hint="check KZPOLICY_DATA_BASE_URL and your connection",
        ) from None
    verify_release(folder, index=index)
    return folder
