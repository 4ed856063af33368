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

__all__ = ["Roles", "syntax_roles"]

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
}
_ARG_RELS = {"obj", "iobj", "obl", "nmod", "obl:agent"}
_SUBJ_RELS = {"nsubj", "nsubj:pass"}
_ATTEND = {"участие", "участвовать"}  # "в саммите" is what one attends, not where
_RECEIVE = {"получить", "получать"}
_TOPIC_VERBS = {"обсудить", "обсуждать", "обсуждаться", "касаться", "рассмотреть"}
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


def _case(syn: list[SynToken], kids: list[list[int]], k: int) -> str:
    """The preposition of ``syn[k]`` ("" if none), lowercased."""
    preps = [syn[c].text.lower() for c in kids[k] if syn[c].rel == "case"]
    return " ".join(preps)


def syntax_roles(
    syn: list[SynToken],
    anchors: list[int],
    kinds: list[EventType],
    actors: list[GazMatch],
) -> list[Roles]:
    """Roles for each trigger (``anchors[n]`` is its head word in ``syn``)."""
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
    anchor_set = set(anchors)

    # The parse is a tree (Analysis.parse repairs it), but the walks keep their own visited sets:
    # a cycle made natasha's output grow one list to 8 GB.
    def reach(k: int, stop: set[int]) -> list[int]:
        """``k`` and the words below it through genitives, appositions and conjuncts."""
        out, todo, seen = [], [k], set(stop)
        while todo:
            n = todo.pop()
            if n in seen:
                continue
            seen.add(n)
            out.append(n)
            for c in kids[n]:
                if syn[c].rel not in _DEEP_RELS or c in anchor_set:
                    continue
                prep = _case(syn, kids, c)
                if prep in _NOT_PARTICIPANT or (
                    prep in _LOCATIVE and syn[c].feats.get("Case") == "Loc"
                ):
                    continue
                todo.append(c)
        return sorted(out)

    def subtree(k: int) -> list[int]:
        out, todo, seen = [], [k], set()
        while todo:
            n = todo.pop()
            if n not in seen:
                seen.add(n)
                out.append(n)
                todo.extend(kids[n])
        return out

    def actors_at(nodes: list[int]) -> list[GazMatch]:
        found = [m for n in nodes for m in by_head.get(n, [])]
        return sorted(found, key=lambda m: m.start)

    def subject(k: int) -> tuple[list[GazMatch], int | None]:
        """The actors of the subject of ``k`` (climbing to the governing clause if needed)."""
        seen = 0
        while seen < 5:
            seen += 1
            subj = [c for c in kids[k] if syn[c].rel in _SUBJ_RELS and c not in anchor_set]
            for c in subj:  # "То, что президент Токаев направил": not the pronoun
                if found := actors_at(reach(c, set())):
                    return found, c
            if subj:
                return [], subj[0]
            rel, head = syn[k].rel, syn[k].head
            if head < 0:
                break
            if rel == "acl" or (
                rel == "nmod" and syn[k].pos == "VERB"
            ):  # "прибывший в Астану Лавров", "решение Казахстана присоединиться"
                own = actors_at([head]) or actors_at(
                    [c for c in kids[head] if syn[c].rel == "nmod" and not _case(syn, kids, c)]
                )
                return own, None
            if rel not in ("xcomp", "conj", "advcl", "ccomp", "parataxis", "csubj"):
                break
            k = head
        return [], None

    out = []
    for a, kind in zip(anchors, kinds, strict=True):
        pred = a
        h = syn[a].head
        light = (
            syn[a].pos in ("NOUN", "PROPN")
            and 0 <= h < len(syn)
            and syn[h].pos in ("VERB", "AUX")
            and h not in anchor_set
            and lemmas[h] not in _TOPIC_VERBS
            and syn[a].rel in ("obj", "nsubj", "nsubj:pass", "obl", "iobj")
        )
        if light:
            pred = h
        roles = Roles(pred=pred, anchor=a)
        subj_node: int | None = None
        if light and syn[a].rel in _SUBJ_RELS:
            src: list[GazMatch] = []
        elif syn[pred].pos in ("VERB", "AUX") or light:
            src, subj_node = subject(pred)
        else:
            src = []
        genitives = [c for c in kids[a] if syn[c].rel == "nmod" and not _case(syn, kids, c)]
        own_noun = not light or syn[a].rel in _SUBJ_RELS  # "Военные действия США ... вызвали"
        if not src and own_noun and syn[a].pos in ("NOUN", "PROPN"):
            src = actors_at([n for g in genitives for n in reach(g, set())])
            genitives = []
        if not src and syn[a].pos not in ("NOUN", "PROPN") and syn[a].rel == "acl":
            src = actors_at([syn[a].head])
        blocked = set(reach(subj_node, set())) if subj_node is not None else set()
        args = [c for c in kids[pred] if c != a] + (kids[a] if pred != a else [])
        if pred == a:
            args = list(kids[a])
        recipient: list[GazMatch] = []
        for c in args:
            rel = syn[c].rel
            if c in blocked or rel in _SUBJ_RELS:
                continue
            if c in anchor_set:
                roles.nested.append(anchors.index(c))
                continue
            if rel not in _ARG_RELS:
                continue
            prep = _case(syn, kids, c)
            locative = prep in _LOCATIVE and syn[c].feats.get("Case") == "Loc"
            if prep in _NOT_PARTICIPANT or prep.startswith("в ход"):
                continue
            if prep == "из" and kind != EventType.RETREAT:
                continue
            if kind in _PLACE_SOURCE and prep in ("внутри", "по всей", "по"):
                locative = True
            if locative and kind in _PLACE_SOURCE:
                if not src:
                    src = actors_at(reach(c, set()))
                continue
            attend = lemmas[a] in _ATTEND or lemmas[pred] in _ATTEND
            if locative and kind != EventType.ASSAULT and not (attend and prep in ("в", "во")):
                continue
            nodes = reach(c, blocked)
            nested = [n for n in kids[c] if n in anchor_set]
            roles.nested.extend(anchors.index(n) for n in nested)
            recipient.extend(actors_at(nodes))
        if kind == EventType.ASSAULT:
            # "удары по объектам в ОАЭ": the targets on a state's territory are that state
            for c in args:
                prep = _case(syn, kids, c)
                if prep in ("по", "против", "на"):
                    for g in kids[c]:
                        if _case(syn, kids, g) in _LOCATIVE:
                            recipient.extend(actors_at(reach(g, blocked)))
        if kind == EventType.KZP_STATEMENT:
            # a position is about whatever it names, wherever it lies ("в Афганистане")
            # (but a locative on the verb itself is the scene: "в Центральной Азии ... выступил")
            recipient = actors_at(
                [
                    n
                    for c in args
                    if c not in blocked
                    and not (_case(syn, kids, c) in _LOCATIVE and _may_be_locative(syn[c]))
                    for n in subtree(c)
                ]
            )
        if lemmas[pred] in _RECEIVE:  # "получила требования от Вашингтона": roles swap
            giver = [c for c in args if _case(syn, kids, c) == "от"]
            if giver:
                src, recipient = actors_at(reach(giver[0], set())), src
        roles.source = src
        roles.recipient = [m for m in dict.fromkeys(recipient) if m not in src]
        out.append(roles)
    return out


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
