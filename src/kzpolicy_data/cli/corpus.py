"""Commands on the corpus: parse, build, validate, review, new-article, synth, schema."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..contrib.generated import check_generated, write_generated
from ..errors import KzPolicyError
from ._base import (
    EXIT_INVALID,
    FORMAT_OPTION,
    JOBS_OPTION,
    RAW_OPTION,
    cli,
    fail,
    need_nlp,
)

__all__ = ["build", "new_article", "parse", "review", "schema", "synth", "validate"]


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
    from ..parse import parse_file, summarise

    if not (no_ner and no_events):
        need_nlp()
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
    from ..build.build import build as run_build

    if workers is not None and engine != "dask":
        raise click.UsageError("--workers needs --engine dask (use --jobs for local processes)")
    need_nlp()
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
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="Folder of raw articles the PATHS must not duplicate (its own problems not reported).",
)
def validate(paths: tuple[Path, ...], fmt: str, corpus: Path | None) -> None:
    """Check raw articles, curation files and record JSONL files; report every problem.

    PATHS default to raw/. Exit 0 if all is valid, 1 if anything is invalid, 2 on usage errors.
    """
    from ..contrib.validate import validate as run_validate

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
    from ..contrib.review import review as run_review

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
    type=click.Path(dir_okay=False, allow_dash=True),
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
    url: str, date: str, text_file: str, publisher: str | None, license_: str | None, raw_dir: Path
) -> None:
    """Create a correctly named raw article and its curation file from a URL, date and text."""
    from ..contrib.scaffold import new_article as scaffold
    from ..contrib.scaffold import read_article_text

    interactive = sys.stdin.isatty() and text_file != "-"
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
            text=read_article_text(text_file),
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
    from ..contrib.synth import write_corpus

    paths = write_corpus(out_dir, n, seed=seed, dense=dense)
    size = sum(p.stat().st_size for p in paths)
    click.echo(f"wrote {len(paths)} articles ({size / 1e6:.1f} MB) to {out_dir}")
