"""The command-line interface: parses arguments, calls the library, maps errors to exit codes.

Exit codes: 0 success / valid, 1 invalid input or failed check, 2 usage error.
Nothing below this module imports click.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from ._version import __version__
from .contrib.generated import check_generated, write_generated
from .errors import KzPolicyError

EXIT_INVALID = 1
EXIT_USAGE = 2


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

    if not (no_ner and no_events):
        _need_nlp()
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


@cli.command()
@RAW_OPTION
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("scratch/preview"),
    show_default=True,
    help="Preview folder to write.",
)
@JOBS_OPTION
@click.option("--no-progress", is_flag=True, help="Never show a progress bar.")
@click.option(
    "--cache",
    "cache_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path(".kzp-cache"),
    show_default=True,
    help="Parse cache: only new or changed articles are parsed again.",
)
@click.option("--no-cache", is_flag=True, help="Parse every article, ignoring the cache.")
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Where to parse: local worker processes, or a Dask cluster (needs the [dask] extra).",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="With --engine dask: workers of the local Dask cluster (default: --jobs, or cores).",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    default=None,
    help="Parse on the Dask cluster at ADDRESS (e.g. tcp://10.0.0.5:8786); implies --engine dask.",
)
def build(
    raw_dir: Path,
    out_dir: Path,
    jobs: int | None,
    no_progress: bool,
    cache_dir: Path,
    no_cache: bool,
    engine: str,
    workers: int | None,
    scheduler: str | None,
) -> None:
    """Parse and validate every raw article and write a release preview (the main job)."""
    from .release.build import build as run_build

    if workers is not None and engine != "dask":
        raise click.UsageError("--workers needs --engine dask (use --jobs for local processes)")
    _need_nlp()
    try:
        report = run_build(
            raw_dir,
            out_dir,
            jobs=workers or jobs,
            progress=not no_progress,
            cache=None if no_cache else cache_dir,
            engine="dask" if engine == "dask" or scheduler else "local",
            scheduler=scheduler,
        )
    except KzPolicyError as exc:
        fail(exc)
    click.echo(report.summary())


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
    from .release.release import recover, release_lock
    from .release.release import release as run_release

    try:
        if repair:
            with release_lock(releases_dir):
                done = recover(releases_dir)
            click.echo("\n".join(done) or "nothing to repair: the releases are consistent")
            return
        if version is None:
            raise click.UsageError("give a VERSION (or --repair)")
        _need_nlp()
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


def _release_dir(version: str | None, releases_dir: Path) -> Path:
    """A release folder: from ``releases_dir`` when there is one (a checkout), else the
    release installed with the package (or downloaded)."""
    from .release.index import latest_version, parse_version
    from .release.load import release_path

    if not releases_dir.is_dir():
        return release_path(version)
    name = "v{}.{}.{}".format(*parse_version(version)) if version else latest_version(releases_dir)
    if name is None or not (releases_dir / name).is_dir():
        from .errors import ReleaseError

        raise ReleaseError(
            f"release {name or '(none)'} not found",
            path=releases_dir,
            hint="list releases/ or run `kzpolicy-data release X.Y.Z`",
        )
    return releases_dir / name


def _need_nlp() -> None:
    """Commands that parse with NER and events need the `nlp` extra: say so once, up front."""
    from .nlp.analysis import require_nlp

    try:
        require_nlp()
    except KzPolicyError as exc:
        fail(exc)


@cli.command()
@click.argument("old")
@click.argument("new")
@RELEASES_OPTION
@FORMAT_OPTION
def diff(old: str, new: str, releases_dir: Path, fmt: str) -> None:
    """Show records added, removed and changed between releases OLD and NEW."""
    from .release.release import diff_releases

    try:
        result = diff_releases(_release_dir(old, releases_dir), _release_dir(new, releases_dir))
    except KzPolicyError as exc:
        fail(exc)
    if fmt == "json":
        click.echo(json.dumps(result, indent=2, sort_keys=True))
        return
    click.echo(f"{result['from']} -> {result['to']}: {result['unchanged']} unchanged")
    for key in ("added", "removed", "changed"):
        click.echo(f"{key}: {len(result[key])}")
        for rid in result[key]:
            click.echo(f"  {rid}")


@cli.command()
@click.argument("version", required=False)
@RELEASES_OPTION
@FORMAT_OPTION
def stats(version: str | None, releases_dir: Path, fmt: str) -> None:
    """Counts of a release (default: the latest) by genre, language, month, event, speaker."""
    from .contrib.stats import format_stats, release_stats
    from .release.load import load

    try:
        result = release_stats(load(path=_release_dir(version, releases_dir)))
    except KzPolicyError as exc:
        fail(exc)
    click.echo(
        json.dumps(result, indent=2, ensure_ascii=False) if fmt == "json" else format_stats(result)
    )


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Report format (`json` for machines).",
)
@click.option(
    "--corpus",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder of raw articles the PATHS must not duplicate (its own problems not reported).",
)
def validate(paths: tuple[Path, ...], fmt: str, corpus: Path | None) -> None:
    """Check raw articles, curation files and record JSONL files; report every problem.

    PATHS default to raw/. Exit 0 if all is valid, 1 if anything is invalid, 2 on usage errors.
    """
    from .contrib.validate import validate as run_validate

    report = run_validate(list(paths) or None, corpus=corpus)
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        click.echo(report.summary())
    sys.exit(0 if report.ok else EXIT_INVALID)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@FORMAT_OPTION
@click.option("--no-ner", is_flag=True, help="Skip the NER pipeline (faster; no names).")
def review(paths: tuple[Path, ...], fmt: str, no_ner: bool) -> None:
    """List the records a curator should look at, least certain first, with the fix for each.

    PATHS are raw articles, folders of them, or record JSONL files (default: raw/). For each
    record: its genre confidence, why it needs review, and the curation stanza that fixes it.
    Exit 0 (even when records need review), 1 if a file could not be read or parsed.
    """
    from .contrib.review import review as run_review

    report = run_review(list(paths) or None, ner=not no_ner)
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        click.echo(report.summary())
    sys.exit(EXIT_INVALID if report.errors else 0)


@cli.command("new-article")
@click.option("--url", required=True, help="Address of the article as published.")
@click.option("--date", "date", required=True, help="Publication date, YYYY-MM-DD.")
@click.option(
    "--text",
    "text_file",
    required=True,
    type=click.File("r", encoding="utf-8"),
    help="File with the article text as published (`-` for standard input).",
)
@click.option("--publisher", default=None, help="Outlet name, e.g. Zakon.kz (asked if missing).")
@click.option(
    "--license",
    "license_",
    default=None,
    help="Licence or permission under which the text may be published (asked if missing).",
)
@RAW_OPTION
def new_article(
    url: str, date: str, text_file: Any, publisher: str | None, license_: str | None, raw_dir: Path
) -> None:
    """Create a correctly named raw article and its curation file from a URL, date and text."""
    from .contrib.scaffold import new_article as scaffold

    interactive = sys.stdin.isatty() and getattr(text_file, "name", "-") != "<stdin>"
    if interactive:
        publisher = publisher or click.prompt("Publisher (outlet name)")
        license_ = license_ or click.prompt("Licence or permission for the text")
    if not publisher or not license_:
        raise click.UsageError(
            "pass --publisher and --license (they are asked for only on a terminal)"
        )
    try:
        txt, yml = scaffold(
            raw_dir,
            url=url,
            date=date,
            text=text_file.read(),
            publisher=publisher,
            license=license_,
        )
    except KzPolicyError as exc:
        fail(exc)
    click.echo(
        f"created {txt}\ncreated {yml}\nnext: kzpolicy-data validate --corpus {raw_dir} {txt} {yml}"
    )


@cli.command()
@click.option("--n", "n", type=click.IntRange(min=1), required=True, help="Number of articles.")
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Folder to write the raw articles to.",
)
@click.option("--seed", type=int, default=0, show_default=True, help="Random seed.")
@click.option(
    "--dense",
    is_flag=True,
    help="The stress corpus: longer articles of policy words only (about 40 events each).",
)
def synth(n: int, out_dir: Path, seed: int, dense: bool) -> None:
    """Write N synthetic raw articles calibrated to real ones (for benchmarks and tests)."""
    from .contrib.synth import write_corpus

    paths = write_corpus(out_dir, n, seed=seed, dense=dense)
    size = sum(p.stat().st_size for p in paths)
    click.echo(f"wrote {len(paths)} articles ({size / 1e6:.1f} MB) to {out_dir}")


def _is_version(text: str) -> bool:
    from .release.index import parse_version

    try:
        return bool(parse_version(text))
    except KzPolicyError:
        return False


def _verified_release(version: str | None, releases_dir: Path) -> Path:
    """The release in ``releases_dir``; outside a checkout, the installed or downloaded one."""
    from .errors import ReleaseError
    from .release.load import release_path, verify

    try:
        folder = _release_dir(version, releases_dir) if releases_dir.is_dir() else None
        folder = folder or release_path(version)
    except OSError as exc:  # the release index could not be downloaded
        raise ReleaseError(f"cannot find release {version}: {type(exc).__name__}") from exc
    verify(folder)
    return folder


@cli.command()
@click.argument("args", nargs=-1, metavar="[VERSION] [OUT]")
@click.option("--to", "target", type=click.Choice(["sqlite"]), default="sqlite", help="Format.")
@RELEASES_OPTION
def export(args: tuple[str, ...], target: str, releases_dir: Path) -> None:
    """Export a release (default: the latest) as a SQLite database at OUT (kzpolicy.db).

    One table per view, full-text search, licence and column descriptions. Needs [browse].
    """
    from .release.sqlite import DB_NAME, check_database, export_release

    if len(args) > 2:
        raise click.UsageError("give at most a VERSION and an OUT path")
    version, out = None, Path(f"{DB_NAME}.db")
    try:
        if len(args) == 2:
            version, out = args[0], Path(args[1])
        elif args and _is_version(args[0]):
            version = args[0]
        elif args:
            out = Path(args[0])
        meta = check_database(export_release(_verified_release(version, releases_dir), out))
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
    from .errors import ReleaseError

    try:
        try:
            from .release.browse import serve as run_serve
        except ImportError as exc:
            hint = "pip install 'kzpolicy-data[browse]'"
            raise ReleaseError(f"serve needs {exc.name}", hint=hint) from exc
        if db_path is None:
            from .release.sqlite import database_for

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
    from .release.hub import plan_publish
    from .release.hub import publish as run_publish

    try:
        plan = plan_publish(_release_dir(version, releases_dir), repo)
        if dry_run:
            click.echo(plan.summary())
            click.echo("dry run: nothing uploaded")
            return
        run_publish(plan)
    except KzPolicyError as exc:
        fail(exc)
    click.echo(plan.summary())
    click.echo(f"published: datasets.load_dataset({repo!r}, revision={plan.tag!r})")


def main() -> None:
    cli(prog_name="kzpolicy-data")
