from __future__ import annotations

import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from kzpolicy_data import __version__
from kzpolicy_data.cli import cli

from .conftest import ROOT

DOCS = (ROOT / "README.md").read_text("utf-8") + (
    (ROOT / "CONTRIBUTING.md").read_text("utf-8") if (ROOT / "CONTRIBUTING.md").exists() else ""
)


def test_version() -> None:
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0 and __version__ in result.output


def test_module_entry_point() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "kzpolicy_data", "--help"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0 and "Commands:" in proc.stdout


def test_usage_error_exits_2() -> None:
    result = CliRunner().invoke(cli, ["no-such-command"])
    assert result.exit_code == 2


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_help_and_is_documented(name: str) -> None:
    command: click.Command = cli.commands[name]
    assert command.help and len(command.help.strip()) > 10
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0 and "Usage:" in result.output
    assert f"kzpolicy-data {name}" in DOCS, f"`kzpolicy-data {name}` is not in README/CONTRIBUTING"
    for param in command.params:
        if isinstance(param, click.Option):
            assert param.help, f"option {param.name} of {name} has no help text"
