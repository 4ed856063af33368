"""Who did what to whom without the parser: roles from word order and prepositions.

English is SVO: the source is the actor chain before the trigger not governed by a preposition
("Kazakhstan's Foreign Ministry condemned"), the recipients follow it as objects or after
"with/to/on/against/from". Kazakh roles come from case endings (``kazakh_cases.kk_roles``);
Russian ones from the parse, or from word order where one trigger meets one actor
(``roles.one_actor_roles``).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..codes import EventType
from ..nlp.gazetteer import GazMatch
from ..nlp.morph import Token
from .kazakh_cases import kk_roles
from .lexicon import Hit
from .roles import PLACE_SOURCE, Roles

__all__ = ["linear_roles", "placed_in"]

_EN_OBJ_PREPS = {"with", "to", "on", "against", "from", "toward", "towards", "upon", "between"}
_EN_NOT_SUBJ = {
    "in",
    "at",
    "to",
    "with",
    "from",
    "on",
    "of",
    "for",
    "by",
    "against",
    "between",
    "into",
    "toward",
    "towards",
    "near",
    "about",
    "across",
    "than",
    "through",
}
_EN_STOP = {
    "for",
    "about",
    "regarding",
    "that",
    "because",
    "which",
    "who",
    "while",
    "after",
    "before",
    "since",
    "during",
    "if",
    "when",
    "as",
    "over",
    "of",
}
_TRIPS = ("visit", "trip")
_ARRIVED = {"arrived", "arrives", "arrive", "arriving"}
_MOTION = {"went", "go", "goes", "going", "travelled", "traveled", "came", "flew", "headed"}
# Lower-case words inside a titled name ("Minister of Foreign Affairs", "H.E. Mr.").
_TITLED = {"of", "for", "and", "the", "mr", "ms", "mrs", "h", "e", "dr"}
_EN_SETTING = {"in", "at", "near", "across", "around"}
_EN_BE = {"was", "were", "been", "being", "is", "are", "be"}
_EN_SUBORDINATE = {"if", "when", "although", "though", "while", "after", "before", "once", "unless"}
# Words that open the clause a trigger's subject is sought in ("... are likely to top the agenda
# when Uzbek president Islam Karimov visits ..."): never a preposition ("after", "before").
_CLAUSE_OPENERS = {"that", "if", "when", "because", "although", "though", "whereas", "unless"}


def placed_in(toks: list[Token], actors: list[GazMatch]) -> list[tuple[int, int, GazMatch]]:
    """Token range ``[i, j)`` of each actor."""
    out = []
    for m in actors:
        ids = [n for n, t in enumerate(toks) if t.start < m.end and m.start < t.end]
        if ids:
            out.append((ids[0], ids[-1] + 1, m))
    return out


def linear_roles(
    toks: list[Token], hits: list[Hit], actors: list[GazMatch], lang: str, text: str = ""
) -> list[Roles]:
    placed = placed_in(toks, actors)
    words = [t.text.lower() for t in toks]
    if lang == "en":
        # "If Iran strikes the UAE, Kazakhstan will condemn it": each clause has its own roles
        cut = len(words)
        if words and words[0] in _EN_SUBORDINATE:
            cut = next(
                (k for k in range(1, len(toks)) if "," in text[toks[k - 1].end : toks[k].start]),
                len(words),
            )
        out = []
        caps = [t.text[:1].isupper() for t in toks]
        comma = [k > 0 and "," in text[toks[k - 1].end : toks[k].start] for k in range(len(toks))]
        for n, h in enumerate(hits):
            lo, hi = (0, cut) if h.i < cut else (cut, len(words))
            own = [p for p in placed if lo <= p[0] < hi]
            out.append(_en(_Clause(words, caps, hits, own, comma), h, n))
        return out
    return [kk_roles(words, h, n, hits, placed) for n, h in enumerate(hits)]


def _en_prep(words: list[str], i: int) -> str:
    """The preposition governing the phrase at ``i`` (skipping articles and adjectives)."""
    k = i - 1
    while k >= 0 and (
        words[k] in ("the", "a", "an", "its", "their", "his", "her")
        or (k > 0 and words[k - 1] in ("the", "a", "an") and words[k] not in _EN_NOT_SUBJ)
    ):
        k -= 1
    return words[k] if k >= 0 else ""


@dataclass(frozen=True)
class _Clause:
    """An English clause: its lowercased words, which are capitalised, its triggers, the
    token range of each actor in it, and which words follow a comma."""

    words: list[str]
    caps: list[bool]
    hits: list[Hit]
    placed: list[tuple[int, int, GazMatch]]
    comma: list[bool]


def _en(c: _Clause, h: Hit, n: int) -> Roles:
    """English roles of the trigger ``h`` (the ``n``-th of the clause): the subject before it,
    the objects after it."""
    words, hits, placed = c.words, c.hits, c.placed
    roles = Roles(pred=h.i, anchor=h.i)
    lo, src, early = _en_subject(c, h, n)
    rec = _en_objects(words, h, n, hits, placed, roles, src, early)
    if not src and words[h.i].startswith(_TRIPS):
        # "the visit of the Japanese Prime Minister to Kazakhstan", "the visit to Baku by
        # President Tokayev": the visitor is after "of" right after the trigger, or after "by"
        by = next((k for k in range(h.j, min(len(words), h.j + 8)) if words[k] == "by"), -1)
        at = h.j if h.j < len(words) and words[h.j] == "of" else by
        to = next((k for k in range(at + 1, len(words)) if words[k] in ("to", "in")), len(words))
        src = [m for i, _, m in placed if at >= 0 and at < i < to and m in rec]
        rec = [m for m in rec if m not in src]
    if src and not rec and words[h.i].startswith(_TRIPS):
        # "is on an official visit in Japan", "was in Washington on a visit": where a visitor
        # is is the host (the one state after "in" in the clause)
        there = {
            m.entry.code: m for i, _, m in placed if m not in src and _en_prep(words, i) == "in"
        }
        rec = list(there.values()) if len(there) == 1 else rec
    if not rec and words[h.i].startswith(_TRIPS):
        # "In September 2019, I went to China to pay a state visit": where the visitor went
        # before the trip's noun hosts it (the visitor may be the speaker's "I")
        went = {
            m.entry.code: m
            for i, _, m in placed
            if m not in src
            and lo <= i < h.i
            and _en_prep(words, i) == "to"
            and _MOTION & set(words[max(lo, i - 3) : i])
        }
        rec = list(went.values()) if len(went) == 1 else rec
    if n + 1 < len(hits) and hits[n + 1].i - h.j <= 4 and not rec:
        roles.nested.append(n + 1)
    if "received" in words[lo : h.i] or "receive" in words[lo : h.i]:
        src, rec = rec, src  # "Astana has received no demands from Washington"
    elif set(words[max(lo, h.i - 2) : h.j]) & _EN_BE:
        # the passive: "The decision was agreed upon by the leaders of ...", "Kazakhstan was
        # recognised by Turkey": the agent after "by" acts, the subject undergoes
        by = next((k for k in range(h.j, len(words)) if words[k] == "by"), len(words))
        agents = [m for i, _, m in placed if i > by and m in rec]
        if agents:
            src, rec = agents, [*src, *(m for m in rec if m not in agents)]
    roles.source = src
    roles.recipient = [m for m in rec if m not in src]
    return roles


def _en_subject(c: _Clause, h: Hit, n: int) -> tuple[int, list[GazMatch], list[GazMatch]]:
    """Where the trigger's clause starts, its subject (the nearest actors before the trigger,
    not after a preposition, or a possessor "Kazakhstan's") and the objects of a verb before
    the trigger ("provided Uzbekistan")."""
    words, hits, placed, caps = c.words, c.hits, c.placed, c.caps
    kind = h.trigger.type
    prev_end = hits[n - 1].j if n else 0
    lo = max(prev_end, max((k + 1 for k in range(h.i) if words[k] in _CLAUSE_OPENERS), default=0))
    hosts: list[GazMatch] = []
    if words[lo + 1 : lo + 4] == ["the", "invitation", "of"] and words[lo] in ("at", "on", "upon"):
        # "At the invitation of President Tokayev, Xi will attend": the fronted inviter hosts
        cut = next((k for k in range(lo + 4, h.i) if c.comma[k]), None)
        if cut is not None:
            hosts = [m for i, j, m in placed if lo <= i and j <= cut]
            lo = cut
    if kind == EventType.CONSULT and h.i >= 2 and words[h.i - 1] == "s":
        # "after Prime Minister Modi's visit": the visitor is the possessor, not the clause's
        # subject ("Kazakhstan is India's partner ... after Modi's visit"); a possessor the
        # gazetteer does not know leaves the source unnamed, unless the titles before the
        # name say whose ("Japanese Prime Minister Mr. Shinzo Abe's visit")
        owner = h.i - 2
        while owner > lo and h.i - owner < 9 and (caps[owner - 1] or words[owner - 1] in _TITLED):
            owner -= 1
        return lo, [m for i, j, m in placed if i >= owner and j <= h.i - 1][-1:], []
    before = [(i, j, m) for i, j, m in placed if j <= h.i and i >= lo]
    src: list[GazMatch] = []
    early: list[GazMatch] = []
    last = -1
    cities: dict[int, str] = {}  # the preposition of the capital ending at each token
    for i, j, m in before:
        prep = _en_prep(words, i)
        if c.comma[i] and i in cities and m.entry.kind == "country":
            # "his visit to Astana, Kazakhstan": the country set off after its capital shares
            # the capital's preposition (it is where, not who)
            prep = cities[i]
        if m.entry.kind == "capital":
            cities[j] = prep
        joined = last < 0 or set(words[last:i]) <= {"and", "s", "the", "of", ","}
        if prep in _EN_SETTING and kind in PLACE_SOURCE:
            src.append(m)
        elif prep not in _EN_NOT_SUBJ and (joined or not src):
            src.append(m)
            last = j
        elif prep == "of" and not src and _office_of(c, i, lo):
            src.append(m)  # "The President of the German Bundesrat visited Kazakhstan"
            last = j
        elif src and prep not in _EN_SETTING:
            early.append(m)
        elif (
            src
            and prep == "in"
            and words[h.i].startswith(_TRIPS)
            and _ARRIVED & set(words[i - 3 : i])
        ):
            # "Xi Jinping arrived in Astana on a state visit": where the visitor arrived hosts
            early.append(m)
    if not src and n and hits[n - 1].j >= h.i - 1:
        src = []
    nominal_source = [
        m
        for i, j, m in placed
        if j <= h.i and j + 1 >= h.i - 1 and j < len(words) and words[j] == "s"
    ]
    if nominal_source and not src:
        src = nominal_source[-1:]
    return lo, src, early + [m for m in hosts if m not in src]


# Heads of a subject that is someone "of" a state ("Deputy Minister of Foreign Affairs of Vietnam").
_OFFICES = {
    *("president", "minister", "ambassador", "head", "chairman", "speaker", "delegation"),
    *("secretary", "envoy", "representative", "representatives", "leader", "leaders"),
}


def _office_of(c: _Clause, i: int, lo: int) -> bool:
    """Whether the actor at ``i`` ends an office "of" it that opens the clause: a title or a
    capitalised name before "of", and nothing but titles and names back to the clause's start
    or to the comma after a fronted adverbial ("On February 24-25, the Chairman of ... of
    Kyrgyzstan made a visit"; "At the invitation of the President of ..." is not)."""
    words, caps = c.words, c.caps
    k = max((k for k in range(max(lo, i - 3), i) if words[k] == "of"), default=-1)
    if k <= lo or not (caps[k - 1] or words[k - 1] in _OFFICES):
        return False
    while (
        k > lo
        and not c.comma[k]  # "Sheikh Khaled bin Mohamed, Crown Prince of Abu Dhabi, visited"
        and (
            caps[k - 1]
            or words[k - 1] in _TITLED
            or words[k - 1] in _OFFICES
            or words[k - 1] in _HELD
        )
    ):
        k -= 1
    return (
        k == lo
        or words[k - 1] in ("and", *_EN_SUBORDINATE, "since")
        or c.comma[k]
        # "In 2006 the then Prime Minister of Japan ... visited": a year fronted without a comma
        or (words[k - 1].isdigit() and k >= 2 and words[k - 2] in ("in", "since"))
    )


# Words before an office that leave it the clause's subject ("since a President of ...", "the
# then Prime Minister of ...").
_HELD = {"a", "an", "then", "former", "new", "current"}


def _en_objects(
    words: list[str],
    h: Hit,
    n: int,
    hits: list[Hit],
    placed: list[tuple[int, int, GazMatch]],
    roles: Roles,
    src: list[GazMatch],
    early: list[GazMatch],
) -> list[GazMatch]:
    """The recipients after the trigger, up to the next trigger or a clause word; a place
    becomes the source (added to ``src``) of an event that takes its place as source, and a
    possessor's act is nested ("condemned Iran's strikes")."""
    kind = h.trigger.type
    nxt = hits[n + 1].i if n + 1 < len(hits) else len(words)
    if nxt < len(words) and hits[n + 1].trigger.type == kind and words[nxt - 1] == "s":
        # "Abe's visit to Kazakhstan and Nazarbayev's visit to Tokyo": another's act of the
        # same kind begins at the "and" before its possessor
        nxt = max((k for k in range(h.j, nxt) if words[k] == "and"), default=nxt)
    stop = next(
        (
            k
            for k in range(h.j, nxt)
            if (
                words[k] in _EN_STOP
                and kind != EventType.KZP_STATEMENT
                and not (kind == EventType.DEMAND and words[k] == "that")
                and (words[k] != "of" or (k + 1 < nxt and words[k + 1].endswith("ing")))
            )
            # "talks with the majors to improve its compliance with the OPEC+ quotas": what the
            # act is for is no party to it
            # (not what a statement says, nor a verb's own: "sought to strengthen ties with")
            or (
                words[k] == "to"
                and kind != EventType.KZP_STATEMENT
                and words[k + 1 : k + 2]
                and words[k + 1] in _PURPOSE
                and words[k - 1] not in _AIMED
            )
        ),
        nxt,
    )
    rec: list[GazMatch] = list(early)
    for i, j, m in placed:
        if h.i < i and j < h.j:  # inside a joined phrase: "attend the CSTO summit"
            rec.append(m)
            continue
        if not (h.j <= i < stop):
            continue
        prep = _en_prep(words, i)
        if prep in _EN_SETTING and kind != EventType.KZP_STATEMENT:
            if kind in PLACE_SOURCE and not src:
                src.append(m)
            elif kind == EventType.ASSAULT:
                rec.append(m)
            continue
        if j < len(words) and words[j] == "s" and n + 1 < len(hits) and hits[n + 1].i <= j + 3:
            roles.nested.append(n + 1)  # "condemned Iran's strikes"
            continue
        rec.append(m)
    return rec


_PURPOSE = {
    *("improve", "boost", "strengthen", "expand", "develop", "ensure", "promote", "deepen"),
    *("enhance", "explore", "address", "resolve", "settle", "increase", "reduce", "attract"),
}
_AIMED = {
    *("sought", "seeks", "seek", "aims", "aimed", "aim", "intended", "intends", "designed"),
    *("meant", "wants", "wanted", "hopes", "hoped", "helped", "helps", "help", "able"),
    *("potential", "opportunity", "opportunities", "way", "ways", "efforts", "is", "was"),
}
