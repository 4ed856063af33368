"""The SQLite export: tables, keys, indexes, metadata, word-form search, cache and asset."""

from __future__ import annotations

import json
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kzpolicy_data import ReleaseError, load, verify
from kzpolicy_data.access.columns import COLUMN_DESCRIPTIONS
from kzpolicy_data.access.search import fts_query
from kzpolicy_data.access.sqlite import ASSET, TABLES, export_sqlite, release_digest
from kzpolicy_data.access.sqlite_assets import attach_database, database_for
from kzpolicy_data.access.sqlite_query import check_database, connect, search
from kzpolicy_data.cli import cli
from kzpolicy_data.records import Event, Metadata, Record
from kzpolicy_data.release.index import read_checksums, write_index

from .conftest import DATA, ROOT
from .releasing import tree

RELEASE = ROOT / "releases" / "v0.1.0"
SEED = "000_952d0ef163f4dde3"


def rows(db: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    conn = connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def test_one_table_per_view_with_the_release_counts(db: Path) -> None:
    manifest = json.loads((RELEASE / "manifest.json").read_text())
    for table in ("records", "turns", "qa_pairs", "events"):
        assert rows(db, f"SELECT count(*) FROM {table}") == [(manifest["counts"][table],)]
    record = next(iter(load(path=RELEASE)))
    assert rows(db, "SELECT count(*) FROM speakers") == [(len(record.speakers),)]
    assert rows(db, "SELECT count(*) FROM mentions") == [(len(record.mentions),)]
    evidence = sum(len(e.evidence) for e in record.events)
    assert rows(db, "SELECT count(*) FROM evidence") == [(evidence,)]
    # Every evidence row quotes the record text at its offsets.
    for start, end, quote in rows(db, "SELECT start, end, quote FROM evidence"):
        assert record.text[start:end] == quote  # type: ignore[misc]


def test_keys_and_indexes(db: Path) -> None:
    assert rows(db, "SELECT name FROM pragma_table_info('records') WHERE pk") == [("id",)]
    fks = set(rows(db, "SELECT [from], [table], [to] FROM pragma_foreign_key_list('turns')"))
    assert {("record_id", "records", "id"), ("speaker_id", "speakers", "id")} <= fks
    fks = set(rows(db, "SELECT [from], [table] FROM pragma_foreign_key_list('evidence')"))
    assert {("event_id", "events"), ("turn_id", "turns")} <= fks
    assert rows(db, "PRAGMA foreign_key_check") == []
    for table, column in [("events", "event_type"), ("records", "genre"), ("turns", "month")]:
        indexed = rows(
            db,
            "SELECT 1 FROM pragma_index_list(?) l, pragma_index_info(l.name) i WHERE i.name = ?",
            table,
            column,
        )
        assert indexed, f"{table}.{column} has no index"
    plan = rows(db, "EXPLAIN QUERY PLAN SELECT * FROM events WHERE event_type = 'ACCUSE'")
    assert "USING INDEX" in " ".join(str(r[-1]) for r in plan)


def test_metadata_has_licence_version_and_model_descriptions(db: Path) -> None:
    meta = check_database(db)
    # The seed's text is not CC BY: the database does not say the dataset is.
    assert meta["version"] == "0.1.0" and meta["license_id"] == "other"
    assert meta["source_url"].startswith("https://") and meta["release_digest"]
    cols = meta["columns"]
    assert cols["events"]["event_type"] == Event.model_fields["event_type"].description
    assert cols["records"]["genre"] == Metadata.model_fields["genre"].description
    for table in TABLES:
        actual = [r[0] for r in rows(db, f"SELECT name FROM pragma_table_info('{table}')")]
        assert actual == list(COLUMN_DESCRIPTIONS[table]), table
        assert all(cols[table][c] for c in actual)


def test_deterministic(db: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.db"
    manifest = json.loads((RELEASE / "manifest.json").read_text())
    export_sqlite(load(path=RELEASE), again, manifest, release_digest(RELEASE))
    assert again.read_bytes() == db.read_bytes()


def test_a_russian_word_form_finds_the_seed(db: Path) -> None:
    # The text has only "соглашениям"; the exact FTS token "соглашение" is not in it.
    assert rows(db, "SELECT count(*) FROM records_fts WHERE records_fts MATCH 'соглашение'") == [
        (0,)
    ]
    hits = search(db, "соглашение")
    assert {h["record_id"] for h in hits} == {SEED}
    assert any(h["hit"] == "record" for h in hits) and any(h["turn_id"] for h in hits)
    assert "[соглашениям]" in " ".join(h["snippet"] for h in hits)
    assert {h["record_id"] for h in search(db, "Авраамское соглашение")} == {SEED}
    assert search(db, "соглашениями референдумов") != []
    assert search(db, "криптовалюта") == []


def test_a_kazakh_word_form_finds_its_record(tmp_path: Path) -> None:
    record = Record.model_validate_json((DATA / "sqlite" / "record_kk.json").read_text())
    out = export_sqlite([record], tmp_path / "kzpolicy.db", {"version": "0.0.0"}, "x")
    assert "келісімдерді" not in record.text and "келісімге" in record.text
    assert [h["record_id"] for h in search(out, "келісімдерді")] == ["kk_minimal"]
    assert [h["record_id"] for h in search(out, "Қазақстанның")] == ["kk_minimal"]


@pytest.mark.parametrize(
    "text", ['"', "a OR", "NEAR(", "*", "col:val", "'; DROP TABLE records; --", "", "x" * 5000]
)
def test_hostile_queries_are_plain_words(db: Path, text: str) -> None:
    assert isinstance(search(db, text), list)  # never an FTS5 syntax error
    assert len(fts_query(text)) < 2000


def test_load_sqlite_builds_once_per_release_digest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KZPOLICY_DATA_CACHE", str(tmp_path / "cache"))
    path = load(path=RELEASE, format="sqlite")
    assert path.name == ASSET and release_digest(RELEASE)[:32] in str(path)
    stamp = path.stat().st_mtime_ns
    assert load(path=RELEASE, format="sqlite") == path and path.stat().st_mtime_ns == stamp
    path.write_bytes(b"damaged")  # a damaged cache entry is rebuilt, not served
    assert check_database(load(path=RELEASE, format="sqlite"))["version"] == "0.1.0"


def test_corrupt_or_foreign_databases_are_refused(tmp_path: Path) -> None:
    bad = tmp_path / "kzpolicy.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 2000)
    with pytest.raises(ReleaseError, match="corrupt database"):
        check_database(bad)
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(ReleaseError, match="missing tables"):
        check_database(other)


def test_the_release_carries_the_database_when_small(tmp_path: Path) -> None:
    folder = tmp_path / "v0.1.0"
    shutil.copytree(RELEASE, folder)
    before = tree(folder)
    assert attach_database(folder, max_bytes=1000) is None  # too big: the folder is unchanged
    assert tree(folder) == before
    asset = attach_database(folder)
    assert asset == folder / ASSET
    assert ASSET in read_checksums(folder)
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["assets"]["sqlite"]["bytes"] == asset.stat().st_size
    write_index(tmp_path)  # what a release does next: an index that vouches for the folder
    verify(folder)
    assert database_for(folder) == asset


def test_export_errors_exit_1(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runner = CliRunner()
    args = ["--releases", str(RELEASE.parent)]
    result = runner.invoke(cli, ["export", "9.9.9", str(tmp_path / "x.db"), *args])
    assert result.exit_code == 1 and "release v9.9.9 not found" in result.output
    result = runner.invoke(cli, ["export", "0.1", str(tmp_path / "x.db"), *args])
    assert result.exit_code == 1 and "'0.1' is not a version" in result.output
    monkeypatch.setitem(sys.modules, "sqlite_utils", None)
    result = runner.invoke(cli, ["export", str(tmp_path / "x.db"), *args])
    assert result.exit_code == 1 and "pip install 'kzpolicy-data[browse]'" in result.output


def test_export_to_an_unwritable_path_exits_1(tmp_path: Path) -> None:
    """A folder that cannot be made (here under a file) was a traceback."""
    (tmp_path / "a-file").write_text("x")
    out = tmp_path / "a-file" / "x.db"
    result = CliRunner().invoke(cli, ["export", str(out), "--releases", str(RELEASE.parent)])
    assert result.exit_code == 1 and not isinstance(result.exception, OSError)
    assert f"error: {out}" in result.output and "cannot write" in result.output


@pytest.mark.parametrize("arg", ["0.2", "v0.2", "1"])
def test_a_version_looking_argument_is_not_a_file_name(
    tmp_path: Path, arg: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`export 0.2` wrote a database named `0.2`."""
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["export", arg, "--releases", str(RELEASE.parent)])
    assert result.exit_code == 1 and f"{arg!r} is not a version" in result.output
    assert not Path(arg).exists()


def test_an_existing_export_is_not_overwritten_without_force(tmp_path: Path) -> None:
    out = tmp_path / "mine.db"
    out.write_text("the user's own database")
    args = ["export", "0.1.0", str(out), "--releases", str(RELEASE.parent)]
    result = CliRunner().invoke(cli, args)
    assert (
        result.exit_code == 1 and "already exists" in result.output and "--force" in result.output
    )
    assert out.read_text() == "the user's own database"
    result = CliRunner().invoke(cli, [*args, "--force"])
    assert result.exit_code == 0, result.output
    assert check_database(out)["version"] == "0.1.0"
