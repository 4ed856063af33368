"""Build: parse every raw article, validate every record, write a release folder.

The build never writes anything partial: files go to a temporary folder beside the target,
which replaces the target only when every article parsed and validated. Records are streamed
to the writers as they are produced (in raw file order, which is id order), so memory does not
grow with the corpus; parsing runs in ``jobs`` worker processes with results identical to a
serial build.
"""

from __future__ import annotations

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
from typing import Any

from ..errors import KzPolicyError, ValidationFailed
from ..records import Record
from ..schema import SchemaValidator, schema_validator
from .checks import exact_duplicate, role_problems
from .writer import ReleaseWriter

__all__ = [
    "BuildFailed",
    "BuildReport",
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

    def add(self, record: Record) -> None:
        self.articles += 1
        self.turns += len(record.turns)
        self.speakers += len(record.speakers)
        self.events_by_type.update(e.event_type.value for e in record.events)
        self.languages[record.metadata.in_language.value] += 1
        self.genres[record.metadata.genre.value] += 1
        self.warnings.update(f.code for f in record.flags)

    def summary(self) -> str:
        def fmt(c: Counter[str]) -> str:
            return ", ".join(f"{k} {v}" for k, v in sorted(c.items())) or "none"

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


def discover(raw_dir: Path) -> list[Path]:
    """Raw article files under ``raw_dir``, sorted (so records come out in id order)."""
    return sorted(p for p in raw_dir.glob("*.txt") if p.is_file())


def inputs_digest(paths: Iterable[Path]) -> str:
    """``sha256:`` over the names and bytes of the raw files and their curation files."""
    h = hashlib.sha256()
    for path in paths:
        for p in (path, path.with_suffix(".yaml")):
            if p.exists():
                h.update(f"{p.name}\t{hashlib.sha256(p.read_bytes()).hexdigest()}\n".encode())
    return "sha256:" + h.hexdigest()


def _parse_one(path: Path) -> Record | KzPolicyError:
    from ..parse import parse_file

    try:
        return parse_file(path)
    except KzPolicyError as exc:
        return exc


def _one_blas_thread() -> None:
    """Keep each worker's NER matrix products on one thread.

    OpenBLAS starts a thread per core in every process; with a worker per core they fight for
    the cores and a 2-job build ran slower than a serial one (measured: 24 s against 18 s).
    """
    try:
        import numpy  # noqa: F401  (threadpoolctl limits only libraries already loaded)
        from threadpoolctl import threadpool_limits
    except ImportError:
        return
    threadpool_limits(limits=1)


def _parse_batch(
    parse: Callable[[Path], Record | KzPolicyError], paths: list[Path]
) -> list[Record | KzPolicyError]:
    return [parse(p) for p in paths]


def _parsed(
    paths: list[Path], jobs: int, parse: Callable[[Path], Record | KzPolicyError]
) -> Iterator[Record | KzPolicyError]:
    if jobs <= 1 or len(paths) < 2:
        yield from map(parse, paths)
        return
    size = max(1, min(32, len(paths) // (jobs * 4)))
    batches = iter([paths[i : i + size] for i in range(0, len(paths), size)])
    with ProcessPoolExecutor(max_workers=jobs, initializer=_one_blas_thread) as pool:
        # Results are taken in input order, so the output does not depend on scheduling; only a
        # few batches are in flight, so cached results cannot pile up in memory when the
        # workers outpace validation and writing (pool.map would queue the whole corpus).
        window = deque(pool.submit(_parse_batch, parse, b) for b in islice(batches, 2 * jobs))
        while window:
            done = window.popleft().result()
            batch = next(batches, None)
            if batch is not None:
                window.append(pool.submit(_parse_batch, parse, batch))
            yield from done


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
) -> BuildReport:
    """Parse and validate every article of ``raw_dir``; write a release folder to ``out_dir``.

    Raises :class:`BuildFailed` listing every failed article; ``out_dir`` is then untouched.
    ``cache`` is a folder of parse results (see :mod:`kzpolicy_data.cache`): with it, only
    new or changed articles are parsed. ``extra_files(tmp_dir)`` may add files (e.g. a diff)
    before checksums are written.
    """
    paths = discover(raw_dir)
    if not paths:
        raise BuildFailed([ValidationFailed("no raw articles (*.txt) found", path=raw_dir)])
    jobs = jobs or os.cpu_count() or 1
    if parse is None and cache is not None:
        from .cache import CachedParser

        parse = CachedParser(cache)
    validator = schema_validator(root)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-", dir=out_dir.parent))
    report = BuildReport(out_dir=out_dir)
    errors: list[KzPolicyError] = []
    seen_text: dict[str, str] = {}
    try:
        writer = ReleaseWriter(tmp)
        results = _parsed(paths, jobs, parse or _parse_one)
        for path, result in zip(paths, _progress(results, len(paths), progress), strict=True):
            if isinstance(result, KzPolicyError):
                errors.append(result)
                continue
            problems = _check(result, path, validator, seen_text)
            if problems:
                errors.extend(problems)
                continue
            if not errors:  # after a failure nothing is published, so stop writing
                writer.write(result)
            report.add(result)
        if errors:
            raise BuildFailed(errors)
        writer.close()
        report.manifest = writer.manifest(
            version=version, inputs_digest=inputs_digest(paths), articles=len(paths)
        )
        if extra_files is not None:
            extra_files(tmp)
        writer.finish(report.manifest)
        _replace_dir(tmp, out_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return report


def _check(
    record: Record, path: Path, validator: SchemaValidator, seen_text: dict[str, str]
) -> list[KzPolicyError]:
    problems: list[KzPolicyError] = [
        ValidationFailed(f"schema: {message[:300]}", path=path, json_path=where)
        for where, message in validator.errors(record.model_dump(mode="json"))
    ]
    problems.extend(role_problems(record, str(path)))
    duplicate = exact_duplicate(record, str(path), seen_text)
    if duplicate is not None:
        problems.append(duplicate)
    return problems


def _replace_dir(new: Path, target: Path) -> None:
    """Move ``new`` to ``target``, replacing it; the old folder is removed only afterwards."""
    if target.exists():
        old = target.with_name(f".{target.name}.old-{os.getpid()}")
        os.rename(target, old)
        os.rename(new, target)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.rename(new, target)
