"""Who did what to whom, in Russian: roles from natasha's dependency parse.

The source is the subject (``nsubj``) of the trigger's verb: the trigger itself, or the verb that
governs a trigger noun ("провел переговоры", "нанес удары", "ввели санкции"), climbing through
"решил присоединиться" and participles ("прибывший в Астану Лавров провел..."). A trigger noun
that no verb carries ("осудило удары Ирана") takes its genitive ("Ирана") as the source. The
recipients are the objects and obliques of the verb and the noun ("с председателем КНР",
"Токаеву", "против компаний"), and the genitive chains, appositions and conjuncts below them.
Settings ("в Акорде", "на полях саммита") and topics ("о сотрудничестве", "за поставки в
Россию") are not participants. A sentence with one trigger and one actor is read from word order
instead (``one_actor_roles``): most are, and the parse costs more than NER.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..codes import EventType
from ..nlp.analysis import SynToken
from ..nlp.gazetteer import GazMatch
from ..nlp.morph import Token, parses
from .lexicon import Hit
from .sentence_tree import LOCATIVE, NOT_PARTICIPANT, SUBJ_RELS, SentenceTree

__all__ = [
    "AWAIT",
    "INVITATION",
    "PLACE_SOURCE",
    "VISITS",
    "Roles",
    "one_actor_roles",
    "syntax_roles",
]

_ARG_RELS = {"obj", "iobj", "obl", "nmod", "obl:agent"}
# Acts whose only named place is their source: a vote or a protest held there.
PLACE_SOURCE = {EventType.KZP_ELECTION, EventType.KZP_REFERENDUM, EventType.PROTEST}
# Being on a visit: the place one is at is the host ("находился с визитом в Берлине").
VISITS = {"визит", "госвизит", "поездка", "турне"}
# "по приглашению Си Цзиньпина": the host who invited, not a topic.
INVITATION = {"приглашение", "инициатива", "просьба"}
_ATTEND = {"участие", "участвовать"}  # "в саммите" is what one attends, not where
# An embassy's or a consulate's opening: where it opens hosts it.
_OPENING = {"открыть", "открытие", "открыться", "открываться"}
_RECEIVE = {"получить", "получать"}
_CONGRATULATE = {"поздравить", "поздравлять"}
_INVITE = {"пригласить", "приглашать"}
# Verbs whose object is an act they speak of, not one their subject does ("обсудили визит",
# "Акорда подтвердила визит главы КНР": the visit is the guest's).
_TOPIC_VERBS = {
    "обсудить", "обсуждать", "обсуждаться", "касаться", "рассмотреть", "подтвердить",
    "подтверждать", "анонсировать",
}  # fmt: skip
# Who awaits a visit is its host, not its doer ("в Москве ждут приезда Токаева"): the visit's
# genitive visits (and the visit is to come: ``modality``).
AWAIT = frozenset({"ждать", "ожидать"})
# Linking verbs: "ЕС стал крупнейшим инвестором в Казахстан" is the subject's economic tie; but
# "Германия является надёжным партнёром" is praise by whoever says it, not by Germany.
_LINKING = {"стать", "становиться", "являться", "оставаться", "остаться", "быть"}


@dataclass
class Roles:
    """Source and recipient actors of one trigger, and the triggers it takes as object."""

    source: list[GazMatch] = field(default_factory=list)
    recipient: list[GazMatch] = field(default_factory=list)
    nested: list[int] = field(default_factory=list)
    pred: int = 0
    anchor: int = 0
    # the recipients are only the states a position names, not read from how it is told (the
    # confidence does not count them as a partner)
    subject: bool = False


def syntax_roles(
    syn: list[SynToken],
    anchors: list[int],
    kinds: list[EventType],
    actors: list[GazMatch],
    phrases: list[list[int]] | None = None,
) -> list[Roles]:
    """Roles for each trigger (``anchors[n]`` is its head word in ``syn``, ``phrases[n]`` all
    its words)."""
    tree = SentenceTree.of(syn, anchors, actors)
    words = phrases or [[a] for a in anchors]
    return [
        _trigger_roles(tree, a, kind, phrase)
        for a, kind, phrase in zip(anchors, kinds, words, strict=True)
    ]


def _trigger_roles(
    t: SentenceTree, a: int, kind: EventType, phrase: list[int] | None = None
) -> Roles:
    """The roles of the trigger whose head word is ``a`` (and whose words are ``phrase``)."""
    syn, kids = t.syn, t.kids
    pred, light = _predicate(t, a, kind)
    roles = Roles(pred=pred, anchor=a)
    src, subj_node = _source(t, a, pred, light)
    blocked = set(t.reach(subj_node, set())) if subj_node is not None else set()
    args = [c for c in kids[pred] if c != a] + (kids[a] if pred != a else [])
    if pred == a:
        args = list(kids[a])
    # the other words of a phrase ("вручил верительные грамоты Токаеву") take arguments too
    inside = set(phrase or [a]) | {a, pred}
    args += [c for w in sorted(inside - {a, pred}) for c in kids[w] if c not in inside]
    recipient, src = _arguments(t, roles, a, pred, kind, args, blocked, src)
    if kind == EventType.ASSAULT:
        # "удары по объектам в ОАЭ": the targets on a state's territory are that state
        for c in args:
            prep = t.case(c)
            if prep in ("по", "против", "на"):
                for g in kids[c]:
                    if t.case(g) in LOCATIVE:
                        recipient.extend(t.actors_at(t.reach(g, blocked)))
    if kind == EventType.KZP_STATEMENT:
        # a position is about whatever it names, wherever it lies ("в Афганистане")
        # (but a locative on the verb itself is the scene: "в Центральной Азии ... выступил")
        recipient = t.actors_at(
            [
                n
                for c in args
                if c not in blocked and not (t.case(c) in LOCATIVE and _may_be_locative(syn[c]))
                for n in t.subtree(c)
            ]
        )
    h = syn[a].head
    if kind == EventType.CONSULT and pred == a and 0 <= h < len(syn) and t.lemmas[h] in AWAIT:
        # "в Москве ждут приезда Токаева", "Казахстан ждет визита Путина": who awaits hosts
        hosts = t.actors_at([n for c in kids[h] if c != a for n in t.reach(c, {a})])
        recipient = [*recipient, *(m for m in hosts if m not in src)]
    if light and t.lemmas[pred] in _INVITE and t.case(a) == "с":
        # "пригласил Си Цзиньпина с визитом в Казахстан": the invitee is who would come (the
        # guide's convention), to where the visit goes or else to the inviter
        objs = [c for c in kids[pred] if syn[c].rel == "obj"]
        invitee = t.actors_at([n for c in objs for n in t.reach(c, set())])
        ahead = [m for m in recipient if m not in invitee]
        src, recipient = invitee, ahead or src
    if t.lemmas[pred] in _RECEIVE:  # "получила требования от Вашингтона": roles swap
        giver = [c for c in args if t.case(c) == "от"]
        if giver:
            src, recipient = t.actors_at(t.reach(giver[0], set())), src
    roles.source = src
    roles.recipient = [m for m in dict.fromkeys(recipient) if m not in src]
    return roles


def _predicate(t: SentenceTree, a: int, kind: EventType | None = None) -> tuple[int, bool]:
    """The word whose arguments the trigger ``a`` takes, and whether that is a light verb
    governing a trigger noun ("провел переговоры", "нанес удары"), or a verb whose predicative
    it is ("назвал Казахстан надёжным партнёром"; after a linking verb only an economic tie:
    "стал крупнейшим инвестором в Казахстан")."""
    syn = t.syn
    h = syn[a].head
    light = (
        syn[a].pos in ("NOUN", "PROPN")
        and not (kind == EventType.CONSULT and _own_parties(t, a))
        and 0 <= h < len(syn)
        and syn[h].pos in ("VERB", "AUX")
        and h not in t.anchor_set
        and t.lemmas[h] not in _TOPIC_VERBS
        and t.lemmas[h] not in AWAIT
        and (
            syn[a].rel in ("obj", "nsubj", "nsubj:pass", "obl", "iobj")
            or (
                syn[a].rel == "xcomp"
                and (t.lemmas[h] not in _LINKING or kind == EventType.COOPERATE)
            )
        )
    )
    return (h if light else a), light


def _own_parties(t: SentenceTree, a: int) -> bool:
    """Whether the meeting noun names two parties or more in its genitive ("оценил переговоры
    Путина и Трампа"): the talks are theirs, not the subject's of the verb that carries them
    (the genitive of a criticism is its target: "воздержалась от критики действий США")."""
    genitives = [c for c in t.kids[a] if t.syn[c].rel == "nmod" and not t.case(c)]
    found = t.actors_at([n for g in genitives for n in t.reach(g, set())])
    return len({m.entry.actor_codes for m in found}) >= 2


def _congratulated(t: SentenceTree, a: int) -> list[GazMatch]:
    """Whom a trigger noun belongs to when it is what someone was congratulated on ("поздравил
    Путина с итогами встречи с Трампом"): the one congratulated, not the congratulator."""
    syn, k = t.syn, a
    for _ in range(4):  # up the chain of nouns: "с итогами встречи"
        h = syn[k].head
        if not 0 <= h < len(syn):
            return []
        if syn[k].rel == "obl" and t.case(k) == "с" and t.lemmas[h] in _CONGRATULATE:
            objs = [c for c in t.kids[h] if syn[c].rel == "obj"]
            return t.actors_at([n for c in objs for n in t.reach(c, set())])
        if syn[k].rel != "nmod":
            return []
        k = h
    return []


def _source(t: SentenceTree, a: int, pred: int, light: bool) -> tuple[list[GazMatch], int | None]:
    """The source of the trigger ``a`` and the subject word it was found at, if any: the
    predicate's subject, else a trigger noun's genitive, else what a participle qualifies."""
    syn = t.syn
    subj_node: int | None = None
    if light and syn[a].rel in SUBJ_RELS:
        src: list[GazMatch] = []
    elif syn[pred].pos in ("VERB", "AUX") or light:
        src, subj_node = t.subject(pred)
    else:
        src = []
    genitives = [c for c in t.kids[a] if syn[c].rel == "nmod" and not t.case(c)]
    # with no actor as the subject, a trigger noun's genitive acts: "Военные действия США ...
    # вызвали", and under a light verb whose subject is nobody's state too ("уделили внимание
    # визиту Токаева", "эксперты ожидают визита Путина")
    if not src and syn[a].pos in ("NOUN", "PROPN"):
        src = t.actors_at([n for g in genitives for n in t.reach(g, set())])
    if not src and pred == a and syn[a].pos in ("NOUN", "PROPN"):
        src = _congratulated(t, a)
    if not src and syn[a].pos not in ("NOUN", "PROPN") and syn[a].rel == "acl":
        src = t.actors_at([syn[a].head])
    return src, subj_node


def _arguments(
    t: SentenceTree,
    roles: Roles,
    a: int,
    pred: int,
    kind: EventType,
    args: list[int],
    blocked: set[int],
    src: list[GazMatch],
) -> tuple[list[GazMatch], list[GazMatch]]:
    """The recipients among the arguments, and the source (a domestic event's place when none
    was found); nested triggers among them are noted in ``roles``. Topics, reasons, times and
    settings are no participants."""
    syn = t.syn
    recipient: list[GazMatch] = []
    for c in args:
        rel = syn[c].rel
        if c in blocked or rel in SUBJ_RELS:
            continue
        if c in t.anchor_set:
            roles.nested.append(t.anchors.index(c))
            continue
        if rel not in _ARG_RELS:
            continue
        prep = t.case(c)
        locative = prep in LOCATIVE and syn[c].feats.get("Case") == "Loc"
        if prep in NOT_PARTICIPANT or prep.startswith("в ход"):
            continue
        if prep == "по" and kind == EventType.CONSULT and t.lemmas[c] not in INVITATION:
            continue  # "встреча по Сирии": what the talks are on, not who talks
        if prep == "из" and kind != EventType.RETREAT:
            continue
        if kind in PLACE_SOURCE and prep in ("внутри", "по всей", "по"):
            locative = True
        if locative and kind in PLACE_SOURCE:
            if not src:
                src = t.actors_at(t.reach(c, set()))
            continue
        attend = t.lemmas[a] in _ATTEND or t.lemmas[pred] in _ATTEND
        # where one is on a visit is whom one visits ("с визитом в Берлине"); where an embassy
        # or a consulate opens hosts it ("открыл посольство в Молдове")
        visit = t.lemmas[a] in VISITS or (
            kind == EventType.SUPPORT and (t.lemmas[a] in _OPENING or t.lemmas[pred] in _OPENING)
        )
        if (
            locative
            and kind != EventType.ASSAULT
            and not ((attend or visit) and prep in ("в", "во"))
        ):
            continue
        nodes = t.reach(c, blocked)
        nested = [n for n in t.kids[c] if n in t.anchor_set]
        roles.nested.extend(t.anchors.index(n) for n in nested)
        recipient.extend(t.actors_at(nodes))
    return recipient, src


def _may_be_locative(tok: SynToken) -> bool:
    """Whether a word after "в"/"на" can be the locative: pymorphy3's likeliest parse ignores
    the preposition ("в Центральной Азии" is read as a genitive)."""
    return tok.feats.get("Case") == "Loc" or any(
        str(p.tag.case) in ("loct", "loc2") for p in parses(tok.text)
    )


# Without the parse: one trigger and one actor in a sentence (``one_actor_roles``).

# What talks are on is no party to them ("переговоры по Сирии").
_ON: dict[EventType, tuple[str, ...]] = {EventType.CONSULT: ("по",)}
_RU_PREPS = {"в", "во", "на", "с", "со", "к", "ко", "по", "о", "об", "от", "для", "за", "из",
             "у", "при", "через", "против", "между", "внутри", "после", "до"}  # fmt: skip


# The office whose holder's state a visit's genitive names ("визит главы Узбекистана").
_RU_OFFICES = ("президент", "премьер", "министр", "глава", "лидер", "король", "канцлер",
               "делегаци", "госсекретар", "спикер", "председател", "посол", "эмир")  # fmt: skip


def _visitor(toks: list[Token], h: Hit, first: int) -> bool:
    """Whether the actor at token ``first`` is the genitive right after a visit noun, alone or
    after its holder's office ("визита Путина", "визит главы Узбекистана"): the visitor."""
    between = toks[h.j : first]
    return (
        toks[h.i].lemma in VISITS
        and first >= h.j
        and len(between) <= 2
        and all(t.lemma.startswith(_RU_OFFICES) for t in between)
    )


def one_actor_roles(toks: list[Token], h: Hit, actor: GazMatch) -> Roles:
    """Roles in a Russian sentence with one trigger and one actor, without the parser (most
    such sentences, and the parse costs more than NER): before the trigger and not in a
    prepositional phrase it is the source ("Ак Орда осудила", "решение Казахстана
    присоединиться"), after it the recipient, unless it is the scene ("в Москве"); a domestic
    event takes it as source wherever it is."""
    roles = Roles(pred=h.i, anchor=h.i)
    ids = [n for n, t in enumerate(toks) if t.start < actor.end and actor.start < t.end]
    if not ids:
        return roles
    first = ids[0]
    prep = toks[first - 1].text.lower() if first else ""
    if first and prep not in _RU_PREPS and first >= 2 and toks[first - 1].lemma not in _RU_PREPS:
        prep = toks[first - 2].text.lower() if toks[first - 2].text.lower() in _RU_PREPS else ""
    # "переговоры по Сирии" are on Syria; "по приглашению Си" names the host
    invited = first > 0 and toks[first - 1].lemma in INVITATION
    topic = () if invited else _ON.get(h.trigger.type, ())
    if h.trigger.type in PLACE_SOURCE or (first < h.i and prep not in _RU_PREPS):
        roles.source = [actor]
    elif _visitor(toks, h, first):
        roles.source = [actor]  # "визит президента Франции", "визита Путина": who visits
    elif first >= h.j and prep not in ("в", "во", "на", "при", "о", "об", "за", *topic):
        roles.recipient = [actor]
    elif prep in ("в", "во") and toks[h.i].lemma in VISITS:
        roles.recipient = [actor]  # "находился в Берлине с визитом": the host, not a scene
    return roles
