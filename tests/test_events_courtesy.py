"""Thanks and congratulations given (events/courtesy): SUPPORT by the party that thanks or
congratulates towards the party addressed, published; the shapes of the dev split's misses."""

from __future__ import annotations

import pytest

from kzpolicy_data import parse_bytes
from kzpolicy_data.events.confidence import model

from .parsing import event_keys


def _support(text: str) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
    return {(s, r) for t, _, s, r in event_keys(text, "made-up.txt") if t == "SUPPORT"}


@pytest.mark.parametrize(
    ("text", "source", "recipient"),
    [
        # the thanked between the word and what the thanks are for (not the reason's parties)
        ("Касым-Жомарт Токаев выразил признательность Шавкату Мирзиёеву за приглашение "
         "посетить Ташкент.", "KAZ", "UZB"),
        ("Глава МИД Украины Сибига поблагодарил Казахстан за поддержку Киева.", "UKR", "KAZ"),
        ("For his part, the Cuban diplomat thanked the people and government of Kazakhstan "
         "for the support of his country.", "CUB", "KAZ"),
        # Kazakh: the thanker first, the thanked the last dative before the word, after the
        # reason
        ("Қасым-Жомарт Тоқаев қонақжайлық танытқаны үшін Түркия Президентіне алғыс айтты.",
         "KAZ", "TUR"),
        ("Мевлют Чавушоғлу кездесуге мүмкіндік бергені үшін Қазақстан Президентіне алғыс айтты.",
         "TUR", "KAZ"),
        ("Мемлекет басшысы бауырлас қырғыз еліне шақырғаны үшін Садыр Жапаровқа алғыс айтты.",
         "KAZ", "KGZ"),
    ],
)  # fmt: skip
def test_thanks_are_the_thankers_support_of_the_thanked(
    text: str, source: str, recipient: str
) -> None:
    assert ((source,), (recipient,)) in _support(text)


def test_thanks_are_published() -> None:
    text = "Касым-Жомарт Токаев выразил признательность Шавкату Мирзиёеву за теплый прием."
    record = parse_bytes(f" date 2026-03-02 Жаңалық\n\n{text}\n".encode(), "made-up.txt")
    assert [
        ([a.code for a in e.source], [a.code for a in e.recipient])
        for e in record.events
        if e.event_type.value == "SUPPORT"
    ] == [(["KAZ"], ["UZB"])]
    assert model().weights["thanked"] > 0


def test_an_officials_own_thanks_are_their_states() -> None:
    text = (
        "Наш собеседник — посол Латвии в Казахстане Ивар Петерсон.\n\n"
        "– Как вы оцениваете отношения?\n\n"
        "– Прежде всего, я выражаю особую благодарность Правительству и народу Казахстана за "
        "приглашение.\n\n– Спасибо за беседу.\n\n– Спасибо."
    )
    got = {(s, r) for t, _, s, r in event_keys(text, "thanks", title="Интервью") if t == "SUPPORT"}
    assert (("LVA",), ("KAZ",)) in got


@pytest.mark.parametrize(
    "text",
    [
        # "thanks to" and "благодаря" say why, not whom
        "Kazakhstan's trade grew thanks to Uzbekistan's new railway.",
        "Казахстан нарастил торговлю благодаря Узбекистану.",
        # nobody thanked by name: the reason's party is no recipient
        "Эмомали Рахмон көрсетілген құрмет үшін ризашылығын білдірді.",
        # a question asks, it tells no thanks
        "Поблагодарил ли Токаев Мирзиёева за прием?",
    ],
)
def test_no_thanks_given(text: str) -> None:
    assert not {(s, r) for s, r in _support(text) if s and r}, _support(text)


@pytest.mark.parametrize(
    ("text", "source", "recipient"),
    [
        # the one congratulated between the word and what it is on ("с победой": not a party)
        ("Сергей Лавров поздравил коллегу из Казахстана с назначением.", "RUS", "KAZ"),
        ("First, allow me to congratulate Kazakhstan on becoming a WTO member.", None, "KAZ"),
        # Kazakh: the accusative before the verb; the speaker the first name not in it
        ("Қасым-Жомарт Тоқаев Режеп Тайип Ердоғанды сайлаудағы жеңісімен құттықтады.",
         "KAZ", "TUR"),
    ],
)  # fmt: skip
def test_congratulations_are_the_speakers_support_of_the_one_congratulated(
    text: str, source: str | None, recipient: str
) -> None:
    got = _support(text)
    if source is None:  # nobody named congratulates: no source, no event
        assert not {s for s, r in got if r == (recipient,) and s}, got
    else:
        assert ((source,), (recipient,)) in got, got
