"""Mentions: natasha's spans and the gazetteer's names, merged in linear time."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from types import SimpleNamespace

from kzpolicy_data.events.mentions import extract_mentions
from kzpolicy_data.nlp.analysis import Analysis, Entity

from .test_hostile import assert_linear

SENTENCE = "Посол Ирана Али Резаи встретился в Астане с послами Китая, США и России. "


def _analysis(n: int) -> tuple[SimpleNamespace, Analysis]:
    """An article of ``n`` sentences; its entities are the person names (no NER needed)."""
    text = SENTENCE * n
    analysis = Analysis(text)
    person = SENTENCE.index("Али Резаи")
    analysis.__dict__["entities"] = [
        Entity("PER", k * len(SENTENCE) + person, k * len(SENTENCE) + person + 9) for k in range(n)
    ]
    return SimpleNamespace(id="x", text=text), analysis


@contextmanager
def _no_gc() -> Iterator[None]:
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def test_names_and_entities_are_merged() -> None:
    record, analysis = _analysis(2)
    mentions = extract_mentions(record, analysis)  # type: ignore[arg-type]
    assert [m.span.of(record.text) for m in mentions[:6]] == [
        "Ирана",
        "Али Резаи",
        "Астане",
        "Китая",
        "США",
        "России",
    ]
    assert [m.code for m in mentions[:6]] == ["IRN", None, "KAZ", "CHN", "USA", "RUS"]


def test_many_names_keep_mentions_linear() -> None:
    """Each entity was compared with every gazetteer name, and each name with every span."""

    # With the cyclic GC paused: tens of thousands of live pydantic objects make its passes
    # grow with the heap, which once failed this test on linear code (x2.3 -> x5.5).
    def measured(n: int) -> object:
        record, analysis = _analysis(n // len(SENTENCE))
        with _no_gc():
            return extract_mentions(record, analysis)  # type: ignore[arg-type]

    def baseline(n: int) -> object:  # what the names cost: tokens and the gazetteer
        with _no_gc():
            return Analysis(SENTENCE * (n // len(SENTENCE))).known_names

    assert_linear(measured, baseline, 20_000)
