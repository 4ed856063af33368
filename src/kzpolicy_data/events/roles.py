"""Who did what to whom, in Russian: roles from natasha's dependency parse.

The source is the subject (``nsubj``) of the trigger's verb: the trigger itself, or the verb that
governs a trigger noun ("провел переговоры", "нанес удары", "ввели санкции"), climbing through
"решил присоединиться" and participles ("прибывший в Астану Лавров провел..."). A trigger noun
that no verb carries ("осудило удары Ирана") takes its genitive ("Ирана") as the source. The
recipients are the objects and obliques of the verb and the noun ("с председателем КНР",
"Токаеву", "против компаний"), and the genitive chains, appositions and conjuncts below them.
Settings ("в Акорде", "на полях саммита") and topics ("о сотрудничестве", "за поставки в
Россию") are not participants.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..codes import EventType
from ..nlp.analysis import SynToken
from ..nlp.gazetteer import GazMatch
from ..nlp.morph import lemma, parses

__all__ = ["AWAIT", "INVITATION", "PLACE_SOURCE", "VISITS", "Roles", "syntax_roles"]

# Prepositions that open a topic, a reason, a time or a setting rather than a participant.
_NOT_PARTICIPANT = {
    "о",
    "об",
    "обо",
    "за",
    "при",
    "после",
    "до",
    "через",
    "в ходе",
    "вокруг",
    "благодаря",
    "ради",
    "несмотря",
    "под",
    "над",
    "вне",
    "среди",
    "кроме",
}
_LOCATIVE = {"в", "во", "на"}
_DEEP_RELS = {
    "nmod",
    "amod",
    "appos",
    "flat",
    "flat:name",
    "flat:foreign",
    "conj",
    "nummod",
    "det",
    "compound",
    "fixed",
    "iobj",  # a dative the parse hangs on the object: "вручил грамоты Токаеву"
}
_ARG_RELS = {"obj", "iobj", "obl", "nmod", "obl:agent"}
_SUBJ_RELS = {"nsubj", "nsubj:pass"}
# Verbs whose object does what their infinitive says ("пригласил X посетить", "призвал X
# провести переговоры").
_OBJECT_CONTROL = {"пригласить", "приглашать", "призвать", "призывать", "попросить", "просить"}
# Being on a visit: the place one is at is the host ("находился с визитом в Берлине").
# Acts whose only named place is their source: a vote or a protest held there.
PLACE_SOURCE = {EventType.KZP_ELECTION, EventType.KZP_REFERENDUM, EventType.PROTEST}
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
# Domestic events: the country where they happen is their source.
_PLACE_SOURCE = {EventType.KZP_ELECTION, EventType.KZP_REFERENDUM, EventType.PROTEST}


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


def _case(syn: list[SynToken], kids: list[list[int]], k: int) -> str:
    """The preposition of ``syn[k]`` ("" if none), lowercased."""
    preps = [syn[c].text.lower() for c in kids[k] if syn[c].rel == "case"]
    return " ".join(preps)


def syntax_roles(
    syn: list[SynToken],
    anchors: list[int],
    kinds: list[EventType],
    actors: list[GazMatch],
    phrases: list[list[int]] | None = None,
) -> list[Roles]:
    """Roles for each trigger (``anchors[n]`` is its head word in ``syn``, ``phrases[n]`` all
    its words)."""
    tree = _Tree.of(syn, anchors, actors)
    words = phrases or [[a] for a in anchors]
    return [
        _trigger_roles(tree, a, kind, phrase)
        for a, kind, phrase in zip(anchors, kinds, words, strict=True)
    ]


@dataclass
class _Tree:
    """One sentence's parse: each word's children and lemma, the triggers' head words and the
    actors whose names attach at each word."""

    syn: list[SynToken]
    kids: list[list[int]]
    lemmas: list[str]
    anchors: list[int]
    anchor_set: set[int]
    by_head: dict[int, list[GazMatch]]

    @classmethod
    def of(cls, syn: list[SynToken], anchors: list[int], actors: list[GazMatch]) -> _Tree:
        """The tree of ``syn`` with the triggers at ``anchors`` and the ``actors`` placed."""
        kids: list[list[int]] = [[] for _ in syn]
        for n, t in enumerate(syn):
            if 0 <= t.head < len(syn):
                kids[t.head].append(n)
        lemmas = [lemma(t.text) for t in syn]
        heads = [_actor_head(syn, m) for m in actors]
        by_head: dict[int, list[GazMatch]] = {}
        for m, h in zip(actors, heads, strict=True):
            if h >= 0:
                by_head.setdefault(h, []).append(m)
        return cls(syn, kids, lemmas, anchors, set(anchors), by_head)

    def case(self, k: int) -> str:
        """The preposition of word ``k`` ("" if none), lowercased."""
        return _case(self.syn, self.kids, k)

    # The parse is a tree (Analysis.parse repairs it), but the walks keep their own visited
    # sets: a cycle made natasha's output grow one list to 8 GB.
    def reach(self, k: int, stop: set[int]) -> list[int]:
        """``k`` and the words below it through genitives, appositions and conjuncts."""
        syn = self.syn
        out, todo, seen = [], [k], set(stop)
        while todo:
            n = todo.pop()
            if n in seen:
                continue
            seen.add(n)
            out.append(n)
            for c in self.kids[n]:
                if syn[c].rel not in _DEEP_RELS or c in self.anchor_set:
                    continue
                prep = self.case(c)
                if prep in _NOT_PARTICIPANT or (
                    prep in _LOCATIVE and syn[c].feats.get("Case") == "Loc"
                ):
                    continue
                todo.append(c)
        return sorted(out)

    def subtree(self, k: int) -> list[int]:
        """``k`` and every word below it."""
        out, todo, seen = [], [k], set()
        while todo:
            n = todo.pop()
            if n not in seen:
                seen.add(n)
                out.append(n)
                todo.extend(self.kids[n])
        return out

    def actors_at(self, nodes: list[int]) -> list[GazMatch]:
        """The actors whose names attach at ``nodes``, in text order."""
        found = [m for n in nodes for m in self.by_head.get(n, [])]
        return sorted(found, key=lambda m: m.start)

    def subject(self, k: int) -> tuple[list[GazMatch], int | None]:
        """The actors of the subject of ``k`` (climbing to the governing clause if needed)."""
        syn, kids = self.syn, self.kids
        seen = 0
        while seen < 5:
            seen += 1
            subj = [c for c in kids[k] if syn[c].rel in _SUBJ_RELS and c not in self.anchor_set]
            for c in subj:  # "То, что президент Токаев направил": not the pronoun
                if found := self.actors_at(self.reach(c, set())):
                    return found, c
            if subj:
                return [], subj[0]
            rel, head = syn[k].rel, syn[k].head
            if head < 0:
                break
            if rel == "acl" or (
                rel == "nmod" and syn[k].pos == "VERB"
            ):  # "прибывший в Астану Лавров", "решение Казахстана присоединиться"
                own = self.actors_at([head]) or self.actors_at(
                    [c for c in kids[head] if syn[c].rel == "nmod" and not self.case(c)]
                )
                return own, None
            if rel == "xcomp" and self.lemmas[head] in _OBJECT_CONTROL:
                # "пригласил Назарбаева посетить Анкару": the one invited is who would visit
                objs = [c for c in kids[head] if syn[c].rel in ("obj", "iobj")]
                if objs:  # "пригласил меня посетить": the pronoun's state, not the inviter's
                    return self.actors_at([n for c in objs for n in self.reach(c, set())]), objs[0]
            if rel not in ("xcomp", "conj", "advcl", "ccomp", "parataxis", "csubj"):
                break
            k = head
        return [], None


def _trigger_roles(t: _Tree, a: int, kind: EventType, phrase: list[int] | None = None) -> Roles:
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
                    if t.case(g) in _LOCATIVE:
                        recipient.extend(t.actors_at(t.reach(g, blocked)))
    if kind == EventType.KZP_STATEMENT:
        # a position is about whatever it names, wherever it lies ("в Афганистане")
        # (but a locative on the verb itself is the scene: "в Центральной Азии ... выступил")
        recipient = t.actors_at(
            [
                n
                for c in args
                if c not in blocked and not (t.case(c) in _LOCATIVE and _may_be_locative(syn[c]))
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


def _predicate(t: _Tree, a: int, kind: EventType | None = None) -> tuple[int, bool]:
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


def _own_parties(t: _Tree, a: int) -> bool:
    """Whether the meeting noun names two parties or more in its genitive ("оценил переговоры
    Путина и Трампа"): the talks are theirs, not the subject's of the verb that carries them
    (the genitive of a criticism is its target: "воздержалась от критики действий США")."""
    genitives = [c for c in t.kids[a] if t.syn[c].rel == "nmod" and not t.case(c)]
    found = t.actors_at([n for g in genitives for n in t.reach(g, set())])
    return len({m.entry.actor_codes for m in found}) >= 2


def _congratulated(t: _Tree, a: int) -> list[GazMatch]:
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


def _source(t: _Tree, a: int, pred: int, light: bool) -> tuple[list[GazMatch], int | None]:
    """The source of the trigger ``a`` and the subject word it was found at, if any: the
    predicate's subject, else a trigger noun's genitive, else what a participle qualifies."""
    syn = t.syn
    subj_node: int | None = None
    if light and syn[a].rel in _SUBJ_RELS:
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
    t: _Tree,
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
        if c in blocked or rel in _SUBJ_RELS:
            continue
        if c in t.anchor_set:
            roles.nested.append(t.anchors.index(c))
            continue
        if rel not in _ARG_RELS:
            continue
        prep = t.case(c)
        locative = prep in _LOCATIVE and syn[c].feats.get("Case") == "Loc"
        if prep in _NOT_PARTICIPANT or prep.startswith("в ход"):
            continue
        if prep == "по" and kind == EventType.CONSULT and t.lemmas[c] not in INVITATION:
            continue  # "встреча по Сирии": what the talks are on, not who talks
        if prep == "из" and kind != EventType.RETREAT:
            continue
        if kind in _PLACE_SOURCE and prep in ("внутри", "по всей", "по"):
            locative = True
        if locative and kind in _PLACE_SOURCE:
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


def _actor_head(syn: list[SynToken], m: GazMatch) -> int:
    """The word of a name that the rest of the sentence attaches to (-1 if not in the parse)."""
    inside = [n for n, t in enumerate(syn) if t.start < m.end and m.start < t.end]
    for n in inside:
        if syn[n].head not in inside:
            return n
    return inside[0] if inside else -1
