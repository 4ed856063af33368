"""Fetch: download a release with pooch, verifying every file against the release index.

The base URL and the cache folder are configurable by environment variables:
``KZPOLICY_DATA_BASE_URL`` (a folder served over HTTP holding ``index.json`` and ``vX.Y.Z/``)
and ``KZPOLICY_DATA_CACHE`` (default: the OS cache folder for ``kzpolicy_data``).
"""

from __future__ import annotations

import json
import os
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import ReleaseError
from .index import INDEX

__all__ = ["DEFAULT_BASE_URL", "base_url", "cache_dir", "fetch_release", "release_index"]

DEFAULT_BASE_URL = "https://github.com/kzpolicy/kzpolicy_data/raw/main/releases/"


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


def release_index() -> dict[str, Any]:
    """The release index: the one shipped with the package, else the server's."""
    local = _local_index()
    if local is not None:
        return local
    import pooch

    path = pooch.retrieve(base_url() + INDEX, known_hash=None, path=cache_dir(), progressbar=False)
    data: dict[str, Any] = json.loads(Path(path).read_text("utf-8"))
    return data


def fetch_release(version: str) -> Path:
    """Download every file of ``vX.Y.Z`` into the cache (once) and return its folder."""
    import pooch

    index = release_index()
    entry = index.get("versions", {}).get(version)
    if entry is None and _local_index() is not None:
        # The shipped index may predate the release: ask the server's index.
        path = pooch.retrieve(
            base_url() + INDEX, known_hash=None, path=cache_dir(), progressbar=False
        )
        entry = json.loads(Path(path).read_text("utf-8")).get("versions", {}).get(version)
    if entry is None:
        known = ", ".join(sorted(index.get("versions", {}))) or "none"
        raise ReleaseError(f"unknown release {version}", hint=f"known versions: {known}")
    files: dict[str, str] = entry["files"]
    registry = {name: f"sha256:{digest}" for name, digest in files.items()}
    registry["SHA256SUMS"] = None  # type: ignore[assignment]  # verified through the others
    fetcher = pooch.create(
        path=cache_dir() / version,
        base_url=f"{base_url()}{version}/",
        registry=registry,
        retry_if_failed=2,
    )
    try:
        for name in sorted(registry):
            fetcher.fetch(name, progressbar=False)
    except ValueError as exc:  # pooch's hash mismatch
        raise ReleaseError(f"download of {version} failed verification: {exc}") from exc
    except OSError as exc:
        raise ReleaseError(
            f"cannot download {version} from {base_url()}: {exc}",
            hint="check KZPOLICY_DATA_BASE_URL and your connection",
        ) from exc
    return cache_dir() / version
