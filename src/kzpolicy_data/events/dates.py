"""Event dates: date expressions in a sentence, resolved against the publication date.

``15 марта`` in an article of 2026-03-02 is 2026-03-15 (``year_inferred``); ``15 марта 2025
года`` is explicit; ``вчера`` is the day before publication (``relative_to_published``);
``недавно`` and ``в последние дни`` have no value but cannot be after publication
(``unresolved``, ``not_after`` = date published). Month names come from :mod:`dates`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..codes import DateResolution
from ..records import EventDate
from ..source.dates import MONTH_PATTERN, month_number

__all__ = ["resolve_date"]

_DAY_MONTH = re.compile(
    rf"(?<!\d)(?P<day>[0-3]?\d)\s+(?P<month>{MONTH_PATTERN})(?:\s+(?P<year>(?:19|20)\d\d))?",
    re.I,
)
# "March 19, 2023", "on March 15"
_MONTH_DAY = re.compile(
    rf"(?<!\w)(?P<month>{MONTH_PATTERN})\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?P<year>(?:19|20)\d\d))?",
    re.I,
)
# "2025 жылғы 8 қыркүйекте"
_KK_FULL = re.compile(
    rf"(?<!\d)(?P<year>(?:19|20)\d\d)\s+жылғы\s+(?P<day>[0-3]?\d)\s+(?P<month>{MONTH_PATTERN})",
    re.I,
)
_MONTH_YEAR = re.compile(
    rf"\b(?:в\s+)?(?P<month>{MONTH_PATTERN})\s+(?P<year>(?:19|20)\d\d)(?!\d)", re.I
)
_KK_MONTH_YEAR = re.compile(
    rf"(?<!\d)(?P<year>(?:19|20)\d\d)\s+жылғы\s+(?P<month>{MONTH_PATTERN})", re.I
)
# "в апреле", "in April", "сәуірде": a month without a year
_MONTH_ONLY = re.compile(
    rf"(?:(?<!\w)(?:в|in)\s+(?P<month>{MONTH_PATTERN})(?!\w)|(?<!\w)(?P<kk>{MONTH_PATTERN})(?<=[дт][ае]))",
    re.I,
)
_YEAR = re.compile(
    r"\b(?:в\s+|in\s+)?(?P<year>(?:19|20)\d\d)(?:\s+(?:года|году|год|г\.|жылы)|(?<=in\s\d{4})|(?<=In\s\d{4}))",
    re.I,
)
_RELATIVE = {
    "вчера": -1,
    "сегодня": 0,
    "кеше": -1,
    "бүгін": 0,
    "yesterday": -1,
    "today": 0,
    "завтра": 1,
    "tomorrow": 1,
    "ертең": 1,
}
_VAGUE_PAST = re.compile(
    r"\b(недавн\w*|в последние дни|на днях|на прошлой неделе|ранее|recently|жақында)\b", re.I
)


def _interval(
    text: str, edtf: str, lo: dt.date, hi: dt.date, resolution: DateResolution
) -> EventDate:
    return EventDate(text=text, edtf=edtf, not_before=lo, not_after=hi, resolution=resolution)


def _on(text: str, day: dt.date, resolution: DateResolution) -> EventDate:
    return _interval(text, day.isoformat(), day, day, resolution)


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month(year: int, month: int, text: str, resolution: DateResolution) -> EventDate:
    first = dt.date(year, month, 1)
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return _interval(text, f"{year}-{month:02d}", first, last, resolution)


def _infer_year(published: dt.date, month: int, day: int, future: bool) -> dt.date | None:
    """A day without a year: the next one on or after publication for a future event, the last
    one on or before it otherwise (``15 марта`` in an article of 2026-03-02 is 2026-03-15 when
    it is to come)."""
    value = _day(published.year, month, day)
    if value is None:
        return None
    if future and value < published:
        return _day(published.year + 1, month, day)
    if not future and value > published and (value - published).days > 31:
        return _day(published.year - 1, month, day)
    return value


def resolve_date(sentence: str, published: dt.date | None, future: bool = False) -> EventDate:
    """The first date expression of ``sentence`` as an interval (unresolved if none);
    ``future`` says the event is to come, so a date without a year lies after publication."""
    for pattern in (_KK_FULL, _DAY_MONTH, _MONTH_DAY):
        m = pattern.search(sentence)
        if not (m and (month := month_number(m["month"]))):
            continue
        day = int(m["day"])
        if m["year"]:
            value = _day(int(m["year"]), month, day)
            if value:
                return _on(m.group(0), value, DateResolution.EXPLICIT)
        elif published and (value := _infer_year(published, month, day, future)):
            return _on(m.group(0), value, DateResolution.YEAR_INFERRED)
    for pattern in (_KK_MONTH_YEAR, _MONTH_YEAR):
        m = pattern.search(sentence)
        if m and (month := month_number(m["month"])):
            return _month(int(m["year"]), month, m.group(0), DateResolution.EXPLICIT)
    m = _MONTH_ONLY.search(sentence)
    if m and published and (month := month_number(m["month"] or m["kk"])):
        year = published.year
        if future and month < published.month:
            year += 1
        elif not future and month > published.month:
            year -= 1
        return _month(year, month, m.group(0), DateResolution.YEAR_INFERRED)
    m = _YEAR.search(sentence)
    if m:
        year = int(m["year"])
        lo, hi = dt.date(year, 1, 1), dt.date(year, 12, 31)
        return _interval(m.group(0), str(year), lo, hi, DateResolution.EXPLICIT)
    for word, offset in _RELATIVE.items():
        hit = re.search(rf"\b{word}\b", sentence, re.I)
        if hit and published:
            value = published + dt.timedelta(days=offset)
            return _on(hit.group(0), value, DateResolution.RELATIVE_TO_PUBLISHED)
    vague = _VAGUE_PAST.search(sentence)
    return EventDate(
        text=vague.group(0) if vague else None,
        edtf=None,
        not_before=None,
        not_after=published,
        resolution=DateResolution.UNRESOLVED,
    )
