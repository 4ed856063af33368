"""Thanks and congratulations given: ``SUPPORT`` by the party that thanks or congratulates towards
the party addressed, as the corpus codes them ("Токаев выразил признательность Шавкату Мирзиёеву
за теплый прием", "the Cuban diplomat thanked the people and government of Kazakhstan",
"Тоқаев ... Түркия Президентіне алғыс айтты", "Газиз Алдамжаров поздравил Александра Лукашенко
с избранием", "Тоқаев Режеп Тайип Ердоғанды ... жеңісімен құттықтады").

The ordinary reading finds the word ("благодарность", "gratitude", "поздравил") as a trigger of
support but sends its sides astray: what the thanks are for ("за поддержку суверенитета
Украины") or the congratulations on ("с победой на выборах в Турции") names parties that are
neither side. Here the party addressed is the name between the word and its reason (in Kazakh,
the last name before the word that is not the speaker's, in the dative for thanks, "...
үшін Қазақстанға алғыс білдірді", in the accusative for congratulations); the one who thanks or
congratulates is the name before the word (in Kazakh, the sentence's first not so marked), or,
for "I" and "we" in an official's answer, the state the official speaks for. Without both sides,
no event: "thank you for the interview" names nobody, and "thanks to" and "благодаря" say why,
not whom.
"""

from __future__ import annotations

import re
from typing import Literal

from ..codes import EventType
from ..nlp.analysis import Analysis
from ..nlp.gazetteer import GazEntry, GazMatch
from ..nlp.morph import Token
from ..records import Turn
from .kazakh_cases import kk_cases
from .lexicon import Hit, hit_over, tokens_language
from .linear import placed_in
from .speakers import FIRST_PERSON, answering_state

__all__ = ["courtesies", "says_why"]

_THANKS = re.compile(
    r"(?<![\w-])(?:поблагодар\w*|благодар(?!я(?!\w))\w*|признательн\w*|"
    r"thank(?:s|ed|ing)?(?!\s+(?:to|you)\b)|grateful|gratitude|"
    r"алғыс\w*|ризашылы\w*)(?![\w-])",
    re.I,
)
_CONGRATULATES = re.compile(
    r"(?<![\w-])(?:поздрав\w*|congratulat\w*|құттықта\w*)(?![\w-])",
    re.I,
)
# What the thanks are for, or the congratulations on: past it, names are the reason's.
_FOR = re.compile(r"(?<!\w)(?:за|for|үшін)(?!\w)", re.I)
_ON = re.compile(r"(?<!\w)(?:с|со|on|upon|for|with)(?!\w)", re.I)
# A clause break: the thanked is named within the thanks' clause.
_BREAK = re.compile(r"[.;:!?\n]|,\s+(?:а|но|и|and|but|which|который|которая|что)\s")
# The Kazakh first person of the verb of thanks ("алғыс айтамын", "ризашылығымызды білдіреміз").
_KK_FIRST = re.compile(
    r"\w*(?:ымды|імді|ымызды|імізді)(?!\w)|\w+\s+\w*(?:мын|мін|мыз|міз|дым|дім|тым|тім|дық|дік|тық|тік)(?!\w)",
    re.I,
)
_Kind = Literal["thanked", "congratulated"]
# "My sincere gratitude to ...": the possessive the pronouns of the speaker's state lack
_MY = re.compile(r"(?<!\w)(?:my|мо[йяеё]|мою)(?!\w)", re.I)


def says_why(toks: list[Token], hit: Hit) -> bool:
    """Whether a trigger of thanks is "thanks to" or "благодаря": a cause, not thanks given
    ("grew thanks to Uzbekistan's railway")."""
    word = toks[hit.i].text.lower()
    after = toks[hit.i + 1].text.lower() if hit.i + 1 < len(toks) else ""
    return word == "благодаря" or (word == "thanks" and after == "to")


def courtesies(
    analysis: Analysis,
    s: int,
    e: int,
    turn: Turn | None,
    states: dict[str, GazEntry],
) -> list[tuple[Hit, list[GazMatch], list[GazMatch], _Kind]]:
    """The trigger, speaker, addressee and kind (``thanked`` or ``congratulated``) of thanks
    or congratulations told in the sentence ``[s, e)``, else an empty list."""
    text = analysis.text
    out: list[tuple[Hit, list[GazMatch], list[GazMatch], _Kind]] = []
    # the word, what its reason follows, the Kazakh case of the one addressed
    kinds: tuple[tuple[re.Pattern[str], re.Pattern[str], str, _Kind], ...] = (
        (_THANKS, _FOR, "dat", "thanked"),
        (_CONGRATULATES, _ON, "acc", "congratulated"),
    )
    found = [
        (w, reason, case, kind)
        for words, reason, case, kind in kinds
        if (w := words.search(text, s, e))
    ]
    if not found or text[s:e].rstrip().endswith("?"):
        return out  # most sentences thank and congratulate nobody: the cheap test first
    # the sentence's names, words and Kazakh cases, read once for both kinds
    names = analysis.known_names_in(s, e)
    toks = analysis.tokens_in(s, e)
    cases = _kazakh_cases(toks, names) if tokens_language(toks) == "kk" else None
    for word, reason, case, kind in found:
        speaker = _speaker(analysis, s, e, word, names, turn, states, cases)
        if speaker is None:
            continue
        own = set(speaker.entry.actor_codes)
        addressed = [
            m
            for m in _addressed(text, e, word, names, speaker, cases, reason, case)
            if m.entry.code not in own
        ]
        if addressed:
            hit = hit_over(toks, word.start(), word.end(), EventType.SUPPORT)
            out.append((hit, [speaker], addressed, kind))
    return out


def _speaker(
    analysis: Analysis,
    s: int,
    e: int,
    word: re.Match[str],
    names: list[GazMatch],
    turn: Turn | None,
    states: dict[str, GazEntry],
    cases: dict[int, str] | None,
) -> GazMatch | None:
    """Who thanks or congratulates: the sentence's first name in the nominative or the genitive
    (Kazakh, by its ``cases``) or the last name before the word, else the state an official's
    "I" or "we" speaks for."""
    text = analysis.text
    before = [m for m in names if m.end <= word.start()]
    if cases is not None:
        # or the possessor of the subject: "Ауғанстанның ... басшысы ... алғыс білдірді"
        before = [m for m in before if cases.get(m.start) in ("nom", "gen")][:1]
    if before:
        return before[-1]
    own = answering_state(turn, states)
    if own is not None and (
        # an official's own thanks: "I", "we", "my", "our" (the state they speak for)
        FIRST_PERSON.search(text, s, min(e, word.end() + 40))
        or _MY.search(text, s, min(e, word.end() + 40))
        or (cases is not None and _KK_FIRST.match(text, word.start(), e))
    ):
        return GazMatch(word.start(), word.start(), "", own)
    return None


def _addressed(
    text: str,
    e: int,
    word: re.Match[str],
    names: list[GazMatch],
    speaker: GazMatch,
    cases: dict[int, str] | None,
    reason: re.Pattern[str],
    case: str,
) -> list[GazMatch]:
    """Who is addressed: the names after the word up to its ``reason`` (and the clause's end);
    in Kazakh, the last name in the ``case`` before the word that is not the speaker's."""
    if cases is not None:
        own = set(speaker.entry.actor_codes)
        before = [
            m
            for m in names
            if speaker.end <= m.start
            and m.end <= word.start()
            and not set(m.entry.actor_codes) <= own
            and cases.get(m.start) == case
        ]
        return before[-1:]
    stop = e
    for pattern in (reason, _BREAK):
        found = pattern.search(text, word.end(), stop)
        if found is not None:
            stop = found.start()
    return [m for m in names if word.end() <= m.start and m.end <= stop]


def _kazakh_cases(toks: list[Token], names: list[GazMatch]) -> dict[int, str]:
    """The Kazakh case of each name (``kazakh_cases``), by where the name starts."""
    placed = placed_in(toks, names)
    cases, _ = kk_cases([t.text.lower() for t in toks], placed)
    return {placed[k][2].start: case for k, case in cases.items()}
