"""A state's independence recognised: ``SUPPORT`` by the state that recognised it towards the state
recognised, as the corpus codes it ("Korea was one of the first countries to recognize
Kazakhstan's independence", "Япония одна из первых признала независимость Республики
Казахстан", "тәуелсіздігімізді Түркия таныды", "The United States was the first country to
recognize Kazakhstan").

The ordinary reading finds "recognize" as a trigger of support, but an envoy's "was one of the
first to recognize our independence" has its recognised side only in "our", and a past told in
a copular clause ("X was the first country to ...") gives the parse no verb to hang the sides
on. Here the recognised state is the owner of the independence ("Kazakhstan's", "независимость
Казахстана", "Қазақстанның", "our" for the state an official speaks for, else Kazakhstan, the
corpus's subject), or the state right after the verb where the sentence tells it was among the
first; the recogniser is the last state named before the verb that is not the recognised one
(in Kazakh, the name nearest the verb), or the state behind an official's "we" or the "you" put
to one. "Recognized Kazakhstan's role", "признал, что" and "in recognition of" name no
independence and are left alone.
"""

from __future__ import annotations

import re

from ..codes import EventType
from ..nlp.analysis import Analysis
from ..nlp.gazetteer import GazEntry, GazMatch, country_entry
from ..records import Turn
from .lexicon import Hit, hit_over, tokens_language
from .speakers import answering_state, speaks_for

__all__ = ["recognised"]

_RECOGNISED = re.compile(
    r"(?<![\w-])(?:recogni[sz]\w*|признал\w*|признав\w*|признани\w*|призна[её]т|признают|"
    r"мойында\w*|таныды|таныған\w*|танып|таниды)(?![\w-])",
    re.I,
)
_INDEPENDENCE = re.compile(
    r"(?<![\w-])(?:independen\w*|sovereign\w*|независимост\w*|суверен\w*|тәуелсіздіг\w*|"
    r"егемендіг\w*|егемен)(?![\w-])",
    re.I,
)
# "one of the first to recognize Kazakhstan": recognising the state itself
_FIRST = re.compile(r"(?<![\w-])(?:first|перв\w+|алғаш\w*|бірінші\w*)(?![\w-])", re.I)
_REACH = 60
# "our independence", "нашу независимость", "тәуелсіздігімізді": the speaker's state's
_OUR = re.compile(r"(?<![\w-])(?:our|нашу|нашей|наша|наш|біздің)\s+$", re.I)
_OF_OURS = re.compile(r"\s+(?:of\s+our\s+country|нашей\s+страны|нашего\s+государства)", re.I)
_KK_OUR = re.compile(r"(?:імізді|ымызды|іміз|ымыз|імізге)$", re.I)


def recognised(
    analysis: Analysis,
    s: int,
    e: int,
    turn: Turn | None,
    states: dict[str, GazEntry],
    asked: dict[str, str] | None = None,
) -> list[tuple[Hit, list[GazMatch], list[GazMatch]]]:
    """The trigger, recogniser and recognised of a state's independence recognised in the
    sentence ``[s, e)``, else an empty list."""
    text = analysis.text
    verb = _RECOGNISED.search(text, s, e)
    if verb is None or text[s:e].rstrip().endswith("?"):
        return []  # most sentences recognise nothing: the cheap test first
    lo, hi = max(s, verb.start() - _REACH), min(e, verb.end() + _REACH)
    independence = _INDEPENDENCE.search(text, lo, hi)
    if independence is None and not _FIRST.search(text, s, verb.start()):
        return []
    names = [m for m in analysis.known_names_in(s, e) if not m.entry.code.startswith("IGO")]
    kazakh = tokens_language(analysis.tokens_in(s, e)) == "kk"
    recognised_ = _recognised_state(text, verb, independence, names, turn, states, kazakh)
    if recognised_ is None:
        return []
    other = set(recognised_.entry.actor_codes)
    before = [m for m in names if m.end <= verb.start() and not set(m.entry.actor_codes) <= other]
    recogniser = before[-1] if before else speaks_for(text, s, e, turn, states, asked)
    if recogniser is None or set(recogniser.entry.actor_codes) <= other:
        return []
    hit = hit_over(analysis.tokens_in(s, e), verb.start(), verb.end(), EventType.SUPPORT)
    return [(hit, [recogniser], [recognised_])]


def _recognised_state(
    text: str,
    verb: re.Match[str],
    independence: re.Match[str] | None,
    names: list[GazMatch],
    turn: Turn | None,
    states: dict[str, GazEntry],
    kazakh: bool,
) -> GazMatch | None:
    """Whose independence: the name bound to the independence word, "our", or the state right
    after the verb."""
    if independence is not None:
        at, to = independence.start(), independence.end()
        ours = _OUR.search(text, max(0, at - 12), at) or _OF_OURS.match(text, to)
        if ours or (kazakh and _KK_OUR.search(independence.group())):
            entry = answering_state(turn, states) or country_entry("KAZ")
            return None if entry is None else GazMatch(at, to, "", entry)
        for m in names:
            # "Kazakhstan's independence", "Қазақстанның тәуелсіздігін": right before it
            if m.end <= at and at - m.end <= 4:
                return m
            # "независимость Республики Казахстан" (not in Kazakh: its genitive comes first)
            if not kazakh and m.start >= to and m.start - to <= 12:
                return m
    # "recognize Kazakhstan as a sovereign state", "the first country to recognize Kazakhstan"
    # (not a bare office word: "the internationally recognized government" recognises no state)
    after = [
        m for m in names if m.start >= verb.end() and m.start - verb.end() <= 5 and not m.entry.bare
    ]
    return after[0] if after else None
