"""The name proper inside a run of capitalised words (interview/runs)."""

from __future__ import annotations

import pytest

from kzpolicy_data.interview.runs import capital_runs, name_bounds


@pytest.mark.parametrize(
    ("run", "name", "kk"),
    [
        # a role before it is cut, a genitive after a role is the name's own
        ("Сенатор Ерлан Жексенбайдың", "Ерлан Жексенбайдың", True),
        # a country's name ends the run, and so does a change of script
        ("Ерлан Қарин Қазақстан мен", "Ерлан Қарин", True),
        ("Бекболат Орынбеков Egemen.kz", "Бекболат Орынбеков", True),
        # two first names before the surname stay; a position after the name is cut
        ("Джордж Альберт Крол", "Джордж Альберт Крол", True),
        # two given names before a two-word surname: all four (after a posting's place)
        ("Кыргызстане Эдвин Натан Ябо Глусман", "Эдвин Натан Ябо Глусман", False),
        ("Nurlan Mussin Chargé", "Nurlan Mussin", True),
        # three Latin words in prose keep the last two
        ("Kairat Lama Sharif", "Lama Sharif", True),
        # a body a position names ends before its holder's name
        ("International Relations Marc Trenteseau", "Marc Trenteseau", True),
        ("Strategic Studies Yerkin Tukumov", "Yerkin Tukumov", True),
        # a country opening the run heads the position (`-стан` is no ablative), an inflected
        # Kazakh position is cut
        ("Мажарстан Президенті Тамаш Шуйок", "Тамаш Шуйок", True),
        ("Ресей Премьер-министрі Михаил Мишустин", "Михаил Мишустин", True),
        # `Surname First Patronymic` in an oblique case keeps its surname
        ("Ивановым Сергеем Петровичем", "Ивановым Сергеем Петровичем", False),
        ("Петровой Анной Сергеевной", "Петровой Анной Сергеевной", False),
        # a state's formal name ends the position before the name
        (
            "Республики Казахстан Ахметовым Ерланом Маратовичем",
            "Ахметовым Ерланом Маратовичем",
            False,
        ),
        ("Республики Казахстан Ерланом Ахметовым", "Ерланом Ахметовым", False),
        # a greeting's `dear` is no surname of a `Surname First Patronymic`
        ("Уважаемый Ерлан Бауыржанович", "Ерлан Бауыржанович", False),
        ("Құрметті Ерлан Бауыржанұлы", "Ерлан Бауыржанұлы", True),
        # the place ending one phrase, then a state's adjective, a position and the name
        # (`... the state visit to China Kazakh President ...`; batch AE)
        ("China Kazakh President Arman Sarsenov", "Arman Sarsenov", False),
        ("China Kazakhstan Foreign Minister Arman Sarsenov", "Arman Sarsenov", False),
        # a position a role word opens and a state in `-стан` in the genitive ends (batch AG)
        (
            "Председателем Халк Маслахаты Туркменистана Гурбангулы Бердымухамедовым",
            "Гурбангулы Бердымухамедовым",
            False,
        ),
        # an Azerbaijani patronymic printed apart, in lower case (batch AF)
        ("Посол Азербайджана Закир Ариф оглы Гашимов", "Закир Ариф оглы Гашимов", False),
    ],
)
def test_name_bounds(run: str, name: str, kk: bool) -> None:
    words = run.split()
    i, j = name_bounds(words, kk=kk)
    assert " ".join(words[i:j]) == name


def test_a_headline_speakers_three_words_stay_whole() -> None:
    text = "Kairat Lama Sharif: great things await us\n"
    assert [text[s:e] for s, e, _ in capital_runs(text)] == ["Kairat Lama Sharif"]


@pytest.mark.parametrize("name", ["Marco D’Angelo", "Sean O'Connor"])
def test_an_elided_particle_stays_in_the_surname(name: str) -> None:
    text = f"Italian Ambassador {name} sat down with us."
    assert name in [text[a:b] for a, b, _ in capital_runs(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a line's last name and the next line's first words are two runs
        (
            "Head of the EU Delegation Norbert Jousten\nNone\n\nBy X",
            ["Norbert Jousten"],
        ),
        (
            "Глава делегации Норберт Йоустен\nФото Пресс-служба",
            ["Норберт Йоустен", "Фото Пресс-служба"],
        ),
        ("Политика\nМіржақып Дулатұлы сұхбат", ["Міржақып Дулатұлы"]),
        ("интервью с министром Нурланом Ахметовым\nСоглашение подписано", ["Нурланом Ахметовым"]),
        # a hard-wrapped sentence goes on over its line breaks, a name too
        (
            "Kazakhstan has started paying much closer attention to the costs of the\n"
            "project, and the country's energy minister, in an interview with a Sauat\n"
            "Mynbayev spoke of the budget of the whole project for the next years\n"
            "while the partners of the consortium are waiting for the first oil and\n"
            "the first revenues from it.",
            ["Sauat\nMynbayev"],
        ),
    ],
)
def test_a_run_stops_where_a_line_ends(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e, _ in capital_runs(text)] == names


def test_a_patronymic_in_lower_case_keeps_the_run_whole() -> None:
    text = "Посол Азербайджана Закир Ариф оглы Гашимов рассказал о нефти."
    assert [text[s:e] for s, e, _ in capital_runs(text)] == ["Закир Ариф оглы Гашимов"]
