"""The build's output folder: a build replaces only what a build wrote.

``build --out DIR`` replaces DIR whole, so DIR must be new, empty, or a previous build's output
(its marker file, :data:`MARKER`, and no file but those its ``SHA256SUMS`` lists); never the raw
folder, a folder holding it or inside it, or anything inside a releases folder. While a build
runs it holds a lock beside DIR (``.<name>.lock``), so two builds cannot write DIR at once, and
with the lock held it removes what killed builds left there (``.<name>.tmp-*``,
``.<name>.old-*``).
"""

from __future__ import annotations

import fcntl
import os
import shutil
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import ReleaseError
from ..release.index import INDEX, read_checksums
from ..release.writer import CHECKSUMS

__all__ = ["MARKER", "check_out_dir", "exclusive_lock", "mark", "out_lock", "replace_dir"]

MARKER = ".kzpolicy-build"
_MARKER_TEXT = "Written by `kzpolicy-data build`: the next build replaces this whole folder.\n"
_HINT = "give --out a new or empty folder, or a previous build's output"


def _refuse(out_dir: Path, problem: str, hint: str = _HINT) -> ReleaseError:
    return ReleaseError(f"refusing --out: it {problem}", path=out_dir, hint=hint)


def check_out_dir(out_dir: Path, raw_dir: Path) -> None:
    """Raise :class:`ReleaseError` unless replacing ``out_dir`` loses nothing but a build's
    output (see the module docstring)."""
    out, raw = out_dir.absolute().resolve(), raw_dir.absolute().resolve()
    if out == raw:
        raise _refuse(out_dir, "is the raw folder: the build would delete the articles")
    if raw.is_relative_to(out):
        raise _refuse(out_dir, f"holds the raw folder {raw_dir}: the build would delete it")
    if out.is_relative_to(raw):
        raise _refuse(out_dir, f"is inside the raw folder {raw_dir}")
    for folder in (out, *out.parents):
        if folder.name == "releases" or (folder / INDEX).is_file():
            raise _refuse(
                out_dir,
                f"is inside a releases folder ({folder}): only `release` writes there",
            )
    if out_dir.is_symlink():
        raise _refuse(out_dir, "is a symbolic link", "give --out a real folder")
    if not out_dir.exists():
        return
    if not out_dir.is_dir():
        raise _refuse(out_dir, "is not a folder")
    if not any(out_dir.iterdir()):
        return
    marker = out_dir / MARKER
    if marker.is_symlink() or not marker.is_file():
        raise _refuse(
            out_dir,
            f"is not the output of a build (no {MARKER} file) and holds files",
            f"{_HINT}; delete it yourself if it is an old preview",
        )
    extra = _foreign_files(out_dir)
    if extra:
        raise _refuse(
            out_dir,
            f"holds files a build did not write: {', '.join(extra[:5])}",
            "move them elsewhere first: the build replaces the whole folder",
        )


def _foreign_files(out_dir: Path) -> list[str]:
    """Files in a build's output that its ``SHA256SUMS`` does not list."""
    try:
        listed = set(read_checksums(out_dir)) | {CHECKSUMS, MARKER}
    except (OSError, ReleaseError, UnicodeDecodeError):
        listed = {MARKER}
    found = []
    for path in sorted(out_dir.rglob("*")):
        rel = path.relative_to(out_dir).as_posix()
        if (path.is_symlink() or not path.is_dir()) and rel not in listed:
            found.append(rel)
    return found


def mark(folder: Path) -> None:
    """Mark a folder as a build's output (what lets the next build replace it)."""
    (folder / MARKER).write_text(_MARKER_TEXT, "utf-8", newline="\n")


@contextmanager
def exclusive_lock(lock_file: Path, *, busy: str, path: Path, hint: str) -> Iterator[None]:
    """Hold an advisory lock on ``lock_file`` (the OS drops it if the process dies); when another
    process holds it, a :class:`ReleaseError` ``busy`` about ``path``."""
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    with lock_file.open("a") as f:
        try:
            fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise ReleaseError(busy, path=path, hint=hint) from None
        try:
            yield
        finally:
            fcntl.flock(f.fileno(), fcntl.LOCK_UN)


@contextmanager
def out_lock(out_dir: Path) -> Iterator[None]:
    """Hold ``.<name>.lock`` beside ``out_dir``, and remove what killed builds of ``out_dir``
    left behind."""
    with exclusive_lock(
        out_dir.parent / f".{out_dir.name}.lock",
        busy="another build is writing this folder",
        path=out_dir,
        hint="wait for it to finish, or give another --out",
    ):
        # With the lock held, no other build of out_dir is running: these are leftovers.
        for pattern in (f".{out_dir.name}.tmp-*", f".{out_dir.name}.old-*"):
            for path in out_dir.parent.glob(pattern):
                if stat.S_ISDIR(path.lstat().st_mode):
                    shutil.rmtree(path, ignore_errors=True)
                else:
                    path.unlink(missing_ok=True)  # a link is removed, never followed
        yield


def replace_dir(new: Path, target: Path) -> None:
    """Move ``new`` to ``target``, replacing it; the old folder is removed only afterwards."""
    if target.exists():
        old = target.with_name(f".{target.name}.old-{os.getpid()}")
        os.rename(target, old)
        os.rename(new, target)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.rename(new, target)
