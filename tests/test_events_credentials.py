"""Credentials presented: the envoy's state consults the state that receives them
(events/credentials), and a Kazakh "-мас бұрын" is no negation (events/modality)."""

from __future__ import annotations

import pytest

from .parsing import Key, event_keys


def _consults(text: str) -> list[Key]:
    return [k for k in event_keys(text, "credentials", title=None) if k[0] == "CONSULT"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the envoy named in a noun phrase after the ceremony and its host
        (
            "Вчера состоялась церемония вручения верительных грамот президенту Латвии Валдису "
            "Затлерсу Чрезвычайным и Полномочным Послом Казахстана в странах Балтии Галимжаном "
            "Койшибаевым.",
            ("CONSULT", "asserted", ("KAZ",), ("LVA",)),
        ),
        # the Kazakh slip that has the head of state hand them: the envoy is still the one sent
        (
            "Тоқаев АҚШ-тың Астанадағы жаңа елшісіне сенім грамотасын тапсырды.",
            ("CONSULT", "asserted", ("USA",), ("KAZ",)),
        ),
        # Kazakh: whose envoy comes before "елшісі", the head after it is the host
        (
            "Жапония елшісі Назарбаевқа сенім грамотасын табыстады.",
            ("CONSULT", "asserted", ("JPN",), ("KAZ",)),
        ),
        # "-мас бұрын" is "before presenting", not "did not present"
        (
            "Жапония елшісі сенім грамотасын табыстамас бұрын Назарбаевқа қазақ тілінде сөйледі.",
            ("CONSULT", "asserted", ("JPN",), ("KAZ",)),
        ),
        # "Ambassador of the Republic of X"; the host is the state that names the receiver
        (
            "Receiving credentials from Ambassador of the Republic of South Africa in April 2012, "
            "Kazakhstan President Nursultan Nazarbayev called it a partner.",
            ("CONSULT", "asserted", ("ZAF",), ("KAZ",)),
        ),
        # a foreign envoy with no host named presents them in Kazakhstan
        (
            "The new Ambassador of Malaysia presented his credentials last week.",
            ("CONSULT", "asserted", ("MYS",), ("KAZ",)),
        ),
    ],
)
def test_credentials_are_the_envoys_states_towards_the_host(text: str, want: Key) -> None:
    got = _consults(text)
    assert want in got, got
    # and not the other way round
    assert ("CONSULT", want[1], want[3], want[2]) not in got, got


def test_an_envoy_of_kazakhstan_with_no_host_named_gives_no_credentials_event() -> None:
    got = _consults("The Ambassador of Kazakhstan presented his credentials to the Amir.")
    assert not any(k[2] == ("KAZ",) and k[3] for k in got), got


@pytest.mark.parametrize(
    "text",
    [
        # trusting relations are no credentials
        "Между Казахстаном и Японией сложились доверительные отношения.",
        # "после" (after) is no envoy
        "После вручения верительных грамот в Астане прошел прием.",
    ],
)
def test_what_is_not_credentials_presented(text: str) -> None:
    assert not [k for k in _consults(text) if k[2] and k[3]], _consults(text)


def test_an_official_presenting_credentials_in_the_first_person_speaks_for_his_state() -> None:
    text = (
        "Посол Украины в Казахстане Петр Врублевский ответил на вопросы.\n\n"
        "— Когда вы начали работу?\n\n"
        "— Я 28 августа вручил верительные грамоты президенту Токаеву и сразу начал работу.\n"
    )
    assert ("CONSULT", "asserted", ("UKR",), ("KAZ",)) in _consults(text)


def test_credentials_and_the_talks_told_of_the_same_meeting_are_one_event() -> None:
    text = (
        "Ақордаға келген Жапония елшісі Елбасымен қазақша сөйлесті.\n\n"
        "Жапония елшісі сенім грамотасын табыстамас бұрын Назарбаевқа қазақ тілінде сөйледі.\n"
    )
    got = _consults(text)
    assert got.count(("CONSULT", "asserted", ("JPN",), ("KAZ",))) == 1, got
