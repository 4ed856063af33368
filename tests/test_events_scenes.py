"""Which triggers tell an act (events/scenes): scenes, topics, one phrase per act."""

from __future__ import annotations

import pytest

from .parsing import Key, event_keys


def _keys(text: str) -> list[Key]:
    return event_keys(text, "scene")


@pytest.mark.parametrize(
    "text",
    [
        # the partner met before the scene is not part of it
        "Токаев встретился с Путиным на полях саммита ШОС.",
        # a summit and a meeting with names between them are two triggers, not one phrase
        "На полях саммита ШОС Токаев встретился с Путиным.",
    ],
)
def test_a_meeting_on_the_sidelines_keeps_its_partner(text: str) -> None:
    got = _keys(text)
    assert ("CONSULT", "asserted", ("KAZ",), ("RUS",)) in got
    assert not [k for k in got if "IGO:SCO" in (*k[2], *k[3])]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # a visit that sets the time of another act is an act too, and on its eve still to come
        (
            "Накануне визита в Астану Путин дал интервью казахстанским СМИ.",
            ("CONSULT", "future", ("RUS",), ("KAZ",)),
        ),
        (
            "Қазақстан президенті Қытайға іссапары барысында қытайлық басшылармен кездесті.",
            ("CONSULT", "asserted", ("KAZ",), ("CHN",)),
        ),
    ],
)
def test_a_visit_is_an_act_even_as_a_time(text: str, key: Key) -> None:
    assert key in _keys(text)


def test_a_scene_cue_does_not_reach_across_a_name() -> None:
    from kzpolicy_data.events.lexicon import find_triggers
    from kzpolicy_data.events.scenes import is_setting
    from kzpolicy_data.nlp.morph import tokenize

    toks = tokenize("В рамках бизнес-форума Казахстан и Китай подписали 20 соглашений.")
    kinds = {h.trigger.type.value: is_setting(toks, h) for h in find_triggers(toks, "ru")}
    assert kinds == {"COOPERATE": True, "AGREE": False}  # the forum is the scene, not the deal


def test_a_business_forum_is_cooperation() -> None:
    got = _keys("A Kazakhstan-Afghanistan business forum was held in Astana today.")
    assert [k for k in got if k[0] == "COOPERATE" and "KAZ" in k[2]]
