"""A printed person name to its nominative: Russian declension by pymorphy3, Kazakh case
suffixes by rule (`Бекмұратовамен` -> `Бекмұратова`), capitals to title case, the Latin `i`
of a Cyrillic name to `і`; and whether a lead is written in Kazakh at all.
"""

from __future__ import annotations

import re

from ..nlp.kazakh import strip_case
from ..nlp.morph import nominative_name, parses
from ..nlp.script import to_cyrillic
from .cues import COMITATIVE

__all__ = [
    "ARABIC",
    "CYR",
    "KAZAKH",
    "LATIN",
    "LATIN_WORD",
    "RU_PATRONYMIC",
    "indeclinable_feminine",
    "kazakh_text",
    "nominative_of",
    "strip_name_case",
    "subject_of_verb",
]

KAZAKH = re.compile("[әғқңөұүһі]", re.I)
CYR = re.compile("[а-яё]", re.I)
LATIN = re.compile("[a-z]", re.I)
LATIN_WORD = re.compile("[A-Za-z]+")  # a word wholly in English letters (with fullmatch)
ARABIC = re.compile("[\u0600-\u06ff]")


def _title(word: str) -> str:
    return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))


def nominative_of(
    printed: str, hint: str | None = None, *, kk: bool = False, declined: bool = True
) -> tuple[str, bool]:
    """The nominative of a printed name, and whether it was inflected.

    A Kazakh case suffix is stripped (in Kazakh text, ``kk``, or on a word with Kazakh letters);
    Latin- and Arabic-script names are otherwise left as printed; Russian-declined names go
    through pymorphy3 (also `Досымом Сәтпаевым` in a Russian lead) unless the caller knows the
    name is a nominative (not ``declined``); names in capitals come back in title case.
    """
    # a surname in capitals (`Ириной ПЕТРОВОЙ`) is declined as written in title case: the
    # inflector keeps the printed letters and only swaps the ending (`ПЕТРова`)
    # `Көшiм` typed with the Latin i is `Көшім`
    words = [
        _title(w) if w.isupper() and len(w) > 2 and "." not in w else w
        for w in (to_cyrillic(w, None) if CYR.search(w) else w for w in printed.split())
    ]
    printed = " ".join(words)
    stem, suffix = strip_name_case(words[-1], kk)
    # Russian declension only outside Kazakh text: there a name takes a Kazakh suffix or none
    # (`Жапония елшісі Ясумаса Ииджима` is no genitive)
    if suffix is None and CYR.search(printed) and not kk and declined:
        out = nominative_name(printed, hint)
        parts = out.split()
        if len(parts) == 3 and RU_PATRONYMIC.search(parts[1]):
            out = f"{parts[0]} {parts[2]}"  # `Сержан Оралбаевич Абдыкаримов` is cited without it
        elif len(parts) == 3 and RU_PATRONYMIC.search(parts[2]):
            out = f"{parts[1]} {parts[0]}"  # and `Абдыкаримов Сержан Оралбаевич` as `Сержан ...`
        return out, out.split()[-1].lower() != words[-1].lower()
    words[-1] = stem
    # A Kazakh patronymic between the names (`Ербол Ерденбекұлы Тілешов`) is kept: unlike a
    # Russian one, it is printed and cited as part of the full name.
    words = [_title(w) if w.isupper() and len(w) > 2 and "." not in w else w for w in words]
    return " ".join(words), suffix is not None


# (romanised too: `Kadyr Karkabatovich Baikenov`)
RU_PATRONYMIC = re.compile(r"(?:ович|евич|ич|овна|евна|ична|инична|ovich|evich|ovna|evna)$", re.I)


def kazakh_text(chunk: str) -> bool:
    """Whether a lead or title is written in Kazakh (not a Russian text with a Kazakh name)."""
    words = chunk.split()
    kk = sum(1 for w in words if KAZAKH.search(w) or _KAZAKH_LATIN.search(w))
    return kk >= 2 and kk * 10 >= len(words)


# Latin names in a Kazakh text are Kazakh (`Bapimen`), unless they end as English ones do
# (`Biden`, `Hastings`): the Latin suffixes are too short to tell them apart.
_ENGLISH_SURNAME = re.compile(r"(?:den|ten|ing|son|man|ger|ner|ton)$")
# No re.I: it would let the dotless ı match every i (`Forecasting` read as `Forecas-ting`).
_KAZAKH_LATIN = re.compile("[äöüñğūışúáóәÄÖÜÑĞŪŞÚÁÓӘİ]")


def strip_name_case(word: str, kk: bool = False) -> tuple[str, str | None]:
    """strip_case where a Kazakh suffix can be: in Kazakh text (``kk``), on a word with Kazakh
    letters or in the Arabic script, or hyphenated; not on `Казахстан` or `Kazakhstan`."""
    if (
        KAZAKH.search(word)
        or ARABIC.search(word)
        or _KAZAKH_LATIN.search(word)
        or "-" in word
        or (kk and (CYR.search(word) or not _ENGLISH_SURNAME.search(word)))
        or (COMITATIVE.search(word.lower()) and CYR.search(word))
    ):
        # after a Russian-type surname (`Сапаровқа`, `Әлиевті`) even the weak cases are sure
        # (read in Cyrillic in the Arabic script: `الشانوۆقا` is `алшановқа`)
        reading = to_cyrillic(word, None) if ARABIC.search(word) else word
        weak = bool(_DECLINED_SURNAME.search(reading)) and not RU_PATRONYMIC.search(reading)
        return strip_case(word, weak=weak)
    return word, None


_DECLINED_SURNAME = re.compile(
    r"(?:ов|ев|ин|ова|ева|ина)(?:қа|ке|ға|ге|на|не|ты|ті|ны|ні|да|де|та|те|нда|нде)$", re.I
)


# The word after a name; a feminine past-tense verb earlier in the name's clause.
_NEXT_WORD = re.compile(r"[ \t]+([а-яё]+)(?![\w-])")
_FEMININE_BEFORE = re.compile(r"(?<![\w-])([а-яё]+л(?:а|ась))(?![\w-])")
_CLAUSE = re.compile(r"[^.!?;,\n]*$")


def _feminine_past(word: str) -> bool:
    verb = next(iter(parses(word)), None)
    return (
        verb is not None
        and verb.tag.POS == "VERB"
        and verb.tag.tense == "past"
        and verb.tag.gender == "femn"
    )


def indeclinable_feminine(word: str) -> bool:
    """Whether ``word`` can be a woman's surname that does not decline (`Каллас`): it shows no
    case, so the name's case is told by what is around it."""
    return any(
        "Fixd" in p.tag and p.tag.gender == "femn" and p.tag.case == "nomn" for p in parses(word)
    )


def subject_of_verb(text: str, s: int, e: int) -> bool:
    """Whether the Russian name at ``text[s:e]`` is a woman's, in the nominative, as the subject
    of a feminine past-tense verb right after it or before it in its clause: `Зауре Саминова
    дала интервью`, `рассказала председатель общины Зауре Саминова`, where pymorphy3 reads a
    man's genitive (`Саминов`). Every word of the name must be able to be a nominative, the
    surname a woman's: after a noun the name may be that noun's genitive (`Книга Аскара
    Жумагалиева вышла`). Before a woman's surname that does not decline (`Каллас`), a first name
    read only in an oblique case is as printed: pymorphy3 knows `Кая` only as `Кай`'s genitive,
    and the verb tells the case the surname cannot (`Кая Каллас поделилась`)."""
    after = _NEXT_WORD.match(text, e)
    clause = _CLAUSE.search(text, max(0, s - 120), s)
    if not (
        (after is not None and _feminine_past(after.group(1)))
        or (
            clause
            and any(_feminine_past(m.group(1)) for m in _FEMININE_BEFORE.finditer(clause.group()))
        )
    ):
        return False
    words = text[s:e].split()
    fixed = indeclinable_feminine(words[-1])
    return all(
        (fixed and k < len(words) - 1)
        or any(
            p.tag.case == "nomn" and (p.tag.gender == "femn" or k < len(words) - 1)
            for p in parses(w)
        )
        for k, w in enumerate(words)
    )
