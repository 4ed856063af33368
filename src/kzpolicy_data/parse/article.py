"""The article as the parse stages fill it in: one object shared by every stage, as spaCy's
``Doc`` is by its pipeline components, and turned into a :class:`Record` at the end."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..codes import DateSource, Genre, Language, SegmentKind
from ..interview.turns import Segmentation
from ..nlp.analysis import Analysis
from ..records import Flag, Speaker, Turn
from ..source.curation import Curation
from ..source.layout import Paragraph
from ..source.page import Page
from ..source.raw import Prefix, RawText

__all__ = ["Article"]


@dataclass
class Article:
    """What the stages know about one raw article so far (``None`` until a stage sets it)."""

    raw: RawText
    rid: str  # the record id: the raw file's stem
    curation: Curation | None
    curation_file: str | None
    curation_sha256: str | None
    prefix: Prefix  # the text without its ` date ...` prefix, and that prefix's date
    paragraphs: list[Paragraph]
    parts: Page  # title, rubrics, bylines and the content paragraphs of the page
    flags: list[Flag] = field(default_factory=list)
    date: dt.date | None = None
    date_source: DateSource = DateSource.NONE
    language: Language = Language.OTHER
    unsupported: bool = False  # a language the parser does not read: no turns looked for
    segmentation: Segmentation | None = None
    genre: Genre = Genre.NEWS
    segments: list[tuple[SegmentKind, int, int]] = field(default_factory=list)
    lead: str | None = None
    intro: tuple[int, int] | None = None  # the interview's intro above its first turn
    publisher: str | None = None
    authors: list[str] = field(default_factory=list)
    analysis: Analysis | None = None
    speakers: list[Speaker] = field(default_factory=list)
    turns: list[Turn] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.prefix.text

    @property
    def seg(self) -> Segmentation:
        assert self.segmentation is not None, "the turns stage runs before this one"
        return self.segmentation
