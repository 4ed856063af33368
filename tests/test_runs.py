"""The name proper inside a run of capitalised words (interview/runs)."""

from __future__ import annotations

import pytest

from kzpolicy_data.interview.runs import capital_runs, name_bounds


@pytest.mark.parametrize(
    ("run", "name"),
    [
        # a role before it is cut, a genitive after a role is the name's own
        ("Сенатор Ерлан Жексенбайдың", "Ерлан Жексенбайдың"),
        # a country's name ends the run, and so does a change of script
        ("Ерлан Қарин Қазақстан мен", "Ерлан Қарин"),
        ("Бекболат Орынбеков Egemen.kz", "Бекболат Орынбеков"),
        # two first names before the surname stay; a position after the name is cut
        ("Джордж Альберт Крол", "Джордж Альберт Крол"),
        ("Nurlan Mussin Chargé", "Nurlan Mussin"),
        # three Latin words in prose keep the last two
        ("Kairat Lama Sharif", "Lama Sharif"),
        # a body a position names ends before its holder's name
        ("International Relations Marc Trenteseau", "Marc Trenteseau"),
        ("Strategic Studies Yerkin Tukumov", "Yerkin Tukumov"),
        # a country opening the run heads the position (`-стан` is no ablative), an inflected
        # Kazakh position is cut
        ("Мажарстан Президенті Тамаш Шуйок", "Тамаш Шуйок"),
        ("Ресей Премьер-министрі Михаил Мишустин", "Михаил Мишустин"),
    ],
)
def test_name_bounds(run: str, name: str) -> None:
    words = run.split()
    i, j = name_bounds(words, kk=True)
    assert " ".join(words[i:j]) == name


@pytest.mark.parametrize(
    ("run", "name"),
    [
        # `Surname First Patronymic` in an oblique case keeps its surname
        ("Ивановым Сергеем Петровичем", "Ивановым Сергеем Петровичем"),
        ("Петровой Анной Сергеевной", "Петровой Анной Сергеевной"),
        # a state's formal name ends the position before the name
        ("Республики Казахстан Ахметовым Ерланом Маратовичем", "Ахметовым Ерланом Маратовичем"),
        ("Республики Казахстан Ерланом Ахметовым", "Ерланом Ахметовым"),
    ],
)
def test_name_bounds_in_russian(run: str, name: str) -> None:
    words = run.split()
    i, j = name_bounds(words)
    assert " ".join(words[i:j]) == name


def test_a_headline_speakers_three_words_stay_whole() -> None:
    text = "Kairat Lama Sharif: great things await us\n"
    assert [text[s:e] for s, e, _ in capital_runs(text)] == ["Kairat Lama Sharif"]
