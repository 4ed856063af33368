"""Word-form search over the SQLite export: stored stems, a plain client, no over-stemming."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kzpolicy_data.access.search import PLAIN_SEARCH_SQL, fts_query, snippet, stems
from kzpolicy_data.access.sqlite import export_sqlite
from kzpolicy_data.access.sqlite_query import search
from kzpolicy_data.records import Record

from .conftest import DATA, ROOT

RELEASE = ROOT / "releases" / "v0.1.0"
SEED = "000_952d0ef163f4dde3"


def test_a_plain_client_finds_another_form_of_a_word(db: Path) -> None:
    # A fresh stdlib connection: none of our SQL functions exist on it.
    conn = sqlite3.connect(db)
    try:
        with pytest.raises(sqlite3.OperationalError, match="no such function"):
            conn.execute("SELECT kzp_fts('x')")
        hits = conn.execute(PLAIN_SEARCH_SQL, {"word": "лидеру"}).fetchall()
        assert hits and {h[0] for h in hits} == {SEED}
        assert any("лидеру" not in h[2] for h in hits)  # found by another form: лидерам
        assert conn.execute(PLAIN_SEARCH_SQL, {"word": "криптовалюта"}).fetchall() == []
    finally:
        conn.close()


def test_the_readme_query_runs_in_a_plain_client(db: Path) -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    assert PLAIN_SEARCH_SQL.replace(":word", "'лидеру'") in readme
    conn = sqlite3.connect(db)
    try:
        assert conn.execute(PLAIN_SEARCH_SQL.replace(":word", "'лидеру'")).fetchall()
    finally:
        conn.close()


def _record_about(headline: str) -> Record:
    record = Record.model_validate_json((DATA / "sqlite" / "record_kk.json").read_text())
    meta = record.metadata.model_copy(update={"headline": headline})
    return record.model_copy(update={"metadata": meta})


def test_iran_does_not_match_iraq(tmp_path: Path) -> None:
    # Snowball stems Иран as ира, a prefix of Ирак: a stem searched as a prefix found Iraq.
    out = export_sqlite([_record_about("Визит в Ирак")], tmp_path / "kzpolicy.db", {}, "x")
    assert search(out, "Иран") == []
    assert [h["record_id"] for h in search(out, "Ирака")] == ["kk_minimal"]
    other = export_sqlite([_record_about("Визит в Иран")], tmp_path / "iran.db", {}, "x")
    assert [h["record_id"] for h in search(other, "Ирана")] == ["kk_minimal"]
    assert search(other, "Ирак") == []
    conn = sqlite3.connect(out)
    try:
        assert conn.execute(
            "SELECT count(*) FROM records_stems WHERE records_stems MATCH 'ира'"
        ).fetchone() == (0,)
    finally:
        conn.close()


def test_stems_are_matched_whole() -> None:
    assert "*" not in fts_query("Иран соглашение")
    assert set(stems("Қазақстан")) & set(stems("Қазақстанның"))
    assert not set(stems("Иран")) & set(stems("Ирак"))


def test_snippet_marks_every_form_of_the_query() -> None:
    text = "Лидеры встретились. Лидеру страны сказали о лидерах региона."
    assert snippet(text, "лидер") == (
        "[Лидеры] встретились. [Лидеру] страны сказали о [лидерах] региона."
    )
    assert snippet("нет совпадений", "лидер") == "нет совпадений"
