"""Memory of a process tree over time: a build's own RSS and its workers', sampled together.

``VmHWM`` of the build process misses its workers (separate processes), and their
``ru_maxrss`` is known only once they exit; the sum of the tree's ``VmRSS``, sampled every
second, is what the machine has to hold at once.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:  # the process ended between listing and reading
        pass
    return 0


def _children(pid: int) -> list[int]:
    out: list[int] = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            out += [int(c) for c in (task / "children").read_text().split()]
    except OSError:
        pass
    return out


def tree_rss_mb(pid: int | None = None) -> float:
    """RSS of ``pid`` (default: this process) and all its descendants, in MB."""
    todo, total = [pid or os.getpid()], 0
    while todo:
        p = todo.pop()
        total += _rss_kb(p)
        todo += _children(p)
    return total / 1024


class TreeSampler:
    """Samples :func:`tree_rss_mb` in a thread; ``peak`` and ``samples`` (seconds, MB)."""

    def __init__(self, every: float = 1.0) -> None:
        self.every, self.peak = every, 0.0
        self.samples: list[tuple[float, float]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        start = time.perf_counter()
        while not self._stop.is_set():
            mb = tree_rss_mb()
            self.peak = max(self.peak, mb)
            self.samples.append((round(time.perf_counter() - start, 1), round(mb)))
            self._stop.wait(self.every)

    def __enter__(self) -> TreeSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
