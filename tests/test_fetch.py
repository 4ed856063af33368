"""Downloads from a broken or hostile mirror: bounded in size (from the index), in time (a total
deadline) and in JSON depth; every failure a ReleaseError, and nothing bad left in the cache."""

from __future__ import annotations

import http.server
import json
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from kzpolicy_data import ReleaseError, load
from kzpolicy_data.access import fetch as fetch_mod
from kzpolicy_data.access import load as load_mod
from kzpolicy_data.release.index import read_index

from .releasing import Hostile, publish_corpus
from .releasing import serve_folder as mirror


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return publish_corpus(tmp_path_factory.mktemp("pub"), n=3)


@pytest.fixture
def releases(published: Path, tmp_path: Path) -> Path:
    shutil.copytree(published, tmp_path / "releases")
    return tmp_path / "releases"


@pytest.fixture
def use(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[str], Path]:
    """Point downloads at a mirror (no local index); the cache folder."""

    def point(url: str) -> Path:
        monkeypatch.setenv("KZPOLICY_DATA_BASE_URL", url)
        monkeypatch.setenv("KZPOLICY_DATA_CACHE", str(tmp_path / "cache"))
        monkeypatch.setattr(fetch_mod, "_local_index", lambda: None)
        monkeypatch.setattr(load_mod, "_bundled", lambda: None)  # nothing installed or checked
        monkeypatch.setattr(load_mod, "_checkout_releases", lambda: None)  # out: download
        return tmp_path / "cache"

    return point


def _body(data: bytes, length: int | None = None) -> Hostile:
    def send(handler: http.server.BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Length", str(len(data) if length is None else length))
        handler.end_headers()
        handler.wfile.write(data)

    return send


def _trickle(seconds: float) -> Hostile:
    """One byte at a time, each within the read timeout, for ``seconds``."""

    def send(handler: http.server.BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.end_headers()  # no Content-Length: the body ends when the connection does
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            handler.wfile.write(b" ")
            handler.wfile.flush()
            time.sleep(0.2)

    return send


def test_the_index_records_every_file_size(published: Path) -> None:
    entry = read_index(published)["versions"]["v0.1.0"]
    folder = published / "v0.1.0"
    assert set(entry["bytes"]) == {*entry["files"], "SHA256SUMS"}
    for name, size in entry["bytes"].items():
        assert (folder / name).stat().st_size == size, name


def test_a_deeply_nested_index_is_an_error_and_not_kept(
    releases: Path, use: Callable[[str], Path]
) -> None:
    """100,000 nested brackets escaped load() as a RecursionError and stayed in the cache."""
    deep = b"[" * 100_000 + b"]" * 100_000
    with mirror(releases, {"index.json": _body(deep)}) as url:
        cache = use(url)
        with pytest.raises(ReleaseError, match="nested 100000 levels deep"):
            load("0.1.0")
    assert not (cache / "index.json").exists()


def test_an_oversized_index_is_refused(
    releases: Path, use: Callable[[str], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fetch_mod, "MAX_INDEX_BYTES", 2000)
    padded = (releases / "index.json").read_bytes() + b" " * 5000
    with mirror(releases, {"index.json": _body(padded)}) as url:
        cache = use(url)
        with pytest.raises(ReleaseError, match="more than the 2000 byte limit for a release index"):
            fetch_mod.fetch_release("0.1.0")
    assert not (cache / "index.json").exists()


def test_a_file_larger_than_the_index_records_is_cut_short(
    releases: Path, use: Callable[[str], Path]
) -> None:
    """The size bound comes from the index: the download stops there, it does not fetch a
    gigabyte for the hash to reject."""
    served: list[int] = []

    def endless(handler: http.server.BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.end_headers()  # no Content-Length: the body ends when the connection does
        chunk = b"0" * 65536
        for _ in range(2000):  # 128 MiB at most
            handler.wfile.write(chunk)
            served.append(len(chunk))

    with mirror(releases, {"v0.1.0/manifest.json": endless}) as url:
        cache = use(url)
        with pytest.raises(ReleaseError, match=r"more than the \d+ bytes the index records"):
            fetch_mod.fetch_release("0.1.0")
    assert sum(served) < 64 * 1024 * 1024
    assert not (cache / "v0.1.0" / "manifest.json").exists()


def test_a_declared_length_over_the_bound_is_refused_before_reading(
    releases: Path, use: Callable[[str], Path]
) -> None:
    with mirror(releases, {"v0.1.0/diff.json": _body(b"{}", length=1 << 30)}) as url:
        use(url)
        with pytest.raises(ReleaseError, match="1073741824 bytes, more than the"):
            fetch_mod.fetch_release("0.1.0")


def test_a_trickling_server_meets_the_deadline(
    releases: Path, use: Callable[[str], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """One byte every 0.2 s kept every read alive, and load() waited forever."""
    monkeypatch.setenv("KZPOLICY_DATA_DOWNLOAD_TIMEOUT", "2")
    with mirror(releases, {"v0.1.0/README.md": _trickle(30)}) as url:
        use(url)
        start = time.monotonic()
        with pytest.raises(ReleaseError, match="did not finish within 2 s"):
            fetch_mod.fetch_release("0.1.0")
    assert time.monotonic() - start < 10


def test_a_mirror_that_behaves_still_serves(releases: Path, use: Callable[[str], Path]) -> None:
    with mirror(releases, {}) as url:
        cache = use(url)
        assert fetch_mod.fetch_release("0.1.0") == cache / "v0.1.0"
    assert json.loads((cache / "index.json").read_text())["latest"] == "v0.1.0"
