"""Publication dates printed in header/footer lines (Russian, Kazakh, English month names).

The month tables are public so the relative-date resolver can reuse them: :data:`MONTH_STEMS`
maps a lowercase stem to the month number, and :func:`month_number` accepts any grammatical form
(``декабря``, ``декабре``, ``желтоқсанда``, ``Dec.``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..errors import ParseError

__all__ = [
    "MONTH_PATTERN",
    "MONTH_STEMS",
    "WEEKDAY_PATTERN",
    "DateMatch",
    "find_date",
    "is_date_line",
    "month_number",
    "parse_iso",
]

# Stems long enough to be unambiguous; any case ending may follow (январ-ь/я/е, қаңтар-да/дың).
MONTH_STEMS: dict[str, int] = {
    # Russian
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6,
    "июл": 7, "август": 8, "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
    # Kazakh
    "қаңтар": 1, "ақпан": 2, "наурыз": 3, "сәуір": 4, "мамыр": 5, "маусым": 6,
    "шілде": 7, "тамыз": 8, "қыркүйек": 9, "қазан": 10, "қараша": 11, "желтоқсан": 12,
    # Kazakh in the Latin script (2021 alphabet and older or ad-hoc spellings)
    "qañtar": 1, "qantar": 1, "aqpan": 2, "nauryz": 3, "sáuir": 4, "säuir": 4, "säuır": 4,
    "sauir": 4, "mamyr": 5, "mausym": 6, "maýsym": 6, "shilde": 7, "şılde": 7, "şilde": 7,
    "tamyz": 8, "qyrkúiek": 9, "qyrküiek": 9, "qyrkuiek": 9, "qyrkuyek": 9, "qazan": 10,
    "qarasha": 11, "qaraşa": 11, "jeltoqsan": 12,
    # the 2021 alphabet's ń, ý and dotless ı (`01 Naýryz, 2024`)
    "qańtar": 1, "naýryz": 3, "sáýir": 4, "qyrkúıek": 9, "qyrkýiek": 9,
    # Russian and Kazakh abbreviations on site headers (`Фев. 22, 2022`, `21 ақп. 2025`)
    "янв": 1, "фев": 2, "апр": 4, "авг": 8, "сен": 9, "сент": 9, "окт": 10, "ноя": 11,
    "дек": 12, "қаң": 1, "ақп": 2, "нау": 3, "сәу": 4, "мам": 5, "шіл": 7,
    "там": 8, "қыр": 9, "қар": 11, "жел": 12, "қаз.": 10, "мау": 6,
    # and in the Latin script (`05 qaz. 2024`): `қаз.`/`qaz.` only with the period (Қазақстан)
    "qań": 1, "qañ": 1, "aqp": 2, "naý": 3, "nau": 3, "sáý": 4, "sáu": 4, "mam": 5,
    "shil": 7, "tam": 8, "qyr": 9, "qaz.": 10, "qar": 11, "jel": 12,
    # Kazakh in the Arabic script (töte), full and abbreviated with a period (`02 ءساۋ. 2019`)
    "قاڭتار": 1, "اقپان": 2, "ناۋرىز": 3, "ءساۋىر": 4, "مامىر": 5, "ماۋسىم": 6,
    "ءشىلدە": 7, "تامىز": 8, "قىركۇيەك": 9, "قازان": 10, "قاراشا": 11, "جەلتوقسان": 12,
    "قاڭ.": 1, "اقپ.": 2, "ناۋ.": 3, "ءساۋ.": 4, "مام.": 5, "ماۋ.": 6, "ءشىل.": 7, "تام.": 8,
    "قىر.": 9, "قاز.": 10, "قار.": 11, "جەل.": 12,
    # Uzbek in the Latin script, on Uzbek papers' Kazakh pages (`Билік 2 Noyabr 2023`)
    "yanvar": 1, "fevral": 2, "aprel": 4, "iyun": 6, "iyul": 7, "avgust": 8, "sentyabr": 9,
    "oktyabr": 10, "noyabr": 11, "dekabr": 12,
    # Turkish, on Turkish outlets' Kazakh pages (`17 Eylül 2021 13:00`)
    "ocak": 1, "şubat": 2, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7, "ağustos": 8,
    "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
    # English (full names and abbreviations)
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

# Allowed endings after a stem, per language: Russian case endings, Kazakh case suffixes.
_RU_END = r"(?:ь|я|е|ю|ем|ём|а|у|ом|й|ю)?"
_KK_END = r"(?:да|де|та|те|дың|дің|тың|тің|ның|нің|ға|ге|қа|ке|ы|і|ында|інде|дан|ден|тан|тен)?"
_RU_STEMS = "январ|феврал|март|апрел|ма[йяею]|июн|июл|август|сентябр|октябр|ноябр|декабр"
_KK_STEMS = "қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан"
_KKL_STEMS = (
    "qañtar|qantar|aqpan|nauryz|sáuir|säuir|säuır|sauir|mamyr|mausym|maýsym|shilde|şılde|"
    "şilde|tamyz|qyrkúiek|qyrküiek|qyrkuiek|qyrkuyek|qazan|qarasha|qaraşa|jeltoqsan|"
    "qańtar|naýryz|sáýir|qyrkúıek|qyrkýiek"
)
_EN_NAMES = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?"
)
# Abbreviations: a whole word, optionally with a period (`Фев.`, `ақп,`); `қаз` (October) is
# also the start of `Қазақстан`, so it needs its period. `мау` is маусым (June; мамыр is `мам`).
_ABBR = (
    r"(?:(?:янв|фев|апр|авг|сент?|окт|ноя|дек|қаң|ақп|нау|сәу|мам|мау|шіл|там|қыр|қар|жел|"
    r"qań|qañ|aqp|naý|nau|sáý|sáu|mam|shil|tam|qyr|qar|jel)\.?|(?:қаз|qaz)\.)"
)
_UZ_NAMES = "yanvar|fevral|mart|aprel|iyun|iyul|avgust|sentyabr|oktyabr|noyabr|dekabr"
_TR_NAMES = "ocak|şubat|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık"
_AR_NAMES = (
    "قاڭتار|اقپان|ناۋرىز|ءساۋىر|مامىر|ماۋسىم|ءشىلدە|تامىز|قىركۇيەك|قازان|قاراشا|جەلتوقسان|"
    r"(?:قاڭ|اقپ|ناۋ|ءساۋ|مام|ماۋ|ءشىل|تام|قىر|قاز|قار|جەل)\."
)
MONTH_PATTERN = (
    rf"(?:(?:{_RU_STEMS}){_RU_END}|(?:{_KK_STEMS}){_KK_END}|(?:{_KKL_STEMS})(?:da|de|ta|te)?"
    rf"|(?:{_EN_NAMES})|(?:{_UZ_NAMES}|{_TR_NAMES})(?![\w])|{_ABBR}(?![\w])|(?:{_AR_NAMES})(?![\w]))"
)

_M = rf"(?P<month>{MONTH_PATTERN})"
_Y = r"(?P<year>(?:19|20)\d\d)"
_D = r"(?P<day>[0-3]?\d)"
_PATTERNS = [
    # 2 декабря 2022 г. / 21 Ақпан, 2025 / 27 December 2002 / 3rd May 2002 / 1st of June 2019;
    # also glued to a rubric word before it (`Политика10 февраля 2021 3:40`)
    re.compile(
        rf"(?:(?<![\w.])|(?<=[а-яёәғқңөұүһіa-z]))(?<!\d){_D}(?:st|nd|rd|th)?(?:\s+of)?\s+{_M},?\s+{_Y}(?!\d)",
        re.I,
    ),
    # December 27, 2002 (`Dec 15,2019`)
    re.compile(rf"(?<!\w){_M}\s+{_D}(?:st|nd|rd|th)?(?:,\s*|\s+){_Y}(?!\d)", re.I),
    # 2025 жылғы 21 ақпан
    re.compile(rf"(?<!\d){_Y}\s+ж(?:ылғы|\.)?\s+{_D}\s+{_M}(?!\w)", re.I),
    # 2026-03-02
    re.compile(r"(?<![\d-])(?P<year>(?:19|20)\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)(?![\d-])"),
    # 02.03.2026, 18-03-2022
    re.compile(r"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<mnum>[01]?\d)\.(?P<year>(?:19|20)\d\d)(?!\d)"),
    re.compile(r"(?<![\d-])(?P<day>[0-3]\d)-(?P<mnum>[01]\d)-(?P<year>(?:19|20)\d\d)(?![\d-])"),
    # 2015/10/29 (not inside a URL's path)
    re.compile(r"(?<![\w/])(?P<year>(?:19|20)\d\d)/(?P<mnum>[01]\d)/(?P<day>[0-3]\d)(?![\w/])"),
    # 2019.10.15: year first with periods, as Mongolian and Chinese sites print it
    re.compile(
        r"(?<![\w.])(?P<year>(?:19|20)\d\d)\.(?P<mnum>0[1-9]|1[0-2])\.(?P<day>0[1-9]|[12]\d|3[01])"
        r"(?![\d])"
    ),
    # 09/03/2017: day first, as Russian and Kazakh sites print it (an American month first
    # with a day past 12 is no month, so no date)
    re.compile(
        r"(?<![\w/])(?P<day>0[1-9]|[12]\d|3[01])/(?P<mnum>0[1-9]|1[0-2])/(?P<year>(?:19|20)\d\d)"
        r"(?![\w/])"
    ),
]
_WORD = re.compile(r"[^\W\d_]+")
# Words allowed on a date line besides the date: times, weekdays, `г.`, `года`, `жыл`, labels.
WEEKDAY_PATTERN = (
    r"понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|дүйсенбі|сейсенбі|"
    r"сәрсенбі|бейсенбі|жұма|сенбі|жексенбі|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|"
    # and in the Latin alphabets (`Senbi, 23 Qarasha 2024`)
    r"d[úuý][iıy]senbi|se[iıy]senbi|s[áäaә]rsenbi|be[iıy]senbi|juma|senbi|jeksenbi|"
    # and in the Arabic script (`سەنبى, 12 قازان 2024`: a site's "today" bar), where the
    # hamza that marks a front-vowel word (`ءسارسەنبى`) is as often left out
    r"ء?(?:دۇيسەنبى|سەيسەنبى|سارسەنبى|بەيسەنبى|جۇما|سەنبى|جەكسەنبى)"
)
_FILLER = re.compile(
    r"^(?:г|гг|год|года|году|ж|жыл|жылы|жылғы|в|at|am|pm|utc|gmt|ast|almt|опубликовано|"
    r"опубликован|обновлено|жарияланды|жаңартылды|published|updated|дата|публикации|сегодня|"
    rf"вчера|бүгін|кеше|today|yesterday|{WEEKDAY_PATTERN}|время|мин|min|ч)$",
    re.I,
)


def month_number(word: str) -> int | None:
    """The month (1-12) of a month word in any case/form, or ``None``."""
    w = word.lower()
    if not re.fullmatch(MONTH_PATTERN, w, re.I):
        w = w.rstrip(".")
        if not re.fullmatch(MONTH_PATTERN, w, re.I):
            return None
    for stem in sorted(MONTH_STEMS, key=len, reverse=True):
        if w.startswith(stem):
            return MONTH_STEMS[stem]
    return None


@dataclass(frozen=True)
class DateMatch:
    """A date found in a line: its value and where it is in that line."""

    date: dt.date
    start: int
    end: int


def _build(match: re.Match[str], path: str | None, line: int | None) -> dt.date:
    groups = match.groupdict()
    year, day = int(groups["year"]), int(groups["day"])
    month = int(groups["mnum"]) if groups.get("mnum") else month_number(groups["month"])
    if month is None:  # pragma: no cover - the pattern only matches known months
        raise ParseError(f"unknown month in {match.group(0)!r}", path=path, line=line)
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ParseError(
            f"invalid date {match.group(0)!r} ({year:04d}-{month:02d}-{day:02d} does not exist)",
            path=path,
            line=line,
            hint="correct the date in the raw file or set `date_published` in its curation file",
        ) from None


def find_date(text: str, *, path: str | None = None, line: int | None = None) -> DateMatch | None:
    """The first full date (day, month, year) in ``text``; raise ParseError if it is impossible."""
    best: re.Match[str] | None = None
    for pattern in _PATTERNS:
        m = pattern.search(text)
        if m and (best is None or m.start() < best.start()):
            best = m
    if best is None:
        return None
    return DateMatch(_build(best, path, line), best.start(), best.end())


_TURN_LABEL = re.compile(r"\s*(?:q|a|в|о|вопрос|ответ|question|answer|сұрақ|жауап)\s*:\s", re.I)


def is_date_line(text: str) -> bool:
    """True if a short line is essentially a date (a dateline/timestamp, not a sentence)."""
    if len(text) > 80 or _TURN_LABEL.match(text):
        return False  # `A: On 10th of January 2021 w...`: an answer cut short, not a date
    found = None
    for pattern in _PATTERNS:
        found = pattern.search(text)
        if found:
            break
    if found is None:
        return False
    rest = text[: found.start()] + " " + text[found.end() :]
    words = [w for w in _WORD.findall(rest) if not _FILLER.match(w)]
    return len(words) <= 3


def parse_iso(value: str, *, path: str | None = None, line: int | None = None) -> dt.date:
    """A ``YYYY-MM-DD`` date; ParseError naming the file and line if it does not exist."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ParseError(
            f"invalid date {value!r} in the ` date YYYY-MM-DD ` prefix",
            path=path,
            line=line,
            hint="correct the prefix or set `date_published` in the curation file",
        ) from None
