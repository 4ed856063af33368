"""Integrity in depth: rewriting SHA256SUMS to match a tampered file is caught; listings from
an index or a checksum file cannot make us read or write outside a release folder; an
unreachable server or an unknown version is a clear error."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from kzpolicy_data import ChecksumError, ReleaseError, load, verify
from kzpolicy_data.access import fetch as fetch_mod
from kzpolicy_data.release import integrity as integrity_mod
from kzpolicy_data.release.index import safe_relpath
from kzpolicy_data.release.integrity import UnvouchedWarning
from kzpolicy_data.release.writer import write_checksums

from .releasing import publish_corpus, run_bounded, serve_folder


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return publish_corpus(tmp_path_factory.mktemp("pub"), n=4)


@pytest.fixture
def releases(published: Path, tmp_path: Path) -> Path:
    shutil.copytree(published, tmp_path / "releases")
    return tmp_path / "releases"


def _tamper_jsonl(folder: Path) -> None:
    shard = folder / "jsonl" / "records-00000.jsonl"
    lines = shard.read_text("utf-8").splitlines(keepends=True)
    record = json.loads(lines[0])
    record["metadata"]["headline"] = "Changed by someone"
    lines[0] = json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n"
    shard.write_text("".join(lines), "utf-8")


def test_rewritten_sha256sums_is_caught_by_the_index(releases: Path) -> None:
    folder = releases / "v0.1.0"
    _tamper_jsonl(folder)
    write_checksums(folder)  # the attacker makes SHA256SUMS match
    with pytest.raises(ChecksumError, match="the release index records") as info:
        list(load(path=folder))
    assert str(info.value).startswith(f"{folder / 'SHA256SUMS'}: ")


def test_dropped_parquet_rows_are_caught_by_the_manifest(releases: Path) -> None:
    folder = releases / "v0.1.0"
    (releases / "index.json").unlink()  # even without an index to vouch for the folder
    part = folder / "data" / "turns" / "part-00000.parquet"
    table = pq.read_table(part)
    pq.write_table(table.slice(0, table.num_rows // 2), part)
    write_checksums(folder)
    with pytest.raises(ChecksumError, match=r"'turns' has .* rows, but manifest.json states"):
        verify(folder)


def test_an_unindexed_release_asks_for_repair(releases: Path) -> None:
    index = json.loads((releases / "index.json").read_text())
    del index["versions"]["v0.1.0"]
    (releases / "index.json").write_text(json.dumps(index))
    with pytest.raises(ChecksumError, match=r"not in the release index.*--repair"):
        verify(releases / "v0.1.0")


@pytest.mark.parametrize(
    "name", ["../outside.txt", "/etc/passwd", "data/../../x", "a\\..\\b", "", "C:/x", "a//b"]
)
def test_unsafe_names_are_refused(name: str) -> None:
    with pytest.raises(ReleaseError, match="unsafe file name"):
        safe_relpath(name)


def test_verify_does_not_follow_dotdot_entries(releases: Path, tmp_path: Path) -> None:
    folder = releases / "v0.1.0"
    outside = tmp_path / "outside.txt"
    outside.write_text("secret")
    digest = hashlib.sha256(b"secret").hexdigest()
    with (folder / "SHA256SUMS").open("a") as f:
        f.write(f"{digest}  ../../outside.txt\n")
    with pytest.raises(ReleaseError, match="unsafe file name"):
        verify(folder)


def test_a_symlink_inside_a_release_is_refused(releases: Path) -> None:
    folder = releases / "v0.1.0"
    target = folder / "CHANGES.md"
    moved = folder.parent / "CHANGES.md"
    target.rename(moved)
    target.symlink_to(moved)
    with pytest.raises(ChecksumError, match="symbolic link"):
        verify(folder)


@pytest.fixture
def server(releases: Path) -> Iterator[str]:
    with serve_folder(releases) as url:
        yield url


@pytest.fixture
def remote(server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KZPOLICY_DATA_BASE_URL", server)
    monkeypatch.setenv("KZPOLICY_DATA_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(fetch_mod, "_local_index", lambda: None)
    return tmp_path / "cache"


@pytest.mark.parametrize("name", ["../../escaped.txt", "/tmp/kzp-absolute.txt"])
def test_index_file_names_cannot_escape_the_cache(
    releases: Path, remote: Path, tmp_path: Path, name: str
) -> None:
    index = json.loads((releases / "index.json").read_text())
    index["versions"]["v0.1.0"]["files"][name] = "0" * 64
    (releases / "index.json").write_text(json.dumps(index))
    with pytest.raises(ReleaseError, match="unsafe file name"):
        fetch_mod.fetch_release("0.1.0")
    assert not (tmp_path / "escaped.txt").exists() and not Path(name).exists()


def test_unknown_version_lists_the_known_ones(remote: Path) -> None:
    with pytest.raises(ReleaseError) as info:
        load("9.9.9")
    assert "unknown release v9.9.9" in str(info.value) and "known versions: v0.1.0" in str(
        info.value
    )
    assert "<input>" not in str(info.value)


def test_unreachable_server_is_a_release_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KZPOLICY_DATA_BASE_URL", "http://127.0.0.1:9/")
    monkeypatch.setenv("KZPOLICY_DATA_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(fetch_mod, "_local_index", lambda: None)
    with pytest.raises(ReleaseError, match=r"cannot download .*index.json.*Connection"):
        fetch_mod.fetch_release("9.9.9")


def test_the_index_cache_refreshes(releases: Path, remote: Path) -> None:
    assert fetch_mod.fetch_release("0.1.0") == remote / "v0.1.0"
    shutil.copytree(releases / "v0.1.0", releases / "v0.2.0")
    manifest = json.loads((releases / "v0.2.0" / "manifest.json").read_text())
    manifest["version"] = "0.2.0"
    (releases / "v0.2.0" / "manifest.json").write_text(json.dumps(manifest))
    write_checksums(releases / "v0.2.0")
    from kzpolicy_data.release.index import write_index

    write_index(releases)
    with pytest.raises(ReleaseError, match=r"unknown release v0.2.0"):
        fetch_mod.fetch_release("0.2.0")  # the cached index is younger than an hour
    old = os.stat(remote / "index.json").st_mtime - 2 * fetch_mod.INDEX_MAX_AGE
    os.utime(remote / "index.json", (old, old))
    assert fetch_mod.fetch_release("0.2.0") == remote / "v0.2.0"


def test_a_deleted_index_fails_closed(releases: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without index.json, a JSONL edit with a rewritten SHA256SUMS loaded without a word."""
    monkeypatch.setattr(integrity_mod, "packaged_index", lambda: None)  # none in the package
    folder = releases / "v0.1.0"
    _tamper_jsonl(folder)
    write_checksums(folder)
    (releases / "index.json").unlink()
    with pytest.raises(ChecksumError) as info:
        list(load(path=folder))
    message = str(info.value)
    assert message.startswith(f"{releases / 'index.json'}: no release index vouches for v0.1.0")
    assert "the check of SHA256SUMS against the release index" in message
    assert "restore releases/index.json" in message


def test_a_symlinked_index_fails_closed(releases: Path, tmp_path: Path) -> None:
    """An index replaced by a link (to one that vouches for the tampered folder) was skipped."""
    from kzpolicy_data.release.index import write_index

    folder = releases / "v0.1.0"
    _tamper_jsonl(folder)
    write_checksums(folder)
    forged = tmp_path / "forged"
    forged.mkdir()
    shutil.copytree(folder, forged / "v0.1.0")
    write_index(forged)
    (releases / "index.json").unlink()
    (releases / "index.json").symlink_to(forged / "index.json")
    with pytest.raises(ChecksumError, match=r"index\.json: is a symbolic link"):
        list(load(path=folder))


def test_an_unversioned_folder_without_an_index_is_loaded_with_a_warning(
    published: Path, tmp_path: Path
) -> None:
    """A build preview has no index: its files are checked, and the skipped check is named."""
    copy = tmp_path / "preview"
    shutil.copytree(published / "v0.1.0", copy)
    manifest = json.loads((copy / "manifest.json").read_text())
    manifest["version"] = "preview"
    (copy / "manifest.json").write_text(json.dumps(manifest))
    write_checksums(copy)
    with pytest.warns(UnvouchedWarning, match="no release index vouches for") as caught:
        assert len(list(load(path=copy))) == 4
    assert "only the files' own checksums were verified" in str(caught[0].message)


def test_a_symlinked_version_folder_is_not_a_release(releases: Path, tmp_path: Path) -> None:
    """A link named v0.2.0 was indexed, loaded and offered for publishing."""
    from click.testing import CliRunner

    from kzpolicy_data.cli import cli
    from kzpolicy_data.release.index import versions, write_index

    elsewhere = tmp_path / "elsewhere" / "v0.2.0"
    shutil.copytree(releases / "v0.1.0", elsewhere)
    manifest = json.loads((elsewhere / "manifest.json").read_text())
    manifest["version"] = "0.2.0"
    (elsewhere / "manifest.json").write_text(json.dumps(manifest))
    write_checksums(elsewhere)
    (releases / "v0.2.0").symlink_to(elsewhere)
    assert versions(releases) == ["v0.1.0"]
    write_index(releases)
    assert list(json.loads((releases / "index.json").read_text())["versions"]) == ["v0.1.0"]
    with pytest.raises(ChecksumError, match=r"v0\.2\.0: is a symbolic link"):
        list(load(path=releases / "v0.2.0"))
    result = CliRunner().invoke(
        cli, ["publish", "0.2.0", "--repo", "a/b", "--dry-run", "--releases", str(releases)]
    )
    assert result.exit_code == 1 and "v0.2.0" in result.output
    assert "symbolic link" in result.output or "not found" in result.output


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_for_sha256sums_is_an_error_not_a_hang(releases: Path) -> None:
    folder = releases / "v0.1.0"
    (folder / "SHA256SUMS").unlink()
    os.mkfifo(folder / "SHA256SUMS")
    code = (
        "import sys; from pathlib import Path; from kzpolicy_data import verify, ReleaseError\n"
        "try:\n    verify(Path(sys.argv[1]))\nexcept ReleaseError as exc:\n    print(exc)\n"
    )
    proc = run_bounded(code, str(folder))
    assert proc.returncode == 0, proc.stderr
    assert f"{folder / 'SHA256SUMS'}: is not a regular file" in proc.stdout
