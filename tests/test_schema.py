"""The committed generated files (JSON Schemas, doc tables) are current, and staleness is caught."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from pydantic import Field, create_model

from kzpolicy_data import SchemaStaleError
from kzpolicy_data import schema as schema_mod
from kzpolicy_data.contrib import generated
from kzpolicy_data.records import Record
from kzpolicy_data.source.curation import render_schema

from .conftest import ROOT


def run_check(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kzpolicy_data", "schema", "--check", "--root", str(root)],
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture
def copy_root(tmp_path: Path) -> Path:
    for rel in generated.generated_files(ROOT):
        target = tmp_path / rel.relative_to(ROOT)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(rel, target)
    return tmp_path


def test_committed_generated_files_are_current() -> None:
    proc = run_check(ROOT)
    assert proc.returncode == 0, proc.stderr
    assert "up to date" in proc.stdout


def test_committed_schema_is_draft_2020_12_with_id() -> None:
    schema = json.loads((ROOT / "schema" / "record.schema.json").read_text("utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"].endswith("record.schema.json")
    Draft202012Validator.check_schema(schema)


def test_edited_committed_schema_fails_the_check(copy_root: Path) -> None:
    path = copy_root / "schema" / "record.schema.json"
    data = json.loads(path.read_text("utf-8"))
    data["properties"]["text"]["description"] = "edited by hand"
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", "utf-8")
    proc = run_check(copy_root)
    assert proc.returncode == 1
    assert "schema/record.schema.json" in proc.stderr
    assert "kzpolicy-data schema" in proc.stderr  # says how to fix it


def test_stale_readme_table_fails_the_check(copy_root: Path) -> None:
    readme = copy_root / "README.md"
    readme.write_text(readme.read_text("utf-8").replace("| `text` |", "| `body` |"), "utf-8")
    proc = run_check(copy_root)
    assert proc.returncode == 1 and "README.md" in proc.stderr


def test_a_model_edit_makes_the_committed_schema_stale(
    copy_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The same record model with one more field, as a developer's edit would make it.
    edited = create_model(
        "Record", __base__=Record, topic=(str | None, Field(None, description="A new field."))
    )
    monkeypatch.setattr(schema_mod, "Record", edited)
    schema_mod.record_schema.cache_clear()
    try:
        with pytest.raises(SchemaStaleError, match=r"record\.schema\.json"):
            generated.check_generated(copy_root)
        changed = generated.write_generated(copy_root)
        assert copy_root / "schema" / "record.schema.json" in changed
        assert "topic" in (copy_root / "schema" / "record.schema.json").read_text("utf-8")
        generated.check_generated(copy_root)  # regenerated: current again
    finally:
        schema_mod.record_schema.cache_clear()


def test_generation_is_deterministic(copy_root: Path) -> None:
    first = {p: p.read_bytes() for p in generated.generated_files(ROOT)}
    assert generated.write_generated(copy_root) == []
    assert first == {p: p.read_bytes() for p in generated.generated_files(ROOT)}


def _undescribed(schema: dict[str, Any]) -> list[str]:
    """Paths of the properties, definitions and tuple positions that carry no description."""
    missing: list[str] = []

    def walk(node: Any, path: str) -> None:
        if isinstance(node, dict):
            described = {
                "properties": node.get("properties", {}).items(),
                "$defs": node.get("$defs", {}).items(),
                "prefixItems": ((str(i), v) for i, v in enumerate(node.get("prefixItems", []))),
            }
            for key, children in described.items():
                for name, child in children:
                    if not str(child.get("description", "")).strip():
                        missing.append(f"{path}.{key}.{name}")
            for key, value in node.items():
                walk(value, f"{path}.{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{path}[{i}]")

    if not str(schema.get("description", "")).strip():
        missing.append("$")
    walk(schema, "$")
    return missing


def test_every_field_and_definition_is_described() -> None:
    """Like x509-limbo's schema: a reader of the JSON Schema alone learns what each part means
    (the `Span` definition and the enums of a code list included)."""
    assert _undescribed(schema_mod.record_schema()) == []
    assert _undescribed(json.loads(render_schema())) == []
    assert _undescribed({"description": "x", "$defs": {"Span": {"type": "array"}}}) == [
        "$.$defs.Span"
    ]
