"""How the interviewer addresses the guest, and how a transcript defines its initials.

A vocative at the start of a question (`Дарья Дмитриевна, ...`, `Нұрлан Жақыпбекұлы, ...`,
`Господин Бадамов, ...`, `Бекер ханым, ...`, `Minister Nurpeisova, ...`) is strong evidence of
who answers: it names the guest's first name (and gender, by the patronymic) or surname. A radio
transcript defines its labels once, in parentheses: `веду её я, Илья Громов (И.Г.)`,
`с тюркологом Сауле Нуртаевой (С.Н.)`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..nlp.morph import is_name_like
from .letters import LO, UP
from .markers import DEAR

__all__ = ["Vocative", "find_vocative", "initials_defined", "patronymic_gender"]

_WORD = rf"[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?"
_PATRONYMIC = re.compile(
    r"(?:вич|вна|ична|инична|ич|ұлы|улы|қызы|кызы|uly|ūly|úly|ulı|qyzy|kyzy|qızı|"
    r"vich|vna|ichna)$"  # `Kemelovich`: a Russian patronymic in English
)
_FEMALE = re.compile(r"(?:вна|ична|қызы|кызы|qyzy|kyzy|qızı|vna|ichna)$")
# `Имя Отчество,` at the start of a question or of a sentence inside it.
_NAME_PATRONYMIC = re.compile(
    rf"(?:^|(?<=[.!?…]\s)|(?<=[.!?…]\s\s)|(?<=[–—-]\s))"
    rf"(?:(?:Dear|{DEAR})\s+)?"  # `Dear Kassym-Jomart Kemelovich,`, `Qurmetti Nurlan ...,`
    rf"(?P<first>{_WORD})\s+(?P<patr>{_WORD})"
    r"\s*[,!]",
    re.M,
)
_HONORIFIC_BEFORE = re.compile(
    rf"(?:^|(?<=[.!?…]\s))(?:[Гг]осподин|[Гг]оспожа|[Мм]истер|[Мм]адам|Mr\.?|Mrs\.?|Ms\.?|"
    rf"Dr\.?|Minister|Ambassador|Professor|Mister)\s+(?P<surname>{_WORD})\s*[,!]"
)
# `Mr. Peter van Leeuwen, ...`: an honorific and the full name.
_HONORIFIC_FULL = re.compile(
    rf"(?:^|(?<=[.!?…]\s))(?:Mr|Mrs|Ms|Dr|[Гг]осподин|[Гг]оспожа)\.?\s+(?P<first>{_WORD})\s+"
    rf"(?:(?:van|von|de|der|al)\s+)?(?P<surname>{_WORD})\s*[,!]"
)
# The Kazakh `Mr`/`Mrs`, printed after the name.
_KK_HONORIFIC = r"(?:мырза|ханым|myrza|hanym|xanım)\s*[,!]"
_HONORIFIC_AFTER = re.compile(rf"(?:^|(?<=[.!?…]\s))(?P<surname>{_WORD})\s+{_KK_HONORIFIC}")
# `Чжон Сынг-мин мырза, ...`, `Ерлан Қарин мырза, ...`: the full name before the Kazakh `Mr`
_HONORIFIC_AFTER_FULL = re.compile(
    rf"(?:^|(?<=[.!?…]\s))(?P<first>{_WORD})\s+(?P<surname>{_WORD}|[{UP}][{LO}]+-[{LO}]+)\s+"
    + _KK_HONORIFIC
)
# Addresses that are no first name (`Ambassador, ...`, `Коллеги, ...`).
_NOT_NAMES = re.compile(
    r"(?:ambassador|minister|professor|doctor|sir|madam|mister|president|senator|excellency|"
    r"господин|госпожа|коллеги|друзья|скажите|послушайте|итак|хорошо|спасибо|здравствуйте|"
    r"ханым|мырза|құрметті|q[uū]rmetti|ал|иә|жарайды|well|so|thanks|yes|ok|now|"
    # greetings (`Армысыз, аға!`)
    r"армысыз|армысың|сәлеметсіз|сәлеметсіздер|сәлем|привет|hello|hi|"
    # Kinship and respect terms of Kazakh and Russian addresses (`Аға, ...`), not names.
    r"аға|ағай|ағатай|апа|апай|әпке|тәте|бауырым|қарындас|інім|ага|апа|коллега)",
    re.I,
)
_AR_WORD = "[\u0621-\u064a\u0671-\u06d3\u06d5]+"
_ARABIC_NAME_PATRONYMIC = re.compile(
    rf"(?P<name>(?P<first>{_AR_WORD}) (?P<patr>{_AR_WORD} (?:ۇلى|قىزى)))\s*[,،]"
)
_FIRST_ONLY = re.compile(rf"^(?P<first>{_WORD})\s*,\s")
_INITIALS_DEF = re.compile(
    rf"(?P<name>{_WORD}(?:\s+{_WORD}){{1,2}})\s*\((?P<init>(?:[{UP}]\.\s?){{1,3}})\)"
)


@dataclass(frozen=True)
class Vocative:
    """The guest as addressed: a first name (with patronymic), or a surname."""

    printed: str
    first: str | None = None
    patronymic: str | None = None
    surname: str | None = None

    @property
    def gender(self) -> str | None:
        """`masc` or `femn` from the patronymic, None without one."""
        if not self.patronymic:
            return None
        return "femn" if _FEMALE.search(self.patronymic.lower()) else "masc"


def patronymic_gender(word: str) -> str | None:
    """`femn` for `Дмитриевна`/`Серікқызы`, `masc` for `Андреевич`/`Жақыпбекұлы`, else None."""
    low = word.lower()
    if not _PATRONYMIC.search(low):
        return None
    return "femn" if _FEMALE.search(low) else "masc"


def find_vocative(
    questions: list[str], *, first_only: bool = True, named: frozenset[str] = frozenset()
) -> Vocative | None:
    """The first vocative in the given question texts (in order), if any; ``first_only`` also
    accepts a bare first name (`Анна, ...`) at the start of the first text, also one pymorphy3
    reads as a common word where it is the first name of someone the text ``named``
    (`Арарат, как ...` after `с ... Араратом Петросяном`)."""
    for text in questions:
        head = text[:400]
        m = _NAME_PATRONYMIC.search(head)
        if m and patronymic_gender(m.group("patr")):
            return Vocative(m.group(0).rstrip(",! "), m.group("first"), m.group("patr"))
        m = _ARABIC_NAME_PATRONYMIC.match(head.lstrip("–—-− "))
        if m:  # `ولجاس تۇسىپبەك ۇلى,` (`Олжас Түсіпбек ұлы,`): the töte prints `ұлы` apart
            return Vocative(m.group("name"), m.group("first"), m.group("patr"))
        m = _HONORIFIC_FULL.search(head) or _HONORIFIC_AFTER_FULL.search(head)
        if m and not _NOT_NAMES.fullmatch(m.group("first")):
            return Vocative(m.group(0).rstrip(",! "), m.group("first"), surname=m.group("surname"))
        m = _HONORIFIC_BEFORE.search(head) or _HONORIFIC_AFTER.search(head)
        if m:
            return Vocative(m.group(0).rstrip(",! "), surname=m.group("surname"))
    for text in questions[:1] if first_only else []:
        m = _FIRST_ONLY.match(text)
        # `Какие, по вашему мнению, ...`: pymorphy3 knows the word as no name.
        first = m.group("first") if m else ""
        if m and not _NOT_NAMES.fullmatch(first) and (is_name_like(first) or first in named):
            return Vocative(first, first=first)
    return None


def initials_defined(text: str) -> dict[str, tuple[str, int]]:
    """Labels defined in parentheses: `И.Г.` -> (`Илья Громов`, offset) as printed."""
    out: dict[str, tuple[str, int]] = {}
    for m in _INITIALS_DEF.finditer(text):
        key = re.sub(r"[\s.]", "", m.group("init")).lower()
        words = m.group("name").split()
        # `беседовать я буду с тюркологом Сауле Нуртаевой`: keep as many words as initials.
        name = " ".join(words[-len(key) :]) if len(key) <= len(words) else m.group("name")
        out.setdefault(key, (name, m.start("name") + len(m.group("name")) - len(name)))
    return out
