"""The CLI's shared parts: the command group, common options, errors mapped to exit codes.

Exit codes: 0 success / valid, 1 invalid input or failed check, 2 usage error.
Nothing below this module imports click.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .._version import __version__
from ..errors import KzPolicyError

EXIT_INVALID = 1
EXIT_USAGE = 2

__all__ = [
    "EXIT_INVALID",
    "EXIT_USAGE",
    "FORMAT_OPTION",
    "JOBS_OPTION",
    "RAW_OPTION",
    "RELEASES_OPTION",
    "cli",
    "fail",
    "need_nlp",
    "release_dir",
]


# Options several commands share.
RAW_OPTION = click.option(
    "--raw",
    "raw_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("raw"),
    show_default=True,
    help="Folder of raw articles.",
)
RELEASES_OPTION = click.option(
    "--releases",
    "releases_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("releases"),
    show_default=True,
    help="Folder of published releases.",
)
FORMAT_OPTION = click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Output format.",
)
JOBS_OPTION = click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes (default: number of cores).",
)


def fail(error: KzPolicyError) -> None:
    """Print an error the way every command does, and exit 1."""
    click.echo(f"error: {error}", err=True)
    sys.exit(EXIT_INVALID)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kzpolicy-data")
def cli() -> None:
    """kzpolicy_data: build, validate and load the Kazakhstan policy interview dataset."""


def release_dir(version: str | None, releases_dir: Path) -> Path:
    """A release folder: from ``releases_dir`` when there is one (a checkout), else the
    release installed with the package (or downloaded)."""
    from ..access.load import release_path
    from ..release.index import latest_version, parse_version

    if not releases_dir.is_dir():
        return release_path(version)
    name = "v{}.{}.{}".format(*parse_version(version)) if version else latest_version(releases_dir)
    if name is None or not (releases_dir / name).is_dir():
        from ..errors import ReleaseError

        raise ReleaseError(
            f"release {name or '(none)'} not found",
            path=releases_dir,
            hint="list releases/ or run `kzpolicy-data release X.Y.Z`",
        )
    return releases_dir / name


def need_nlp() -> None:
    """Commands that parse with NER and events need the `nlp` extra: say so once, up front."""
    from ..nlp.analysis import require_nlp

    try:
        require_nlp()
    except KzPolicyError as exc:
        fail(exc)
