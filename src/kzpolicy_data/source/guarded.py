"""Guarded reading: the one way a file from a user, a contributor or a server is read.

Such a file may be hostile or broken: a symbolic link to anywhere, a FIFO that blocks forever,
``/dev/zero`` that never ends, a file far too big, invalid UTF-8, JSON nested 100,000 levels
deep (``json`` recurses: RecursionError) or holding a 5,000-digit number (``int`` refuses to
convert it: ValueError). Each of these becomes a :class:`KzPolicyError` of the caller's class
naming the file (and line), never a hang, a traceback or gigabytes of memory.
"""

from __future__ import annotations

import errno
import json
import os
import re
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import accumulate
from pathlib import Path
from typing import IO, Any

from ..errors import KzPolicyError, RawFileError

__all__ = [
    "MAX_JSON_DEPTH",
    "MAX_JSON_INT_DIGITS",
    "decode_utf8",
    "iter_lines",
    "loads_json",
    "open_guarded",
    "read_bounded",
    "read_json",
    "read_text",
]

# Our JSON (records, manifests, the release index) is under 10 levels deep.
MAX_JSON_DEPTH = 64
# Longer integers are not data (offsets and counts have at most a dozen digits).
MAX_JSON_INT_DIGITS = 30

_LINK_HINT = "replace the link by the file itself"
# A JSON string (possessive: no backtracking over a long one), removed before counting brackets.
_JSON_STRING = re.compile(r'"(?:[^"\\]++|\\.)*+"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")


@contextmanager
def open_guarded(
    path: str | Path, error: type[KzPolicyError] = RawFileError
) -> Iterator[IO[bytes]]:
    """A regular file opened for reading: symlinks are refused, not followed, and so is
    anything but a regular file (a FIFO would block, ``/dev/zero`` never ends)."""
    p = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        if p.is_symlink():
            raise error(
                f"is a symbolic link (to {os.readlink(p)!r}); links are not followed",
                path=p,
                hint=_LINK_HINT,
            )
        fd = os.open(p, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise error(
                "is a symbolic link; links are not followed", path=p, hint=_LINK_HINT
            ) from None
        raise error(f"cannot read file: {exc.strerror}", path=p, hint="check the path") from None
    try:  # checked on the descriptor (what the name points to may change meanwhile)
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise error(
                "is not a regular file (a device, FIFO, socket or folder)",
                path=p,
                hint="only plain files are read",
            )
        f = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with f:
        yield f


def read_bounded(
    path: str | Path,
    limit: int,
    error: type[KzPolicyError] = RawFileError,
    what: str = "one article",
) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes, read safely.

    The size is checked on the open descriptor before reading (what a name points to may change
    between a check and the open), and the read stops at ``limit + 1`` bytes in case the file
    grows meanwhile.
    """
    p = Path(path)
    with open_guarded(p, error) as f:
        size = os.fstat(f.fileno()).st_size
        if size > limit:
            raise error(
                f"file is {size} bytes, over the {limit} byte limit for {what}",
                path=p,
                hint="is this really one file of the corpus? split it or check where it came from",
            )
        try:
            data = f.read(limit + 1)
        except OSError as exc:
            raise error(f"cannot read file: {exc.strerror}", path=p) from None
    if len(data) > limit:
        raise error(f"file grew over the {limit} byte limit for {what} while read", path=p)
    return data


def decode_utf8(
    data: bytes,
    path: str | Path | None,
    error: type[KzPolicyError] = RawFileError,
    *,
    line: int | None = None,
) -> str:
    """``data`` as UTF-8 text (a leading BOM dropped); an error naming the line and offset of
    the first bad bytes (``line``: the line ``data`` is, for one line of a bigger file)."""
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise error(
            f"bytes {body[exc.start : exc.start + 4]!r} at offset {exc.start} are not valid UTF-8",
            path=path,
            line=line if line is not None else body.count(b"\n", 0, exc.start) + 1,
            hint="save the file as UTF-8 (e.g. `iconv -f cp1251 -t utf-8`)",
        ) from None


def read_text(
    path: str | Path, limit: int, error: type[KzPolicyError] = RawFileError, what: str = "a file"
) -> str:
    """A regular file of at most ``limit`` bytes as UTF-8 text (see :func:`read_bounded`)."""
    return decode_utf8(read_bounded(path, limit, error, what), path, error)


def iter_lines(
    path: str | Path, max_line: int, error: type[KzPolicyError] = RawFileError
) -> Iterator[tuple[int, bytes]]:
    """``(line number, bytes)`` of each line of a regular file; a line longer than
    ``max_line`` bytes is an error (so memory is bounded by the line, not the file)."""
    with open_guarded(path, error) as f:
        n = 0
        while line := f.readline(max_line + 1):
            n += 1
            if len(line) > max_line:
                raise error(
                    f"line is over the {max_line} byte limit for one line",
                    path=path,
                    line=n,
                    hint="one JSON record per line; is this really a records file?",
                )
            yield n, line


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_JSON_INT_DIGITS:
        raise ValueError(f"an integer of {len(text.lstrip('-'))} digits is too long")
    return int(text)


def loads_json(
    data: bytes | str,
    path: str | Path | None,
    error: type[KzPolicyError] = RawFileError,
    *,
    line: int | None = None,
    max_depth: int = MAX_JSON_DEPTH,
    hint: str | None = None,
) -> Any:
    """Parse JSON bounded in depth and in integer length; an error naming the file and line
    (``hint``: what the file should hold)."""
    text = decode_utf8(data, path, error, line=line) if isinstance(data, bytes) else data
    # Brackets outside strings, counted in C-speed passes: the depth before json recurses.
    brackets = _NOT_BRACKET.sub("", _JSON_STRING.sub("", text))
    depth = max(accumulate(1 if c in "[{" else -1 for c in brackets), default=0)
    if depth > max_depth:
        raise error(
            f"JSON nested {depth} levels deep, over the limit of {max_depth}",
            path=path,
            line=line,
            hint="this is not one of our files; check where it came from",
        )
    try:
        return json.loads(text, parse_int=_bounded_int)
    except json.JSONDecodeError as exc:
        where = line if line is not None else exc.lineno
        raise error(
            f"not JSON: {exc.msg} (column {exc.colno})", path=path, line=where, hint=hint
        ) from None
    except (ValueError, RecursionError) as exc:
        raise error(f"not usable JSON: {exc}"[:300], path=path, line=line, hint=hint) from None


def read_json(
    path: str | Path, limit: int, error: type[KzPolicyError] = RawFileError, what: str = "a file"
) -> Any:
    """A regular JSON file of at most ``limit`` bytes, parsed with :func:`loads_json`."""
    return loads_json(read_bounded(path, limit, error, what), path, error)
