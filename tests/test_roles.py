"""Roles from the dependency parse: every walk ends, whatever the parser returns."""

from __future__ import annotations

import pytest

from kzpolicy_data.codes import EventType
from kzpolicy_data.events.roles import syntax_roles
from kzpolicy_data.nlp.analysis import SynToken, as_tree
from kzpolicy_data.nlp.gazetteer import find_in_tokens
from kzpolicy_data.nlp.morph import tokenize

from .parsing import Key, event_keys

SENTENCE = "Казахстан провел переговоры с Ираном о сотрудничестве"


def _tokens(heads: list[int], rels: list[str]) -> list[SynToken]:
    out, at = [], 0
    for word, head, rel in zip(SENTENCE.split(), heads, rels, strict=True):
        start = SENTENCE.index(word, at)
        pos = "VERB" if word == "провел" else "NOUN"
        out.append(SynToken(start, start + len(word), word, pos, {}, head, rel))
        at = start + len(word)
    return out


# A parse with a cycle (провел -> переговоры -> Ираном -> провел) where the root should be, and
# heads pointing out of the sentence: natasha's output is not always a tree, and a walk over
# such a parse once grew one list to 8 GB.
CYCLIC = _tokens([1, 2, 4, 4, 1, 6, 99], ["nsubj", "obj", "nmod", "case", "obl", "case", "nmod"])


def test_a_cyclic_parse_is_made_a_tree() -> None:
    tree = as_tree(CYCLIC)
    for n in range(len(tree)):
        seen, k = set(), n
        while k >= 0:
            assert k not in seen, "still a cycle"
            seen.add(k)
            k = tree[k].head
    assert sum(t.head == -1 for t in tree) >= 2  # the cycle was cut, the stray head dropped
    assert as_tree(tree) == tree


def test_roles_of_a_cyclic_parse_return() -> None:
    actors = find_in_tokens(SENTENCE, tokenize(SENTENCE))
    for anchor in range(len(CYCLIC)):
        for kind in (EventType.CONSULT, EventType.KZP_STATEMENT, EventType.ASSAULT):
            roles = syntax_roles(CYCLIC, [anchor], [kind], actors)
            assert len(roles) == 1


def test_a_tree_is_returned_unchanged() -> None:
    tree = _tokens([1, -1, 1, 4, 1, 6, 2], ["nsubj", "root", "obj", "case", "obl", "case", "nmod"])
    assert as_tree(tree) is tree


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # batch AE's dev text: who awaits a visit hosts it, and the visit is still to come
        (
            "Песков сообщил, что в Москве ждут приезда Токаева с нетерпением.",
            ("CONSULT", "future", ("KAZ",), ("RUS",)),
        ),
        ("Казахстан ждет визита Путина.", ("CONSULT", "future", ("RUS",), ("KAZ",))),
    ],
)
def test_who_awaits_a_visit_hosts_it(text: str, key: Key) -> None:
    got = event_keys(text, "await.txt")
    assert key in got
    assert not [k for k in got if k[0] == "CONSULT" and k != key]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # batch AK's dev text: talks named with their two parties in the genitive are theirs,
        # not the act of whoever assesses them
        (
            "Казахстан положительно оценил переговоры Путина и Трампа, назвав их историческими.",
            ("CONSULT", "asserted", ("RUS",), ("USA",)),
        ),
        # and a meeting someone is congratulated on is that one's meeting
        (
            "В ходе беседы Токаев поздравил Путина с успешными итогами встречи с Дональдом "
            "Трампом в Анкоридже.",
            ("CONSULT", "asserted", ("RUS",), ("USA",)),
        ),
    ],
)
def test_talks_told_with_their_own_parties_are_theirs(text: str, key: Key) -> None:
    got = event_keys(text, "talks.txt")
    assert key in got
    assert not [k for k in got if k[0] == "CONSULT" and "KAZ" in k[2]]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # the guide's convention: an invitation is the invitee's coming visit (batch AL)
        (
            "Токаев пригласил Си Цзиньпина с визитом в Казахстан.",
            ("CONSULT", "future", ("CHN",), ("KAZ",)),
        ),
        # a visit confirmed is the guest's, not the confirmer's (batch AL)
        (
            "Акорда подтвердила государственный визит главы КНР Си Цзиньпина в столицу Казахстана.",
            ("CONSULT", "asserted", ("CHN",), ("KAZ",)),
        ),
    ],
)
def test_a_visit_invited_or_confirmed_is_the_guests(text: str, key: Key) -> None:
    got = event_keys(text, "invited.txt")
    assert key in got
    assert not [k for k in got if k[0] == "CONSULT" and k[2] == ("KAZ",)]


def test_the_genitive_of_a_criticism_is_its_target_not_its_doer() -> None:
    """(the seed's sentence) Two parties in a criticism's genitive are whom it would target."""
    got = event_keys(
        "Астана при этом воздержалась от критики военных действий США и Израиля.", "crit.txt"
    )
    assert [k for k in got if k[0] == "ACCUSE" and k[2] == ("KAZ",)]
