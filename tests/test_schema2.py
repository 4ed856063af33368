"""Schema 2.0.0: text stored once, quotes and turn texts derived, nulls left out, licences."""

from __future__ import annotations

import json
import re
import types
import typing
from typing import Any

from click.testing import CliRunner
from hypothesis import given
from pydantic import BaseModel

from kzpolicy_data import codes
from kzpolicy_data import records as m
from kzpolicy_data.access.load import load
from kzpolicy_data.cli import cli
from kzpolicy_data.publish.release import diff_releases
from kzpolicy_data.records import Record, Span
from kzpolicy_data.release.index import latest_version
from kzpolicy_data.release.schema_change import as_current
from kzpolicy_data.release.tables import view_rows
from kzpolicy_data.release.writer import jsonl_line, record_data

from .conftest import ROOT
from .strategies import records

RELEASES = ROOT / "releases"
SEED = "000_952d0ef163f4dde3"
RID = "r1"
TEXT = "Лид статьи.\n\n– Что дальше?\n\n– Да. Астана ответит.\nИ скоро."


def _record(**metadata: Any) -> Record:
    """A two-turn interview whose answer's first paragraph still holds its printed dash."""
    question = m.Turn(
        id="t1",
        n=1,
        speaker_id=None,
        kind=codes.TurnKind.QUESTION,
        reply_to=None,
        marker="–",
        span=Span(13, 26),
        paragraphs=[Span(15, 26)],
    )
    answer = m.Turn(
        id="t2",
        n=2,
        speaker_id=None,
        kind=codes.TurnKind.ANSWER,
        reply_to="t1",
        marker="–",
        span=Span(28, len(TEXT)),
        paragraphs=[Span(28, 49), Span(50, len(TEXT))],  # the layout left `– ` in the first
    )
    meta = m.Metadata(
        date_published=None,
        date_source=codes.DateSource.NONE,
        in_language=codes.Language.RU,
        genre=codes.Genre.INTERVIEW,
        authors=[],
        curated=[],
        **metadata,
    )
    provenance = m.Provenance(
        raw_file="r1.txt",
        raw_sha256="sha256:" + "0" * 64,
        parser=m.Tool(name="kzpolicy_data.parse", version="0"),
    )
    return Record(
        id=RID,
        provenance=provenance,
        metadata=meta,
        text=TEXT,
        segments=[m.Segment(kind=codes.SegmentKind.LEAD, span=Span(0, 11))],
        speakers=[],
        turns=[question, answer],
        mentions=[],
        events=[],
        flags=[],
    )


def test_quotes_and_turn_texts_are_derived_from_the_text() -> None:
    record = _record()
    question, answer = record.turns
    assert record.quote(question.span) == "– Что дальше?"  # the span: what was printed
    assert record.turn_text(question) == "Что дальше?"
    # the marker left inside a paragraph is not speech; the span still starts at it
    assert record.quote(answer.paragraphs[0]).startswith("– Да.")
    assert record.turn_text(answer) == "Да. Астана ответит.\nИ скоро."
    assert record.quote(answer.span).startswith("– Да.")
    assert record.lead == "Лид статьи."
    assert Span(30, 33).of(TEXT) == record.quote(Span(30, 33)) == "Да."
    turn_row, qa_row = next(view_rows(record, "turns")), next(view_rows(record, "qa_pairs"))
    assert [r["text"] for r in view_rows(record, "turns")] == [
        "Что дальше?",
        "Да. Астана ответит.\nИ скоро.",
    ]
    assert qa_row["question"] == turn_row["text"] and qa_row["answer"].startswith("Да.")


def test_the_two_licences_are_separate_described_fields() -> None:
    record = _record(text_license="© Zakon.kz, with permission")
    assert record.metadata.text_license == "© Zakon.kz, with permission"
    assert record.metadata.annotations_license == m.ANNOTATIONS_LICENSE == "CC-BY-4.0"
    fields = m.Metadata.model_fields
    assert fields["text_license"].description and fields["annotations_license"].description
    assert "license" not in fields and "lead" not in fields
    assert all(
        row["text_license"] == "© Zakon.kz, with permission" for row in view_rows(record, "turns")
    )


def _nullable(annotation: Any) -> bool:
    return type(None) in typing.get_args(annotation) or annotation is type(None)


def test_every_nullable_field_defaults_to_null() -> None:
    """What makes leaving nulls out of the JSONL lossless."""
    models = [v for v in vars(m).values() if isinstance(v, type) and issubclass(v, BaseModel)]
    for model in models:
        for name, field in model.model_fields.items():
            if isinstance(field.annotation, types.UnionType) and _nullable(field.annotation):
                assert field.default is None and not field.is_required(), (model, name)


@given(records())
def test_a_jsonl_line_without_nulls_is_the_same_record(record: Record) -> None:
    line = jsonl_line(record_data(record))
    assert "null" not in line.replace('"null', "") or "null" in record.text
    assert Record.model_validate_json(line) == record
    assert as_current(json.loads(line)) == as_current(record.model_dump(mode="json"))


def test_the_seed_record_is_compact() -> None:
    """Issue 23: the seed's record at most 40 % of its v0.2.0 size (measured: 39.4 %)."""
    latest = latest_version(RELEASES)
    assert latest is not None and int(latest[1:].split(".")[0]) >= 1
    old = (RELEASES / "v0.2.0" / "jsonl" / "records-00000.jsonl").read_bytes()
    new = (RELEASES / latest / "jsonl" / "records-00000.jsonl").read_bytes()
    seed_old = next(line for line in old.splitlines() if json.loads(line)["id"] == SEED)
    seed_new = next(line for line in new.splitlines() if json.loads(line)["id"] == SEED)
    assert len(seed_new) <= 0.40 * len(seed_old), len(seed_new) / len(seed_old)
    assert b'"quote"' not in seed_new and b"null" not in seed_new
    # item ids are the record's own (`t2`), not `<record id>.t2`
    assert not re.search(rb"\.[stme][0-9]", seed_new.replace(b".txt", b""))


def test_a_1x_record_is_compared_with_a_2x_record_in_the_new_shape() -> None:
    old = json.loads((RELEASES / "v0.3.0" / "jsonl" / "records-00000.jsonl").read_bytes())
    moved = as_current(old)
    assert moved["metadata"]["text_license"] == old["metadata"]["license"]
    assert "lead" not in moved["metadata"] and "text" not in moved["turns"][0]
    assert moved["mentions"][0]["span"] == [
        old["mentions"][0]["span"]["start"],
        old["mentions"][0]["span"]["end"],
    ]
    latest = latest_version(RELEASES)
    assert latest is not None
    diff = diff_releases(RELEASES / "v0.3.0", RELEASES / latest)
    assert diff["schema"] == {"from": "1.1.0", "to": m.SCHEMA_VERSION}
    assert "turns[].text" not in diff["fields"].get(SEED, [])  # moved, not changed
    assert "metadata.lead" not in diff["fields"].get(SEED, [])


def test_a_1x_release_loads_and_diffs_with_the_2x_model() -> None:
    old = list(load(path=RELEASES / "v0.4.0"))  # schema 1.1.0: fields moved, then validated
    assert [r.id for r in old] == [SEED] and old[0].turns[1].id == "t2"
    assert old[0].metadata.text_license and old[0].lead
    latest = latest_version(RELEASES)
    assert latest is not None
    result = CliRunner().invoke(cli, ["diff", "0.3.0", latest[1:], "--releases", str(RELEASES)])
    assert result.exit_code == 0, result.output
    assert f"schema changed: 1.1.0 -> {m.SCHEMA_VERSION}" in result.output
    assert "docs/MIGRATION-2.0.md" in result.output
    if latest == "v1.0.0":  # the seed's line says what CHANGES.md says of it
        args = ["diff", "0.4.0", "1.0.0", "--releases", str(RELEASES)]
        lines = CliRunner().invoke(cli, args).output.splitlines()
        changes = (RELEASES / "v1.0.0" / "CHANGES.md").read_text("utf-8")
        (said,) = [line for line in changes.splitlines() if line.startswith(f"- `{SEED}`")]
        what = said.split(": ", 1)[1].replace("`", "")
        assert f"  {SEED}: {what}" in lines


def test_a_word_marker_is_taken_off_a_turn_only_as_a_whole_word() -> None:
    record = _record()
    question, answer = record.turns
    prefix = question.model_copy(update={"marker": "Ч"})  # `Что`: a word, not a label `Ч`
    assert record.turn_text(prefix) == "Что дальше?"
    inside = [Span(30, 49), answer.paragraphs[1]]  # `Да. Астана ответит.`: `Да.` a label
    labelled = answer.model_copy(update={"marker": "Да.", "paragraphs": inside})
    assert record.turn_text(labelled) == "Астана ответит.\nИ скоро."


def test_a_1x_release_loads_as_2x_views() -> None:
    """v0.4.0's Parquet has the 1.x shape (span objects with quotes): its views are rebuilt
    from its records moved to 2.0, and equal v1.0.0's where the parser did not change (the
    seed's turns; v1.0.0 publishes fewer extracted events)."""
    latest = latest_version(RELEASES)
    assert latest is not None
    for view in ("records", "turns", "qa_pairs", "events"):
        old = load(path=RELEASES / "v0.4.0", view=view, format="hf")
        new = load(path=RELEASES / latest, view=view, format="hf")
        assert old.features == new.features, view
        if latest == "v1.0.0" and view in ("turns", "qa_pairs"):
            assert old.to_list() == new.to_list(), view
        elif latest == "v1.0.0" and view == "records":
            same = old.remove_columns(["events"]).to_list()
            assert same == new.remove_columns(["events"]).to_list()
        arrow = load(path=RELEASES / "v0.4.0", view=view, format="arrow")
        assert arrow.schema == new.data.table.schema
    turns = load(path=RELEASES / "v0.4.0", view="turns", format="hf")
    row = turns[0]
    assert row["turn_id"] == f"{SEED}.t1" and row["text"] and row["text_license"]
