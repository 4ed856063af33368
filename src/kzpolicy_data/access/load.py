"""Load: verified releases as typed records, Arrow tables or Hugging Face datasets.

Where a release is found, in order: an explicit ``path``; the release bundled in the installed
wheel (``kzpolicy_data/_release``); the ``releases/`` folder of a source checkout; otherwise it
is downloaded (see :mod:`kzpolicy_data.fetch`). Every file is checked against ``SHA256SUMS``
before anything is read from it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import ReleaseError
from ..records import SCHEMA_VERSION, Record
from ..release.index import latest_version, parse_version, read_checksums
from ..release.schema_change import older_major, read_records
from ..release.tables import VIEWS, rows_to_table, view_rows, view_schema
from ..release.writer import CHECKSUMS

if TYPE_CHECKING:
    import datasets

__all__ = ["iter_records", "load", "load_dataset", "release_path", "verify"]

Format = Literal["records", "arrow", "hf", "sqlite"]


def verify(folder: Path) -> None:
    """Check a release folder in depth (see :mod:`kzpolicy_data.release.integrity`): every file
    against ``SHA256SUMS``, ``SHA256SUMS`` against the release index, rows against the manifest;
    no path outside the folder. Raises :class:`ChecksumError`."""
    from ..release.integrity import verify_release

    verify_release(folder)


def _bundled() -> Path | None:
    bundled = resources.files("kzpolicy_data").joinpath("_release")
    path = Path(str(bundled))
    return path if (path / CHECKSUMS).exists() else None


def _checkout_releases() -> Path | None:
    candidate = Path(__file__).resolve().parents[3] / "releases"  # src/kzpolicy_data/release/
    return candidate if candidate.is_dir() else None


def _manifest_version(folder: Path) -> str:
    return str(json.loads((folder / "manifest.json").read_text("utf-8"))["version"])


def release_path(version: str | None = None) -> Path:
    """The local folder of a release (``None``: the latest available), downloading if needed."""
    wanted = "v{}.{}.{}".format(*parse_version(version)) if version else None
    bundled = _bundled()
    if bundled and (wanted is None or _manifest_version(bundled) == wanted[1:]):
        return bundled
    checkout = _checkout_releases()
    if checkout:
        name = wanted or latest_version(checkout)
        if name and (checkout / name).is_dir():
            return checkout / name
    if wanted is None:
        raise ReleaseError(
            "no release is installed or checked out", hint="pass a version to download one"
        )
    from .fetch import fetch_release

    return fetch_release(wanted)


def _files(folder: Path, view: str) -> list[Path]:
    if view not in VIEWS:
        raise ReleaseError(f"unknown view {view!r}", hint=f"use one of {', '.join(VIEWS)}")
    files = sorted((folder / "data" / view).glob("*.parquet"))
    if not files:
        raise ReleaseError(f"no Parquet files for view {view!r}", path=folder / "data" / view)
    return files


def iter_records(folder: Path, *, trusted: bool = False) -> Iterator[Record]:
    """Typed records of a (verified) release folder, in id order.

    ``trusted`` (only after :func:`verify`) skips the Python validators: see :mod:`.fastload`.
    """
    shards = sorted((folder / "jsonl").glob("records-*.jsonl"))
    if trusted and _written_with_our_schema(folder):
        from .fastload import trusted_records

        yield from trusted_records(shards)
        return
    yield from read_records(folder)


def _written_with_our_schema(folder: Path) -> bool:
    try:
        manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(manifest, dict) and manifest.get("schema_version") == SCHEMA_VERSION


def load(
    version: str | None = None,
    *,
    view: str = "records",
    format: Format = "records",
    path: Path | str | None = None,
    check: bool = True,
    validate: bool = False,
) -> Any:
    """Load a release.

    ``format="records"`` gives an iterator of :class:`Record` (view ``records`` only);
    ``"arrow"`` a ``pyarrow.Table``; ``"hf"`` a ``datasets.Dataset`` with the declared
    features; ``"sqlite"`` the path of its SQLite database (every view; needs the ``[browse]``
    extra). A release of an older major schema (1.x) is read in this schema's shape: its records
    moved and validated (docs/MIGRATION-2.0.md), its views rebuilt from them. ``check`` verifies
    every checksum first (raising :class:`ChecksumError`); the
    verified records then skip the Python validators they passed when built (the trusted
    path, :mod:`.fastload`), unless ``validate`` asks for every check again.
    """
    folder = Path(path) if path is not None else release_path(version)
    if check:
        verify(folder)
    if format == "records":
        if view != "records":
            raise ReleaseError(
                f"view {view!r} has no typed records", hint="use format='arrow' or 'hf'"
            )
        return iter_records(folder, trusted=check and not validate)
    if format == "sqlite":
        from .sqlite_assets import database_for

        return database_for(folder)
    if format not in ("arrow", "hf"):
        raise ReleaseError(f"unknown format {format!r}", hint="use records, arrow, hf or sqlite")
    files = _files(folder, view)
    if older_major(folder):
        # A 1.x release's Parquet has the 1.x shape (span objects with quotes, turn texts,
        # global ids): the view is rebuilt from its records, moved to this schema and checked.
        shards = sorted((folder / "jsonl").glob("records-*.jsonl"))
        rows = (row for record in read_records(folder) for row in view_rows(record, view))
        table = rows_to_table(rows, view)
        fingerprint = _fingerprint(folder, view, shards, as_schema=SCHEMA_VERSION)
    else:
        table = pa.concat_tables([pq.read_table(f, schema=view_schema(view)) for f in files])
        fingerprint = _fingerprint(folder, view, files)
    if format == "arrow":
        return table
    return _to_dataset(table, view, fingerprint)


def _fingerprint(
    folder: Path, view: str, files: list[Path], *, as_schema: str | None = None
) -> str | None:
    """The view's identity from the digests ``SHA256SUMS`` lists for its files (None if unlisted);
    ``as_schema``: the view was rebuilt from those files in that schema's shape.

    Without it, ``datasets`` hashes the whole table to make one: 4 of the 10 seconds of loading
    a 10,000-record release.
    """
    try:
        listed = read_checksums(folder)
    except (OSError, ReleaseError):
        return None
    h = hashlib.sha256(view.encode())
    if as_schema is not None:
        h.update(f"\nas schema {as_schema}\n".encode())
    for path in files:
        digest = listed.get(path.relative_to(folder).as_posix())
        if digest is None:
            return None
        h.update(digest.encode())
    return h.hexdigest()


def _to_dataset(table: pa.Table, view: str, fingerprint: str | None = None) -> datasets.Dataset:
    try:
        import datasets
    except ImportError as exc:
        raise ReleaseError(
            "format='hf' needs the `datasets` package", hint="pip install 'kzpolicy-data[hf]'"
        ) from exc
    features = datasets.Features.from_arrow_schema(view_schema(view))
    return datasets.Dataset(
        table.cast(features.arrow_schema),
        info=datasets.DatasetInfo(description=f"kzpolicy_data {view}", features=features),
        fingerprint=fingerprint,
    )


def load_dataset(version: str | None = None, *, path: Path | str | None = None) -> Any:
    """Every view as a ``datasets.DatasetDict`` (keys: records, turns, qa_pairs, events)."""
    import datasets

    return datasets.DatasetDict({v: load(version, view=v, format="hf", path=path) for v in VIEWS})
