"""Corpus checks shared by build and validate: an event never has its source among recipients."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError

from kzpolicy_data import parse_bytes
from kzpolicy_data.build.checks import record_problems, role_problems
from kzpolicy_data.codes import ActorCode
from kzpolicy_data.events.extract import extract_events
from kzpolicy_data.nlp.analysis import Analysis
from kzpolicy_data.records import Record


def _record_with_self_recipient() -> Record:
    data = " date 2026-03-02 США и Казахстан подписали соглашение.\n".encode()
    record = parse_bytes(data, "usa", events=False)
    (event,) = extract_events(record, Analysis(record.text))
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


def _article(seed: int, words: int = 300) -> str:
    import random

    rng = random.Random(seed)
    vocab = [f"слово{i}" for i in range(5000)]
    return " ".join(rng.choice(vocab) for _ in range(words))


def test_near_duplicates_are_found_among_articles_sharing_boilerplate(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every article carries the same footer; the check still finds the reprint, and compares
    each article with a bounded number of others (it would grow with the corpus otherwise)."""
    from kzpolicy_data.build import checks

    calls = []
    original = checks.similarity
    monkeypatch.setattr(
        checks,
        "similarity",
        lambda a, b: calls.append(1) or original(a, b),  # type: ignore[func-returns-value]
    )
    footer = " ".join(["Подписывайтесь на наш канал в Telegram и читайте новости первыми"] * 30)
    checker = checks.CorpusChecker()
    per_article = []
    for i in range(400):
        before = len(calls)
        found = checker.add_parts(f"{i}.txt", str(i), str(i), checks.sketch(_article(i) + footer))
        assert not found, found
        per_article.append(len(calls) - before)
    reprint = _article(7) + " одно слово другое " + footer
    (problem,) = checker.add_parts("reprint.txt", "r", "r", checks.sketch(reprint))
    assert "near-duplicate of 7.txt" in str(problem)
    # bounded: the last hundred articles compare with no more than the first hundred did
    assert max(per_article[300:]) <= checks._BANDS * checks._BUCKET_CAP
    assert sum(per_article[300:]) <= 2 * sum(per_article[:100]) + 100


@given(st.lists(st.integers(0, 2**64 - 1), max_size=128))
def test_a_packed_sketch_unpacks_to_itself(hashes: list[int]) -> None:
    from kzpolicy_data.build.checks import pack_sketch, unpack_sketch

    packed = pack_sketch(hashes)
    assert list(unpack_sketch(packed)) == hashes
    assert len(packed) <= 4 * (8 * len(hashes) + 2) // 3 + 4
