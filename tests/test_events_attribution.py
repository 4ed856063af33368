"""A statement's speaker named after its verb (events/attribution)."""

from __future__ import annotations

import pytest

from .parsing import Key, event_keys


def _keys(text: str) -> list[Key]:
    return event_keys(text, "attr", title="News")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # the content's first actor is what is spoken of, the speaker after the verb speaks
        (
            "Kazakhstan's role is growing in Tokyo's strategic outlook, says Japanese Ambassador.",
            ("kzp:STATEMENT", "asserted", ("JPN",), ("KAZ",)),
        ),
        (
            "Ties with Malaysia stronger under new government, says Kazakh deputy minister.",
            ("kzp:STATEMENT", "asserted", ("KAZ",), ("MYS",)),
        ),
        (
            "Kazakhstan, Brazil Hold Similar Positions on Int'l Issues, Says Kazakh Ambassador",
            ("kzp:STATEMENT", "asserted", ("KAZ",), ("BRA",)),
        ),
    ],
)
def test_the_speaker_after_the_verb_is_the_source(text: str, key: Key) -> None:
    got = _keys(text)
    assert key in got
    assert not [k for k in got if k[0] == "kzp:STATEMENT" and k != key]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Казахстан и Узбекистан – стратегические партнеры, надежные союзники, отметил "
            "Касым-Жомарт Токаев.",
            ("SUPPORT", "asserted", ("KAZ",), ("UZB",)),
        ),
        (
            "Қазақстан мен Қырғызстан – көршілер ғана емес, стратегиялық одақтас, деді Тоқаев.",
            ("SUPPORT", "asserted", ("KAZ",), ("KGZ",)),
        ),
    ],
)
def test_praise_said_by_a_speaker_is_the_speakers_support_only(text: str, key: Key) -> None:
    got = _keys(text)
    assert key in got
    assert not [k for k in got if k[0] == "kzp:STATEMENT"]


def test_a_speaker_known_by_a_posting_is_not_the_posts_state() -> None:
    # "envoy to Seoul" is Kazakhstan's envoy: Korea is not the one who speaks
    got = _keys("Kazakhstan could benchmark Korea's path, says envoy to Seoul.")
    assert not [k for k in got if "KOR" in k[2]]


def test_a_reported_act_keeps_its_roles() -> None:
    # the visit is the act: the spokesman reporting it states no position of Russia's on
    # Kazakhstan (a statement there, if any, is the report's, as the parse reads it)
    got = _keys(
        "Президент Казахстана Касым-Жомарт Токаев совершит государственный визит в Россию "
        "11-12 ноября, сообщил пресс-секретарь президента России Дмитрий Песков."
    )
    assert ("kzp:STATEMENT", "asserted", ("RUS",), ("KAZ",)) not in got
    assert ("CONSULT", "future", ("KAZ",), ("RUS",)) in got


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan is a reliable partner, said Russian Foreign Minister Sergei Lavrov.",
        "Kazakhstan remains a strategic ally, says Russian Foreign Minister Sergei Lavrov.",
    ],
)
def test_a_title_given_before_the_speech_verb_is_the_speakers_praise(text: str) -> None:
    # the praised is the copula's subject, not who praises (the English shape of the Russian
    # `Казахстан является надежным партнером, заявил ...`)
    got = _keys(text)
    assert ("SUPPORT", "asserted", ("RUS",), ("KAZ",)) in got
    assert not [k for k in got if k[2] == ("KAZ",)]
