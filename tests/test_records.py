"""Properties of the record model: JSON round trips, and pydantic and JSON Schema agreeing."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from jsonschema import Draft202012Validator, FormatChecker
from pydantic import ValidationError

from kzpolicy_data.records import Record, Span, record_problems
from kzpolicy_data.schema import schema_validator

from .conftest import ROOT
from .strategies import records

VALIDATOR = Draft202012Validator(
    json.loads((ROOT / "schema" / "record.schema.json").read_text("utf-8")),
    format_checker=FormatChecker(),
)


FAST = schema_validator(ROOT)  # jsonschema-rs, what the build uses


def schema_accepts(data: dict[str, Any]) -> bool:
    """The committed schema's verdict; the reference and the fast validator must agree."""
    verdict = not any(True for _ in VALIDATOR.iter_errors(data))
    assert verdict == (FAST.errors(data) == []), FAST.errors(data)
    return verdict


def pydantic_accepts(data: dict[str, Any]) -> bool:
    try:
        Record.model_validate(data)
    except ValidationError:
        return False
    return True


@given(records())
def test_json_round_trip(record: Record) -> None:
    assert Record.model_validate_json(record.model_dump_json()) == record
    assert record_problems(record) == []


@given(records())
def test_committed_schema_accepts_every_valid_record(record: Record) -> None:
    data = record.model_dump(mode="json")
    assert schema_accepts(data), [e.message for e in VALIDATOR.iter_errors(data)]


def _first_span(data: dict[str, Any]) -> list[int] | None:
    """The first span of a record's JSON data: ``[start, end]`` (a list, so it can be edited)."""
    for key in ("segments", "turns"):
        if data[key]:
            span = data[key][0]["span"] = list(data[key][0]["span"])
            return span
    return None


def break_enum(data: dict[str, Any]) -> bool:
    data["metadata"]["genre"] = "blogpost"
    return True


def break_language(data: dict[str, Any]) -> bool:
    data["metadata"]["in_language"] = "russian"
    return True


def break_id_pattern(data: dict[str, Any]) -> bool:
    data["id"] = "Has Spaces"
    return True


def add_unknown_key(data: dict[str, Any]) -> bool:
    data["metadata"]["colour"] = "red"
    return True


def drop_required(data: dict[str, Any]) -> bool:
    del data["provenance"]["raw_sha256"]
    return True


def break_country(data: dict[str, Any]) -> bool:
    data["speakers"].append(
        {
            "id": "s99",
            "name": None,
            "name_as_printed": None,
            "label": None,
            "interview_role": "unknown",
            "position": None,
            "wikidata_qid": None,
            "curated": [],
            "affiliations": [{"org_name": None, "country": "XXA", "role": None}],
        }
    )
    return True


SCHEMA_CAN_SAY: list[Callable[[dict[str, Any]], bool]] = [
    break_enum,
    break_language,
    break_id_pattern,
    add_unknown_key,
    drop_required,
    break_country,
]


def reverse_span(data: dict[str, Any]) -> bool:
    span = _first_span(data)
    if span is None or span[0] == span[1]:
        return False
    span.reverse()  # end before start
    return True


def dangle_speaker(data: dict[str, Any]) -> bool:
    if not data["turns"]:
        return False
    data["turns"][0]["speaker_id"] = "s999"
    return True


def dangle_reply(data: dict[str, Any]) -> bool:
    if not data["turns"]:
        return False
    data["turns"][0]["reply_to"] = "t999"
    return True


def duplicate_turn(data: dict[str, Any]) -> bool:
    if not data["turns"]:
        return False
    data["turns"].append(copy.deepcopy(data["turns"][-1]))
    return True


def span_past_text(data: dict[str, Any]) -> bool:
    span = _first_span(data)
    if span is None:
        return False
    n = len(data["text"])
    span[:] = [n, n + 1]
    return True


ONLY_PYDANTIC_CAN_SAY: list[Callable[[dict[str, Any]], bool]] = [
    reverse_span,
    dangle_speaker,
    dangle_reply,
    duplicate_turn,
    span_past_text,
]


def offset_as_string(data: dict[str, Any]) -> bool:
    span = _first_span(data)
    if span is None:
        return False
    span[0] = str(span[0])
    return True


def turn_number_as_bool(data: dict[str, Any]) -> bool:
    if not data["turns"]:
        return False
    data["turns"][0]["n"] = True
    return True


def date_as_timestamp(data: dict[str, Any]) -> bool:
    data["metadata"]["date_published"] = 1_700_000_000
    return True


def date_with_a_time(data: dict[str, Any]) -> bool:
    data["metadata"]["date_published"] = "2024-01-01T00:00:00"
    return True


def confidence_as_string(data: dict[str, Any]) -> bool:
    data["metadata"]["genre_confidence"] = "0.5"
    return True


# What pydantic's lax mode would coerce and the JSON Schema refuses: the model refuses it too.
LAX_COERCIONS: list[Callable[[dict[str, Any]], bool]] = [
    offset_as_string,
    turn_number_as_bool,
    date_as_timestamp,
    date_with_a_time,
    confidence_as_string,
]


@pytest.mark.parametrize("mutate", LAX_COERCIONS, ids=lambda f: f.__name__)
@given(record=records())
def test_both_refuse_what_lax_pydantic_would_coerce(
    mutate: Callable[[dict[str, Any]], bool], record: Record
) -> None:
    data = record.model_dump(mode="json")
    if not mutate(data):
        return
    assert not schema_accepts(data)
    assert not pydantic_accepts(data)
    with pytest.raises(ValidationError, match="expected a"):
        Record.model_validate_json(json.dumps(data))


@pytest.mark.parametrize("mutate", SCHEMA_CAN_SAY, ids=lambda f: f.__name__)
@given(record=records())
def test_both_reject_what_json_schema_can_express(
    mutate: Callable[[dict[str, Any]], bool], record: Record
) -> None:
    data = record.model_dump(mode="json")
    assert mutate(data)
    assert not schema_accepts(data)
    assert not pydantic_accepts(data)


@pytest.mark.parametrize("mutate", ONLY_PYDANTIC_CAN_SAY, ids=lambda f: f.__name__)
@given(record=records())
def test_pydantic_rejects_cross_record_breaks(
    mutate: Callable[[dict[str, Any]], bool], record: Record
) -> None:
    data = record.model_dump(mode="json")
    if not mutate(data):
        return
    assert not pydantic_accepts(data)


def test_a_reversed_span_is_refused_with_its_path() -> None:
    record = Record.model_validate_json(
        (ROOT / "tests" / "data" / "record_minimal.json").read_text()
    )
    data = record.model_dump(mode="json")
    data["segments"][1]["span"] = [20, 15]
    with pytest.raises(ValidationError, match=r"\$\.segments\[1\]\.span: span end 15 is before"):
        Record.model_validate(data)
    assert Span(start=15, end=20).of(record.text) == record.quote(Span(15, 20)) == "Обычн"


def test_problem_paths_name_the_field() -> None:
    record = Record.model_validate_json(
        (ROOT / "tests" / "data" / "record_minimal.json").read_text()
    )
    data = record.model_dump(mode="json")
    data["segments"][0]["span"] = [0, len(record.text) + 1]
    with pytest.raises(ValidationError, match=r"\$\.segments\[0\]\.span"):
        Record.model_validate(data)


def test_a_span_is_an_array_on_every_path() -> None:
    """pydantic reads a named tuple from an object too: a Span must not, or the model would
    accept what the JSON Schema and the trusted loading path refuse (a 1.x span included)."""
    from kzpolicy_data.access.fastload import trusted_validator

    data = json.loads((ROOT / "tests" / "data" / "record_minimal.json").read_text())
    assert pydantic_accepts(data) and schema_accepts(data)
    for span in ({"start": 0, "end": 3}, {"start": 0, "end": 3, "quote": "abc"}):
        data["segments"][0]["span"] = span
        assert not schema_accepts(data)
        with pytest.raises(ValidationError, match=r"\[start, end\]. array since schema 2\.0\.0"):
            Record.model_validate(data)
        with pytest.raises(ValidationError, match="array"):
            Record.model_validate_json(json.dumps(data))
        with pytest.raises(ValidationError):
            trusted_validator().validate_json(json.dumps(data))
