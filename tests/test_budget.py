"""The per-article budget: an article over its time or memory budget fails with a clear error
naming the file and the budget, in the main thread (a timer) and in others (checkpoints)."""

from __future__ import annotations

import threading
import time

import pytest

from kzpolicy_data import parse_bytes
from kzpolicy_data.budget import Budget, BudgetExceeded, checkpoint, within
from kzpolicy_data.errors import ParseError


def test_a_loop_without_checkpoints_is_stopped_by_the_timer() -> None:
    start = time.monotonic()
    over = pytest.raises(BudgetExceeded, match=r"a\.txt: parsing took over its time budget of 0\.5")
    with over, within(Budget(seconds=0.5, memory_mb=0), "a.txt"):
        while True:  # what a cycle in a parse once did
            pass
    assert time.monotonic() - start < 5


def test_checkpoints_enforce_the_budget_off_the_main_thread() -> None:
    caught: list[BaseException] = []

    def work() -> None:
        try:
            with within(Budget(seconds=0.2, memory_mb=0), "b.txt"):
                while True:
                    checkpoint()
        except BudgetExceeded as exc:
            caught.append(exc)

    t = threading.Thread(target=work)
    t.start()
    t.join(10)
    assert not t.is_alive() and caught and caught[0].path == "b.txt"


def test_memory_growth_over_the_budget_fails_the_article() -> None:
    over = pytest.raises(BudgetExceeded, match="memory budget of 64 MB")
    with over, within(Budget(seconds=0, memory_mb=64), "c.txt"):
        hoard = []
        for _ in range(400):
            hoard.append(bytearray(1024 * 1024))  # touched: resident
            checkpoint()


def test_nested_budgets_keep_the_outer_one() -> None:
    over = pytest.raises(BudgetExceeded, match=r"outer\.txt")
    outer = within(Budget(seconds=0.3, memory_mb=0), "outer.txt")
    with over, outer, within(Budget(seconds=100, memory_mb=0), "inner.txt"):
        while True:
            checkpoint()


def test_the_timer_is_disarmed_after_the_article() -> None:
    with within(Budget(seconds=0.3, memory_mb=0), "d.txt"):
        pass
    time.sleep(0.6)  # an armed timer would raise here


def test_parse_reports_the_budget_as_the_articles_parse_error() -> None:
    data = " date 2026-01-01 Текст.\n\n– Вопрос?\n\n– Ответ.\n".encode()
    with pytest.raises(ParseError, match=r"^000_0000000000000001\.txt: parsing took over"):
        parse_bytes(
            data, "000_0000000000000001.txt", ner=False, events=False, budget=Budget(1e-9, 0)
        )


def test_the_environment_sets_the_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KZP_BUDGET_SECONDS", "7.5")
    monkeypatch.setenv("KZP_BUDGET_MB", "300")
    assert Budget.from_env() == Budget(seconds=7.5, memory_mb=300)
    monkeypatch.setenv("KZP_BUDGET_MB", "lots")
    with pytest.raises(ParseError, match="KZP_BUDGET_MB"):
        Budget.from_env()
