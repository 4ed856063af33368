"""Streaming writer of a release folder: sharded Parquet per view, JSONL, card, checksums.

Layout of a release folder::

    README.md                 Hugging Face dataset card (YAML configs + features)
    croissant.json            MLCommons Croissant metadata
    manifest.json             versions, counts, digest of the inputs (no timestamps)
    SHA256SUMS                sha256 of every other file (sha256sum format)
    data/<view>/part-NNNNN.parquet   canonical, typed (views: records, turns, qa_pairs, events)
    jsonl/records-NNNNN.jsonl        readable copy: UTF-8, one record a line, sorted by id

Records are cut into *shard groups*: group N is ``part-N`` of every view and ``records-N``.
Where a group starts depends only on the record ids (a record whose id hashes to 0 modulo
``GROUP_RECORDS`` opens one; ``MAX_GROUP`` bounds its size), so adding, removing or renaming an
article changes only its own group, and a rebuild can reuse every other group's files
(see :mod:`.shards`). Memory and file sizes stay bounded whatever the corpus size.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..records import SCHEMA_VERSION, Record
from .tables import VIEWS, view_rows, view_schema

__all__ = [
    "CHECKSUMS",
    "GROUP_RECORDS",
    "MAX_GROUP",
    "ReleaseWriter",
    "file_sha256",
    "group_files",
    "group_starts",
    "jsonl_line",
    "record_data",
    "serialise",
    "write_checksums",
]

CHECKSUMS = "SHA256SUMS"
ROW_GROUP = 1_000  # rows buffered before a Parquet row group is flushed
# Mean records of a shard group: 500 realistic records are about 20 MB of JSONL, and a rebuild
# after touching one article rewrites one group (measured in BENCHMARKS.md).
GROUP_RECORDS = 500
MAX_GROUP = 4 * GROUP_RECORDS


def _opens_group(record_id: str, in_group: int) -> bool:
    if in_group == 0 or in_group >= MAX_GROUP:
        return True
    digest = hashlib.sha256(record_id.encode()).digest()
    return int.from_bytes(digest[:8], "big") % GROUP_RECORDS == 0


def group_starts(ids: Sequence[str]) -> list[int]:
    """Indexes of the records that open a shard group (the writer cuts ``ids`` the same way)."""
    starts: list[int] = []
    for i, record_id in enumerate(ids):
        if _opens_group(record_id, i - starts[-1] if starts else 0):
            starts.append(i)
    return starts


def group_files(group: int) -> list[str]:
    """The files of shard group ``group``, relative to the release folder."""
    return [f"data/{view}/part-{group:05d}.parquet" for view in VIEWS] + [
        f"jsonl/records-{group:05d}.jsonl"
    ]


def file_sha256(path: Path) -> str:
    """Hex sha256 of a file, read in chunks."""
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def write_checksums(folder: Path, known: dict[str, str] | None = None) -> None:
    """Write ``SHA256SUMS`` for every file of ``folder`` (sorted, POSIX paths).

    ``known`` maps relative paths to digests already computed (while writing or reusing a
    shard), so a large release is not read back a second time."""
    known = known or {}
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.name != CHECKSUMS)
    rels = [p.relative_to(folder).as_posix() for p in files]
    lines = [f"{known.get(r) or file_sha256(p)}  {r}\n" for p, r in zip(files, rels, strict=True)]
    (folder / CHECKSUMS).write_text("".join(lines), encoding="utf-8", newline="\n")


class _GroupParquet:
    """One view's Parquet file of one shard group, written in row groups of ``ROW_GROUP``."""

    def __init__(self, path: Path, view: str) -> None:
        self.path = path
        self.schema = view_schema(view)
        self.buffer: list[dict[str, Any]] = []
        # Fixed options so the same rows give the same bytes.
        self.writer = pq.ParquetWriter(
            path, self.schema, compression="zstd", use_dictionary=True, write_statistics=True
        )
        self.rows = 0

    def add(self, rows: list[dict[str, Any]]) -> None:
        self.buffer.extend(rows)
        self.rows += len(rows)
        if len(self.buffer) >= ROW_GROUP:
            self.flush()

    def flush(self) -> None:
        for i in range(0, len(self.buffer), ROW_GROUP):
            chunk = self.buffer[i : i + ROW_GROUP]
            self.writer.write_table(pa.Table.from_pylist(chunk, schema=self.schema))
        self.buffer = []

    def close(self) -> None:
        self.flush()
        self.writer.close()  # an empty view still has its (empty, typed) file


class ReleaseWriter:
    """Writes records as they come (or copies whole shard groups); ``close``, ``finish``.

    ``digests`` holds the sha256 of every shard file written or copied, for ``SHA256SUMS``.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        for view in VIEWS:
            (folder / "data" / view).mkdir(parents=True, exist_ok=True)
        (folder / "jsonl").mkdir(parents=True, exist_ok=True)
        self.group = -1  # index of the last group opened
        self.in_group = 0  # records in the open group (0: none open)
        self.parquet: dict[str, _GroupParquet] = {}
        self.jsonl: IO[str] | None = None
        self.records = 0
        self.rows = dict.fromkeys(VIEWS, 0)
        self.parsers: set[str] = set()
        self.coders: set[str] = set()
        self.digests: dict[str, str] = {}
        self.last_id = ""
        # what the open group holds (the shard state keeps it, for a later reuse)
        self.group_rows = dict.fromkeys(VIEWS, 0)
        self.group_parsers: set[str] = set()
        self.group_coders: set[str] = set()

    def _open_group(self) -> None:
        self._close_group()
        self.group += 1
        self.group_rows = dict.fromkeys(VIEWS, 0)
        self.group_parsers, self.group_coders = set(), set()
        *parquet, jsonl = group_files(self.group)
        self.parquet = {
            view: _GroupParquet(self.folder / rel, view)
            for view, rel in zip(VIEWS, parquet, strict=True)
        }
        self.jsonl = (self.folder / jsonl).open("w", encoding="utf-8", newline="\n")

    def _close_group(self) -> None:
        if self.jsonl is None:
            return
        for out in self.parquet.values():
            out.close()
        self.jsonl.close()
        self.jsonl, self.parquet, self.in_group = None, {}, 0
        for rel in group_files(self.group):
            self.digests[rel] = file_sha256(self.folder / rel)

    def write(self, record: Record) -> None:
        """Append a record (a build appends what its workers prepared: :meth:`append`)."""
        self.append(record.id, *serialise(record))

    def append(
        self,
        record_id: str,
        line: str,
        rows: dict[str, list[dict[str, Any]]],
        parser: str,
        coders: Iterable[str],
    ) -> None:
        """Append a record already serialised: its JSONL line and its rows of every view."""
        if record_id <= self.last_id:
            raise ValueError(f"records must come in id order: {record_id} after {self.last_id}")
        self.last_id = record_id
        if _opens_group(record_id, self.in_group):
            self._open_group()
        for view, out in self.parquet.items():
            out.add(rows[view])
            self.group_rows[view] += len(rows[view])
            self.rows[view] += len(rows[view])
        assert self.jsonl is not None
        self.jsonl.write(line)
        self.in_group += 1
        self.records += 1
        self.group_parsers.add(parser)
        self.group_coders.update(coders)
        self.parsers |= self.group_parsers
        self.coders |= self.group_coders

    def copy_group(
        self,
        files: Sequence[tuple[Path, str]],
        *,
        last_id: str,
        records: int,
        rows: dict[str, int],
        parsers: Sequence[str],
        coders: Sequence[str],
    ) -> None:
        """Add a whole shard group from a previous build: ``files`` are ``(path, sha256)`` in
        the order of :func:`group_files`; the rest is what writing its records would count."""
        if last_id <= self.last_id:
            raise ValueError(f"records must come in id order: {last_id} after {self.last_id}")
        self._close_group()
        self.group += 1
        for (source, digest), rel in zip(files, group_files(self.group), strict=True):
            _link_or_copy(source, self.folder / rel)
            self.digests[rel] = digest
        self.last_id = last_id
        self.records += records
        for view in VIEWS:
            self.rows[view] += rows[view]
        self.parsers.update(parsers)
        self.coders.update(coders)

    def close(self) -> None:
        if self.group < 0:
            self._open_group()  # an empty release still has one (empty, typed) file a view
        self._close_group()

    def manifest(self, *, version: str, inputs_digest: str, articles: int) -> dict[str, Any]:
        return {
            "name": "kzpolicy_data",
            "version": version,
            "schema_version": SCHEMA_VERSION,
            "parsers": sorted(self.parsers),
            "coders": sorted(self.coders),
            "inputs_digest": inputs_digest,
            # articles == records: a build publishes only when every article parsed.
            "counts": {"articles": articles, **self.rows},
            "shards": dict.fromkeys(VIEWS, self.group + 1),
        }

    def finish(self, manifest: dict[str, Any]) -> None:
        from .card import write_card, write_croissant

        (self.folder / "manifest.json").write_text(
            json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
            encoding="utf-8",
            newline="\n",
        )
        write_card(self.folder, manifest)
        write_croissant(self.folder, manifest)
        write_checksums(self.folder, self.digests)


def _link_or_copy(source: Path, target: Path) -> None:
    """Hard-link ``source`` (instant, no second copy on disk), or copy it across filesystems."""
    try:
        os.link(source, target, follow_symlinks=False)
    except OSError:
        shutil.copyfile(source, target, follow_symlinks=False)


def serialise(
    record: Record, data: dict[str, Any] | None = None
) -> tuple[str, dict[str, list[dict[str, Any]]], str, frozenset[str]]:
    """What :meth:`ReleaseWriter.append` takes after the id: the JSONL line, the rows of every
    view, the parser and the coders (``data``: :func:`record_data`)."""
    line = jsonl_line(record_data(record) if data is None else data)
    rows = {view: list(view_rows(record, view)) for view in VIEWS}
    parser = f"{record.provenance.parser.name} {record.provenance.parser.version}"
    return line, rows, parser, frozenset(f"{e.coder.name} {e.coder.version}" for e in record.events)


def record_data(record: Record) -> dict[str, Any]:
    """A record as JSON data, as the shards hold it: a null field is left out (schema 2.0: every
    nullable field defaults to null, so nothing is lost, and a third of a record's keys were
    nulls)."""
    return record.model_dump(mode="json", exclude_none=True)


def jsonl_line(data: dict[str, Any]) -> str:
    """A record's line in the JSONL shards (``data``: :func:`record_data`), compact."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
