"""Morphology: thin cached wrappers over pymorphy3 (one analyser per process, loaded lazily).

pymorphy3 knows Russian; Kazakh and foreign names it does not know are left as printed, which is
better than a wrong inflection.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

__all__ = ["Token", "lemma", "nominative_name", "nominative_phrase", "tokenize"]


@cache
def _analyzer() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


_CYRILLIC = re.compile(r"^[а-яёА-ЯЁ]+(?:-[а-яёА-ЯЁ]+)*$")


def _parses(word: str) -> list[Any]:
    """pymorphy3's parses of a Russian word; none for anything else (it crashes on some)."""
    return list(_analyzer().parse(word)) if _CYRILLIC.match(word) else []


def _cased(word: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


@cache
def lemma(word: str) -> str:
    """Lowercase dictionary form of a word (the word lowercased if pymorphy3 has no parse)."""
    parses = _parses(word)
    return str(parses[0].normal_form).replace("ё", "е") if parses else word.lower()


_WORD = re.compile(r"[\w-]+")


@dataclass(frozen=True)
class Token:
    """A word (``[\\w-]+``) with its code-point offsets and lowercase lemma."""

    start: int
    end: int
    text: str
    lemma: str


def tokenize(text: str) -> list[Token]:
    """The words of ``text``, lemmatised."""
    return [Token(m.start(), m.end(), m.group(), lemma(m.group())) for m in _WORD.finditer(text)]


_PERSONAL = {"Name", "Surn", "Patr"}


def nominative_name(name: str) -> str:
    """A person's name in the nominative: "Азером Бадамовым" -> "Азер Бадамов".

    The gender comes from the first name; the case is the one all words of the name agree on
    ("Касым-Жомарта Токаева" is genitive because a masculine "Жомарта" can only be), and a
    name that may already be nominative, or that pymorphy3 does not know, stays as printed.
    """
    if not name.split():
        return name

    def personal(word: str) -> list[Any]:
        return [p for p in _parses(word) if _PERSONAL & set(p.tag.grammemes)]

    # Double first names decline only in their last part ("Касым-Жомарта").
    words = [word.split("-")[-1] for word in name.split()]
    genders = [p.tag.gender for p in personal(words[0]) if "Name" in p.tag and p.tag.gender]
    readings: list[tuple[str | None, set[str]]] = []
    for gender in dict.fromkeys(genders or [None]):
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
