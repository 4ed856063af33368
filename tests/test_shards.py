"""Incremental builds: unchanged shard groups are reused, and the output equals a clean build."""

from __future__ import annotations

import json
import os
from itertools import pairwise
from pathlib import Path

import pytest

from kzpolicy_data import build
from kzpolicy_data.build.build import BuildFailed
from kzpolicy_data.contrib.synth import write_corpus
from kzpolicy_data.errors import KzPolicyError
from kzpolicy_data.parse import parse_file
from kzpolicy_data.records import Record
from kzpolicy_data.release import writer

from .releasing import tree

N = 16


class Counting:
    """A fast parse (no NER, no events) that remembers what it parsed."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, path: Path) -> Record | KzPolicyError:
        self.seen.append(path.stem)
        try:
            return parse_file(path, ner=False, events=False)
        except KzPolicyError as exc:
            return exc


@pytest.fixture(autouse=True)
def small_groups(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(writer, "GROUP_RECORDS", 3)
    monkeypatch.setattr(writer, "MAX_GROUP", 6)


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    write_corpus(tmp_path / "raw", N, seed=4)
    return tmp_path / "raw"


def _build(raw: Path, out: Path, cache: Path | None) -> tuple[list[str], str]:
    parse = Counting()
    report = build(raw, out, jobs=1, progress=False, parse=parse, cache=cache)
    return parse.seen, report.summary().replace(str(out), "OUT")


def _clean(raw: Path, tmp_path: Path) -> tuple[dict[str, bytes], str]:
    out = tmp_path / "clean"
    _, summary = _build(raw, out, None)
    return tree(out), summary


def _inodes(out: Path) -> dict[str, int]:
    """The inode of every shard file (a reused shard is a hard link of the old one)."""
    shards = [*out.glob("data/*/*.parquet"), *out.glob("jsonl/*.jsonl")]
    return {p.relative_to(out).as_posix(): p.stat().st_ino for p in shards}


def test_group_boundaries_depend_only_on_nearby_ids() -> None:
    ids = [f"{i:05d}_article" for i in range(400)]
    starts = writer.group_starts(ids)
    assert 30 < len(starts) < 200 and starts[0] == 0
    assert all(b - a <= writer.MAX_GROUP for a, b in pairwise(starts))
    cut = {ids[i] for i in starts}
    dropped = ids[:100] + ids[101:]  # delete one record: every other boundary stays
    assert {dropped[i] for i in writer.group_starts(dropped)} ^ cut <= {ids[100], ids[101]}


def test_rebuild_after_touching_one_article_rewrites_only_its_group(
    raw: Path, tmp_path: Path
) -> None:
    out, cache = tmp_path / "out", tmp_path / "cache"
    first, _ = _build(raw, out, cache)
    assert len(first) == N
    before = _inodes(out)
    again, _ = _build(raw, out, cache)
    assert again == []  # nothing changed: every group reused, nothing parsed
    assert _inodes(out) == before
    paths = sorted(raw.glob("*.txt"))
    touched = paths[N // 2]
    touched.write_bytes(touched.read_bytes() + b"\n\n")
    seen, summary = _build(raw, out, cache)
    assert touched.stem in seen and len(seen) < N // 2  # only the touched group is parsed
    kept = [k for k, v in _inodes(out).items() if before.get(k) == v]
    assert len(kept) >= 5  # hard links of the reused shards, not rewritten files
    assert (tree(out), summary) == _clean(raw, tmp_path)


@pytest.mark.parametrize("change", ["delete", "rename", "add", "curation"])
def test_incremental_build_equals_a_clean_build(raw: Path, tmp_path: Path, change: str) -> None:
    out, cache = tmp_path / "out", tmp_path / "cache"
    _build(raw, out, cache)
    paths = sorted(raw.glob("*.txt"))
    victim = paths[N // 3]
    if change == "delete":
        victim.unlink()
    elif change == "rename":
        victim.rename(victim.with_name("9" + victim.name[1:]))
    elif change == "add":
        extra = write_corpus(tmp_path / "more", 1, seed=99)[0]
        (raw / ("0000105_" + extra.name[7:])).write_bytes(extra.read_bytes())
    else:
        victim.with_suffix(".yaml").write_text("url: https://example.kz/x\n", "utf-8")
    seen, summary = _build(raw, out, cache)
    assert 0 < len(seen) < N
    assert (tree(out), summary) == _clean(raw, tmp_path)


def test_damaged_state_or_outputs_are_written_again(raw: Path, tmp_path: Path) -> None:
    out, cache = tmp_path / "out", tmp_path / "cache"
    _build(raw, out, cache)
    clean = _clean(raw, tmp_path)
    # a shard edited in place, and another replaced by a symlink, are not reused
    shard = out / "jsonl" / "records-00000.jsonl"
    shard.write_bytes(shard.read_bytes() + b" ")
    other = out / "data" / "events" / "part-00001.parquet"
    target = tmp_path / "elsewhere.parquet"
    target.write_bytes(other.read_bytes())
    other.unlink()
    os.symlink(target, other)
    seen, summary = _build(raw, out, cache)
    assert 0 < len(seen) < N
    assert (tree(out), summary) == clean
    for state in (cache / "builds").glob("*.json"):
        data = json.loads(state.read_text())
        data["groups"][0]["index"] = "../../etc"
        state.write_text(json.dumps(data))
    seen, summary = _build(raw, out, cache)
    assert len(seen) == N  # a state that does not validate is ignored
    assert (tree(out), summary) == clean
    for state in (cache / "builds").glob("*.json"):
        data = json.loads(state.read_text())
        data["groups"][-1]["sketches"][0] = "not base64!"
        state.write_text(json.dumps(data))
    seen, summary = _build(raw, out, cache)
    assert len(seen) == N  # nor one with a damaged sketch
    assert (tree(out), summary) == clean


def test_reused_duplicates_are_still_reported(raw: Path, tmp_path: Path) -> None:
    out, cache = tmp_path / "out", tmp_path / "cache"
    _build(raw, out, cache)
    paths = sorted(raw.glob("*.txt"))
    (raw / ("zzz_" + paths[0].name[4:])).write_bytes(paths[0].read_bytes())
    with pytest.raises(BuildFailed, match="exact duplicate"):
        _build(raw, out, cache)
