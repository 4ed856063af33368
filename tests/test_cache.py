from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from kzpolicy_data import build
from kzpolicy_data.build import cache as cache_mod
from kzpolicy_data.build.build import Parser
from kzpolicy_data.contrib.synth import write_corpus

from .conftest import ROOT
from .releasing import run_bounded, tree


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    write_corpus(tmp_path / "raw", 12, seed=2)
    return tmp_path / "raw"


def counting(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    import kzpolicy_data.parse as parse_mod

    seen: list[Path] = []
    original = parse_mod.parse_file

    def spy(path: Path, **kwargs: object) -> object:
        seen.append(Path(path))
        return original(path, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(parse_mod, "parse_file", spy)
    return seen


def test_cached_build_equals_uncached_and_parses_only_changes(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    build(corpus, tmp_path / "plain", jobs=1, progress=False)
    seen = counting(monkeypatch)
    build(corpus, tmp_path / "first", jobs=1, progress=False, cache=cache)
    assert len(seen) == 12
    seen.clear()
    build(corpus, tmp_path / "second", jobs=1, progress=False, cache=cache)
    assert seen == []  # everything came from the cache
    touched = sorted(corpus.glob("*.txt"))[3]
    touched.write_bytes(touched.read_bytes().replace(b"\n", b"\n\n", 1))
    build(corpus, tmp_path / "third", jobs=1, progress=False, cache=cache)
    assert seen == [touched]
    assert tree(tmp_path / "plain") == tree(tmp_path / "first") == tree(tmp_path / "second")


def test_curation_edit_and_parser_version_invalidate(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    build(corpus, tmp_path / "a", jobs=1, progress=False, cache=cache)
    seen = counting(monkeypatch)
    first = sorted(corpus.glob("*.txt"))[0]
    first.with_suffix(".yaml").write_text("url: https://example.kz/a\n", "utf-8")
    build(corpus, tmp_path / "b", jobs=1, progress=False, cache=cache)
    assert seen == [first]
    seen.clear()
    monkeypatch.setattr(cache_mod, "code_versions", lambda: "parser=999;coder=none")
    build(corpus, tmp_path / "c", jobs=1, progress=False, cache=cache)
    assert len(seen) == 12


def test_damaged_or_deleted_cache_changes_nothing(corpus: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    build(corpus, tmp_path / "a", jobs=2, progress=False, cache=cache)
    entries = sorted(cache.glob("??/*.json"))  # parse results (builds/ holds shard states)
    assert len(entries) == 12
    entries[0].write_text("{not json", "utf-8")
    entries[1].write_bytes(b"")
    build(corpus, tmp_path / "b", jobs=2, progress=False, cache=cache)
    shutil.rmtree(cache)
    build(corpus, tmp_path / "c", jobs=2, progress=False, cache=cache)
    assert tree(tmp_path / "a") == tree(tmp_path / "b") == tree(tmp_path / "c")


def test_renamed_article_is_parsed_under_its_new_id(corpus: Path, tmp_path: Path) -> None:
    fast = cache_mod.CachedParser(tmp_path / "cache", ner=False, events=False)
    build(corpus, tmp_path / "a", jobs=1, progress=False, parse=fast)
    first = sorted(corpus.glob("*.txt"))[0]
    renamed = first.rename(first.with_name("9" + first.name[1:]))
    build(corpus, tmp_path / "b", jobs=1, progress=False, parse=fast)
    build(corpus, tmp_path / "plain", jobs=1, progress=False, parse=Parser(ner=False, events=False))
    assert tree(tmp_path / "b") == tree(tmp_path / "plain")
    assert renamed.stem in (tmp_path / "b" / "jsonl" / "records-00000.jsonl").read_text("utf-8")


def test_parser_options_are_part_of_the_key(corpus: Path, tmp_path: Path) -> None:
    plain = cache_mod.CachedParser(tmp_path / "cache")
    fast = cache_mod.CachedParser(tmp_path / "cache", ner=False, events=False)
    assert plain.versions == cache_mod.code_versions() != fast.versions
    path = sorted(corpus.glob("*.txt"))[0]
    assert cache_mod.cache_key(path, plain.versions) != cache_mod.cache_key(path, fast.versions)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_cache_keys_never_read_a_fifo_or_a_device(corpus: Path, tmp_path: Path) -> None:
    """A FIFO or a link to /dev/zero named like an article: reported, never read for its key
    (the key was read before the guarded read: a hang, or a MemoryError at 5 GB)."""
    fifo = corpus / "900_0000000000000001.txt"
    os.mkfifo(fifo)
    device = corpus / "901_0000000000000002.txt"
    device.symlink_to("/dev/zero")
    (corpus / "902_0000000000000003.yaml").symlink_to("/dev/zero")
    shutil.copy(sorted(corpus.glob("0*.txt"))[0], corpus / "902_0000000000000003.txt")
    code = (
        "import sys; from pathlib import Path\n"
        "from kzpolicy_data.build.build import build, BuildFailed\n"
        "from kzpolicy_data.build.cache import CachedParser\n"
        "cache = Path(sys.argv[3])\n"
        "try:\n"
        "    build(Path(sys.argv[1]), Path(sys.argv[2]), jobs=1, progress=False, cache=cache,\n"
        "          parse=CachedParser(cache, ner=False, events=False))\n"
        "except BuildFailed as exc:\n"
        "    print(exc)\n"
    )
    proc = run_bounded(code, str(corpus), str(tmp_path / "out"), str(tmp_path / "cache"))
    assert proc.returncode == 0, proc.stderr
    assert f"{fifo}: is not a regular file" in proc.stdout
    assert f"{device}: is a symbolic link" in proc.stdout
    assert f"{corpus / '902_0000000000000003.yaml'}: is a symbolic link" in proc.stdout
    assert "3 article(s) failed" in proc.stdout


def test_a_key_is_none_for_a_file_that_cannot_be_read(tmp_path: Path) -> None:
    link = tmp_path / "000_0000000000000000.txt"
    link.symlink_to("/dev/zero")
    parser = cache_mod.CachedParser(tmp_path / "cache", ner=False, events=False)
    result = parser(link)
    assert "symbolic link" in str(result)
    assert not (tmp_path / "cache").exists()


def test_a_change_to_the_parse_path_changes_every_key(tmp_path: Path) -> None:
    """A rule changed under the same versions once served the old code's records to a release."""
    from kzpolicy_data.build.cache import code_digest

    pkg = tmp_path / "kzpolicy_data"
    shutil.copytree(
        ROOT / "src" / "kzpolicy_data", pkg, ignore=shutil.ignore_patterns("__pycache__")
    )
    before = code_digest(pkg)
    (pkg / "release" / "card.py").write_text("# not on the parse path\n", "utf-8")
    assert code_digest.__wrapped__(pkg) == before
    rules = pkg / "data" / "triggers.yaml"
    rules.write_text(rules.read_text("utf-8") + "\n", "utf-8")
    assert code_digest.__wrapped__(pkg) != before
    assert code_digest() in cache_mod.code_versions()
