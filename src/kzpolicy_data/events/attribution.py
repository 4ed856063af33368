"""Who states a position told before its speech verb: "CONTENT, says Japanese Ambassador",
"CONTENT, — заявил министр иностранных дел Казахстана", "CONTENT, — деді Тоқаев".

Headlines and leads put the position first and its speaker after the verb. Read left to right,
the content's first actor looks like the one who speaks ("Kazakhstan's role is growing in
Tokyo's strategic outlook, says Japanese Ambassador" is Japan's statement about Kazakhstan, not
Kazakhstan's). The guide makes the speaker's state the source of a ``kzp:STATEMENT`` and what it
is about the recipient: so where the verb follows a comma or a dash and an actor follows the verb
closely, that actor is the source and the content's other actors are the recipients; praise as
the content ("X и Y – стратегические партнеры, отметил Токаев") is the speaker's ``SUPPORT``. A
content that tells another act ("Токаев совершит визит в Россию, сообщил Песков") is that act's
report, not a position, and keeps its roles; so does a speaker known only by a posting ("says
envoy to Seoul").
"""

from __future__ import annotations

import re

from ..codes import EventType
from ..nlp.gazetteer import GazMatch, besides
from ..nlp.morph import Token
from .lexicon import Hit
from .roles import Roles

__all__ = ["postposed_speaker"]

# What stands between the content and its speech verb: a comma, a dash, a closing quote.
_BEFORE_VERB = re.compile(r"^[\s\"'»”“]*[,—–-][\s,—–-]*$")
# The speaker's actor comes within a title's words of the verb ("says Kazakhstan's Deputy
# Foreign Minister", "заявил первый заместитель министра иностранных дел Казахстана").
_SPEAKER_WORDS = 7
# Praise as a title given, whose subject is the praised ("Kazakhstan is a reliable partner").
_TITLE = re.compile(
    r"(?:partner|all(?:y|ies)|friend|партн[её]р|союзни|друг|серіктес|одақтас)", re.I
)
# A posting names where the speaker serves, not whose they are: "envoy to Seoul", "посол в Москве".
_POSTED = {"to", "in", "at", "в", "во", "на", "к"}


def postposed_speaker(
    text: str, toks: list[Token], hits: list[Hit], roles: list[Roles], actors: list[GazMatch]
) -> tuple[list[Roles], int | None]:
    """The roles of the sentence's triggers where a statement's speaker follows its verb, and
    the trigger to drop: a statement whose content is praise ("X и Y – стратегические
    партнеры, отметил Токаев") is that praise, ``SUPPORT`` by the speaker (the corpus's
    convention), not a statement besides it (its index, else None)."""
    n = next((n for n, h in enumerate(hits) if _postposed(text, toks, h)), None)
    if n is None:
        return roles, None
    before = [k for k in range(n) if hits[k].j <= hits[n].i]
    told = {EventType.SUPPORT, EventType.KZP_STATEMENT}
    if any(hits[k].trigger.type not in told for k in before) or any(
        roles[k].source
        for k in before
        if hits[k].trigger.type == EventType.SUPPORT
        and not any(_TITLE.match(t.text) for t in toks[hits[k].i : hits[k].j])
    ):
        # praise done by someone ("Токаев похвалил Россию, сообщил Песков") is that one's
        # act, reported; a title given ("Kazakhstan is a reliable partner, said X") is X's
        return roles, None
    hit = hits[n]
    verb_end = toks[hit.j - 1].end
    limit = toks[min(hit.j + _SPEAKER_WORDS, len(toks)) - 1].end
    after = [m for m in actors if verb_end <= m.start < limit]
    if not after:
        return roles, None
    speaker = after[0]
    at = next((k for k, t in enumerate(toks) if t.end > speaker.start), hit.j)
    if at > hit.j and toks[at - 1].text.lower() in _POSTED:
        return roles, None
    content_end = toks[hit.i - 1].end
    about = besides([m for m in actors if m.end <= content_end], set(speaker.entry.actor_codes))
    out = list(roles)
    for k in [*before, n]:
        r = roles[k]
        out[k] = Roles([speaker], list(about), r.nested, r.pred, r.anchor)
    praise = any(hits[k].trigger.type == EventType.SUPPORT for k in before)
    return out, n if praise else None


def _postposed(text: str, toks: list[Token], hit: Hit) -> bool:
    """Whether ``hit`` is a speech verb after its content: a comma or a dash before it."""
    return (
        hit.trigger.type == EventType.KZP_STATEMENT
        and hit.i > 0
        and hit.j < len(toks)
        and _BEFORE_VERB.match(text[toks[hit.i - 1].end : toks[hit.i].start]) is not None
    )
