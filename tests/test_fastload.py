"""The trusted loading path gives the records the validated path gives, and only after checks."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from pydantic import ValidationError

from kzpolicy_data import build, load
from kzpolicy_data.access import fastload
from kzpolicy_data.access.load import iter_records
from kzpolicy_data.build.build import Parser
from kzpolicy_data.contrib.synth import write_corpus
from kzpolicy_data.records import Record, Span

from .releasing import make_corpus


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("fastload")
    raw = make_corpus(tmp / "raw")  # the seed (curated events) and parser fixtures
    write_corpus(raw, 10, seed=8)
    build(raw, tmp / "out", jobs=1, progress=False, parse=Parser(ner=False))
    return tmp / "out"


def test_trusted_records_equal_validated_records(
    release: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    validated = list(load(path=release, validate=True))
    taken: list[int] = []
    original = fastload.trusted_records

    def spy(shards: list[Path]) -> object:
        taken.append(len(shards))
        return original(shards)

    monkeypatch.setattr(fastload, "trusted_records", spy)
    trusted = list(load(path=release))
    assert taken == [1]  # load() took the trusted path after verifying the checksums
    assert len(trusted) == 16
    assert trusted == validated
    for a, b in zip(trusted, validated, strict=True):
        assert type(a) is Record
        assert a.model_dump_json() == b.model_dump_json()
        assert a.model_fields_set == b.model_fields_set
        # spans built by tuple.__new__ are Spans all the same (a tuple would compare equal)
        spans = [m.span for m in a.mentions] + [t.span for t in a.turns]
        assert all(type(s) is Span for s in spans) and all(s.end >= s.start for s in spans)


def _tamper(release: Path, tmp_path: Path) -> Path:
    """A copy whose first record has a span past its text (a Python validator catches it)."""
    copy = tmp_path / "copy"
    shutil.copytree(release, copy)
    shard = copy / "jsonl" / "records-00000.jsonl"
    lines = shard.read_bytes().splitlines(keepends=True)
    record = json.loads(lines[0])
    record["mentions"][0]["span"] = [0, len(record["text"]) + 5]
    lines[0] = (json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n").encode()
    shard.write_bytes(b"".join(lines))
    return copy


def test_trusted_path_is_taken_only_after_the_checksums(release: Path, tmp_path: Path) -> None:
    copy = _tamper(release, tmp_path)
    with pytest.raises(ValidationError, match="past the text end"):
        list(load(path=copy, check=False))  # unverified: every check runs
    with pytest.raises(Exception, match="sha256 mismatch"):
        load(path=copy)
    # what trust means: the Python cross-checks are skipped, the types are not
    trusted = next(iter_records(copy, trusted=True))
    assert trusted.mentions[0].span.end == len(trusted.text) + 5
    validator = fastload.trusted_validator()
    bad = json.loads((release / "jsonl" / "records-00000.jsonl").read_bytes().splitlines()[0])
    bad["mentions"][0]["id"] = "Not An Id"  # a pattern: a constraint, skipped when trusted
    assert validator.validate_json(json.dumps(bad)).mentions[0].id == "Not An Id"
    with pytest.raises(ValidationError, match="pattern"):
        Record.model_validate_json(json.dumps(bad))
    bad["mentions"][0]["span"] = ["not a number", 3]  # a type: still checked
    with pytest.raises(ValidationError):
        validator.validate_json(json.dumps(bad))


def test_other_schema_versions_are_validated(
    release: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(release, copy)
    manifest = json.loads((copy / "manifest.json").read_text())
    manifest["schema_version"] = "0.0.1"
    (copy / "manifest.json").write_text(json.dumps(manifest))

    def refuse(shards: list[Path]) -> None:
        raise AssertionError("trusted path taken for another schema version")

    monkeypatch.setattr(fastload, "trusted_records", refuse)
    assert len(list(iter_records(copy, trusted=True))) == 16


def test_compiling_the_trusted_validator_leaves_the_models_as_they_were() -> None:
    from kzpolicy_data.records import EventDate, Mention

    fastload.trusted_validator.cache_clear()
    fastload.trusted_validator()
    assert Record.__pydantic_complete__ and Mention.__pydantic_complete__
    with pytest.raises(ValidationError, match="after not_after"):  # the normal path: every check
        EventDate.model_validate(
            {"text": None, "edtf": None, "resolution": "explicit"}
            | {"not_before": "2026-03-02", "not_after": "2026-03-01"}
        )
