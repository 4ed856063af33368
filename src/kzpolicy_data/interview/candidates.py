"""A candidate interviewee and how a printed name is matched: to a label, the vocative, a leader.

:mod:`.guests` collects the candidates of a text and weighs them; the matching it weighs them by
is here: whether a transcript label names a candidate, whether the vocative of the first question
addresses them (and completes a name printed with initials), a name from the vocative alone, a
leader merely mentioned, a first name and patronymic that is only an address.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..nlp.gazetteer import entries
from ..nlp.gazetteer import find as gazetteer_find
from ..nlp.script import to_cyrillic
from .address import Vocative, patronymic_gender
from .arabic import without_harmony
from .label_words import glued_words
from .letters import LO, UP
from .nominative import CYR, LATIN_WORD, nominative_of

__all__ = [
    "Candidate",
    "add_candidate",
    "address_only",
    "complete_name",
    "first_matches",
    "from_vocative",
    "is_leader",
    "is_title_label",
    "label_names",
    "label_person",
    "merge_initials",
    "name_key",
    "vocative_fits",
    "without_titles",
]

_TITLE_SURNAME = re.compile(rf"(?:^|[\s«\"])(?P<sur>[{UP}][{LO}]{{2,}}):\s")


@dataclass
class Candidate:
    """A person the text may be about, with the evidence collected for them."""

    name: str
    printed: str
    start: int
    end: int
    score: int = 0
    pair: int | None = None
    host: bool = False
    labels: list[str] = field(default_factory=list)
    cued: bool = False  # the text introduces them as the guest (`с X`, `X дал интервью`)


def name_key(text: str) -> str:
    """The letters and digits of a name, lower-cased: the key candidates are merged on."""
    return re.sub(r"[^\w]", "", text).lower()


# Titles a label may print before the name (`Kazakh President Tokayev:`, `Министр Ахметов:`).
_TITLES = re.compile(
    r"^(?:\S+\s+){0,3}?(?:president|minister|ambassador|senator|deputy|chairman|governor|"
    r"secretary|professor|dr|mr|mrs|ms|президент|министр|посол|сенатор|депутат|аким|"
    r"председатель|профессор|елші|министрі|әкімі|төраға|"
    r"(?-i:[A-Z]{2,4}))\.?\s+(?=\S)",  # `DAS Sumar:` (Deputy Assistant Secretary)
    re.I,
)


# A label that is a title and no name (`Президент:`, `Елбасы:`, `Ambassador:`): it answers for
# the guest the lead names.
_TITLE_LABEL = re.compile(
    r"(?:(?:kazakh|казахстана|қазақстан)\s+)?(?:president|prime\s+minister|minister|ambassador|"
    r"governor|senator|chairman|speaker|президент|премьер-министр|министр|посол|аким|спикер|"
    r"председатель|глава\s+государства|сенатор|депутат|елбасы|мемлекет\s+басшысы|елші|әкім|"
    r"төраға|ákim|akim|äkim|elshi|elbasy|prezident|ministr|deputat|tóraǵa|spiker|"
    r"charg[eé]\s+d[e’']?\s*affair\w*|consul(?:\s+general)?|envoy|head\s+of\s+mission)",
    re.I,
)


# The Arabic script's reading may pick the other vowel of a harmony pair (`елбасі`).
_TITLE_LABEL_ANY_HARMONY = re.compile(without_harmony(_TITLE_LABEL.pattern), re.I)


def is_title_label(label: str) -> bool:
    """Whether a transcript label is a title only (`Президент`, `ەلباسى` in the Arabic script)."""
    words = [to_cyrillic(w, None) for w in label.split(",")[0].strip('«»" :.–—-').split()]
    joined = " ".join(words)
    return bool(words) and bool(
        _TITLE_LABEL.fullmatch(joined)
        or _TITLE_LABEL_ANY_HARMONY.fullmatch(without_harmony(joined))
    )


def without_titles(label: str) -> str:
    """The label without the titles printed before the name: `Kazakh President Tokayev` ->
    `Tokayev` (the label itself if nothing is left)."""
    rest = _TITLES.sub("", label, count=1)
    return rest or label


def label_names(label: str, names: list[str]) -> bool:
    """Whether a transcript label (`И.П.`, `ПЕТРОВ`, `Есенов Н.`, `Иван ПЕТРОВ`) names a person
    printed as one of ``names``."""
    # `Касым-Жомарт Токаев, президент Казахстана:`: the position after the comma names no one.
    lab = without_titles(label.split(",")[0].strip('«»" :.–—-'))
    lab_key = name_key(lab)
    # each word of the label: the prefix a name's word must start with, and its Latin key
    keys = [name_key(p) for p in re.split(r"[\s.-]+", lab)]
    parts = [(k[:-2] or k, _latin_key(k)) for k in keys if len(k) > 1]
    for name in names:
        words = [w for w in re.split(r"[\s.-]+", name) if w]
        if not words or not lab_key:
            continue
        initials = "".join(w[0] for w in words).lower()
        first_last = (words[0][0] + words[-1][0]).lower()
        if re.fullmatch(r"(?:\w\.?\s?){1,3}", lab) and len(lab_key) <= 3:
            if lab_key in (initials, first_last) or (
                len(lab_key) >= 2 and initials.startswith(lab_key)
            ):
                return True
            continue
        spelt = [(name_key(w), _latin_key(w)) for w in words]
        if parts and all(
            any(
                key.startswith(prefix)
                # `Abdullayev:` labels the lead's `Abdullaev`
                or (latin is not None and latin == label_latin)
                for key, latin in spelt
            )
            for prefix, label_latin in parts
        ):
            return True
    return False


def first_matches(word: str, first: str) -> bool:
    """`Нурланом`, `НУРЛАН`, `Виталия` are forms of the vocative's `Нурлан`, `Виталий`."""
    word, first = word.lower(), first.lower()
    stem = first[:-1] if len(first) > 4 and first[-1] in "йьаяь" else first
    return word == first or (word.startswith(stem) and len(word) - len(stem) <= 3)


def _latin_key(word: str) -> str | None:
    """A Latin name without the spelling choices of transliteration (`Arthur`, `Artur`;
    `Yerlan`, `Erlan`; `Abdullayev`, `Abdullaev`; `Nurssultan`), or None for another script."""
    if not LATIN_WORD.fullmatch(word):
        return None
    key = re.sub(r"(?<=[^cskz])h", "", word.lower())  # `th` -> `t`, but `kh`, `sh`, `zh` stay
    key = re.sub(r"^y(?=e)|(?<=[aeiou])y(?=[ae])", "", key).replace("y", "i")
    return re.sub(r"(.)\1", r"\1", key)


def vocative_fits(c: Candidate, voc: Vocative) -> bool:
    """Whether the vocative (`Дарья Дмитриевна`, `Пьедра мырза`) addresses the candidate."""
    words = c.printed.split()
    if voc.first:
        key = _latin_key(words[0])
        if first_matches(words[0], voc.first) or (key is not None and key == _latin_key(voc.first)):
            return True
        init = [w for w in re.split(r"\.\s?", words[0]) if w]
        if "." in words[0] and init and init[0] == voc.first[:1]:
            return len(init) < 2 or not voc.patronymic or init[1] == voc.patronymic[:1]
    if voc.surname:
        stem = voc.surname.lower()[:-2] if len(voc.surname) > 5 else voc.surname.lower()
        return any(w.lower().startswith(stem) for w in words)
    return False


def complete_name(c: Candidate, voc: Vocative) -> Candidate:
    """Put the vocative's first name (and gender) into a name printed with initials."""
    words = c.printed.split()
    hint = voc.gender
    if voc.first and "." in words[0]:
        surname, _ = nominative_of(words[-1], hint)
        return Candidate(f"{voc.first} {surname}", c.printed, c.start, c.end, c.score, c.pair)
    name = c.name
    if hint and len(words) >= 2:
        # Only where the gender decides (`Руслана Бекова`); the name found in context (a Kazakh
        # suffix stripped in Kazakh text) stays otherwise.
        hinted, _ = nominative_of(c.printed, hint)
        if hinted != nominative_of(c.printed)[0]:
            name = hinted
    got = name.split()
    if voc.first and len(got) >= 2 and got[0] != voc.first and first_matches(got[0], voc.first):
        # The vocative prints the first name in the nominative: `Анар Муратовна` settles a
        # `с ... Анар Фазылжановой` that pymorphy3 reads as `Анара`.
        name = " ".join([voc.first, *got[1:]])
    return c if name == c.name else Candidate(name, c.printed, c.start, c.end, c.score, c.pair)


def from_vocative(
    text: str, ranges: list[tuple[int, int]], voc: Vocative, title: tuple[int, int] | None
) -> Candidate | None:
    """A name from the vocative alone: its first name before a surname in the title or intro,
    a lone title surname (`аналитик Ершов:`), or a leader of the gazetteer."""
    if not voc.first:
        return None
    first = re.escape(voc.first[:-1] if len(voc.first) > 4 else voc.first)
    pattern = re.compile(rf"\b{first}[{LO}]{{0,4}}\s+(?P<sur>[{UP}][{LO}]+|[{UP}]{{2,}})", re.I)
    for start, end in ranges:
        for m in pattern.finditer(text, start, end):
            if not m.group("sur")[0].isupper() or patronymic_gender(m.group("sur")):
                continue  # `Ерлан Бауыржанович` again: the address, not the name
            surname, _ = nominative_of(m.group("sur"), voc.gender)
            if surname.isupper():
                surname = surname.capitalize()
            return Candidate(f"{voc.first} {surname}", m.group(), m.start(), m.end())
    for start, end in [title] if title else []:
        found = _TITLE_SURNAME.search(text, start, end)
        if found:
            sur = found.group("sur")
            return Candidate(f"{voc.first} {sur}", sur, found.start("sur"), found.end("sur"))
    for entry in entries():
        if entry.kind != "leader":
            continue
        for form in entry.ru:
            words = form.split()
            # `Касымжомарт Кемелевич` (as some papers spelled him) is `Касым-Жомарт`
            if len(words) == 2 and words[0].replace("-", "") == voc.first.lower().replace("-", ""):
                name = " ".join("-".join(p.capitalize() for p in w.split("-")) for w in words)
                return Candidate(name, voc.printed, 0, 0)
    return None


def label_person(label: str) -> str | None:
    """The name a speaker label prints, without the titles before it (`AMBASSADOR SMITH:` ->
    `SMITH`), and a leader of the gazetteer named by surname alone by the full name
    (`President Tokayev:` -> `Kassym-Jomart Tokayev`, `Президент Токаев:` -> `Касым-Жомарт
    Токаев`); None when only titles are left."""
    core = label.split(",")[0].strip('«»" :.–—-')
    rest = without_titles(core)
    if rest == core and _TITLES.match(core + " x"):
        return None  # titles only: `Secretary`
    words = rest.split()
    if len(words) == 1:
        for m in gazetteer_find(rest):
            if m.entry.kind != "leader":
                continue
            if not CYR.search(rest):
                return m.entry.en
            full = [f for f in m.entry.ru if len(f.split()) == 2]
            if full:
                words = full[0].split()
                return " ".join("-".join(p.capitalize() for p in w.split("-")) for w in words)
    return rest


def is_leader(name: str) -> bool:
    """A leader of the gazetteer by full name (`Касым-Жомарт Токаев`), or a lone surname; a
    namesake (`Марат Алиев`) is not `Ильхам Алиев`."""
    key = " ".join(name.lower().replace("ё", "е").split())
    for m in gazetteer_find(name):
        if m.entry.kind != "leader":
            continue
        forms = [f for f in m.entry.ru if " " in f] + [m.entry.en.lower()]
        if len(key.split()) == 1 or any(key == f or key.endswith(" " + f) for f in forms):
            return True
        # `Н.А. Назарбаева`, `K.K. Tokayev`: initials that begin the leader's first name
        if _INITIALS.match(key) and any(f[:1] == key[:1] for f in forms):
            return True
        # the full name declined (`Касым-Жомарта Токаева`), as the gazetteer read it
        if " " in m.surface and not name[: m.start].strip():
            return True
    return False


_INITIALS = re.compile(r"^(?:\w\.\s?){1,2}\w+$")
_RU_PATRONYMIC = re.compile(r"(?:вич|вна|ична|vich|vna|ichna)$", re.I)


def address_only(printed: str, voc: Vocative | None) -> bool:
    """`Ерлан Бауыржанович`: a first name and a Russian patronymic, or the vocative's own words.
    A Kazakh `Зардыхан Қинаятұлы` is a full name as printed in an intro or label."""
    words = printed.split()
    if len(words) != 2 or not patronymic_gender(words[1]):
        return False
    if voc and voc.first and voc.patronymic and name_key(words[0]) == name_key(voc.first):
        # the vocative tells the patronymic (`Никита Андреевич,`): another word after the same
        # first name is the surname, even one that ends like a patronymic (`Мендкович`)
        return name_key(words[1]) == name_key(voc.patronymic)
    if _RU_PATRONYMIC.search(words[1]):
        return True
    return bool(voc and voc.patronymic and name_key(words[1]) == name_key(voc.patronymic))


def add_candidate(
    cands: dict[str, Candidate], name: str, printed: str, start: int, end: int, score: int
) -> Candidate:
    """The candidate of ``name`` (added when first seen), its score raised by ``score``; a name
    made of glued words is no candidate (its record is returned but not kept)."""
    if glued_words(name):
        return Candidate(name, printed, start, end, score)
    key = name_key(name)
    c = cands.get(key) or _inflected_twin(cands, name)
    if c is None:
        c = cands[key] = Candidate(name, printed, start, end)
    elif len(name) < len(c.name):
        # `Тило Клиннером` (a foreign name the inflector leaves as printed) and `Тило Клиннер`:
        # one person, and the shorter form is the nominative
        c.name, c.printed, c.start, c.end = name, printed, start, end
    c.score += score
    return c


# Russian case endings a name the inflector does not know keeps as printed.
_CASE_ENDINGS = frozenset(("а", "я", "у", "ю", "е", "ом", "ем", "ым", "им", "ой", "ей", "ы", "и"))


def _inflected_twin(cands: dict[str, Candidate], name: str) -> Candidate | None:
    """The candidate whose name is ``name`` with other case endings on its words, if any."""
    words = name.lower().split()
    for c in cands.values():
        other = c.name.lower().split()
        if len(other) != len(words) or other == words:
            continue
        if all(
            a == b
            or (b.startswith(a) and b[len(a) :] in _CASE_ENDINGS and len(a) >= 3)
            or (a.startswith(b) and a[len(b) :] in _CASE_ENDINGS and len(b) >= 3)
            for a, b in zip(words, other, strict=True)
        ):
            return c
    return None


def merge_initials(cands: dict[str, Candidate]) -> None:
    """A name printed with its first name as an initial (`R. Vassilenko` in a title, `Р.
    Василенко`) is the full name printed elsewhere (`Roman Vassilenko`): one candidate, named in
    full, with the evidence of both."""
    full = [c for c in cands.values() if len(c.name.split()) >= 2 and not _initial(c.name)]
    for key, c in list(cands.items()):
        words = c.name.split()
        if len(words) != 2 or not _initial(c.name):
            continue
        twin = next(
            (
                f
                for f in full
                if name_key(f.name.split()[-1]) == name_key(words[1])
                and f.name[0].lower() == words[0][0].lower()
            ),
            None,
        )
        if twin is not None:
            twin.score += c.score
            twin.cued = twin.cued or c.cued
            del cands[key]


def _initial(name: str) -> bool:
    """True if the name's first word is an initial (`R.`, `А.`)."""
    first = name.split()[0]
    return len(first) == 2 and first[1] == "." and first[0].isalpha()
