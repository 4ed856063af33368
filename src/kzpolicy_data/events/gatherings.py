"""Taking part in an organisation's gathering: "Путин примет участие в сессии Совета
коллективной безопасности ОДКБ", "will take part in the Astana SCO summit", "Тоқаев ШЫҰ
саммитіне қатысады".

The corpus codes attending a summit or a session of an organisation as ``CONSULT`` towards that
organisation (``IGO:SCO``), not towards the country whose city hosts it ("в Бишкеке", "Astana
SCO summit"); a visit to the host country told in the same sentence ("прибыл в Астану для
участия в саммите ШОС") is an act of its own, as the guide tells a visit and talks apart. Read
only where the sentence says someone takes part (a bare "саммит ШОС" is often the scene of
another act: "на полях саммита ШОС встретился с ...").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..codes import EventType
from ..nlp.gazetteer import GazMatch
from ..nlp.morph import Token
from .drafts import Draft
from .lexicon import is_meeting
from .roles import Roles
from .scenes import is_visit

__all__ = ["attended"]

_ATTEND = re.compile(r"участ|particip|attend|қатыс", re.I)
_PART = {"part", "participation"}
_GATHERING = re.compile(
    r"саммит|сесси|заседани|совет(?!ник)|съезд|форум|summit|session|meeting|council|forum|отырыс|кеңес|"
    r"жиын",
    re.I,
)
# how far an organisation may stand from its gathering's word: "саммит Шанхайской организации
# сотрудничества", "Summit of the Organization of Turkic States"; "SCO summit", "ШЫҰ саммиті"
_AFTER, _BEFORE = 6, 2


def attended(toks: list[Token], drafts: list[Draft], actors: list[GazMatch]) -> list[Draft]:
    """The drafts with an organisation's gathering that the sentence says someone attends
    as the recipient of their ``CONSULT`` (a visit kept, and the attendance added)."""
    if not any(d.hit.trigger.type == EventType.CONSULT for d in drafts) or not any(
        _takes_part(toks, k) for k in range(len(toks))
    ):
        return drafts  # (most sentences: no meeting told, or nobody takes part)
    igos = _gathering_igos(toks, actors)
    if not igos:
        return drafts
    codes = {m.entry.code for m in igos}
    out = []
    for d in drafts:
        if d.hit.trigger.type != EventType.CONSULT or is_meeting(toks, d.hit):
            out.append(d)
            continue
        source = [m for m in d.roles.source if m.entry.code not in codes]
        attend = Roles(source, list(igos), d.roles.nested, d.roles.pred, d.roles.anchor)
        if is_visit(toks, d.hit) and any(m.entry.code not in codes for m in d.roles.recipient):
            out.append(d)  # the visit to the host, and the attendance besides
        out.append(Draft(d.hit, attend, d.modality, d.sentence, d.turn, d.syntax, d.pronoun))
    return out


def _takes_part(toks: list[Token], k: int) -> bool:
    word = toks[k].text.lower()
    if word in ("take", "took", "taking", "takes"):
        return k + 1 < len(toks) and toks[k + 1].text.lower() in _PART
    return bool(_ATTEND.match(word))


def _gathering_igos(toks: list[Token], actors: list[GazMatch]) -> list[GazMatch]:
    """The organisations named as whose gathering it is, one match per organisation (one pass
    over the words: a long sentence of many names stays linear)."""
    n = len(toks)
    last = [-n - _AFTER] * (n + 1)  # last[k]: the last gathering word before word k
    for k, t in enumerate(toks):
        last[k + 1] = k if _GATHERING.match(t.text) else last[k]
    following = [2 * n + _BEFORE] * (n + 1)  # following[k]: the first one from word k on
    for k in range(n - 1, -1, -1):
        following[k] = k if _GATHERING.match(toks[k].text) else following[k + 1]
    ends = [t.end for t in toks]
    starts = [t.start for t in toks]
    out: dict[str, GazMatch] = {}
    for m in actors:
        if not m.entry.code.startswith("IGO"):
            continue
        first, after = bisect_right(ends, m.start), bisect_left(starts, m.end)
        if first >= after:
            continue
        if first - last[first] <= _AFTER or following[after] - (after - 1) <= _BEFORE:
            out.setdefault(m.entry.code, m)
    return list(out.values())
