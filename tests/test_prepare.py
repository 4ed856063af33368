"""What a build's worker prepares is exactly what the writer would write from the record."""

from __future__ import annotations

import datetime as dt
import pickle
from pathlib import Path

from kzpolicy_data import parse_bytes
from kzpolicy_data.build.build import BuildReport
from kzpolicy_data.build.checks import sketch
from kzpolicy_data.build.prepare import Preparer, prepare, report_counts
from kzpolicy_data.release.writer import ReleaseWriter
from kzpolicy_data.schema import schema_validator

from .conftest import ROOT
from .releasing import tree

SEED = ROOT / "raw" / "000_952d0ef163f4dde3.txt"


def test_appending_what_was_prepared_writes_the_same_bytes_as_writing_the_record(
    tmp_path: Path,
) -> None:
    records = [
        parse_bytes(b" date 2024-05-01 " + text.encode(), f"r{i}", ner=False)
        for i, text in enumerate(["Первая статья. Казахстан и Китай.", "Вторая статья."])
    ]
    direct, prepared = ReleaseWriter(tmp_path / "a"), ReleaseWriter(tmp_path / "b")
    validator = schema_validator(ROOT)
    for record in records:
        direct.write(record)
        p = prepare(record, Path(f"{record.id}.txt"), validator, dt.date(2026, 1, 1))
        assert not p.problems
        prepared.append(p.id, p.line, p.rows, p.parser, p.coders)
    for writer in (direct, prepared):
        writer.close()
    files_a, files_b = tree(tmp_path / "a"), tree(tmp_path / "b")
    assert files_a == files_b and files_a
    for rel in files_a:
        assert (tmp_path / "a" / rel).read_bytes() == (tmp_path / "b" / rel).read_bytes(), rel


def test_a_prepared_record_carries_its_checks_digest_sketch_and_counts() -> None:
    record = parse_bytes(" date 2030-01-01 Казахстан и Китай подписали соглашение.\n".encode(), "x")
    p = prepare(record, Path("x.txt"), schema_validator(ROOT), dt.date(2026, 1, 1))
    (problem,) = p.problems  # published after today
    assert "in the future" in str(problem) and "x.txt" in str(problem)
    assert p.sketch == sketch(record.text) and len(p.digest) == 64
    report = BuildReport(out_dir=Path("."))
    report.merge(report_counts(record))
    assert report.articles == 1 and sum(report.events_by_type.values()) == len(record.events)
    assert report.languages == {"ru": 1}


def test_the_preparer_pickles_and_passes_parse_errors_through() -> None:
    from kzpolicy_data.build.build import Parser

    work = Preparer(Parser(ner=False, events=False), ROOT, dt.date(2026, 1, 1))
    work = pickle.loads(pickle.dumps(work))  # it travels to worker processes
    result = work(SEED)
    assert not isinstance(result, Exception) and result.id == SEED.stem
    missing = work(ROOT / "raw" / "999_missing.txt")
    assert isinstance(missing, Exception) and "999_missing" in str(missing)
