"""Corpus checks shared by build and validate: an event never has its source among recipients."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import TypeAdapter, ValidationError

from kzpolicy_data import parse_bytes
from kzpolicy_data.codes import ActorCode
from kzpolicy_data.records import Record
from kzpolicy_data.release.checks import record_problems, role_problems


def _record_with_self_recipient() -> Record:
    record = parse_bytes(" date 2026-03-02 США и Казахстан подписали соглашение.\n".encode(), "usa")
    (event,) = record.events
    bad = event.model_copy(update={"recipient": [*event.recipient, *event.source]})
    return record.model_copy(update={"events": [bad]})


def test_extracted_events_pass() -> None:
    record = parse_bytes(" date 2026-03-02 США и Казахстан подписали соглашение.\n".encode(), "usa")
    assert role_problems(record, "usa.txt") == []


def test_source_among_recipients_is_named_with_its_json_path() -> None:
    record = _record_with_self_recipient()
    (problem,) = role_problems(record, "usa.jsonl")
    assert "USA as both source and recipient" in str(problem)
    assert "$.events[0].recipient" in str(problem)
    # build and validate apply it through the per-record rules they share
    today = dt.date(2026, 11, 27)
    assert [str(p) for p in record_problems("usa.jsonl", record, today, require_date=False)] == [
        str(problem)
    ]


@pytest.mark.parametrize("code", ["KAZ", "IGO", "IGO:EU", "IGO:CSTO", "IGO:GCC"])
def test_actor_codes_accept_countries_groups_and_named_organisations(code: str) -> None:
    assert TypeAdapter(ActorCode).validate_python(code) == code


@pytest.mark.parametrize("code", ["XXX", "IGO:", "IGO:eu", "EU", "GOV:KAZ", "IGO:XYZ"])
def test_actor_codes_reject_the_rest(code: str) -> None:
    with pytest.raises(ValidationError, match="not an actor code"):
        TypeAdapter(ActorCode).validate_python(code)
