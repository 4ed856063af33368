"""Shard reuse: what a build wrote, so the next build copies every shard group that is unchanged.

A group's key is the sha256 of the code and format versions and, for each of its articles, the
file name and the parse cache key (raw bytes + curation bytes + parser and coder versions). A
build with a parse cache records, for every group of the folder it wrote, the key, the files'
digests and ``stat`` identity, and what the build counted for the group (records, rows per
view, parsers, coders, the report's counters, the text digests, sketches and URLs for the
corpus rules). The
state lives in the cache folder (``builds/<digest of the output path>.json``), never in the
release. A group is reused only if its key is unchanged and every file of it is still the
regular file the state describes (same inode, size and mtime): anything else is written again.
A missing or damaged state means a clean build; the output is byte-identical either way.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, field_validator

from .._version import __version__
from ..errors import KzPolicyError
from ..records import SCHEMA_VERSION
from ..release.writer import GROUP_RECORDS, MAX_GROUP, ROW_GROUP, group_files, group_starts
from .checks import unpack_sketch

__all__ = ["STATE_FORMAT", "GroupState", "PlannedGroup", "ShardState", "group_key", "plan_groups"]

STATE_FORMAT = 3  # 2: sketches packed (checks.pack_sketch); 3: URLs kept


def group_key(names: Sequence[str], keys: Sequence[str | None], versions: str) -> str | None:
    """The identity of a shard group's inputs (None if an article could not be read)."""
    h = hashlib.sha256(
        f"{STATE_FORMAT};{__version__};{SCHEMA_VERSION};{GROUP_RECORDS};{MAX_GROUP};{ROW_GROUP};"
        f"{versions}".encode()
    )
    for name, key in zip(names, keys, strict=True):
        if key is None:
            return None
        h.update(f"\0{name}\0{key}".encode())
    return h.hexdigest()


class GroupState(BaseModel):
    """What a build wrote for one shard group, and what it counted."""

    key: str
    index: int = Field(ge=0)
    ids: list[str]
    texts: list[str]  # sha256 of each record's text (the exact-duplicate check)
    sketches: list[str]  # each record's text sketch, packed (the near-duplicate check)
    urls: list[str | None]  # each record's URL (one article per URL)
    rows: dict[str, int]
    parsers: list[str]
    coders: list[str]
    counts: dict[str, Any]  # the build report's counters for these records
    files: list[tuple[str, int, int, int]] = []  # sha256, inode, size, mtime_ns

    @field_validator("sketches")
    @classmethod
    def _packed(cls, value: list[str]) -> list[str]:
        for packed in value:  # a damaged state is ignored on load, not met halfway through
            unpack_sketch(packed)
        return value

    def sources(self, out_dir: Path) -> list[tuple[Path, str]] | None:
        """The group's files in ``out_dir`` with their digests, if all are as written."""
        rels = group_files(self.index)
        if len(self.files) != len(rels):
            return None
        found = []
        for rel, (digest, ino, size, mtime) in zip(rels, self.files, strict=True):
            path = out_dir / rel
            try:
                st = os.lstat(path)
            except OSError:
                return None
            if not stat.S_ISREG(st.st_mode) or (st.st_ino, st.st_size, st.st_mtime_ns) != (
                ino,
                size,
                mtime,
            ):
                return None  # replaced, edited, or a symlink: write the group again
            found.append((path, digest))
        return found

    def stamp(self, out_dir: Path, digests: dict[str, str]) -> None:
        """Record the ``stat`` identity of the group's files in their final folder."""
        self.files = []
        for rel in group_files(self.index):
            st = os.lstat(out_dir / rel)
            self.files.append((digests[rel], st.st_ino, st.st_size, st.st_mtime_ns))


class ShardState:
    """The groups of the last build of one output folder, kept in the cache folder."""

    def __init__(self, cache: Path, out_dir: Path) -> None:
        where = hashlib.sha256(str(out_dir.resolve()).encode()).hexdigest()[:24]
        self.path = cache / "builds" / f"{where}.json"
        self.groups: dict[str, GroupState] = {}

    def load(self) -> ShardState:
        """Read the state; an unreadable, damaged or older one is ignored (a clean build)."""
        try:
            if self.path.is_symlink():
                return self
            data = json.loads(self.path.read_bytes())
            if data.get("format") != STATE_FORMAT:
                return self
            for raw in data["groups"]:
                group = GroupState.model_validate(raw)
                self.groups[group.key] = group
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            self.groups = {}
        return self

    def save(self, groups: list[GroupState]) -> None:
        """Replace the state atomically; a state that cannot be written only costs time."""
        data = {"format": STATE_FORMAT, "groups": [g.model_dump() for g in groups]}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(data, f, separators=(",", ":"))
            os.replace(tmp, self.path)
        except OSError:
            pass


@dataclass
class PlannedGroup:
    """A shard group of the build: its raw files, its key, and what to reuse of it."""

    paths: list[Path]
    key: str | None
    reuse: GroupState | None = None
    sources: list[tuple[Path, str]] | None = None


def plan_groups(
    paths: list[Path], state: ShardState | None, out_dir: Path, versions: str | None
) -> list[PlannedGroup]:
    """The shard groups of ``paths``, each marked for reuse if the last build has it intact."""
    from .cache import cache_key, code_versions

    starts = group_starts([p.stem for p in paths])
    versions = versions if isinstance(versions, str) else code_versions()
    groups = []
    for start, end in zip(starts, [*starts[1:], len(paths)], strict=True):
        chunk = paths[start:end]
        key = None
        if state is not None:
            key = group_key(
                [p.name for p in chunk],
                [_read_key(cache_key, p, versions) for p in chunk],
                versions,
            )
        group = PlannedGroup(chunk, key)
        old = state.groups.get(key) if state is not None and key is not None else None
        if old is not None and old.ids == [p.stem for p in chunk]:
            group.sources = old.sources(out_dir)
            group.reuse = old if group.sources is not None else None
        groups.append(group)
    return groups


def _read_key(cache_key: Callable[[Path, str], str], path: Path, versions: str) -> str | None:
    try:
        return cache_key(path, versions)
    except (OSError, KzPolicyError):
        return None  # unreadable: the parser reports it
