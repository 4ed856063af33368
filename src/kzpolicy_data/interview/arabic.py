"""Person names in Kazakh printed in the Arabic script, which has no capitals to find them by.

Three shapes are read: `A мен B-тен` (two two-word names joined by мен/пен/бен, the guests of a
joint interview), a name after a position word (`مەملەكەت باسشىسى نۇرسۇلتان نازارباەۆ`,
`Мемлекет басшысы Нұрсұлтан Назарбаев`) whose second word reads as a surname, and a name whose
patronymic is printed as a word of its own (`قاجىتاي ءىلياس ۇلى`, `Қажытай Ілияс ұлы`). Words are
compared in their Cyrillic reading without vowel harmony, which that reading may get wrong.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..nlp.gazetteer import find as gazetteer_find
from ..nlp.kazakh import strip_case
from ..nlp.script import to_cyrillic
from .cues import SURNAME_END

__all__ = [
    "arabic_after_role",
    "arabic_interviewed",
    "arabic_pairs",
    "arabic_patronymics",
    "without_harmony",
]

_WORD = "[\u0621-\u064a\u0670-\u06d3\u06d5]+"
_PAIR = re.compile(rf"(?P<a>{_WORD} {_WORD}) (?:مەن|پەن|بەن) (?P<b>{_WORD} {_WORD})")
# `ۇلى` (ұлы, son) or `قىزى` (қызы, daughter) after a father's name, in any case (`ۇلىمەن`).
_SPLIT_PATRONYMIC = re.compile(rf"(?<![\u0621-\u06d5]){_WORD} {_WORD} (?:ۇلى|قىزى)")
# `يليردجان چەليباشيمەن سۇحباتتاسىپ` (Иліржан Челибашимен сұхбаттасып): two words, the second
# in the comitative, right before `сұхбат` (interview)
_INTERVIEWED = re.compile(
    rf"(?<![\u0621-\u06d5])(?P<a>{_WORD}) (?P<b>{_WORD})(?:مەن|پەن|بەن) سۇحبات"
)
_HARMONY = str.maketrans("іүөәІҮӨӘ", "ыұоаЫҰОА")


def without_harmony(text: str) -> str:
    """``text`` with each front vowel of a harmony pair read as its back twin (`елбасі` ->
    `елбасы`), and `йа`, `йу` as `я`, `ю` (`сайасаткер`, `саясаткер`): the Arabic script's
    Cyrillic reading may pick the wrong one, and spells those two letters apart."""
    return text.translate(_HARMONY).replace("йа", "я").replace("йу", "ю")


def arabic_pairs(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """``(start, end, pair)`` of each name of `A мен B` in ``text[start:end]`` where the second
    name takes the pair's case (`... سەيىتوۆتەن`, from A and B; strongly: a nominative's
    ending is no proof); not where a side names a place (`تۇندە ۋكراينا مەن رەسەي اراسىنداعى`,
    tonight Ukraine and Russia), nor two phrases of nouns (`ۇلتىمىز مادەنيەتى مەن تاريحىنا
    قوسقان`, to our nation's culture and history contributed)."""
    pairs = [
        m
        for m in _PAIR.finditer(text, start, end)
        if not any(gazetteer_find(to_cyrillic(m.group(g), None)) for g in ("a", "b"))
        and strip_case(to_cyrillic(m.group("b").split()[-1], None))[1] is not None
    ]
    return [(m.start(g), m.end(g), n) for n, m in enumerate(pairs) for g in ("a", "b")]


@lru_cache(maxsize=8)
def _any_harmony(roles: re.Pattern[str]) -> re.Pattern[str]:
    """``roles`` read without vowel harmony (compiled once per pattern)."""
    return re.compile(without_harmony(roles.pattern), roles.flags)


def arabic_after_role(
    text: str, start: int, end: int, roles: re.Pattern[str]
) -> list[tuple[int, int]]:
    """``(start, end)`` of each two-word name right after a word that ``roles`` matches (in its
    Cyrillic reading) whose second word reads as a surname, or that an interview follows in its
    sentence."""
    any_harmony = _any_harmony(roles)
    # a double first name is hyphenated (`قاسىم-جومارت`, Қасым-Жомарт)
    words = list(re.finditer(rf"{_WORD}(?:-{_WORD})?", text[start:end]))
    out = []
    for k in range(len(words) - 2):
        role, first, last = words[k : k + 3]
        cyr = [without_harmony(to_cyrillic(w.group(), None)) for w in (role, last)]
        if (
            any_harmony.fullmatch(cyr[0])
            and text[start + role.end() : start + first.start()] == " "
            and text[start + first.end() : start + last.start()] == " "
            and (
                SURNAME_END.search(strip_case(cyr[1])[0])
                # a foreign surname (`حايتام ءال-گايس`), the subject of the sentence's
                # `... сұхбатында` (in his interview)
                or "سۇحبات" in text[start + last.end() : start + last.end() + 120].split(".")[0]
            )
        ):
            out.append((start + first.start(), start + last.end()))
    return out


def arabic_patronymics(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each `First Father ұлы` name in ``text[start:end]``; the span ends
    at the patronymic's stem (its case suffix, if any, is the caller's to strip)."""
    return [(m.start(), m.end()) for m in _SPLIT_PATRONYMIC.finditer(text, start, end)]


def arabic_interviewed(
    text: str, start: int, end: int, roles: re.Pattern[str]
) -> list[tuple[int, int]]:
    """``(start, end)`` of each two-word name in the comitative right before `сұхбат`, without
    its suffix; not a position (`ەلشىمەن سۇحبات`, with the ambassador)."""
    any_harmony = _any_harmony(roles)
    out = []
    for m in _INTERVIEWED.finditer(text, start, end):
        cyr = [without_harmony(to_cyrillic(m.group(g), None)) for g in ("a", "b")]
        if not any(any_harmony.match(w) for w in cyr):
            out.append((m.start("a"), m.end("b")))
    return out
