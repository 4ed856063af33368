"""A light install (no `nlp` extra): every command it offers works, the others say which extra
to install. The NLP libraries are made unimportable in a subprocess, as if not installed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

SEED = ROOT / "raw" / "000_952d0ef163f4dde3.txt"
NLP = ("natasha", "pymorphy3", "pymorphy3_dicts_ru", "datasketch", "razdel", "slovnet", "navec")
LIGHT = (
    "import sys\n"
    f"for name in {NLP!r}:\n"
    "    sys.modules[name] = None  # `import name` now fails as if it were not installed\n"
    "from kzpolicy_data.cli import main\n"
    "sys.argv = ['kzpolicy-data', *sys.argv[1:]]\n"
    "main()\n"
)


def light(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", LIGHT, *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
        timeout=600,
    )


def test_the_simulation_really_hides_the_nlp_libraries() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", LIGHT.split("from kzpolicy_data")[0] + "import datasketch"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode != 0 and "ModuleNotFoundError" in proc.stderr


def test_validate_works_and_says_what_it_skipped() -> None:
    proc = light("validate", str(ROOT / "raw"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "valid" in proc.stdout and "`nlp` extra is not installed" in proc.stdout


def test_validate_still_finds_duplicates(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / SEED.name).write_bytes(SEED.read_bytes())
    (raw / "001_1111111111111111.txt").write_bytes(SEED.read_bytes())
    proc = light("validate", str(raw))
    assert proc.returncode == 1 and "exact duplicate of" in proc.stdout, proc.stdout


def test_parse_without_nlp_works() -> None:
    proc = light("parse", "--no-ner", "--no-events", "--format", "summary", str(SEED))
    assert proc.returncode == 0, proc.stderr
    assert "000_952d0ef163f4dde3" in proc.stdout


@pytest.mark.parametrize(
    "args",
    [
        ("parse", str(SEED)),
        ("build", "--raw", str(ROOT / "raw"), "--out", "{tmp}/out", "--no-cache"),
        ("release", "9.0.0", "--raw", str(ROOT / "raw"), "--releases", "{tmp}/releases"),
    ],
)
def test_commands_that_need_nlp_say_which_extra(tmp_path: Path, args: tuple[str, ...]) -> None:
    proc = light(*(a.format(tmp=tmp_path) for a in args))
    assert proc.returncode == 1
    assert "install the `nlp` extra: pip install 'kzpolicy-data[nlp]'" in proc.stderr
    assert "Traceback" not in proc.stderr and "bug" not in proc.stderr
    assert not (tmp_path / "out").exists() and not (tmp_path / "releases").exists()


def test_stats_and_diff_outside_a_repository_use_the_installed_release(tmp_path: Path) -> None:
    proc = light("stats", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "articles" in proc.stdout.lower()
    proc = light("diff", "0.1.0", "0.1.0", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "0 unchanged" not in proc.stdout and "added: 0" in proc.stdout


def test_schema_check_works() -> None:
    proc = light("schema", "--check", "--root", str(ROOT))
    assert proc.returncode == 0, proc.stderr
