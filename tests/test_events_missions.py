"""An embassy or a consulate opened (events/missions): SUPPORT by the mission's state towards
its host, one event per host; the shapes of the dev split's misses."""

from __future__ import annotations

import pytest

from tests.parsing import event_keys


def _keys(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(t, s, r) for t, _, s, r in event_keys(text, "made-up.txt")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the subject before the opening verb, the host after "in" (a capital is its state)
        ("On 21 April 1993 Hungary opened its Embassy in Almaty.", [("HUN", "KAZ")]),
        # the mission's state bound to its noun, in a passive
        ("The embassy of Kazakhstan was recently opened in Brazil.", [("KAZ", "BRA")]),
        ("В Казахстане официально открыли посольство Республики Молдова.", [("MDA", "KAZ")]),
        ("В российском Екатеринбурге состоялось открытие Генерального консульства Казахстана.",
         [("KAZ", "RUS")]),
        # a foreign state's mission with no place named is in Kazakhstan
        ("Иран одним из первых открыл свое посольство.", [("IRN", "KAZ")]),
        # one event per host, and one per mission
        ("Kazakhstan plans to open embassies in Ethiopia and Mexico.",
         [("KAZ", "ETH"), ("KAZ", "MEX")]),
    ],
)  # fmt: skip
def test_an_opened_mission_is_its_states_support_of_the_host(
    text: str, want: list[tuple[str, str]]
) -> None:
    got = {(s, r) for t, s, r in _keys(text) if t == "SUPPORT"}
    for source, recipient in want:
        assert ((source,), (recipient,)) in got, got


def test_each_states_mission_in_the_other_is_one_support_by_both() -> None:
    text = (
        "It has been a year since the opening of the Kazakh Embassy in Kuwait and the Kuwaiti "
        "Embassy in Kazakhstan."
    )
    assert [k for k in _keys(text) if k[0] == "SUPPORT"] == [("SUPPORT", ("KAZ", "KWT"), ())]


@pytest.mark.parametrize(
    "text",
    [
        # the embassy opens something else
        "The Kazakhstan embassy in Qatar opened a photo exhibition yesterday.",
        # what opened is not the mission: the embassy only took part
        "«Юрту» в Буче открыли при поддержке посольства Казахстана в Украине.",
        # a question asks, it tells no opening
        "When will Kazakhstan open an embassy in Mexico?",
    ],
)
def test_no_opening_of_a_mission(text: str) -> None:
    keys = _keys(text)
    assert not any(t == "SUPPORT" and s and r for t, s, r in keys), keys
