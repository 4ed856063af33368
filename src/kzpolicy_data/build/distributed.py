"""Parsing on a Dask cluster (``pip install 'kzpolicy-data[dask]'``): the build past one machine.

Only parsing runs on the workers; validation and writing stay in the build's process, which
takes results in input order, so the output is byte-identical to a local build. Each worker
loads the NLP models once, when it starts (a worker plugin running :func:`warm_worker`), and
keeps them for every batch.
Workers read the raw files by path: on a cluster, ``raw/`` (and the parse cache, if any) must be
on a filesystem every worker mounts at the same path (NFS, Lustre, a Kubernetes volume).
Only a few batches are in flight at once, so memory stays bounded whatever the corpus size.
"""

from __future__ import annotations

import importlib
from collections import deque
from collections.abc import Callable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar

from ..errors import ReleaseError

__all__ = ["one_blas_thread", "parse_batch", "parsed_on_dask", "warm_worker"]

T = TypeVar("T")


def one_blas_thread() -> None:
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


def warm_worker() -> None:
    """What a worker does once, at start: one BLAS thread, and the NLP models loaded (they stay
    cached in the worker process for every later batch)."""
    one_blas_thread()
    try:
        from ..nlp.analysis import load_models

        load_models()
    except ImportError:  # the light install: the tasks report the missing extra themselves
        return


def _warm_plugin(dd: Any) -> Any:
    # Dask accepts only subclasses of its WorkerPlugin, which exists once dask is imported.
    class WarmNLP(dd.WorkerPlugin):  # type: ignore[misc]
        name = "kzpolicy-data-warm-nlp"

        def setup(self, worker: Any) -> None:
            warm_worker()

    return WarmNLP()


def parse_batch(parse: Callable[[Path], T], paths: list[Path]) -> list[T]:
    """``parse`` over a batch of paths: one task of a worker (local or Dask)."""
    return [parse(p) for p in paths]


def _dask() -> Any:
    try:
        # typed as Any: dask.distributed's constructors are untyped
        return importlib.import_module("dask.distributed")
    except ImportError as exc:
        raise ReleaseError(
            "the Dask engine needs dask.distributed", hint="pip install 'kzpolicy-data[dask]'"
        ) from exc


def _client(dd: Any, scheduler: str | None, workers: int) -> tuple[Any, Any]:
    if scheduler is not None:
        return dd.Client(scheduler), None
    cluster = dd.LocalCluster(
        n_workers=workers,
        threads_per_worker=1,  # NER is CPU-bound and holds the GIL: a process per core
        processes=True,
        dashboard_address=None,
    )
    return dd.Client(cluster), cluster


def parsed_on_dask(
    paths: list[Path],
    parse: Callable[[Path], T],
    *,
    scheduler: str | None = None,
    workers: int = 2,
    batch: int | None = None,
) -> Iterator[T]:
    """Parse ``paths`` on the cluster at ``scheduler`` (or a local one of ``workers``), in order."""
    if not paths:
        return
    paths = [p.absolute() for p in paths]  # workers may run in another directory
    dd = _dask()
    client, cluster = _client(dd, scheduler, workers)
    try:
        client.register_plugin(_warm_plugin(dd), name="kzpolicy-data-warm-nlp")
        cores = max(1, sum(client.nthreads().values()))
        size = batch or max(1, min(32, len(paths) // (cores * 4)))
        batches = iter([paths[i : i + size] for i in range(0, len(paths), size)])
        # Batches are submitted ahead, at most 2 per worker thread, and taken in input order.
        window = deque(
            client.submit(parse_batch, parse, b, pure=False) for b in islice(batches, 2 * cores)
        )
        while window:
            done = window.popleft().result()
            nxt = next(batches, None)
            if nxt is not None:
                window.append(client.submit(parse_batch, parse, nxt, pure=False))
            yield from done
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
