from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kzpolicy_data import BuildFailed, ReleaseError, build
from kzpolicy_data.release.writer import ReleaseWriter
from kzpolicy_data.schema import schema_validator

from .conftest import ROOT
from .releasing import make_corpus, tree


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("corpus") / "raw")


def test_build_writes_every_file_and_reports(corpus: Path, tmp_path: Path) -> None:
    report = build(corpus, tmp_path / "out", jobs=1, progress=False)
    assert report.articles == 6
    assert report.turns > 8
    assert "articles: 6" in report.summary()
    names = set(tree(tmp_path / "out"))
    for required in (
        "README.md",
        "croissant.json",
        "manifest.json",
        "SHA256SUMS",
        "data/records/part-00000.parquet",
        "data/turns/part-00000.parquet",
        "jsonl/records-00000.jsonl",
    ):
        assert required in names
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert manifest["counts"]["articles"] == 6
    assert manifest["inputs_digest"].startswith("sha256:")


def test_jsonl_is_sorted_unescaped_and_schema_valid(corpus: Path, tmp_path: Path) -> None:
    build(corpus, tmp_path / "out", jobs=1, progress=False)
    raw = (tmp_path / "out" / "jsonl" / "records-00000.jsonl").read_text("utf-8")
    assert "\\u04" not in raw and "Казахстан" in raw
    lines = raw.splitlines()
    ids = [json.loads(line)["id"] for line in lines]
    assert ids == sorted(ids) and len(ids) == 6
    validator = schema_validator(ROOT)
    for line in lines:
        assert validator.errors(json.loads(line)) == []


def test_build_is_deterministic_and_parallel_equals_serial(corpus: Path, tmp_path: Path) -> None:
    build(corpus, tmp_path / "a", jobs=1, progress=False)
    build(corpus, tmp_path / "b", jobs=1, progress=False)
    build(corpus, tmp_path / "c", jobs=2, progress=False)
    assert tree(tmp_path / "a") == tree(tmp_path / "b") == tree(tmp_path / "c")


def test_failed_article_is_reported_and_nothing_is_written(corpus: Path, tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    shutil.copytree(corpus, raw)
    (raw / "900_00000000000000e1.txt").write_bytes(b"")
    (raw / "901_00000000000000e2.txt").write_bytes(b" date 2026-01-01 x\x00y")
    out = tmp_path / "out"
    build(corpus, out, jobs=1, progress=False)
    previous = tree(out)
    with pytest.raises(BuildFailed) as info:
        build(raw, out, jobs=2, progress=False)
    message = str(info.value)
    assert "900_00000000000000e1.txt" in message and "901_00000000000000e2.txt" in message
    assert len(info.value.errors) == 2  # the six valid articles were checked too
    assert tree(out) == previous
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == [".out.lock"]


def test_duplicate_article_names_both_files(corpus: Path, tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    shutil.copytree(corpus, raw)
    shutil.copy(raw / "000_952d0ef163f4dde3.txt", raw / "001_aaaaaaaaaaaaaaaa.txt")
    with pytest.raises(BuildFailed) as info:
        build(raw, tmp_path / "out", jobs=1, progress=False)
    assert "001_aaaaaaaaaaaaaaaa.txt" in str(info.value)
    assert "000_952d0ef163f4dde3.txt" in str(info.value)
    assert not (tmp_path / "out").exists()


def test_writer_crash_leaves_no_partial_output(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []

    def crash(self: ReleaseWriter, record_id: str, *rest: object) -> None:
        calls.append(record_id)
        if len(calls) == 3:
            raise OSError("disk full")

    monkeypatch.setattr(ReleaseWriter, "append", crash)
    with pytest.raises(OSError, match="disk full"):
        build(corpus, tmp_path / "out", jobs=1, progress=False)
    assert [p.name for p in tmp_path.iterdir()] == [".out.lock"]  # no output, no temp folder


def test_killed_build_leaves_no_release(corpus: Path, tmp_path: Path) -> None:
    script = (
        "import time, sys; from pathlib import Path\n"
        "import kzpolicy_data.build.build as b\n"
        "orig = b._parse_one\n"
        "def slow(p):\n"
        "    time.sleep(0.4); return orig(p)\n"
        "b.build(Path(sys.argv[1]), Path(sys.argv[2]), jobs=1, progress=False, parse=slow)\n"
    )
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-c", script, str(corpus), str(out)])
    time.sleep(2.0)
    proc.kill()
    proc.wait()
    assert not out.exists()


def test_empty_raw_folder_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "raw").mkdir()
    with pytest.raises(BuildFailed, match="no raw articles"):
        build(tmp_path / "raw", tmp_path / "out", progress=False)


def test_cli_build_prints_summary(corpus: Path, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "kzpolicy_data",
            "build",
            "--raw",
            str(corpus),
            "--out",
            str(tmp_path / "out"),
            "--jobs",
            "1",
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "articles: 6" in proc.stdout


def test_large_outputs_are_sharded_and_loaded_whole(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kzpolicy_data import load
    from kzpolicy_data.release import writer

    monkeypatch.setattr(writer, "GROUP_RECORDS", 2)
    monkeypatch.setattr(writer, "MAX_GROUP", 3)
    monkeypatch.setattr(writer, "ROW_GROUP", 1)
    ids = sorted(p.stem for p in corpus.glob("*.txt"))
    groups = len(writer.group_starts(ids))
    assert groups >= 2  # at most 3 records a group
    build(corpus, tmp_path / "out", jobs=1, progress=False)
    out = tmp_path / "out"
    for view in ("records", "turns", "qa_pairs", "events"):
        assert len(list((out / "data" / view).glob("*.parquet"))) == groups
    assert len(list((out / "jsonl").glob("*.jsonl"))) == groups
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["shards"]["records"] == groups
    assert [r.id for r in load(path=out)] == ids
    assert load(path=out, view="records", format="arrow").num_rows == 6
    assert "data/records/*.parquet" in (out / "README.md").read_text()


def test_build_workers_use_one_blas_thread() -> None:
    # A worker per core plus OpenBLAS's thread per core oversubscribed the cores: a 2-job build
    # ran slower than a serial one. The pool initializer must leave one BLAS thread per worker.
    from concurrent.futures import ProcessPoolExecutor

    from kzpolicy_data.build.build import _one_blas_thread

    with ProcessPoolExecutor(max_workers=1, initializer=_one_blas_thread) as pool:
        threads = pool.submit(_blas_threads).result()
    assert threads, "numpy loaded no BLAS library that threadpoolctl can see"
    assert set(threads) == {1}


def _blas_threads() -> list[int]:
    from threadpoolctl import threadpool_info

    return [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]


def _touch(path: Path) -> None:
    path.touch()


def test_parallel_parse_keeps_few_results_in_flight(tmp_path: Path) -> None:
    # Cached parses are faster than validation and writing; if every path were submitted at
    # once, the whole corpus would wait in memory and peak RSS would grow with it.
    from kzpolicy_data.build.build import _parsed

    paths = [tmp_path / f"{i:05d}" for i in range(2_000)]
    results = _parsed(paths, 2, _touch)  # type: ignore[arg-type]
    next(results)
    time.sleep(1.0)  # let the workers run ahead if they may
    ahead = len(list(tmp_path.iterdir()))
    assert ahead <= 5 * 32, f"{ahead} of {len(paths)} paths parsed before being consumed"
    assert sum(1 for _ in results) == len(paths) - 1


def _mine(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "thesis.tex").write_text("three years of work")
    return folder


@pytest.mark.parametrize(
    ("out", "message"),
    [
        ("raw", "is the raw folder"),
        (".", "holds the raw folder"),
        ("raw/preview", "is inside the raw folder"),
        ("releases/v0.9.0", "is inside a releases folder"),
        ("mythesis", "is not the output of a build"),
        ("mythesis/thesis.tex", "is not a folder"),
    ],
)
def test_out_is_never_a_folder_a_build_did_not_write(
    corpus: Path, tmp_path: Path, out: str, message: str
) -> None:
    """`--out raw` deleted the corpus, `--out releases/v0.1.0` a published release,
    `--out mythesis` the user's files: each is refused, and nothing is touched."""
    shutil.copytree(corpus, tmp_path / "raw")
    _mine(tmp_path / "mythesis")
    (tmp_path / "releases").mkdir()
    (tmp_path / "releases" / "index.json").write_text('{"versions": {}}\n')
    before = tree(tmp_path)
    with pytest.raises(ReleaseError, match=message) as info:
        build(tmp_path / "raw", tmp_path / out, jobs=1, progress=False)
    assert "--out" in str(info.value)
    assert tree(tmp_path) == before


def test_a_build_output_with_other_files_is_refused(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "preview"
    build(corpus, out, jobs=1, progress=False)
    assert (out / ".kzpolicy-build").is_file()
    build(corpus, out, jobs=1, progress=False)  # its own output: replaced
    (out / "data" / "notes.txt").write_text("mine")
    with pytest.raises(ReleaseError, match=r"holds files a build did not write: data/notes\.txt"):
        build(corpus, out, jobs=1, progress=False)
    assert (out / "data" / "notes.txt").read_text() == "mine"


def test_a_killed_builds_leftovers_are_removed_by_the_next(corpus: Path, tmp_path: Path) -> None:
    """`.preview.tmp-*` of a killed build stayed forever."""
    for name in (".preview.tmp-abc123", ".preview.old-4242"):
        (tmp_path / name / "data").mkdir(parents=True)
    (tmp_path / ".preview.tmp-link").symlink_to(_mine(tmp_path / "mythesis"))
    (tmp_path / ".other.tmp-abc").mkdir()  # another output's: not this build's to remove
    build(corpus, tmp_path / "preview", jobs=1, progress=False)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".other.tmp-abc",
        ".preview.lock",
        "mythesis",
        "preview",
    ]
    assert (tmp_path / "mythesis" / "thesis.tex").is_file()


def test_cli_build_refuses_the_raw_folder_as_out(corpus: Path, tmp_path: Path) -> None:
    shutil.copytree(corpus, tmp_path / "raw")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "kzpolicy_data",
            "build",
            "--raw",
            str(tmp_path / "raw"),
            "--out",
            str(tmp_path / "raw"),
            "--jobs",
            "1",
            "--no-cache",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1 and "is the raw folder" in proc.stderr
    assert tree(tmp_path / "raw") == tree(corpus)


def test_a_folder_named_like_an_article_fails_the_build(corpus: Path, tmp_path: Path) -> None:
    """It was silently skipped: the corpus lost an article without a word."""
    raw = tmp_path / "raw"
    shutil.copytree(corpus, raw)
    (raw / "900_0000000000000009.txt").mkdir()
    with pytest.raises(BuildFailed, match=r"900_0000000000000009\.txt: is not a regular file"):
        build(raw, tmp_path / "out", jobs=1, progress=False)
    assert not (tmp_path / "out").exists()
