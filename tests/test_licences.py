"""Licences that tell the truth: every view's rows carry their text's licence, and the card,
Croissant and the SQLite metadata declare the dataset's licence and languages from the data."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
import yaml

from kzpolicy_data import load, parse_bytes
from kzpolicy_data.access.sqlite import export_sqlite
from kzpolicy_data.access.sqlite_query import check_database
from kzpolicy_data.records import Publisher, Record
from kzpolicy_data.release.card import card_text, croissant
from kzpolicy_data.release.summary import ReleaseSummary, summarise_folder
from kzpolicy_data.release.tables import VIEWS, text_licence, view_schema
from kzpolicy_data.release.writer import ReleaseWriter

from .conftest import ROOT

SEED = ROOT / "raw" / "000_952d0ef163f4dde3.txt"
NOTE = "research use only (no licence stated by the publisher)"


def _seed(note: str | None = NOTE) -> Record:
    record = parse_bytes(SEED.read_bytes(), SEED.stem, ner=False, events=False)
    meta = record.metadata
    field = "text_license" if "text_license" in type(meta).model_fields else "license"
    meta = meta.model_copy(update={field: note, "publisher": Publisher(name="Zakon.kz", url=None)})
    return record.model_copy(update={"metadata": meta})


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("release")
    writer = ReleaseWriter(out)
    writer.write(_seed())
    writer.close()
    manifest = writer.manifest(version="preview", inputs_digest="sha256:x", articles=1)
    writer.finish(manifest)
    return out


@pytest.mark.parametrize("view", [v for v in VIEWS if v != "records"])
def test_every_flat_view_has_the_text_licence(view: str) -> None:
    assert "text_license" in view_schema(view).names


def test_hf_turns_carry_the_turn_text_and_the_text_licence(folder: Path) -> None:
    pytest.importorskip("datasets")
    with pytest.warns(Warning):  # a folder no index vouches for
        turns = load(path=folder, view="turns", format="hf")
    assert len(turns) == 8
    for row in turns:
        assert row["text"] and row["text_license"] == NOTE


def test_the_card_does_not_claim_cc_by_for_texts_that_are_not(folder: Path) -> None:
    card = (folder / "README.md").read_text("utf-8")
    front = yaml.safe_load(card.split("---\n")[1])
    assert front["license"] == "other" and front["license_name"] and front["license_link"]
    assert front["language"] == ["ru"] and front["multilinguality"] == "monolingual"
    body = card.split("## Source licences")[1]
    assert "CC BY 4.0" in body and f"| Zakon.kz | {NOTE} | 1 |" in body
    assert "This release holds 1 article, in Russian." in card


def test_croissant_lists_the_licences_and_only_the_languages_present(folder: Path) -> None:
    meta = json.loads((folder / "croissant.json").read_text("utf-8"))
    assert meta["inLanguage"] == ["ru"]
    assert meta["license"][0] == "https://creativecommons.org/licenses/by/4.0/"
    assert any(NOTE in lic for lic in meta["license"][1:])
    mlc = pytest.importorskip("mlcroissant")
    assert next(iter(mlc.Dataset(jsonld=str(folder / "croissant.json")).records("turns")))


def test_cc_by_texts_make_a_cc_by_dataset() -> None:
    summary = ReleaseSummary()
    summary.add("ru", "A", "CC BY 4.0")
    summary.add("kk", "B", "CC BY 4.0")
    assert summary.hub_licence() == "cc-by-4.0"
    front = yaml.safe_load(
        card_text({"counts": _counts(), "version": "x", "schema_version": "2"}, summary).split(
            "---\n"
        )[1]
    )
    assert front["license"] == "cc-by-4.0" and front["language"] == ["kk", "ru"]
    assert front["multilinguality"] == "multilingual"
    summary.add("en", "C", None)
    assert summary.hub_licence() == "other"
    assert croissant({"version": "1.0.0"}, summary)["inLanguage"] == ["en", "kk", "ru"]


def _counts() -> dict[str, int]:
    return {"articles": 2, **dict.fromkeys(VIEWS, 1)}


def test_sqlite_rows_and_metadata_carry_the_licences(tmp_path: Path) -> None:
    record = _seed()
    out = export_sqlite([record], tmp_path / "kzpolicy.db", {"version": "x"}, "d")
    conn = sqlite3.connect(out)
    try:
        for table in ("records", "turns", "qa_pairs", "mentions", "events", "evidence"):
            values = {r[0] for r in conn.execute(f"SELECT text_license FROM {table}")}
            assert values <= {NOTE}, table
        assert {r[0] for r in conn.execute("SELECT text_license FROM turns")} == {NOTE}
    finally:
        conn.close()
    meta = check_database(out)
    assert meta["license_id"] == "other"
    assert meta["text_licenses"] == {NOTE: 1} and meta["languages"] == {"ru": 1}
    assert meta["source_licenses"] == {"Zakon.kz": {NOTE: 1}}


def test_summary_of_a_folder_reads_its_records(folder: Path) -> None:
    summary = summarise_folder(folder)
    assert summary.languages == {"ru": 1} and summary.text_licences() == {NOTE: 1}
    assert text_licence(_seed().metadata) == NOTE
