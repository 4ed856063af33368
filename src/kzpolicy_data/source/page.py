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

from ..codes import DateSource, SegmentKind
from .dates import WEEKDAY_PATTERN, find_date, is_date_line
from .layout import (
    Paragraph,
    byline_authors,
    classify_noise,
    context_noise,
    looks_like_heading,
    under_weather,
)
from .raw import Prefix

__all__ = [
    "Page",
    "classify_page",
    "detect_language",
    "detect_publisher",
    "find_publication_date",
    "language_problem",
    "truncated",
]

# A paragraph this long printed twice is a copied block: replies like `– Да, конечно.` repeat.
_COPIED_BLOCK = 40
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
        repeated = scan.counts[p.text] > 1
        if looks_like_heading(p.text, question_ok=repeated) and i + 1 < len(scan.paras):
            parts.title = p
            return SegmentKind.TITLE
        return None
    if not looks_like_heading(p.text):
        return None
    # Several heading-like lines above the text (outlet, rubric, headline): the longest is the
    # headline. A title printed twice (page header and article) beats a longer standfirst.
    if len(p.text) > len(old.text) and scan.counts[old.text] <= scan.counts[p.text]:
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
_WEEKDAY_BAR = re.compile(rf"\s*(?:{WEEKDAY_PATTERN})\b", re.I)
_SCRAPE_STAMP = re.compile(r"^[A-Z][a-z]+day\s+,\s+[A-Z][a-z]+\s+\d{1,2}\s+\d{4}$")


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
    for p in paras:
        if len(p.text) <= 120 and p is not parts.title and (p.end <= first or p.start >= last):
            candidates.append((p, DateSource.HEADER if p.end <= first else DateSource.FOOTER))
    # `7 C` / `Астана` / `16 апреля, 2024`: the date under a weather widget is the site's
    # "today", as a weekday bar's is
    weather = under_weather(paras)
    for p, source in candidates:
        if _SCRAPE_STAMP.match(p.text):
            continue
        found = find_date(p.text, path=path, line=p.line)
        if found is None:
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
        # that only the site's chrome follows, glued to the headline (or the first line).
        found = find_date(head.text, path=path, line=head.line)
        if found is not None and (
            _CHROME_TAIL.fullmatch(head.text[found.end :])
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
    return None


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
_PLACE = re.compile(r"[A-ZА-ЯЁ][\w.-]*(?:[ ,]{1,2}[A-ZА-ЯЁ][\w.-]*){0,3},\s+")
# What follows a dateline's date: a dash (after the agency in brackets, `ALMATY, 18 May 2004
# (IRIN) - ...`), or the agency or outlet and a colon (`Islamabad, 30 September 2023 (TDI):
# ...`, `Bishkek, January 29, 2024, The Europe Today: ...`).
_DASH_ON = re.compile(
    r"\s*(?:\([^()\n]{1,40}\)\s*)?[-–—]\s|\s*(?:\([^()\n]{1,40}\)|,\s+[^,.:;\n]{1,40})\s*:\s"
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


_KK_LETTERS = re.compile("[әғқңөұүһ]", re.I)
_CYR = re.compile("[а-яёәғқңөұүһіїєґ]", re.I)
_LAT = re.compile("[a-zäöüıñğşūáóúýǵńçı]", re.I)
_ARABIC = re.compile("[\u0620-\u064a\u0671-\u06d3\u06d5]")
# Kazakh Latin (official 2021 alphabet, older variants, ad-hoc `ә`) and Kazakh Arabic letters.
_KK_LATIN = re.compile("[äöüıñğşūáóúýǵńәіңғүұқөÄÖÜÑĞŞŪÁÓÚÝǴŃӘІҢҒҮҰҚӨ]")  # no re.I: ı ~ i
_KK_ARABIC = re.compile("[\u06ad\u06c7\u06cb\u06d5\u0674\u06c9\u06bd]")
_LETTER = re.compile(r"[^\W\d_]")
# Latin letters that stand in for Cyrillic ones inside a Cyrillic word (homoglyphs).
_HOMOGLYPHS = str.maketrans("aceopxyiKTMHBAECOPXY", "асеорхуіКТМНВАЕСОРХУ")
_MIXED_WORD = re.compile(r"\b(?=\w*[а-яё])(?=\w*[a-z])\w+\b", re.I)
_LINE_SPACES = re.compile(r"\S {3,}\S| [,.:;]")


def _paragraph_kk(text: str) -> bool:
    cyr = len(_CYR.findall(text))
    return cyr > 0 and len(_KK_LETTERS.findall(text)) > 0.015 * cyr


def detect_language(text: str) -> str:
    """`ru`, `kk` or `en`, by script and letters: Kazakh in Cyrillic, Latin or Arabic is `kk`."""
    cyr = len(_CYR.findall(text))
    lat = len(_LAT.findall(text))
    arabic = len(_ARABIC.findall(text))
    if arabic > max(cyr, lat):
        return "kk"
    if lat > cyr:
        kk = len(_KK_LATIN.findall(text))
        return "kk" if (kk >= 5 and kk > 0.01 * lat) or (kk >= 2 and kk > 0.02 * lat) else "en"
    # Mixed pages (a Russian Q&A with Kazakh questions): the script of most paragraphs' text.
    kk_chars = ru_chars = 0
    for para in text.split("\n"):
        if _paragraph_kk(para):
            kk_chars += len(para)
        else:
            ru_chars += len(_CYR.findall(para))
    return "kk" if kk_chars > ru_chars else "ru"


def language_problem(text: str) -> tuple[str, str] | None:
    """(flag code, message) if the text is not ru/kk/en or has lost its letters, else None."""
    body = text[:8000]  # enough to tell a language; keeps the check cheap on long pages
    nonspace = len("".join(body.split()))  # split() drops exactly what isspace() finds
    letters = len(_LETTER.findall(body))
    cyr = len(_CYR.findall(body))
    if nonspace >= 40 and (
        letters < 0.55 * nonspace
        or (cyr == 0 and len(_LINE_SPACES.findall(body)) > 0.01 * nonspace)
    ):
        return (
            "letters_stripped",
            f"only {letters} of {nonspace} visible characters are letters, in gaps: the page "
            "lost its letters when scraped; re-fetch it or drop the file",
        )
    mixed = len(_MIXED_WORD.findall(body))
    if mixed >= 3:
        body = body.translate(_HOMOGLYPHS)
        cyr = len(_CYR.findall(body))
    if cyr == 0 or cyr < len(_LAT.findall(body)):
        return None
    low = body.lower()
    counts = {ch: low.count(ch) for ch in "ыэёъїєґі"}
    ru_only = counts["ы"] + counts["э"] + counts["ё"]
    kk = len(_KK_LETTERS.findall(low))
    uk_only = counts["ї"] + counts["є"] + counts["ґ"]
    if uk_only and (uk_only >= 2 or counts["і"] > 0.02 * cyr) and ru_only <= 0.002 * cyr and not kk:
        name = "Ukrainian"
    elif counts["ъ"] > 0.01 * cyr and ru_only <= 0.002 * cyr:
        name = "Bulgarian"
    else:
        return None
    hint = f" ({mixed} words mix Latin and Cyrillic letters)" if mixed >= 3 else ""
    return (
        "language_unsupported",
        f"the text looks {name}{hint}, not Russian, Kazakh or English: it is kept as `other` "
        "and not parsed into turns; set `in_language` in the curation file if this is wrong",
    )


_TERMINAL_END = tuple(".?!…»\"”“)'؟:;*]")


def truncated(turn_text: str) -> bool:
    """A turn cut mid-word or mid-sentence: it does not end with final punctuation."""
    t = turn_text.rstrip()
    return bool(t) and not t.endswith(_TERMINAL_END)
