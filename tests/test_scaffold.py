"""new-article refuses what validate would: duplicates, future dates, no publisher or licence."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kzpolicy_data import ValidationFailed, validate
from kzpolicy_data.contrib.scaffold import new_article

from .conftest import DATA, ROOT
from .releasing import run_bounded

SEED = ROOT / "raw" / "000_952d0ef163f4dde3.txt"
TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    shutil.copy(SEED, folder)
    return folder


def _body(path: Path) -> str:
    """An article's text as a contributor pastes it (without the scraper's date prefix)."""
    return (
        path.read_text("utf-8").split(" ", 3)[3]
        if path.read_text("utf-8").startswith(" date")
        else path.read_text("utf-8")
    )


def _new(raw: Path, text: str, **kw: str) -> tuple[Path, Path]:
    args = {
        "url": "https://kapital.kz/x/1",
        "date": "2026-03-02",
        "publisher": "Kapital.kz",
        "license": "research use only",
        **kw,
    }
    return new_article(raw, text=text, today=TODAY, **args)


def test_exact_duplicate_under_another_url_is_refused(raw: Path) -> None:
    with pytest.raises(
        ValidationFailed,
        match=r"already in the corpus: (exact|near-)duplicate of .*000_952d0ef163f4dde3\.txt",
    ):
        _new(raw, _body(SEED))
    assert sorted(p.name for p in raw.iterdir()) == [SEED.name]


def test_near_duplicate_is_refused(raw: Path) -> None:
    text = "Перепечатка: Kazinform\n\n" + _body(SEED) + "\n\nИсточник: Zakon.kz\n"
    with pytest.raises(ValidationFailed, match="already in the corpus: near-duplicate of"):
        _new(raw, text)


def test_future_date_is_refused(raw: Path) -> None:
    with pytest.raises(ValidationFailed, match="after today"):
        _new(raw, "Текст статьи о транзите.", date="2030-01-01")


@pytest.mark.parametrize("missing", ["publisher", "license"])
def test_publisher_and_licence_are_required(raw: Path, missing: str) -> None:
    with pytest.raises(ValidationFailed, match=f"the {missing} is required"):
        _new(raw, "Текст статьи о транзите.", **{missing: " "})


def test_a_new_article_passes_the_check_it_suggests(raw: Path) -> None:
    text = (DATA / "raw" / "ru_dash_prefix_lead.txt").read_text("utf-8").split(" ", 3)[3]
    txt, yml = _new(raw, text, date="2025-11-14")
    assert "publisher: Kapital.kz" in yml.read_text("utf-8")
    assert "license: research use only" in yml.read_text("utf-8")
    assert validate([txt, yml], corpus=raw, today=TODAY).ok


def test_cli_without_publisher_is_a_usage_error(raw: Path, tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("Текст статьи о транзите.", "utf-8")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "kzpolicy_data",
            "new-article",
            "--url",
            "https://a.kz/1",
            "--date",
            "2026-01-01",
            "--text",
            str(text),
            "--raw",
            str(raw),
        ],
        capture_output=True,
        text=True,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 2 and "pass --publisher and --license" in proc.stderr
    assert sorted(p.name for p in raw.iterdir()) == [SEED.name]


def _cli_new(raw: Path, text: str, *more: str) -> subprocess.CompletedProcess[str]:
    """`new-article` in a child process that cannot hang or eat the machine."""
    code = "import sys; from kzpolicy_data.cli import main; sys.argv[0] = 'kzpolicy-data'; main()"
    args = ["new-article", "--url", "https://a.kz/1", "--date", "2026-01-01", "--text", text]
    return run_bounded(
        code, *args, "--publisher", "A.kz", "--license", "research", "--raw", str(raw), *more
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_the_text_is_read_guarded(raw: Path, tmp_path: Path) -> None:
    """--text once hung on a FIFO, read /dev/zero to a MemoryError, and printed a traceback
    for invalid UTF-8: each is now an error naming the file, exit 1, nothing written."""
    fifo, device, cp1251 = tmp_path / "fifo.txt", tmp_path / "zero.txt", tmp_path / "cp.txt"
    os.mkfifo(fifo)
    device.symlink_to("/dev/zero")
    cp1251.write_bytes("Текст статьи о транзите.".encode("cp1251"))
    for path, message in (
        (fifo, "is not a regular file"),
        (device, "is a symbolic link"),
        (cp1251, "are not valid UTF-8"),
    ):
        proc = _cli_new(raw, str(path))
        assert proc.returncode == 1, proc.stderr
        assert f"error: {path}" in proc.stderr and message in proc.stderr
        assert "Traceback" not in proc.stderr
    assert sorted(p.name for p in raw.iterdir()) == [SEED.name]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_the_corpus_is_scanned_guarded(raw: Path, tmp_path: Path) -> None:
    """A FIFO or a link to /dev/zero among the corpus's articles is validate's to report:
    new-article goes on (it hung, or filled the memory)."""
    os.mkfifo(raw / "001_1111111111111111.txt")
    (raw / "002_2222222222222222.txt").symlink_to("/dev/zero")
    text = tmp_path / "a.txt"
    text.write_text("Казахстан и Китай обсудили транзит грузов через Каспий.\n", "utf-8")
    proc = _cli_new(raw, str(text))
    assert proc.returncode == 0, proc.stderr
    assert "created" in proc.stdout


def test_a_date_prefix_in_the_text_is_not_written_twice(raw: Path) -> None:
    txt, _ = _new(raw, " date 2026-03-01 Казахстан и Китай обсудили транзит.", date="2026-03-01")
    assert txt.read_text("utf-8") == " date 2026-03-01 Казахстан и Китай обсудили транзит.\n"
    with pytest.raises(ValidationFailed, match="2026-02-01, but --date gives 2026-03-01"):
        _new(
            raw, " date 2026-02-01 Другой текст о транзите.", date="2026-03-01", url="https://b.kz"
        )


@pytest.mark.parametrize(
    "recorded", ["https://www.kapital.kz/x/1/", "http://kapital.kz/x/1", "https://KAPITAL.kz/x/1/"]
)
def test_a_url_in_a_curation_file_is_the_same_article(raw: Path, recorded: str) -> None:
    """Only file-name hashes were compared: a URL recorded in a curation file, or written with
    `www.` or a trailing slash, passed."""
    (raw / SEED.with_suffix(".yaml").name).write_text(f"url: {recorded}\n", "utf-8")
    with pytest.raises(ValidationFailed, match="already in the corpus") as info:
        _new(raw, "Казахстан и Китай обсудили транзит грузов через Каспий.")
    assert SEED.name in str(info.value)
