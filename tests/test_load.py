from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kzpolicy_data import ChecksumError, Record, ReleaseError, load, verify
from kzpolicy_data.access import fetch as fetch_mod

from .conftest import ROOT
from .releasing import publish_corpus, serve_folder


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return publish_corpus(tmp_path_factory.mktemp("pub"), n=5)


@pytest.fixture
def copy(published: Path, tmp_path: Path) -> Path:
    shutil.copytree(published / "v0.1.0", tmp_path / "v0.1.0")
    shutil.copy(published / "index.json", tmp_path)  # the index that vouches for it
    return tmp_path / "v0.1.0"


def test_typed_records(published: Path) -> None:
    records = list(load(path=published / "v0.1.0"))
    assert len(records) == 5 and all(isinstance(r, Record) for r in records)
    assert [r.id for r in records] == sorted(r.id for r in records)


def test_arrow_views_have_declared_types(published: Path) -> None:
    turns = load(path=published / "v0.1.0", view="turns", format="arrow")
    assert turns.num_rows > 0
    assert str(turns.schema.field("date_published").type) == "date32[day]"
    with pytest.raises(ReleaseError, match="unknown view"):
        load(path=published / "v0.1.0", view="nope", format="arrow")
    with pytest.raises(ReleaseError, match="no typed records"):
        load(path=published / "v0.1.0", view="turns")


def test_hf_dataset_with_declared_features(published: Path) -> None:
    ds = load(path=published / "v0.1.0", format="hf")
    assert ds.num_rows == 5
    assert ds.features["metadata"]["date_published"].dtype == "date32"
    span = ds.features["turns"].feature["paragraphs"].feature  # a span: [start, end]
    assert span.feature.dtype == "int64"


def test_hf_fingerprint_comes_from_the_checksums_not_the_data(
    copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import datasets.arrow_dataset

    def refuse(*_: object) -> str:
        raise AssertionError("datasets hashed the whole table to fingerprint it")

    monkeypatch.setattr(datasets.arrow_dataset, "generate_fingerprint", refuse)
    first = {v: load(path=copy, view=v, format="hf")._fingerprint for v in ("records", "turns")}
    assert first["records"] != first["turns"]
    assert load(path=copy, format="hf")._fingerprint == first["records"]
    # Another release's files give another fingerprint.
    sums = (copy / "SHA256SUMS").read_text()
    name = "data/records/part-00000.parquet"
    digest = next(line.split()[0] for line in sums.splitlines() if line.endswith(name))
    (copy / "SHA256SUMS").write_text(sums.replace(digest, "0" * 64))
    assert load(path=copy, format="hf", check=False)._fingerprint != first["records"]


def test_datasets_load_dataset_reads_the_folder_offline(
    published: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    datasets = pytest.importorskip("datasets")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    ds = datasets.load_dataset(
        str(published / "v0.1.0"), "turns", split="train", cache_dir=str(tmp_path / "hf")
    )
    assert ds.features["date_published"].dtype == "date32"
    assert ds.num_rows == load(path=published / "v0.1.0", view="turns", format="arrow").num_rows
    records = datasets.load_dataset(
        str(published / "v0.1.0"), split="train", cache_dir=str(tmp_path / "hf")
    )
    assert records.num_rows == 5


@pytest.mark.parametrize("victim", ["data/records/part-00000.parquet", "jsonl/records-00000.jsonl"])
def test_tampered_file_is_detected(copy: Path, victim: str) -> None:
    path = copy / victim
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(ChecksumError) as info:
        load(path=copy, view="records", format="arrow")
    message = str(info.value)
    assert victim in message and "expected" in message and "found" in message


def test_missing_and_stray_files_are_detected(copy: Path) -> None:
    (copy / "data" / "turns" / "part-00099.parquet").write_bytes(b"x")
    with pytest.raises(ChecksumError, match="not listed"):
        verify(copy)
    (copy / "data" / "turns" / "part-00099.parquet").unlink()
    (copy / "manifest.json").unlink()
    with pytest.raises(ChecksumError, match="missing"):
        verify(copy)


def test_duckdb_and_polars_read_the_parquet(published: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    polars = pytest.importorskip("polars")
    folder = published / "v0.1.0" / "data"
    n = duckdb.sql(f"select count(*) from '{folder}/turns/*.parquet'").fetchall()[0][0]
    assert n == load(path=published / "v0.1.0", view="turns", format="arrow").num_rows
    kinds = duckdb.sql(
        f"select metadata.in_language, len(turns) from '{folder}/records/*.parquet' order by id"
    ).fetchall()
    assert len(kinds) == 5
    df = polars.read_parquet(str(folder / "records" / "*.parquet"))
    assert df.height == 5 and df.schema["metadata"].fields  # nested struct kept


def test_croissant_validates(published: Path) -> None:
    mlc = pytest.importorskip("mlcroissant")
    ds = mlc.Dataset(jsonld=str(published / "v0.1.0" / "croissant.json"))
    assert {r.name for r in ds.metadata.record_sets} >= {"records", "turns"}
    first = next(iter(ds.records(record_set="turns")))
    assert first["turns/record_id"]


@pytest.fixture
def server(published: Path) -> Iterator[str]:
    with serve_folder(published) as url:
        yield url


def test_fetch_from_local_server(
    server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, published: Path
) -> None:
    monkeypatch.setenv("KZPOLICY_DATA_BASE_URL", server)
    monkeypatch.setenv("KZPOLICY_DATA_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(fetch_mod, "_local_index", lambda: None)
    folder = fetch_mod.fetch_release("v0.1.0")
    assert folder == tmp_path / "cache" / "v0.1.0"
    assert len(list(load(path=folder))) == 5
    with pytest.raises(ReleaseError, match="unknown release"):
        fetch_mod.fetch_release("v9.9.9")


def test_fetch_detects_tampering_on_the_server(
    server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, published: Path
) -> None:
    monkeypatch.setenv("KZPOLICY_DATA_BASE_URL", server)
    monkeypatch.setenv("KZPOLICY_DATA_CACHE", str(tmp_path / "cache"))
    index = json.loads((published / "index.json").read_text())
    index["versions"]["v0.1.0"]["files"]["manifest.json"] = "0" * 64
    monkeypatch.setattr(fetch_mod, "_local_index", lambda: index)
    with pytest.raises(ReleaseError, match="verification"):
        fetch_mod.fetch_release("v0.1.0")


@pytest.mark.slow
def test_wheel_in_fresh_venv_loads_latest_release_offline(tmp_path: Path) -> None:
    if not (ROOT / "releases" / "index.json").exists():
        pytest.fail("no committed release to ship in the wheel")
    dist = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(dist),
            str(ROOT),
        ],
        check=True,
    )
    wheel = next(dist.glob("*.whl"))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    py = venv / "bin" / "python"
    subprocess.run([str(py), "-m", "pip", "install", "-q", str(wheel)], check=True)
    code = (
        "import kzpolicy_data, pathlib; recs = list(kzpolicy_data.load());"
        "print(len(recs), pathlib.Path(kzpolicy_data.__file__).parent)"
    )
    env = {
        k: v for k, v in os.environ.items() if not k.startswith("KZPOLICY") and k != "PYTHONPATH"
    }
    env["KZPOLICY_DATA_BASE_URL"] = "http://127.0.0.1:9/"  # any download attempt would fail
    out = subprocess.run(
        [str(py), "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    latest = json.loads((ROOT / "releases" / "index.json").read_text())["latest"]
    manifest = json.loads((ROOT / "releases" / latest / "manifest.json").read_text())
    assert int(out[0]) == manifest["counts"]["articles"]
    assert str(venv) in out[1]


def test_a_source_checkout_finds_its_own_releases() -> None:
    from kzpolicy_data.access import fetch, load

    root = Path(__file__).resolve().parent.parent
    assert load._checkout_releases() == root / "releases"
    assert fetch._local_index() is not None
