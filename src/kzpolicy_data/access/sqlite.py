"""Export a release as one SQLite database (``kzpolicy``) for reading, searching and Datasette.

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
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import ReleaseError
from ..records import Record
from ..release.schema_change import read_records
from ..release.summary import ANNOTATIONS_URL, ReleaseSummary
from ..release.writer import CHECKSUMS
from .columns import COLUMN_DESCRIPTIONS, TABLE_DESCRIPTIONS
from .search import PLAIN_SEARCH_SQL, SEARCH_SQL, index_stems
from .sqlite_rows import record_rows

__all__ = [
    "ASSET",
    "DB_NAME",
    "EXPORTER_VERSION",
    "MAX_ASSET_BYTES",
    "PLAIN_SEARCH_SQL",
    "SEARCH_SQL",
    "TABLES",
    "attach_database",
    "check_database",
    "connect",
    "contains",
    "database_for",
    "export_release",
    "export_sqlite",
    "register_functions",
    "release_digest",
    "search",
]

DB_NAME = "kzpolicy"
ASSET = f"{DB_NAME}.db"  # in a release folder, and the file name Datasette names the db after
MAX_ASSET_BYTES = 50_000_000  # a release carries its database only below this size
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


def register_functions(conn: Any) -> None:
    """``kzp_fts`` (words as a ``*_stems`` MATCH), ``kzp_snippet`` and ``kzp_contains``."""
    from .search import fts_query, snippet

    conn.create_function("kzp_fts", 1, fts_query, deterministic=True)
    conn.create_function("kzp_snippet", 2, snippet, deterministic=True)
    conn.create_function("kzp_contains", 2, contains, deterministic=True)


def connect(path: Path) -> sqlite3.Connection:
    """A read-only connection with the search functions (:func:`register_functions`)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    register_functions(conn)
    return conn


def contains(haystack: str | None, needle: str | None) -> bool:
    """Case-insensitive containment for any script (SQLite's ``LIKE`` folds ASCII only)."""
    if not needle:
        return True
    return haystack is not None and needle.casefold() in haystack.casefold()


def check_database(path: Path) -> dict[str, Any]:
    """Open an export and check it; its ``metadata`` as a dict, or a :class:`ReleaseError`."""
    hint = "delete it and run `kzpolicy-data export` again"
    if not path.is_file() or path.is_symlink():
        raise ReleaseError("no database file here (symlinks are not followed)", path=path)
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            if conn.execute("PRAGMA quick_check").fetchone() != ("ok",):
                raise sqlite3.DatabaseError("integrity check failed")
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            missing = [t for t in TABLES if t not in names]
            if missing:
                raise ReleaseError(
                    f"not a kzpolicy database: missing tables {', '.join(missing)}", path=path
                )
            meta = {k: json.loads(v) for k, v in conn.execute("SELECT key, value FROM metadata")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise ReleaseError(f"corrupt database: {exc}", path=path, hint=hint) from exc
    if meta.get("exporter_version") != EXPORTER_VERSION:
        raise ReleaseError(
            f"database written by exporter {meta.get('exporter_version')}, "
            f"expected {EXPORTER_VERSION}",
            path=path,
            hint=hint,
        )
    return meta


def search(path: Path, query: str, *, limit: int = 50) -> list[dict[str, Any]]:
    """Records and turns whose text matches ``query`` (word forms of Russian and Kazakh)."""
    conn = connect(path)
    conn.row_factory = sqlite3.Row
    try:
        rows = conn.execute(SEARCH_SQL + " LIMIT :limit", {"q": query, "limit": limit})
        return [dict(r) for r in rows]
    finally:
        conn.close()


def _records(folder: Path) -> Iterator[Record]:
    # Not ``load.iter_records`` (``load`` imports this module): the same validated reading,
    # which takes a 1.x release too.
    return read_records(folder)


def export_release(folder: Path, out: Path, *, replace: bool = False) -> Path:
    """Export a (verified) release folder to ``out`` (``replace``: an existing file)."""
    manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    return export_sqlite(_records(folder), out, manifest, release_digest(folder), replace=replace)


def database_for(folder: Path, *, cache: Path | None = None) -> Path:
    """The database of a (verified) release folder.

    The release's own asset if it carries one (listed in ``SHA256SUMS``, so verified with the
    rest); otherwise built once into ``cache`` (default: the download cache), keyed by the
    release's digest, and rebuilt if the cached file is damaged or from another exporter.
    """
    from ..release.index import read_checksums

    if ASSET in read_checksums(folder):
        return folder / ASSET
    digest = release_digest(folder)
    if cache is None:
        from .fetch import cache_dir

        cache = cache_dir() / "sqlite"
    target = cache / digest[:32] / ASSET
    if target.is_file():
        try:
            if check_database(target).get("release_digest") == digest:
                return target
        except ReleaseError:
            pass  # a damaged cache entry is simply rebuilt
    return export_release(folder, target, replace=True)


def attach_database(folder: Path, *, max_bytes: int = MAX_ASSET_BYTES) -> Path | None:
    """Add the database to a release folder being written, if it is at most ``max_bytes``.

    Lists it in the manifest (``assets``) and rewrites ``SHA256SUMS``; returns its path, or
    None (and leaves the folder as it was) when it is too big: it is then built on demand.
    """
    from ..release.writer import file_sha256, write_checksums

    target = export_release(folder, folder / ASSET)
    size = target.stat().st_size
    if size > max_bytes:
        target.unlink()
        return None
    path = folder / "manifest.json"
    manifest = json.loads(path.read_text("utf-8"))
    manifest["assets"] = {"sqlite": {"path": ASSET, "bytes": size, "sha256": file_sha256(target)}}
    path.write_text(
        json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
        encoding="utf-8",
        newline="\n",
    )
    write_checksums(folder)
    return target
