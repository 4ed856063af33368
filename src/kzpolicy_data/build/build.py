"""Build: parse every raw article, validate every record, write a release folder.

The build never writes anything partial: files go to a temporary folder beside the target,
which replaces the target only when every article parsed and validated. Records are streamed
to the writers as they are produced (in raw file order, which is id order), so memory does not
grow with the corpus; parsing runs in ``jobs`` worker processes with results identical to a
serial build. With a parse cache, a rebuild also reuses every shard group of the previous build
whose articles are unchanged (:mod:`.shards`), and parses and writes only the others; the
output is byte-identical to a clean build. ``engine="dask"`` parses on a Dask cluster
(:mod:`.distributed`) with the same output.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import sys
import tempfile
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, Literal, TypeVar

from ..errors import KzPolicyError, ValidationFailed
from ..records import Record
from ..release.writer import ReleaseWriter
from ..source.curation import MAX_CURATION_BYTES
from ..source.guarded import read_bounded
from ..source.raw import MAX_RAW_BYTES
from .checks import CorpusChecker, file_problems, folder_problems, pack_sketch, unpack_sketch
from .distributed import one_blas_thread as _one_blas_thread
from .distributed import parse_batch
from .outdir import check_out_dir, mark, out_lock, replace_dir
from .prepare import Preparer
from .shards import GroupState, PlannedGroup, ShardState, plan_groups

Engine = Literal["local", "dask"]
T = TypeVar("T")

__all__ = [
    "BuildFailed",
    "BuildReport",
    "Engine",
    "Parser",
    "build",
    "discover",
    "inputs_digest",
]


class BuildFailed(ValidationFailed):
    """One or more articles failed; ``errors`` lists every one of them."""

    def __init__(self, errors: list[KzPolicyError]) -> None:
        self.errors = errors
        lines = "\n".join(f"  {e}" for e in errors)
        super().__init__(
            f"{len(errors)} article(s) failed; nothing was written:\n{lines}",
            hint="fix the files listed above (kzpolicy-data validate shows every problem)",
        )


@dataclass
class BuildReport:
    """What a build produced."""

    out_dir: Path
    articles: int = 0
    turns: int = 0
    speakers: int = 0
    events_by_type: Counter[str] = field(default_factory=Counter)
    languages: Counter[str] = field(default_factory=Counter)
    genres: Counter[str] = field(default_factory=Counter)
    warnings: Counter[str] = field(default_factory=Counter)
    manifest: dict[str, Any] = field(default_factory=dict)
    resumed: bool = False  # a release an interrupted run had published: nothing was built
    notes: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, Any]:
        """The counters, as JSON (what the shard state keeps for a reused group)."""
        return {
            "articles": self.articles,
            "turns": self.turns,
            "speakers": self.speakers,
            **{name: dict(getattr(self, name)) for name in _COUNTERS},
        }

    def merge(self, counts: dict[str, Any]) -> None:
        self.articles += int(counts["articles"])
        self.turns += int(counts["turns"])
        self.speakers += int(counts["speakers"])
        for name in _COUNTERS:
            getattr(self, name).update(counts[name])

    def summary(self) -> str:
        def fmt(c: Counter[str]) -> str:
            return ", ".join(f"{k} {v}" for k, v in sorted(c.items())) or "none"

        if self.resumed:
            return "\n".join(
                [
                    f"finished {self.out_dir}",
                    f"  articles: {self.articles}  turns: {self.turns}",
                    *(f"  {n}" for n in self.notes),
                ]
            )
        return "\n".join(
            [
                f"built {self.out_dir}",
                f"  articles: {self.articles}  turns: {self.turns}  speakers: {self.speakers}",
                f"  events: {sum(self.events_by_type.values())} ({fmt(self.events_by_type)})",
                f"  languages: {fmt(self.languages)}",
                f"  genres: {fmt(self.genres)}",
                f"  warnings: {fmt(self.warnings)}",
            ]
        )


_COUNTERS = ("events_by_type", "languages", "genres", "warnings")


def discover(raw_dir: Path) -> list[Path]:
    """Raw article files under ``raw_dir``, sorted (so records come out in id order)."""
    # Not only regular files: a FIFO, a symlink or a folder named `*.txt` is reported (the
    # parser refuses it), never skipped.
    return sorted(raw_dir.glob("*.txt"))


def inputs_digest(paths: Iterable[Path]) -> str:
    """``sha256:`` over the names and bytes of the raw files and their curation files."""
    h = hashlib.sha256()
    for path in paths:
        for p, limit in ((path, MAX_RAW_BYTES), (path.with_suffix(".yaml"), MAX_CURATION_BYTES)):
            if p.exists() or p.is_symlink():
                data = read_bounded(p, limit)  # as the parser read them: no links, no devices
                h.update(f"{p.name}\t{hashlib.sha256(data).hexdigest()}\n".encode())
    return "sha256:" + h.hexdigest()


@dataclass(frozen=True)
class Parser:
    """A picklable parse function with the parser's options (for worker processes and Dask)."""

    ner: bool = True
    events: bool = True

    def __call__(self, path: Path) -> Record | KzPolicyError:
        from ..parse import parse_file

        try:
            return parse_file(path, ner=self.ner, events=self.events)
        except KzPolicyError as exc:
            return exc


_parse_one = Parser()


def _parsed(paths: list[Path], jobs: int, parse: Callable[[Path], T]) -> Iterator[T]:
    if jobs <= 1 or len(paths) < 2:
        yield from map(parse, paths)
        return
    size = max(1, min(32, len(paths) // (jobs * 4)))
    batches = iter([paths[i : i + size] for i in range(0, len(paths), size)])
    with ProcessPoolExecutor(max_workers=jobs, initializer=_one_blas_thread) as pool:
        # Results are taken in input order, so the output does not depend on scheduling; only a
        # few batches are in flight, so cached results cannot pile up in memory when the
        # workers outpace validation and writing (pool.map would queue the whole corpus).
        window = deque(pool.submit(parse_batch, parse, b) for b in islice(batches, 2 * jobs))
        while window:
            done = window.popleft().result()
            batch = next(batches, None)
            if batch is not None:
                window.append(pool.submit(parse_batch, parse, batch))
            yield from done


def _parse_with(
    engine: Engine,
    paths: list[Path],
    jobs: int,
    parse: Callable[[Path], T],
    scheduler: str | None,
) -> Iterator[T]:
    if engine == "dask" or scheduler is not None:
        from .distributed import parsed_on_dask

        return parsed_on_dask(paths, parse, scheduler=scheduler, workers=jobs)
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r}: use 'local' or 'dask'")
    return _parsed(paths, jobs, parse)


def _progress(items: Iterator[Any], total: int, enabled: bool) -> Iterator[Any]:
    if not enabled or not (total > 50 or sys.stderr.isatty()):
        return items
    try:
        from tqdm import tqdm
    except ImportError:
        return items
    return iter(tqdm(items, total=total, unit="article", file=sys.stderr))


def build(
    raw_dir: Path = Path("raw"),
    out_dir: Path = Path("scratch/preview"),
    *,
    jobs: int | None = None,
    progress: bool = True,
    version: str = "preview",
    root: Path | None = None,
    parse: Callable[[Path], Record | KzPolicyError] | None = None,
    cache: Path | None = None,
    extra_files: Callable[[Path], None] | None = None,
    engine: Engine = "local",
    scheduler: str | None = None,
    guard_out: bool = True,
) -> BuildReport:
    """Parse and validate every article of ``raw_dir``; write a release folder to ``out_dir``.

    Raises :class:`BuildFailed` listing every failed article; ``out_dir`` is then untouched.
    ``out_dir`` must be new, empty or a previous build's output (see :mod:`.outdir`: a
    :class:`ReleaseError` otherwise); ``guard_out=False`` skips that, and the marker, for a
    fresh folder the caller made (a release's staging folder). ``cache`` is a folder of parse
    results (see :mod:`kzpolicy_data.cache`): with it, only new or changed articles are parsed,
    and unchanged shard groups of the previous build of ``out_dir`` are reused.
    ``extra_files(tmp_dir)`` may add files (e.g. a diff) before checksums are written.
    ``engine="dask"`` parses on the Dask cluster at ``scheduler``, or on a local cluster of
    ``jobs`` workers.
    """
    options: dict[str, Any] = dict(
        jobs=jobs,
        progress=progress,
        version=version,
        root=root,
        parse=parse,
        cache=cache,
        extra_files=extra_files,
        engine=engine,
        scheduler=scheduler,
    )
    if not guard_out:
        return _build(raw_dir, out_dir, marked=False, **options)
    check_out_dir(out_dir, raw_dir)  # before the lock file is made beside it
    with out_lock(out_dir):
        check_out_dir(out_dir, raw_dir)  # again: no other build can change it now
        return _build(raw_dir, out_dir, marked=True, **options)


def _build(
    raw_dir: Path,
    out_dir: Path,
    *,
    jobs: int | None,
    progress: bool,
    version: str,
    root: Path | None,
    parse: Callable[[Path], Record | KzPolicyError] | None,
    cache: Path | None,
    extra_files: Callable[[Path], None] | None,
    engine: Engine,
    scheduler: str | None,
    marked: bool,
) -> BuildReport:
    paths = discover(raw_dir)
    if not paths:
        raise BuildFailed([ValidationFailed("no raw articles (*.txt) found", path=raw_dir)])
    jobs = jobs or os.cpu_count() or 1
    state = None
    if cache is not None:
        from .cache import CachedParser

        parse = parse or CachedParser(cache)
        state = ShardState(cache, out_dir).load()
    # the parser's own versions (with its options) if it has them: a parse cache's do
    groups = plan_groups(paths, state, out_dir, getattr(parse, "versions", None))
    todo = [p for g in groups if g.reuse is None for p in g.paths]
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-", dir=out_dir.parent))
    report = BuildReport(out_dir=out_dir)
    # The same rules as `validate` (build/checks.py), with the same messages.
    errors: list[KzPolicyError] = folder_problems(raw_dir)
    corpus = CorpusChecker()
    today = dt.date.today()
    # Workers parse, check and serialise (build/prepare.py); this process writes.
    work = Preparer(parse or _parse_one, (root or Path(".")).absolute(), today)
    done: list[GroupState] = []
    try:
        writer = ReleaseWriter(tmp)
        results = _progress(_parse_with(engine, todo, jobs, work, scheduler), len(todo), progress)
        for group in groups:
            for path in group.paths:
                errors.extend(file_problems(path))
            if group.reuse is not None:
                _reuse(group, writer, report, errors, corpus, done)
                continue
            part = BuildReport(out_dir=out_dir)
            texts: list[str] = []
            sketches: list[str] = []
            urls: list[str | None] = []
            for path in group.paths:
                result = next(results)
                if isinstance(result, KzPolicyError):
                    errors.append(result)
                    continue
                problems = result.problems + corpus.add_parts(
                    str(path), result.id, result.digest, result.sketch, url=result.url
                )
                if problems:
                    errors.extend(problems)
                    continue
                if not errors:  # after a failure nothing is published, so stop writing
                    writer.append(result.id, result.line, result.rows, result.parser, result.coders)
                part.merge(result.counts)
                texts.append(result.digest)
                sketches.append(pack_sketch(result.sketch))
                urls.append(result.url)
            report.merge(part.counts())
            if not errors and group.key is not None:
                done.append(_group_state(group, writer, part, texts, sketches, urls))
        if errors:
            raise BuildFailed(errors)
        writer.close()
        report.manifest = writer.manifest(
            version=version, inputs_digest=inputs_digest(paths), articles=len(paths)
        )
        if extra_files is not None:
            extra_files(tmp)
        writer.finish(report.manifest)
        if marked:
            mark(tmp)  # after SHA256SUMS: a marker, not part of the release
        replace_dir(tmp, out_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if state is not None:
        for g in done:
            g.stamp(out_dir, writer.digests)
        state.save(done)
    return report


def _reuse(
    group: PlannedGroup,
    writer: ReleaseWriter,
    report: BuildReport,
    errors: list[KzPolicyError],
    corpus: CorpusChecker,
    done: list[GroupState],
) -> None:
    """Copy an unchanged group's files, and count and check its records as writing them would:
    the corpus rules run on the ids, text digests and sketches kept from the last build."""
    old, sources = group.reuse, group.sources
    assert old is not None and sources is not None and group.key is not None
    kept = zip(group.paths, old.ids, old.texts, old.sketches, old.urls, strict=True)
    for path, rid, digest, mine, url in kept:
        errors.extend(corpus.add_parts(str(path), rid, digest, unpack_sketch(mine), url=url))
    report.merge(old.counts)
    if errors:
        return
    writer.copy_group(
        sources,
        last_id=old.ids[-1],
        records=len(old.ids),
        rows=old.rows,
        parsers=old.parsers,
        coders=old.coders,
    )
    done.append(old.model_copy(update={"index": writer.group}))


def _group_state(
    group: PlannedGroup,
    writer: ReleaseWriter,
    part: BuildReport,
    texts: list[str],
    sketches: list[str],
    urls: list[str | None],
) -> GroupState:
    """What the writer holds for the group whose records it has just been given."""
    assert group.key is not None
    if writer.in_group != len(group.paths):  # the writer cut the records otherwise
        raise AssertionError(f"shard group of {len(group.paths)} written as {writer.in_group}")
    return GroupState(
        key=group.key,
        index=writer.group,
        ids=[p.stem for p in group.paths],
        texts=texts,
        sketches=sketches,
        urls=urls,
        rows=dict(writer.group_rows),
        parsers=sorted(writer.group_parsers),
        coders=sorted(writer.group_coders),
        counts=part.counts(),
    )
