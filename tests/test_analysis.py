"""The shared analysis: every component reads it, and NER reads each character once."""

from __future__ import annotations

from pathlib import Path

import pytest

from kzpolicy_data.nlp.analysis import Analysis
from kzpolicy_data.source.layout import split_paragraphs
from kzpolicy_data.source.raw import read_raw, strip_prefix

SEED = Path(__file__).resolve().parent.parent / "raw" / "000_952d0ef163f4dde3.txt"


@pytest.fixture(scope="module")
def seed_text() -> str:
    return strip_prefix(read_raw(SEED).text).text


def test_lead_then_whole_text_equals_one_pass_and_tags_each_character_once(
    seed_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    one_pass = Analysis(seed_text).entities
    analysis = Analysis(seed_text)
    tagged: list[tuple[int, int]] = []
    original = analysis._ner

    def counting(start: int, end: int) -> list[object]:
        tagged.append((start, end))
        return original(start, end)  # type: ignore[return-value]

    monkeypatch.setattr(analysis, "_ner", counting)
    paras = split_paragraphs(seed_text)
    lead = (paras[0].start, paras[1].end)
    in_lead = analysis.entities_in(*lead)
    assert in_lead == [e for e in one_pass if lead[0] <= e.start and e.end <= lead[1]]
    assert analysis.entities_in(*lead) == in_lead  # cached, not tagged again
    assert analysis.entities == one_pass
    assert sum(e - s for s, e in tagged) == len(seed_text)
    assert any(e.type == "PER" for e in in_lead)


def test_tokens_and_names_are_computed_once_and_shared(seed_text: str) -> None:
    analysis = Analysis(seed_text)
    assert analysis.tokens is analysis.tokens
    assert analysis.known_names is analysis.known_names
    start, end = analysis.sentences()[0]
    words = analysis.tokens_in(start, end)
    assert words and all(start <= t.start and t.end <= end for t in words)
    assert {m.entry.code for m in analysis.known_names} >= {"KAZ", "AZE", "USA"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("He received The Astana Times staff at his residence.", "Astana"),
        ("Посол дал интервью газете «Казахстанская правда».", "Казахстанская"),
        ("The report appeared in China Daily on Monday.", "China"),
    ],
)
def test_an_outlet_named_after_a_place_is_no_actor(text: str, place: str) -> None:
    assert place not in [m.surface for m in Analysis(text).known_names]


@pytest.mark.parametrize(
    ("text", "place", "kept"),
    [
        # a one-word city right before a surname is the person's given name
        ("Президент Бас хатшы Бағдат Әміреевті қабылдады.", "Бағдат", False),
        ("Делегацию возглавил Багдад Амреев.", "Багдад", False),
        # a place before another capitalised word, or alone, stays a place
        ("Президент Қытайдың Тяньцзинь қаласына барды.", "Қытайдың", True),
        ("He met the Prime Minister of Mongolia Ukhnaagiin Khurelsukh.", "Mongolia", True),
        ("Токаев прибыл в Багдад.", "Багдад", True),
    ],
)
def test_a_place_before_a_surname_is_a_given_name(text: str, place: str, kept: bool) -> None:
    assert (place in [m.surface for m in Analysis(text).known_names]) == kept


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Krol, fluent in Russian and Polish, greeted the President.", "Polish"),
        ("Krol, fluent in Russian and Polish, greeted the President.", "Russian"),
        ("The ambassador speaks Kazakh well.", "Kazakh"),
        ("Посол выступил на казахском языке.", "казахском"),
        ("Тоқаев қазақ тілінде сөйледі.", "қазақ"),
        ("Kazakh language is the state language.", "Kazakh"),
    ],
)
def test_a_language_is_no_actor(text: str, language: str) -> None:
    assert language not in [m.surface for m in Analysis(text).known_names]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Tokayev, speaking in Astana, said Japan is a partner.", "Astana"),
        ("He spoke in Japan about the treaty.", "Japan"),
        ("President of Kazakhstan speaking at the UN.", "Kazakhstan"),
        ("The Russian side speaks of a partnership.", "Russian"),
    ],
)
def test_a_place_after_speaking_is_still_a_place(text: str, place: str) -> None:
    assert place in [m.surface for m in Analysis(text).known_names]


def test_a_period_glued_to_a_lower_case_letter_or_a_digit_ends_no_sentence() -> None:
    text = (
        "Корреспондент Almaty.tv встретился с консулом. Рост составил 3.5 процента."
        "Далее пресс-служба Tengrinews.kz сообщила."
    )
    got = [text[s:e] for s, e in Analysis(text).sentences()]
    assert got == [
        "Корреспондент Almaty.tv встретился с консулом.",
        "Рост составил 3.5 процента.",
        "Далее пресс-служба Tengrinews.kz сообщила.",
    ]
