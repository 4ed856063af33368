"""Who speaks for a state: the first person of an official's answer (events/speakers)."""

from __future__ import annotations

import pytest

from kzpolicy_data import parse_bytes
from kzpolicy_data.codes import TurnKind
from kzpolicy_data.events.speakers import (
    _office_state,
    answerers,
    article_people,
    named_official,
    speaks_for,
)
from kzpolicy_data.nlp.analysis import Analysis
from kzpolicy_data.nlp.gazetteer import country_entry
from kzpolicy_data.records import Span, Turn

from .parsing import event_keys

KAZ = country_entry("KAZ")


def _answer(text: str) -> Turn:
    span = Span(start=0, end=len(text))
    return Turn(id="t2", n=2, speaker_id="s1", kind=TurnKind.ANSWER, span=span, paragraphs=[span])


@pytest.mark.parametrize(
    "text",
    [
        "Қазақстан мен Ресей келісімге қол қойды.",  # "мен" is "and"
        "Мен Ресей туралы айтқым келеді.",  # "I" here, but a bare "мен" is too often "and"
    ],
)
def test_kazakh_men_standing_alone_is_not_the_speaker(text: str) -> None:
    assert KAZ is not None
    assert speaks_for(text, 0, len(text), _answer(text), {"s1": KAZ}) is None


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [
        ("Менің ойымша, келісімге қол қойылады.", "Менің"),
        ("Маған Ресей елшісі хат жолдады.", "Маған"),
        ("Біз келісімге қол қойдық.", "Біз"),
        ("Мы подписали соглашение.", "Мы"),
    ],
)
def test_unambiguous_first_person_of_an_official_is_their_state(text: str, pronoun: str) -> None:
    assert KAZ is not None
    got = speaks_for(text, 0, len(text), _answer(text), {"s1": KAZ})
    assert got is not None and got.surface == pronoun and got.entry.actor_codes == ("KAZ",)


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "U.S. Ambassador William Moser: Living in Kazakhstan is a privilege",
            "William Moser",
            "USA",
        ),
        (
            "Ambassador of Azerbaijan to Kazakhstan, Aghalar Atamoglanov, spoke to Report.",
            "Aghalar Atamoglanov",
            "AZE",
        ),
        (
            "Roman Vassilenko, Kazakhstan's deputy foreign minister, calls for diplomacy.",
            "Roman Vassilenko",
            "KAZ",
        ),
        (
            "Ambassador Peter van Leeuwen, Chargé d'Affaires of the Kingdom of the Netherlands "
            "to RK, was presented with an order.",
            "Peter van Leeuwen",
            "NLD",
        ),
        # the office's phrase before the name holds its state ("of Japan"), past the 40
        # characters an office and its state usually stand apart; a consul holds an office
        (
            "Ambassador Extraordinary and Plenipotentiary of Japan to Kazakhstan Yuzo Harada "
            "told about the prospects.",
            "Yuzo Harada",
            "JPN",
        ),
        (
            "Генеральный консул Российской Федерации в Алматы Дмитрий Тураев побывал в области.",
            "Дмитрий Тураев",
            "RUS",
        ),
        (
            "Об этом мы поговорили с генеральным консулом Венгрии в Казахстане Ференцем "
            "Блауманном.",
            "Ференц Блауманн",
            "HUN",
        ),
        # someone else's office, a comma away, is not the guest's
        (
            "О том, изменится ли внешняя политика Казахстана с вновь избранным главой "
            "государства, Ia-centr.ru рассказал казахстанский политолог Данияр Ашимбаев.",
            "Данияр Ашимбаев",
            None,
        ),
        # a former office is nobody's; a headline's state is not the guest's
        (
            "Его инициатор — бывший премьер-министр Казахстана Акежан Кажегельдин.",
            "Акежан Кажегельдин",
            None,
        ),
        (
            "Kazakh President to visit Pakistan: Ambassador Yerzhan Kistafin",
            "Yerzhan Kistafin",
            None,
        ),
        (
            "Беседа с Акежаном Кажегельдиным – о Казахстане после Назарбаева",
            "Акежан Кажегельдин",
            None,
        ),
    ],
)
def test_the_state_of_an_office_is_read_next_to_the_guests_name(
    text: str, name: str, code: str | None
) -> None:
    entry = _office_state(text, name)
    assert (entry.code if entry else None) == code


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Заместитель министра иностранных дел Казахстана Ермухамбет Конуспаев встретился "
            "с послом Украины в Казахстане Петром Врублевским.",
            # the envoy named in the instrumental keeps his printed and nominative surnames
            {"конуспаев": "KAZ", "врублевским": "UKR", "врублевский": "UKR"},
        ),
        ("Kazakhstan's Deputy Foreign Minister Roman Vassilenko met them.", {"vassilenko": "KAZ"}),
        ("Roman Vassilenko, Kazakhstan's deputy foreign minister, said so.", {"vassilenko": "KAZ"}),
        # a place right after the name ends it
        (
            "Қазақстан Сыртқы істер министрі Мұхтар Тілеуберді Анкараға барды.",
            {"тілеуберді": "KAZ"},
        ),
        ("Бывший министр иностранных дел Казахстана Ерлан Идрисов выступил.", {}),
        # one surname given two states is nobody's
        ("Посол России Иван Петров приехал. Посол Китая Ли Петров уехал.", {}),
    ],
)
def test_article_people_are_officials_introduced_with_their_office_and_state(
    text: str, people: dict[str, str]
) -> None:
    got = {k: v.actor_codes[0] for k, v in article_people(text).items()}
    assert got == people


def test_an_official_named_by_surname_before_the_act_is_its_doer() -> None:
    intro = "Заместитель министра иностранных дел Казахстана Ермухамбет Конуспаев прибыл. "
    people = article_people(intro)
    for sentence, who in [
        ("Конуспаев выразил протест послу Украины.", "Конуспаев"),
        ("Посол Украины встретился с Конуспаевым.", None),  # the one met, not the doer
        ("Лавров и Конуспаев обсудили вопросы.", None),  # a conjunct
    ]:
        toks = Analysis(sentence).tokens
        got = named_official(toks, len(toks), people)
        assert (got.surface if got else None) == who


def test_a_first_person_after_an_act_whose_subject_is_they_is_not_its_source() -> None:
    """(batch AL) `But they agreed to play the match in Kazakhstan and thanked us`: the
    official's `us` is thanked; the act is theirs."""
    text = "But they agreed to play the match in Kazakhstan and thanked us for that."
    act = text.index("agreed")
    assert speaks_for(text, 0, len(text), _answer(text), {"s1": KAZ}, act=act) is None
    mine = "We agreed to play the match in Kazakhstan."
    got = speaks_for(mine, 0, len(mine), _answer(mine), {"s1": KAZ}, act=mine.index("agreed"))
    assert got is not None and got.entry.code == "KAZ"


def test_a_question_cut_before_its_answer_is_put_to_the_one_guest() -> None:
    """(batch AM) `– Не секрет, что за вашими выборами следил весь мир. ...` cut before the
    reply of the US diplomat: `your` elections are the guest's state's."""
    text = (
        "Заместитель главы дипломатической миссии США в Казахстане Джон Поммершайм посетил "
        "Атырау. Мы побеседовали с дипломатом.\n\n– Не секрет, что за вашими выборами следил "
        "весь мир. Маленький штрих: на днях я невольно подслушала, как мой сын обсуждал "
        "кандидатов. Это был"
    )
    record = parse_bytes(text.encode(), "cut.txt", events=False)
    asked = answerers(record)
    guest = next(s.id for s in record.speakers if s.interview_role.value == "interviewee")
    assert asked == {record.turns[0].id: guest}
    assert not [k for k in event_keys(text, "cut.txt", title=None) if "KAZ" in k[2]]
