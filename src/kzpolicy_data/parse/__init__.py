"""Parsing: a raw article (and its optional curation file) -> a validated :class:`Record`.

The data flow, one package per step: ``source`` (bytes -> normalised text, the date prefix,
paragraphs and noise, the page's title, date, language and outlet, the curation file), ``nlp``
(one :class:`~kzpolicy_data.nlp.analysis.Analysis` of the text, shared by what follows),
``interview`` (genre, turns, speakers) and ``events`` (mentions and PLOVER events).

Here the stages run in order on one :class:`~.article.Article` (``stages.py``), the record is
assembled and annotated (``assemble.py``); :func:`parse_raw` reads as that list.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from ..budget import Budget, checkpoint, within
from ..errors import ParseError
from ..interview.turns import detect_marker
from ..nlp.analysis import require_nlp
from ..records import Record
from ..source.curation import Curation, curation_path_for, read_curation
from ..source.layout import Paragraph, split_paragraphs
from ..source.page import classify_page
from ..source.raw import RawText, decode_raw, read_raw, strip_prefix
from . import stages
from .article import Article
from .assemble import PARSER, PARSER_VERSION, annotated, record_of
from .summary import summarise

__all__ = [
    "PARSER",
    "PARSER_VERSION",
    "parse_bytes",
    "parse_file",
    "parse_raw",
    "strip_prefix",
    "summarise",
]

_RID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,99}$")


def parse_raw(
    raw: RawText,
    *,
    curation: Curation | None = None,
    curation_file: str | None = None,
    curation_sha256: str | None = None,
    ner: bool = True,
    events: bool = True,
    budget: Budget | None = None,
) -> Record:
    """Parse a read raw article (see :func:`parse_file`) within ``budget`` (by default
    :meth:`Budget.from_env`); over it, :class:`~kzpolicy_data.budget.BudgetExceeded`."""
    try:
        with within(budget, raw.name):
            return _parse_raw(raw, curation, curation_file, curation_sha256, ner=ner, events=events)
    except ParseError as exc:
        if exc.path is not None:
            raise
        raise ParseError(exc.message, path=raw.name, line=exc.line, hint=exc.hint) from exc


def _parse_raw(
    raw: RawText,
    curation: Curation | None,
    curation_file: str | None,
    curation_sha256: str | None,
    *,
    ner: bool,
    events: bool,
) -> Record:
    if ner or events:
        require_nlp()
    article = _read(raw, curation, curation_file, curation_sha256)
    for stage in stages.STAGES:  # date, language, genre and turns, segments, outlet
        stage(article)
    stages.speakers(article, ner=ner)
    stages.problems(article)
    return annotated(record_of(article), article, ner=ner, events=events)


def _read(
    raw: RawText,
    curation: Curation | None,
    curation_file: str | None,
    curation_sha256: str | None,
) -> Article:
    """The article's text without its date prefix, its paragraphs and the page's parts."""
    rid = Path(raw.name).stem
    if not _RID.match(rid):
        raise ParseError(
            f"file stem {rid!r} is not a valid record id (lowercase a-z, 0-9, `_`, `-`)",
            path=raw.name,
            hint="rename the raw file, e.g. `000_<hash>.txt`",
        )
    lenient = curation is not None and curation.date_published is not None
    prefix = strip_prefix(raw.text, path=raw.name, lenient=lenient)
    paragraphs = split_paragraphs(prefix.text)
    checkpoint()
    return Article(
        raw=raw,
        rid=rid,
        curation=curation,
        curation_file=curation_file,
        curation_sha256=curation_sha256,
        prefix=prefix,
        paragraphs=paragraphs,
        parts=classify_page(paragraphs, _is_turn),
    )


def _is_turn(p: Paragraph) -> bool:
    return detect_marker(p).style in ("dash", "qa")


def _parse_with_curation(
    raw: RawText, path: Path | None, ner: bool, events: bool, budget: Budget | None = None
) -> Record:
    """Parse with the curation file at ``path`` (if it exists)."""
    curation = cur_name = cur_sha = None
    if path is not None and path.exists():
        curation, cur_sha = read_curation(path)
        cur_name = path.name
    return parse_raw(
        raw,
        curation=curation,
        curation_file=cur_name,
        curation_sha256=cur_sha,
        ner=ner,
        events=events,
        budget=budget,
    )


def parse_bytes(
    data: bytes,
    name: str,
    *,
    curation_path: str | Path | None = None,
    ner: bool = True,
    events: bool = True,
    budget: Budget | None = None,
) -> Record:
    """Parse the bytes of a raw article named ``name`` (its stem becomes the record id)."""
    return _parse_with_curation(
        decode_raw(data, name), Path(curation_path) if curation_path else None, ner, events, budget
    )


def parse_file(
    path: str | Path,
    *,
    curation_path: str | Path | Literal["auto"] | None = "auto",
    ner: bool = True,
    events: bool = True,
    budget: Budget | None = None,
) -> Record:
    """Parse a raw article file; its curation file ``<stem>.yaml`` is found automatically.
    ``budget`` bounds the time and memory it may take (see :mod:`kzpolicy_data.budget`)."""
    cpath = curation_path_for(path) if curation_path == "auto" else curation_path
    return _parse_with_curation(read_raw(path), Path(cpath) if cpath else None, ner, events, budget)
