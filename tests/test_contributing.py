"""CONTRIBUTING.md's worked example works as written; the repository automation is sane."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from .conftest import ROOT


def walkthrough() -> str:
    text = (ROOT / "CONTRIBUTING.md").read_text("utf-8")
    match = re.search(r"<!-- walkthrough -->\n```bash\n(.*?)```\n<!-- /walkthrough -->", text, re.S)
    assert match, "CONTRIBUTING.md has no marked walkthrough block"
    return match.group(1)


def test_walkthrough_runs_literally_on_a_copy_of_the_repo(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    for name in ("raw", "schema"):
        shutil.copytree(ROOT / name, repo / name)
    bindir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bindir}{os.pathsep}{os.environ['PATH']}"}
    proc = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", walkthrough()],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "valid" in proc.stdout and "articles: 2" in proc.stdout
    created = sorted(p.name for p in (repo / "raw").glob("001_*"))
    assert [Path(n).suffix for n in created] == [".txt", ".yaml"]


def test_pre_commit_hook_runs_validate() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))
    assert hooks[0]["entry"] == "kzpolicy-data validate"
    assert re.search(hooks[0]["files"], "raw/000_952d0ef163f4dde3.txt")


def test_workflow_validates_changed_files_and_runs_ci() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "ci.yml").read_text("utf-8"))
    steps = [s.get("run", "") for job in workflow["jobs"].values() for s in job["steps"]]
    assert any("kzpolicy-data validate" in s for s in steps)
    assert any("bash .ci/run" in s for s in steps)


def test_citation_cff_has_the_required_fields() -> None:
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text("utf-8"))
    for key in ("cff-version", "message", "title", "authors"):
        assert cff[key]
    assert cff["type"] == "dataset"


@pytest.mark.slow
def test_citation_cff_is_valid_for_cffconvert(tmp_path: Path) -> None:
    # cffconvert pins jsonschema<4, so it gets a throwaway venv of its own.
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    install = subprocess.run(
        [str(venv / "bin" / "pip"), "install", "-q", "cffconvert"],
        capture_output=True,
        text=True,
        check=False,
    )
    if install.returncode != 0:
        pytest.skip(f"cannot install cffconvert here: {install.stderr[-300:]}")
    proc = subprocess.run(
        [str(venv / "bin" / "cffconvert"), "--validate", "-i", str(ROOT / "CITATION.cff")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
