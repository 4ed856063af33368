"""The Dask build: parsing on a cluster's workers gives the same bytes as a local build.

The cluster test parses without NER and events (``Parser(ner=False, events=False)``) to stay
quick; its workers still load the NER models once, at start. The CLI test runs the default
parser (with NER and events) on three articles.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kzpolicy_data import build
from kzpolicy_data.build.build import Parser
from kzpolicy_data.cli import cli
from kzpolicy_data.contrib.synth import write_corpus

from .releasing import make_corpus, tree

distributed = pytest.importorskip("dask.distributed")


def _models_loaded() -> int:
    from kzpolicy_data.nlp.analysis import load_models

    return load_models.cache_info().currsize


def test_dask_build_on_a_cluster_is_byte_identical_to_a_local_build(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    write_corpus(raw, 24, seed=11)
    parse = Parser(ner=False, events=False)
    build(raw, tmp_path / "local", jobs=1, progress=False, parse=parse)
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        report = build(
            raw,
            tmp_path / "dask",
            progress=False,
            parse=parse,
            engine="dask",
            scheduler=cluster.scheduler_address,
        )
        # every worker loaded the NER models once, at start (the plugin), not per task
        assert set(client.run(_models_loaded).values()) == {1}
    assert report.articles == 24
    assert tree(tmp_path / "local") == tree(tmp_path / "dask")


def test_cli_builds_on_a_local_dask_cluster(tmp_path: Path) -> None:
    raw = make_corpus(tmp_path / "raw", 3)
    build(raw, tmp_path / "local", jobs=1, progress=False)
    args = ["build", "--raw", str(raw), "--no-cache", "--no-progress", "--out"]
    result = CliRunner().invoke(
        cli, [*args, str(tmp_path / "dask"), "--engine", "dask", "--workers", "2"]
    )
    assert result.exit_code == 0, result.output
    assert "articles: 3" in result.output
    assert tree(tmp_path / "local") == tree(tmp_path / "dask")


def test_workers_without_the_dask_engine_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["build", "--raw", str(tmp_path), "--workers", "2"])
    assert result.exit_code == 2
    assert "--engine dask" in result.output
