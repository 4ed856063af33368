"""Which fields of a record changed between two releases, for ``diff`` and ``CHANGES.md``.

Records are compared as the JSON their releases hold (not as typed models), so a diff across a
schema change still works: a field the new schema dropped or added shows up as changed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .schema_change import as_current

__all__ = ["changed_fields", "field_paths"]

_MISSING = object()


def field_paths(old: Any, new: Any, path: str = "") -> set[str]:
    """Dotted paths of what differs: ``metadata.headline``, ``events[].modality`` (``[]``: an
    item of a list, matched by ``id`` when its items have one, else by position); a list whose
    items were added or removed is named whole, and paths stop at two levels
    (``events[].evidence``) so that a list of changes stays readable."""
    return {_trim(p) for p in _paths(old, new, path)}


def _trim(path: str) -> str:
    return ".".join(path.split(".")[:2]).removesuffix("[]")


def _ids(items: list[Any]) -> list[Any] | None:
    ids = [i.get("id") if isinstance(i, dict) else None for i in items]
    return ids if None not in ids and len(set(ids)) == len(ids) else None


def _paths(old: Any, new: Any, path: str) -> set[str]:
    if old == new:
        return set()
    if isinstance(old, dict) and isinstance(new, dict):
        out: set[str] = set()
        for key in sorted(old.keys() | new.keys()):
            sub = f"{path}.{key}" if path else key
            out |= _paths(old.get(key, _MISSING), new.get(key, _MISSING), sub)
        return out
    if isinstance(old, list) and isinstance(new, list):
        old_ids, new_ids = _ids(old), _ids(new)
        if old_ids is not None and new_ids is not None:
            if set(old_ids) != set(new_ids):
                return {path}
            by_id = dict(zip(old_ids, old, strict=True))
            pairs = [(by_id[i], item) for i, item in zip(new_ids, new, strict=True)]
        elif len(old) == len(new):
            pairs = list(zip(old, new, strict=True))
        else:
            return {path}
        return set().union(*(_paths(a, b, f"{path}[]") for a, b in pairs))
    return {path}


def _records(folder: Path, ids: set[str]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for shard in sorted((folder / "jsonl").glob("records-*.jsonl")):
        with shard.open("rb") as f:
            for line in f:
                data = json.loads(line)
                if data.get("id") in ids:
                    found[data["id"]] = data
    return found


def changed_fields(old: Path, new: Path, ids: Iterable[str]) -> dict[str, list[str]]:
    """For each id (a record in both releases), the sorted paths of its changed fields."""
    wanted = set(ids)
    if not wanted:
        return {}
    # Both sides in the current schema's shape: a record only re-encoded by a schema change
    # (quotes derived, spans as arrays, nulls left out) has no changed field.
    before = {k: as_current(v) for k, v in _records(old, wanted).items()}
    after = {k: as_current(v) for k, v in _records(new, wanted).items()}
    return {
        rid: sorted(field_paths(before.get(rid), after.get(rid)))
        for rid in sorted(wanted)
        if rid in before and rid in after
    }
