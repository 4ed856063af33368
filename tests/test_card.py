"""The dataset card and Croissant describe the release completely and are current."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest

from kzpolicy_data.release.card import card_text, croissant
from kzpolicy_data.release.index import latest_version
from kzpolicy_data.release.summary import NO_NOTE, summarise_folder
from kzpolicy_data.release.tables import VIEWS, view_schema

from .conftest import ROOT

LATEST = ROOT / "releases" / (latest_version(ROOT / "releases") or "none")
SECTIONS = [
    "## Uses",
    "## Limitations",
    "## Biases",
    "## Personal information",
    "## Source licences",
    "## How to cite",
]


def _leaves(fields: list[dict[str, Any]]) -> set[str]:
    out: set[str] = set()
    for f in fields:
        out |= _leaves(f["subField"]) if "subField" in f else {f["@id"]}
    return out


def _columns(view: str, fields: list[pa.Field] | pa.Schema, prefix: str) -> set[str]:
    out: set[str] = set()
    for f in fields:
        dtype = f.type.value_type if pa.types.is_list(f.type) else f.type
        path = f"{prefix}/{f.name}"
        out |= _columns(view, list(dtype), path) if pa.types.is_struct(dtype) else {path}
    return out


@pytest.mark.parametrize("view", VIEWS)
def test_croissant_lists_every_field_of_every_view(view: str) -> None:
    manifest = json.loads((LATEST / "manifest.json").read_text("utf-8"))
    record_set = next(r for r in croissant(manifest)["recordSet"] if r["name"] == view)
    assert _leaves(record_set["field"]) == _columns(view, view_schema(view), view)
    assert [f["name"] for f in record_set["field"]] == view_schema(view).names


def test_mlcroissant_validates_and_reads_every_record_set() -> None:
    mlc = pytest.importorskip("mlcroissant")
    ds = mlc.Dataset(jsonld=str(LATEST / "croissant.json"))
    for view in VIEWS:
        counts = json.loads((LATEST / "manifest.json").read_text("utf-8"))["counts"]
        if counts[view]:
            assert next(iter(ds.records(record_set=view)))


def test_card_has_every_section_and_is_current() -> None:
    manifest = json.loads((LATEST / "manifest.json").read_text("utf-8"))
    committed = (LATEST / "README.md").read_text("utf-8")
    assert committed == card_text(manifest, summarise_folder(LATEST))
    positions = [committed.index(s) for s in SECTIONS]
    assert positions == sorted(positions)
    assert "Zakon.kz" in committed.split("## Source licences")[1]
    assert f"version {manifest['version']}" in committed.split("## How to cite")[1]
    rai = croissant(manifest, summarise_folder(LATEST))
    assert (
        rai["rai:dataBiases"] in committed and rai["rai:personalSensitiveInformation"] in committed
    )


def test_committed_croissant_is_current() -> None:
    manifest = json.loads((LATEST / "manifest.json").read_text("utf-8"))
    assert json.loads((LATEST / "croissant.json").read_text("utf-8")) == croissant(
        manifest, summarise_folder(LATEST)
    )


def test_source_licences_count_articles(tmp_path: Path) -> None:
    from kzpolicy_data import parse_bytes
    from kzpolicy_data.records import Publisher
    from kzpolicy_data.release.writer import ReleaseWriter

    writer = ReleaseWriter(tmp_path)
    for i, (outlet, note) in enumerate([("A", "CC BY"), ("A", "CC BY"), (None, None)]):
        record = parse_bytes(b" date 2024-05-01 \xd0\x90.", f"r{i}", ner=False)
        publisher = Publisher(name=outlet, url=None) if outlet else None
        field = (
            "text_license" if "text_license" in type(record.metadata).model_fields else "license"
        )
        meta = record.metadata.model_copy(update={"publisher": publisher, field: note})
        writer.write(record.model_copy(update={"metadata": meta}))
    writer.close()
    found = summarise_folder(tmp_path).sources
    assert found["A"] == {"CC BY": 2}
    assert found["(unknown outlet)"] == {NO_NOTE: 1}
