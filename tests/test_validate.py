"""Bad input gets a clear error naming the file and the problem, and loses nothing else."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kzpolicy_data import ValidationReport, validate
from kzpolicy_data.build.build import BuildFailed, build
from kzpolicy_data.contrib.scaffold import new_article
from kzpolicy_data.contrib.validate import check_raw_name

from .conftest import DATA, ROOT
from .releasing import run_bounded

INVALID = DATA / "invalid"
SEED = ROOT / "raw" / "000_952d0ef163f4dde3.txt"
BAD_NAME = "900_00000000000000ab"

# fixture -> what the message must say about it
RAW_CASES = {
    "cp1251.txt": "not valid UTF-8",
    "utf16.txt": "UTF-16",
    "nul_bytes.txt": "NUL byte",
    "empty.txt": "empty",
    "missing_date.txt": "no publication date",
    "impossible_date.txt": "2026-02-30",
    "future_date.txt": "in the future",
}
CURATION_CASES = {
    "curation_unknown_keys.yaml": ["unknown key 'headlin'", "unknown key 'colour'"],
    "curation_wrong_types.yaml": ["$.url", "$.date_published", "$.speakers", "$.authors"],
    "curation_unknown_country.yaml": ["$.speakers[0].country", '"XXX" is not an allowed value'],
    # Hostile or silently accepted before: each is now an error at its line.
    "curation_alias_bomb.yaml": [":2: refused YAML: aliases (*name) are not allowed"],
    "curation_deep_nesting.yaml": [":1: refused YAML: nested more than 32 levels deep"],
    "curation_big_int.yaml": [":5: refused YAML: an integer of 5000 digits is too long"],
    "curation_hex_int.yaml": [":3: refused YAML: an integer of 20000 digits is too long"],
    "curation_timestamp_tag.yaml": [":2: refused YAML: the tag 'tag:yaml.org,2002:timestamp'"],
    "curation_python_tag.yaml": [":1: refused YAML: the tag 'tag:yaml.org,2002:python/"],
    "curation_duplicate_keys.yaml": [":3: refused YAML: duplicate key 'headline'"],
    "curation_impossible_event_date.yaml": [
        ":3::$.events[0].date: '2026-02-30' is not a date of the calendar"
    ],
}
JSONL_CASES = {
    "records_not_json.jsonl": ["records_not_json.jsonl:1", "records_not_json.jsonl:2", "not JSON"],
    "records_not_object.jsonl": ["found list", "found str"],
    "records_span_not_in_text.jsonl": ["records_span_not_in_text.jsonl:2", "$.segments[1].span"],
    "records_unknown_actor.jsonl": ["$.mentions[0].code", '"XXX" is not an allowed value'],
    # RecursionError and ValueError tracebacks before: now errors at their line.
    "records_deep_nesting.jsonl": [":1: JSON nested 100000 levels deep, over the limit of 64"],
    "records_big_int.jsonl": [":1: not usable JSON: an integer of 5000 digits is too long"],
}


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    """A corpus folder with two valid articles."""
    folder = tmp_path / "raw"
    folder.mkdir()
    shutil.copy(SEED, folder)
    shutil.copy(DATA / "raw" / "en_dash_interview.txt", folder / "001_1111111111111111.txt")
    return folder


def assert_others_still_checked(report: validate.__globals__[ValidationReport], raw: Path) -> None:  # type: ignore[name-defined]
    for name in ("000_952d0ef163f4dde3.txt", "001_1111111111111111.txt"):
        assert str(raw / name) in report.checked
        assert not [p for p in report.problems if p.path == str(raw / name)]


def test_valid_corpus_is_valid(raw: Path) -> None:
    report = validate([raw], today=dt.date(2026, 11, 24))
    assert report.ok, report.summary()
    assert report.records == 2


@pytest.mark.parametrize("fixture", sorted(RAW_CASES))
def test_bad_raw_file(raw: Path, fixture: str) -> None:
    bad = raw / f"{BAD_NAME}.txt"
    shutil.copy(INVALID / fixture, bad)
    report = validate([raw])
    mine = [p for p in report.problems if p.path == str(bad)]
    assert mine, report.summary()
    assert any(RAW_CASES[fixture] in str(p) for p in mine), [str(p) for p in mine]
    assert_others_still_checked(report, raw)
    assert report.records >= 2


def test_fifty_megabyte_file(raw: Path) -> None:
    bad = raw / f"{BAD_NAME}.txt"
    with bad.open("wb") as f:
        f.write(b" date 2026-01-01 ")
        f.write(("слово " * 1000 + "\n\n").encode() * 4500)
    report = validate([raw])
    mine = [str(p) for p in report.problems if p.path == str(bad)]
    assert len(mine) == 1 and "limit" in mine[0], mine
    assert_others_still_checked(report, raw)


@pytest.mark.parametrize(
    "name",
    [
        "has space.txt",
        "UPPER_952D0EF163F4DDE3.txt",
        "000_952d0ef163f4dde3..txt",
        "..000_952d0ef163f4dde3.txt",
        "a\\b_952d0ef163f4dde3.txt",
        "12_952d0ef163f4dde3.txt",
    ],
)
def test_bad_file_names(raw: Path, name: str) -> None:
    bad = raw / name
    shutil.copy(DATA / "raw" / "ru_short_news.txt", bad)
    report = validate([raw])
    mine = [str(p) for p in report.problems if p.path == str(bad)]
    assert any("bad raw file name" in m and "new-article" in m for m in mine), mine
    assert_others_still_checked(report, raw)


def test_path_separator_in_name_is_rejected() -> None:
    assert check_raw_name(Path("raw/sub/000_952d0ef163f4dde3.txt")) == []  # the name is fine
    assert check_raw_name(Path("000_952d0ef163f4dde3.txt/")) == []
    assert check_raw_name(Path("raw") / "000\\952d0ef163f4dde3.txt")


@pytest.mark.parametrize("fixture", sorted(CURATION_CASES))
def test_bad_curation_file_reports_every_error(raw: Path, fixture: str) -> None:
    bad = raw / "000_952d0ef163f4dde3.yaml"
    shutil.copy(INVALID / fixture, bad)
    report = validate([raw])
    mine = [str(p) for p in report.problems if p.path == str(bad)]
    for expected in CURATION_CASES[fixture]:
        assert any(expected in m for m in mine), (expected, mine)
    assert all(f"{bad}:" in m for m in mine)  # every message has the line number
    assert str(raw / "001_1111111111111111.txt") in report.checked


@pytest.mark.parametrize("fixture", sorted(JSONL_CASES))
def test_bad_records_jsonl(raw: Path, fixture: str) -> None:
    report = validate([raw, INVALID / fixture])
    messages = [str(p) for p in report.problems if p.path == str(INVALID / fixture)]
    for expected in JSONL_CASES[fixture]:
        assert any(expected in m for m in messages), (expected, messages)
    assert_others_still_checked(report, raw)


def test_duplicate_and_near_duplicate_articles(raw: Path) -> None:
    shutil.copy(SEED, raw / "002_2222222222222222.txt")
    text = SEED.read_text("utf-8").replace(" date 2026-03-02 ", " date 2026-03-03 ")
    text = "Перепечатка: Kazinform\n\n" + text + "\n\nИсточник: Zakon.kz\n"
    (raw / "003_3333333333333333.txt").write_text(text, "utf-8")
    report = validate([raw])
    messages = {p.path: str(p) for p in report.problems}
    assert "exact duplicate of" in messages[str(raw / "002_2222222222222222.txt")]
    assert "000_952d0ef163f4dde3.txt" in messages[str(raw / "002_2222222222222222.txt")]
    near = messages[str(raw / "003_3333333333333333.txt")]
    assert "near-duplicate of" in near and "000_952d0ef163f4dde3.txt" in near


def test_json_report_and_exit_codes(raw: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "kzpolicy_data", "validate", *args],
            capture_output=True,
            text=True,
            check=False,
        )

    assert run(str(raw)).returncode == 0
    shutil.copy(INVALID / "empty.txt", raw / f"{BAD_NAME}.txt")
    proc = run("--format", "json", str(raw))
    assert proc.returncode == 1
    data = json.loads(proc.stdout)
    assert data["ok"] is False and data["problems"][0]["path"].endswith(f"{BAD_NAME}.txt")
    assert run("--format", "yaml").returncode == 2


def test_new_article_scaffold(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    shutil.copytree(SEED.parent, raw, ignore=shutil.ignore_patterns("*.yaml"))
    txt, yml = new_article(
        raw,
        url="https://kapital.kz/x/1",
        date="2026-02-01",
        text=(DATA / "raw" / "ru_short_news.txt").read_text("utf-8"),
        publisher="Kapital.kz",
        license="research use only",
    )
    assert txt.name.startswith("001_") and check_raw_name(txt) == []
    assert txt.read_text("utf-8").startswith(" date 2026-02-01 ")
    assert "url: https://kapital.kz/x/1" in yml.read_text("utf-8")
    assert validate([raw]).ok
    with pytest.raises(Exception, match="already in the corpus"):
        new_article(
            raw,
            url="https://kapital.kz/x/1",
            date="2026-02-01",
            text="x",
            publisher="K",
            license="L",
        )


def test_curation_file_without_article_is_an_error(raw: Path) -> None:
    orphan = raw / "005_5555555555555555.yaml"
    orphan.write_text("url: https://www.zakon.kz/a\n", "utf-8")
    report = validate([raw])
    mine = [str(p) for p in report.problems if p.path == str(orphan)]
    assert any("curation file without a raw article" in m for m in mine), mine
    assert_others_still_checked(report, raw)


@pytest.mark.parametrize("name", ["001_1111111111111112.TXT", "001_1111111111111112.Txt"])
def test_wrong_case_extension_is_reported_not_skipped(raw: Path, name: str) -> None:
    shutil.copy(DATA / "raw" / "ru_short_news.txt", raw / name)
    report = validate([raw])
    mine = [str(p) for p in report.problems if p.path == str(raw / name)]
    assert any("wrong case" in m for m in mine), mine
    assert_others_still_checked(report, raw)


@pytest.mark.parametrize("name", ["002_2222222222222222.txt\n", "002_2222222222222222\n.txt"])
def test_file_name_with_a_newline_is_refused(raw: Path, name: str) -> None:
    bad = raw / name
    shutil.copy(DATA / "raw" / "ru_short_news.txt", bad)
    assert check_raw_name(bad)
    report = validate([raw, bad])
    mine = [str(p) for p in report.problems if p.path == str(bad)]
    assert any("bad raw file name" in m and "\\x0a" in m and "\n" not in m for m in mine), mine
    assert_others_still_checked(report, raw)


def test_a_file_named_twice_is_checked_once(raw: Path) -> None:
    """The pull-request check names a new file and its folder: not its own duplicate."""
    new = raw / "002_2222222222222222.txt"
    shutil.copy(DATA / "raw" / "ru_dash_prefix_lead.txt", new)
    report = validate([new, raw / ".." / "raw" / new.name, raw], today=dt.date(2026, 11, 24))
    assert report.ok, report.summary()
    assert report.records == 3


def test_corpus_option_compares_without_reporting_the_corpus(raw: Path) -> None:
    (raw / "009_9999999999999999.txt").write_bytes(b"")  # an old problem of the corpus
    copy = raw.parent / "new" / "003_3333333333333333.txt"
    copy.parent.mkdir()
    shutil.copy(SEED, copy)
    report = validate([copy], corpus=raw)
    assert [p.path for p in report.problems] == [str(copy)]
    assert "exact duplicate of" in str(report.problems[0]), report.summary()


BUILD_AND_VALIDATE_CASES = {
    "bad name": ("has space.txt", DATA / "raw" / "ru_short_news.txt", "bad raw file name"),
    "future date": ("900_00000000000000f1.txt", INVALID / "future_date.txt", "in the future"),
    "duplicate": ("900_00000000000000f2.txt", SEED, "exact duplicate of"),
    "wrong case": ("900_00000000000000f3.TXT", DATA / "raw" / "ru_short_news.txt", "wrong case"),
}


@pytest.mark.parametrize("case", sorted(BUILD_AND_VALIDATE_CASES))
def test_build_and_validate_apply_the_same_rules(raw: Path, tmp_path: Path, case: str) -> None:
    name, source, needle = BUILD_AND_VALIDATE_CASES[case]
    shutil.copy(source, raw / name)
    report = validate([raw])
    from_validate = {str(p) for p in report.problems if needle in str(p)}
    assert from_validate, report.summary()
    with pytest.raises(BuildFailed) as info:
        build(raw, tmp_path / "out", jobs=1, progress=False)
    from_build = {str(e) for e in info.value.errors if needle in str(e)}
    assert from_build == from_validate  # the same problems, in the same words


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_records_files_are_read_guarded(raw: Path, tmp_path: Path) -> None:
    """A FIFO (hung) or a link to /dev/zero (MemoryError) given as records: each an error."""
    fifo, device = tmp_path / "fifo.jsonl", tmp_path / "zero.jsonl"
    os.mkfifo(fifo)
    device.symlink_to("/dev/zero")
    code = (
        "import sys; from kzpolicy_data import validate\nprint(validate(sys.argv[1:]).summary())\n"
    )
    proc = run_bounded(code, str(raw), str(fifo), str(device))
    assert proc.returncode == 0, proc.stderr
    assert f"{fifo}: is not a regular file" in proc.stdout
    assert f"{device}: is a symbolic link" in proc.stdout
    assert "checked 4 file(s), 2 record(s): 2 problem(s)" in proc.stdout


def test_a_folder_named_like_an_article_is_an_error(raw: Path) -> None:
    """A folder `NNN_x.txt` (or one named like a curation file) was a traceback."""
    (raw / "002_2222222222222222.txt").mkdir()
    (raw / "000_952d0ef163f4dde3.yaml").mkdir()
    for paths in ([raw], [raw / "002_2222222222222222.txt"]):
        report = validate(paths)
        folder = [
            str(p) for p in report.problems if p.path == str(raw / "002_2222222222222222.txt")
        ]
        assert folder and "is not a regular file" in folder[0], report.summary()
    report = validate([raw])
    curation = [p for p in report.problems if p.path == str(raw / "000_952d0ef163f4dde3.yaml")]
    assert curation and "is not a regular file" in str(curation[0])


def test_a_curation_file_is_validated_with_its_article(raw: Path) -> None:
    """A pull request that only edits curation was "valid", and then `build` failed."""
    curation = raw / "000_952d0ef163f4dde3.yaml"
    curation.write_text("speakers:\n  - match: Никто\n    name: Имя Фамилия\n", "utf-8")
    report = validate([curation])
    assert str(raw / "000_952d0ef163f4dde3.txt") in report.checked
    assert any("matches no speaker" in str(p) for p in report.problems), report.summary()
    assert not report.ok


def test_a_missing_corpus_folder_is_an_error(raw: Path, tmp_path: Path) -> None:
    """`validate --corpus missing/` compared with nothing and said "valid" (rc 0)."""
    report = validate([raw], corpus=tmp_path / "missing")
    assert any("no such folder" in str(p) for p in report.problems)
    proc = subprocess.run(
        [sys.executable, "-m", "kzpolicy_data", "validate", "--corpus", str(tmp_path / "no"), raw],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2 and "does not exist" in proc.stderr and "--corpus" in proc.stderr


def _with_url(raw: Path, name: str, text_from: Path, url: str) -> Path:
    shutil.copy(text_from, raw / name)
    (raw / name).with_suffix(".yaml").write_text(f"url: {url}\n", "utf-8")
    return raw / name


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("https://www.zakon.kz/news/1/", "http://zakon.kz/news/1"),
        ("https://Zakon.kz/news/1", "https://zakon.kz/news/1#top"),
    ],
)
def test_one_url_is_one_article(raw: Path, tmp_path: Path, first: str, second: str) -> None:
    """Two articles with one URL (told apart by scheme, `www.` or a trailing slash) passed
    validate and build."""
    _with_url(raw, "000_952d0ef163f4dde3.txt", SEED, first)
    other = _with_url(
        raw, "001_1111111111111111.txt", DATA / "raw" / "en_dash_interview.txt", second
    )
    report = validate([raw])
    same = [str(p) for p in report.problems if p.path == str(other)]
    assert any("000_952d0ef163f4dde3.txt has the same URL" in m for m in same), report.summary()
    with pytest.raises(BuildFailed, match="has the same URL"):
        build(raw, tmp_path / "out", jobs=1, progress=False)


def test_the_corpus_option_compares_urls(raw: Path, tmp_path: Path) -> None:
    _with_url(raw, "000_952d0ef163f4dde3.txt", SEED, "https://www.zakon.kz/news/1/")
    pr = tmp_path / "pr"
    pr.mkdir()
    mine = _with_url(
        pr, "002_2222222222222222.txt", DATA / "raw" / "ru_short_news.txt", "http://zakon.kz/news/1"
    )
    report = validate([mine, mine.with_suffix(".yaml")], corpus=raw)
    assert any("has the same URL" in str(p) for p in report.problems), report.summary()
