"""Words that look like a speaker's label and name no speaker."""

from __future__ import annotations

import pytest

from kzpolicy_data.interview.label_words import common_first_word, fact_row


@pytest.mark.parametrize(
    ("label", "row"),
    [
        ("Столица:", True),  # a fact box's row
        ("Государственное устройство:", True),
        ("Корреспондент:", False),  # a role asks
        ("Редакция:", False),  # the outlet asks
        ("Нурсултан Назарбаев:", False),  # a name
        ("Поэтому:", False),  # a known word, but no noun: nothing a row names
        ("", False),
    ],
)
def test_a_fact_box_row_is_no_speaker(label: str, row: bool) -> None:
    assert fact_row(label) is row


@pytest.mark.parametrize(
    ("label", "common"),
    [
        ("Поэтому ОДКБ", True),  # an adverb opening a sentence about an acronym
        ("Ерлан ИДРИСОВ", False),  # a first name before a surname in capitals
        ("ОДКБ", False),
    ],
)
def test_a_common_word_before_capitals_is_no_first_name(label: str, common: bool) -> None:
    assert common_first_word(label) is common
