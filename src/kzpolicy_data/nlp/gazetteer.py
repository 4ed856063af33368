"""Gazetteer: countries, capitals, leaders, institutions and IGOs, in Russian, Kazakh and English.

Kept as data (``data/gazetteer.yaml``, validated on load). Russian names match by pymorphy3
lemma sequences, so every grammatical case matches ("Тегеране", "Азербайджанской Республики");
Kazakh and English names match by lowercase stems, which cover agglutinated Kazakh endings
("Қазақстанның", "Ресейге"). Capitals and institutions map to their country (metonymy:
"Астана осудила" is Kazakhstan's government).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field

from ..codes import ActorCode, Sector, WikidataQid
from .morph import Token, lemma, parses, tokenize

__all__ = [
    "LOCATIVE",
    "SENT_TO",
    "GazEntry",
    "GazMatch",
    "besides",
    "country_entry",
    "entries",
    "find",
    "find_in_tokens",
    "known_codes",
    "lookup",
    "position_state",
    "posted_to",
]

_MAX_WORDS = 5  # "Организация Договора о коллективной безопасности"


class GazEntry(BaseModel):
    """One named thing and the ways it is written."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$", description="Gazetteer id.")
    kind: Literal["country", "capital", "leader", "institution", "igo", "format"]
    code: ActorCode = Field(description="ISO 3166-1 alpha-3 of the country, or IGO.")
    abbr: str | None = Field(
        default=None,
        pattern=r"^[A-Z][A-Z0-9]{1,11}$",
        description="An organisation's Latin abbreviation: its actor code is IGO:<abbr>.",
    )
    members: list[str] = Field(
        default=[], description="A dialogue format's parties (actor codes): C5+1 is six states."
    )
    partner: str | None = Field(
        default=None,
        description='The "+1" of a dialogue format (C5+1: USA): the group meets it, so a '
        "meeting of the format has the other members as sources and it as recipient.",
    )
    bare: bool = Field(
        default=False,
        description='An office named without its state ("Президент", "Парламент"): '
        "Kazakhstan's in this corpus, unless another state is named within three words of it.",
    )
    sector: Sector = Field(description="Actor sector when this name is an actor.")
    qid: WikidataQid | None = Field(description="Wikidata item.")
    en: str = Field(min_length=1, description="English name.")
    ru: list[str] = Field(description="Russian pymorphy3 lemma sequences.")
    stems: list[str] = Field(description="Lowercase prefixes for Kazakh and English forms.")

    @property
    def actor_codes(self) -> tuple[str, ...]:
        """The actors this name stands for: a format's members, ``IGO:EU``, or the country."""
        if self.members:
            return tuple(self.members)
        return (f"{self.code}:{self.abbr}",) if self.abbr else (self.code,)


@dataclass(frozen=True)
class GazMatch:
    """A gazetteer name found in a text (code-point offsets)."""

    start: int
    end: int
    surface: str
    entry: GazEntry = field(compare=False)  # a name is identified by where it is
    # Matched by a prefix of a longer word (Kazakh endings: "Иранның"), not as a whole word
    # whose lemma is the name: such a match can be a given name ("Данияр", "Ирангуль").
    by_stem: bool = field(default=False, compare=False)
    # The words as the analysis reads them: Kazakh printed in Latin or Arabic letters in Cyrillic
    # ("Qytaıǵa" -> "Қытайға"), so that its case endings can be read; "" where it is the surface.
    reading: str = field(default="", compare=False)

    @property
    def as_read(self) -> str:
        """The reading, or the surface where there is none."""
        return self.reading or self.surface


@cache
def entries() -> tuple[GazEntry, ...]:
    """Every entry of the shipped gazetteer (validated)."""
    text = resources.files("kzpolicy_data").joinpath("data/gazetteer.yaml").read_text("utf-8")
    items = [GazEntry.model_validate(item) for item in yaml.safe_load(text)]
    ids = [e.id for e in items]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate ids in data/gazetteer.yaml")
    return tuple(items)


@cache
def country_entry(code: str) -> GazEntry | None:
    """The gazetteer's country entry of an ISO code (None if it has none)."""
    return next((e for e in entries() if e.kind == "country" and e.code == code), None)


def known_codes() -> frozenset[str]:
    """Actor codes the gazetteer can produce."""
    return frozenset(c for e in entries() for c in (e.code, *e.actor_codes))


_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")


def _other_word(form: str) -> bool:
    best = parses(form)[:1]
    return bool(best) and best[0].is_known and str(best[0].tag.POS) != "NOUN"


def _forms(word: str) -> list[str]:
    """The lemma of ``word`` first, then the lemmas of its other case forms (names of five
    letters or more: short ones would collide with common words)."""
    w = word.lower()
    out = [lemma(w), lemma(w.replace("ё", "е"))]
    if len(w) >= 5 and " " not in w:
        if w[-1] in "ая":
            forms = [w[:-1] + e for e in ("у", "е", "ой", "ы", "и", "ю", "ей")]
        elif w[-1] == "й":
            forms = [w[:-1] + e for e in ("я", "ю", "ем", "е")]
        elif w[-1] in _CONSONANTS:
            forms = [w + e for e in ("а", "у", "ым", "ом", "е")]
        else:
            forms = []
        # A form that is a known word of another part of speech is that word, not the name:
        # "самое" is "самый", not Samoa ("одна из самых горячих новостей" coded Samoa).
        out += [lemma(f) for f in forms if not _other_word(f)]
    return list(dict.fromkeys(out))


@cache
def _tables() -> tuple[
    dict[tuple[str, ...], GazEntry], dict[str, list[tuple[tuple[str, ...], GazEntry]]]
]:
    by_lemmas: dict[tuple[str, ...], GazEntry] = {}
    stems: dict[str, list[tuple[tuple[str, ...], GazEntry]]] = {}
    for entry in entries():
        for name in entry.ru:
            # Keys go through the same lemmatiser as the text ("токаев" -> "токай"); pymorphy3
            # guesses rare names per form ("Астану" -> "астан", "Токаеву" -> "токаева"), so
            # the lemmas of their other case forms are keys too.
            for key in itertools.product(*(_forms(w) for w in name.split())):
                by_lemmas.setdefault(key, entry)
        # Kazakh writes foreign names as Russian does and adds its endings ("Путинмен"): a
        # Russian name of five letters or more is a stem too.
        extra = [n for n in entry.ru if all(len(w) >= 5 for w in n.split()[-1:])]
        for stem in dict.fromkeys([*entry.stems, *extra]):
            words = tuple(stem.split())
            stems.setdefault(words[0][:3], []).append((words, entry))
    for group in stems.values():
        # Longer stems first, so "united states" wins over "united".
        group.sort(key=lambda s: (-len(s[0]), -len(" ".join(s[0]))))
    return by_lemmas, stems


def _match_at(lowered: list[str], lemmas: list[str], i: int) -> tuple[int, GazEntry, bool] | None:
    by_lemmas, stems = _tables()
    for n in range(min(_MAX_WORDS, len(lowered) - i), 0, -1):
        found = by_lemmas.get(tuple(lemmas[i : i + n]))
        if found is not None:
            return n, found, False
    for stem, entry in stems.get(lowered[i][:3], ()):
        n = len(stem)
        if i + n > len(lowered):
            continue
        last, word = lowered[i + n - 1], stem[-1]
        if n == 1:
            fits = last.startswith(word)
        else:
            fits = last.startswith(word) or last.startswith(_voiced(word))
            for k in range(n - 1):
                fits = fits and _word_fits(lowered[i + k], stem[k])
        if (
            fits
            # a short stem must be the whole word ("сша" must not match "сшах")
            and (len(word) >= 4 or last == word or last.startswith(f"{word}-"))
            # "қытайтану" (sinology), "ресейтанушы": the study of a country is not the country
            and not last[len(word) :].startswith("тану")
            # "Kazakov": a Russian surname in Latin letters on a state's stem ("kazak", the
            # older spelling of "Kazakh") is a person
            and not (word.isascii() and last[len(word) :] in _SURNAME_TAILS)
        ):
            return n, entry, last != word
    return None


_SURNAME_TAILS = frozenset({"ov", "ova", "ev", "eva", "in", "ina"})


# A Kazakh stem's last voiceless consonant is voiced before a vowel ending: "ынтымақтастық"
# in "Түркітілдес мемлекеттер ынтымақтастығы кеңесі", "достастық" in "Достастығы".
_VOICED = str.maketrans({"қ": "ғ", "к": "г", "п": "б"})


def _voiced(word: str) -> str:
    return word[:-1] + word[-1:].translate(_VOICED)


def _word_fits(token: str, word: str) -> bool:
    """A word inside a many-word stem: itself, or in the possessive of a compound's first noun
    ("ынтымақтастығы", "кеңесі"): a short ending after the word, its last consonant voiced."""
    if token == word:
        return True
    last = len(word) - 1
    return (
        last >= 4
        and 0 < len(token) - len(word) <= 3
        and token.startswith(word[:last])
        and token[last] in (word[last], _voiced(word[last]))
    )


# Words that make "America(n)" a continent or its part.
_CONTINENT_PARTS = frozenset(
    ("south", "north", "latin", "central", "южный", "северный", "латинский", "центральный")
) | {"оңтүстік", "солтүстік", "латын"}


def find(text: str) -> list[GazMatch]:
    """Non-overlapping gazetteer matches in ``text``, longest first, in text order."""
    return find_in_tokens(text, tokenize(text))


def find_in_tokens(text: str, tokens: Sequence[Token]) -> list[GazMatch]:
    """:func:`find` on tokens already lemmatised (the shared analysis's)."""
    lowered = [t.text.lower() for t in tokens]
    lemmas = [t.lemma for t in tokens]
    out: list[GazMatch] = []
    at: list[tuple[int, int]] = []  # token indices of each match
    i = 0
    while i < len(tokens):
        parts = _compound(text, tokens[i]) if _HYPHEN.search(lowered[i]) else None
        if parts:
            out += parts
            at += [(i, i + 1)] * len(parts)
            i += 1
            continue
        hit = _match_at(lowered, lemmas, i)
        if hit is None:
            i += 1
            continue
        n, entry, by_stem = hit
        if entry.code == "USA" and i > 0 and lemmas[i - 1] in _CONTINENT_PARTS:
            i += n  # "the South American country", "Латинская Америка": a continent, not the US
            continue
        start, end = tokens[i].start, tokens[i + n - 1].end
        reading = " ".join(t.text for t in tokens[i : i + n])
        out.append(GazMatch(start, end, text[start:end], entry, by_stem, reading))
        at.append((i, i + n))
        i += n
    return _owned_offices(out, at, lowered)


# Compounds of two states ("казахстанско-китайских", "российско-казахстанские", "қазақ-өзбек",
# "Kazakhstan-China", "Sino-Kazakh", "US-Kazakhstan"): each part names its state. A Russian
# combining form in -ско is its adjective; the others are listed ("американо-", "қазақ-").
_HYPHEN = re.compile(r"\w[-\u2010\u2011]\w")
_PART = re.compile(r"[^-\u2010\u2011]+")
_COMBINING = {
    "американо": "американский", "германо": "германия", "франко": "франция",
    "англо": "британия", "афгано": "афганский", "индо": "индия", "австро": "австрия",
    "греко": "греция", "ирано": "иран", "сино": "китай", "sino": "china",
    "us": "сша", "қазақ": "қазақстан",
}  # fmt: skip


def _compound(text: str, tok: Token) -> list[GazMatch] | None:
    """One match per part of a hyphenated compound whose parts name two or more states (None
    otherwise: "Гвинея-Бисау", "Абу-Даби" and "Kassym-Jomart" are one name each)."""
    found = []
    for part in _PART.finditer(tok.text):
        word = part.group().lower()
        word = _COMBINING.get(word, word)
        if word.endswith(("ско", "цко")):
            word = word[:-1] + "ий"
        hit = _match_at([word], [lemma(word)], 0)
        if hit is None or hit[1].kind not in ("country", "capital", "igo"):
            continue
        start, end = tok.start + part.start(), tok.start + part.end()
        found.append(GazMatch(start, end, text[start:end], hit[1], hit[2]))
    codes = {c for m in found for c in m.entry.actor_codes}
    return found if len(codes) >= 2 else None


_PLURAL = re.compile(r"(?:ы|ов|ам|ами|ах|[лдт][ае]р\w*|s)$", re.I)
_NEAR = 3  # words between a bare office and the state that owns it ("президент России")
# Words of a state's formal name that the gazetteer does not hold with every state ("President
# of the Republic of Armenia"): they do not part the office from its state.
_FORMAL = frozenset(("of", "the", "republic", "islamic", "federal", "democratic", "people's"))


def _owned_offices(
    matches: list[GazMatch], at: list[tuple[int, int]], lowered: list[str]
) -> list[GazMatch]:
    """The matches without each bare office that another state's name stands next to."""
    keep = []
    for k, m in enumerate(matches):
        if m.entry.bare:
            lo, hi = at[k]
            # matches do not overlap, so only a few neighbours can be within reach
            before = range(k - 1, max(-1, k - 1 - _NEAR), -1)
            after = range(k + 1, min(len(matches), k + 1 + _NEAR))
            near = [j for j in before if at[j][1] > lo - _NEAR]
            near += [
                j
                for j in after
                if sum(w not in _FORMAL for w in lowered[hi : at[j][0]]) < _NEAR
                and at[j][0] - hi < 2 * _NEAR
            ]
            own = set(m.entry.actor_codes)
            if _PLURAL.search(m.surface):
                continue  # "президенты", "президенттер": several offices, of several states
            if any(
                not matches[j].entry.bare and set(matches[j].entry.actor_codes) != own for j in near
            ):
                continue
        keep.append(m)
    return keep


def lookup(name: str) -> GazEntry | None:
    """The entry a whole name refers to (``"Азербайджанской Республики"`` -> Azerbaijan)."""
    matches = find(name)
    if len(matches) == 1 and matches[0].surface == name.strip(" .,«»\"'"):
        return matches[0].entry
    return None


def position_state(position: str) -> GazEntry | None:
    """The state an office named in ``position`` is of (`министр иностранных дел Казахстана`,
    `Chinese Ambassador to Kazakhstan`): its first state, capital or state institution, not an
    organisation, nor the state an envoy is sent to (`Ambassador to Kazakhstan`, `посол в
    Казахстане`, `Қазақстандағы елшісі`), which is the host."""
    envoy = bool(_ENVOY.search(position))
    for m in find(position):
        if m.entry.kind not in ("country", "capital", "institution"):
            continue
        if envoy and (SENT_TO.search(position, 0, m.start) or LOCATIVE.search(m.surface)):
            continue
        return m.entry
    return None


def besides(matches: list[GazMatch], codes: set[str]) -> list[GazMatch]:
    """The matches (once each, in order) that stand for someone besides the states ``codes``:
    the other parties a speaker of those states speaks of."""
    return list(dict.fromkeys(m for m in matches if not set(m.entry.actor_codes) <= codes))


def posted_to(position: str) -> GazEntry | None:
    """The state an envoy named in ``position`` is sent to (`Ambassador of Kazakhstan to
    India`, `посол Казахстана в Индии`, `Қазақстанның Үндістандағы елшісі`), else None."""
    if not _ENVOY.search(position):
        return None
    for m in find(position):
        if m.entry.kind == "country" and (
            SENT_TO.search(position, 0, m.start) or LOCATIVE.search(m.surface)
        ):
            return m.entry
    return None


_ENVOY = re.compile(r"ambassador|envoy|consul|посол|посл[аоу]|консул|елші", re.I)
# What ends the words before a state an office is sent to, not of: "Ambassador to", "посол в",
# "при", "к", Kazakh dative "-ға/-ге".
SENT_TO = re.compile(r"(?:\b(?:to|in|at|в|во|при|к)|-ға|-ге|ға|ге)\s*(?:the\s+)?$", re.I)
LOCATIVE = re.compile(r"(?:дағы|тағы|дегі|тегі|ндағы|ндегі)$", re.I)
