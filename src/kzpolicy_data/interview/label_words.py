"""Words that look like a speaker's label and name no speaker: a fact box's row (`Столица:`),
a common word opening a sentence about an acronym (`Поэтому ОДКБ –`), and words the scraper glued
together (`PresidentTokayev`).
"""

from __future__ import annotations

import re

from ..nlp.morph import is_name_like, parses
from .letters import LO, UP

__all__ = ["common_first_word", "fact_row", "glued_words"]

# A reading of a name or a proper noun: a word that has one may be a speaker's.
_PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})
# Words for the outlet that asks (`Редакция:`, `Газета:`): inanimate, and labels all the same.
_MEDIA_WORDS = frozenset(
    "редакция газета журнал издание сайт портал агентство радио телеканал канал программа "
    "студия".split()
)


# Words the scraper glued (`PresidentTokayev`, `Булекпаевнаходитсявдолжности`, a paragraph that
# lost its spaces): a small letter before a capital, or longer than any name's word. Not `McCain`.
_GLUED_WORD = re.compile(rf"[{LO}](?<!^Mc)(?<!^Mac)[{UP}][{LO}]|^[^\s-]{{25,}}$")


def glued_words(name: str) -> bool:
    """Whether a name or a label holds words the scraper glued together: no person's name."""
    return any(_GLUED_WORD.search(w) for w in name.split())


def fact_row(label: str) -> bool:
    """`Столица: Будапешт`, `Государственное устройство: республика`: Russian words that the
    dictionary knows only as common words, their nouns only as inanimate ones, name a fact
    box's row, not a speaker (a person, a role such as `Корреспондент`, an outlet's word such
    as `Редакция`)."""
    words = label.strip(' :«»"').split()
    if not words or len(words) > 4 or any(w.lower() in _MEDIA_WORDS for w in words):
        return False
    nouns = 0
    for word in words:
        readings = parses(word) if word.isalpha() else []
        if not readings or not all(p.is_known for p in readings):
            return False
        if any(_PROPER & set(p.tag.grammemes) for p in readings):
            return False
        found = [p for p in readings if p.tag.POS == "NOUN"]
        if any("anim" in p.tag for p in found):
            return False
        nouns += bool(found)
    return nouns > 0


def common_first_word(label: str) -> bool:
    """`Поэтому ОДКБ –`: a capitalised word before capitals that Russian knows as a common word
    (an adverb opening a sentence about an acronym), not a first name before a surname."""
    words = label.split()
    return len(words) == 2 and words[0][1:].islower() and not is_name_like(words[0])
