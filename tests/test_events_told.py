"""How an act is told: a document signed, a telephone call (events/told), and that the
confidence model weighs them."""

from __future__ import annotations

import pytest

from kzpolicy_data import parse_bytes
from kzpolicy_data.events.annotate import event_key
from kzpolicy_data.events.confidence import model
from kzpolicy_data.events.extract import extract_candidates
from kzpolicy_data.nlp.analysis import Analysis


def _signed(text: str) -> list[tuple[tuple[str, ...], bool]]:
    """The sources of each AGREE candidate of ``text`` and whether it is read as a document
    signed."""
    record = parse_bytes(f" date 2026-03-02 Жаңалық\n\n{text}\n".encode(), "made-up.txt")
    return [
        (event_key(c.event)[2], bool(c.features["signed"]))
        for c in extract_candidates(record, Analysis(record.text))
        if c.event.event_type.value == "AGREE"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "По итогам переговоров лидеры Казахстана и России подписали декларацию о союзничестве.",
        "Президенттер Қазақстан мен Әзербайжан арасындағы маңызды құжаттарға қол қойды.",
        "During the visit, Kazakhstan and Kuwait signed a number of agreements.",
        "Kazakhstan and India inked five major pacts on defence and trade.",
        # lemmas are read with е for ё: `договорённость` is `договоренность`
        "Казахстан и Китай подписали договорённость о безвизовом режиме.",
    ],
)
def test_a_document_signed_is_read_as_signed(text: str) -> None:
    assert any(signed for _, signed in _signed(text)), _signed(text)


@pytest.mark.parametrize(
    "text",
    [
        # a decree or a law signed is no agreement between parties
        "Президент Казахстана подписал указ о проведении референдума.",
        "Тоқаев Қазақстан азаматтығы туралы заңға қол қойды.",
        # an agreement named, but not signed
        "Kazakhstan joined the agreement on the Eurasian Economic Union.",
        "Казахстан и Россия договорились о продлении соглашения.",
    ],
)
def test_no_document_signed(text: str) -> None:
    assert not any(signed for _, signed in _signed(text)), _signed(text)


def test_an_agreement_told_signed_is_published() -> None:
    text = "Лидеры Казахстана и Азербайджана подписали декларацию о стратегическом партнёрстве."
    record = parse_bytes(f" date 2026-03-02 Жаңалық\n\n{text}\n".encode(), "made-up.txt")
    assert [e.event_type.value for e in record.events] == ["AGREE"], [
        (e.event_type.value, e.confidence) for e in record.events
    ]
    assert model().weights["signed"] > 0


def _called(text: str) -> list[bool]:
    record = parse_bytes(f" date 2026-03-02 Жаңалық\n\n{text}\n".encode(), "made-up.txt")
    return [
        bool(c.features["called"])
        for c in extract_candidates(record, Analysis(record.text))
        if c.event.event_type.value == "CONSULT"
    ]


@pytest.mark.parametrize(
    ("text", "called"),
    [
        ("Глава МИД России Сергей Лавров обсудил в телефонном разговоре с министром иностранных "
         "дел Казахстана Муратом Нуртлеу сотрудничество.", True),
        ("Қасым-Жомарт Тоқаев Өзбекстан Президенті Шавкат Мирзиёевпен телефон арқылы сөйлесті.",
         True),
        ("About a month ago, the presidents of Ukraine and Kazakhstan had a telephone "
         "conversation.", True),
        # a visit, however much is discussed on it, is no call
        ("Касым-Жомарт Токаев посетил Ташкент и провел переговоры с Шавкатом Мирзиёевым.", False),
    ],
)  # fmt: skip
def test_a_telephone_conversation_is_read_as_a_call(text: str, called: bool) -> None:
    got = _called(text)
    assert got and any(got) is called, got


def test_a_call_told_is_published() -> None:
    text = "В том же году состоялось семь телефонных разговоров президентов Казахстана и России."
    record = parse_bytes(f" date 2026-03-02 Жаңалық\n\n{text}\n".encode(), "made-up.txt")
    assert "CONSULT" in [e.event_type.value for e in record.events], [
        (e.event_type.value, e.confidence) for e in record.events
    ]
    assert model().weights["called"] > 0


@pytest.mark.parametrize(
    ("text", "agreed"),
    [
        ("Президенты Беларуси, Казахстана и России договорились о создании Евразийского союза.",
         True),
        ("Malaysia and Kazakhstan have agreed to continue strengthening their ties.", True),
        ("Қазақстан мен Тәжікстан басшылары шекара туралы келісім жасауға уағдаласты.", True),
        # an agreement joined, neither signed nor agreed between parties
        ("Казахстан присоединился к соглашению о свободной торговле с Узбекистаном.", False),
    ],
)  # fmt: skip
def test_parties_told_to_have_agreed(text: str, agreed: bool) -> None:
    record = parse_bytes(f" date 2026-03-02 Жаңалық\n\n{text}\n".encode(), "made-up.txt")
    got = [
        bool(c.features["agreed"])
        for c in extract_candidates(record, Analysis(record.text))
        if c.event.event_type.value == "AGREE"
    ]
    assert got and any(got) is agreed, got
    assert model().weights["agreed"] > 0
