"""Credentials presented: ``CONSULT`` by the envoy's state towards the state that receives them,
as the corpus codes it ("новый посол США вручил верительные грамоты Нурсултану Назарбаеву",
"Болгария елшісі ... сенім грамотасын тапсырды", "I presented my credentials to President
Nazarbayev").

The parse reads the giver of "вручил грамоты Токаеву" well, but not the envoy named in a noun
phrase ("церемония вручения верительных грамот президенту Латвии ... Послом Казахстана"), nor a
Kazakh sentence that has the head of state hand them ("Тоқаев АҚШ-тың ... елшісіне сенім
грамотасын тапсырды", a common slip for receiving them): the envoy is always the one sent, so
his state is the source. The envoy's state is the name bound to the envoy's word ("посол(ом)
Казахстана", "Ambassador of the Republic of South Africa", "Болгария елшісі", "new US
ambassador"), else, for "I"/"я"/"мен", the state the official answering speaks for. The
recipient is the other state or head of state the sentence names ("президенту Латвии",
"Трампу", "Назарбаевқа"), else Kazakhstan for a foreign envoy; an envoy of Kazakhstan with no
host named (or none found) gives no event.
"""

from __future__ import annotations

import re

from ..codes import EventType
from ..nlp.analysis import Analysis
from ..nlp.gazetteer import LOCATIVE, SENT_TO, GazEntry, GazMatch, country_entry
from ..records import Turn
from .lexicon import Hit, hit_over
from .speakers import FIRST_PERSON, answering_state

__all__ = ["presented_credentials"]

# "верительные грамоты" (not "доверительные"), "сенім грамотасы", "credentials".
_CREDENTIALS = re.compile(
    r"(?<![\w-])(?:верительн\w*\s+грамот\w*|сенім\s+грамота\w*|credentials)(?![\w-])", re.I
)
_ENVOY = re.compile(
    r"(?<![\w-])(?:посол|посл(?:а|у|ом|ы|ов|ам|ами|ах)|ambassadors?|envoys?|елші\w*)(?![\w-])",
    re.I,
)
# The envoy's state right after the word ("послом Казахстана", "Ambassador of the Republic of
# South Africa"), past the rank that may stand between ("Посол Чрезвычайный и Полномочный").
_AFTER = re.compile(
    r"\s+(?:of\s+(?:the\s+)?)?(?:(?:republic|kingdom|state|республики)\s+(?:of\s+(?:the\s+)?)?)?$",
    re.I,
)
# ... or before it, within a few words: "Болгария елшісі", "АҚШ-тың Астанадағы жаңа елшісіне",
# "new US ambassador", "the Kazakh ambassador"; never past a clause's end.
_BEFORE_REACH = 32
_CLAUSE = re.compile(r"[,;:()«»\"“”]")
_STATE_KINDS = ("country", "leader", "capital", "institution")


def presented_credentials(
    analysis: Analysis, s: int, e: int, turn: Turn | None, states: dict[str, GazEntry]
) -> list[tuple[Hit, list[GazMatch], list[GazMatch]]]:
    """The trigger, source and recipient of credentials presented in the sentence ``[s, e)``,
    else an empty list."""
    text = analysis.text
    told = _CREDENTIALS.search(text, s, e)
    if told is None or text[s:e].rstrip().endswith("?"):
        return []  # most sentences tell of no credentials: the cheap test first
    names = [m for m in analysis.known_names_in(s, e) if m.entry.kind in _STATE_KINDS]
    envoy = _envoys_state(text, s, e, names) or _speakers_state(text, s, e, turn, states, told)
    if envoy is None:
        return []
    own = set(envoy.entry.actor_codes)
    hosts = [m for m in names if m is not envoy and not set(m.entry.actor_codes) & own]
    if not hosts:
        home = country_entry("KAZ")
        if home is None or "KAZ" in own:
            return []
        hosts = [GazMatch(told.end(), told.end(), "", home)]  # implied, printed nowhere
    hit = hit_over(analysis.tokens_in(s, e), told.start(), told.end(), EventType.CONSULT)
    return [(hit, [envoy], hosts[:1])]


def _envoys_state(text: str, s: int, e: int, names: list[GazMatch]) -> GazMatch | None:
    """The state bound to the first envoy's word of the sentence that has one."""
    for word in _ENVOY.finditer(text, s, e):
        for m in names:
            if (
                m.start >= word.end()
                and _AFTER.fullmatch(text, word.end(), m.start)
                and m.entry.kind != "leader"  # "послу Токаеву"
                and not word.group().lower().startswith("елші")  # Kazakh: whose comes first
            ):
                return m  # "послом Казахстана", "Ambassador of the Republic of South Africa"
        before = [
            m
            for m in names
            if word.start() - _BEFORE_REACH <= m.end <= word.start()
            and not _CLAUSE.search(text, m.end, word.start())
            and not LOCATIVE.search(m.surface)  # where he is posted, not whose
            and not SENT_TO.search(text, max(s, m.start - 12), m.start)
            and m.entry.kind != "leader"
        ]
        if before:
            return before[-1]  # "Болгария елшісі", "new US ambassador"
    return None


def _speakers_state(
    text: str,
    s: int,
    e: int,
    turn: Turn | None,
    states: dict[str, GazEntry],
    told: re.Match[str],
) -> GazMatch | None:
    """The state an official answering in the first person speaks for ("I presented my
    credentials", "я вручил верительные грамоты")."""
    own = answering_state(turn, states)
    if own is None or FIRST_PERSON.search(text, s, e) is None:
        return None
    return GazMatch(told.start(), told.start(), "", own)
