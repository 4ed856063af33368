"""Thanks given: ``SUPPORT`` by the party that thanks towards the party thanked, as the corpus
codes it ("Токаев выразил признательность Шавкату Мирзиёеву за теплый прием", "the Cuban
diplomat thanked the people and government of Kazakhstan", "Тоқаев ... Түркия Президентіне
алғыс айтты", "I would like to express my gratitude to President of Russia Vladimir Putin").

The ordinary reading finds the word ("благодарность", "gratitude") as a trigger of support but
sends its sides astray: what the thanks are for ("за поддержку суверенитета Украины", "for
supporting the UN mission") names parties that are neither side. Here the thanked is the name
between the word of thanks and what it is for (in Kazakh, the last name before the word that is
not the thanker's: the dative comes after the reason, "... үшін Қазақстанға алғыс білдірді");
the thanker is the name before the word (in Kazakh, the sentence's first), or, for "I" and
"we" in an official's answer, the state the official speaks for. Without both sides, no event:
"thank you for the interview" names nobody, and "thanks to" and "благодаря" say why, not whom.
"""

from __future__ import annotations

import re

from ..codes import EventType, TurnKind
from ..nlp.analysis import Analysis
from ..nlp.gazetteer import GazEntry, GazMatch
from ..nlp.morph import Token
from ..records import Turn
from .lexicon import Hit, hit_over

__all__ = ["says_why", "thanked"]

_THANKS = re.compile(
    r"(?<![\w-])(?:поблагодар\w*|благодар(?!я(?!\w))\w*|признательн\w*|"
    r"thank(?:s|ed|ing)?(?!\s+(?:to|you)\b)|grateful|gratitude|"
    r"алғыс\w*|ризашылы\w*)(?![\w-])",
    re.I,
)
# What the thanks are for: past it, names are the reason's, not the thanked.
_FOR = re.compile(r"(?<!\w)(?:за|for|үшін)(?!\w)", re.I)
# A clause break: the thanked is named within the thanks' clause.
_BREAK = re.compile(r"[.;:!?\n]|,\s+(?:а|но|и|and|but|which|который|которая|что)\s")
# An official's own thanks in an answer: "I", "we", "my", "our" (the state they speak for).
_FIRST = re.compile(
    r"(?<!\w)(?:I|we|my|our|me|us|я|мы|мой|моя|мою|моё|мое|наш\w*|мен\w*|біз\w*)(?!\w)", re.I
)
# The Kazakh first person of the verb of thanks ("алғыс айтамын", "ризашылығымызды білдіреміз").
_KK_FIRST = re.compile(
    r"\w*(?:ымды|імді|ымызды|імізді)(?!\w)|\w+\s+\w*(?:мын|мін|мыз|міз|дым|дім|тым|тім|дық|дік|тық|тік)(?!\w)",
    re.I,
)
_KK = re.compile(r"[әіңғүұқөһ]", re.I)
# The Kazakh dative, on the name itself ("Қазақстанға", "Жапаровқа") or on the noun it
# qualifies ("Қырғыз тарапына", "Түркия Президентіне").
_DATIVE = re.compile(r"(?:ға|ге|қа|ке|на|не)$", re.I)
_WORD_END = re.compile(r"[\w-]*")
_NEXT_WORD = re.compile(r"\s+([\w-]+)")


def says_why(toks: list[Token], hit: Hit) -> bool:
    """Whether a trigger of thanks is "thanks to" or "благодаря": a cause, not thanks given
    ("grew thanks to Uzbekistan's railway")."""
    word = toks[hit.i].text.lower()
    after = toks[hit.i + 1].text.lower() if hit.i + 1 < len(toks) else ""
    return word == "благодаря" or (word == "thanks" and after == "to")


def thanked(
    analysis: Analysis,
    s: int,
    e: int,
    turn: Turn | None,
    states: dict[str, GazEntry],
) -> list[tuple[Hit, list[GazMatch], list[GazMatch]]]:
    """The trigger, thanker and thanked of thanks told in the sentence ``[s, e)``, else an
    empty list."""
    text = analysis.text
    word = _THANKS.search(text, s, e)
    if word is None or text[s:e].rstrip().endswith("?"):
        return []  # most sentences thank nobody: the cheap test first
    names = analysis.known_names_in(s, e)
    kazakh = bool(_KK.search(text, s, e))
    thanker = _thanker(analysis, s, e, word, names, turn, states, kazakh)
    if thanker is None:
        return []
    own = set(thanker.entry.actor_codes)
    thanked_ = [
        m for m in _thanked(text, e, word, names, thanker, kazakh) if m.entry.code not in own
    ]
    if not thanked_:
        return []
    hit = hit_over(analysis.tokens_in(s, e), word.start(), word.end(), EventType.SUPPORT)
    return [(hit, [thanker], thanked_)]


def _thanker(
    analysis: Analysis,
    s: int,
    e: int,
    word: re.Match[str],
    names: list[GazMatch],
    turn: Turn | None,
    states: dict[str, GazEntry],
    kazakh: bool,
) -> GazMatch | None:
    """Who thanks: the sentence's first name (Kazakh) or the last before the word, else the
    state an official's "I" or "we" speaks for."""
    text = analysis.text
    before = [m for m in names if m.end <= word.start()]
    if kazakh:
        before = [m for m in before if not _dative(text, m)][:1]
    if before:
        return before[-1]
    if (
        turn is not None
        and turn.kind == TurnKind.ANSWER
        and turn.speaker_id in states
        and (
            _FIRST.search(text, s, min(e, word.end() + 40))
            or (kazakh and _KK_FIRST.match(text, word.start(), e))
        )
    ):
        return GazMatch(word.start(), word.start(), "", states[turn.speaker_id])
    return None


def _thanked(
    text: str,
    e: int,
    word: re.Match[str],
    names: list[GazMatch],
    thanker: GazMatch,
    kazakh: bool,
) -> list[GazMatch]:
    """Who is thanked: the names after the word up to what the thanks are for (and the clause's
    end); in Kazakh, the last name in the dative before the word that is not the thanker's."""
    if kazakh:
        own = set(thanker.entry.actor_codes)
        before = [
            m
            for m in names
            if thanker.end <= m.start
            and m.end <= word.start()
            and not set(m.entry.actor_codes) <= own
            and _dative(text, m)
        ]
        return before[-1:]
    stop = e
    for pattern in (_FOR, _BREAK):
        found = pattern.search(text, word.end(), stop)
        if found is not None:
            stop = found.start()
    return [m for m in names if word.end() <= m.start and m.end <= stop]


def _dative(text: str, m: GazMatch) -> bool:
    """Whether a Kazakh name is in the dative, or qualifies a noun that is: a country matched
    whole, without an ending, is read with the word after it ("Қырғыз тарапына"; not a
    person's: "Чавушоғлу кездесуге")."""
    word = m.surface + _WORD_END.match(text, m.end).group()  # type: ignore[union-attr]
    if m.by_stem or len(word) > len(m.surface) or m.entry.kind != "country":
        return bool(_DATIVE.search(word))
    after = _NEXT_WORD.match(text, m.end)
    return after is not None and bool(_DATIVE.search(after.group(1)))
