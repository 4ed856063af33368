"""Kazakh in the Latin alphabets and the Arabic script read in Cyrillic (nlp/script.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzpolicy_data.nlp.gazetteer import find
from kzpolicy_data.nlp.morph import tokenize
from kzpolicy_data.nlp.script import latin_alphabet, to_cyrillic

LATIN_2018 = (
    "Qazaqstan syrtqy ister mınıstrliginiń resmı ókili osylaı dep málimdedi. "
    "Reseı basqynshylyǵynan zardap shekken."
)


@pytest.mark.parametrize(
    ("printed", "alphabet", "read"),
    [
        ("Qazaqstan", "2018", "Қазақстан"),
        ("mınıstrliginiń", "2018", "министрлігінің"),
        ("málimdedi", "2018", "мәлімдеді"),
        ("Reseı", "2018", "Ресей"),
        ("berýge", "2018", "беруге"),
        ("Qazaqstan", "2021", "Қазақстан"),
        ("Respublikasynyñ", "2021", "Республикасының"),
        ("şekara", "2021", "шекара"),
        ("قازاقستان", None, "қазақстан"),
        ("ماسكەۋگە", None, "мәскеуге"),
        ("كەلىسسوز", None, "келіссөз"),
        ("ساپارمەن", None, "сапармен"),
        ("ايتۋىنشا", None, "айтуынша"),
        ("Kazakhstan", None, "Kazakhstan"),  # English is left alone
        ("Казахстан", "2018", "Казахстан"),  # Cyrillic too
        ("Көшiм", None, "Көшім"),  # the Latin i typed for і
    ],
)
def test_words_are_read_in_cyrillic(printed: str, alphabet: str | None, read: str) -> None:
    assert to_cyrillic(printed, alphabet) == read


def test_a_latin_kazakh_text_is_told_from_english_with_a_few_accented_names() -> None:
    assert latin_alphabet(LATIN_2018) == "2018"
    assert latin_alphabet("Erdoğan and Gönül met Tokayev in Astana on Monday.") is None


def test_the_gazetteer_finds_states_in_every_script_at_the_printed_offsets() -> None:
    arabic = "رەسەي پرەزيدەنتى قازاقستانعا كەلدى"
    for text, codes in [(LATIN_2018, {"KAZ", "RUS"}), (arabic, {"KAZ", "RUS"})]:
        found = find(text)
        assert {m.entry.code for m in found} >= codes
        for m in found:
            assert text[m.start : m.end] == m.surface  # the record keeps what was printed


@given(st.text(max_size=200))
def test_tokens_keep_their_offsets_whatever_the_script(text: str) -> None:
    for t in tokenize(text):
        assert 0 <= t.start < t.end <= len(text)
        assert t.text  # a word is never read as nothing


def test_arabic_words_read_in_cyrillic_in_a_mixed_text() -> None:
    from kzpolicy_data.nlp.script import kazakh_in_cyrillic

    assert kazakh_in_cyrillic("Lead: سىزدەر x") == "Lead: сіздер x"
    assert kazakh_in_cyrillic("Сіздер x") == "Сіздер x"
    # Latin-script Kazakh, also in the 2019-2020 drafts' `ŋ` and `ǧ`, is read too
    lead = "Osyǧan orai bız qoǧam qairatkerı Keŋes Auhadievpen sūhbattastyq."
    assert (
        kazakh_in_cyrillic(lead)
        == "Осыған орай біз қоғам қайраткері Кеңес Аухадиевпен сұхбаттастық."
    )
    # an English text keeps its letters
    assert kazakh_in_cyrillic("We spoke to Keŋes.") == "We spoke to Keŋes."
