"""Whom a position is about: the states and bodies a ``kzp:STATEMENT`` names besides its source.

The guide makes "the subject of a statement" its recipient. Where the reading of roles finds a
speaker but no one addressed ("Как подчеркнул Токаев, ООН нуждается в реформировании"), the
actors the sentence names besides the speaker's own are what the position is about. Not in a
sentence that tells another act: "Токаев совершит визит в Россию, сообщил Песков" reports the
visit, whose parties are no subject of the spokesman's (``attribution``). The recipients so read
are marked (``Roles.subject``): the confidence does not count them as a partner read.
"""

from __future__ import annotations

from ..codes import EventType
from ..nlp.analysis import Analysis
from .drafts import Draft, actors_in, codes_of

__all__ = ["add_subjects"]


def add_subjects(analysis: Analysis, d: Draft, triggers: int, scene: set[tuple[int, int]]) -> None:
    """Give a statement with a source and no recipient the actors its sentence names outside
    its ``scene`` (the gathering it was said at), where it is the sentence's one act
    (``triggers``: how many the sentence has)."""
    if (
        d.hit.trigger.type != EventType.KZP_STATEMENT
        or not d.roles.source
        or d.roles.recipient
        or triggers != 1
    ):
        return
    s, e = d.sentence
    own = codes_of(d.roles.source)
    d.roles.recipient = [
        m for m in actors_in(analysis, s, e, scene) if not set(m.entry.actor_codes) & own
    ]
    d.roles.subject = bool(d.roles.recipient)
