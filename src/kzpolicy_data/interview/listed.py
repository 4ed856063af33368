"""Guests named outside the lead's grammar: an answer's attribution, a round table's list, a
surname alone before a speech verb.

The first two read natasha's PER spans (from the shared :class:`Analysis`) where the layout says
a name stands: right after a dashed `рассказывает` inside an answer, or at the start of each item
of a participants' list. Each name comes back as ``(nominative, printed, start, end)``.
"""

from __future__ import annotations

import re

from ..codes import TurnKind
from ..nlp.analysis import Analysis
from ..nlp.gazetteer import find as gazetteer_find
from ..nlp.morph import is_name_like
from .letters import LO, UP
from .nominative import nominative_of
from .positions import is_role
from .turns import Segmentation

__all__ = ["Named", "attributed", "cued_surname", "listed", "said_by_surname"]

Named = tuple[str, str, int, int]

# `..., – рассказывает Жан Кунсеркин. – ...`: an answer attributed to its speaker in passing.
_SAID_BY = re.compile(
    r"[,.!?…]\s*[-–—]\s*(?:рассказывает|говорит|отмечает|поясняет|подчеркивает|рассказал|"
    r"сказал|отметил|пояснил|подчеркнул|says|said|explains|adds|дейді|деді)а?\s+",
    re.I,
)


def attributed(analysis: Analysis, seg: Segmentation) -> Named | None:
    """The guest named only by a dashed attribution inside one of the first answers."""
    text = analysis.text
    for t in [t for t in seg.turns if t.kind == TurnKind.ANSWER][:3]:
        for m in _SAID_BY.finditer(text, t.first.content_start, t.end):
            for ent in analysis.entities_in(m.end(), min(t.end, m.end() + 60)):
                printed = text[ent.start : ent.end]
                if ent.type == "PER" and ent.start == m.end() and len(printed.split()) >= 2:
                    name, _ = nominative_of(printed)
                    return name, printed, ent.start, ent.end
    return None


# `В нем принимают участие: A – политолог; B – ...; а также C – студент.`: a round table's
# participants, each item opening with a name.
_PANEL = re.compile(
    r"(?:принимают\s+участие|участвуют|участники|participants|қатысушылар)\s*:\s*", re.I
)
_ITEM_START = re.compile(r"(?:^|[;:]\s*|,?\s+(?:а\s+также|and|және)\s+)$", re.I)


def listed(analysis: Analysis, intro: tuple[int, int]) -> list[Named]:
    """The participants a round table's intro lists, in order (none if it lists none)."""
    text = analysis.text
    m = _PANEL.search(text, *intro)
    if m is None:
        return []
    end = text.find("\n", m.end(), intro[1])
    end = intro[1] if end < 0 else end
    out: list[Named] = []
    for ent in analysis.entities_in(m.end(), end):
        printed = text[ent.start : ent.end]
        before = text[max(m.end(), ent.start - 12) : ent.start]
        if ent.type == "PER" and len(printed.split()) >= 2 and _ITEM_START.search(before):
            name, _ = nominative_of(printed)
            out.append((name, printed, ent.start, ent.end))
    return out


# `Rehlinger also noted ...`, `Ахметов подчеркнул ...` opening a sentence of the lead: an excerpt
# cut into its lead may name the guest by the surname alone, as a speech verb's subject.
_SURNAME_SAID = re.compile(
    rf"(?:^|(?<=[.!?»\"]\s))(?P<name>[{UP}][{LO}]{{2,}}(?:-[{UP}][{LO}]+)?)\s+"
    r"(?:also\s+|further\s+|также\s+|ещё\s+|еще\s+)?"
    r"(?:noted|said|stressed|emphasi[sz]ed|added|pointed\s+out|remarked|"
    r"(?:отметил|подчеркнул|заявил|сказал|добавил|напомнил)а?)\b",
    re.M,
)
_NOT_A_SURNAME = frozenset(
    "he she they it this that the we i who он она они это мы я кто также".split()
)


def said_by_surname(analysis: Analysis, intro: tuple[int, int]) -> Named | None:
    """A surname alone opening a sentence of the intro before a speech verb (not a pronoun, a
    position or a place), when the intro names nobody in full."""
    text = analysis.text
    for m in _SURNAME_SAID.finditer(text, *intro):
        word = m.group("name")
        if word.lower() in _NOT_A_SURNAME or is_role(word) or gazetteer_find(word):
            continue
        return word, word, m.start("name"), m.end("name")
    return None


# `... sat down with Ambassador Baimukhan to discuss ...`: an interview cue, a position, and the
# guest's surname alone (the lead gave the full name before, outside any cue).
_CUED_SURNAME = re.compile(
    r"(?:sat\s+down|spoke|talked|met)\s+(?:with|to)\s+|interview\s+with\s+|"
    r"(?:беседе|поговорили|побеседовали)\s+с\s+",
    re.I,
)
_TITLED_SURNAME = re.compile(
    rf"(?:(?:[{UP}][{LO}]+|[{LO}]+)\s+){{0,3}}?(?P<name>[{UP}][{LO}]{{2,}}(?:-[{UP}][{LO}]+)?)"
    rf"(?![\w-])(?!\s+[{UP}])"
)


def cued_surname(analysis: Analysis, intro: tuple[int, int]) -> Named | None:
    """The guest an interview cue names by position and surname alone (`sat down with
    Ambassador Baimukhan`), in full where the intro prints the full name elsewhere."""
    text = analysis.text
    for cue in _CUED_SURNAME.finditer(text, *intro):
        m = _TITLED_SURNAME.match(text, cue.end(), intro[1])
        if m is None:
            continue
        words = text[cue.end() : m.start("name")].split()
        surname = m.group("name")
        if not words or not all(
            is_role(w) or w.lower() in ("the", "mr", "mrs", "ms") for w in words
        ):
            continue  # a position must stand before the lone surname
        if is_role(surname) or gazetteer_find(surname) or not is_name_like(surname):
            continue  # `с директором Института ...`: a body, not a surname
        full = re.search(
            rf"(?<![\w-])(?P<first>[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?)\s+{re.escape(surname)}(?![\w-])",
            text[intro[0] : intro[1]],
        )
        if full and not is_role(full.group("first")):
            start = intro[0] + full.start()
            printed = full.group()
            return printed, printed, start, start + len(printed)
        return surname, surname, m.start("name"), m.end("name")
    return None
