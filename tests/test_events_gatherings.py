"""Taking part in an organisation's gathering (events/gatherings)."""

from __future__ import annotations

import pytest

from .parsing import Key, event_keys


def _keys(text: str) -> list[Key]:
    return event_keys(text, "gather", title="News")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Путин примет участие в сессии Совета коллективной безопасности ОДКБ.",
            ("CONSULT", "future", ("RUS",), ("IGO:CSTO",)),
        ),
        # the host city's country is the scene, the organisation the partner
        (
            "Chinese President Xi Jinping will take part in the Astana SCO summit.",
            ("CONSULT", "future", ("CHN",), ("IGO:SCO",)),
        ),
        (
            "Tokayev highlighted his participation in the CICA Summit.",
            ("CONSULT", "asserted", ("KAZ",), ("IGO:CICA",)),
        ),
    ],
)
def test_attending_a_gathering_is_consult_with_its_organisation(text: str, key: Key) -> None:
    got = _keys(text)
    assert key in got
    assert not [k for k in got if k[0] == "CONSULT" and k[2] == key[2] and "KAZ" in k[3]]


def test_a_visit_to_the_host_and_the_attendance_are_two_acts() -> None:
    got = _keys(
        "Президент России прибыл в Астану для участия в саммите Шанхайской организации "
        "сотрудничества."
    )
    assert ("CONSULT", "asserted", ("RUS",), ("KAZ",)) in got
    assert ("CONSULT", "asserted", ("RUS",), ("IGO:SCO",)) in got


def test_a_gathering_that_only_sets_the_scene_keeps_the_meeting() -> None:
    # nobody is said to take part: the summit is where the leaders met
    got = _keys("На полях саммита ШОС Токаев встретился с Путиным.")
    assert not [k for k in got if "IGO:SCO" in k[3]]
    assert [k for k in got if k[0] == "CONSULT" and "KAZ" in k[2] + k[3]]


@pytest.mark.parametrize(
    "text",
    [
        # batch AS: a visitor to a region's states visits each of them; they do not visit him
        "Глава МИД Германии посетил страны Центральной Азии.",
        "Спецпредставитель ЕС по санкциям Дэвид О’Салливан посетил страны ЦА.",
    ],
)
def test_a_visit_to_a_region_is_the_visitors(text: str) -> None:
    got = event_keys(text, "region.txt")
    assert [k for k in got if k[0] == "CONSULT"]
    assert all(set(k[3]) >= {"KAZ", "UZB"} for k in got if k[0] == "CONSULT")
