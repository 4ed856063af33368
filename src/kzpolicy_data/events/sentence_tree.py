"""One sentence's dependency parse as the role rules walk it: each word's children and lemma,
the triggers' head words, and the actors placed at the word their names attach to.

The walks (:meth:`SentenceTree.reach`, :meth:`SentenceTree.subject`) stop at the words that
name no participant: topics, reasons, times and settings ("о сотрудничестве", "в Акорде").
"""

from __future__ import annotations

from dataclasses import dataclass

from ..nlp.analysis import SynToken
from ..nlp.gazetteer import GazMatch
from ..nlp.morph import lemma

__all__ = ["LOCATIVE", "NOT_PARTICIPANT", "SUBJ_RELS", "SentenceTree"]

# Prepositions that open a topic, a reason, a time or a setting rather than a participant.
NOT_PARTICIPANT = {
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
LOCATIVE = {"в", "во", "на"}
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
SUBJ_RELS = {"nsubj", "nsubj:pass"}
# Verbs whose object does what their infinitive says ("пригласил X посетить", "призвал X
# провести переговоры").
_OBJECT_CONTROL = {"пригласить", "приглашать", "призвать", "призывать", "попросить", "просить"}


@dataclass
class SentenceTree:
    """One sentence's parse: each word's children and lemma, the triggers' head words and the
    actors whose names attach at each word."""

    syn: list[SynToken]
    kids: list[list[int]]
    lemmas: list[str]
    anchors: list[int]
    anchor_set: set[int]
    by_head: dict[int, list[GazMatch]]

    @classmethod
    def of(cls, syn: list[SynToken], anchors: list[int], actors: list[GazMatch]) -> SentenceTree:
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
        return " ".join(self.syn[c].text.lower() for c in self.kids[k] if self.syn[c].rel == "case")

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
                if prep in NOT_PARTICIPANT or (
                    prep in LOCATIVE and syn[c].feats.get("Case") == "Loc"
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
            subj = [c for c in kids[k] if syn[c].rel in SUBJ_RELS and c not in self.anchor_set]
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


def _actor_head(syn: list[SynToken], m: GazMatch) -> int:
    """The word of a name that the rest of the sentence attaches to (-1 if not in the parse)."""
    inside = [n for n, t in enumerate(syn) if t.start < m.end and m.start < t.end]
    for n in inside:
        if syn[n].head not in inside:
            return n
    return inside[0] if inside else -1
