"""Reading an exported SQLite database (:mod:`.sqlite`): a read-only connection with our
search functions, the check that a file is a complete database of this exporter, and search.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from ..errors import ReleaseError
from .search import SEARCH_SQL, fts_query, snippet
from .sqlite import EXPORTER_VERSION, TABLES

__all__ = ["check_database", "connect", "contains", "register_functions", "search"]


def register_functions(conn: Any) -> None:
    """``kzp_fts`` (words as a ``*_stems`` MATCH), ``kzp_snippet`` and ``kzp_contains``."""
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
