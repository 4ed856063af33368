"""One sentence's candidate events: its triggers (``lexicon``), their roles (``roles`` from the
dependency parse for Russian, ``linear`` for Kazakh and English) and modality, as drafts that
``extract`` turns into events.

Which triggers tell an act is decided before (``scenes``). A trigger that takes another as its
object ("осудило удары Ирана") lends its actors to it; a reaction without a counterpart takes
the actor of the act it reacts to; a host's welcome and an invitation shape the visit they tell;
a visit to a named host and the talks held on it are two acts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..codes import EventType, Modality
from ..nlp.analysis import Analysis, SynToken
from ..nlp.gazetteer import GazMatch
from ..nlp.morph import Token, lemma
from ..records import Turn
from .attribution import postposed_speaker
from .lexicon import Hit, is_meeting, trigger_of
from .linear import linear_roles
from .modality import linear_modality, syntax_modality
from .roles import Roles, one_actor_roles, syntax_roles
from .scenes import MUTUAL, is_visit

__all__ = [
    "REACTIONS",
    "Draft",
    "actors_in",
    "cheap",
    "codes_of",
    "hosts",
    "mutual",
    "sentence_drafts",
]

_PRONOUNS = {"это", "этого", "его", "оны", "it", "this"}


@dataclass
class Draft:
    hit: Hit
    roles: Roles
    modality: Modality
    sentence: tuple[int, int]
    turn: Turn | None
    syntax: bool
    pronoun: bool = False


# "накануне визита", "ahead of the visit", "сапары қарсаңында": the visit is still to come.
_EVE_BEFORE = {("накануне",), ("ahead", "of"), ("on", "the", "eve", "of")}


def _on_the_eve(toks: list[Token], h: Hit, modality: Modality) -> Modality:
    if modality != Modality.ASSERTED or h.trigger.type != EventType.CONSULT:
        return modality
    lemmas = [t.lemma for t in toks]
    # the cue may stand before the visitor's titles and name ("Ahead of President Kassym-Jomart
    # Tokayev's official visit"), but not before a verb ("ahead of the vote, he visited")
    gap = 2 if toks[h.i].text.lower().endswith(("ed", "ил", "ила", "или")) else 8
    before = any(
        tuple(lemmas[k : k + len(cue)]) == cue
        and not any(t.text.lower().endswith("ed") for t in toks[k + len(cue) : h.i])
        for cue in _EVE_BEFORE
        for k in range(max(0, h.i - len(cue) - gap), h.i - len(cue) + 1)
    )
    after = any(t.text.lower() == "қарсаңында" for t in toks[h.j : h.j + 2])
    return Modality.FUTURE if before or after else modality


def _anchor(syn: list[SynToken], toks: list[Token], h: Hit) -> int:
    """The word of the parse that heads a trigger phrase (its verb, else its head noun, else
    its first word whose head is outside it)."""
    inside = _phrase(syn, toks, h)
    if not inside:
        return -1
    verbs = [n for n in inside if syn[n].pos in ("VERB", "AUX")]
    if verbs:
        return verbs[0]
    heads = [n for n in inside if syn[n].head not in inside] or inside
    # a noun phrase is headed by its noun, even where the parse makes its adjective the root
    # ("вручил в Акорде верительные грамоты")
    return next((n for n in heads if syn[n].pos in ("NOUN", "PROPN")), heads[0])


def _phrase(syn: list[SynToken], toks: list[Token], h: Hit) -> list[int]:
    """The words of the parse inside a trigger phrase."""
    start, end = toks[h.i].start, toks[h.j - 1].end
    return [n for n, t in enumerate(syn) if start <= t.start < end]


# Hosting a visit: the visitor acts, the host is the recipient (the guide).
_HOSTS = ("қабылда", "қарсы", "received", "hosted")  # "қарсы алды": welcomed the guest
# Russian "принять" hosts a guest named after it ("принял делегацию", "принял посла"), but not
# in "принял участие".
_HOST_LEMMA = "принять"


# A gathering someone hosts ("Modi hosted the India-Central Asia Summit", "Астана примет
# заседание Высшего евразийского экономического совета"): its host receives the others.
_GATHERING = ("summit", "session", "forum", "congress", "conference", "саммит", "заседани",
              "сесси", "форум", "съезд", "конгресс", "конференц")  # fmt: skip
_HOSTING = {"host", "hosts", "hosted", "hosting"}
_HOSTING_LEMMAS = {"принять", "принимать"}


def hosts(toks: list[Token], hit: Hit) -> bool:
    """Whether the trigger is a host's receiving its guest ("қабылдады", "қарсы алды",
    "received", "принял делегацию"), or a gathering that a word at most five before it says
    is hosted ("hosted the ... Summit", "примет заседание")."""
    first = toks[hit.i]
    if first.text.lower().startswith(_HOSTS):
        return True
    if first.text.lower().startswith(_GATHERING):
        return any(
            toks[k].text.lower() in _HOSTING
            or (toks[k].lemma in _HOSTING_LEMMAS and toks[k + 1].lemma != "участие")
            for k in range(max(0, hit.i - 5), hit.i)
        )
    return first.lemma == _HOST_LEMMA and hit.j - hit.i >= 2 and toks[hit.i + 1].lemma != "участие"


def _resolve_nested(drafts: list[Draft], toks: list[Token]) -> list[Draft]:
    """A reaction whose object is another event takes that event's actors as recipients; a
    trigger of the same type below another ("подписали соглашение") is the same event."""
    drop: set[int] = set()
    visits: list[tuple[Draft, Draft]] = []
    for d in drafts:
        for k in d.roles.nested:
            inner = drafts[k]
            if inner.hit.trigger.type == d.hit.trigger.type:
                drop.add(k)
                if (pair := _visit_and_talks(inner, d, toks)) is not None:
                    visits.append(pair)
                if not d.roles.recipient:
                    # "принял участие в саммите ОДКБ": the summit's organisation is the partner
                    d.roles.recipient = [
                        m
                        for m in [*inner.roles.source, *inner.roles.recipient]
                        if m not in d.roles.source
                    ]
                continue
            if d.hit.trigger.type in REACTIONS and not d.roles.recipient:
                parties = inner.roles.source
                if inner.hit.trigger.type in MUTUAL:
                    parties = [*inner.roles.source, *inner.roles.recipient]
                d.roles.recipient = [m for m in parties if m not in d.roles.source]
    for n, d in enumerate(drafts):
        # "If Iran strikes the UAE, Kazakhstan will condemn it": the pronoun is the event before
        if n and d.hit.trigger.type in REACTIONS and not d.roles.recipient and d.pronoun:
            d.roles.recipient = [m for m in drafts[n - 1].roles.source if m not in d.roles.source]
    kept = [d for n, d in enumerate(drafts) if n not in drop]
    # One event per referent in a sentence: "прибыл в Астану и провел переговоры" is one CONSULT
    # whose actors are both triggers'; a visit to a named host beside the talks is also its own.
    out: list[Draft] = []
    for d in kept:
        same = next(
            (
                o
                for o in out
                if o.hit.trigger.type == d.hit.trigger.type
                and o.modality == d.modality
                and (
                    not o.roles.source
                    or not d.roles.source
                    or set(o.roles.source) & set(d.roles.source)
                )
            ),
            None,
        )
        if same is None:
            out.append(d)
            continue
        if (pair := _visit_and_talks(same, d, toks)) is not None:
            visits.append(pair)
            if pair[1] is d:  # the merged draft is the talks; the visit is told apart
                out[out.index(same)] = same = replace(same, hit=d.hit)
        if not same.roles.source and hosts(toks, d.hit):
            # a host's welcome stands for the visit it ends ("сапармен барған Тоқаевты Моңғолия
            # қарсы алды"): its subject is the host, not the visitor (sides.complete_roles)
            out[out.index(same)] = d
            same, d_rest = d, same.roles.recipient
        elif not same.roles.source:
            same.roles.source = d.roles.source
            d_rest = d.roles.recipient
        else:
            d_rest = [*d.roles.source, *d.roles.recipient]
        codes = codes_of(same.roles.source)
        for m in d_rest:
            if m not in same.roles.recipient and not set(m.entry.actor_codes) <= codes:
                same.roles.recipient.append(m)
    return out + [v for pair in visits if (v := _the_visit(*pair)) is not None]


def _visit_and_talks(a: Draft, b: Draft, toks: list[Token]) -> tuple[Draft, Draft] | None:
    """A visit and talks told in one sentence ("во время визита в Душанбе провел переговоры",
    "прибывший в Астану Лавров провел переговоры"), the talks taking the visit's actors: the
    visit as it was read, and the talks."""
    for visit, talks in ((a, b), (b, a)):
        if is_visit(toks, visit.hit) and is_meeting(toks, talks.hit):
            roles = Roles(list(visit.roles.source), list(visit.roles.recipient))
            return replace(visit, roles=roles), talks
    return None


def _the_visit(visit: Draft, talks: Draft) -> Draft | None:
    """The corpus codes the visit too, to its host, made by the side that held the talks where
    the visit names nobody."""
    source = visit.roles.source or talks.roles.source
    codes = codes_of(source)
    host = [m for m in visit.roles.recipient if not set(m.entry.actor_codes) <= codes]
    if not source or not host:
        return None
    return replace(visit, roles=Roles(list(source), host))


# A state's name heading a research body's name is part of that name: "Kazakhstan Institute for
# Strategic Studies", "Казахстанского института стратегических исследований" (an expert body is
# no state; the Kazakh "... институты" is read by kazakh_cases).
_ORGANISATION = re.compile(
    r"\s+(?:[A-Z][\w-]*\s+)?(?:Institute|University|Cent(?:er|re)|Foundation|Academy)\b|"
    r"\s+(?:институт|университет|центр|фонд|академи)",
    re.I,
)


# An envoy's portfolio (`специальный представитель ЕС по Центральной Азии`, `EU Special
# Representative for Central Asia`, `Орталық Азия жөніндегі арнайы өкілі`): a region the office
# deals with, not a party to what its holder does.
_PORTFOLIO_BEFORE = re.compile(
    r"(?:представител\w*|посланник\w*|envoy|representative)\s+(?:[\w.-]+\s+){0,4}?"
    r"(?:по|for)\s+(?:the\s+)?$",
    re.I,
)
_PORTFOLIO_AFTER = re.compile(r"\s+жөніндегі\s+(?:[\w-]+\s+)?(?:өкіл|елші)", re.I)


def actors_in(analysis: Analysis, s: int, e: int, scene: set[tuple[int, int]]) -> list[GazMatch]:
    """The sentence's actors, without the organisation of a scene, names of research bodies, an
    envoy's portfolio and the place of a press dateline."""
    text = analysis.text
    return [
        m
        for m in analysis.known_names_in(s, e)
        if not any(lo <= m.start < hi for lo, hi in scene)
        and not _ORGANISATION.match(text, m.end, e)
        and not _addressed(text, m)
        and not _dateline(text, m, s)
        and not _PORTFOLIO_BEFORE.search(text, max(s, m.start - 80), m.start)
        and not _PORTFOLIO_AFTER.match(text, m.end, e)
    ]


# `VIETNAM, August 18 - HÀ NỘI — Kazakh President ...`, `ASTANA – ...`, `АСТАНА. KAZINFORM –`:
# the place a wire story was filed from, in capitals before its date, agency or dash, is where
# the story was written, not a party to its act.
_DATELINE_TAIL = re.compile(
    r"(?:,\s*[^\W\d_]+\.?\s+\d{1,2}(?:,\s*\d{4})?|,?\s*\d{1,2}\s+[^\W\d_]+(?:\s+\d{4})?|"
    r"\.\s+[^\W\d_a-zа-яё]{3,}(?:-[^\W\d_a-zа-яё]+)?)?"
    r"(?:\s*[-–—]\s*[^\W\d_a-zа-яё][^\W\d_a-zа-яё .]{1,30}?)?\s*[-–—]\s"
)


def _dateline(text: str, m: GazMatch, start: int) -> bool:
    surface = text[m.start : m.end]
    return (
        len(surface) >= 3
        and surface.isupper()
        and not text[start : m.start].strip(' \n\t"«“')
        and _DATELINE_TAIL.match(text, m.end) is not None
    )


# `Dear Mr. President,`, `Господин Президент,`: the guest addressed, not an actor of the act.
_ADDRESS = re.compile(
    r"(?:\b(?:Mr|Mister|Madam|Excellency)\.?|(?<!\w)(?:[Гг]осподин|[Уу]важаем\w+|[Құ]ұрметті))\s+$"
)


def _addressed(text: str, m: GazMatch) -> bool:
    return text[m.end : m.end + 1] == "," and bool(
        _ADDRESS.search(text, max(0, m.start - 20), m.start)
    )


def cheap(hits: list[Hit], actors: list[GazMatch]) -> bool:
    """One trigger and one actor: no parse needed to tell source from recipient."""
    return len(hits) == 1 and len(actors) == 1


def sentence_drafts(
    analysis: Analysis,
    s: int,
    e: int,
    lang: str,
    hits: list[Hit],
    turn: Turn | None,
    scene: set[tuple[int, int]],
) -> list[Draft]:
    text = analysis.text
    toks = analysis.tokens_in(s, e)
    actors = actors_in(analysis, s, e, scene)
    if lang == "ru" and cheap(hits, actors):
        roles = [one_actor_roles(toks, hits[0], actors[0])]
        mods = [linear_modality(toks, hits[0].i, hits[0].j, lang, hits[0].trigger.type)]
    elif lang == "ru":
        syn = analysis.syntax(s, e)
        anchors = [_anchor(syn, toks, h) for h in hits]
        keep = [n for n, a in enumerate(anchors) if a >= 0]
        hits, anchors = [hits[n] for n in keep], [anchors[n] for n in keep]
        phrases = [_phrase(syn, toks, h) for h in hits]
        roles = syntax_roles(syn, anchors, [h.trigger.type for h in hits], actors, phrases)
        lemmas = [lemma(t.text) for t in syn]
        sentence = text[s:e]
        mods = [syntax_modality(syn, a, lemmas, sentence, set(anchors) - {a}) for a in anchors]
    else:
        roles = linear_roles(toks, hits, actors, lang, text)
        mods = [
            linear_modality(
                toks, h.i, h.j, lang, h.trigger.type, n < len(hits) - 1, hits[n - 1].j if n else 0
            )
            for n, h in enumerate(hits)
        ]
    roles, said = postposed_speaker(text, toks, hits, roles, actors)
    words = [t.text.lower() for t in toks]
    mods = [_on_the_eve(toks, h, m) for h, m in zip(hits, mods, strict=True)]
    drafts = [
        Draft(h, r, m, (s, e), turn, lang == "ru", bool(_PRONOUNS & set(words[h.i - 3 : h.j + 3])))
        for h, r, m in zip(hits, roles, mods, strict=True)
    ]
    if said is not None:  # the statement is the praise before it: one act
        del drafts[said]
        for d in drafts:
            d.roles.nested = [k - (k > said) for k in d.roles.nested if k != said]
    return [_invitation(d, toks) if lang == "kk" else d for d in _resolve_nested(drafts, toks)]


# An invitation to come is the invitee's coming visit (the corpus's convention): "Ердоған
# Назарбаевты Анкараға шақырды" is CONSULT KAZ -> TUR, future; "бітімге шақырды" (called for
# peace) stays a demand.
_DATIVE = re.compile(r"(?:ға|ге|қа|ке|на|не)$", re.I)
_GENITIVE = re.compile(r"(?:ның|нің|дың|дің|тың|тің)$", re.I)
_COMING = ("сапар", "келу", "бару")


def _invitation(d: Draft, toks: list[Token]) -> Draft:
    if d.hit.trigger.type != EventType.DEMAND or not toks[d.hit.i].text.lower().startswith("шақыр"):
        return d
    own = codes_of(d.roles.source)
    guests = [m for m in d.roles.recipient if not set(m.entry.actor_codes) <= own]
    place = [m for m in d.roles.recipient if _DATIVE.search(m.as_read) and m not in guests]
    if d.roles.source and all(_GENITIVE.search(m.as_read) for m in d.roles.source):
        # `мен Сауд Арабиясының ... королі Салманды Қазақстанға шақырдым`: a genitive is no
        # subject, it owns the one invited; the dative is where they are invited
        place = [m for m in d.roles.recipient if _DATIVE.search(m.as_read)]
        guests = list(d.roles.source) if place else guests
    coming = any(t.text.lower().startswith(_COMING) for t in toks)
    if not guests or not (place or coming or any(_DATIVE.search(m.as_read) for m in guests)):
        return d
    host = place or d.roles.source
    hit = Hit(d.hit.i, d.hit.j, trigger_of(EventType.CONSULT))
    roles = Roles(source=guests, recipient=host, pred=d.roles.pred, anchor=d.roles.anchor)
    modality = d.modality if d.modality == Modality.NEGATED else Modality.FUTURE
    return Draft(hit, roles, modality, d.sentence, d.turn, d.syntax, d.pronoun)


def codes_of(matches: list[GazMatch]) -> set[str]:
    return {c for m in matches for c in m.entry.actor_codes}


# Reactions to another event take its actor as their counterpart ("осудило удары Ирана").
REACTIONS = {
    EventType.ACCUSE,
    EventType.SUPPORT,
    EventType.REJECT,
    EventType.DEMAND,
    EventType.THREATEN,
}


# Diplomatic relations are established by both states at once: support between two parties.
_DIPLOMATIC = ("диплом", "diplom")


def mutual(toks: list[Token], h: Hit) -> bool:
    """Whether the trigger ``h`` is an act two parties do together: talks, an agreement,
    cooperation, or diplomatic relations ("установление дипломатических отношений двух стран",
    "екі ел арасында дипломатиялық байланыс")."""
    if h.trigger.type in MUTUAL:
        return True
    return h.trigger.type == EventType.SUPPORT and any(
        t.text.lower().startswith(_DIPLOMATIC) for t in toks[h.i : h.j]
    )
