"""Morphology: thin cached wrappers over pymorphy3 (one analyser per process, loaded lazily).

pymorphy3 knows Russian; Kazakh and foreign names it does not know are left as printed, which is
better than a wrong inflection.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from .script import latin_alphabet, to_cyrillic

__all__ = [
    "Token",
    "is_first_name",
    "is_name_like",
    "lemma",
    "nominative_name",
    "nominative_phrase",
    "parses",
    "tokenize",
]


@cache
def _analyzer() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


_CYRILLIC = re.compile(r"^[а-яёА-ЯЁ]+(?:-[а-яёА-ЯЁ]+)*$")
# Surname endings are read on Kazakh spellings too (`Сәтпаевым` in a Russian text).
_CYRILLIC_KK = re.compile(r"^[а-яёА-ЯЁәғқңөұүһіӘҒҚҢӨҰҮҺІ]+(?:-[а-яёА-ЯЁәғқңөұүһіӘҒҚҢӨҰҮҺІ]+)*$")


# Bounded caches: words repeat across articles (a build parses thousands in one process), and a
# hostile corpus of unique words must not grow memory without limit.
_WORDS_CACHED = 1 << 16


@lru_cache(maxsize=_WORDS_CACHED)
def _parses(word: str) -> tuple[Any, ...]:
    """pymorphy3's parses of a Russian word; none for anything else (it crashes on some)."""
    return tuple(_analyzer().parse(word)) if _CYRILLIC.match(word) else ()


def parses(word: str) -> list[Any]:
    """pymorphy3's parses of a Russian word, best first; none for other words."""
    return list(_parses(word))


def _cased(word: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


@lru_cache(maxsize=_WORDS_CACHED)
def lemma(word: str) -> str:
    """Lowercase dictionary form of a word (the word lowercased if pymorphy3 has no parse)."""
    parses = _parses(word)
    return str(parses[0].normal_form).replace("ё", "е") if parses else word.lower()


_WORD = re.compile(r"[\w-]+")


@dataclass(frozen=True)
class Token:
    """A word (``[\\w-]+``) with its code-point offsets and lowercase lemma. ``text`` is the
    word as read: Kazakh printed in Latin or Arabic script is given in Cyrillic (``script``),
    so the printed word is always ``source[start:end]``."""

    start: int
    end: int
    text: str
    lemma: str


def tokenize(text: str) -> list[Token]:
    """The words of ``text``, lemmatised (Kazakh in another script read in Cyrillic)."""
    alphabet = latin_alphabet(text)
    out = []
    for m in _WORD.finditer(text):
        word = m.group()
        if alphabet or not word.isascii():
            word = to_cyrillic(word, alphabet)
        out.append(Token(m.start(), m.end(), word, lemma(word)))
    return out


_PERSONAL = {"Name", "Surn", "Patr"}

# Russian-declined surnames of the -ов/-ев/-ин/-ский types, read off the ending: (ending,
# nominative ending, case, gender). Kazakh surnames in Russian text are nearly all of these, and
# pymorphy3 guesses them poorly (`Ибраевой` as a masculine nominative like `Толстой`).
_SURNAME_ENDINGS: tuple[tuple[str, str, str, str], ...] = (
    ("овыми", "ов", "ablt", "plur"),
    ("овым", "ов", "ablt", "masc"), ("евым", "ев", "ablt", "masc"), ("иным", "ин", "ablt", "masc"),
    ("ыным", "ын", "ablt", "masc"), ("ским", "ский", "ablt", "masc"),
    ("цким", "цкий", "ablt", "masc"),
    ("овой", "ова", "obl", "femn"), ("евой", "ева", "obl", "femn"), ("иной", "ина", "obl", "femn"),
    ("ыной", "ына", "obl", "femn"), ("ской", "ская", "obl", "femn"),
    ("цкой", "цкая", "obl", "femn"),
    ("ову", "ов", "datv", "masc"), ("еву", "ев", "datv", "masc"), ("ину", "ин", "datv", "masc"),
    ("ыну", "ын", "datv", "masc"), ("скому", "ский", "datv", "masc"),
    ("ове", "ов", "loct", "masc"), ("еве", "ев", "loct", "masc"),
    ("ского", "ский", "gent", "masc"),
)  # fmt: skip
_NOMINATIVE_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын|ский|цкий)$", re.I)
# `-ова` is a feminine nominative or a masculine genitive/accusative: the first name decides.
_AMBIGUOUS = (("ова", "ов"), ("ева", "ев"), ("ина", "ин"), ("ына", "ын"))
_AMBIGUOUS_ENDINGS = tuple(ending for ending, _ in _AMBIGUOUS)
# `-ову` is a man's dative or a woman's accusative: the first name decides.
_DATIVE_OR_ACCUSATIVE = ("ову", "еву", "ину", "ыну")
_HUSHING = ("ж", "ш", "ч", "щ", "ц")
# Endings of a first name pymorphy3 does not know (`Адилем`, `Досымом`), by case and gender.
_FIRST_NAME: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {
    # after a hushing consonant the instrumental is `-ем`/`-ём` on a hard stem (`Ковачем`,
    # `Лущём` -> `Ковач`, `Лущ`)
    ("ablt", "masc"): (
        ("ием", "ий"),
        ("еем", "ей"),
        ("аем", "ай"),
        *((f"{c}{e}", c) for c in _HUSHING for e in ("ем", "ём")),
        ("ем", "ь"),
        ("ём", "ь"),
        ("ом", ""),
    ),
    # a man's `-а` surname declines like a noun (`Аскара Нурши` -> `Аскар Нурша`, `Мусы`)
    ("gent", "masc"): (
        ("ия", "ий"),
        ("ея", "ей"),
        ("ая", "ай"),
        ("я", "ь"),
        ("а", ""),
        *((f"{c}и", f"{c}а") for c in "жшчщкгх"),
        ("ы", "а"),
    ),
    ("datv", "masc"): (("ию", "ий"), ("ею", "ей"), ("аю", "ай"), ("ю", "ь"), ("у", "")),
    ("loct", "masc"): (("ии", "ий"), ("ее", "ей"), ("е", "")),
    ("ablt", "femn"): (("ией", "ия"), ("ей", "я"), ("ой", "а")),
    # a velar or hushing stem takes `-и` for `-ы` (`Дариги Назарбаевой` -> `Дарига`)
    ("obl", "femn"): (
        ("ией", "ия"),
        ("ии", "ия"),
        ("ей", "я"),
        ("ой", "а"),
        ("ы", "а"),
        *((f"{c}и", f"{c}а") for c in "жшчщкгх"),
    ),
}


def _title(word: str) -> str:
    return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))


def _surname(word: str, gender: str | None) -> tuple[str, str, str] | None:
    """(nominative, case, gender) of a Russian-declined surname, from its ending alone."""
    low = word.lower()
    if gender == "femn" and low.endswith(_DATIVE_OR_ACCUSATIVE) and len(low) > 4:
        return word[:-1] + "а", "accs", "femn"  # `Марину Петрову`: her accusative
    for ending, nom, case, sex in _SURNAME_ENDINGS:
        if low.endswith(ending) and len(low) > len(ending) + 1:
            return word[: len(word) - len(ending)] + nom, case, sex
    if gender == "femn" and low.endswith(("ой", "ей")) and len(low) > 4:
        return word[:-2] + ("ая" if low.endswith("ой") else "яя"), "obl", "femn"  # `Белой`
    for ending, nom in _AMBIGUOUS:
        if low.endswith(ending) and len(low) > len(ending) + 1 and gender == "masc":
            return word[: len(word) - len(ending)] + nom, "gent", "masc"
    return None


def _first_name(word: str, case: str, gender: str) -> str:
    """A first name in the nominative, agreeing with the surname's case and gender."""
    # pymorphy3 guesses a Name for words it does not know (`Шахратом` as a nominative): only
    # a known word's readings are trusted; an unknown one is read by its ending.
    known = _analyzer().word_is_known(word.lower())
    parses = [p for p in _parses(word) if "Name" in p.tag] if known else []
    want = {"obl": {"gent", "datv", "ablt", "loct"}}.get(
        case, {case, "accs"} if case == "gent" else {case}
    )
    for p in parses:
        if p.tag.case in want and p.tag.gender == gender:
            form = p.inflect({"nomn", "sing"})
            if form is not None:
                return _cased(form.word, word)
    if any(p.tag.case == "nomn" and p.tag.gender in (None, gender) for p in parses):
        return word  # a nominative name (`Айжан`, `Сауле`) beside a declined surname
    low = word.lower()
    if not parses or gender == "masc":
        for ending, nom in _FIRST_NAME.get((case, gender), ()):
            # a stem of three letters at least (a hushing ending's consonant is the stem's)
            kept = len(low) - len(ending) + (nom in _HUSHING)
            if low.endswith(ending) and kept >= 3:
                return word[: len(word) - len(ending)] + nom
    return word


def is_name_like(word: str) -> bool:
    """False for a Russian word that pymorphy3 knows only as a common word (`Центральная`);
    True for names, and for words it cannot read (Kazakh, Latin)."""
    parses = _parses(word.split("-")[0])
    if not parses or any(_PERSONAL & set(p.tag.grammemes) for p in parses):
        return True
    return not _analyzer().word_is_known(word.split("-")[0].lower())


def is_first_name(word: str) -> bool:
    """Whether pymorphy3's dictionary (not its guesser) knows a Russian word as a first name,
    in any case (`Альберт`, `Акбара`)."""
    return any("Name" in p.tag and p.is_known for p in _parses(word))


def _gender_of(first: str) -> str | None:
    genders = {p.tag.gender for p in _parses(first) if "Name" in p.tag and p.tag.gender}
    return genders.pop() if len(genders) == 1 else None


def _undeclined_first(first: str, last: str) -> bool:
    """`Акбопе Абылкасымову`: a first name pymorphy3 does not know, not in a man's dative
    (`Ерлану`, `Сергею`), beside a surname in `-ову`: a man's first name would have taken the
    surname's dative, so this is a woman's name and her accusative."""
    return (
        last.lower().endswith(_DATIVE_OR_ACCUSATIVE)
        and not first.lower().endswith(("у", "ю"))
        and _CYRILLIC_KK.match(first) is not None
        and not _analyzer().word_is_known(first.lower())
    )


def nominative_name(name: str, hint: str | None = None) -> str:
    """A person's name in the nominative: "Азером Бадамовым" -> "Азер Бадамов".

    A Russian-declined surname (`-овым`, `-евой`, `-ину`) fixes the case and gender, and the
    first name is put in the nominative to agree, also when pymorphy3 does not know it
    (`Адилем Каукеновым` -> `Адиль Каукенов`). Otherwise the case is the one all words of the
    name agree on (`Касым-Жомарта Токаева`). ``hint``, the gender (`masc`/`femn`, say from
    a patronymic in a vocative), settles `Руслана Бекова`. Names in capitals come back in
    title case; initials, and names pymorphy3 cannot read, stay as printed.
    """
    words = name.split()
    if not words:
        return name
    caps = all(w.isupper() for w in words if len(w.rstrip(".")) > 1)
    if caps:
        words = [w if len(w.rstrip(".")) <= 1 or "." in w else _title(w) for w in words]
    name = " ".join(words)
    last = words[-1]
    if len(words) == 2 and _INDECLINABLE.search(last) and _CYRILLIC_KK.match(last):
        # `Назирмада Ализода`: the surname keeps its form in every case; the first name's
        # case is its own (or, unsure, it stays as printed)
        first = words[0]
        case = _masculine_case(first, hint) or ("ablt" if first.endswith(("ом", "ем")) else None)
        return f"{_first_name(first, case, 'masc') if case else first} {last}"
    full = [w for w in words[:-1] if "." not in w]
    gender = hint or (_gender_of(full[0].split("-")[-1]) if full else None)
    if gender is None and full and _undeclined_first(full[0], last):
        gender = "femn"
    if (
        gender == "femn"
        and len(words) >= 2
        and _CYRILLIC_KK.match(last)
        and last.lower().endswith(_AMBIGUOUS_ENDINGS)
    ):
        return name  # a woman's `-ова` is her nominative (`Гульшара Абдыкаликова`)
    found = _surname(last, gender) if _CYRILLIC_KK.match(last) and len(words) <= 3 else None
    if found is None and _NOMINATIVE_SURNAME.search(last) and _CYRILLIC_KK.match(last):
        return name  # `Ерлан Карин`: pymorphy3 would read a genitive plural of `Карина`
    if found is not None:
        nom, case, sex = found
        out = [
            w if "." in w else "-".join(_first_name(part, case, sex) for part in w.split("-"))
            for w in words[:-1]
        ]
        return " ".join([*out, nom])
    out = _pymorphy_nominative(name, hint).split()
    if (
        len(words) >= 2
        and len(out) == len(words)
        and (out[0] == words[0] or out[-1] == last)
        and all(w.lower().endswith(("ом", "ем", "ём")) and len(w) > 4 for w in (words[0], last))
    ):  # `Айдосом Сарымом`: masculine instrumentals, one of which pymorphy3 does not know
        # (`Миклошом Яцковичем`: it read the surname, not the first name)
        first = out[0] if out[0] != words[0] else _first_name(words[0], "ablt", "masc")
        sur = out[-1] if out[-1] != last else _first_name(last, "ablt", "masc")
        out = [first, *out[1:-1], sur]
    oblique = _masculine_case(words[0], hint) if len(words) == 2 and out[-1] == last else None
    if oblique is not None:  # `Виталия Колточника`: the first name's case, on an unknown surname
        out = [_first_name(words[0], oblique, "masc"), _first_name(last, oblique, "masc")]
    if len(out) != len(words):
        return " ".join(out)
    return " ".join(_whole_hyphenated(w, o, hint) for w, o in zip(words, out, strict=True))


# Surnames that keep one form in every case (Tajik and Persian `-зода`/`-заде`, Georgian
# `-дзе`/`-швили`, Ukrainian `-ко`): pymorphy3 would read `Ализода` as a genitive of `Ализод`.
_INDECLINABLE = re.compile(r"(?:зода|заде|зада|дзе|швили|ко)$", re.I)


def _whole_hyphenated(printed: str, nominative: str, hint: str | None) -> str:
    """`Жаном-Шарлем` -> `Жан-Шарль`, not `Жаном-Шарль`: where the last part of a hyphenated
    first name was declined, so were the parts before it."""
    parts, done = printed.split("-"), nominative.split("-")
    if len(parts) < 2 or len(parts) != len(done) or parts[-1] == done[-1]:
        return nominative
    return "-".join([*(_pymorphy_nominative(p, hint) for p in parts[:-1]), done[-1]])


def _masculine_case(first: str, hint: str | None) -> str | None:
    """The oblique case of a masculine first name (`Виталия` -> gent), if it can only be one;
    None if it may be a nominative (`Виталия` is also a woman's name, unless ``hint``)."""
    names = [p for p in _parses(first) if "Name" in p.tag]
    if hint != "masc" and any(p.tag.case == "nomn" for p in names):
        return None
    cases = {p.tag.case for p in names if p.tag.gender == "masc"} - {"nomn"}
    if cases <= {"gent", "accs"} and cases:
        return "gent"
    return cases.pop() if len(cases) == 1 and cases <= {"datv", "ablt", "loct"} else None


def _pymorphy_nominative(name: str, hint: str | None) -> str:
    """The nominative by pymorphy3's readings alone (the case all words of the name agree on)."""

    def personal(word: str) -> list[Any]:
        return [p for p in _parses(word) if _PERSONAL & set(p.tag.grammemes)]

    # Double first names decline only in their last part ("Касым-Жомарта").
    words = [word.split("-")[-1] for word in name.split()]
    genders = [p.tag.gender for p in personal(words[0]) if "Name" in p.tag and p.tag.gender]
    readings: list[tuple[str | None, set[str]]] = []
    for gender in dict.fromkeys([hint] if hint else genders or [None]):
        cases: set[str] | None = None
        for word in words:
            parses = personal(word)
            if not parses:
                continue  # unknown to pymorphy3: says nothing about the case
            found = {
                p.tag.case
                for p in parses
                if gender is None or p.tag.gender in (None, gender) or "ms-f" in p.tag
            }
            cases = found if cases is None else cases & found
        if cases:
            readings.append((gender, cases))
    if not readings or any("nomn" in cases for _, cases in readings):
        return name
    gender, cases = readings[0]
    case = sorted(cases)[0]

    def fix(part: str) -> str:
        for p in personal(part):
            if p.tag.case == case and (
                gender is None or p.tag.gender in (None, gender) or "ms-f" in p.tag
            ):
                form = p.inflect({"nomn", "sing"})
                return _cased(form.word, part) if form is not None else part
        return part

    return " ".join(
        "-".join([*word.split("-")[:-1], fix(word.split("-")[-1])]) for word in name.split()
    )


def nominative_phrase(phrase: str) -> str:
    """An organisation name with its head noun in the nominative ("Милли Меджлиса" ->
    "Милли Меджлис"); the words after the head (its genitive dependants) stay as printed."""
    words = phrase.split()
    morph = _analyzer()
    for i, w in enumerate(words[:2]):
        if not _parses(w) or not morph.word_is_known(w.lower()):
            continue  # a foreign word is not the head
        p = _parses(w)[0]
        if "NOUN" not in p.tag:
            continue
        if p.tag.case != "nomn":
            form = p.inflect({"nomn"})
            if form is not None:
                words[i] = _cased(form.word, w)
            break
        if p.tag.number == "sing":
            break  # already nominative
    return " ".join(words)
