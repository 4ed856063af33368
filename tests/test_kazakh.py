"""Kazakh case suffixes on names: stripping inverts declining, for every case and harmony."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kzpolicy_data.nlp.kazakh import CASES, decline, is_patronymic, strip_case

from .strategies import kazakh_names

_STRONG = ("comitative", "ablative", "genitive")


@given(kazakh_names(), st.sampled_from(CASES))
@example("Әлия Әбін", "locative")  # was read as `Әбі` + `-нде` (found by hypothesis in CI)
@example("Самат Абан", "locative")  # was read as `Аба` + `-нда`
def test_stripping_the_suffix_gives_the_name_back(name: str, case: str) -> None:
    declined = decline(name, case)
    stem, suffix = strip_case(declined.split()[-1], weak=True)
    assert stem == name.split()[-1], (declined, suffix)
    assert suffix is not None


@given(kazakh_names(), st.sampled_from(_STRONG))
def test_strong_cases_are_stripped_without_being_asked(name: str, case: str) -> None:
    stem, _ = strip_case(decline(name, case).split()[-1])
    assert stem == name.split()[-1]


@given(kazakh_names(), st.sampled_from(_STRONG))
def test_latin_suffixes_are_stripped(name: str, case: str) -> None:
    latin = "Nurlanúly" if is_patronymic(name) else "Sädyqova"
    stem, _ = strip_case(decline(latin, case, latin=True))
    assert stem == latin


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("Бекмұратовамен", "Бекмұратова"),  # comitative after a vowel (D18)
        ("САПАРБЕКҰЛЫМЕН", "САПАРБЕКҰЛЫ"),  # capitals, attached (D19)
        ("Сәтпаевпен", "Сәтпаев"),  # -пен after a voiceless sound
        ("Жақыпбекұлының", "Жақыпбекұлы"),  # genitive after the possessive
        ("Сейітов-тен", "Сейітов"),  # ablative, hyphenated (D21 `B-тен`)
        ("Қазақстанның", "Қазақстан"),  # -ның after a nasal
        ("سەيىتوۆتەن", "سەيىتوۆ"),  # Arabic script, ablative
        ("سارسەنباەۆادان", "سارسەنباەۆا"),
        ("Nurlanúlymen", "Nurlanúly"),
    ],
)
def test_real_suffixes(word: str, stem: str) -> None:
    assert strip_case(word)[0] == stem


@pytest.mark.parametrize("word", ["Бекмұратова", "Сабина", "Нұртаза", "Әбжан", "Айгерим", "Ли"])
def test_nominative_names_are_left_alone(word: str) -> None:
    assert strip_case(word) == (word, None)


def test_weak_cases_only_when_asked() -> None:
    # `-ға`, `-да`, `-на` after a consonant or `-а` can end a nominative name
    for word in ("Абанға", "Сабина", "Ольга", "Тоқа", "Серікті"):
        assert strip_case(word) == (word, None)
    assert strip_case("Абанға", weak=True) == ("Абан", "ға")


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("Омарбекұлына", "Омарбекұлы"),  # after a patronymic's possessive `н`
        ("Сапарбекұлын", "Сапарбекұлы"),
        ("Жүсіпбекке", "Жүсіпбек"),  # a doubled `кк`
        ("Алшановқа", "Алшанов"),  # a Russian-type surname's dative
        ("алшановқа", "алшанов"),
        ("Майкоға", "Майко"),  # `-ға` after a vowel
        ("Давутоғлуға", "Давутоғлу"),
        ("Мусаны", "Муса"),  # the accusative after a vowel
    ],
)
def test_weak_cases_no_nominative_name_ends_in(word: str, stem: str) -> None:
    assert strip_case(word)[0] == stem


def test_decline_rejects_an_unknown_case() -> None:
    with pytest.raises(ValueError, match="unknown case"):
        decline("Ерлан", "vocative")


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("Абанда", "Абан"),
        ("Абанға", "Абан"),
        ("Сапарбекұлында", "Сапарбекұлы"),
        ("Әкесіне", "Әкесі"),
    ],
)
def test_possessive_suffixes_only_follow_a_possessive(word: str, stem: str) -> None:
    assert strip_case(word, weak=True)[0] == stem


@pytest.mark.parametrize("word", ["БОЛАДЫ", "айтады", "береді"])
def test_an_accusative_or_genitive_in_d_or_t_never_follows_a_vowel(word: str) -> None:
    """After a vowel the accusative is `-ны` and the genitive `-ның`: `бола-ды` is a verb."""
    assert strip_case(word, weak=True) == (word, None)
    assert strip_case("Асанды", weak=True) == ("Асан", "ды")


def test_a_voiceless_sound_takes_a_t_suffix() -> None:
    """`СӘБДЕН` is a surname: after `б` (voiceless before a suffix) the ablative is `-тен`."""
    assert strip_case("СӘБДЕН") == ("СӘБДЕН", None)
    assert strip_case("Сәбтен") == ("Сәб", "тен")
