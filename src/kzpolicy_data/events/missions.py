"""An embassy or a consulate opened, or to be opened: ``SUPPORT`` by the state whose mission it
is towards the state that hosts it, as the corpus codes it ("Hungary opened its Embassy in
Almaty", "the Embassy of Kazakhstan was opened in Addis Ababa", "открыли посольство Республики
Молдова в Астане", "Kazakhstan to open embassies in Ethiopia and South Africa": one event per
host); each state's mission in the other is one support by both.

The mission's state is the name bound to its noun ("Kazakh embassy", "Embassy of Kazakhstan",
"посольство Казахстана", "Қазақстанның ... елшілігі"), else the subject before the opening verb
("Hungary opened its Embassy"), else, for "our embassy", the state the speaker of the answer
speaks for. The host is the place after "in"/"в"/"to" ("in Brasilia", "в Грузии"), or a Kazakh
locative ("Мысырда"); a foreign state's mission with no place named is in Kazakhstan, the
country the corpus is about. Without both sides, or with one state on both, there is no event.
"""

from __future__ import annotations

import re

from ..codes import EventType
from ..nlp.analysis import Analysis
from ..nlp.gazetteer import GazEntry, GazMatch, country_entry
from ..records import Turn
from .lexicon import Hit, hit_over
from .speakers import answering_state

__all__ = ["opened_missions"]

_MISSION = re.compile(
    r"(?<![\w-])(?:embass(?:y|ies)|consulates?(?:-general)?|посольств\w*|генконсульств\w*|"
    r"консульств\w*|елшілі\w*|консулдығ\w*|консулдық\w*)(?![\w-])",
    re.I,
)
_OPENED = re.compile(
    r"(?<![\w-])(?:open(?:s|ed|ing)?|reopen(?:s|ed|ing)?|inaugurat\w*|откры\w*|откро\w*|"
    r"ашыл\w*|ашт\w*|ашу\w*|ашпақ\w*|ашады|ашамыз)(?![\w-])",
    re.I,
)
# How far the opening word may stand from the mission's noun, either side: further off, it
# opens something else ("«юрту» в Буче открыли", "the embassy ... is open to visitors").
_REACH = 45
# The mission's state bound to its noun: "of X" / a genitive after it, an adjective or a
# Kazakh genitive before it.
_OF_AFTER = re.compile(r"\s+(?:of\s+(?:the\s+)?)?$", re.I)
_ADJECTIVE_BEFORE = re.compile(
    r"\s+(?:(?:first|new|own|honorary|general|первое|новое|почетное|почётное|генеральное|"
    r"тұңғыш|жаңа)\s+)?",
    re.I,
)
# Where it opens: "in X", "в X", "to X" (a posting), the Kazakh locative.
_IN = re.compile(r"(?:\b(?:in|to|at|в|во)\s+(?:the\s+)?(?:\w+\s+){0,3})$", re.I)
# A Russian mission's noun in the genitive is opened only by the noun "открытие".
_GENITIVE = re.compile(r"(?:ства|ств)$", re.I)
# The mission itself opening something ("The Kazakhstan embassy in Qatar opened a photo
# exhibition", "посольство открыло выставку"): an active verb after the noun.
_ITSELF_OPENS = re.compile(r"^(?:opened|opens|открыло|открывает|ашты)$", re.I)
_PASSIVE = re.compile(r"(?<!\w)(?:was|were|been|be|is|are)(?!\w)", re.I)
# Missions coordinated in one clause: "... in Kuwait and the Kuwaiti Embassy".
_AND = re.compile(r"[^.;:!?]{0,40}\s(?:and|и|және)\s[^.;:!?]{0,20}", re.I)
_KK_LOCATIVE = re.compile(r"(?:да|де|та|те|нда|нде)(?:ғы|гі)?$", re.I)
_OURS = re.compile(r"(?<!\w)(?:we|our|мы|наш\w*|біз\w*)(?!\w)", re.I)


def opened_missions(
    analysis: Analysis, s: int, e: int, turn: Turn | None, states: dict[str, GazEntry]
) -> list[tuple[Hit, list[GazMatch], list[GazMatch]]]:
    """The trigger, source and recipient of each embassy or consulate opening told in the
    sentence ``[s, e)`` (one per mission and host), else an empty list."""
    text = analysis.text
    nouns = list(_MISSION.finditer(text, s, e))
    if not nouns or text[s:e].rstrip().endswith("?"):
        return []  # most sentences name no mission: the cheap test first
    names = analysis.known_names_in(s, e)
    toks = analysis.tokens_in(s, e)
    out: list[tuple[Hit, list[GazMatch], list[GazMatch]]] = []
    seen: set[tuple[str, str]] = set()
    opened: re.Match[str] | None = None
    for k, noun in enumerate(nouns):
        # each mission's own stretch: "the opening of the Kazakh Embassy in Kuwait and the
        # Kuwaiti Embassy in Kazakhstan" opens two, the second by the first's opening word
        lo = nouns[k - 1].end() if k else s
        hi = nouns[k + 1].start() if k + 1 < len(nouns) else e
        carried = opened if k and _AND.fullmatch(text, nouns[k - 1].end(), noun.start()) else None
        found = _opening(analysis, s, e, lo, hi, noun, names, turn, states, carried)
        opened = found[0] if found else None
        if found is None:
            continue
        opened, owner, hosts = found
        at, to = min(noun.start(), opened.start()), max(noun.end(), opened.end())
        hit = hit_over(toks, at, to, EventType.SUPPORT)
        for host in hosts:
            key = (owner.entry.code, host.entry.code)
            if key in seen:
                continue
            seen.add(key)
            mutual = next((n for n, o in enumerate(out) if o[1][0].entry.code == key[1]), None)
            if mutual is not None and out[mutual][2][0].entry.code == key[0]:
                # each state's mission in the other: one support both do, as ties set up are
                out[mutual] = (out[mutual][0], [out[mutual][1][0], owner], [])
            else:
                out.append((hit, [owner], [host]))
    return out


def _opening(
    analysis: Analysis,
    s: int,
    e: int,
    lo: int,
    hi: int,
    noun: re.Match[str],
    names: list[GazMatch],
    turn: Turn | None,
    states: dict[str, GazEntry],
    carried: re.Match[str] | None = None,
) -> tuple[re.Match[str], GazMatch, list[GazMatch]] | None:
    """The opening word (near ``noun``, else the one ``carried`` over from a mission it is
    coordinated with), the mission's state and its hosts, for the mission named by ``noun``
    (its stretch of the sentence ``[lo, hi)``), else None."""
    text = analysis.text
    opened = _OPENED.search(text, max(s, noun.start() - _REACH), min(e, noun.end() + _REACH))
    opened = opened or carried
    if opened is None:
        return None
    if (
        opened.start() > noun.end()
        and _ITSELF_OPENS.match(opened.group())
        and not _PASSIVE.search(text, noun.end(), opened.start())
    ):
        return None
    if _GENITIVE.search(noun.group()) and not opened.group().lower().startswith("открыти"):
        return None  # "открыли при поддержке посольства": only "открытие посольства" opens it
    owner = _owner(text, s, noun, opened, names, turn, states)
    if owner is None:
        return None
    own = set(owner.entry.actor_codes)
    hosts = [
        m
        for m in names
        if lo <= m.start < hi and _hosts(text, s, m) and not set(m.entry.actor_codes) <= own
    ]
    if not hosts and "KAZ" not in own and (home := country_entry("KAZ")) is not None:
        hosts = [GazMatch(noun.end(), noun.end(), "", home)]  # implied, printed nowhere
    return opened, owner, hosts


def _owner(
    text: str,
    s: int,
    noun: re.Match[str],
    opened: re.Match[str],
    names: list[GazMatch],
    turn: Turn | None,
    states: dict[str, GazEntry],
) -> GazMatch | None:
    """Whose mission it is: the name bound to the noun, else the subject before the opening
    word, else the speaker's state for "our"."""
    for m in names:
        if m.start >= noun.end() and _OF_AFTER.fullmatch(text, noun.end(), m.start):
            return m  # "Embassy of Kazakhstan", "посольство Республики Молдова"
    for m in names:
        if (
            m.end <= noun.start()
            and _ADJECTIVE_BEFORE.fullmatch(text, m.end, noun.start())
            and not _KK_LOCATIVE.search(m.surface)  # "Мысырдағы елшілігі": where, not whose
        ):
            return m  # "Kazakh embassy", "the first Kazakh embassy", "Қазақстан елшілігі"
    at = min(noun.start(), opened.start())
    before = [m for m in names if m.end <= at and not _hosts(text, s, m)]
    if before:
        return before[-1]  # "Hungary opened its Embassy", "Kazakhstan to open embassies"
    own = answering_state(turn, states)
    if own is not None and _OURS.search(text, s, noun.end()):
        return GazMatch(noun.start(), noun.start(), "", own)  # "we opened our embassy"
    return None


def _hosts(text: str, s: int, m: GazMatch) -> bool:
    """Whether the name is where something is: after "in"/"в"/"to", or a Kazakh locative."""
    return bool(_IN.search(text, max(s, m.start - 40), m.start)) or bool(
        _KK_LOCATIVE.search(m.surface)
    )
