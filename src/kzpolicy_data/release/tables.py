"""Typed tables: the Arrow schemas of the release files and the flat views, from the models.

The record table mirrors the nested record (derived from the JSON Schema of the pydantic
models, never inferred from data, so an all-null or all-empty column keeps its type). The views
are flat tables for the questions ML engineers ask: one row per turn, question-answer pairs, one
row per event.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import pyarrow as pa

from ..records import Metadata, Record
from ..schema import record_schema

__all__ = [
    "VIEWS",
    "arrow_schema",
    "hf_features_yaml",
    "record_row",
    "rows_to_table",
    "text_licence",
    "view_rows",
    "view_schema",
]

VIEWS = ("records", "turns", "qa_pairs", "events")


def _arrow_type(prop: dict[str, Any], defs: dict[str, Any]) -> pa.DataType:
    if "$ref" in prop:
        return _arrow_type(defs[prop["$ref"].rsplit("/", 1)[-1]], defs)
    if "anyOf" in prop:
        options = [p for p in prop["anyOf"] if p.get("type") != "null"]
        if len(options) != 1:
            raise TypeError(f"cannot map a union of {len(options)} types to Arrow: {prop}")
        return _arrow_type(options[0], defs)
    kind = prop.get("type")
    if kind == "object" or "properties" in prop:
        return pa.struct(
            [pa.field(k, _arrow_type(v, defs)) for k, v in prop.get("properties", {}).items()]
        )
    if kind == "array" and "prefixItems" in prop:  # a Span: [start, end]
        types = {_arrow_type(p, defs) for p in prop["prefixItems"]}
        if len(types) != 1:
            raise TypeError(f"cannot map a tuple of {len(types)} types to Arrow: {prop}")
        return pa.list_(types.pop())
    if kind == "array":
        return pa.list_(_arrow_type(prop["items"], defs))
    if kind == "string" or "enum" in prop:
        # Dates stay typed (date32) so DuckDB, Polars and datasets see a DATE, not a string.
        return pa.date32() if prop.get("format") == "date" else pa.string()
    if kind == "integer":
        return pa.int64()
    if kind == "number":
        return pa.float64()
    if kind == "boolean":
        return pa.bool_()
    raise TypeError(f"no Arrow type for JSON Schema {prop}")


def arrow_schema() -> pa.Schema:
    """Arrow schema of the records table, generated from the record model."""
    schema = record_schema()
    defs = schema.get("$defs", {})
    return pa.schema([pa.field(k, _arrow_type(v, defs)) for k, v in schema["properties"].items()])


_S, _I, _D = pa.string(), pa.int64(), pa.date32()

_VIEW_SCHEMAS: dict[str, pa.Schema] = {
    "turns": pa.schema(
        [
            ("record_id", _S),
            ("turn_id", _S),
            ("n", _I),
            ("kind", _S),
            ("speaker_id", _S),
            ("speaker_name", _S),
            ("speaker_role", _S),
            ("reply_to", _S),
            ("text", _S),
            ("in_language", _S),
            ("date_published", _D),
            ("publisher", _S),
            ("text_license", _S),
        ]
    ),
    "qa_pairs": pa.schema(
        [
            ("record_id", _S),
            ("question_id", _S),
            ("answer_id", _S),
            ("question", _S),
            ("answer", _S),
            ("interviewee", _S),
            ("in_language", _S),
            ("date_published", _D),
            ("text_license", _S),
        ]
    ),
    "events": pa.schema(
        [
            ("record_id", _S),
            ("event_id", _S),
            ("event_type", _S),
            ("modality", _S),
            ("mode", _S),
            ("context", pa.list_(_S)),
            ("source_codes", pa.list_(_S)),
            ("recipient_codes", pa.list_(_S)),
            ("date_text", _S),
            ("date_not_before", _D),
            ("date_not_after", _D),
            ("date_resolution", _S),
            ("attributed_to", _S),
            ("attributed_name", _S),
            ("evidence", pa.list_(_S)),
            ("confidence", pa.float64()),
            ("coder", _S),
            ("catalogue_id", _S),
            ("in_language", _S),
            ("date_published", _D),
            ("text_license", _S),
        ]
    ),
}


def view_schema(view: str) -> pa.Schema:
    """Arrow schema of a view (``records``, ``turns``, ``qa_pairs`` or ``events``)."""
    if view == "records":
        return arrow_schema()
    try:
        return _VIEW_SCHEMAS[view]
    except KeyError:
        raise ValueError(f"unknown view {view!r}: expected one of {', '.join(VIEWS)}") from None


def text_licence(meta: Metadata) -> str | None:
    """The publisher's licence (or permission note) of the article's text, which every row
    of every view carries so that users can filter by it; the annotations are ours."""
    return meta.text_license


def record_row(record: Record) -> dict[str, Any]:
    """A record as a row of the records table (dates as ``datetime.date``)."""
    return record.model_dump(mode="python")


def view_rows(record: Record, view: str) -> Iterator[dict[str, Any]]:
    """Rows of a flat view for one record."""
    meta = record.metadata
    common = {"in_language": meta.in_language.value, "date_published": meta.date_published}
    licence = {"text_license": text_licence(meta)}
    speakers = {s.id: s for s in record.speakers}
    g = record.global_id  # a view's ids name items across records: `<record id>.t2`
    if view == "records":
        yield record_row(record)
    elif view == "turns":
        for t in record.turns:
            sp = speakers.get(t.speaker_id or "")
            yield {
                "record_id": record.id,
                "turn_id": g(t.id),
                "n": t.n,
                "kind": t.kind.value,
                "speaker_id": g(t.speaker_id),
                "speaker_name": sp.name if sp else None,
                "speaker_role": sp.interview_role.value if sp else None,
                "reply_to": g(t.reply_to),
                "text": record.turn_text(t),
                **common,
                "publisher": meta.publisher.name if meta.publisher else None,
                **licence,
            }
    elif view == "qa_pairs":
        by_id = {t.id: t for t in record.turns}
        for t in record.turns:
            question = by_id.get(t.reply_to or "")
            if t.kind.value != "answer" or question is None:
                continue
            sp = speakers.get(t.speaker_id or "")
            yield {
                "record_id": record.id,
                "question_id": g(question.id),
                "answer_id": g(t.id),
                "question": record.turn_text(question),
                "answer": record.turn_text(t),
                "interviewee": sp.name if sp else None,
                **common,
                **licence,
            }
    elif view == "events":
        for e in record.events:
            sp = speakers.get(e.attributed_to or "")
            yield {
                "record_id": record.id,
                "event_id": g(e.id),
                "event_type": e.event_type.value,
                "modality": e.modality.value,
                "mode": e.mode,
                "context": [c.value for c in e.context],
                "source_codes": [a.code for a in e.source],
                "recipient_codes": [a.code for a in e.recipient],
                "date_text": e.date.text,
                "date_not_before": e.date.not_before,
                "date_not_after": e.date.not_after,
                "date_resolution": e.date.resolution.value,
                "attributed_to": g(e.attributed_to),
                "attributed_name": sp.name if sp else None,
                "evidence": [record.quote(ev.span) for ev in e.evidence],
                "confidence": e.confidence,
                "coder": f"{e.coder.name} {e.coder.version}",
                "catalogue_id": e.catalogue_id,
                **common,
                **licence,
            }
    else:
        raise ValueError(f"unknown view {view!r}: expected one of {', '.join(VIEWS)}")


def rows_to_table(rows: Iterable[dict[str, Any]], view: str) -> pa.Table:
    """Rows of a view as an Arrow table with the declared schema."""
    return pa.Table.from_pylist(list(rows), schema=view_schema(view))


def _yaml_feature(name: str | None, dtype: pa.DataType) -> Any:
    if pa.types.is_struct(dtype):
        inner = [_yaml_feature(f.name, f.type) for f in dtype]
        return {"name": name, "struct": inner} if name is not None else inner
    if pa.types.is_list(dtype):
        inner = _yaml_feature(None, dtype.value_type)
        return {"name": name, "list": inner} if name is not None else {"list": inner}
    value = {
        pa.string(): "string",
        pa.int64(): "int64",
        pa.float64(): "float64",
        pa.bool_(): "bool",
        pa.date32(): "date32",
    }[dtype]
    return {"name": name, "dtype": value} if name is not None else value


def hf_features_yaml(view: str) -> list[Any]:
    """``dataset_info.features`` of a view, in the Hugging Face card's YAML form."""
    return [_yaml_feature(f.name, f.type) for f in view_schema(view)]
