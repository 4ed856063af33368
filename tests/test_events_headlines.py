"""A title quoting an official (events/headlines)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from kzpolicy_data import parse_bytes
from kzpolicy_data.events.extract import extract_candidates
from kzpolicy_data.nlp.analysis import Analysis

from .parsing import Key, event_keys
from .strategies import quoted_words


def _keys(title: str, body: str = "Текст новости.") -> list[Key]:
    return event_keys(f"{title}\n\n{body}", "headline", title=None)


@pytest.mark.parametrize(
    ("title", "key"),
    [
        (
            "Посол КНР: Когда в Казахстане все стабильно и безопасно, то и нам хорошо",
            ("kzp:STATEMENT", "asserted", ("CHN",), ("KAZ",)),
        ),
        (
            "Relations between Kazakhstan and Russia have a rich past and a bright future - "
            "Tokayev",
            ("kzp:STATEMENT", "asserted", ("KAZ",), ("RUS",)),
        ),
        (
            "Kazakhstan's Foreign Minister: Astana Regards Azerbaijan as Key Caucasus Country",
            ("kzp:STATEMENT", "asserted", ("KAZ",), ("AZE",)),
        ),
        # a foreign official's words that name no state are about Kazakhstan
        (
            "Жапония елшісі: Ғажайып елде қызмет ету – ерекше құрмет",
            ("kzp:STATEMENT", "asserted", ("JPN",), ("KAZ",)),
        ),
    ],
)
def test_the_quoted_official_is_the_source(title: str, key: Key) -> None:
    assert key in _keys(title)


def test_quoted_praise_is_the_officials_support() -> None:
    got = _keys("Посол Казахстана: Россия – наш стратегический партнёр и союзник")
    assert ("SUPPORT", "asserted", ("KAZ",), ("RUS",)) in got
    assert not [k for k in got if k[0] == "kzp:STATEMENT"]


@pytest.mark.parametrize(
    "title",
    [
        # an interviewer's label, a rubric and an expert are nobody's state
        "Азаттык: Вы говорили о реформе в Казахстане и России",
        "Сайлау-2022: Қазақстан мен Ресей арасындағы байланыс",
        "Политолог Иванов: Казахстан и Россия останутся союзниками",
        # a Kazakh official's words that name no other state: domestic programme, left
        "Нурсултан Назарбаев: Завоевать независимость — не означает сохранить ее",
    ],
)
def test_no_state_no_quoted_statement(title: str) -> None:
    # (a statement the words' own verb tells may stay, without a source: never published)
    assert not [k for k in _keys(title) if k[0] == "kzp:STATEMENT" and k[2]]


def test_a_headline_telling_an_act_is_that_act() -> None:
    got = _keys("Посол Казахстана: Токаев посетит Россию с государственным визитом")
    assert not [k for k in got if k[0] == "kzp:STATEMENT"]
    assert [k for k in got if k[0] == "CONSULT"]


def test_a_list_of_topics_before_the_colon_is_no_speaker() -> None:
    # the visit named before the colon is a topic of the interview, not its speaker
    got = _keys("Тоқаевтың Кореяға іссапары, мигранттар мәселесі: Корея елшісі Қазақстан туралы")
    assert not [k for k in got if k[0] == "kzp:STATEMENT" and k[2] == ("KAZ",)]


def test_an_implied_party_is_printed_nowhere() -> None:
    record = parse_bytes(
        "Жапония елшісі: Ғажайып елде қызмет ету – ерекше құрмет\n\nМәтін.\n".encode(),
        "implied.txt",
        events=False,
    )
    (event,) = [c.event for c in extract_candidates(record, Analysis(record.text))]
    assert [a.actor_text for a in event.recipient] == [None]
    assert event.source[0].actor_text == "Жапония елшісі"


@settings(max_examples=40)
@given(quoted_words(), quoted_words())
def test_quoted_words_always_parse(title: str, lead: str) -> None:
    # any title and lead of speakers, joints and contents (and noise) parse: a frame that
    # failed would surface as the package's ParseError for the whole article
    record = parse_bytes(f"{title}\n\n{lead}\n\nТекст.\n".encode(), "quoted.txt")
    for event in record.events:
        assert all(record.quote(ev.span).strip() for ev in event.evidence)
