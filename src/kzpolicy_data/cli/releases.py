"""Commands on releases: release, diff, stats."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import KzPolicyError
from ._base import (
    FORMAT_OPTION,
    JOBS_OPTION,
    RAW_OPTION,
    RELEASES_OPTION,
    cli,
    fail,
    need_nlp,
    release_dir,
)

__all__ = ["diff", "release", "stats"]


@cli.command()
@click.argument("version", required=False)
@RAW_OPTION
@RELEASES_OPTION
@JOBS_OPTION
@click.option(
    "--with-sqlite",
    is_flag=True,
    help="Add the SQLite database as an asset if it is small enough (needs [browse]).",
)
@click.option(
    "--force-version",
    is_flag=True,
    help="Publish even if the version's kind (patch, minor, major) does not fit the diff.",
)
@click.option(
    "--repair",
    is_flag=True,
    help="Finish an interrupted release: remove staging folders, verify and re-index.",
)
def release(
    version: str | None,
    raw_dir: Path,
    releases_dir: Path,
    jobs: int | None,
    with_sqlite: bool,
    force_version: bool,
    repair: bool,
) -> None:
    """Build raw/ and publish it atomically as releases/vX.Y.Z (SemVer from the diff)."""
    from ..publish.release import release as run_release
    from ..publish.release import repair as run_repair

    try:
        if repair:
            done = run_repair(releases_dir)
            click.echo("\n".join(done) or "nothing to repair: the releases are consistent")
            return
        if version is None:
            raise click.UsageError("give a VERSION (or --repair)")
        need_nlp()
        report = run_release(
            version,
            raw_dir,
            releases_dir,
            jobs=jobs,
            sqlite=with_sqlite,
            force_version=force_version,
        )
    except KzPolicyError as exc:
        fail(exc)
    click.echo(report.summary())


@cli.command()
@click.argument("old")
@click.argument("new")
@RELEASES_OPTION
@FORMAT_OPTION
def diff(old: str, new: str, releases_dir: Path, fmt: str) -> None:
    """Show records added, removed and changed between releases OLD and NEW, and which
    fields of each changed record changed."""
    from ..publish.release import diff_releases
    from ..release.schema_change import moved_fields, reencoded_only

    try:
        result = diff_releases(release_dir(old, releases_dir), release_dir(new, releases_dir))
    except KzPolicyError as exc:
        fail(exc)
    if fmt == "json":
        click.echo(json.dumps(result, indent=2, sort_keys=True))
        return
    click.echo(f"{result['from']} -> {result['to']}: {result['unchanged']} unchanged")
    schema = result.get("schema")
    if schema:
        click.echo(f"schema changed: {schema['from']} -> {schema['to']}{moved_fields(schema)}")
    for key in ("added", "removed", "changed"):
        click.echo(f"{key}: {len(result[key])}")
        for rid in result[key]:
            fields = result["fields"].get(rid) if key == "changed" else None
            if fields == [] and schema:
                click.echo(f"  {rid}: {reencoded_only(schema)}")
            else:
                click.echo(f"  {rid}: {', '.join(fields)}" if fields else f"  {rid}")


@cli.command()
@click.argument("version", required=False)
@RELEASES_OPTION
@FORMAT_OPTION
def stats(version: str | None, releases_dir: Path, fmt: str) -> None:
    """Counts of a release (default: the latest) by genre, language, month, event, speaker."""
    from ..access.load import load
    from ..contrib.stats import format_stats, release_stats

    try:
        result = release_stats(load(path=release_dir(version, releases_dir)))
    except KzPolicyError as exc:
        fail(exc)
    click.echo(
        json.dumps(result, indent=2, ensure_ascii=False) if fmt == "json" else format_stats(result)
    )
