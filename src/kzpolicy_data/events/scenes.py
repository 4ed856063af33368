"""Which triggers of a sentence tell an act: one phrase per act ("келісімге қол қойды", not
across a name), none for a gathering that only sets the scene of another act ("на полях
саммита ШОС", "ШЫҰ саммиті аясында", "Мәжіліс отырысында"), none for what talks or a deal are
about ("переговоры о сотрудничестве") or a call's content ("призвал сесть за стол
переговоров"), nor for help asked for. A visit is an act even where it sets the time of another.
"""

from __future__ import annotations

import re

from ..codes import EventType
from ..nlp.gazetteer import GazMatch
from ..nlp.morph import Token
from .lexicon import Hit, is_meeting

__all__ = [
    "MUTUAL",
    "content_dropped",
    "is_setting",
    "is_topic",
    "is_visit",
    "joined",
    "setting_cue",
]

# Acts two parties do together: talks, an agreement, cooperation.
MUTUAL = {EventType.CONSULT, EventType.AGREE, EventType.COOPERATE}

# Words that make a trigger the scene of another event, not an event ("на полях саммита ШОС").
# A relative pronoun after a cue opens a clause, whose act is no scene.
_RELATIVE = {"which", "whom", "который"}
_SETTING_BEFORE = {
    ("на", "поле"),
    ("в", "ход"),
    ("в", "рамка"),
    ("накануне",),
    ("sidelines", "of"),
    ("margins", "of"),
    ("during",),
    ("ahead", "of"),
    ("в", "период"),
}


_SETTING_AFTER = {"аясында", "кезінде", "барысында", "қарсаңында", "шеңберінде"}


# A sitting or a forum, in the locative or ablative (Kazakh) or after "на" (Russian): where
# something else was said or done, not a meeting between parties.
_SESSION_KK = re.compile(
    r"(?:отырыс|сессия|жиын|форум|пленар)\w*(?:да|де|та|те|нда|нде|нан|нен|дан|ден|тан|тен)$"
)
_SESSIONS = {"заседание", "сессия", "форум"}

_TOPIC_BEFORE = {"о", "об", "обо", "about"}


# A visit is an act of its own even where it sets the time of another ("накануне визита в
# Астану", "during the visit of X to Y", "сапары барысында"): the guide codes the visit too.
_VISIT_WORDS = ("визит", "госвизит", "поездк", "visit", "trip", "сапар", "іссапар")


def is_visit(toks: list[Token], h: Hit) -> bool:
    """Whether the trigger is a visit, a trip or a journey to the host ("arrived", "прибыл",
    "Астанаға жолға шықты"); a talk or a summit is not."""
    return h.trigger.type == EventType.CONSULT and toks[h.i].text.lower().startswith(
        (*_VISIT_WORDS, *_ARRIVALS)
    )


_ARRIVALS = ("arriv", "прибы", "приех", "посет", "посещ", "побыва", "жолға", "сапарға")


def is_setting(toks: list[Token], h: Hit) -> bool:
    if is_visit(toks, h):
        return False
    if is_meeting(toks, h):
        # talks or a meeting are an act between parties even where something else was said at
        # them ("в ходе переговоров с Лавровым заявил": the talks are coded too)
        return False
    if setting_cue(toks, h) is not None:
        return True
    lemmas = [t.lemma for t in toks]
    after = [t.text.lower() for t in toks[h.j : h.j + 3]]
    if _SESSION_KK.match(toks[h.j - 1].text.lower()):
        return True  # "Мәжіліс отырысында айтты": what was said at a sitting
    if lemmas[h.j - 1] in _SESSIONS and "на" in lemmas[max(0, h.i - 3) : h.i]:
        return True  # "выступая на пленарном заседании форума"
    return bool(set(after) & _SETTING_AFTER) or is_topic(toks, h)


def setting_cue(toks: list[Token], h: Hit) -> int | None:
    """Where a cue before the trigger that makes it a scene starts ("на полях", "в ходе",
    "during"), if there is one."""
    lemmas = [t.lemma for t in toks]
    for cue in _SETTING_BEFORE:
        n = len(cue)
        for k in range(max(0, h.i - n - 3), h.i - n + 1):
            # the cue's phrase ends at a name ("В рамках бизнес-форума Казахстан и Китай
            # подписали": the signing is no scene), not at an organisation's abbreviation
            if (
                tuple(lemmas[k : k + n]) == cue
                and not any(
                    t.text[:1].isupper() and not t.text.isupper() for t in toks[k + n : h.i]
                )
                # "during which the parties signed 15 documents": a clause of its own
                and lemmas[k + n] not in _RELATIVE
            ):
                return k
    return None


def is_topic(toks: list[Token], h: Hit) -> bool:
    """ "(договорились) о сотрудничестве": what is talked about; unlike a scene, the actors
    before it are not the scene's."""
    return bool(h.i) and toks[h.i - 1].text.lower() in _TOPIC_BEFORE


def joined(
    hits: list[Hit], toks: list[Token] | None = None, names: list[GazMatch] | None = None
) -> list[Hit]:
    """Adjacent triggers of one type are one phrase ("келісімге қол қойды", "signed an
    agreement"), unless a name stands between them ("саммита ШОС Токаев встретился": the
    summit and the meeting)."""
    out: list[Hit] = []
    for h in hits:
        if (
            out
            and out[-1].trigger.type == h.trigger.type
            and h.i - out[-1].j <= 2
            and not _name_between(out[-1], h, toks, names)
        ):
            out[-1] = Hit(out[-1].i, h.j, out[-1].trigger)
        else:
            out.append(h)
    return out


def _name_between(a: Hit, b: Hit, toks: list[Token] | None, names: list[GazMatch] | None) -> bool:
    if not toks or not names:
        return False
    lo, hi = toks[a.j - 1].end, toks[b.i].start
    return any(lo <= m.start < hi for m in names)


_OBJECT_OF = {
    (EventType.SANCTION, EventType.CONCEDE),
    (EventType.AGREE, EventType.RETREAT),
}
# What a deal or talks are about, when a preposition says so ("переговоры о сотрудничестве");
# "участвует в миротворческой миссии" is an act of its own.
_TOPIC_OF = {(EventType.COOPERATE, EventType.AGREE), (EventType.COOPERATE, EventType.CONSULT)}


_ABOUT = {"о", "об", "по", "on", "about", "of", "in"}
_BACKED = re.compile(r"support|backed|backing|поддерж|қолда", re.I)
_JOINING = re.compile(r"join|accession|вступ|присоедин|кір|қосыл", re.I)
_ASKING = {"просить", "попросить", "запросить", "обратиться", "requested", "request", "asked"}
_ABOUT_KK = {"туралы", "бойынша", "жөнінде", "саласындағы"}


def _topic(toks: list[Token], h: Hit, lang: str) -> bool:
    """The trigger is what something is about: "(соглашение с X) о сотрудничестве"."""
    if lang == "kk":
        return h.j < len(toks) and toks[h.j].text.lower() in _ABOUT_KK
    return h.i > 0 and toks[h.i - 1].text.lower() in _ABOUT


def content_dropped(hits: list[Hit], lang: str, toks: list[Token]) -> list[Hit]:
    """Talks or a deal a call asks for are its content ("призвал сесть за стол переговоров",
    "келіссөз үстеліне отыруға шақырды"): one DEMAND, not a CONSULT too. The content follows
    the verb in Russian and English and precedes it in Kazakh."""
    # "lifted its ban": the ban is what the concession is about, not a second event; "вышла из
    # соглашения", "withdrew from the agreement": the agreement is what is left, not agreed
    # "соглашение о сотрудничестве", "ынтымақтастық туралы келісім": what is agreed or talked
    # about, not a second act (the topic follows in Russian and English, precedes in Kazakh)
    hits = [
        h
        for n, h in enumerate(hits)
        if not (
            n
            and (
                (
                    (h.trigger.type, hits[n - 1].trigger.type) in _OBJECT_OF
                    and h.i - hits[n - 1].j <= 2
                )
                or (
                    (h.trigger.type, hits[n - 1].trigger.type) in _TOPIC_OF
                    and _topic(toks, h, lang)
                )
            )
        )
        and not (
            lang == "kk"
            and n + 1 < len(hits)
            and (h.trigger.type, hits[n + 1].trigger.type) in _TOPIC_OF
            and _topic(toks, h, lang)
        )
    ]
    # "supported Kazakhstan to join the mission", "поддержал вступление Казахстана в ВТО":
    # the joining backed is what the support is for, not a joining told as done
    hits = [
        h
        for n, h in enumerate(hits)
        if not (
            n
            and h.trigger.type == EventType.AGREE
            and hits[n - 1].trigger.type == EventType.SUPPORT
            and h.i - hits[n - 1].j <= 2
            and _BACKED.match(toks[hits[n - 1].i].lemma or toks[hits[n - 1].i].text.lower())
            and _JOINING.match(toks[h.i].lemma or toks[h.i].text.lower())
        )
    ]
    # "просить помощи у ОДКБ", "requested assistance": help asked for is not help given
    hits = [
        h
        for h in hits
        if not (
            h.trigger.type == EventType.AID
            and {t.lemma for t in toks[max(0, h.i - 2) : h.i]} & _ASKING
        )
    ]
    demands = [h.i for h in hits if h.trigger.type == EventType.DEMAND]
    if not demands:
        return hits
    if lang == "kk":
        return [h for h in hits if not (h.trigger.type in MUTUAL and h.i < max(demands))]
    return [h for h in hits if not (h.trigger.type in MUTUAL and h.i > min(demands))]
