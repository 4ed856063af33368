"""Guests named outside the lead's grammar (made-up names, real layouts)."""

from __future__ import annotations

from kzpolicy_data.interview.listed import listed
from kzpolicy_data.nlp.analysis import Analysis


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
