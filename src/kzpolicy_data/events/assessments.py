"""An official's own assessment of relations, in their answers: a statement without a verb.

Ambassadors and ministers asked about relations answer "Отношения между Казахстаном и Латвией
развиваются динамично", "Kazakh-Brazilian relations have been developing quite dynamically",
"Екі елдің ... достық қатынастары берік": no word says "stated", yet the guide codes an
official's stated position, and the corpus codes these as ``kzp:STATEMENT`` by the official's
state about the other party. Read only where the speaker is a state's official (an expert's
assessment is an opinion, not a state's position), in a sentence that tells no act of its own
(no trigger: a visit, a treaty or praise is coded as what it is) and asks nothing. The other
party is the state the sentence names; "our two countries" or "our relations" with none named
is Kazakhstan for a foreign official, and the state a Kazakh envoy is posted to.
"""

from __future__ import annotations

import re

from ..codes import EventType, TurnKind
from ..nlp.analysis import Analysis
from ..nlp.gazetteer import GazEntry, GazMatch, besides, country_entry, posted_to
from ..records import Speaker, Turn
from .lexicon import Hit, find_triggers, tokens_language, trigger_of

__all__ = ["assessment"]

# Relations, ties, friendship, partnership (not cooperation: a trigger of its own); not the
# prepositions "в отношении", "по отношению к" (regarding).
_RELATIONS = re.compile(
    r"(?<!\w)(?<!в\s)(?<!по\s)(?:отношени\w*|связ(?:и|ей|ям|ями|ях)|дружб\w*|партн[её]рств\w*|relations?|ties|"
    r"friendship|partnership|қарым-қатынас\w*|қатынас\w*|байланыс\w*|достық\w*|серіктестік\w*)"
    r"(?!\w)",
    re.I,
)
# Both sides told without a name: "между нашими странами", "our two countries", "екі ел".
_BOTH = re.compile(
    r"наш\w*\s+(?:дв\w+\s+)?(?:стран|государств|народ)|(?:дв\w+|обеих|обоих)\s+(?:стран|государств|"
    r"народ)|двусторонн|\bour\s+(?:two\s+)?(?:countries|nations|peoples|states)\b|"
    r"\b(?:two|both)\s+(?:countries|nations|peoples|states)\b|\bbilateral\b|екі\s+(?:ел|халық|"
    r"мемлекет)|екіжақты",
    re.I,
)

# "We have good relations", "наши отношения": the speaker's own state's relations, with the
# country the interview is given in.
_OURS = re.compile(r"(?<!\w)(?:we|our|мы|наш\w*|біздің)(?!\w)", re.I)


def assessment(
    analysis: Analysis,
    s: int,
    e: int,
    turn: Turn | None,
    speakers: dict[str, Speaker],
    states: dict[str, GazEntry],
) -> tuple[Hit, list[GazMatch], list[GazMatch]] | None:
    """The trigger, source and recipients of an official's assessment of relations in the
    sentence ``[s, e)`` of an answer (a sentence with no trigger of its own), else None."""
    if turn is None or turn.kind != TurnKind.ANSWER or turn.speaker_id not in states:
        return None
    text = analysis.text
    noun = _RELATIONS.search(text, s, e)
    if noun is None or text[s:e].rstrip().endswith("?"):
        return None
    own = states[turn.speaker_id]
    mine = set(own.actor_codes)
    others = besides(analysis.known_names_in(s, e), mine)
    if not others and (_BOTH.search(text, s, e) or _OURS.search(text, s, e)):
        speaker = speakers.get(turn.speaker_id)
        other = (
            country_entry("KAZ")
            if "KAZ" not in mine
            else posted_to(speaker.position or "")
            if speaker is not None
            else None
        )
        if other is not None:  # implied, printed nowhere (no actor text)
            others = [GazMatch(noun.end(), noun.end(), "", other)]
    if not others:
        return None
    toks = analysis.tokens_in(s, e)
    if find_triggers(toks, tokens_language(toks)):
        return None  # an act told ("this trip gave a new impetus to ..."), or a scene's
    i = next((k for k, t in enumerate(toks) if t.end > noun.start()), 0)
    source = GazMatch(noun.start(), noun.start(), "", own)  # the speaker, not printed here
    return Hit(i, i + 1, trigger_of(EventType.KZP_STATEMENT)), [source], others
