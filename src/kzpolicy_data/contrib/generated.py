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

__all__ = [
    "check_generated",
    "curation_fields",
    "generated_files",
    "release_summary",
    "write_generated",
]


def curation_fields() -> str:
    """Markdown tables of every field a curation file may hold (CONTRIBUTING.md)."""
    return field_table(json.loads(render_schema()), root="Curation")


_GENERATORS: dict[str, Callable[[], str]] = {
    "schema/record.schema.json": lambda: dump_schema(record_schema()),
    "schema/curation.schema.json": render_schema,
}


def release_summary(root: Path) -> str | None:
    """What the latest committed release holds (README.md), from its data: articles by
    language, turns, pairs, events and the licences of the texts. None (the block is kept as
    it is) where ``root`` has no release, as in a copy of the docs alone."""
    from ..release.index import latest_version
    from ..release.summary import summarise_folder

    releases = root / "releases"
    version = latest_version(releases) if releases.is_dir() else None
    if version is None:
        return None
    folder = releases / version
    counts = json.loads((folder / "manifest.json").read_text("utf-8"))["counts"]
    summary = summarise_folder(folder)
    licences = "; ".join(f"{note} ({n})" for note, n in summary.text_licences().items())
    return (
        f"The latest release, **{version}**, holds {summary.language_text()}: "
        f"{counts['turns']} interview turns, {counts['qa_pairs']} question-answer pairs and "
        f"{counts['events']} events. Licences of its texts (articles): {licences}; the "
        "annotations are CC BY 4.0.\n"
    )


# Docs with a generated block between these markers: file -> (block name, renderer of the
# repository root; None keeps the block as it is).
_DOC_BLOCKS: dict[str, list[tuple[str, Callable[[Path], str | None]]]] = {
    "README.md": [
        ("record-fields", lambda root: field_table(record_schema())),
        ("release-summary", release_summary),
    ],
    "CONTRIBUTING.md": [("curation-fields", lambda root: curation_fields())],
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
            content = render(root)
            if content is not None:
                doc = _replace_block(doc, block, content, str(path))
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
