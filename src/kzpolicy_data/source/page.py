"""The page: which paragraphs are noise, title, byline or body; its date, language and outlet.

Works on the paragraphs of :mod:`.layout`; nothing here knows about interviews beyond the turn
markers that end the page's header.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field

from ..codes import DateSource, SegmentKind
from .dates import find_date
from .layout import Paragraph, byline_authors, classify_noise, looks_like_heading
from .raw import Prefix

__all__ = ["Page", "classify_page", "detect_language", "detect_publisher", "find_publication_date"]

_PULL_QUOTE = re.compile(r"^(?:«[^«»]{10,400}»|\"[^\"]{10,400}\"|“[^“”]{10,400}”)[.!]?$")


@dataclass
class Page:
    segments: list[tuple[SegmentKind, int, int]] = field(default_factory=list)
    content: list[Paragraph] = field(default_factory=list)
    title: Paragraph | None = None
    authors: list[str] = field(default_factory=list)
    datelines: list[Paragraph] = field(default_factory=list)


def classify_page(paras: list[Paragraph], is_turn: Callable[[Paragraph], bool]) -> Page:
    """Split paragraphs into noise/title/byline segments and content paragraphs.

    ``is_turn`` says whether a paragraph carries a turn marker (a dash or a Q/A label): such a
    paragraph is never a title or a heading.
    """
    parts = Page()
    seen: dict[str, SegmentKind] = {}
    first_marked = next(
        (i for i, p in enumerate(paras) if p.text[:1] in "-–—−" or p.text.endswith("?")),
        len(paras),
    )
    for i, p in enumerate(paras):
        kind = classify_noise(p.text)
        if kind in (SegmentKind.DATELINE, SegmentKind.TIMESTAMP):
            parts.datelines.append(p)
        # Repeated titles (top or bottom) and header lines repeated before the first turn.
        if (
            kind is None
            and p.text in seen
            and (seen[p.text] == SegmentKind.TITLE or i < first_marked)
        ):
            kind = seen[p.text] if seen[p.text] == SegmentKind.TITLE else SegmentKind.OTHER_NOISE
        if kind is None and not parts.authors:
            authors = byline_authors(p.text)
            if authors:
                parts.authors = authors
                kind = SegmentKind.BYLINE
        unmarked = not is_turn(p)
        if kind is None and not parts.content and parts.title is None and unmarked:
            repeated = any(q.text == p.text for q in paras[i + 1 :])
            if looks_like_heading(p.text, question_ok=repeated) and i + 1 < len(paras):
                parts.title = p
                kind = SegmentKind.TITLE
        elif kind is None and not parts.content and unmarked and looks_like_heading(p.text):
            # Several heading-like lines above the text (outlet, rubric, headline): the longest
            # is the headline.
            old = parts.title
            if old is not None and len(p.text) > len(old.text):
                parts.segments = [
                    (SegmentKind.HEADING if (s, e) == (old.start, old.end) else k, s, e)
                    for k, s, e in parts.segments
                ]
                seen[old.text] = SegmentKind.HEADING
                parts.title = p
                kind = SegmentKind.TITLE
            else:
                kind = SegmentKind.HEADING
        if kind is None and i < first_marked and _PULL_QUOTE.match(p.text) and parts.content:
            kind = SegmentKind.PULL_QUOTE
        if kind is None:
            parts.content.append(p)
            seen.setdefault(p.text, SegmentKind.BODY)
        else:
            parts.segments.append((kind, p.start, p.end))
            seen.setdefault(p.text, kind)
    return parts


def find_publication_date(
    prefix: Prefix, parts: Page, paras: list[Paragraph], path: str
) -> tuple[dt.date | None, DateSource]:
    if prefix.date is not None:
        return prefix.date, DateSource.PREFIX
    # Datelines first; then other short non-content lines of the header/footer, but never the
    # title or the body (a date there is an event date, not the publication date).
    first = parts.content[0].start if parts.content else sys.maxsize
    last = parts.content[-1].end if parts.content else 0
    middle = paras[len(paras) // 2].start if paras else 0
    candidates = [
        (p, DateSource.HEADER if p.start <= middle else DateSource.FOOTER) for p in parts.datelines
    ]
    for p in paras:
        if len(p.text) <= 120 and p is not parts.title and (p.end <= first or p.start >= last):
            candidates.append((p, DateSource.HEADER if p.end <= first else DateSource.FOOTER))
    for p, source in candidates:
        found = find_date(p.text, path=path, line=p.line)
        if found is not None:
            return found.date, source
    return None, DateSource.NONE


_PUBLISHER = re.compile(
    r"(?:корреспондент\w*|журналист\w*|редакци\w*|тілшісі\w*|изданию|порталу|агентству|"
    r"correspondent|told)\s+(?:издания\s+|портала\s+|агентства\s+|сайта\s+)?"
    r"«?(?P<name>[A-Z][\w-]*(?:\.(?:kz|ru|com|org|net))?|[A-ZА-Я][\w-]+\.kz)»?",
)


def detect_publisher(text: str) -> str | None:
    """The outlet named in the text (`корреспондентом Zakon.kz`)."""
    m = _PUBLISHER.search(text)
    return m.group("name") if m else None


_KK_LETTERS = re.compile("[әғқңөұүһі]", re.I)


def detect_language(text: str) -> str:
    """`ru`, `kk` or `en`, by script."""
    cyr = len(re.findall("[а-яёәғқңөұүһі]", text, re.I))
    lat = len(re.findall("[a-z]", text, re.I))
    if lat > cyr:
        return "en"
    return "kk" if cyr and len(_KK_LETTERS.findall(text)) > 0.015 * cyr else "ru"
