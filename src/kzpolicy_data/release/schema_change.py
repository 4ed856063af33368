"""Comparing records across a schema change: a release's schema version, and 1.x records
brought to the 2.0 shape so that ``diff`` and ``CHANGES.md`` compare what is comparable.

Schema 2.0.0 moved things without changing what they say (docs/MIGRATION-2.0.md): quotes and
turn texts are derived from the text, ``metadata.lead`` from its segment, ``metadata.license``
is ``metadata.text_license``, spans are ``[start, end]``, item ids are local to the record
(``t2``) and null fields are left out. A record
re-encoded that way is not a changed record; a field whose value changed still is.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..records import ANNOTATIONS_LICENSE, SCHEMA_VERSION, Record

__all__ = [
    "as_current",
    "moved_fields",
    "older_major",
    "read_records",
    "reencoded_only",
    "release_schema",
    "schema_change",
]


def release_schema(folder: Path) -> str | None:
    """The schema version of a release folder: its manifest's, or (a release being built has
    no manifest yet) its first record's; None if neither can be read."""
    try:
        manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    except (OSError, ValueError):
        manifest = None
    version = manifest.get("schema_version") if isinstance(manifest, dict) else None
    if version is None:
        for shard in sorted((folder / "jsonl").glob("records-*.jsonl"))[:1]:
            with shard.open("rb") as f:
                first = f.readline()
            version = json.loads(first).get("schema_version") if first.strip() else None
    return version if isinstance(version, str) else None


def schema_change(old: Path | None, new: Path) -> dict[str, str] | None:
    """``{"from": "1.1.0", "to": "2.0.0"}`` when two releases differ in schema, else None."""
    if old is None:
        return None
    before, after = release_schema(old), release_schema(new)
    if before == after or after is None:
        return None
    return {"from": before or "unknown", "to": after}


def moved_fields(change: dict[str, str]) -> str:
    """What ``diff`` and ``CHANGES.md`` add after saying the schema changed: for a change of
    major version, that records were compared in the new shape and where that is documented;
    nothing for a minor one (fields were added, nothing moved)."""
    major = change["to"].split(".")[0]
    if change["from"].split(".")[0] == major:
        return ""
    return (
        " (records compared after moving the old fields to where the new schema keeps them, "
        f"docs/MIGRATION-{major}.0.md; the fields listed changed in value)"
    )


def reencoded_only(change: dict[str, str]) -> str:
    """What a changed record whose fields all say what they said is listed with."""
    return f"re-encoded for schema {change['to']} only"


def _span(span: Any) -> Any:
    if isinstance(span, dict) and {"start", "end"} <= span.keys():
        return [span["start"], span["end"]]
    return span


def _without_nulls(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: _without_nulls(v) for k, v in data.items() if v is not None}
    if isinstance(data, list):
        return [_without_nulls(v) for v in data]
    return data


_ITEM_REFS = {"id", "speaker_id", "reply_to", "turn_id", "mention_id", "attributed_to"}


def _local_ids(data: Any, prefix: str) -> Any:
    """Item ids and references without the record id (2.0: `t2`, not `<record id>.t2`)."""
    if isinstance(data, dict):
        return {
            k: v.removeprefix(prefix)
            if k in _ITEM_REFS and isinstance(v, str)
            else _local_ids(v, prefix)
            for k, v in data.items()
        }
    if isinstance(data, list):
        return [_local_ids(v, prefix) for v in data]
    return data


def as_current(data: dict[str, Any]) -> dict[str, Any]:
    """A record's JSON in the 2.x shape, for comparison (a 2.x record comes back unchanged but
    for null fields, which 2.x leaves out). Not a validated record: only what moved is moved."""
    out = json.loads(json.dumps(data))  # a deep copy: the caller's data stays as it was
    if str(out.get("schema_version", "2")).startswith("1."):
        meta = out.get("metadata", {})
        meta.pop("lead", None)  # the lead segment's text: derived in 2.0
        if "license" in meta:
            meta["text_license"] = meta.pop("license")
        meta.setdefault("annotations_license", ANNOTATIONS_LICENSE)
        meta["curated"] = ["text_license" if c == "license" else c for c in meta.get("curated", [])]
        for seg in out.get("segments", []):
            seg["span"] = _span(seg["span"])
        for turn in out.get("turns", []):
            turn.pop("text", None)
            turn["span"] = _span(turn["span"])
            turn["paragraphs"] = [_span(p) for p in turn.get("paragraphs", [])]
        for mention in out.get("mentions", []):
            mention["span"] = _span(mention["span"])
        for event in out.get("events", []):
            for ev in event.get("evidence", []):
                ev["span"] = _span(ev["span"])
        # The version is what the diff reports as the schema change, not a change per record.
        out["schema_version"] = None
        out = {k: v if k == "id" else _local_ids(v, f"{out.get('id')}.") for k, v in out.items()}
    elif "schema_version" in out:
        out["schema_version"] = None
    result: dict[str, Any] = _without_nulls(out)
    return result


def older_major(folder: Path) -> bool:
    """Whether a release folder was written with an older major schema than this one (1.x):
    its files have another shape, and its records are read through :func:`as_current`."""
    version = release_schema(folder)
    major = int(SCHEMA_VERSION.split(".")[0])
    return version is not None and int(version.split(".")[0]) < major


def read_records(folder: Path) -> Iterator[Record]:
    """Every record of a release folder, fully validated; a release of an older major schema
    (1.x) is read by moving its fields to where this schema keeps them first."""
    older = older_major(folder)
    for shard in sorted((folder / "jsonl").glob("records-*.jsonl")):
        with shard.open("rb") as f:
            for line in f:
                if older:
                    yield Record.model_validate(as_current(json.loads(line)))
                else:
                    yield Record.model_validate_json(line)
