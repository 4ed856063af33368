"""The command-line interface: parses arguments, calls the library, maps errors to exit codes.

Exit codes: 0 success / valid, 1 invalid input or failed check, 2 usage error. The commands live
in ``corpus`` (raw articles in, records out), ``releases`` (publishing and comparing releases)
and ``browse`` (SQLite, Datasette, the Hub); nothing below this package imports click.
"""

from __future__ import annotations

from . import browse, corpus, releases
from ._base import EXIT_INVALID, EXIT_USAGE, cli

__all__ = ["EXIT_INVALID", "EXIT_USAGE", "browse", "cli", "corpus", "main", "releases"]


def main() -> None:
    """The ``kzpolicy-data`` console script."""
    cli(prog_name="kzpolicy-data")
