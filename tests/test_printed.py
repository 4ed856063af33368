"""Names printed outside the prose (interview/printed): headline speakers, credit lines."""

from __future__ import annotations

import pytest

from kzpolicy_data.interview.candidates import Candidate
from kzpolicy_data.interview.printed import add_printed


def _printed(text: str) -> dict[str, int]:
    cands: dict[str, Candidate] = {}
    add_printed(cands, text, set(), set(), None, intro=(0, len(text)), title=None)
    return {c.name: c.score for c in cands.values()}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Дос Көшім, саясаттанушы: ЖАЗАЛАҒАНДАР АЗ ЕМЕС\n", "Дос Көшім"),
        # two positions, and the quote right after the colon
        (
            "Ерлан Сапарбеков, тарих ғылымының докторы, профессор:”Өмірді қайта бастасам да "
            "тарихшы болар едім”\n",
            "Ерлан Сапарбеков",
        ),
        ("Mr. Kim Dae-jung\nAmbassador of the Republic of Korea\n", "Kim Dae-jung"),
        # a magazine's name card, indented under its rubric (R1309b980's shape)
        (
            "V.I.P. INTERVIEWS\n  Aidar B. Serikov\nMinister of Energy of Kazakhstan\n",
            "Aidar B. Serikov",
        ),
    ],
)
def test_a_headline_speaker_or_a_credit_line_is_a_candidate(text: str, name: str) -> None:
    assert _printed(text).get(name, 0) >= 15


def test_a_name_in_prose_is_not_printed_apart() -> None:
    assert _printed("Вчера Ерлан Сапарбеков, профессор, рассказал о книге.\n") == {}


def test_a_label_is_no_surname_of_the_word_on_the_line_above() -> None:
    # a menu ending in a place, then `Ответ:`; a city, then a ticker's `Курс:`
    cands: dict[str, Candidate] = {}
    text = "  • Южная Осетия\n\nОтвет: Мы обратили внимание.\n"
    add_printed(cands, text, set(), {"Ответ"}, None, intro=(0, len(text)), title=None)
    text2 = "Тараз\nКурс:\n\nЗаголовок статьи\n"
    add_printed(cands, text2, {"Курс"}, set(), None, intro=(0, len(text2)), title=None)
    assert cands == {}
