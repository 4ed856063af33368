"""Commands that publish or browse a release: export, serve, publish."""

from __future__ import annotations

import re
from pathlib import Path

import click

from ..errors import KzPolicyError
from ._base import (
    RELEASES_OPTION,
    cli,
    fail,
    release_dir,
)

__all__ = ["export", "publish", "serve"]


# What a version looks like, complete or not (`0.2`, `v1`): never taken for a file name.
_VERSION_LIKE = re.compile(r"v?[0-9]+(?:\.[0-9]+)*")


def _is_version(text: str) -> bool:
    return _VERSION_LIKE.fullmatch(text) is not None


def _verified_release(version: str | None, releases_dir: Path) -> Path:
    """The release in ``releases_dir``; outside a checkout, the installed or downloaded one."""
    from ..access.load import release_path, verify
    from ..errors import ReleaseError

    try:
        folder = release_dir(version, releases_dir) if releases_dir.is_dir() else None
        folder = folder or release_path(version)
    except OSError as exc:  # the release index could not be downloaded
        raise ReleaseError(f"cannot find release {version}: {type(exc).__name__}") from exc
    verify(folder)
    return folder


@cli.command()
@click.argument("args", nargs=-1, metavar="[VERSION] [OUT]")
@click.option("--to", "target", type=click.Choice(["sqlite"]), default="sqlite", help="Format.")
@click.option("--force", is_flag=True, help="Replace OUT if it exists.")
@RELEASES_OPTION
def export(args: tuple[str, ...], target: str, force: bool, releases_dir: Path) -> None:
    """Export a release (default: the latest) as a SQLite database at OUT (kzpolicy.db).

    One table per view, full-text search, licence and column descriptions. An existing OUT is
    replaced only with --force. Needs [browse].
    """
    from ..access.sqlite import DB_NAME, export_release
    from ..access.sqlite_query import check_database

    if len(args) > 2:
        raise click.UsageError("give at most a VERSION and an OUT path")
    if len(args) == 2 and _is_version(args[1]):
        raise click.UsageError(f"OUT {args[1]!r} looks like a version: give a file name")
    version, out = None, Path(f"{DB_NAME}.db")
    try:
        if len(args) == 2:
            version, out = args[0], Path(args[1])
        elif args and _is_version(args[0]):  # `0.2` is a (bad) version, not a file name
            version = args[0]
        elif args:
            out = Path(args[0])
        folder = _verified_release(version, releases_dir)
        meta = check_database(export_release(folder, out, replace=force))
    except KzPolicyError as exc:
        fail(exc)
    counts = ", ".join(f"{k} {v}" for k, v in sorted(meta.get("counts", {}).items()))
    click.echo(f"wrote {out} ({target}, {meta.get('title')}: {counts})")


@cli.command()
@click.argument("version", required=False)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port", type=click.IntRange(1, 65535), default=8001, show_default=True, help="Port."
)
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Serve this exported database instead of building one for VERSION.",
)
@RELEASES_OPTION
def serve(
    version: str | None, host: str, port: int, db_path: Path | None, releases_dir: Path
) -> None:
    """Browse a release (default: the latest) in Datasette: facets, search, record pages.

    The database is built once per release and cached. Needs the [browse] extra.
    """
    from ..errors import ReleaseError

    try:
        try:
            from ..access.browse import serve as run_serve
        except ImportError as exc:
            hint = "pip install 'kzpolicy-data[browse]'"
            raise ReleaseError(f"serve needs {exc.name}", hint=hint) from exc
        if db_path is None:
            from ..access.sqlite_assets import database_for

            db_path = database_for(_verified_release(version, releases_dir))
        say = f"serving {db_path} at {{}} (Ctrl-C to stop)"
        run_serve(db_path, host=host, port=port, announce=lambda url: click.echo(say.format(url)))
    except KzPolicyError as exc:
        fail(exc)


@cli.command()
@click.argument("version")
@click.option("--repo", required=True, help="Hub dataset repository, ORG/NAME.")
@click.option("--dry-run", is_flag=True, help="List the files and the tag; upload nothing.")
@RELEASES_OPTION
def publish(version: str, repo: str, dry_run: bool, releases_dir: Path) -> None:
    """Upload release VERSION to a Hugging Face Hub dataset repo and tag it vX.Y.Z.

    The token comes from HF_TOKEN or the cached login (never printed); HF_ENDPOINT selects
    the server. Only a verified release is published. Needs the [hub] extra.
    """
    from ..publish.hub import plan_publish
    from ..publish.hub import publish as run_publish

    try:
        plan = plan_publish(release_dir(version, releases_dir), repo)
        if dry_run:
            click.echo(plan.summary())
            click.echo("dry run: nothing uploaded")
            return
        run_publish(plan)
    except KzPolicyError as exc:
        fail(exc)
    click.echo(plan.summary())
    click.echo(f"published: datasets.load_dataset({repo!r}, revision={plan.tag!r})")
