"""The page: which paragraphs are noise, title, byline or body; its date, language and outlet.

Works on the paragraphs of :mod:`.layout`; nothing here knows about interviews beyond the turn
markers that end the page's header.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise

from ..codes import DateSource, SegmentKind
from .dates import WEEKDAY_PATTERN, find_date, is_date_line
from .layout import Paragraph
from .noise import byline_authors, classify_noise, context_noise, looks_like_heading, under_weather
from .raw import Prefix

__all__ = [
    "Page",
    "classify_page",
    "detect_publisher",
    "find_publication_date",
    "truncated",
]

# A paragraph this long printed twice is a copied block: replies like `– Да, конечно.` repeat.
_COPIED_BLOCK = 40
# A line ending in a comma this long is a heading wrapped before its date, not a byline.
_WRAPPED_HEADING = 50
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
    copies = _block_copies(paras)
    scan = _Scan(
        paras=paras,
        first_marked=next(
            (i for i, p in enumerate(paras) if p.text[:1] in "-–—−" or p.text.endswith("?")),
            len(paras),
        ),
        counts=Counter(p.text for i, p in enumerate(paras) if i not in copies),
    )
    by_context = context_noise(paras)
    for i, p in enumerate(paras):
        kind = _noise_kind(scan, i, p, by_context.get(i))
        unmarked = not is_turn(p)
        if kind is None and not scan.parts.content and unmarked:
            kind = _title_or_heading(scan, i, p)
        if (
            kind is None
            and i < scan.first_marked
            and _PULL_QUOTE.match(p.text)
            and scan.parts.title
        ):
            kind = SegmentKind.PULL_QUOTE
        if kind is None:
            scan.parts.content.append(p)
            scan.seen.setdefault(p.text, SegmentKind.BODY)
        else:
            scan.parts.segments.append((kind, p.start, p.end))
            scan.seen.setdefault(p.text, kind)
    return scan.parts


def _block_copies(paras: list[Paragraph]) -> set[int]:
    """The paragraphs that repeat, together with a neighbour, an earlier run of paragraphs: the
    scraper's copy of a block (D13). Such a copy does not make a line a repeated title."""
    first: dict[str, int] = {}
    copies: set[int] = set()
    for j, p in enumerate(paras):
        i = first.setdefault(p.text, j)
        if i == j:
            continue
        before = i > 0 and paras[i - 1].text == paras[j - 1].text
        after = j + 1 < len(paras) and paras[i + 1].text == paras[j + 1].text
        if before or after:
            copies.add(j)
    return copies


@dataclass
class _Scan:
    """What classifying a page carries from one paragraph to the next."""

    paras: list[Paragraph]
    # The first paragraph that opens with a dash or ends with a question: the page's header
    # ends there.
    first_marked: int
    counts: Counter[str]
    parts: Page = field(default_factory=Page)
    # The kind each paragraph's text was first given, to classify its repeats alike.
    seen: dict[str, SegmentKind] = field(default_factory=dict)
    byline_at: int = -2


def _noise_kind(
    scan: _Scan, i: int, p: Paragraph, context_kind: SegmentKind | None
) -> SegmentKind | None:
    """The paragraph's kind if it is noise, a dateline, a repeat or the byline, else None."""
    kind = classify_noise(p.text) or context_kind
    if kind == SegmentKind.DATELINE and context_kind == SegmentKind.FOOTER:
        kind = context_kind  # another item's stamp in a list of related items
    # A date that finishes the long line above it (a statement's heading wrapped after its
    # comma: `... выборы Президента Республики Казахстан,` / `20 ноября 2022 г.`) dates what the
    # heading names, not the page; a byline's `By X, Astana,` is shorter.
    if (
        kind == SegmentKind.DATELINE
        and i > 0
        and len(above := scan.paras[i - 1].text.rstrip()) >= _WRAPPED_HEADING
        and above.endswith(",")
    ):
        kind = None
    # The author's position on the line below the byline (`Senior Correspondent`).
    if (
        kind is None
        and i == scan.byline_at + 1
        and len(p.text.split()) <= 4
        and p.text[-1:].isalpha()
    ):
        kind = SegmentKind.BYLINE
    if kind in (SegmentKind.DATELINE, SegmentKind.TIMESTAMP):
        scan.parts.datelines.append(p)
    seen = scan.seen
    # Repeated titles (top or bottom), header lines repeated before the first turn and any
    # paragraph long enough that saying it twice is the scraper's copy of a block (D13), not a
    # speaker's short reply; not a speaker's label on a line of its own (`Baku Dialogues:`
    # before each of its questions)
    if (
        kind is None
        and p.text in seen
        and (
            seen[p.text] == SegmentKind.TITLE
            or i < scan.first_marked
            or len(p.text) >= _COPIED_BLOCK
        )
        and not (p.text.endswith(":") and len(p.text) <= 60 and seen[p.text] != SegmentKind.TITLE)
    ):
        kind = seen[p.text] if seen[p.text] == SegmentKind.TITLE else SegmentKind.OTHER_NOISE
    if kind is None and not scan.parts.authors:
        authors = byline_authors(p.text)
        if authors:
            scan.parts.authors = authors
            kind = SegmentKind.BYLINE
            scan.byline_at = i
    return kind


def _title_or_heading(scan: _Scan, i: int, p: Paragraph) -> SegmentKind | None:
    """Whether an unmarked paragraph above the content is the title, a heading or neither."""
    parts = scan.parts
    old = parts.title
    if old is None:
        if len(p.text.split()) == 1 and looks_like_heading(p.text):
            return SegmentKind.HEADING  # a rubric (`Politics`, `Интервью`), no headline
        repeated = scan.counts[p.text] > 1
        if looks_like_heading(p.text, question_ok=repeated) and i + 1 < len(scan.paras):
            parts.title = p
            return SegmentKind.TITLE
        return None
    if not looks_like_heading(p.text):
        return None
    # Several heading-like lines above the text (outlet, rubric, headline): the longest is the
    # headline. A title printed twice (page header and article) beats a longer standfirst, and
    # in its own case beats its copy in capitals (D13).
    recased = old.text.isupper() and not p.text.isupper() and old.text.lower() == p.text.lower()
    if recased or (len(p.text) > len(old.text) and scan.counts[old.text] <= scan.counts[p.text]):
        parts.segments = [
            (SegmentKind.HEADING if (s, e) == (old.start, old.end) else k, s, e)
            for k, s, e in parts.segments
        ]
        scan.seen[old.text] = SegmentKind.HEADING
        parts.title = p
        return SegmentKind.TITLE
    return SegmentKind.HEADING


# `Tuesday , March 4 2025`: a site template's "today" line (space before the comma), printed
# when the page was scraped, not when it was published.
# A site's "today" bar: a weekday, or the word itself (`Today: 07-01-2025`).
_WEEKDAY_BAR = re.compile(rf"\s*(?:(?:{WEEKDAY_PATTERN})\b|(?:today|сегодня|бүгін)\s*:)", re.I)
_FILE_SIZE = re.compile(r"^(?:өлшемі|размер|size)\s*:?\s*[\d.,]+\s*(?:kb|mb|кб|мб)\.?$", re.I)
_SCRAPE_STAMP = re.compile(r"^[A-Z][a-z]+day\s+,\s+[A-Z][a-z]+\s+\d{1,2}\s+\d{4}$")
# `Свежее на сайте` / `05/12/2025`: a widget of the site's latest items dates the day it was saved
_LATEST = re.compile(r"(?:свежее|последние новости|latest news|соңғы жаңалықтар)\b.{0,30}", re.I)


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
    # The stamp under the headline before a date above it (a site's `today` in its header).
    after_title = parts.title.end if parts.title else -1
    datelines = sorted(parts.datelines, key=lambda p: not (after_title < p.start < first))
    candidates = [
        (p, DateSource.HEADER if p.start <= middle else DateSource.FOOTER) for p in datelines
    ]
    # a list of related items under the text (`Сондай-ақ оқыңыз`) stamps other items
    footer = {start for kind, start, _ in parts.segments if kind == SegmentKind.FOOTER}
    for p in paras:
        if p.start in footer:
            continue
        if len(p.text) <= 120 and p is not parts.title and (p.end <= first or p.start >= last):
            candidates.append((p, DateSource.HEADER if p.end <= first else DateSource.FOOTER))
    # `7 C` / `Астана` / `16 апреля, 2024`: the date under a weather widget is the site's
    # "today", as a weekday bar's is
    weather = under_weather(paras)
    # `Дата08.01.2017` / `өлшемі145,12 Kb.`: a document archive's upload stamp above the file's
    # size, not the article's date
    uploaded = {a.end for a, b in pairwise(paras) if _FILE_SIZE.match(b.text)}
    latest = {b.start for a, b in pairwise(paras) if _LATEST.fullmatch(a.text.strip())}
    for p, source in candidates:
        if _SCRAPE_STAMP.match(p.text) or p.end in uploaded or p.start in latest:
            continue
        found = find_date(p.text, path=path, line=p.line)
        if found is None:
            continue
        if (_WEEKDAY_BAR.match(p.text) and _ZONE_CLOCK.match(p.text, found.end)) or (
            _LOCAL_CLOCK.match(p.text, found.end)
        ):
            # `Суббота 20.04.2024 02:37 ast / 00:37 msk`, `4 марта 2024, Бишкекское время
            # 15:39`: the site's clock of its time zones, wherever the page puts it (under the
            # site's name read as the title, too)
            continue
        today = (_WEEKDAY_BAR.match(p.text) and not _CLOCK_AFTER.match(p.text, found.end)) or (
            p.start in weather
        )
        if today:
            # (`Thursday, August 24 2017 14:43` with its clock is the article's own stamp)
            if parts.title is None or p.end <= parts.title.start:
                # `Сенбі, 23 Қараша 2024` above the headline: the site's "today" bar, printed
                # when the page was saved, not published (on real pages it is mostly another
                # day than the article's); the article's own date line, if any, comes later
                continue
            # `Tuesday 27 December 2005` under it too, where the lead opens with the story's
            # own press dateline (`ALMATY, 18 May 2004 (IRIN) - ...`)
            dateline = _press_dateline(parts, path)
            if dateline is not None:
                return dateline, DateSource.HEADER
        return found.date, source
    lead_end = parts.content[2].start if len(parts.content) > 2 else last
    for p in paras:
        if p.start >= lead_end:
            break
        # `... Врублевским. - Sputnik Казахстан, 1920, 23.08.2022`, `Фото: azh.kz 25.08.2022
        # 1151`: a caption's or a credit's stamp closing a line of the header or of the first two
        # paragraphs (a caption is often read as the lead)
        if p.end in uploaded:
            continue  # an archive's upload stamp (above)
        for line in p.text.splitlines():
            stamp = _LINE_STAMP.search(line)
            if stamp is None and _PHOTO.search(line):
                # `фото - Новости Zakon.kz от 23.08.2024 17:09 Фото предоставлено спикером`
                stamp = _NUMERIC_DATE.search(line)
            if stamp is not None and (found := find_date(stamp.group(), path=path, line=p.line)):
                return found.date, DateSource.HEADER
    head = parts.title or (paras[0] if paras else None)
    if head is not None and _WEEKDAY_BAR.match(head.text) and len(paras) > 1:
        # under the "today" bar (as above), the article's own bar: rubric, counters, date, time
        # (`Көршінің көлеңкесі 7682 36 пікір 28 маусым, 2019 сағат 13:35`)
        bar = paras[1]
        found = find_date(bar.text, path=path, line=bar.line) if len(bar.text) <= 120 else None
        if found is not None and _CLOCK_AFTER.match(bar.text, found.end):
            return found.date, DateSource.HEADER
        head = None
    if head is not None:
        # `... – казахстанский эксперт 08.04.2019 eurasia.expert info@eurasia.expert`: a date
        # that only the site's chrome follows, glued to the headline (or the first line), or
        # only its time (`... in Ethiopia and RSA 18 октября 2013, 13:04`).
        found = find_date(head.text, path=path, line=head.line)
        if found is not None and (
            _CHROME_TAIL.fullmatch(head.text[found.end :])
            or _CLOCK_AFTER.fullmatch(head.text, found.end)
            # `23 қазан 2008, 12:05 762 0 Сұхбат ...`: a header bar (date, time, counters)
            # taken for the headline
            or (found.start == 0 and _CLOCK.match(head.text, found.end))
        ):
            return found.date, DateSource.HEADER
    dateline = _press_dateline(parts, path)
    if dateline is not None:
        return dateline, DateSource.HEADER
    if parts.content:
        # A signature closing the text (`... еді. Алматы, 25 қыркүйек 2015 жыл.`).
        tail = _SENTENCE_END.split(parts.content[-1].text[-120:].rstrip())[-1]
        found = find_date(tail, path=path, line=parts.content[-1].line)
        if found is not None and is_date_line(tail):
            return found.date, DateSource.FOOTER
    return None, DateSource.NONE


def _press_dateline(parts: Page, path: str) -> dt.date | None:
    """The date of a press dateline opening the lead (`Washington, D.C., August 26, 2005 -
    Kazakhstan's minister ...`), if there is one."""
    for p in parts.content[:3]:
        place = _PLACE.match(p.text)
        if place is None:
            continue
        found = find_date(p.text[: place.end() + 40], path=path, line=p.line)
        if found is not None and found.start == place.end() and _DASH_ON.match(p.text, found.end):
            return found.date
    for p in parts.content[:2]:
        # `Сегодня, 29 сентября 2025 года, президенты ... провели переговоры`: the lead's own
        # "today" is the day it was published
        today = _TODAY_OPENS.match(p.text)
        if today is not None:
            found = find_date(p.text[today.end() : today.end() + 40], path=path, line=p.line)
            if found is not None and found.start == 0:
                return found.date
    for p in parts.content[:3]:
        # `... Nazarbaev (file photo) (RFE/RL) June 7, 2007 (RFE/RL) -- Kazakh President ...`:
        # a caption run into the dateline leaves no place, but the agency and the double dash
        # after the date still tell it
        agency = _AGENCY_DASH.search(p.text, 0, 400)
        if agency is None:
            continue
        window = p.text[max(0, agency.start() - 30) : agency.start()].rstrip()
        found = find_date(window, path=path, line=p.line)
        if found is not None and found.end == len(window):
            return found.date
    return None


_TODAY_OPENS = re.compile(r"(?:сегодня|today|бүгін)\s*,?\s*", re.I)
_AGENCY_DASH = re.compile(r"\s\([^()\n]{1,40}\)\s*(?:--|[–—])\s")


_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
_DD_MM_YYYY = r"(?<![\d.])[0-3]\d\.[01]\d\.(?:19|20)\d\d"
_NUMERIC_DATE = re.compile(_DD_MM_YYYY + r"(?![\d.])")
# A photo's caption or credit, whose numeric date is the page's.
_PHOTO = re.compile(r"(?<!\w)(?:фото|photo|сурет)", re.I)
# A numeric date ending a line, a time or a view counter after it at most.
_LINE_STAMP = re.compile(_DD_MM_YYYY + r"(?:,?\s+\d{1,2}:\d\d|\s+\d{1,6})?\s*$")
_CLOCK = re.compile(r"[,\s]*\d{1,2}:\d{2}\b")
# A time after a date, with its word (`сағат 13:35`, `ساعات 13:35`, `в 13:35`, `at 13:35`)
_CLOCK_AFTER = re.compile(r"[,\s]*(?:\w{1,6}\s+)?\d{1,2}:\d{2}\b")
_LOCAL_CLOCK = re.compile(r"[,\s]*(?:[А-ЯЁ]\w+ское\s+время|[A-Z]\w+\s+time)\s+\d{1,2}:\d{2}\b")
_ZONE_CLOCK = re.compile(r"[,\s]*\d{1,2}:\d{2}\s*(?:ast|msk|мск|utc|gmt|alm|алм)\b", re.I)
_PLACE = re.compile(r"[A-ZА-ЯЁ][\w.-]*(?:[ ,]{1,2}[A-ZА-ЯЁ][\w.-]*){0,3},\s+")
# What follows a dateline's date: a dash (after the agency in brackets, `ALMATY, 18 May 2004
# (IRIN) - ...`), or the agency or outlet and a colon (`Islamabad, 30 September 2023 (TDI):
# ...`, `Bishkek, January 29, 2024, The Europe Today: ...`).
_DASH_ON = re.compile(
    # (the year's word between: `Астана, 10 ноября 2023 года – ...`)
    r"(?:\s+(?:года|г\.|жылы|ж\.))?"
    r"(?:\s*(?:\([^()\n]{1,40}\)\s*)?[-–—]\s|\s*(?:\([^()\n]{1,40}\)|,\s+[^,.:;\n]{1,40})\s*:\s)"
)
_CHROME_TAIL = re.compile(r"(?:\s+(?:[\w-]+@)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,8})*\s*")


_PUBLISHER = re.compile(
    r"(?:корреспондент\w*|журналист\w*|редакци\w*|тілшісі\w*|изданию|порталу|агентству|"
    r"correspondent|told)\s+(?:издания\s+|портала\s+|агентства\s+|сайта\s+)?"
    r"«?(?P<name>[A-Z][\w-]*(?:\.(?:kz|ru|com|org|net))?|[A-ZА-Я][\w-]+\.kz)»?",
)


def detect_publisher(text: str) -> str | None:
    """The outlet named in the text (`корреспондентом Zakon.kz`)."""
    m = _PUBLISHER.search(text)
    return m.group("name") if m else None


_TERMINAL_END = tuple(".?!…»\"”“)'؟:;*]")


def truncated(turn_text: str) -> bool:
    """A turn cut mid-word or mid-sentence: it does not end with final punctuation."""
    t = turn_text.rstrip()
    return bool(t) and not t.endswith(_TERMINAL_END)
