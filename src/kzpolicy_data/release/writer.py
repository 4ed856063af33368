"""Streaming writer of a release folder: sharded Parquet per view, JSONL, card, checksums.

Layout of a release folder::

    README.md                 Hugging Face dataset card (YAML configs + features)
    croissant.json            MLCommons Croissant metadata
    manifest.json             versions, counts, digest of the inputs (no timestamps)
    SHA256SUMS                sha256 of every other file (sha256sum format)
    data/<view>/part-NNNNN.parquet   canonical, typed (views: records, turns, qa_pairs, events)
    jsonl/records-NNNNN.jsonl        readable copy: UTF-8, one record a line, sorted by id

Shards are bounded by row count, so memory and file sizes stay bounded whatever the corpus size.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from .._version import __version__
from ..records import SCHEMA_VERSION, Record
from .tables import VIEWS, view_rows, view_schema

__all__ = ["CHECKSUMS", "ReleaseWriter", "file_sha256", "write_checksums"]

CHECKSUMS = "SHA256SUMS"
ROW_GROUP = 1_000  # rows buffered before a Parquet row group is flushed
SHARD_ROWS = {"records": 20_000, "turns": 200_000, "qa_pairs": 100_000, "events": 200_000}
JSONL_SHARD_RECORDS = 20_000


def file_sha256(path: Path) -> str:
    """Hex sha256 of a file, read in chunks."""
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def write_checksums(folder: Path) -> None:
    """Write ``SHA256SUMS`` for every file of ``folder`` (sorted, POSIX paths)."""
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.name != CHECKSUMS)
    lines = [f"{file_sha256(p)}  {p.relative_to(folder).as_posix()}\n" for p in files]
    (folder / CHECKSUMS).write_text("".join(lines), encoding="utf-8", newline="\n")


class _ShardedParquet:
    def __init__(self, folder: Path, view: str) -> None:
        self.folder = folder / "data" / view
        self.folder.mkdir(parents=True, exist_ok=True)
        self.view = view
        self.schema = view_schema(view)
        self.buffer: list[dict[str, Any]] = []
        self.writer: pq.ParquetWriter | None = None
        self.shard = 0
        self.in_shard = 0
        self.rows = 0

    def _open(self) -> pq.ParquetWriter:
        path = self.folder / f"part-{self.shard:05d}.parquet"
        # Fixed options so the same rows give the same bytes.
        return pq.ParquetWriter(
            path, self.schema, compression="zstd", use_dictionary=True, write_statistics=True
        )

    def add(self, rows: list[dict[str, Any]]) -> None:
        self.buffer.extend(rows)
        if len(self.buffer) >= ROW_GROUP:
            self.flush()

    def flush(self) -> None:
        while self.buffer:
            if self.writer is None:
                self.writer = self._open()
            room = SHARD_ROWS[self.view] - self.in_shard
            chunk, self.buffer = self.buffer[:room], self.buffer[room:]
            self.writer.write_table(pa.Table.from_pylist(chunk, schema=self.schema))
            self.in_shard += len(chunk)
            self.rows += len(chunk)
            if self.in_shard >= SHARD_ROWS[self.view]:
                self._next_shard()

    def _next_shard(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.writer = None
        self.shard += 1
        self.in_shard = 0

    def close(self) -> None:
        self.flush()
        if self.writer is None and self.shard == 0:
            self.writer = self._open()  # an empty view still has one (empty, typed) file
        if self.writer is not None:
            self.writer.close()
            self.writer = None


class ReleaseWriter:
    """Writes records as they come; ``close`` then ``finish`` complete the folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.parquet = {view: _ShardedParquet(folder, view) for view in VIEWS}
        (folder / "jsonl").mkdir(parents=True, exist_ok=True)
        self.jsonl: IO[str] | None = None
        self.records = 0
        self.parsers: set[str] = set()
        self.coders: set[str] = set()
        self.last_id = ""

    def write(self, record: Record) -> None:
        if record.id <= self.last_id:
            raise ValueError(f"records must come in id order: {record.id} after {self.last_id}")
        self.last_id = record.id
        for view, out in self.parquet.items():
            out.add(list(view_rows(record, view)))
        if self.records % JSONL_SHARD_RECORDS == 0:
            if self.jsonl is not None:
                self.jsonl.close()
            shard = self.records // JSONL_SHARD_RECORDS
            path = self.folder / "jsonl" / f"records-{shard:05d}.jsonl"
            self.jsonl = path.open("w", encoding="utf-8", newline="\n")
        assert self.jsonl is not None
        self.jsonl.write(_jsonl_line(record))
        self.records += 1
        self.parsers.add(f"{record.provenance.parser.name} {record.provenance.parser.version}")
        self.coders.update(f"{e.coder.name} {e.coder.version}" for e in record.events)

    def close(self) -> None:
        for out in self.parquet.values():
            out.close()
        if self.jsonl is not None:
            self.jsonl.close()

    def manifest(self, *, version: str, inputs_digest: str, articles: int) -> dict[str, Any]:
        return {
            "name": "kzpolicy_data",
            "version": version,
            "schema_version": SCHEMA_VERSION,
            "package_version": __version__,
            "parsers": sorted(self.parsers),
            "coders": sorted(self.coders),
            "inputs_digest": inputs_digest,
            # articles == records: a build publishes only when every article parsed.
            "counts": {"articles": articles, **{v: o.rows for v, o in self.parquet.items()}},
            "shards": {v: len(list(o.folder.glob("*.parquet"))) for v, o in self.parquet.items()},
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
        write_checksums(self.folder)


def _jsonl_line(record: Record) -> str:
    return json.dumps(record.model_dump(mode="json"), ensure_ascii=False, sort_keys=True) + "\n"
