from __future__ import annotations

import errno
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from kzpolicy_data import KzPolicyError, ReleaseError, release
from kzpolicy_data.release.index import latest_version, parse_version, versions

from .conftest import DATA, ROOT
from .releasing import corpus_name, make_corpus, tree


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return make_corpus(tmp_path / "raw", n=3)


def test_release_publishes_diff_changes_and_index(corpus: Path, tmp_path: Path) -> None:
    rel = tmp_path / "releases"
    release("0.1.0", corpus, rel, jobs=1, progress=False)
    extra = corpus / corpus_name(sorted((DATA / "raw").glob("*.txt"))[5])
    shutil.copy(sorted((DATA / "raw").glob("*.txt"))[5], extra)
    release("0.2.0", corpus, rel, jobs=1, progress=False)
    assert versions(rel) == ["v0.1.0", "v0.2.0"]
    diff = json.loads((rel / "v0.2.0" / "diff.json").read_text())
    assert diff["added"] == [extra.stem]
    assert diff["removed"] == [] and diff["changed"] == [] and diff["unchanged"] == 3
    assert diff["from"] == "v0.1.0" and diff["to"] == "v0.2.0"
    assert f"`{extra.stem}`" in (rel / "v0.2.0" / "CHANGES.md").read_text()
    first = json.loads((rel / "v0.1.0" / "diff.json").read_text())
    assert first["from"] is None and len(first["added"]) == 3
    index = json.loads((rel / "index.json").read_text())
    assert index["latest"] == "v0.2.0"
    assert set(index["versions"]) == {"v0.1.0", "v0.2.0"}
    assert "data/records/part-00000.parquet" in index["versions"]["v0.2.0"]["files"]
    assert [p.name for p in rel.iterdir() if p.name.startswith(".")] == [".lock"]


def test_release_refuses_existing_and_smaller_versions(corpus: Path, tmp_path: Path) -> None:
    rel = tmp_path / "releases"
    release("1.2.0", corpus, rel, jobs=1, progress=False)
    before = tree(rel)
    for bad in ("1.2.0", "1.1.9", "0.9.0"):
        with pytest.raises(ReleaseError):
            release(bad, corpus, rel, jobs=1, progress=False)
    with pytest.raises(ReleaseError, match="not a version"):
        release("1.3", corpus, rel, jobs=1, progress=False)
    assert tree(rel) == before


def test_failed_release_leaves_previous_untouched(corpus: Path, tmp_path: Path) -> None:
    rel = tmp_path / "releases"
    release("0.1.0", corpus, rel, jobs=1, progress=False)
    before = tree(rel)
    (corpus / "900_00000000000000ba.txt").write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(KzPolicyError, match=r"900_00000000000000ba\.txt"):
        release("0.2.0", corpus, rel, jobs=1, progress=False)
    assert tree(rel) == before


def test_parse_version() -> None:
    assert parse_version("v1.2.3") == (1, 2, 3)
    assert parse_version("10.0.1") > parse_version("9.9.9")
    with pytest.raises(ReleaseError):
        parse_version("01.2.3")


def test_latest_committed_release_is_reproduced_from_raw(tmp_path: Path) -> None:
    committed = ROOT / "releases"
    latest = latest_version(committed)
    if latest is None:
        pytest.fail("no release is committed under releases/")
    rel = tmp_path / "releases"
    rel.mkdir()
    for name in versions(committed):
        if name != latest:
            shutil.copytree(committed / name, rel / name)
    release(latest, ROOT / "raw", rel, jobs=2, progress=False, root=ROOT)
    assert tree(rel / latest) == tree(committed / latest)


def _add_article(corpus: Path, k: int = 5) -> Path:
    fixture = sorted((DATA / "raw").glob("*.txt"))[k]
    return Path(shutil.copy(fixture, corpus / corpus_name(fixture)))


def test_semver_is_enforced_from_the_diff(corpus: Path, tmp_path: Path) -> None:
    rel = tmp_path / "releases"
    release("0.1.0", corpus, rel, jobs=1, progress=False)
    added = _add_article(corpus)
    before = tree(rel)
    with pytest.raises(ReleaseError, match="a patch release has the same records, but 1 were"):
        release("0.1.1", corpus, rel, jobs=1, progress=False)
    assert tree(rel) == before
    release("0.2.0", corpus, rel, jobs=1, progress=False)
    added.unlink()
    release("0.3.0", corpus, rel, jobs=1, progress=False)  # before 1.0.0 a minor may change
    release("1.0.0", corpus, rel, jobs=1, progress=False)
    added = _add_article(corpus)
    release("1.1.0", corpus, rel, jobs=1, progress=False)  # a minor may add
    added.unlink()
    with pytest.raises(ReleaseError, match="a minor release may only add records, but 1 were"):
        release("1.2.0", corpus, rel, jobs=1, progress=False)
    release("1.2.0", corpus, rel, jobs=1, progress=False, force_version=True)
    _add_article(corpus, 6)
    release("2.0.0", corpus, rel, jobs=1, progress=False)  # a major may do anything
    assert versions(rel) == ["v0.1.0", "v0.2.0", "v0.3.0", "v1.0.0", "v1.1.0", "v1.2.0", "v2.0.0"]


def test_permissions_are_sane(corpus: Path, tmp_path: Path) -> None:
    rel = tmp_path / "releases"
    release("0.1.0", corpus, rel, jobs=1, progress=False)
    for path in [rel / "v0.1.0", *(rel / "v0.1.0").rglob("*")]:
        assert path.stat().st_mode & 0o777 == (0o755 if path.is_dir() else 0o644), path
    assert (rel / "index.json").stat().st_mode & 0o777 == 0o644


def test_a_second_release_at_the_same_time_is_refused(corpus: Path, tmp_path: Path) -> None:
    from kzpolicy_data.publish.release import release_lock

    rel = tmp_path / "releases"
    with release_lock(rel), pytest.raises(ReleaseError, match="another release is running"):
        release("0.1.0", corpus, rel, jobs=1, progress=False)
    assert versions(rel) == []


def test_interrupted_release_is_recovered(corpus: Path, tmp_path: Path) -> None:
    """Killed between the rename and the index: the next command finishes the job."""
    from kzpolicy_data.release.index import write_index

    rel = tmp_path / "releases"
    release("0.1.0", corpus, rel, jobs=1, progress=False)
    index_before = (rel / "index.json").read_bytes()
    _add_article(corpus)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(sys.modules["kzpolicy_data.publish.release"], "write_index", _killed)
        with pytest.raises(SystemExit):
            release("0.2.0", corpus, rel, jobs=1, progress=False)
    # The state a kill leaves: v0.2.0 published, the index not updated, staging left behind.
    assert (rel / "v0.2.0").is_dir() and (rel / "index.json").read_bytes() == index_before
    (rel / ".v0.3.0.staging-abc").mkdir()
    proc = _cli("release", "--repair", "--releases", str(rel))
    assert proc.returncode == 0, proc.stderr
    assert "added v0.2.0 to the index" in proc.stdout and "staging-abc" in proc.stdout
    index = json.loads((rel / "index.json").read_text())
    assert index["latest"] == "v0.2.0" and set(index["versions"]) == {"v0.1.0", "v0.2.0"}
    assert sorted(p.name for p in rel.iterdir() if p.name.startswith(".")) == [".lock"]
    assert "nothing to repair" in _cli("release", "--repair", "--releases", str(rel)).stdout
    write_index(rel)  # idempotent


def _killed(releases_dir: Path) -> Path:
    from kzpolicy_data.release.index import write_index

    if (releases_dir / "v0.2.0").exists():  # just after the rename
        raise SystemExit("killed")
    return write_index(releases_dir)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kzpolicy_data", *args],
        capture_output=True,
        text=True,
        check=False,
    )


def test_full_disk_during_the_index_leaves_the_old_state(corpus: Path, tmp_path: Path) -> None:
    from kzpolicy_data.release.index import write_index

    rel = tmp_path / "releases"
    release("0.1.0", corpus, rel, jobs=1, progress=False)
    before = tree(rel)
    _add_article(corpus)

    def full(releases_dir: Path) -> Path:
        if not (releases_dir / "v0.2.0").exists():
            return write_index(releases_dir)
        raise OSError(errno.ENOSPC, "No space left on device", str(releases_dir / "index.json"))

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(sys.modules["kzpolicy_data.publish.release"], "write_index", full)
        with pytest.raises(ReleaseError, match="No space left on device") as info:
            release("0.2.0", corpus, rel, jobs=1, progress=False)
    assert "index.json" in str(info.value) and "previous state was kept" in str(info.value)
    assert tree(rel) == before


def test_read_only_releases_folder_is_a_clear_error(corpus: Path, tmp_path: Path) -> None:
    rel = tmp_path / "releases"

    def read_only(*args: object, **kwargs: object) -> str:
        raise OSError(errno.EROFS, "Read-only file system", str(rel))

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(sys.modules["kzpolicy_data.publish.release"].tempfile, "mkdtemp", read_only)
        with pytest.raises(ReleaseError, match="cannot write the release: Read-only") as info:
            release("0.1.0", corpus, rel, jobs=1, progress=False)
    assert str(info.value).startswith(f"{rel}: ")
    assert versions(rel) == []


def test_citation_follows_the_latest_release(corpus: Path, tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    shutil.copy(ROOT / "CITATION.cff", repo)
    release("0.1.0", corpus, repo / "releases", jobs=1, progress=False)
    _add_article(corpus)
    release("0.2.0", corpus, repo / "releases", jobs=1, progress=False)
    assert "\nversion: 0.2.0\n" in (repo / "CITATION.cff").read_text("utf-8")


def test_one_version_source_in_this_repository() -> None:
    """The package version is read from CITATION.cff, which follows the latest release."""
    import tomllib

    latest = latest_version(ROOT / "releases")
    assert latest is not None
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text("utf-8"))
    assert str(cff["version"]) == latest[1:]
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert "version" in project["project"]["dynamic"]
    source = project["tool"]["hatch"]["version"]
    assert source["path"] == "CITATION.cff"
    assert (
        re.search(source["pattern"], (ROOT / "CITATION.cff").read_text("utf-8"), re.M)["version"]
        == latest[1:]
    )
    card = (ROOT / "releases" / latest / "README.md").read_text("utf-8")
    assert f"# kzpolicy_data {latest[1:]}" in card


def test_transaction_leftovers_are_git_ignored_but_the_index_is_not() -> None:
    names = ["releases/.lock", "releases/.v0.2.0.staging-abc", "releases/.index.json.tmp"]
    proc = subprocess.run(
        ["git", "check-ignore", "--no-index", *names, "releases/index.json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.stdout.split() == names


def _crash_before_citation(repo: Path, corpus: Path) -> None:
    """v0.1.0 released; v0.2.0 killed after the rename and the index, before CITATION.cff."""
    release("0.1.0", corpus, repo / "releases", jobs=1, progress=False)
    _add_article(corpus)

    def killed(*args: object) -> None:
        raise SystemExit("killed")

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(sys.modules["kzpolicy_data.publish.release"], "_update_citation", killed)
        with pytest.raises(SystemExit):
            release("0.2.0", corpus, repo / "releases", jobs=1, progress=False)
    assert (repo / "releases" / "v0.2.0").is_dir()
    assert "\nversion: 0.1.0\n" in (repo / "CITATION.cff").read_text("utf-8")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / "repo").mkdir()
    shutil.copy(ROOT / "CITATION.cff", tmp_path / "repo")
    return tmp_path / "repo"


def test_repair_sets_the_citation_a_crash_left_behind(corpus: Path, repo: Path) -> None:
    """--repair said "consistent" while CITATION.cff, the one version source, was stale."""
    _crash_before_citation(repo, corpus)
    proc = _cli("release", "--repair", "--releases", str(repo / "releases"))
    assert proc.returncode == 0, proc.stderr
    assert "set CITATION.cff to version 0.2.0 (was 0.1.0)" in proc.stdout
    assert "\nversion: 0.2.0\n" in (repo / "CITATION.cff").read_text("utf-8")
    again = _cli("release", "--repair", "--releases", str(repo / "releases"))
    assert "nothing to repair" in again.stdout


def test_releasing_again_finishes_the_interrupted_release(corpus: Path, repo: Path) -> None:
    """`release 0.2.0` after the crash refused "already published" and left it stale."""
    _crash_before_citation(repo, corpus)
    report = release("0.2.0", corpus, repo / "releases", jobs=1, progress=False)
    assert report.out_dir == repo / "releases" / "v0.2.0"
    assert "set CITATION.cff to version 0.2.0" in report.summary()
    assert "\nversion: 0.2.0\n" in (repo / "CITATION.cff").read_text("utf-8")
    with pytest.raises(ReleaseError, match="already published"):  # nothing left to finish
        release("0.2.0", corpus, repo / "releases", jobs=1, progress=False)


def test_repair_of_a_read_only_folder_is_a_clear_error(corpus: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from kzpolicy_data.cli import cli

    rel = tmp_path / "releases"
    release("0.1.0", corpus, rel, jobs=1, progress=False)
    (rel / ".v0.2.0.staging-abc").mkdir()

    def read_only(path: object, *args: object, **kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system", str(path))

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(sys.modules["kzpolicy_data.publish.release"].shutil, "rmtree", read_only)
        result = CliRunner().invoke(cli, ["release", "--repair", "--releases", str(rel)])
    assert result.exit_code == 1 and not isinstance(result.exception, OSError)
    assert "error: " in result.output and "Read-only file system" in result.output
    assert "staging-abc" in result.output
