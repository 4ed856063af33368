"""Modality and Kazakh trigger forms (events/modality, data/triggers.yaml), read from the
candidates of a short article (published or queued)."""

from __future__ import annotations

import pytest

from .parsing import Key, event_keys


def _keys(text: str) -> list[Key]:
    return event_keys(text, "mod", title=None)


def test_a_kazakh_pluperfect_is_past_not_future() -> None:
    # "-ған болатын" tells a past act as background; a bare "-ады" is still future
    assert ("CONSULT", "asserted", ("KAZ",), ("CHN",)) in _keys("Тоқаев Қытайға барған болатын.")
    assert ("CONSULT", "future", ("KAZ",), ("CHN",)) in _keys("Тоқаев Қытайға барады.")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # an ambassador presenting credentials is a visit to the host
        (
            "Жапония елшісі Тоқаевқа сенім грамотасын тапсырды.",
            ("CONSULT", "asserted", ("JPN",), ("KAZ",)),
        ),
        (
            "Japan's new ambassador presented his credentials to President Tokayev.",
            ("CONSULT", "asserted", ("JPN",), ("KAZ",)),
        ),
        # a business trip (іссапар) is a visit
        (
            "Тоқаев Қытайға іссапармен барған болатын.",
            ("CONSULT", "asserted", ("KAZ",), ("CHN",)),
        ),
        # diplomatic ties (байланыс / связи) established
        (
            "Қазақстан мен Жапония арасында дипломатиялық байланыс орнаған.",
            ("SUPPORT", "asserted", ("JPN", "KAZ"), ()),
        ),
        (
            "Казахстан и Армения установили дипломатические связи.",
            ("SUPPORT", "asserted", ("ARM", "KAZ"), ()),
        ),
    ],
)
def test_trigger_forms(text: str, key: Key) -> None:
    got = _keys(text)
    assert key in [(k[0], k[1], tuple(sorted(k[2])), k[3]) for k in got], got


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # a coming act named by its adjective, after a possessor too
        (
            "Kazakh President Nazarbayev's forthcoming state visit to India is awaited.",
            ("CONSULT", "future", ("KAZ",), ("IND",)),
        ),
        (
            "Президент Казахстана в грядущем году посетит Китай.",
            ("CONSULT", "future", ("KAZ",), ("CHN",)),
        ),
        # the outlet's present after "деп" is not the act's tense
        (
            "Тоқаев Путинмен кездесті, деп хабарлайды агенттік.",
            ("CONSULT", "asserted", ("KAZ",), ("RUS",)),
        ),
        # "In May" is the month, not the modal
        (
            "In May Kazakh President Tokayev visited China.",
            ("CONSULT", "asserted", ("KAZ",), ("CHN",)),
        ),
    ],
)
def test_time_words(text: str, key: Key) -> None:
    got = _keys(text)
    assert key in [(k[0], k[1], tuple(sorted(k[2])), k[3]) for k in got], got


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # what should or must happen has not happened
        ("Казахстан должен подписать соглашение с ЕС.", ("AGREE", "hypothetical")),
        ("Kazakhstan must hold talks with Russia.", ("CONSULT", "hypothetical")),
        ("Kazakhstan should sign the agreement with the EU.", ("AGREE", "hypothetical")),
        ("Қазақстан Ресеймен келіссөз жүргізуі тиіс.", ("CONSULT", "hypothetical")),
        # and what was done stays asserted
        ("Казахстан подписал соглашение с ЕС.", ("AGREE", "asserted")),
    ],
)
def test_an_obligation_is_not_an_act_done(text: str, key: tuple[str, str]) -> None:
    assert key in [k[:2] for k in _keys(text)]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # the eve of a visit named after the visitor's titles, a summit that "will be held", and
        # a Kazakh participle in -атын/-етін before the visit: all still to come
        (
            "Ahead of President Kassym-Jomart Tokayev's official visit to Japan the envoy spoke.",
            ("CONSULT", "future"),
        ),
        ("The Kazakhstan-Kyrgyzstan summit will be held in Astana.", ("CONSULT", "future")),
        (
            "Президенттің Қытайға жасайтын мемлекеттік сапарына дайындық жүріп жатыр.",
            ("CONSULT", "future"),
        ),
        # (dev) what is arranged, expected or scheduled is to come
        ("Nigeria and Kazakhstan are set to sign a memorandum.", ("AGREE", "future")),
        ("Tokayev is to visit China next week.", ("CONSULT", "future")),
        ("The Czech foreign minister is expected to visit Astana.", ("CONSULT", "future")),
        ("Досрочные президентские выборы назначены на 20 ноября.", ("kzp:ELECTION", "future")),
        ("Страна готовит референдум по продлению полномочий.", ("kzp:REFERENDUM", "future")),
        # but a cue before a verb is the time of a done act
        ("Ahead of the vote, Tokayev visited China.", ("CONSULT", "asserted")),
        ("Tokayev went to China to sign the treaty.", ("AGREE", "asserted")),
    ],
)
def test_what_is_still_to_come(text: str, key: tuple[str, str]) -> None:
    assert key in [k[:2] for k in _keys(text)]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "2022 год является юбилейным не только по вступлению Казахстана в ООН, но и по "
            "установлению дипломатических отношений с Японией.",
            ("AGREE", "asserted", ("KAZ",), ("IGO:UN",)),
        ),
        (
            "Kazakhstan not only signed the agreement with Russia but also ratified it.",
            ("AGREE", "asserted", ("KAZ",), ("RUS",)),
        ),
        (
            "Kazakhstan has not only joined the WTO but also the Eurasian Economic Union.",
            ("AGREE", "asserted", ("KAZ",), ("IGO:EAEU",)),
        ),
    ],
)
def test_not_only_adds_and_does_not_negate(text: str, key: Key) -> None:
    assert key in _keys(text)


def test_a_plain_negation_still_negates() -> None:
    assert ("CONSULT", "negated", ("KAZ",), ("RUS",)) in _keys(
        "Токаев не провел переговоры с Путиным."
    )
    assert ("AGREE", "negated", ("KAZ",), ("RUS",)) in _keys(
        "Kazakhstan did not sign the agreement with Russia."
    )


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # a denial negates the act it denies
        ("Официальная Астана отрицает помощь Москве.", ("AID", "negated", ("KAZ",), ("RUS",))),
        (
            "Қазақстан Ресейге көмектескенін жоққа шығарды.",
            ("AID", "negated", ("KAZ",), ("RUS",)),
        ),
    ],
)
def test_a_denied_act_is_negated(text: str, key: Key) -> None:
    assert key in event_keys(text, "deny.txt")


def test_a_denial_in_kazakh_is_itself_asserted() -> None:
    assert ("REJECT", "asserted", ("KAZ",), ()) in event_keys(
        "Қазақстан Ресейге көмектескенін жоққа шығарды.", "deny.txt"
    )


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # a visit one is invited to pay is still to come, however long the guest's title
        (
            "The head of state invited Vladimir Putin to pay a state visit to Kazakhstan.",
            ("CONSULT", "future", ("RUS",), ("KAZ",)),
        ),
        (
            "Тоқаев Путинді Қазақстанға сапармен келуге шақырды.",
            ("CONSULT", "future", ("RUS",), ("KAZ",)),
        ),
        # one made at an invitation happened
        (
            "Тоқаевтың шақыруымен Путин Астанаға сапармен келді.",
            ("CONSULT", "asserted", ("RUS",), ("KAZ",)),
        ),
        (
            "The oncoming official visit of the Kazakh President to Brussels was discussed.",
            ("CONSULT", "future", ("KAZ",), ("IGO:EU",)),
        ),
    ],
)
def test_an_invited_visit_is_still_to_come(text: str, key: Key) -> None:
    assert key in event_keys(text, "invite.txt")


@pytest.mark.parametrize(
    "text",
    [
        # batch AO: what a position says may be needed, possible or denied; it is still stated
        "Казахстану нужно как минимум три атомных станции, заявил глава Минэнерго страны.",
        "Tokayev said Kazakhstan would not recognise the breakaway republics.",
    ],
)
def test_a_statement_is_stated_whatever_it_says(text: str) -> None:
    got = [k for k in event_keys(text, "stated.txt") if k[0] == "kzp:STATEMENT"]
    assert got
    assert {k[1] for k in got} == {"asserted"}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # batch AS: a headline's infinitive after its subject is an act to come
        (
            "Azerbaijan, Kazakhstan to sign agreements to enhance Trans-Caspian freight corridor",
            ("AGREE", "future", ("AZE",), ("KAZ",)),
        ),
        ("Tokayev to visit China", ("CONSULT", "future", ("KAZ",), ("CHN",))),
        # a verb before the infinitive tells its own time
        (
            "Kazakhstan agreed to sign the agreement with China.",
            ("AGREE", "asserted", ("KAZ",), ("CHN",)),
        ),
    ],
)
def test_a_headline_infinitive_is_to_come(text: str, key: Key) -> None:
    assert key in event_keys(text, "headline.txt")
