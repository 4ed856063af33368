"""A small smoke run of the benchmark (the real runs are not part of the test suite)."""

from __future__ import annotations

import re
import subprocess
import sys

from .conftest import ROOT


def test_benchmark_smoke_run(tmp_path: object) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "run.py"),
            "--n",
            "20",
            "--work",
            str(tmp_path),
            "--only",
            "read+normalise",
            "--only",
            "validate-jsonschema-rs",
            "--only",
            "load-hf",
            "--cloned",
            "30",
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    rows = [line for line in proc.stdout.splitlines() if line.startswith("| ")]
    assert len(rows) == 7 and "skipped" not in proc.stdout, proc.stdout
    assert "x |" in rows[1]  # a ratio to the floor is printed
    # Cloned: the records are written under new ids and load whole.
    assert "## cloned N = 30" in proc.stdout
    assert [r.split("|")[1].strip() for r in rows[-2:]] == ["write-cloned", "load-hf"]


def test_event_evaluation_runs() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "evaluate_events.py")],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert "seed recall" in proc.stdout and "precision" in proc.stdout


def test_evaluate_structure_smoke_run() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "evaluate_structure.py"), "--no-ner", "-v"],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    fixtures, short = [line for line in proc.stdout.splitlines() if line.startswith("all ")]
    cells = re.findall(r"(\d+)/(\d+)", fixtures)
    # interview, first Q, first A, turn count, language (names need NER: not measured here);
    # every fixture's structure is right.
    assert len(cells) == 5 and all(hit == n for hit, n in cells), fixtures
    # The 40 short excerpts: interview or not, language, complete pairs.
    cells = re.findall(r"(\d+)/(\d+)", short)
    assert cells == [("40", "40"), ("40", "40"), ("28", "28")], short
    assert "misses:" not in proc.stdout
