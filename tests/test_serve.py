"""Datasette on the export: facets, canned queries, the record page, errors, a real browser."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from click.testing import CliRunner

from kzpolicy_data import load
from kzpolicy_data.cli import cli
from kzpolicy_data.records import Record

from .conftest import ROOT
from .test_highlight import Pieces

RELEASE = ROOT / "releases" / "v0.1.0"
SEED = "000_952d0ef163f4dde3"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="module")
def seed() -> Record:
    return next(iter(load(path=RELEASE)))


def get(db: Path, path: str) -> Any:
    from kzpolicy_data.access.browse import make_datasette

    async def fetch() -> Any:
        return await make_datasette(db).client.get(path)

    response = asyncio.run(fetch())
    assert response.status_code == 200, (path, response.text[:500])
    return response


def expected_marks(seed: Record) -> dict[str, str]:
    """What the marked pieces of each event and mention must read, in text order."""
    out = {}
    for e in seed.events:
        spans = sorted({(ev.span.start, ev.span.end) for ev in e.evidence})
        covered = sorted({i for s, t in spans for i in range(s, t)})
        out[str(seed.global_id(e.id))] = "".join(seed.text[i] for i in covered)
    for m in seed.mentions:
        out[str(seed.global_id(m.id))] = seed.quote(m.span)
    return out


def check_record_page(html: str, seed: Record) -> None:
    page = Pieces()
    page.feed(html)
    assert "".join(page.text) == seed.text  # the whole article, each character once
    for ident, text in expected_marks(seed).items():
        assert page.quote(ident) == text, ident
    for e in seed.events:
        gid = seed.global_id(e.id)  # the page shows the tables' (global) ids
        assert f'id="event-{gid}"' in html and f'href="#event-{gid}"' in html
    for t in seed.turns:
        assert f'id="turn-{seed.global_id(t.id)}"' in html


def test_record_page_is_the_interview_with_marked_evidence(db: Path, seed: Record) -> None:
    html = get(db, f"/kzpolicy/records/{SEED}").text
    check_record_page(html, seed)
    assert "Азер Бадамов" in html and 'class="kzp-turn kzp-question"' in html
    # The events listed under the text link to their own rows.
    link = f"/kzpolicy/events/{SEED}~2Ee1"
    assert f'href="{link}"' in html
    assert "атаки против гражданской инфраструктуры" in get(db, link).text


def test_facets_are_configured(db: Path) -> None:
    events = get(db, "/kzpolicy/events.json").json()
    assert {"event_type", "month", "modality", "actors"} <= set(events["facet_results"])
    types = {f["value"]: f["count"] for f in events["facet_results"]["event_type"]["results"]}
    assert types["ACCUSE"] == 3 and sum(types.values()) == 9
    records = get(db, "/kzpolicy/records.json").json()
    assert {"genre", "in_language", "publisher", "month"} <= set(records["facet_results"])


def test_canned_query_lists_events_with_their_evidence(db: Path, seed: Record) -> None:
    rows = get(
        db, "/kzpolicy/events_by_type_and_month.json?event_type=&month=2026-03&_shape=array"
    ).json()
    assert {r["event_id"] for r in rows} == {seed.global_id(e.id) for e in seed.events}
    quotes = {(seed.global_id(e.id), seed.quote(ev.span)) for e in seed.events for ev in e.evidence}
    assert {(r["event_id"], r["evidence"]) for r in rows} == quotes
    accuse = get(db, "/kzpolicy/events_by_type_and_month.json?event_type=ACCUSE&_shape=array")
    assert {r["event_type"] for r in accuse.json()} == {"ACCUSE"}


def test_search_and_entity_queries(db: Path) -> None:
    hits = get(db, "/kzpolicy/search.json?q=" + quote("соглашение") + "&_shape=array").json()
    assert {h["record_id"] for h in hits} == {SEED}
    said = get(db, "/kzpolicy/speaker_on_actor.json?speaker=бадамов&actor=IRAN&_shape=array").json()
    assert said and {r["speaker_name"] for r in said} == {"Азер Бадамов"}
    assert all("Иран" in r["text"] or "Тегеран" in r["text"] for r in said)
    pairs = get(
        db,
        "/kzpolicy/qa_pairs_mentioning.json?entity="
        + quote("Авраамские соглашения")
        + "&_shape=array",
    ).json()
    assert pairs and all("Авраамск" in p["question"] + p["answer"] for p in pairs)


def test_serve_errors_exit_1(db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runner = CliRunner()
    bad = tmp_path / "kzpolicy.db"
    bad.write_bytes(b"not a database at all" * 100)
    result = runner.invoke(cli, ["serve", "--db", str(bad)])
    assert result.exit_code == 1 and "corrupt database" in result.output
    result = runner.invoke(cli, ["serve", "9.9.9", "--releases", str(RELEASE.parent)])
    assert result.exit_code == 1 and "release v9.9.9 not found" in result.output
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = str(busy.getsockname()[1])
        result = runner.invoke(cli, ["serve", "--db", str(db), "--port", port])
    assert result.exit_code == 1 and "in use" in result.output and port in result.output
    monkeypatch.delitem(sys.modules, "kzpolicy_data.access.browse", raising=False)
    monkeypatch.setitem(sys.modules, "datasette", None)
    result = runner.invoke(cli, ["serve", "--db", str(db)])
    assert result.exit_code == 1 and "pip install 'kzpolicy-data[browse]'" in result.output


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def server(db: Path, tmp_path: Path) -> Iterator[str]:
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    cmd = [sys.executable, "-m", "kzpolicy_data", "serve", "--db", str(db), "--port", str(port)]
    log = (tmp_path / "serve.log").open("w")
    proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(url + "/-/versions.json", timeout=2):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail((tmp_path / "serve.log").read_text())
                time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        log.close()


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    flags = [
        "--headless",
        "--no-sandbox",  # CI runs as root
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
    ]
    return subprocess.run([CHROMIUM, *flags, *args], capture_output=True, timeout=90, check=True)


@pytest.mark.skipif(
    not os.access(CHROMIUM, os.X_OK),
    reason="Chromium is not installed (.ci/run installs Debian's `chromium` with apt-get)",
)
def test_in_a_real_browser(server: str, seed: Record, tmp_path: Path) -> None:
    record_url = f"{server}/kzpolicy/records/{SEED}"
    dom = chromium(tmp_path, "--dump-dom", record_url).stdout.decode()
    check_record_page(dom, seed)
    search_url = f"{server}/kzpolicy/search?q=" + quote("соглашение")
    dom = chromium(tmp_path, "--dump-dom", search_url).stdout.decode()
    assert SEED in dom and "[соглашениям]" in dom
    for name, url in (("record.png", record_url), ("search.png", search_url)):
        chromium(tmp_path, "--window-size=1100,1400", f"--screenshot={tmp_path / name}", url)
        png = (tmp_path / name).read_bytes()
        assert png.startswith(b"\x89PNG") and len(png) > 10_000
    print(json.dumps({"screenshots": str(tmp_path)}))
