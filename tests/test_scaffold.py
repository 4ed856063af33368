"""new-article refuses what validate would: duplicates, future dates, no publisher or licence."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kzpolicy_data import ValidationFailed, validate
from kzpolicy_data.contrib.scaffold import new_article

from .conftest import DATA, ROOT

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
