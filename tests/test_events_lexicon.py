"""Trigger words and names: what a word's stem may and may not match (events/lexicon,
nlp/gazetteer)."""

from __future__ import annotations

import pytest

from kzpolicy_data.nlp.gazetteer import find

from .parsing import Key, event_keys


def _keys(text: str) -> list[Key]:
    return event_keys(text, "lex")


def _types(text: str) -> set[str]:
    return {k[0] for k in _keys(text)}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a Kazakh phrase's short verb root takes its endings
        ("Қазақстан мен Өзбекстан министрлері құжатқа қол қойды.", "AGREE"),
        ("Тоқаев Жапониямен байланыстың маңызын атап өтті.", "kzp:STATEMENT"),
        ("Қазақстан мен Қырғызстанның министрлері Бішкекте бас қосты.", "CONSULT"),
        ("Жапония Қазақстанды стратегиялық әріптес деп атайды.", "SUPPORT"),
        # praise, recognition and an embassy opened, in each language
        ("Токаев дал высокую оценку вкладу Китая в укрепление добрососедства.", "SUPPORT"),
        ("Ресей Қазақстанның тәжірибесін жоғары бағалайды.", "SUPPORT"),
        ("Казахстан не планирует признавать независимость Абхазии.", "SUPPORT"),
        ("Кувейт открыл посольство в Астане.", "SUPPORT"),
        ("Үндістан Астанада елшілігін ашты.", "SUPPORT"),
        ("Kuwait opened its embassy in Astana.", "SUPPORT"),
        # peacekeepers sent are military aid
        ("Совет ОДКБ принял решение направить миротворческие силы в Казахстан.", "AID"),
    ],
)
def test_a_phrase_matches_whatever_the_ending_of_its_later_words(text: str, kind: str) -> None:
    assert kind in _types(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kazakhstan plays a significant role for Japan in the region.", "AGREE"),
        ("Kazakhstan and Japan opened a joint exhibition of painters.", "AGREE"),
        ("A supporter of Kazakhstan spoke about Japan at the festival.", "SUPPORT"),
        # an invitation is no demand
        ("Тоқаевтың шақыруымен Өзбекстан Президенті Астанаға келді.", "DEMAND"),
    ],
)
def test_a_word_that_only_begins_like_a_trigger_is_no_act(text: str, kind: str) -> None:
    assert kind not in _types(text)


def test_kazakh_trade_is_not_saudi_arabia() -> None:
    # "сауда" (trade) begins like "Сауд Арабиясы"
    assert not [
        m for m in find("Қазақстан мен Қытай арасындағы сауда өсті.") if m.entry.code == "SAU"
    ]
    assert [m.entry.code for m in find("Тоқаев Сауд Арабиясына барды.")] == ["KAZ", "SAU"]


def test_talks_told_apart_from_a_visit_are_their_own_event() -> None:
    # the guide: a visit and the talks held during it are two CONSULT events
    got = _keys(
        "Президент Казахстана Токаев прибыл в Россию с государственным визитом.\n\n"
        "В Кремле Токаев провел переговоры с Путиным."
    )
    assert got.count(("CONSULT", "asserted", ("KAZ",), ("RUS",))) == 2


def test_what_the_parties_discussed_at_their_talks_is_those_talks() -> None:
    # one act told twice (batch AG): `held talks with`, then `The parties discussed ...`
    got = _keys(
        "Kassym-Jomart Tokayev held talks with Hungarian Prime Minister Viktor Orban, who "
        "arrived in Kazakhstan on an official visit.\n\nThe parties discussed in detail the "
        "prospects for the development of Kazakh-Hungarian relations."
    )
    assert got.count(("CONSULT", "asserted", ("KAZ",), ("HUN",))) == 1


def test_talks_are_an_act_even_where_something_else_is_said_at_them() -> None:
    # "в ходе переговоров с Путиным" is not only the scene of the statement: the talks happened
    got = _keys("В ходе переговоров с Путиным Токаев заявил о важности торговли.")
    assert ("CONSULT", "asserted", ("KAZ",), ("RUS",)) in got


def test_meeting_a_need_is_no_meeting() -> None:
    assert "CONSULT" not in _types("Kazakhstan is able to meet Pakistan's needs in oil and gas.")
    # batch AO: the quota told first, in the relative clause that ends "to meet"
    assert "CONSULT" not in _types(
        "Kazakhstan reported a 3% decrease in oil output but it still exceeded the OPEC+ quota "
        "it has pledged to meet after months of overproduction."
    )
    assert "CONSULT" in _types("Kazakhstan's President met Pakistan's Prime Minister in Astana.")


def test_a_russian_arrival_noun_is_a_visit() -> None:
    assert ("CONSULT", "asserted", ("KAZ",), ("ITA",)) in _keys(
        "Приезд казахстанского президента в Италию стал событием года."
    )


def test_he_talks_is_a_speaker_not_talks_held() -> None:
    assert "CONSULT" not in _types(
        "In addition, he talks on the interest of Kazakh investors in Azerbaijan."
    )
    assert "CONSULT" in _types("Kazakhstan and Azerbaijan held talks in Baku.")


def test_kazakh_in_latin_letters_is_read_as_kazakh() -> None:
    """The case endings and the language of a sentence are read from the Cyrillic reading of
    Kazakh printed in the 2018 Latin alphabet: "Qytaıǵa" is a dative, the host of the visit."""
    got = _keys(
        "Qazaqstan Prezıdenti Qasym-Jomart Toqaev Qytaıǵa memlekettik saparmen bardy. "
        "Ol Qytaı basshysymen kezdesti. Eki el kelisimge qol qoıdy. Reseı de qoldady."
    )
    assert ("CONSULT", "asserted", ("KAZ",), ("CHN",)) in got
    assert len([k for k in got if k[:4] == ("CONSULT", "asserted", ("KAZ",), ("CHN",))]) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Астана отрицает помощь Москве в обходе санкций.",
        "Kazakhstan will not help Russia circumvent Western sanctions.",
        "Kazakhstan denies helping Russia evade sanctions.",
        "Қазақстан Ресейге санкцияларды айналып өтуге көмектеспейді.",
    ],
)
def test_getting_round_sanctions_is_no_sanction(text: str) -> None:
    assert all(k[0] != "SANCTION" for k in event_keys(text, "evade.txt"))


def test_sanctions_imposed_stay_a_sanction() -> None:
    assert ("SANCTION", "asserted", ("USA",), ("RUS",)) in event_keys(
        "США ввели санкции против России.", "impose.txt"
    )


@pytest.mark.parametrize(
    "text",
    [
        # batch AR: an envoy hopes a consulate will help carry out what the heads agreed
        "Посол КНР выразил надежду, что консульство будет способствовать воплощению в жизнь "
        "договоренностей глав Казахстана и Китая.",
        "Стороны обсудили ход реализации достигнутых договорённостей с Китаем, заявил Токаев.",
        "Tokayev and Xi discussed the implementation of the agreements reached earlier with China.",
        "Тоқаев пен Си Цзиньпин бұрын қол жеткізілген келісімдерді жүзеге асыру барысын талқылады.",
    ],
)
def test_agreements_carried_out_are_no_new_agreement(text: str) -> None:
    assert all(k[0] != "AGREE" for k in event_keys(text, "implement.txt"))


def test_an_agreement_to_carry_something_out_stays_an_agreement() -> None:
    got = event_keys("Казахстан и Китай подписали соглашение о реализации проекта.", "sign.txt")
    assert ("AGREE", "asserted", ("KAZ",), ("CHN",)) in got


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # batch AU: a resolution adopted is no guest received
        ("БҰҰ Бас Ассамблеясы Украинаға шығынды өтеу резолюциясын қабылдады.", "CONSULT"),
        # what a speaker talked about is no talks
        (
            "The Ambassador of Indonesia discussed how Astana’s experience helps the country.",
            "CONSULT",
        ),
        # actions that threaten escalation: a risk told, not a threat made
        (
            "Токаев считает подобные действия Ирана неприемлемыми и угрожающими эскалацией.",
            "THREATEN",
        ),
    ],
)
def test_a_word_of_an_act_used_otherwise_is_no_act(text: str, kind: str) -> None:
    assert all(k[0] != kind for k in event_keys(text, "otherwise.txt"))


def test_a_guest_received_and_a_threat_made_stay_acts() -> None:
    assert ("CONSULT", "asserted", ("CHN",), ("KAZ",)) in event_keys(
        "Тоқаев Қытай елшісін қабылдады.", "received.txt"
    )
    assert any(k[0] == "THREATEN" for k in event_keys("Россия угрожает Украине.", "t.txt"))
