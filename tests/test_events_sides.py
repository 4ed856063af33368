"""Sides a convention binds (events/sides): a host receiving several states' envoys."""

from __future__ import annotations

import pytest

from tests.parsing import event_keys


@pytest.mark.parametrize(
    "text",
    [
        "Токаев принял послов России и Китая.",
        "Tokayev received the ambassadors of Russia and China.",
        "Тоқаев Ресей және Қытай елшілерін қабылдады.",
    ],
)
def test_a_host_receiving_two_states_envoys_meets_each(text: str) -> None:
    keys = [(t, s, r) for t, _, s, r in event_keys(text, "made-up.txt")]
    assert ("CONSULT", ("RUS",), ("KAZ",)) in keys
    assert ("CONSULT", ("CHN",), ("KAZ",)) in keys
    assert not any(len(s) > 1 for _, s, _ in keys)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # one guest: one meeting, the guest's state the source
        ("Токаев принял посла Китая.", ("CONSULT", ("CHN",), ("KAZ",))),
        # not a reception: the one who meets them is the source, both the recipients
        ("Токаев провел встречу с послами России и Китая.", ("CONSULT", ("KAZ",), ("CHN", "RUS"))),
    ],
)
def test_one_guest_or_a_meeting_stays_one_event(text: str, key: tuple[object, ...]) -> None:
    keys = [(t, s, tuple(sorted(r))) for t, _, s, r in event_keys(text, "made-up.txt")]
    assert keys == [key]


def test_the_host_named_again_in_the_guests_post_is_no_guest() -> None:
    keys = event_keys(
        "Minister of Foreign Affairs of Kazakhstan Murat Nurtleu received Ambassador of the "
        "United Kingdom of Great Britain and Northern Ireland to the Republic of Kazakhstan.",
        "made-up.txt",
    )
    assert ("CONSULT", "asserted", ("GBR",), ("KAZ",)) in keys
    assert not [k for k in keys if len(k[2]) > 1 or "IRL" in k[2] + k[3]]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # several visitors to one host: a journey is theirs to the host, not everyone's meeting
        (
            "Өзбекстан, Қырғызстан және Тәжікстан президенттері Астанаға жолға шықты.",
            ("CONSULT", "asserted", ("KGZ", "TJK", "UZB"), ("KAZ",)),
        ),
        (
            "Өзбекстан, Қырғызстан және Тәжікстан президенттері Астанаға сапармен келді.",
            ("CONSULT", "asserted", ("KGZ", "TJK", "UZB"), ("KAZ",)),
        ),
        # a group's other states travel to its member that hosts
        (
            "Орталық Азия елдерінің көшбасшылары Астанаға жолға шықты.",
            ("CONSULT", "asserted", ("KGZ", "TJK", "TKM", "UZB"), ("KAZ",)),
        ),
        # a meeting of three is still everyone's
        (
            "Президенты Узбекистана, Киргизии и Казахстана провели переговоры в Астане.",
            ("CONSULT", "asserted", ("KAZ", "KGZ", "UZB"), ()),
        ),
    ],
)
def test_several_visitors_travel_to_one_host(text: str, key: tuple[object, ...]) -> None:
    assert key in event_keys(text, "trip.txt")


def test_setting_off_on_a_journey_is_no_withdrawal() -> None:
    """`жолға шықты` (set off) is a trip; `шықты` alone stays a withdrawal's word."""
    keys = event_keys("Өзбекстан президенті Астанаға жолға шықты.", "trip.txt")
    assert [k[0] for k in keys] == ["CONSULT"]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # a foreign leader's or official's visit with no host named: a visit to Kazakhstan
        (
            "Визит премьер-министра Израиля в конце прошлого года был первым в истории.",
            ("CONSULT", "asserted", ("ISR",), ("KAZ",)),
        ),
        (
            "Last fall, during an official visit of French President Nicolas Sarkozy, the sides "
            "signed contracts.",
            ("CONSULT", "asserted", ("FRA",), ("KAZ",)),
        ),
        (
            "Визит главы Узбекистана имеет очень большую роль.",
            ("CONSULT", "asserted", ("UZB",), ("KAZ",)),
        ),
        # a host named stays the host
        (
            "Визит премьер-министра Израиля в Китай был первым в истории.",
            ("CONSULT", "asserted", ("ISR",), ("CHN",)),
        ),
    ],
)
def test_a_foreign_officials_visit_without_a_host_is_to_kazakhstan(
    text: str, key: tuple[object, ...]
) -> None:
    assert key in event_keys(text, "visit.txt")


@pytest.mark.parametrize(
    "text",
    [
        # a country's community or visitors are not its state's visit
        "Это был один из государственных визитов, вызвавших интерес российской общественности.",
        "The visa-free regime will bring more visitors from Hungary.",
    ],
)
def test_no_foreign_official_no_implied_host(text: str) -> None:
    assert not [k for k in event_keys(text, "visit.txt") if k[3] == ("KAZ",)]


@pytest.mark.parametrize(
    "text",
    [
        "Казахстанские эксперты встретились с послом Китая.",
        "Kazakh experts met the Chinese envoy.",
        # batch AI: scholars discussing a partnership
        "Казахстанские ученые обсудили стратегическое партнерство с Китаем.",
    ],
)
def test_a_countrys_experts_are_no_states_act(text: str) -> None:
    assert not [k for k in event_keys(text, "experts.txt") if k[2]]


@pytest.mark.parametrize(
    "text",
    [
        "Казахстан и Латвия отмечают 25 лет установления дипломатических отношений.",
        "This year marks 25 years since the establishment of Kazakh-Latvian diplomatic relations.",
    ],
)
def test_ties_set_up_are_both_states_act(text: str) -> None:
    keys = [(t, s, r) for t, _, s, r in event_keys(text, "made-up.txt")]
    assert ("SUPPORT", ("KAZ", "LVA"), ()) in [(t, tuple(sorted(s)), r) for t, s, r in keys]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Қасым-Жомарт Тоқаев Өзбекстан Президенті Шавкат Мирзиёевпен кездесті. Мемлекет "
            "басшысы екі ел арасындағы қарым-қатынас қарқынды дамып келе жатқанын атап өтті.",
            ("kzp:STATEMENT", "asserted", ("KAZ",), ("UZB",)),
        ),
        (
            "Токаев провел переговоры с президентом Турции. Президент Казахстана подчеркнул "
            "важность укрепления сотрудничества двух стран.",
            ("kzp:STATEMENT", "asserted", ("KAZ",), ("TUR",)),
        ),
    ],
)
def test_a_position_on_the_two_countries_is_about_the_other(
    text: str, key: tuple[object, ...]
) -> None:
    assert key in event_keys(text, "made-up.txt")


def test_a_third_states_view_of_two_countries_has_no_partner() -> None:
    # the speaker is neither of the two: nobody to take as the position's subject
    text = (
        "Токаев провел переговоры с президентом Турции. Президент России подчеркнул важность "
        "отношений двух стран."
    )
    keys = event_keys(text, "made-up.txt")
    assert not [k for k in keys if k[0] == "kzp:STATEMENT" and k[2] == ("RUS",) and k[3]]


@pytest.mark.parametrize(
    "text",
    [
        "Как подчеркнул Касым-Жомарт Токаев, ООН нуждается в реформировании.",
        "Токаев подчеркнул, что ООН нуждается в реформировании.",
    ],
)
def test_whom_a_position_names_is_its_recipient(text: str) -> None:
    # (dev) a statement with no partner read is about the states and bodies it names
    assert ("kzp:STATEMENT", "asserted", ("KAZ",), ("IGO:UN",)) in event_keys(text, "pos.txt")


def test_the_gathering_a_position_is_stated_at_is_not_its_subject() -> None:
    # the scene is no recipient, also where the recipient is read from what a position names
    keys = event_keys("На полях саммита ШОС Токаев заявил, что мир меняется.", "pos.txt")
    assert ("kzp:STATEMENT", "asserted", ("KAZ",), ()) in keys
    assert not [k for k in keys if "IGO:SCO" in k[3]]
