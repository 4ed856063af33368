"""Helpers shared by the build, release and load tests: small corpora made from fixtures, and
a static HTTP server on 127.0.0.1 to download releases from."""

from __future__ import annotations

import contextlib
import hashlib
import http.server
import resource
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from kzpolicy_data import release

from .conftest import DATA, ROOT

FIXTURES = DATA / "raw"


def corpus_name(fixture: Path) -> str:
    """The raw file name a parser fixture gets in a corpus (the naming rule, fixture order)."""
    number = sorted(p.name for p in FIXTURES.glob("*.txt")).index(fixture.name)
    return f"{100 + number:03d}_{hashlib.sha256(fixture.stem.encode()).hexdigest()[:16]}.txt"


def make_corpus(folder: Path, n: int = 6) -> Path:
    """A raw folder with the seed and ``n - 1`` parser fixtures (all valid articles), named as
    the build's rules want (``NNN_<16 hex>.txt``)."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "raw" / "000_952d0ef163f4dde3.txt", folder)
    for path in sorted(FIXTURES.glob("*.txt"))[: n - 1]:
        shutil.copy(path, folder / corpus_name(path))
    return folder


def publish_corpus(base: Path, n: int) -> Path:
    """``releases/`` under ``base`` holding v0.1.0 of a corpus of ``n`` articles."""
    release("0.1.0", make_corpus(base / "raw", n=n), base / "releases", jobs=1, progress=False)
    return base / "releases"


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` by relative path, with its bytes."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def run_bounded(
    code: str, *args: str, seconds: float = 120, memory: int = 2 << 30
) -> subprocess.CompletedProcess[str]:
    """Run Python ``code`` in a child process that cannot hang the tests or eat the machine:
    killed after ``seconds``, and its address space capped at ``memory`` bytes (so reading
    ``/dev/zero`` fails in a second instead of filling the RAM)."""

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=seconds,
        preexec_fn=cap,
        check=False,
    )


# A path's misbehaviour: what the handler does instead of serving the file.
Hostile = Callable[[http.server.BaseHTTPRequestHandler], None]


@contextmanager
def serve_folder(folder: Path, hostile: dict[str, Hostile] | None = None) -> Iterator[str]:
    """Serve ``folder`` on a free port of 127.0.0.1, its ``hostile`` paths misbehaving (a
    broken or malicious mirror); yields its base URL."""
    answers = hostile or {}

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, directory=str(folder), **kwargs)  # type: ignore[arg-type]

        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            answer = answers.get(self.path.split("?")[0].lstrip("/"))
            if answer is None:
                super().do_GET()
                return
            with contextlib.suppress(OSError):  # the client gave up: what it should do
                answer(self)

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()
