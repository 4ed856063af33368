"""Generated files: the JSON Schemas in ``schema/`` and the field tables in the docs.

All of them are derived from the Pydantic models, written deterministically (sorted keys, fixed
indentation, ``\\n`` line ends), and checked for staleness by ``kzpolicy-data schema --check``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

from ..errors import SchemaStaleError
from ..schema import dump_schema, field_table, record_schema
from ..source.curation import render_schema

__all__ = ["check_generated", "curation_fields", "generated_files", "write_generated"]


def curation_fields() -> str:
    """Markdown tables of every field a curation file may hold (CONTRIBUTING.md)."""
    return field_table(json.loads(render_schema()), root="Curation")


_GENERATORS: dict[str, Callable[[], str]] = {
    "schema/record.schema.json": lambda: dump_schema(record_schema()),
    "schema/curation.schema.json": render_schema,
}
# Docs with a generated block between these markers: file -> (block name, renderer).
_DOC_BLOCKS: dict[str, list[tuple[str, Callable[[], str]]]] = {
    "README.md": [("record-fields", lambda: field_table(record_schema()))],
    "CONTRIBUTING.md": [("curation-fields", curation_fields)],
}


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
    out = {root / rel: render() for rel, render in _GENERATORS.items()}
    for rel, blocks in _DOC_BLOCKS.items():
        path = root / rel
        doc = path.read_text("utf-8") if path.exists() else ""
        for block, render in blocks:
            doc = _replace_block(doc, block, render(), str(path))
        out[path] = doc
    return out


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
