"""The trusted typed-loading path: records of a verified release, without the Python checks.

``Record.model_validate_json`` runs pydantic's compiled validation (types, enums, dates, id
patterns) and then our Python validators: every span against the text, id prefixes, dates in
order, country codes. Those are checks that return their input unchanged, and every record of a
release passed them when it was built. Once ``SHA256SUMS`` has been verified, the bytes are the
ones the build wrote, so :func:`trusted_records` skips the Python validators and keeps the rest:
it builds the same :class:`Record` objects (tested against the validated path) about 15% faster.
It is used only for releases written with the installed schema version.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from pydantic_core import SchemaValidator

from ..records import Record

__all__ = ["trusted_records", "trusted_validator"]

_PYTHON_VALIDATORS = ("function-after", "function-before", "function-plain", "function-wrap")


def _without_python_validators(schema: Any) -> Any:
    if isinstance(schema, dict):
        if schema.get("type") in _PYTHON_VALIDATORS and "schema" in schema:
            inner = _without_python_validators(schema["schema"])
            # the wrapper may carry the definition's reference; the inner schema takes it over
            return {**inner, "ref": schema["ref"]} if "ref" in schema else inner
        return {k: _without_python_validators(v) for k, v in schema.items()}
    if isinstance(schema, list):
        return [_without_python_validators(v) for v in schema]
    return schema


@cache
def trusted_validator() -> SchemaValidator:
    """A validator of :class:`Record` JSON without the Python validators (compiled once)."""
    return SchemaValidator(_without_python_validators(Record.__pydantic_core_schema__))


def trusted_records(shards: list[Path]) -> Iterator[Record]:
    """Records of verified JSONL shards, in order, through :func:`trusted_validator`."""
    validate = trusted_validator().validate_json
    for shard in shards:
        with shard.open("rb") as f:
            for line in f:
                record: Record = validate(line)
                yield record
