"""The trusted typed-loading path: records of a verified release, without the Python checks.

``Record.model_validate_json`` runs pydantic's compiled validation (types, enums, dates, id
patterns) and then our Python validators: every span against the text, id prefixes, dates in
order, country codes. Those are checks that return their input unchanged, and every record of a
release passed them when it was built. Once ``SHA256SUMS`` has been verified, the bytes are the
ones the build wrote, so :func:`trusted_records` skips the Python validators and the
constraints (patterns, lengths, bounds: checks that never change a value) and keeps the rest
(types, enums, dates, the model classes): it builds the same :class:`Record` objects (tested
against the validated path) about 1.5 times as fast; a ``Span`` (a named tuple) is built by
``tuple.__new__`` without a Python call.
It is used only for releases written with the installed schema version.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache, partial
from pathlib import Path
from typing import Any

from pydantic_core import SchemaValidator

from ..records import Record

__all__ = ["trusted_records", "trusted_validator"]

_PYTHON_VALIDATORS = ("function-after", "function-before", "function-plain", "function-wrap")
# Constraints only ever reject a value, never change it: a verified record passed them all.
_CONSTRAINTS = {
    "str": {"pattern", "min_length", "max_length"},
    "int": {"ge", "gt", "le", "lt"},
    "float": {"ge", "gt", "le", "lt"},
    "list": {"min_length", "max_length"},
}


def _named_tuple(schema: dict[str, Any]) -> dict[str, Any]:
    """A named tuple (a ``Span``) built by ``tuple.__new__`` from a JSON array: the same value
    as pydantic's, which calls the class's Python ``__new__`` (a fifth of a record's load)."""
    items = [_without_python_validators(f["schema"]) for f in schema["fields"]]
    build = {"type": "no-info", "function": partial(tuple.__new__, schema["cls"])}
    out = {
        "type": "function-after",
        "function": build,
        "schema": {"type": "tuple", "items_schema": items},
    }
    return {**out, "ref": schema["ref"]} if "ref" in schema else out


def _without_python_validators(schema: Any) -> Any:
    if isinstance(schema, dict):
        if schema.get("type") == "named-tuple":
            return _named_tuple(schema)
        if schema.get("type") in _PYTHON_VALIDATORS and "schema" in schema:
            inner = _without_python_validators(schema["schema"])
            # the wrapper may carry the definition's reference; the inner schema takes it over
            return {**inner, "ref": schema["ref"]} if "ref" in schema else inner
        kind = schema.get("type")  # a dict, not a str, in a mapping of fields named "type"
        dropped = _CONSTRAINTS.get(kind, set()) if isinstance(kind, str) else set()
        return {k: _without_python_validators(v) for k, v in schema.items() if k not in dropped}
    if isinstance(schema, list):
        return [_without_python_validators(v) for v in schema]
    return schema


def _models(schema: Any) -> set[type]:
    """The model classes a core schema builds."""
    found: set[type] = set()
    if isinstance(schema, dict):
        if schema.get("type") == "model" and isinstance(schema.get("cls"), type):
            found.add(schema["cls"])
        for value in schema.values():
            found |= _models(value)
    elif isinstance(schema, list):
        for value in schema:
            found |= _models(value)
    return found


@cache
def trusted_validator() -> SchemaValidator:
    """A validator of :class:`Record` JSON without the Python validators (compiled once)."""
    schema = _without_python_validators(Record.__pydantic_core_schema__)
    # pydantic-core reuses a complete model's own validator for a nested model (with all its
    # checks): mark the models incomplete while compiling, so it compiles the schema given.
    models = sorted(_models(schema), key=lambda cls: cls.__qualname__)
    complete = {cls: cls.__dict__.get("__pydantic_complete__") for cls in models}
    try:
        for cls in models:
            type.__setattr__(cls, "__pydantic_complete__", False)
        return SchemaValidator(schema)
    finally:
        for cls, value in complete.items():
            type.__setattr__(cls, "__pydantic_complete__", value)


def trusted_records(shards: list[Path]) -> Iterator[Record]:
    """Records of verified JSONL shards, in order, through :func:`trusted_validator`."""
    validate = trusted_validator().validate_json
    for shard in shards:
        with shard.open("rb") as f:
            for line in f:
                record: Record = validate(line)
                yield record
