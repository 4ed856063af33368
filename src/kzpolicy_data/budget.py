"""What one article may cost: a time and memory budget for every place that parses.

An article is parsed inside :func:`within`. Its work checks the budget at :func:`checkpoint`
(NER windows, parsed sentences, event triggers), and on the main thread a timer checks it
every ``TICK`` seconds as well, so a loop without a checkpoint cannot run past it either. Over
budget, the article fails with :class:`BudgetExceeded` (a :class:`ParseError` naming the file and
the budget) and the caller goes on with the next one. Memory is what the process's resident size
grew by since the article began (the models loaded on first use count against it): a build
worker holds one article at a time, and a test process holds much else besides.

The defaults suit the 2 MB limit on a raw article (see BENCHMARKS.md for the slowest inputs
the fuzz found); ``KZP_BUDGET_SECONDS`` and ``KZP_BUDGET_MB`` change them for every process of
a build, workers included, and ``0`` switches a bound off.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

from .errors import ParseError

__all__ = ["Budget", "BudgetExceeded", "checkpoint", "resident_mb", "within"]

TICK = 0.25
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


class BudgetExceeded(ParseError):
    """An article took more time or memory than its budget allows."""


@dataclass(frozen=True)
class Budget:
    """The most one article may take: wall-clock seconds, and megabytes of growth of the
    process's resident memory (0: no bound)."""

    seconds: float = 120.0
    memory_mb: int = 1024

    @classmethod
    def from_env(cls) -> Budget:
        """The defaults, overridden by ``KZP_BUDGET_SECONDS`` / ``KZP_BUDGET_MB``."""
        default = cls()
        try:
            seconds = float(os.environ.get("KZP_BUDGET_SECONDS", default.seconds))
            memory = int(os.environ.get("KZP_BUDGET_MB", default.memory_mb))
        except ValueError as exc:
            raise ParseError(
                f"a budget variable is not a number ({exc})",
                hint="set KZP_BUDGET_SECONDS to seconds and KZP_BUDGET_MB to whole megabytes",
            ) from None
        return cls(seconds=max(0.0, seconds), memory_mb=max(0, memory))


def resident_mb() -> float:
    """This process's resident memory now, in MB (Linux ``/proc``; the peak elsewhere)."""
    try:
        with open("/proc/self/statm", "rb") as f:
            return int(f.read().split()[1]) * _PAGE / 2**20
    except (OSError, IndexError, ValueError):
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class _Meter:
    def __init__(self, budget: Budget, path: str | None) -> None:
        self.budget = budget
        self.path = path
        self.deadline = time.monotonic() + budget.seconds if budget.seconds else None
        self.calls = 0
        self.base = resident_mb() if budget.memory_mb else 0.0

    def check(self, *, memory: bool = True) -> None:
        if self.deadline is not None and time.monotonic() > self.deadline:
            self._fail(f"took over its time budget of {self.budget.seconds:g} s")
        if memory and self.budget.memory_mb and resident_mb() - self.base > self.budget.memory_mb:
            self._fail(f"took over its memory budget of {self.budget.memory_mb} MB")

    def _fail(self, what: str) -> None:
        self.deadline = None  # fail once: the handler must not fire again during the unwind
        self.budget = Budget(seconds=0, memory_mb=0)
        raise BudgetExceeded(
            f"parsing {what}",
            path=self.path,
            hint="is this one article? split it, or raise KZP_BUDGET_SECONDS / KZP_BUDGET_MB",
        )


_active: ContextVar[_Meter | None] = ContextVar("kzp_budget", default=None)


def checkpoint() -> None:
    """Fail the article being parsed if it is over its budget (cheap: memory is read every
    64th call)."""
    meter = _active.get()
    if meter is not None:
        meter.calls += 1
        meter.check(memory=meter.calls % 64 == 0)


def _on_tick(signum: int, frame: FrameType | None) -> None:
    meter = _active.get()
    if meter is not None:
        meter.check()


@contextmanager
def within(budget: Budget | None, path: str | Path | None = None) -> Iterator[None]:
    """Run the block as one article's parse under ``budget`` (``None``: from the environment).

    Nested calls keep the outer budget. The timer is used only on the main thread of a process
    that has no other SIGALRM handler; elsewhere (a Dask worker's thread) checkpoints alone
    enforce the budget."""
    if _active.get() is not None:
        yield
        return
    meter = _Meter(budget or Budget.from_env(), None if path is None else str(path))
    token = _active.set(meter)
    timed = (
        hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, None)
        and bool(meter.budget.seconds or meter.budget.memory_mb)
    )
    if timed:
        signal.signal(signal.SIGALRM, _on_tick)
        signal.setitimer(signal.ITIMER_REAL, TICK, TICK)
    try:
        yield
    finally:
        if timed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, signal.SIG_DFL)
        _active.reset(token)
