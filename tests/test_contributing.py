"""CONTRIBUTING.md's worked example works as written; the repository automation is sane."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from .conftest import DATA, ROOT


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


def _env() -> dict[str, str]:
    """The console scripts of this interpreter, running this source tree."""
    bindir = Path(sys.executable).parent
    return {
        **os.environ,
        "PATH": f"{bindir}{os.pathsep}{os.environ['PATH']}",
        "PYTHONPATH": str(ROOT / "src"),
    }


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@t", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def _workflow_step(name: str) -> dict[str, Any]:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "ci.yml").read_text("utf-8"))
    for job in workflow["jobs"].values():
        for step in job["steps"]:
            if step.get("name") == name:
                return dict(step)
    raise AssertionError(f"no step {name!r} in ci.yml")


@pytest.fixture
def pull_request(tmp_path: Path) -> Path:
    """A repository whose `origin/main` holds the corpus, on a branch about to add to it."""
    repo = tmp_path / "repo"
    shutil.copytree(ROOT / "raw", repo / "raw")
    shutil.copytree(ROOT / "releases", repo / "releases")
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "corpus")
    _git(repo, "update-ref", "refs/remotes/origin/main", "HEAD")
    _git(repo, "checkout", "-qb", "contribution")
    return repo


def _run_validate_step(repo: Path) -> subprocess.CompletedProcess[str]:
    step = _workflow_step("Validate changed raw, curation and record files")
    assert "${{" not in step["run"]  # expressions reach the script only through env
    env = {**_env(), "BASE_REF": "main"}
    assert step["env"]["BASE_REF"] == "${{ github.base_ref }}"
    return subprocess.run(
        ["bash", "-e", "-c", step["run"]],  # GitHub's `bash -e {0}`
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_pull_request_check_passes_a_new_article(pull_request: Path) -> None:
    new = pull_request / "raw" / "001_1111111111111111.txt"
    shutil.copy(DATA / "raw" / "ru_dash_prefix_lead.txt", new)
    _git(pull_request, "add", "-A")
    _git(pull_request, "commit", "-qm", "add an article")
    proc = _run_validate_step(pull_request)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "checked 1 file(s), 1 record(s)" in proc.stdout  # not raw/ again, not its own twin


def test_pull_request_check_fails_a_duplicate_and_an_empty_file(pull_request: Path) -> None:
    shutil.copy(ROOT / "raw" / "000_952d0ef163f4dde3.txt", pull_request / "raw" / "001_1.txt")
    (pull_request / "raw" / "002_2222222222222222.txt").write_bytes(b"")
    _git(pull_request, "add", "-A")
    _git(pull_request, "commit", "-qm", "add two bad articles")
    proc = _run_validate_step(pull_request)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "raw/001_1.txt: bad raw file name" in proc.stdout
    assert "raw/001_1.txt: exact duplicate of raw/000_952d0ef163f4dde3.txt" in proc.stdout
    assert "raw/002_2222222222222222.txt: file is empty" in proc.stdout


def test_pull_request_without_data_files_passes(pull_request: Path) -> None:
    (pull_request / "README.md").write_text("docs\n")
    _git(pull_request, "add", "-A")
    _git(pull_request, "commit", "-qm", "docs")
    proc = _run_validate_step(pull_request)
    assert proc.returncode == 0 and "no data files changed" in proc.stdout


def test_ci_runs_the_tests_on_every_supported_python() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "ci.yml").read_text("utf-8"))
    tests = workflow["jobs"]["tests"]
    assert tests["strategy"]["matrix"]["python-version"] == ["3.11", "3.12", "3.13"]
    assert any("bash .ci/run" in s.get("run", "") for s in tests["steps"])
    uses = [s["uses"] for job in workflow["jobs"].values() for s in job["steps"] if "uses" in s]
    assert set(uses) == {"actions/checkout@v5", "actions/setup-python@v6"}
    setups = [
        s
        for job in workflow["jobs"].values()
        for s in job["steps"]
        if "setup-python" in s.get("uses", "")
    ]
    assert all(s["with"]["cache"] == "pip" for s in setups)


def _pre_commit_files(hook: dict[str, Any], files: list[str]) -> list[str]:
    """The files pre-commit passes to a hook: `files` matches and `exclude` does not
    (both with re.search, as pre-commit does)."""
    return [
        f
        for f in files
        if re.search(hook["files"], f) and not re.search(hook.get("exclude", "^$"), f)
    ]


def test_pre_commit_hook_passes_on_this_repository() -> None:
    """`pre-commit try-repo` would install the NLP models from PyPI into a fresh environment;
    here the hook's entry runs on the files pre-commit would give it."""
    hook = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))[0]
    listed = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    files = _pre_commit_files(hook, listed)
    assert "raw/000_952d0ef163f4dde3.txt" in files
    assert not [f for f in files if f.startswith(("releases/", "tests/"))]
    assert _pre_commit_files(hook, ["releases/v0.1.0/jsonl/records-00000.jsonl"]) == []
    assert _pre_commit_files(hook, ["tests/data/invalid/records_not_json.jsonl"]) == []
    assert _pre_commit_files(hook, ["bench/real/gold.jsonl"]) == []
    assert _pre_commit_files(hook, ["raw/001_1111111111111111.TXT"])  # reported, not skipped
    proc = subprocess.run(
        [*shlex.split(hook["entry"]), *files],
        cwd=ROOT,
        env=_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_license_is_the_same_everywhere() -> None:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["license"] == "MIT AND CC-BY-4.0"
    assert (ROOT / "LICENSE").read_text("utf-8").startswith("MIT License")
    assert "Code: MIT" in (ROOT / "README.md").read_text("utf-8")
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text("utf-8"))
    assert cff["license"] == "CC-BY-4.0"  # the dataset; the code is MIT
    for minor in ("3.11", "3.12", "3.13"):
        assert f"Programming Language :: Python :: {minor}" in project["classifiers"]


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
