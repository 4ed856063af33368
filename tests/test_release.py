from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

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
