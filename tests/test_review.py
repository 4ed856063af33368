"""`review`: records a curator should look at, least certain first, with the fixing stanza."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from kzpolicy_data.cli import cli
from kzpolicy_data.contrib.review import review
from kzpolicy_data.source.curation import Curation

from .conftest import DATA
from .releasing import run_bounded

RAW = Path(__file__).parent / "data" / "raw"


def test_review_orders_by_confidence_and_explains(tmp_path: Path) -> None:
    for name in ("v26_kk_inline_address_cut", "d17_ticker_repeated_title", "v18_letters_stripped"):
        (tmp_path / f"{name}.txt").write_bytes((RAW / f"{name}.txt").read_bytes())
    report = review([tmp_path], ner=False)
    assert report.records == 3 and not report.errors
    confidences = [i.confidence for i in report.items]
    assert confidences == sorted(confidences)
    first = report.items[0]
    assert first.record_id == "v26_kk_inline_address_cut"
    assert any(w.startswith("genre_uncertain:") for w in first.why)
    assert any(w.startswith("evidence against:") for w in first.why)
    assert first.curation_file == str(tmp_path / "v26_kk_inline_address_cut.yaml")
    stripped = next(i for i in report.items if i.record_id == "v18_letters_stripped")
    assert any("letters_stripped" in w for w in stripped.why)


def test_review_stanzas_are_curation_yaml() -> None:
    report = review(
        [RAW / "v26_kk_inline_address_cut.txt", RAW / "d12_label_own_line.txt"], ner=False
    )
    for item in report.items:
        data = yaml.safe_load(item.stanza)
        assert isinstance(data, dict) and data
        # Filling in the FIXME placeholders gives a valid curation file.
        if data.get("date_published") == "FIXME":
            data["date_published"] = "2025-01-02"
        for speaker in data.get("speakers", []):
            speaker["name"] = "Имя Фамилия"
        Curation.model_validate(data)
    genre_item = next(i for i in report.items if i.record_id == "v26_kk_inline_address_cut")
    assert yaml.safe_load(genre_item.stanza)["genre"] == "interview"


def test_review_reads_jsonl_and_reports_bad_paths(tmp_path: Path) -> None:
    from kzpolicy_data import parse_file

    rec = parse_file(RAW / "v26_kk_inline_address_cut.txt", ner=False, events=False)
    jsonl = tmp_path / "records.jsonl"
    jsonl.write_text(rec.model_dump_json() + "\n", "utf-8")
    report = review([jsonl, tmp_path / "missing.txt"], ner=False)
    assert [i.source for i in report.items] == [f"{jsonl}:1"]
    assert report.items[0].curation_file == "raw/v26_kk_inline_address_cut.yaml"
    assert len(report.errors) == 1 and "no such file" in str(report.errors[0])


def test_review_skips_symlinks(tmp_path: Path) -> None:
    (tmp_path / "link.txt").symlink_to(RAW / "v26_kk_inline_address_cut.txt")
    assert review([tmp_path], ner=False).records == 0


def test_cli_review(tmp_path: Path) -> None:
    src = RAW / "v26_kk_inline_address_cut.txt"
    result = CliRunner().invoke(cli, ["review", "--no-ner", str(src)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].endswith("(v26_kk_inline_address_cut: interview)")
    assert "fix in" in result.stdout and "1 of 1 record(s) need review" in result.stdout
    as_json = CliRunner().invoke(cli, ["review", "--no-ner", "--format", "json", str(src)])
    data = json.loads(as_json.stdout)
    assert data["records"] == 1 and data["items"][0]["record_id"] == "v26_kk_inline_address_cut"
    bad = tmp_path / "x.csv"
    bad.write_text("a")
    failed = CliRunner().invoke(cli, ["review", "--no-ner", str(bad)])
    assert failed.exit_code == 1 and "unexpected file type" in failed.stdout


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_review_reads_records_files_guarded(tmp_path: Path) -> None:
    """A FIFO hung review; 100,000 nested brackets were a RecursionError: now errors."""
    fifo = tmp_path / "fifo.jsonl"
    os.mkfifo(fifo)
    deep = DATA / "invalid" / "records_deep_nesting.jsonl"
    code = (
        "import sys; from kzpolicy_data.contrib.review import review\n"
        "print(review(sys.argv[1:], ner=False).summary())\n"
    )
    proc = run_bounded(code, str(fifo), str(deep))
    assert proc.returncode == 0, proc.stderr
    assert f"error: {fifo}: is not a regular file" in proc.stdout
    assert f"error: {deep}:1: JSON nested 100000 levels deep" in proc.stdout


def test_a_queued_event_is_published_by_its_stanza(tmp_path: Path) -> None:
    """An event the extractor did not publish is a review item whose stanza, pasted into the
    curation file, publishes it."""
    seed = Path(__file__).resolve().parent.parent / "raw" / "000_952d0ef163f4dde3.txt"
    raw = tmp_path / seed.name
    raw.write_bytes(seed.read_bytes())
    report = review([raw])
    items = [i for i in report.items if i.why[0].startswith("event_candidate: ASSAULT")]
    assert items, [i.why[0] for i in report.items]
    item = items[0]
    assert "no source" in item.why[0] and item.curation_file == str(raw.with_suffix(".yaml"))
    Curation.model_validate(yaml.safe_load(item.stanza))
    raw.with_suffix(".yaml").write_text(item.stanza + "\n", "utf-8")
    from kzpolicy_data import parse_file

    events = parse_file(raw).events
    assert any(e.event_type.value == "ASSAULT" and e.coder.name == "curated" for e in events)
    again = review([raw])
    assert item.stanza not in [i.stanza for i in again.items]  # accepted: no longer queued
