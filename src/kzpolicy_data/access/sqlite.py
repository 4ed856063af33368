"""Export a release as one SQLite database (``kzpolicy``) for reading, searching and Datasette.

This module writes it; :mod:`.sqlite_query` opens, checks and searches it; :mod:`.sqlite_assets`
finds a release's database (carried by the release, or built once into the cache).

One table per view of the records (``records``, ``speakers``, ``turns``, ``qa_pairs``,
``events``, ``mentions``) plus the standoff tables the record page needs (``evidence``,
``event_actors``), foreign keys between them, indexes on the columns people filter on, FTS5 over
the text of records and turns (see :mod:`.search` for Russian and Kazakh word forms) and a
``metadata`` table (licence, source, version, column descriptions from the models).

The file is deterministic: the same release gives the same bytes (rows in id order, no
timestamps, no VACUUM, which would renumber the rowids FTS5 points at).
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import ReleaseError
from ..records import Record
from ..release.schema_change import read_records
from ..release.summary import ANNOTATIONS_URL, ReleaseSummary
from ..release.writer import CHECKSUMS
from .columns import COLUMN_DESCRIPTIONS, TABLE_DESCRIPTIONS
from .search import index_stems
from .sqlite_rows import record_rows

__all__ = [
    "ASSET",
    "DB_NAME",
    "EXPORTER_VERSION",
    "TABLES",
    "export_release",
    "export_sqlite",
    "release_digest",
]

DB_NAME = "kzpolicy"
ASSET = f"{DB_NAME}.db"  # in a release folder, and the file name Datasette names the db after
EXPORTER_VERSION = "2"  # bump when the tables change: cached databases are rebuilt
# In insertion order: parents before children, so foreign keys hold at every insert.
TABLES = (
    "records",
    "speakers",
    "turns",
    "qa_pairs",
    "mentions",
    "events",
    "evidence",
    "event_actors",
    "metadata",
    "word_forms",
)
_TOKENIZE = "unicode61 remove_diacritics 2"
_FTS = {"records": ("headline", "lead", "text"), "turns": ("text",)}
_INDEXES: dict[str, list[tuple[str, ...]]] = {
    "records": [("date_published",), ("month",), ("genre",), ("in_language",), ("publisher",)],
    "speakers": [("name",), ("interview_role",)],
    "turns": [("kind",), ("speaker_name",), ("month",), ("record_id", "n")],
    "events": [("event_type",), ("month",), ("event_type", "month"), ("modality",)],
    "event_actors": [("code",), ("name",)],
    "mentions": [("name",), ("type",), ("code",), ("wikidata_qid",)],
    "qa_pairs": [("interviewee",), ("month",)],
}
# child table -> (column, parent table, parent column)
_FOREIGN_KEYS: dict[str, list[tuple[str, str, str]]] = {
    "speakers": [("record_id", "records", "id")],
    "turns": [
        ("record_id", "records", "id"),
        ("speaker_id", "speakers", "id"),
        ("reply_to", "turns", "id"),
    ],
    "qa_pairs": [
        ("record_id", "records", "id"),
        ("question_id", "turns", "id"),
        ("answer_id", "turns", "id"),
        ("interviewee_id", "speakers", "id"),
    ],
    "events": [("record_id", "records", "id"), ("attributed_to", "speakers", "id")],
    "evidence": [
        ("event_id", "events", "id"),
        ("record_id", "records", "id"),
        ("turn_id", "turns", "id"),
    ],
    "event_actors": [("event_id", "events", "id"), ("mention_id", "mentions", "id")],
    "mentions": [
        ("record_id", "records", "id"),
        ("turn_id", "turns", "id"),
        ("speaker_id", "speakers", "id"),
    ],
}
_PKS: dict[str, str | tuple[str, ...]] = {
    "records": "id",
    "speakers": "id",
    "turns": "id",
    "qa_pairs": "answer_id",
    "events": "id",
    "evidence": ("event_id", "n"),
    "event_actors": ("event_id", "role", "n"),
    "mentions": "id",
    "metadata": "key",
    "word_forms": ("form", "stem"),
}


def release_digest(folder: Path) -> str:
    """Identity of a release's contents (the sha256 of its ``SHA256SUMS``) and this exporter."""
    try:
        sums = (folder / CHECKSUMS).read_bytes()
    except OSError as exc:
        raise ReleaseError(f"cannot read {CHECKSUMS}: {exc}", path=folder) from exc
    return hashlib.sha256(sums + f"\nexporter {EXPORTER_VERSION}".encode()).hexdigest()


def _metadata_rows(
    manifest: dict[str, Any], digest: str, summary: ReleaseSummary
) -> list[dict[str, Any]]:
    version = manifest.get("version")
    entries: dict[str, Any] = {
        "title": f"kzpolicy_data {version}",
        "version": version,
        "schema_version": manifest.get("schema_version"),
        "release_digest": digest,
        "exporter_version": EXPORTER_VERSION,
        # Not one licence unless every text shares the annotations' (see the card).
        "license": "CC BY 4.0 (annotations); article texts: each row's text_license",
        "license_id": summary.hub_licence(),
        "license_url": ANNOTATIONS_URL,
        "licenses": summary.licence_urls(),
        "text_licenses": summary.text_licences(),
        "source_licenses": summary.sources,
        "languages": summary.languages,
        "source": "kzpolicy_data releases",
        "source_url": "https://github.com/kzpolicy/kzpolicy_data",
        "description": "Expert interviews and articles on Kazakhstan's policy: records, "
        "speakers, turns, Q/A pairs, PLOVER events with their evidence, and entity mentions.",
        "counts": manifest.get("counts", {}),
        "tables": TABLE_DESCRIPTIONS,
        "columns": COLUMN_DESCRIPTIONS,
    }
    return [
        {"key": k, "value": json.dumps(v, ensure_ascii=False, sort_keys=True)}
        for k, v in entries.items()
    ]


def _create_tables(db: Any) -> None:
    """Empty tables with every column typed, so an empty release still has the full schema."""
    for table, cols in COLUMN_DESCRIPTIONS.items():
        types = {c: int if c in _INT_COLUMNS else float if c == "confidence" else str for c in cols}
        db.table(table).create(
            types,
            pk=_PKS[table],
            foreign_keys=_FOREIGN_KEYS.get(table, []),
            not_null=[c for c in cols if c in _NOT_NULL],
        )


_INT_COLUMNS = {"n", "start", "end", "n_speakers", "n_turns", "n_events", "n_mentions"}
_NOT_NULL = {"id", "record_id", "event_id", "key", "answer_id", "question_id", "text"}


def export_sqlite(
    records: Iterable[Record],
    out: Path,
    manifest: dict[str, Any],
    digest: str,
    *,
    replace: bool = False,
) -> Path:
    """Write the database to ``out`` (atomically: a temporary file renamed into place); an
    existing file is replaced only if ``replace``."""
    if out.is_symlink() or out.is_dir():
        raise ReleaseError("refusing to write over a symlink or a folder", path=out)
    if out.exists() and not replace:
        raise ReleaseError(
            "already exists; it is not replaced",
            path=out,
            hint="give another path, or --force to replace it",
        )
    try:
        import sqlite_utils
    except ImportError as exc:
        raise ReleaseError(
            "the SQLite export needs sqlite-utils", hint="pip install 'kzpolicy-data[browse]'"
        ) from exc
    try:
        return _write(sqlite_utils, records, out, manifest, digest)
    except (OSError, sqlite3.OperationalError) as exc:  # unwritable, full, not a folder
        raise ReleaseError(
            f"cannot write the database: {getattr(exc, 'strerror', None) or exc}",
            path=out,
            hint="check that the folder can be written and has free space",
        ) from None


def _write(
    sqlite_utils: Any, records: Iterable[Record], out: Path, manifest: dict[str, Any], digest: str
) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".kzpolicy-", suffix=".db.tmp", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.unlink()
    try:
        conn = sqlite3.connect(tmp)
        db = sqlite_utils.Database(conn)
        # A scratch file renamed into place when complete: no journal on disk, no fsync, and
        # one transaction (sqlite-utils would otherwise commit, and sync, every batch).
        conn.execute("PRAGMA journal_mode = MEMORY")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA foreign_keys = ON")
        _create_tables(db)
        conn.execute("BEGIN")
        buffers: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
        summary = ReleaseSummary()
        for record in records:
            summary.add_record(record)
            for table, row in record_rows(record):
                buffers[table].append(row)
            if sum(len(b) for b in buffers.values()) > 20_000:
                _flush(db, buffers)
        buffers["metadata"] = _metadata_rows(manifest, digest, summary)
        _flush(db, buffers)
        for table, indexes in _INDEXES.items():
            for cols in indexes:
                db.table(table).create_index(list(cols), find_unique_name=True)
        db.index_foreign_keys()
        forms: set[tuple[str, str]] = set()
        for table, cols in _FTS.items():
            _enable_fts(conn, table, cols)
            forms |= index_stems(conn, table, cols, _TOKENIZE)
        db.table("word_forms").insert_all(
            ({"form": f, "stem": s} for f, s in sorted(forms)), batch_size=1000
        )
        problems = conn.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise ReleaseError(f"foreign keys broken in the export: {problems[:3]}", path=out)
        conn.execute("ANALYZE")
        conn.commit()
        conn.close()
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    return out


def _flush(db: Any, buffers: dict[str, list[dict[str, Any]]]) -> None:
    for table in TABLES:
        if buffers.get(table):
            db.table(table).insert_all(buffers[table], batch_size=500)
            buffers[table] = []


def _enable_fts(conn: sqlite3.Connection, table: str, cols: tuple[str, ...]) -> None:
    # The ``content=[table]`` form is what Datasette looks for to offer search on the table.
    fts = f"{table}_fts"
    names = ", ".join(f"[{c}]" for c in cols)
    conn.execute(
        f"CREATE VIRTUAL TABLE [{fts}] USING FTS5 ({names}, tokenize='{_TOKENIZE}', "
        f"content=[{table}])"
    )
    conn.execute(f"INSERT INTO [{fts}] (rowid, {names}) SELECT rowid, {names} FROM [{table}]")
    conn.execute(f"INSERT INTO [{fts}]([{fts}]) VALUES('optimize')")


def export_release(folder: Path, out: Path, *, replace: bool = False) -> Path:
    """Export a (verified) release folder to ``out`` (``replace``: an existing file); its records
    are read validated, a 1.x release's moved to this schema first."""
    manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    records = read_records(folder)
    return export_sqlite(records, out, manifest, release_digest(folder), replace=replace)
