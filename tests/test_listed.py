"""Guests named outside the lead's grammar (made-up names, real layouts)."""

from __future__ import annotations

import pytest

from kzpolicy_data.interview.listed import cued_surname, listed, said_by_surname
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


@pytest.mark.parametrize(
    ("intro", "guest"),
    [
        # the cue names the guest by position and surname, the lead in full before it
        (
            "Arman Bekov was appointed Ambassador in 2021. Having started his career at Daewoo "
            "Electronics, he served in Warsaw. We sat down with Ambassador Bekov to discuss it.",
            "Arman Bekov",
        ),
        # no full name anywhere: the surname as printed
        ("This week we sat down with Ambassador Bekov to discuss tourism.", "Bekov"),
        # no position before the surname: not this shape
        ("This week we sat down with Bekov to discuss tourism.", None),
    ],
)
def test_a_cue_naming_the_guest_by_position_and_surname(intro: str, guest: str | None) -> None:
    found = cued_surname(Analysis(intro), (0, len(intro)))
    assert (found[0] if found else None) == guest


def test_a_company_is_no_guest() -> None:
    """`started his career at Daewoo Electronics`: the capitalised words name a company."""
    text = (
        "Ambassador: Kazakhstan has a lot to offer\n\nArman Bekov was appointed Ambassador of "
        "Kazakhstan in 2021. Having started his career at Daewoo Electronics, he served as Deputy "
        "Foreign Minister. We sat down with Ambassador Bekov to discuss the achievements of this "
        "cooperation.\n\nWhat achievements would you say have been made between the two "
        "countries over these years?\n\nToday marks exactly 30 years since the establishment "
        "of diplomatic relations, and I have the honor to represent my country here.\n\nWhat "
        "are your priorities?\n\nTourism and trade are my priorities for the coming years.\n"
    )
    _, guests = parse_guests(text, "company.txt")
    assert guests == ["Arman Bekov"]
