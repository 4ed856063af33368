"""Publishing to the Hub: the dry run, the refusals, and the calls against a recording server.

The server on 127.0.0.1 answers the Hub's documented HTTP API the way the Hub does (create
repo, list refs, preupload, the LFS batch API and upload, the NDJSON commit, the tag) and
records every request. What this does not prove: that the real Hub accepts the token, stores
the files (Xet storage is disabled here: the client uses the LFS protocol), renders the card,
or that ``datasets.load_dataset(repo, revision=tag)`` resolves the tag there.
"""

from __future__ import annotations

import base64
import hashlib
import http.server
import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kzpolicy_data.cli import cli
from kzpolicy_data.release.index import read_checksums

from .conftest import ROOT

RELEASE = ROOT / "releases" / "v0.1.0"
REPO = "kzp-test/interviews"
TOKEN = "hf_TESTtokenNEVERprinted0123456789"
COMMIT = "c0ffee" + "0" * 34


def release_files() -> list[str]:
    return sorted([*read_checksums(RELEASE), "SHA256SUMS"])


def run(*args: str) -> Any:
    return CliRunner().invoke(cli, [*args, "--releases", str(RELEASE.parent)])


def test_dry_run_lists_exactly_the_release_files_and_the_tag() -> None:
    result = run("publish", "0.1.0", "--repo", REPO, "--dry-run")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "tag: v0.1.0" in lines and f"repo: datasets/{REPO}" in lines
    listed = [line.strip() for line in lines if line.startswith("  ")]
    assert listed == release_files()
    assert "nothing uploaded" in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("publish", "9.9.9", "--repo", REPO, "--dry-run"), "release v9.9.9 not found"),
        (("publish", "0.1.0", "--repo", "no-slash", "--dry-run"), "not a Hub repository id"),
        (("publish", "0.1.0", "--repo", "a/../b", "--dry-run"), "not a Hub repository id"),
        # `match` let a trailing newline through (`$` matches before it): a traceback later.
        (("publish", "0.1.0", "--repo", "org/name\n", "--dry-run"), "not a Hub repository id"),
    ],
)
def test_refuses_unknown_release_or_repo(args: tuple[str, ...], message: str) -> None:
    result = run(*args)
    assert result.exit_code == 1 and message in result.output


def test_refuses_an_unverified_release(tmp_path: Path) -> None:
    shutil.copytree(RELEASE, tmp_path / "v0.1.0")
    (tmp_path / "v0.1.0" / "diff.json").write_text("{}\n")
    result = CliRunner().invoke(
        cli, ["publish", "0.1.0", "--repo", REPO, "--dry-run", "--releases", str(tmp_path)]
    )
    assert result.exit_code == 1 and "sha256 mismatch" in result.output
    shutil.copy(RELEASE / "diff.json", tmp_path / "v0.1.0" / "diff.json")
    (tmp_path / "v0.1.0" / "notes.txt").write_text("stray\n")
    result = CliRunner().invoke(
        cli, ["publish", "0.1.0", "--repo", REPO, "--dry-run", "--releases", str(tmp_path)]
    )
    assert result.exit_code == 1 and "not listed in SHA256SUMS: notes.txt" in result.output


class Recorder(http.server.BaseHTTPRequestHandler):
    """Answers the Hub API calls of a publish and records them."""

    calls: list[dict[str, Any]]
    uploads: dict[str, bytes]
    port: int

    def log_message(self, *args: Any) -> None:
        pass

    def _reply(self, status: int, body: Any) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _record(self) -> tuple[str, bytes]:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        auth = self.headers.get("Authorization", "")
        self.calls.append({"method": self.command, "path": self.path, "auth": auth, "body": body})
        return self.path.split("?")[0], body

    def do_GET(self) -> None:
        path, _ = self._record()
        if path == f"/api/datasets/{REPO}/refs":
            self._reply(
                200,
                {
                    "branches": [
                        {"name": "main", "ref": "refs/heads/main", "targetCommit": "0" * 40}
                    ],
                    "converts": [],
                    "tags": [],
                },
            )
        else:
            self._reply(404, {"error": f"not recorded: GET {path}"})

    def do_PUT(self) -> None:
        path, body = self._record()
        if path.startswith("/lfs-upload/"):
            self.uploads[path.rsplit("/", 1)[-1]] = body
            self._reply(200, {})
        else:
            self._reply(404, {"error": f"not recorded: PUT {path}"})

    def do_POST(self) -> None:
        path, body = self._record()
        base = f"http://127.0.0.1:{self.port}"
        if path == "/api/repos/create":
            self._reply(200, {"url": f"{base}/datasets/{REPO}", "name": REPO})
        elif path == "/api/validate-yaml":
            self._reply(200, {"errors": [], "warnings": []})
        elif path == f"/api/datasets/{REPO}/preupload/main":
            files = json.loads(body)["files"]
            self._reply(
                200,
                {
                    "files": [
                        {
                            "path": f["path"],
                            "shouldIgnore": False,
                            "uploadMode": "lfs"
                            if f["path"].endswith((".parquet", ".db"))
                            else "regular",
                        }
                        for f in files
                    ]
                },
            )
        elif path == f"/datasets/{REPO}.git/info/lfs/objects/batch":
            objects = json.loads(body)["objects"]
            self._reply(
                200,
                {
                    "transfer": "basic",
                    "objects": [
                        {
                            "oid": o["oid"],
                            "size": o["size"],
                            "authenticated": True,
                            "actions": {"upload": {"href": f"{base}/lfs-upload/{o['oid']}"}},
                        }
                        for o in objects
                    ],
                },
            )
        elif path == f"/api/datasets/{REPO}/commit/main":
            self._reply(
                200,
                {
                    "commitUrl": f"{base}/datasets/{REPO}/commit/{COMMIT}",
                    "commitOid": COMMIT,
                    "success": True,
                },
            )
        elif path == f"/api/datasets/{REPO}/tag/{COMMIT}":
            self._reply(200, {})
        else:
            self._reply(404, {"error": f"not recorded: POST {path}"})


@pytest.fixture
def hub() -> Iterator[type[Recorder]]:
    handler = type("Handler", (Recorder,), {"calls": [], "uploads": {}})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    handler.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield handler
    finally:
        server.shutdown()
        server.server_close()


def publish_env(tmp_path: Path, port: int, token: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "HUGGING"))}
    env |= {
        "HF_ENDPOINT": f"http://127.0.0.1:{port}",
        "HF_HOME": str(tmp_path / "hf-home"),  # no cached login from this machine
        "HF_HUB_DISABLE_XET": "1",  # the documented LFS protocol, which the server speaks
        "HF_HUB_DISABLE_TELEMETRY": "1",
        "PYTHONPATH": str(ROOT / "src"),
        "NO_PROXY": "127.0.0.1",
    }
    if token:
        env["HF_TOKEN"] = token
    return env


def cli_publish(tmp_path: Path, port: int, token: str | None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "kzpolicy_data",
            "publish",
            "0.1.0",
            "--repo",
            REPO,
            "--releases",
            str(RELEASE.parent),
        ],
        env=publish_env(tmp_path, port, token),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_publish_makes_the_documented_calls(hub: type[Recorder], tmp_path: Path) -> None:
    done = cli_publish(tmp_path, hub.port, TOKEN)
    assert done.returncode == 0, done.stderr + done.stdout
    assert TOKEN not in done.stdout + done.stderr
    assert "revision='v0.1.0'" in done.stdout
    paths = [(c["method"], c["path"].split("?")[0]) for c in hub.calls]
    api = [p for p in paths if not p[1].startswith("/lfs-upload/")]
    assert api[0] == ("POST", "/api/repos/create")
    assert ("POST", "/api/validate-yaml") in api  # the dataset card is checked first
    assert ("GET", f"/api/datasets/{REPO}/refs") in api
    assert api[-2] == ("POST", f"/api/datasets/{REPO}/commit/main")
    assert api[-1] == ("POST", f"/api/datasets/{REPO}/tag/{COMMIT}")
    # Every call to the API carries the token; the storage upload URL needs none.
    for call in hub.calls:
        if not call["path"].startswith("/lfs-upload/"):
            assert call["auth"] == f"Bearer {TOKEN}", call["path"]
    create = json.loads(next(c for c in hub.calls if c["path"] == "/api/repos/create")["body"])
    assert create["type"] == "dataset" and f"{create.get('organization')}/{create['name']}" == REPO

    # The commit: exactly the release's files, LFS ones by their sha256, the rest inline.
    commit = next(c for c in hub.calls if "/commit/" in c["path"])["body"].decode()
    entries = [json.loads(line) for line in commit.splitlines() if line.strip()]
    assert entries[0]["key"] == "header" and "v0.1.0" in entries[0]["value"]["summary"]
    sums = read_checksums(RELEASE)
    committed = {}
    for e in entries[1:]:
        value = e["value"]
        if e["key"] == "lfsFile":
            assert value["algo"] == "sha256"
            committed[value["path"]] = value["oid"]
        else:
            assert e["key"] == "file"
            data = base64.b64decode(value["content"])
            committed[value["path"]] = hashlib.sha256(data).hexdigest()
    assert sorted(committed) == release_files()
    for name, digest in sums.items():
        assert committed[name] == digest, name
    # The LFS objects that were uploaded are the Parquet files' bytes.
    parquet = {n: d for n, d in sums.items() if n.endswith(".parquet")}
    assert sorted(hub.uploads) == sorted(parquet.values())
    for name, digest in parquet.items():
        assert hub.uploads[digest] == (RELEASE / name).read_bytes()
    tag = json.loads(next(c for c in hub.calls if "/tag/" in c["path"])["body"])
    assert tag["tag"] == "v0.1.0"


def test_publish_without_a_token_fails_clearly(hub: type[Recorder], tmp_path: Path) -> None:
    done = cli_publish(tmp_path, hub.port, None)
    assert done.returncode == 1
    assert "no Hugging Face token" in done.stderr and "HF_TOKEN" in done.stderr
    assert hub.calls == []


def test_an_existing_tag_is_never_replaced(hub: type[Recorder], tmp_path: Path) -> None:
    def refs_with_the_tag(self: Recorder) -> None:
        self._record()
        self._reply(
            200,
            {
                "branches": [],
                "converts": [],
                "tags": [{"name": "v0.1.0", "ref": "refs/tags/v0.1.0", "targetCommit": COMMIT}],
            },
        )

    hub.do_GET = refs_with_the_tag  # type: ignore[method-assign]
    done = cli_publish(tmp_path, hub.port, TOKEN)
    assert done.returncode == 1 and "already has the tag v0.1.0" in done.stderr
    assert not any("/commit/" in c["path"] or "/tag/" in c["path"] for c in hub.calls)


def test_publish_without_huggingface_hub_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "huggingface_hub", None)
    result = run("publish", "0.1.0", "--repo", REPO)
    assert result.exit_code == 1 and "pip install 'kzpolicy-data[hub]'" in result.output
    assert run("publish", "0.1.0", "--repo", REPO, "--dry-run").exit_code == 0  # needs no hub


def test_publish_refused_by_the_hub_names_the_status(hub: type[Recorder], tmp_path: Path) -> None:
    hub.do_POST = lambda self: (self._record(), self._reply(401, {"error": "bad token"}))  # type: ignore[method-assign]
    done = cli_publish(tmp_path, hub.port, TOKEN)
    assert done.returncode == 1
    assert "HTTP 401" in done.stderr and "write access" in done.stderr
    assert TOKEN not in done.stdout + done.stderr


def test_a_hub_answer_that_is_not_json_is_a_clear_error(
    hub: type[Recorder], tmp_path: Path
) -> None:
    """A proxy's HTML page where the Hub's JSON should be was a traceback."""

    def html(self: Recorder) -> None:
        self._record()
        data = b"<html><body>502 Bad Gateway</body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    hub.do_POST = html  # type: ignore[method-assign]
    hub.do_GET = html  # type: ignore[method-assign]
    done = cli_publish(tmp_path, hub.port, TOKEN)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert "error: " in done.stderr and "not the JSON" in done.stderr
    assert TOKEN not in done.stdout + done.stderr
