"""Guests named outside the lead's grammar (made-up names, real layouts)."""

from __future__ import annotations

import pytest

from kzpolicy_data.interview.listed import listed, said_by_surname
from kzpolicy_data.nlp.analysis import Analysis

from .parsing import parse_guests


def test_participants_list() -> None:
    text = (
        "Участники круглого стола обсудят выборы. В нем принимают участие: Айдос Сериков – "
        "политолог; Мария Ким – социолог, а также Ерлан Абенов – студент."
    )
    names = [n for n, *_ in listed(Analysis(text), (0, len(text)))]
    assert names == ["Айдос Сериков", "Мария Ким", "Ерлан Абенов"]


def test_no_list_no_names() -> None:
    text = "Политолог Айдос Сериков рассказал о выборах."
    assert listed(Analysis(text), (0, len(text))) == []


@pytest.mark.parametrize(
    ("intro", "surname"),
    [
        ("Nordmann also noted the importance of mutual respect.", "Nordmann"),
        ("Визит прошёл успешно. Сериков подчеркнул важность диалога.", "Сериков"),
        ("He also noted the importance of mutual respect.", None),  # a pronoun
        ("Tokayev also noted the importance of trade.", None),  # a leader merely mentioned
        ("Kazakhstan said it would take part.", None),  # a country
        ("Ambassador noted the role of trade.", None),  # a position
    ],
)
def test_a_surname_alone_before_a_speech_verb(intro: str, surname: str | None) -> None:
    said = said_by_surname(Analysis(intro), (0, len(intro)))
    assert (said[0] if said else None) == surname


def test_an_excerpt_cut_into_its_lead_names_its_guest_by_surname() -> None:
    text = (
        "Nordmann also noted the importance of mutual respect for further relations.\n\n"
        "- What priorities do you see for the coming years?\n\n"
        "- Trade and education come first. We have long ties.\n\n"
        "- And the region?\n\n- It is growing fast, and we follow it."
    )
    rec, guests = parse_guests(text, "cut.txt")
    assert rec.metadata.genre.value == "interview" and guests == ["Nordmann"]
