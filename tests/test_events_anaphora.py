"""Who "he" is (events/anaphora): a sentence opening with a subject pronoun continues about the
last person who acted before it."""

from __future__ import annotations

import pytest

from .parsing import Key, event_keys


def _statements(text: str) -> list[Key]:
    return [k for k in event_keys(text, "anaphora", title=None) if k[0] == "kzp:STATEMENT"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Министр иностранных дел Казахстана Мурат Нуртлеу провел переговоры с коллегой из "
            "Ирана. Он подчеркнул, что Казахстан привержен стратегическому партнерству с Россией.",
            ("kzp:STATEMENT", "asserted", ("KAZ",), ("RUS",)),
        ),
        (
            "Kazakh President Tokayev met Vladimir Putin in Moscow. He also said that Kazakhstan "
            "would accept Taliban diplomats.",
            ("kzp:STATEMENT", "asserted", ("KAZ",), ("AFG",)),
        ),
    ],
)
def test_a_pronoun_opening_the_sentence_is_the_last_official_who_acted(
    text: str, want: Key
) -> None:
    assert want in _statements(text), _statements(text)


def test_a_pronoun_with_no_official_before_it_gives_no_source() -> None:
    got = _statements("Он подчеркнул, что Казахстан привержен партнерству с Россией.")
    assert not [k for k in got if k[2]], got


def test_an_official_too_far_back_is_not_the_pronouns() -> None:
    filler = " ".join(["Погода в столице была солнечной и теплой весь день."] * 14)
    got = _statements(
        "Министр иностранных дел Казахстана Мурат Нуртлеу провел переговоры с коллегой из "
        f"Ирана. {filler} Он подчеркнул, что Казахстан привержен партнерству с Россией."
    )
    assert not [k for k in got if k[2]], got


def test_a_pronoun_inside_the_sentence_is_not_read() -> None:
    got = _statements(
        "Министр иностранных дел Казахстана Мурат Нуртлеу провел переговоры с коллегой из "
        "Ирана. Журналисты спросили, что он думает, и эксперты отметили, что Казахстан "
        "привержен партнерству с Россией."
    )
    assert not [k for k in got if k[2] == ("KAZ",) and k[3] == ("RUS",)], got
