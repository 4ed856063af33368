"""The guide's conventions on roles (events/conventions.shape), applied to known parties."""

from __future__ import annotations

from kzpolicy_data.codes import EventType
from kzpolicy_data.events.conventions import shape
from kzpolicy_data.nlp.gazetteer import GazMatch, country_entry


def _m(code: str, at: int = 0) -> GazMatch:
    entry = country_entry(code)
    assert entry is not None
    return GazMatch(at, at + 1, code, entry)


def _codes(roles: tuple[list[GazMatch], list[GazMatch]]) -> tuple[list[str], list[str]]:
    return [m.entry.code for m in roles[0]], [m.entry.code for m in roles[1]]


def test_a_domestic_act_has_no_recipient() -> None:
    got = shape(EventType.KZP_ELECTION, [_m("KAZ")], [_m("RUS")])
    assert _codes(got) == (["KAZ"], [])


def test_a_meeting_of_three_is_everyones() -> None:
    got = shape(EventType.CONSULT, [_m("KAZ"), _m("UZB", 2)], [_m("KGZ", 4)])
    assert _codes(got) == (["KAZ", "UZB", "KGZ"], [])


def test_a_source_is_never_its_own_recipient() -> None:
    got = shape(EventType.SUPPORT, [_m("KAZ")], [_m("KAZ", 2), _m("CHN", 4)])
    assert _codes(got) == (["KAZ"], ["CHN"])
