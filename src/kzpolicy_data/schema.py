"""Generated files: the JSON Schemas in ``schema/`` and the field tables in the docs.

All of them are derived from the Pydantic models, written deterministically (sorted keys, fixed
indentation, ``\\n`` line ends), and checked for staleness by ``kzpolicy-data schema --check``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from .errors import SchemaStaleError
from .records import SCHEMA_VERSION, Record

__all__ = [
    "JSON_SCHEMA_DIALECT",
    "SCHEMA_BASE_URL",
    "check_generated",
    "error_message",
    "field_table",
    "generated_files",
    "json_schema",
    "record_schema",
    "write_generated",
]

JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_BASE_URL = "https://github.com/kzpolicy/kzpolicy_data/raw/main/schema/"


def json_schema(model: type[BaseModel], file_name: str, title: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a model, with ``$schema`` and ``$id`` set."""
    schema = model.model_json_schema(mode="validation")
    return {
        "$schema": JSON_SCHEMA_DIALECT,
        "$id": SCHEMA_BASE_URL + file_name,
        **{k: v for k, v in schema.items() if k != "title"},
        "title": title,
    }


@cache
def record_schema() -> dict[str, Any]:
    """The JSON Schema of one record, as committed in ``schema/record.schema.json``."""
    schema = json_schema(Record, "record.schema.json", f"kzpolicy_data record {SCHEMA_VERSION}")
    schema["x-schema-version"] = SCHEMA_VERSION
    return schema


def error_message(err: Any) -> str:
    """A jsonschema error as one short sentence: the branch that failed, not "any of"."""
    if err.validator == "anyOf" and err.context:
        real = [e for e in err.context if e.schema.get("type") != "null"]
        if real:
            err = real[0]
    if err.validator == "enum":
        allowed = err.validator_value
        shown = ", ".join(map(str, allowed[:6])) + (", ..." if len(allowed) > 6 else "")
        return f"{json.dumps(err.instance, ensure_ascii=False)} is not an allowed value ({shown})"
    if err.validator == "format":
        return f"{json.dumps(err.instance)} is not a valid {err.validator_value}"
    return str(err.message)[:200]


def _dump(schema: dict[str, Any]) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _ref_name(prop: dict[str, Any]) -> str:
    """A readable type for a JSON Schema property."""
    if "$ref" in prop:
        return str(prop["$ref"]).rsplit("/", 1)[-1]
    if "enum" in prop:
        values = [str(v) for v in prop["enum"]]
        return "enum" if len(values) > 8 else " \\| ".join(f"`{v}`" for v in values)
    if "anyOf" in prop:
        parts = [_ref_name(p) for p in prop["anyOf"] if p.get("type") != "null"]
        return " \\| ".join(parts) + (" or null" if len(parts) < len(prop["anyOf"]) else "")
    kind = prop.get("type", "any")
    if kind == "array":
        return f"list of {_ref_name(prop.get('items', {}))}"
    if "format" in prop:
        return f"{kind} ({prop['format']})"
    return str(kind)


def field_table(schema: dict[str, Any], root: str = "Record") -> str:
    """Markdown tables describing every object of a schema, field by field."""
    defs = dict(schema.get("$defs", {}))
    out: list[str] = []

    def table(name: str, obj: dict[str, Any]) -> None:
        required = set(obj.get("required", []))
        out.append(f"#### `{name}`\n")
        if obj.get("description"):
            out.append(" ".join(str(obj["description"]).split()) + "\n")
        out.append("| field | type | required | description |")
        out.append("|---|---|---|---|")
        for field, prop in obj.get("properties", {}).items():
            desc = " ".join(str(prop.get("description", "")).split()).replace("|", "\\|")
            req = "yes" if field in required else "no"
            out.append(f"| `{field}` | {_ref_name(prop)} | {req} | {desc} |")
        out.append("")

    table(root, schema)
    for name in sorted(defs):
        if defs[name].get("type") == "object":
            table(name, defs[name])
    return "\n".join(out)


# File (relative to the repository root) -> function that renders its generated content.
# Other modules register their generated files here (e.g. the curation schema).
_GENERATORS: dict[str, Callable[[], str]] = {
    "schema/record.schema.json": lambda: _dump(record_schema()),
}
# Docs with a generated block between these markers: file -> (block name, renderer).
_DOC_BLOCKS: dict[str, list[tuple[str, Callable[[], str]]]] = {
    "README.md": [("record-fields", lambda: field_table(record_schema()))],
}


def register_file(rel_path: str, render: Callable[[], str]) -> None:
    """Register a generated file (used by modules that own a schema of their own)."""
    _GENERATORS[rel_path] = render


def register_doc_block(rel_path: str, block: str, render: Callable[[], str]) -> None:
    """Register a generated block ``<!-- BEGIN GENERATED: block -->`` inside a doc file."""
    _DOC_BLOCKS.setdefault(rel_path, []).append((block, render))


def _replace_block(doc: str, block: str, content: str, path: str) -> str:
    pattern = re.compile(
        rf"(<!-- BEGIN GENERATED: {re.escape(block)} -->\n)(.*?)(<!-- END GENERATED: "
        rf"{re.escape(block)} -->)",
        re.S,
    )
    if not pattern.search(doc):
        raise SchemaStaleError(
            f"generated block {block!r} not found",
            path=path,
            hint=f"add '<!-- BEGIN GENERATED: {block} -->' and the END marker",
        )
    return pattern.sub(lambda m: m.group(1) + content.rstrip("\n") + "\n" + m.group(3), doc)


def generated_files(root: Path) -> dict[Path, str]:
    """Every generated file under ``root`` with the content it should have now."""
    _load_registrations()
    out = {root / rel: render() for rel, render in _GENERATORS.items()}
    for rel, blocks in _DOC_BLOCKS.items():
        path = root / rel
        doc = path.read_text("utf-8") if path.exists() else ""
        for block, render in blocks:
            doc = _replace_block(doc, block, render(), str(path))
        out[path] = doc
    return out


def _load_registrations() -> None:
    # Modules that own generated files register on import; import them all here.
    from importlib import import_module

    for name in ("curation", "card", "contributing"):
        try:
            import_module(f"kzpolicy_data.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"kzpolicy_data.{name}":
                raise


def write_generated(root: Path) -> list[Path]:
    """Write every generated file; return those that changed."""
    changed = []
    for path, content in generated_files(root).items():
        if not path.exists() or path.read_text("utf-8") != content:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content, encoding="utf-8", newline="\n")
            changed.append(path)
    return changed


def check_generated(root: Path) -> None:
    """Raise :class:`SchemaStaleError` naming every generated file that is stale."""
    stale = [
        p
        for p, content in generated_files(root).items()
        if not p.exists() or p.read_text("utf-8") != content
    ]
    if stale:
        names = ", ".join(str(p.relative_to(root)) for p in stale)
        raise SchemaStaleError(
            f"generated files are stale: {names}",
            path=str(stale[0]),
            hint="run `kzpolicy-data schema` and commit the result",
        )
