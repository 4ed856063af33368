"""Fetch: download a release with pooch, verifying every file against the release index.

The base URL and the cache folder are configurable by environment variables:
``KZPOLICY_DATA_BASE_URL`` (a folder served over HTTP holding ``index.json`` and ``vX.Y.Z/``)
and ``KZPOLICY_DATA_CACHE`` (default: the OS cache folder for ``kzpolicy_data``).

A mirror may be broken or hostile, so every download is bounded: in size (each file by the size
the index records for it, the index itself by ``MAX_INDEX_BYTES``), in time (a total deadline,
``KZPOLICY_DATA_DOWNLOAD_TIMEOUT`` seconds, besides the timeout of each read: a server sending
one byte every few seconds keeps every read alive) and, for the index, in JSON depth. A failure
is a :class:`ReleaseError`, and an index that fails is not kept in the cache.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from ..errors import ReleaseError
from ..release.index import INDEX, MAX_INDEX_BYTES, packaged_index, read_index_file

__all__ = [
    "DEFAULT_BASE_URL",
    "base_url",
    "cache_dir",
    "download_deadline",
    "fetch_release",
    "release_index",
]

DEFAULT_BASE_URL = "https://github.com/kzpolicy/kzpolicy_data/raw/main/releases/"
# The downloaded index is refreshed after an hour, so that later releases become known.
INDEX_MAX_AGE = 3600.0
# For an index written before it recorded sizes: a shard group's file is far smaller.
MAX_FILE_BYTES = 256 * 1024 * 1024
# Seconds for one release (or the index) to download, unless KZPOLICY_DATA_DOWNLOAD_TIMEOUT.
DOWNLOAD_DEADLINE = 1800.0
# Seconds one read may wait for the server.
READ_TIMEOUT = 30.0


def base_url() -> str:
    """Where releases are downloaded from (``KZPOLICY_DATA_BASE_URL`` overrides)."""
    url = os.environ.get("KZPOLICY_DATA_BASE_URL", DEFAULT_BASE_URL)
    return url if url.endswith("/") else url + "/"


def cache_dir() -> Path:
    """Where downloads are kept (``KZPOLICY_DATA_CACHE`` overrides)."""
    import pooch

    env = os.environ.get("KZPOLICY_DATA_CACHE")
    return Path(env) if env else Path(pooch.os_cache("kzpolicy_data"))


def download_deadline() -> float:
    """Seconds a release may take to download (``KZPOLICY_DATA_DOWNLOAD_TIMEOUT`` overrides)."""
    text = os.environ.get("KZPOLICY_DATA_DOWNLOAD_TIMEOUT", "")
    try:
        value = float(text) if text else DOWNLOAD_DEADLINE
    except ValueError:
        value = -1.0
    if not value > 0:
        raise ReleaseError(
            f"KZPOLICY_DATA_DOWNLOAD_TIMEOUT={text!r} is not a number of seconds",
            hint="give a positive number, e.g. 3600",
        )
    return value


def _local_index() -> dict[str, Any] | None:
    return packaged_index()


def _server_index(max_age: float = INDEX_MAX_AGE) -> dict[str, Any]:
    """The server's index, cached for ``max_age`` seconds (so new releases become known);
    the stale copy is used if the server cannot be reached."""
    cached = cache_dir() / INDEX
    fresh = cached.is_file() and time.time() - cached.stat().st_mtime < max_age
    if not fresh:
        try:
            _download(base_url() + INDEX, cached, MAX_INDEX_BYTES)
        except ReleaseError:
            if not cached.is_file():
                raise
    try:
        return read_index_file(cached)
    except ReleaseError as exc:  # not kept: the next call downloads it again
        cached.unlink(missing_ok=True)
        raise ReleaseError(
            f"the server's release index is unusable: {exc.message}",
            path=cached,
            hint="the mirror is broken or hostile; check KZPOLICY_DATA_BASE_URL",
        ) from None


def _download(url: str, target: Path, limit: int) -> None:
    """Download ``url`` to ``target`` atomically; network failures become a ReleaseError."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.part")
    try:
        Bounded(limit, time.monotonic() + download_deadline())(url, str(tmp), None)
        os.replace(tmp, target)
    except (OSError, ValueError) as exc:  # requests' errors are OSErrors
        raise ReleaseError(
            f"cannot download {url}: {type(exc).__name__}: {exc}"[:500],
            hint="check your connection and KZPOLICY_DATA_BASE_URL",
        ) from None
    finally:
        tmp.unlink(missing_ok=True)


class Bounded:
    """A pooch downloader that stops at ``limit`` bytes and at the ``deadline`` (a
    ``time.monotonic()`` value): a server cannot fill the disk or hang the caller."""

    def __init__(self, limit: int, deadline: float) -> None:
        self.limit, self.deadline = limit, deadline

    def __call__(self, url: str, output_file: str, pooch: Any, check_only: bool = False) -> None:
        import requests
        import urllib3

        left = self.deadline - time.monotonic()
        if left <= 0:
            raise self._late(url)
        # Each read waits at most until the deadline: the overshoot is bounded too.
        with requests.get(url, stream=True, timeout=min(READ_TIMEOUT, left)) as response:
            response.raise_for_status()
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > self.limit:
                raise self._big(url, f"declares {declared} bytes")
            raw = response.raw
            raw.decode_content = True  # the limit is on what is written, after decompression
            read = getattr(raw, "read1", raw.read)  # read1: what arrived, not a full chunk
            size = 0
            with open(output_file, "wb") as f:
                while True:
                    try:
                        chunk = read(64 * 1024)
                    except urllib3.exceptions.HTTPError as exc:  # pooch retries these
                        raise requests.exceptions.ConnectionError(str(exc)) from None
                    if not chunk:
                        return
                    size += len(chunk)
                    if size > self.limit:
                        raise self._big(url, "")
                    f.write(chunk)
                    if time.monotonic() > self.deadline:
                        raise self._late(url)

    def _big(self, url: str, what: str) -> ReleaseError:
        bound = f"the {self.limit} bytes the index records"
        if url.endswith("/" + INDEX):
            bound = f"the {self.limit} byte limit for a release index"
        return ReleaseError(
            f"{url} sent more than {bound}" if not what else f"{url} {what}, more than {bound}",
            hint="the mirror is broken or hostile; check KZPOLICY_DATA_BASE_URL",
        )

    def _late(self, url: str) -> ReleaseError:
        return ReleaseError(
            f"the download of {url} did not finish within {download_deadline():g} s",
            hint="the server is too slow; set KZPOLICY_DATA_DOWNLOAD_TIMEOUT to wait longer",
        )


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

    from ..release.index import parse_version, safe_relpath
    from ..release.integrity import verify_release

    version = "v{}.{}.{}".format(*parse_version(version))
    deadline = time.monotonic() + download_deadline()  # one deadline for every file
    index, entry = _entry(version)
    registry = {
        safe_relpath(name, INDEX): f"sha256:{digest}" for name, digest in entry["files"].items()
    }
    registry["SHA256SUMS"] = None  # type: ignore[assignment]  # verified through the index
    sizes = entry.get("bytes")
    sizes = sizes if isinstance(sizes, dict) else {}  # an index written before sizes were
    folder = cache_dir() / version
    fetcher = pooch.create(
        path=folder, base_url=f"{base_url()}{version}/", registry=registry, retry_if_failed=2
    )
    try:
        for name in sorted(registry):
            limit = sizes.get(name)
            limit = limit if isinstance(limit, int) and limit >= 0 else MAX_FILE_BYTES
            fetcher.fetch(name, progressbar=False, downloader=Bounded(limit, deadline))
    except ValueError as exc:  # pooch's hash mismatch
        raise ReleaseError(f"download of {version} failed verification: {exc}") from None
    except OSError as exc:  # requests' connection errors are OSErrors too
        raise ReleaseError(
            f"cannot download {version} from {base_url()}: {type(exc).__name__}: {exc}"[:500],
            hint="check KZPOLICY_DATA_BASE_URL and your connection",
        ) from None
    verify_release(folder, index=index)
    return folder
