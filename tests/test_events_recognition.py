"""A state's independence recognised (events/recognition): SUPPORT by the recogniser towards the
state recognised, published; the shapes of the dev split's misses."""

from __future__ import annotations

import pytest

from kzpolicy_data import parse_bytes

from .parsing import event_keys


def _support(text: str) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
    return {(s, r) for t, _, s, r in event_keys(text, "made-up.txt") if t == "SUPPORT"}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the owner of the independence, before or after its word
        ("Korea was one of the first countries to recognize Kazakhstan's independence.", "KOR"),
        ("Япония одна из первых признала независимость Республики Казахстан.", "JPN"),
        ("Турция — государство, одним из первых признавшее независимость Казахстана.", "TUR"),
        ("Қазақстанның тәуелсіздігін алғашқылардың бірі болып Жапония мойындады.", "JPN"),
        # "our independence": the corpus's country, with nobody speaking for another
        ("Pakistan was among the first five countries that recognized our Independence.", "PAK"),
        ("ең бірінші болып тәуелсіздігімізді Түркия таныды.", "TUR"),
        ("The U.S. was one of the first to recognize the independence of our country.", "USA"),
        # the first to recognise the state itself
        ("The United States was the first country to recognize Kazakhstan.", "USA"),
    ],
)
def test_independence_recognised_is_the_recognisers_support(text: str, source: str) -> None:
    assert ((source,), ("KAZ",)) in _support(text)


def test_independence_recognised_is_published() -> None:
    text = "Korea was one of the first countries to recognize Kazakhstan's independence."
    record = parse_bytes(f" date 2026-03-02 News\n\n{text}\n".encode(), "made-up.txt")
    assert [([a.code for a in e.source], [a.code for a in e.recipient]) for e in record.events] == [
        (["KOR"], ["KAZ"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        # no independence, and nobody was among the first: a role, an admission, an award
        "Japan recognized Kazakhstan's role in regional security.",
        "Токаев признал, что Казахстан и Китай спорят о воде.",
        "Kazakhstan's ambassador received an award in recognition of his work in Vietnam.",
        # a recognised government is no state recognised (batch AH)
        "This was the first visit by a Kazakh delegation to Afghanistan since the Taliban seized "
        "control of Kabul from the internationally recognized government in mid-August.",
    ],
)
def test_no_independence_recognised(text: str) -> None:
    record = parse_bytes(f" date 2026-03-02 News\n\n{text}\n".encode(), "made-up.txt")
    assert not [e for e in record.events if e.event_type.value == "SUPPORT"], record.events
