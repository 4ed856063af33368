"""The extractor on the gold set (tests/data/events_eval): the issue's targets, per language.

Runs ``bench/evaluate_events.py``'s scorer; ``python bench/evaluate_events.py`` prints the
same figures per type and split.
"""

from __future__ import annotations

import importlib.util
from types import ModuleType

import pytest

from .conftest import ROOT


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "evaluate_events", ROOT / "bench" / "evaluate_events.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def stats() -> dict[str, object]:
    bench = _bench()
    return bench.evaluate(bench.load_cases())  # type: ignore[no-any-return]


def test_the_split_keeps_about_a_third_aside() -> None:
    cases = _bench().load_cases()
    share = sum(c["split"] == "test" for c in cases) / len(cases)
    assert 0.25 <= share <= 0.35


@pytest.mark.parametrize(
    ("scope", "precision", "recall"),
    [
        ("all", 0.80, 0.70),
        ("lang ru", 0.80, 0.70),
        ("lang en", 0.80, 0.70),
        ("lang kk", 0.75, 0.70),
    ],
)
def test_precision_and_recall(
    stats: dict[str, dict[str, int]], scope: str, precision: float, recall: float
) -> None:
    c = stats[scope]
    assert c["tp"] / c["got"] >= precision, c
    assert c["tp"] / c["want"] >= recall, c
