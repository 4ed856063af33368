"""Benchmark every stage of the pipeline on a synthetic corpus, each beside its floor.

Usage::

    python bench/run.py                 # N = 1,000 and 10,000
    python bench/run.py --n 200         # a quick run (CI smoke test uses --n 20)
    python bench/run.py --n 100000      # the big one (hours on 2 cores)
    python bench/run.py --n 1000 --cloned 100000   # write + load 100,000 records cloned from 1,000
    python bench/run.py --calibrate 200 # synthetic corpus against the seed and the devset
    python bench/run.py --n 1000 --dense            # the old dense corpus (stress test)

Each stage runs in a fresh subprocess, so the peak RSS printed is that stage's own (worker
processes not included). CPU seconds (the stage's own and its finished children's) are printed
beside wall seconds: on a shared machine they are the steadier figure. A floor is
the cost of the least any implementation must do on the same data (reading the same bytes,
``orjson.loads`` of the same JSONL, ``read_table`` of the same Parquet); ratio = stage / floor.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any


def _peak_rss_mb() -> float:
    """This process's own peak RSS (VmHWM: ru_maxrss would include the parent's, on Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


_CPU_LOG: list[float] = []


def _timed(fn: Callable[[], int]) -> tuple[float, int]:
    """Wall seconds and items of ``fn()``; its CPU seconds are appended to ``_CPU_LOG``."""
    cpu, start = _cpu(), time.perf_counter()
    items = fn()
    _CPU_LOG.append(_cpu() - cpu)
    return time.perf_counter() - start, items


def _count(items: Iterable[object]) -> int:
    """Consume ``items`` one at a time: keeping them all alive would time the garbage collector."""
    n = 0
    for _ in items:
        n += 1
    return n


def _rows(tables: list[Any]) -> int:
    return sum(t.num_rows for t in tables)


def _jsonl(release: Path) -> list[Path]:
    return sorted((release / "jsonl").glob("*.jsonl"))


def _lines(release: Path) -> list[bytes]:
    """Every JSONL line of a release, in memory."""
    return [line for f in _jsonl(release) for line in f.read_bytes().splitlines()]


def _read_raw() -> Callable[[Path], object]:
    """The package's raw reader (a ``--baseline`` tree from before 0.2 kept it elsewhere)."""
    try:
        from kzpolicy_data.source.raw import read_raw
    except ImportError:  # a baseline source tree
        from kzpolicy_data.raw import read_raw  # type: ignore[import-not-found,no-redef]
    return read_raw


PARSE_STAGES = ("parse", "parse+ner", "parse+ner+events")


def stage(name: str, corpus: Path, release: Path) -> dict[str, Any]:
    """Run one stage in this process; return seconds, items and the floor's seconds."""
    import orjson

    raws = sorted(corpus.glob("*.txt"))
    out: dict[str, Any] = {"stage": name}
    if name == "read+normalise":
        read_raw = _read_raw()

        _count(p.read_bytes() for p in raws)  # both timings then read from the page cache
        out["floor"], _ = _timed(lambda: sum(len(p.read_bytes()) for p in raws) and len(raws))
        out["seconds"], out["items"] = _timed(lambda: _count(read_raw(p) for p in raws))
    elif name in PARSE_STAGES:
        from kzpolicy_data.parse import parse_file

        read_raw = _read_raw()

        ner, events = name != "parse", name.endswith("events")
        # As in a build's workers: OpenBLAS's spinning threads would double the CPU seconds.
        import numpy  # noqa: F401
        from threadpoolctl import threadpool_limits

        threadpool_limits(limits=1)
        out["floor"], _ = _timed(lambda: _count(read_raw(p) for p in raws))
        out["seconds"], out["items"] = _timed(
            lambda: _count(parse_file(p, ner=ner, events=events) for p in raws)
        )
    elif name in (
        "validate-pydantic",
        "validate-jsonschema-rs",
        "validate-jsonschema-rs-parsed",
        "validate-jsonschema",
        "validate-fastjsonschema",
    ):
        from kzpolicy_data.records import Record

        lines = _lines(release)
        out["floor"], _ = _timed(lambda: _count(orjson.loads(x) for x in lines))
        if name == "validate-pydantic":
            out["seconds"], out["items"] = _timed(
                lambda: _count(Record.model_validate_json(x) for x in lines)
            )
        elif name.startswith("validate-jsonschema-rs"):  # what the build uses
            from kzpolicy_data.schema import schema_validator

            rs = schema_validator(Path(__file__).resolve().parent.parent)
            if name.endswith("-parsed"):  # as in the build: records already in memory
                docs = [orjson.loads(x) for x in lines]
                out["seconds"], out["items"] = _timed(
                    lambda: sum(1 for d in docs if not rs.errors(d))
                )
            else:
                out["seconds"], out["items"] = _timed(
                    lambda: sum(1 for x in lines if not rs.errors(orjson.loads(x)))
                )
        elif name == "validate-jsonschema":  # the pure-Python reference implementation
            from jsonschema import Draft202012Validator, FormatChecker

            from kzpolicy_data.schema import record_schema

            py = Draft202012Validator(record_schema(), format_checker=FormatChecker())
            out["seconds"], out["items"] = _timed(
                lambda: sum(1 for x in lines if py.is_valid(orjson.loads(x)))
            )
        else:
            import fastjsonschema

            from kzpolicy_data.schema import record_schema

            schema = {**record_schema(), "$schema": "http://json-schema.org/draft-07/schema#"}
            check = fastjsonschema.compile(schema, formats={"date": r"^\d{4}-\d{2}-\d{2}$"})
            out["seconds"], out["items"] = _timed(
                lambda: _count(check(orjson.loads(x)) for x in lines)
            )
    elif name == "write":
        from kzpolicy_data.access.load import iter_records
        from kzpolicy_data.release.writer import ReleaseWriter

        records = list(iter_records(release))
        tmp = Path(tempfile.mkdtemp())
        data = b"".join(f.read_bytes() for f in _jsonl(release))
        out["floor"], _ = _timed(lambda: (tmp / "floor.jsonl").write_bytes(data) and 1)

        def write() -> int:
            w = ReleaseWriter(tmp / "out")
            for r in records:
                w.write(r)
            w.close()
            return len(records)

        out["seconds"], out["items"] = _timed(write)
        shutil.rmtree(tmp)
    elif name in ("load-hf", "load-records", "load-records-validated", "load-hf-json"):
        import pyarrow.parquet as pq

        from kzpolicy_data.access.load import load

        files = sorted((release / "data" / "records").glob("*.parquet"))
        if name.startswith("load-records"):  # typed records come from the JSONL copy

            def floor() -> int:
                n = 0
                for path in _jsonl(release):
                    with path.open("rb") as f:
                        n += _count(orjson.loads(x) for x in f)
                return n

            floor()  # warm the page cache for both timings
            out["floor"], _ = _timed(floor)
        else:
            # The first read_table of a process pays for the page cache and allocator growth.
            sum(pq.read_table(f).num_rows for f in files)
            # The floor keeps the tables, as any load must: reading file after file and dropping
            # each one reuses the same memory and was 2x cheaper than holding the view.
            out["floor"], _ = _timed(lambda: _rows([pq.read_table(f) for f in files]))
        if name == "load-hf":
            out["seconds"], out["items"] = _timed(
                lambda: load(path=release, format="hf", check=False).num_rows
            )
        elif name == "load-records":  # the trusted path, after the checksums (timed too)
            # Warm like the floor: a process's first load also imports the checking modules
            # and compiles the trusted validator (once a process, about 0.05 s).
            _count(load(path=release))
            out["seconds"], out["items"] = _timed(lambda: _count(load(path=release)))
        elif name == "load-records-validated":
            _count(load(path=release, check=False, validate=True))
            out["seconds"], out["items"] = _timed(
                lambda: _count(load(path=release, check=False, validate=True))
            )
        else:
            import datasets

            cache = tempfile.mkdtemp()
            out["seconds"], out["items"] = _timed(
                lambda: (
                    datasets.load_dataset(
                        "json",
                        data_files=[str(f) for f in _jsonl(release)],
                        cache_dir=cache,
                        split="train",
                    ).num_rows
                )
            )
            shutil.rmtree(cache)
    elif name in ("build", "build-serial", "build-dask", "rebuild-one-touched"):
        from kzpolicy_data.build.build import build

        raw_bytes = sum(p.stat().st_size for p in raws)
        out["floor"], _ = _timed(lambda: sum(len(p.read_bytes()) for p in raws) and raw_bytes)
        tmp = Path(tempfile.mkdtemp())
        if name == "rebuild-one-touched":
            # the previous build of the same folder, with the parse cache (not timed)
            cache = release.parent / "cache"
            parse = _cached_parser(cache)
            build(corpus, tmp / "o", progress=False, cache=cache, parse=parse)
            raws[len(raws) // 2].write_bytes(raws[len(raws) // 2].read_bytes() + b"\n")
            out["seconds"], out["items"] = _timed(
                lambda: build(corpus, tmp / "o", progress=False, cache=cache, parse=parse).articles
            )
        else:
            from memory import TreeSampler

            jobs = 1 if name == "build-serial" else 2
            engine = "dask" if name == "build-dask" else "local"
            with TreeSampler() as rss:  # the build and its workers together
                out["seconds"], out["items"] = _timed(
                    lambda: (
                        build(corpus, tmp / "o", jobs=jobs, progress=False, engine=engine).articles
                    )
                )
            out["tree_peak_rss_mb"] = rss.peak
            # a sample every ~1/50 of the run: enough to see whether memory grows with N
            out["tree_rss_samples"] = rss.samples[:: max(1, len(rss.samples) // 50)]
        shutil.rmtree(tmp)
    elif name == "write-cloned":
        # ``release`` is the folder to create; ``corpus`` names the source release and N.
        source, n = corpus.name.rsplit("@", 1)
        out["floor"], out["seconds"], out["items"] = _write_cloned(
            corpus.parent / source, int(n), release
        )
    else:
        raise SystemExit(f"unknown stage {name}")
    out["peak_rss_mb"] = _peak_rss_mb()
    # every stage times its floor, then itself
    out["cpu"] = _CPU_LOG[-1] if _CPU_LOG else 0.0
    out["cpu_floor"] = _CPU_LOG[-2] if len(_CPU_LOG) > 1 else None
    return out


def _cached_parser(cache: Path) -> Any:
    """The build's parse cache; ``--fast-parse`` (env ``KZP_BENCH_FAST``): no NER, no events."""
    from kzpolicy_data.build.cache import CachedParser

    fast = os.environ.get("KZP_BENCH_FAST") == "1"
    return CachedParser(cache, ner=not fast, events=not fast)


def _write_cloned(source: Path, n: int, out: Path) -> tuple[float, float, int]:
    """Stream N records, cloned from ``source`` under new ids, through the build's writer.

    Each line is validated by pydantic and written as a build does; only the ids differ, so the
    figures show how writing and memory scale beyond the corpus sizes we can afford to parse.
    """
    import orjson

    from kzpolicy_data.records import Record
    from kzpolicy_data.release.writer import ReleaseWriter

    lines = _lines(source)
    ids = [orjson.loads(line)["id"].encode() for line in lines]

    def cloned() -> Iterator[bytes]:
        for i in range(n):
            k = i % len(lines)
            yield lines[k].replace(ids[k], f"{i:07d}_{ids[k].decode()}"[:100].encode())

    tmp = Path(tempfile.mkdtemp())
    with (tmp / "floor.jsonl").open("wb") as f:
        floor, _ = _timed(lambda: _count(f.write(line + b"\n") for line in cloned()))
    shutil.rmtree(tmp)

    def write() -> int:
        writer = ReleaseWriter(out)
        for line in cloned():
            writer.write(Record.model_validate_json(line))
        writer.close()
        writer.finish(
            writer.manifest(version="bench", inputs_digest="sha256:" + "0" * 64, articles=n)
        )
        return n

    seconds, items = _timed(write)
    return floor, seconds, items


DEVSET = Path("/work/shared/devset/layouts.jsonl")
STAGES = [
    "read+normalise",
    "parse",
    "parse+ner",
    "parse+ner+events",
    "validate-pydantic",
    "validate-jsonschema-rs",
    "validate-jsonschema-rs-parsed",
    "validate-jsonschema",
    "validate-fastjsonschema",
    "write",
    "load-records",
    "load-records-validated",
    "load-hf",
    "load-hf-json",
    "build-serial",
    "build",
    "build-dask",
    "rebuild-one-touched",
]


CLONED_STAGES = ["load-records", "load-records-validated", "load-hf", "load-hf-json"]


def run(
    n: int, work: Path, stages: list[str], dense: bool = False, baseline: Path | None = None
) -> list[dict[str, Any]]:
    """Generate N articles, build them once (with a cache), then time every stage.

    With ``baseline`` (another checkout's ``src``), each parse stage also runs on that code, on
    the same corpus in the same run, as ``<stage> @ baseline``."""
    from kzpolicy_data.build.build import build
    from kzpolicy_data.contrib.synth import write_corpus

    kind = "-dense" if dense else ""
    corpus, release = work / f"raw{kind}-{n}", work / f"release{kind}-{n}"
    if not corpus.exists():
        write_corpus(corpus, n, seed=0, dense=dense)
    # Stages that read only the raw corpus need no release built first (at 100,000 articles
    # that build would double the run).
    raw_only = {"read+normalise", *PARSE_STAGES, "build", "build-serial", "build-dask"}
    if not release.exists() and not set(stages) <= raw_only:
        release.parent.mkdir(parents=True, exist_ok=True)
        build(
            corpus,
            release,
            progress=False,
            cache=work / "cache",
            parse=_cached_parser(work / "cache"),
        )
    results = []
    for name in stages:
        if baseline is not None and name in PARSE_STAGES:
            results.append(_subprocess_stage(name, corpus, release, baseline))
        results.append(_subprocess_stage(name, corpus, release))
    return results


def _subprocess_stage(
    name: str, corpus: Path, release: Path, src: Path | None = None
) -> dict[str, Any]:
    command = [sys.executable, __file__, "--stage", name, "--corpus", str(corpus)]
    env = {**os.environ, "PYTHONPATH": str(src)} if src is not None else None
    proc = subprocess.run(
        [*command, "--release", str(release)], capture_output=True, text=True, check=False, env=env
    )
    label = f"{name} @ baseline" if src is not None else name
    if proc.returncode != 0:
        return {"stage": label, "error": proc.stderr.strip().splitlines()[-1:]}
    result: dict[str, Any] = json.loads(proc.stdout)
    result["stage"] = label
    return result


def run_cloned(n: int, work: Path, stages: list[str], source_n: int) -> list[dict[str, Any]]:
    """Write a release of N records cloned from the built ``source_n``-article one; load it."""
    if not (work / f"release-{source_n}").exists():
        run(source_n, work, [])
    release = work / f"cloned-{n}"
    shutil.rmtree(release, ignore_errors=True)
    results = [_subprocess_stage("write-cloned", work / f"release-{source_n}@{n}", release)]
    for name in stages:
        results.append(_subprocess_stage(name, work / f"raw-{source_n}", release))
    shutil.rmtree(release, ignore_errors=True)
    return results


def report(n: int, results: list[dict[str, Any]]) -> str:
    lines = [
        f"\n## N = {n:,}\n",
        "| stage | seconds | items/s | floor s | ratio | CPU s | CPU ratio | peak RSS MB "
        "| with workers MB |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        if "error" in r:
            lines.append(f"| {r['stage']} | skipped: {' '.join(r['error'])[:80]} | | | | | | | |")
            continue
        rate = r["items"] / r["seconds"] if r["seconds"] else float("inf")
        ratio = r["seconds"] / r["floor"] if r["floor"] else float("inf")
        cpu_ratio = r["cpu"] / r["cpu_floor"] if r.get("cpu_floor") else float("inf")
        lines.append(
            f"| {r['stage']} | {r['seconds']:.2f} | {rate:,.0f} | {r['floor']:.3f} | "
            f"{ratio:.1f}x | {r['cpu']:.2f} | {cpu_ratio:.1f}x | {r['peak_rss_mb']:.0f} | "
            + (f"{r['tree_peak_rss_mb']:.0f} |" if "tree_peak_rss_mb" in r else "|")
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, action="append", help="corpus size (repeatable)")
    parser.add_argument("--stage", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--release", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--only", action="append", help="run only these stages")
    parser.add_argument("--work", type=Path, help="keep corpora here (default: a temp folder)")
    parser.add_argument(
        "--baseline",
        type=Path,
        help="also run the parse stages on the package source in this folder (e.g. a checkout "
        "of an older commit's src/), on the same corpus",
    )
    parser.add_argument(
        "--cloned",
        type=int,
        action="append",
        help="also write and load a release of N records cloned from the first --n release",
    )
    parser.add_argument("--dense", action="store_true", help="the dense stress corpus")
    parser.add_argument(
        "--fast-parse", action="store_true", help="parse without NER and events (rebuild stages)"
    )
    parser.add_argument(
        "--calibrate", type=int, help="compare N synthetic articles with the seed and devset"
    )
    parser.add_argument("--devset", type=Path, default=DEVSET, help="layouts.jsonl of the devset")
    args = parser.parse_args()
    if args.calibrate:
        from calibrate import calibration

        print(calibration(args.calibrate, args.devset))
        return
    if args.stage:
        result = json.dumps(stage(args.stage, args.corpus, args.release))
        print(result)
        with (args.release.parent / "stages.jsonl").open("a") as log:  # every run, for the docs
            log.write(json.dumps({"corpus": str(args.corpus), **json.loads(result)}) + "\n")
        return
    if args.fast_parse:
        os.environ["KZP_BENCH_FAST"] = "1"  # seen by the stage subprocesses too
    work = args.work or Path(tempfile.mkdtemp(prefix="kzp-bench-"))
    print(
        f"# kzpolicy_data benchmark\n\nmachine: {platform.platform()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}"
    )
    for n in args.n or ([] if args.cloned else [1_000, 10_000]):
        print(report(n, run(n, work, args.only or STAGES, args.dense, args.baseline)), flush=True)
    for n in args.cloned or []:
        loads = [s for s in args.only or CLONED_STAGES if s in CLONED_STAGES]
        cloned = run_cloned(n, work, loads, (args.n or [1_000])[0])
        print(report(n, cloned).replace("## N", "## cloned N"), flush=True)


if __name__ == "__main__":
    main()
