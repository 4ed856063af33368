"""Scaffold: create a correctly named raw article and its curation file from a URL, date and text.

Raw files are named ``NNN_<16 hex>.txt``: the next free sequence number (at least three
digits) and the first 16 hex digits of the sha256 of the article's URL, so the same URL always
gets the same suffix and a second copy of an article is easy to spot. An article already in the
corpus (the same URL, the same text, or nearly the same text) or dated after today is refused,
by the rules ``build`` and ``validate`` apply (:mod:`kzpolicy_data.build.checks`). The
publisher and the licence are required: they decide whether the text may be published.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import sys
from pathlib import Path

import yaml

from ..build.checks import CorpusChecker, url_key
from ..errors import KzPolicyError, ValidationFailed
from ..source.curation import read_curation
from ..source.guarded import decode_utf8, read_bounded, read_text
from ..source.raw import MAX_RAW_BYTES, RAW_NAME, strip_prefix

__all__ = ["new_article", "raw_name", "read_article_text"]


def raw_name(url: str, sequence: int) -> str:
    """The raw file name for an article URL at a given sequence number."""
    return f"{sequence:03d}_{hashlib.sha256(url.strip().encode()).hexdigest()[:16]}.txt"


def read_article_text(source: str | Path) -> str:
    """The text a contributor gives (``--text``), read as any contributed file is: no links,
    FIFOs or devices, at most one article's size, UTF-8; ``-`` is standard input."""
    if str(source) != "-":
        return read_text(source, MAX_RAW_BYTES, ValidationFailed, "one article")
    data = sys.stdin.buffer.read(MAX_RAW_BYTES + 1)
    if len(data) > MAX_RAW_BYTES:
        raise ValidationFailed(
            f"standard input is over the {MAX_RAW_BYTES} byte limit for one article",
            path="<stdin>",
            hint="give one article's text",
        )
    return decode_utf8(data, "<stdin>", ValidationFailed)


def _next_sequence(raw_dir: Path) -> int:
    numbers = [int(m[1]) for p in raw_dir.glob("*.txt") if (m := re.match(r"^(\d+)_", p.name))]
    return max(numbers, default=-1) + 1


def new_article(
    raw_dir: Path,
    *,
    url: str,
    date: str,
    text: str,
    publisher: str,
    license: str,
    today: dt.date | None = None,
) -> tuple[Path, Path]:
    """Write ``raw/NNN_<hash>.txt`` (with the ``date`` prefix) and ``raw/NNN_<hash>.yaml``."""
    if not re.fullmatch(r"https?://[^\s/?#.]\S*", url):
        raise ValidationFailed(f"not an http(s) URL: {url!r}", hint="give the article's address")
    try:
        day = dt.date.fromisoformat(date)
    except ValueError:
        raise ValidationFailed(
            f"not a date: {date!r}", hint="give the publication date as YYYY-MM-DD"
        ) from None
    today = today or dt.date.today()
    if day > today:
        raise ValidationFailed(
            f"the publication date {day} is after today ({today})",
            hint="give the date the article was published",
        )
    for what, value in (("publisher", publisher), ("license", license)):
        if not (value or "").strip():
            raise ValidationFailed(
                f"the {what} is required",
                hint="give the outlet's name (--publisher) and the licence or permission under "
                "which the text may be published (--license)",
            )
    body = _without_prefix(text.strip(), day)
    if not body:
        raise ValidationFailed("the article text is empty", hint="paste the text as published")
    _refuse_url(raw_dir, url)
    raw_dir.mkdir(parents=True, exist_ok=True)
    txt = raw_dir / raw_name(url, _next_sequence(raw_dir))
    content = f" date {day.isoformat()} {body}\n"
    _refuse_duplicates(raw_dir, txt, content)
    txt.write_text(content, encoding="utf-8", newline="\n")
    curation: dict[str, str] = {"url": url, "publisher": publisher.strip(), "license": license}
    yml = txt.with_suffix(".yaml")
    yml.write_text(yaml.safe_dump(curation, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return txt, yml


def _refuse_url(raw_dir: Path, url: str) -> None:
    """An article of the corpus with this URL: its file name's hash, or the ``url:`` of its
    curation file compared as ``build`` compares them (:func:`url_key`)."""
    suffix = raw_name(url, 0).split("_", 1)[1]
    existing = sorted(raw_dir.glob(f"*_{suffix}"))
    key = url_key(url)
    for curation in sorted(raw_dir.glob("*.yaml")):
        try:
            recorded = read_curation(curation)[0].url  # guarded: no link, FIFO or device
        except KzPolicyError:
            continue  # validate's to report
        if recorded and url_key(recorded) == key:
            existing.append(curation.with_suffix(".txt"))
    if existing:
        raise ValidationFailed(
            f"an article with this URL is already in the corpus: {existing[0].name}",
            path=existing[0],
            hint="edit its curation file instead of adding it again",
        )


def _without_prefix(text: str, day: dt.date) -> str:
    """The text without a scraper's date prefix (a raw file pasted whole): it is written once,
    from ``date``, and a prefix that says another date is an error."""
    try:
        prefix = strip_prefix(text)
    except KzPolicyError as exc:
        raise ValidationFailed(f"the text's date prefix: {exc.message}", hint=exc.hint) from None
    if prefix.date is not None and prefix.date != day:
        raise ValidationFailed(
            f"the text starts with the date prefix {prefix.date}, but --date gives {day}",
            hint="remove the prefix from the text, or give its date",
        )
    return prefix.text.strip()


def _refuse_duplicates(raw_dir: Path, txt: Path, content: str) -> None:
    """The same text (or nearly) already in the corpus: an error naming the article."""
    from ..parse import parse_bytes

    try:
        new = parse_bytes(content.encode(), str(txt), ner=False, events=False)
    except KzPolicyError as exc:
        raise ValidationFailed(
            f"the article cannot be parsed: {exc.message}", hint=exc.hint
        ) from None
    corpus = CorpusChecker()
    for path in sorted(raw_dir.glob("*.txt")):
        if not RAW_NAME.fullmatch(path.name):
            continue
        try:
            data = read_bounded(path, MAX_RAW_BYTES)  # no FIFO, device or link is read
            corpus.add(
                str(path), parse_bytes(data, str(path), ner=False, events=False), report=False
            )
        except KzPolicyError:
            continue  # the corpus's own problems are `validate`'s to report
    problems = [p for p in corpus.add(str(txt), new) if "duplicate" in p.message]
    if problems:
        raise ValidationFailed(
            f"the article is already in the corpus: {problems[0].message}",
            path=problems[0].path,
            hint="edit the existing article's curation file instead of adding it again",
        )
