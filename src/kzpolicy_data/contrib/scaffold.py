"""Scaffold: create a correctly named raw article and its curation file from a URL, date and text.

Raw files are named ``NNN_<16 hex>.txt``: the next free sequence number (at least three
digits) and the first 16 hex digits of the sha256 of the article's URL, so the same URL always
gets the same suffix and a second copy of an article is easy to spot.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path

import yaml

from ..errors import ValidationFailed

__all__ = ["new_article", "raw_name"]


def raw_name(url: str, sequence: int) -> str:
    """The raw file name for an article URL at a given sequence number."""
    return f"{sequence:03d}_{hashlib.sha256(url.strip().encode()).hexdigest()[:16]}.txt"


def _next_sequence(raw_dir: Path) -> int:
    numbers = [int(m[1]) for p in raw_dir.glob("*.txt") if (m := re.match(r"^(\d+)_", p.name))]
    return max(numbers, default=-1) + 1


def new_article(
    raw_dir: Path,
    *,
    url: str,
    date: str,
    text: str,
    publisher: str | None = None,
    license: str | None = None,
) -> tuple[Path, Path]:
    """Write ``raw/NNN_<hash>.txt`` (with the ``date`` prefix) and ``raw/NNN_<hash>.yaml``."""
    if not re.match(r"^https?://\S+$", url):
        raise ValidationFailed(f"not an http(s) URL: {url!r}", hint="give the article's address")
    try:
        day = dt.date.fromisoformat(date)
    except ValueError:
        raise ValidationFailed(
            f"not a date: {date!r}", hint="give the publication date as YYYY-MM-DD"
        ) from None
    body = text.strip()
    if not body:
        raise ValidationFailed("the article text is empty", hint="paste the text as published")
    suffix = raw_name(url, 0).split("_", 1)[1]
    existing = sorted(raw_dir.glob(f"*_{suffix}"))
    if existing:
        raise ValidationFailed(
            f"an article with this URL is already in the corpus: {existing[0].name}",
            path=existing[0],
            hint="edit its curation file instead of adding it again",
        )
    raw_dir.mkdir(parents=True, exist_ok=True)
    txt = raw_dir / raw_name(url, _next_sequence(raw_dir))
    txt.write_text(f" date {day.isoformat()} {body}\n", encoding="utf-8", newline="\n")
    curation: dict[str, str] = {"url": url}
    if publisher:
        curation["publisher"] = publisher
    if license:
        curation["license"] = license
    yml = txt.with_suffix(".yaml")
    yml.write_text(yaml.safe_dump(curation, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return txt, yml
