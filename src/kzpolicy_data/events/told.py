"""How an act is told: words of its sentence that make an act of its type surer.

Each is a feature of the confidence model, its weight fitted alone on the dev split
(``bench/fit_confidence.py --add``): a treaty told signed, or parties told to have agreed, is
mostly an agreement between the sides read, where "joined" or a document named alone is often a
membership, a reform or a plan; a telephone conversation has two named parties, where a visit's
talks have many.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..codes import EventType
from ..nlp.morph import Token
from .lexicon import Hit

__all__ = ["TOLD", "how_told"]

TOLD = ("signed", "called", "agreed")

_SIGN_RU = {"подписать", "подписывать", "подписание"}
_SIGN_EN = re.compile(r"sign(?:ed|ing|s|ator\w*|ature\w*)?|ink(?:ed|ing|s)?")
_DOCUMENT_RU = {
    "соглашение",
    "договор",
    "меморандум",
    "декларация",
    "протокол",
    "документ",
    "конвенция",
    "договоренность",  # lemmas are read with е for ё (nlp.morph)
    "пакт",
    "хартия",
}
_DOCUMENT = (
    "келісім",
    "шарт",
    "меморандум",
    "декларация",
    "құжат",
    "хаттама",
    "конвенция",
    "agreement",
    "treaty",
    "treaties",
    "memorand",
    "declaration",
    "pact",
    "protocol",
    "document",
    "accord",
    "convention",
    "charter",
)
_PHONE = ("телефон", "phone", "telephon")


def _signed(words: list[str], lemmas: list[str]) -> bool:
    """A document signed ("подписали декларацию", "құжаттарға қол қойды", "inked five pacts");
    a decree or a law signed (`указ`, `заң`) names none of these, unless it ratifies one."""
    sign = any(
        lem in _SIGN_RU or _SIGN_EN.fullmatch(w) for w, lem in zip(words, lemmas, strict=True)
    ) or any(a == "қол" and b.startswith("қой") for a, b in pairwise(words))
    return sign and any(
        lem in _DOCUMENT_RU or w.startswith(_DOCUMENT) for w, lem in zip(words, lemmas, strict=True)
    )


def how_told(toks: list[Token], h: Hit) -> frozenset[str]:
    """Which of ``TOLD`` the sentence ``toks`` tells of the act of trigger ``h``: ``signed`` and
    ``agreed`` ("договорились", "agreed", "уағдаласты") of an AGREE, ``called`` of a
    CONSULT."""
    kind = h.trigger.type
    if kind not in (EventType.AGREE, EventType.CONSULT):
        return frozenset()  # most candidates: no word list built for them
    words = [t.text.lower() for t in toks]
    lemmas = [t.lemma for t in toks]
    out = set()
    if kind == EventType.AGREE and _signed(words, lemmas):
        out.add("signed")
    if kind == EventType.CONSULT and any(w.startswith(_PHONE) for w in words):
        out.add("called")
    if kind == EventType.AGREE and (
        "договориться" in lemmas or any(w == "agreed" or w.startswith("уағдалас") for w in words)
    ):
        out.add("agreed")
    return frozenset(out)
