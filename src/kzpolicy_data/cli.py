"""The command-line interface: parses arguments, calls the library, maps errors to exit codes.

Exit codes: 0 success / valid, 1 invalid input or failed check, 2 usage error.
Nothing below this module imports click.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from . import __version__
from .errors import KzPolicyError
from .schema import check_generated, write_generated

EXIT_INVALID = 1
EXIT_USAGE = 2


def fail(error: KzPolicyError) -> None:
    """Print an error the way every command does, and exit 1."""
    click.echo(f"error: {error}", err=True)
    sys.exit(EXIT_INVALID)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kzpolicy-data")
def cli() -> None:
    """kzpolicy_data: build, validate and load the Kazakhstan policy interview dataset."""


@cli.command()
@click.option("--check", is_flag=True, help="Exit 1 if a committed generated file is stale.")
@click.option(
    "--root",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("."),
    show_default=True,
    help="Repository root holding schema/ and README.md.",
)
def schema(check: bool, root: Path) -> None:
    """Write (or --check) the JSON Schemas and generated doc tables."""
    try:
        if check:
            check_generated(root)
            click.echo("generated files are up to date")
        else:
            changed = write_generated(root)
            for path in changed:
                click.echo(f"wrote {path}")
            if not changed:
                click.echo("generated files are up to date")
    except KzPolicyError as exc:
        fail(exc)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["both", "json", "summary"]),
    default="both",
    show_default=True,
    help="JSON records on stdout, a readable summary on stderr, or both.",
)
@click.option("--no-ner", is_flag=True, help="Skip named-entity recognition (faster).")
@click.option("--no-events", is_flag=True, help="Skip event extraction.")
def parse(files: tuple[Path, ...], fmt: str, no_ner: bool, no_events: bool) -> None:
    """Parse raw articles into records; errors are reported per file, the run goes on."""
    from .parse import parse_file, summarise

    failed = 0
    for path in files:
        try:
            record = parse_file(path, ner=not no_ner, events=not no_events)
        except KzPolicyError as exc:
            failed += 1
            click.echo(f"error: {exc}", err=True)
            continue
        if fmt in ("both", "json"):
            data = record.model_dump(mode="json")
            click.echo(json.dumps(data, ensure_ascii=False, sort_keys=True))
        if fmt in ("both", "summary"):
            click.echo(summarise(record), err=fmt == "both")
    if failed:
        click.echo(f"{failed} of {len(files)} file(s) failed to parse", err=True)
        sys.exit(EXIT_INVALID)


def main() -> None:
    cli(prog_name="kzpolicy-data")
