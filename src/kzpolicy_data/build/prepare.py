"""Prepare: a parsed record made ready to write, where it was parsed.

A build's workers (local processes or Dask workers) parse, and then also check and serialise
each record: its schema and record-level problems, its JSONL line, its rows of every Parquet
view, its text digest and sketch for the corpus rules. The process that writes the release,
the one part of a build that does not spread over workers, then only runs the corpus-wide
rules and appends bytes and rows: it keeps up with more workers, and it never unpickles a
record's object graph.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from array import array
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ..errors import KzPolicyError, ValidationFailed
from ..records import Record
from ..release.writer import record_data, serialise
from ..schema import SchemaValidator, schema_validator
from .checks import record_problems, sketch

__all__ = ["Prepared", "Preparer", "prepare"]


@dataclass(frozen=True)
class Prepared:
    """What writing a record and checking it against the corpus need, and nothing else."""

    id: str
    line: str  # the JSONL line, newline included
    rows: dict[str, list[dict[str, Any]]]  # rows of each Parquet view
    digest: str  # sha256 of the text (exact duplicates)
    sketch: array[int]  # the text's sketch (near duplicates)
    problems: list[KzPolicyError]  # schema and record-level rules
    counts: dict[str, Any]  # the record's share of the build report
    parser: str  # "name version"
    coders: frozenset[str]
    url: str | None = None  # one article per URL


def report_counts(record: Record) -> dict[str, Any]:
    """The record's share of a build report (``BuildReport.merge`` adds these up)."""
    meta = record.metadata
    events: dict[str, int] = {}
    for e in record.events:
        events[e.event_type.value] = events.get(e.event_type.value, 0) + 1
    warnings: dict[str, int] = {}
    for f in record.flags:
        warnings[f.code] = warnings.get(f.code, 0) + 1
    return {
        "articles": 1,
        "turns": len(record.turns),
        "speakers": len(record.speakers),
        "events_by_type": events,
        "languages": {meta.in_language.value: 1},
        "genres": {meta.genre.value: 1},
        "warnings": warnings,
    }


def prepare(record: Record, path: Path, validator: SchemaValidator, today: dt.date) -> Prepared:
    """Check and serialise one record (see the module's docstring)."""
    data = record_data(record)
    problems: list[KzPolicyError] = [
        ValidationFailed(f"schema: {message[:300]}", path=path, json_path=where)
        for where, message in validator.errors(data)
    ]
    problems.extend(record_problems(path, record, today, require_date=False))
    line, rows, parser, coders = serialise(record, data)
    return Prepared(
        id=record.id,
        line=line,
        rows=rows,
        digest=hashlib.sha256(record.text.encode()).hexdigest(),
        sketch=sketch(record.text),
        problems=problems,
        counts=report_counts(record),
        parser=parser,
        coders=coders,
        url=record.metadata.url,
    )


@cache
def _validator(root: Path) -> SchemaValidator:
    return schema_validator(root)


@dataclass(frozen=True)
class Preparer:
    """A picklable parse-then-prepare function for a build's workers (``root``: absolute, as a
    worker may run elsewhere; ``today``: the build's, so every worker judges dates alike)."""

    parse: Callable[[Path], Record | KzPolicyError]
    root: Path
    today: dt.date

    def __call__(self, path: Path) -> Prepared | KzPolicyError:
        result = self.parse(path)
        if isinstance(result, KzPolicyError):
            return result
        return prepare(result, path, _validator(self.root), self.today)
