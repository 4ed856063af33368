"""The sentence tree the role rules walk: participants reached, topics and settings not."""

from __future__ import annotations

from kzpolicy_data.events.sentence_tree import SentenceTree
from kzpolicy_data.nlp.analysis import SynToken
from kzpolicy_data.nlp.gazetteer import find_in_tokens
from kzpolicy_data.nlp.morph import tokenize

SENTENCE = "Казахстан провел переговоры с Ираном о сотрудничестве в Астане"
# Казахстан <-nsubj- провел -obj-> переговоры -nmod-> Ираном (с), сотрудничестве (о);
# and Астане (в, locative)
HEADS = [1, -1, 1, 4, 2, 6, 2, 8, 2]
RELS = ["nsubj", "root", "obj", "case", "nmod", "case", "nmod", "case", "nmod"]


def _tree(heads: list[int] = HEADS) -> SentenceTree:
    syn, at = [], 0
    for word, head, rel in zip(SENTENCE.split(), heads, RELS, strict=True):
        start = SENTENCE.index(word, at)
        pos = "VERB" if word == "провел" else "ADP" if rel == "case" else "PROPN"
        feats = {"Case": "Loc"} if word == "Астане" else {}
        syn.append(SynToken(start, start + len(word), word, pos, feats, head, rel))
        at = start + len(word)
    actors = find_in_tokens(SENTENCE, tokenize(SENTENCE))
    return SentenceTree.of(syn, [2], actors)


def _codes(tree: SentenceTree, nodes: list[int]) -> set[str]:
    return {c for m in tree.actors_at(nodes) for c in m.entry.actor_codes}


def test_the_preposition_of_a_word() -> None:
    tree = _tree()
    assert (tree.case(4), tree.case(6), tree.case(2)) == ("с", "о", "")


def test_reach_takes_a_partner_and_leaves_the_topic_and_the_setting() -> None:
    tree = _tree()
    reached = tree.reach(2, set())
    assert 4 in reached  # "с Ираном": a partner
    assert 6 not in reached and 8 not in reached  # "о сотрудничестве", "в Астане"
    assert _codes(tree, reached) == {"IRN"}


def test_the_subject_of_the_verb_is_its_source() -> None:
    found, node = _tree().subject(1)
    assert node == 0
    assert {c for m in found for c in m.entry.actor_codes} == {"KAZ"}


def test_walks_end_on_a_cycle() -> None:
    cyclic = [1, 2, 4, 4, 1, 6, 2, 8, 2]  # провел -> переговоры -> Ираном -> провел
    tree = _tree(cyclic)
    assert sorted(tree.subtree(1)) == sorted(set(tree.subtree(1)))
    assert len(tree.reach(1, set())) <= len(SENTENCE.split())
