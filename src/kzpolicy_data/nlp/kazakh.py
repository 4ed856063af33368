"""Kazakh case suffixes on names: declining a name (for tests) and stripping the case again.

pymorphy3 knows Russian only, and a Kazakh name in a lead is usually inflected by an attached
suffix: comitative `Бекмұратовамен`, `САПАРБЕКҰЛЫМЕН`, ablative `Сейітовтен`, `B-тен`,
genitive, dative, accusative. The suffix follows vowel harmony (back `а ы ұ о`, front `ә е і ү ө`)
and assimilates to the stem's last sound; after the third-person possessive of a patronymic
(`-ұлы`, `-қызы`) an `н` is inserted (`Жақыпбекұлының`). Cyrillic, the Latin alphabets and the
Arabic script (töte jazu) are covered. Stripping accepts every variant of a family, so it does
not depend on getting the assimilation exactly right.
"""

from __future__ import annotations

import re

__all__ = ["CASES", "decline", "is_patronymic", "strip_case"]

CASES = ("comitative", "ablative", "genitive", "dative", "accusative", "locative")

_VOWELS = "аәеоөұүыіиуэюяaeiouäöüıūúyáóé"
_BACK = "аоұыяюaouıūúy"
_FRONT = "әеөүіэäöüeié"
_VOICELESS = "пкқтсшфхцчщбвгдpkqtsşfhcç"  # б в г д devoice before a suffix

# Cyrillic suffixes (back, front) for each case, by the stem's last sound: a vowel, a nasal
# (м н ң), a liquid or glide (л р й у), a voiced sibilant (ж з), or a voiceless consonant.
_SOUNDS = ("vowel", "nasal", "liquid", "voiced", "voiceless")
_TABLE = {
    "comitative": "мен/мен мен/мен мен/мен бен/бен пен/пен",
    "ablative": "дан/ден нан/нен дан/ден дан/ден тан/тен",
    "genitive": "ның/нің ның/нің дың/дің дың/дің тың/тің",
    "dative": "ға/ге ға/ге ға/ге ға/ге қа/ке",
    "accusative": "ны/ні ды/ді ды/ді ды/ді ты/ті",
    "locative": "да/де да/де да/де да/де та/те",
}
_CYR: dict[str, dict[str, tuple[str, str]]] = {
    case: {
        sound: (pair.split("/")[0], pair.split("/")[1])
        for sound, pair in zip(_SOUNDS, row.split(), strict=True)
    }
    for case, row in _TABLE.items()
}
# After a possessive (`-ұлы` / `-қызы`): n + suffix.
_POSS: dict[str, tuple[str, str]] = {
    "comitative": ("мен", "мен"),
    "ablative": ("нан", "нен"),
    "genitive": ("ның", "нің"),
    "dative": ("на", "не"),
    "accusative": ("н", "н"),
    "locative": ("нда", "нде"),
}
_PATRONYMIC = re.compile(
    r"(?:ұлы|улы|қызы|кызы|uly|ūly|úly|ulı|qyzy|kyzy|qızı|qyzı|ұли|ۇلى|قىزى)$", re.I
)

_LAT_MAP = str.maketrans("мпбдтнңғқкгеыіа", "mpbdtnñğqkgeyıa")


def _latin(suffix: str) -> str:
    return suffix.translate(_LAT_MAP)


# The suffixes strip_case accepts. Comitative, ablative and genitive ("strong") cannot end a
# nominative name; dative, accusative and locative ("weak": `-на`, `-да`, `-ке`) can (`Сабина`,
# `Марина`), so they are stripped only when the caller knows the word is declined.
_STRONG_CASES = ("comitative", "ablative", "genitive")


def _cyr(cases: tuple[str, ...]) -> set[str]:
    out = {s for c in cases for pair in _CYR[c].values() for s in pair}
    return out | {s for c in cases for s in _POSS[c] if s != "н"}


# Suffixes only a possessive takes (after a bare vowel the locative is `-да`, the dative `-ға`).
_POSSESSIVE_ONLY = {"нда", "нде", "на", "не"} | {_latin(x) for x in ("нда", "нде", "на", "не")}
_WEAK_CASES = tuple(c for c in CASES if c not in _STRONG_CASES)
_LAT_STRONG = {"nyng", "ning", "dyng", "ding", "tyng", "ting", "nıñ", "dıñ", "tıñ"}
_LAT_WEAK = {"ga", "ge", "qa", "ke", "ğa", "dı", "tı", "nı", "di", "ti", "ni"}
# Arabic-script (töte) suffixes: comitative, ablative, genitive; dative.
_ARABIC_STRONG = {
    "مەن", "بەن", "پەن", "دان", "دەن", "تان", "تەن", "نان", "نەن", "نىڭ", "دىڭ", "تىڭ",
}  # fmt: skip
_ARABIC_WEAK = {"عا", "گە", "قا", "كە", "نا", "نە"}


def _sorted(items: set[str]) -> list[str]:
    return sorted(items, key=lambda s: (-len(s), s))


_STRONG = _sorted(
    _cyr(_STRONG_CASES) | {_latin(s) for s in _cyr(_STRONG_CASES)} | _LAT_STRONG | _ARABIC_STRONG
)
_ALL = _sorted(
    set(_STRONG)
    | _cyr(_WEAK_CASES)
    | {_latin(s) for s in _cyr(_WEAK_CASES)}
    | _LAT_WEAK
    | _ARABIC_WEAK
)
# Accusative and genitive forms that follow only a consonant (`Серікті`, `Асановтың`).
_CONSONANTAL = {
    s
    for c in ("accusative", "genitive")
    for k, pair in _CYR[c].items()
    if k != "vowel"
    for s in pair
} - {s for pair in (_CYR["accusative"]["vowel"], _CYR["genitive"]["vowel"]) for s in pair}
_CONSONANTAL |= {_latin(s) for s in _CONSONANTAL}
# Single-letter and vowel-final endings are too often part of the name itself (`Бекмұратова`,
# `Нұртаза`): a suffix is only stripped if what remains is a plausible name.
_MIN_STEM = 3


def _harmony(stem: str) -> int:
    """0 for a back-vowel stem, 1 for a front-vowel one (the last decisive vowel wins)."""
    for ch in reversed(stem.lower()):
        if ch in _BACK:
            return 0
        if ch in _FRONT:
            return 1
    return 0


def _sound(stem: str) -> str:
    last = stem[-1].lower()
    if last in _VOWELS:
        return "vowel"
    if last in "мнңmnñ":
        return "nasal"
    if last in "жзzj":
        return "voiced"
    return "voiceless" if last in _VOICELESS else "liquid"


def decline(name: str, case: str, *, latin: bool = False) -> str:
    """``name`` (its last word) with the Kazakh suffix of ``case`` attached.

    The inverse of :func:`strip_case`; used to test it and to recognise declined names.
    """
    if case not in CASES:
        raise ValueError(f"unknown case {case!r}; use one of {', '.join(CASES)}")
    front = _harmony(name)
    if is_patronymic(name.split()[-1]):
        suffix = _POSS[case][front]
    else:
        suffix = _CYR[case][_sound(name)][front]
    if latin:
        suffix = _latin(suffix)
    if name.isupper():
        suffix = suffix.upper()
    return name + suffix


def is_patronymic(word: str) -> bool:
    """Whether a word is a Kazakh patronymic (`Сапарбекұлы`, `Серікқызы`, `Nurlanúly`)."""
    return bool(_PATRONYMIC.search(word))


def strip_case(word: str, *, weak: bool = False) -> tuple[str, str | None]:
    """``(stem, suffix)`` of a name word that carries a Kazakh case suffix, else ``(word, None)``.

    `Бекмұратовамен` -> `Бекмұратова`, `САПАРБЕКҰЛЫМЕН` -> `САПАРБЕКҰЛЫ`, `Жақыпбекұлының` ->
    `Жақыпбекұлы`, `Сейітов-тен` -> `Сейітов`. A word that does not end in a suffix, or that
    would leave too short a stem, is returned unchanged. ``weak`` also strips the dative,
    accusative and locative, whose endings many nominative names share.
    """
    stem, suffix = _strip(word, _ALL if weak else _STRONG)
    if suffix is None and not weak:
        stem, suffix = _strip(word, _ALL)
        if suffix is None or not _surely_declined(stem, suffix):
            return word, None
    return stem, suffix


def _surely_declined(stem: str, suffix: str) -> bool:
    """A weak case that no nominative name ends in: after a patronymic (`Нұрланқызына`,
    `Сапарбекұлын`), a doubled `кк`/`ққ` (`Жүсіпбекке`), or `-ға`/`-ге`/`-ны`/`-ні` after a
    vowel (`Майкоға`, `Мусаны`; a name's own `-га` follows a consonant: `Ольга`), `-қа`/`-ке`
    after a Russian-type surname (`Алшановқа`)."""
    low, end = stem.lower(), suffix.lower()
    if is_patronymic(stem):
        return True
    if end in ("ке", "қа"):
        # `Жүсіпбекке`, and a Russian-type surname's dative (`Алшановқа`, `Ахметовке`): no
        # nominative name ends in `овқа`
        return low.endswith(end[0]) or low.endswith(("ов", "ев", "ин", "ёв"))
    return end in ("ға", "ге", "ны", "ні") and low[-1:] in _VOWELS and len(stem) >= 3


def _strip(word: str, suffixes: list[str]) -> tuple[str, str | None]:
    if "-" in word:
        head, _, tail = word.rpartition("-")
        if tail.lower() in suffixes and len(head) >= _MIN_STEM:
            return head, tail
    low = word.lower()
    for suffix in suffixes:
        if not low.endswith(suffix) or len(word) - len(suffix) < _MIN_STEM:
            continue
        stem = word[: len(word) - len(suffix)]
        # `-ұлын` / `-қызына`: the possessive `н` belongs to the suffix, not the patronymic.
        if stem.lower().endswith(("н", "n")) and is_patronymic(stem[:-1]):
            return stem[:-1], word[len(stem) - 1 :]
        if suffix in _POSSESSIVE_ONLY and not stem.lower().endswith(("ы", "і", "y", "ı", "i")):
            continue  # `Абанда` is `Абан` + `да`: `-нда` / `-на` follow a possessive `-ы` / `-і`
        if suffix in _POSSESSIVE_ONLY and suffix[1:] in suffixes and not is_patronymic(stem):
            # `Әбінде` reads as `Әбі` + `нде` or as `Әбін` + `де`: in a name, outside a
            # patronymic's `-ұлы` / `-қызы`, the stem that keeps its `н` is the likelier one
            continue
        sound = _sound(stem)
        after_nasal = sound == "nasal" and len(suffix) == 3
        if suffix[0] in "нnن" and not is_patronymic(stem) and sound != "vowel" and not after_nasal:
            continue  # `н`-suffixes follow vowels (and `-нан`, `-ның` follow nasals)
        if sound == "voiceless" and suffix[0] in "дdД":
            continue  # a voiceless sound takes `-тен`, `-тың`: `СӘБДЕН` is a name, not `Сәб-ден`
        if sound == "vowel" and suffix.lower() in _CONSONANTAL:
            continue  # after a vowel these cases take `-ны`, `-ның`: `БОЛАДЫ` is a verb
        return stem, word[len(stem) :]
    if suffixes is _ALL and low.endswith(("н", "n")) and is_patronymic(word[:-1]):
        return word[:-1], word[-1:]  # the accusative `Сапарбекұлын`
    return word, None
