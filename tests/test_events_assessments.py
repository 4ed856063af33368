"""An official's own assessment of relations in their answers (events/assessments)."""

from __future__ import annotations

from kzpolicy_data import parse_bytes
from kzpolicy_data.events.extract import extract_candidates
from kzpolicy_data.nlp.analysis import Analysis

from .parsing import Key, event_keys


def _interview(lead: str, answer: str, question: str = "Как вы оцениваете отношения?") -> list[Key]:
    """The candidate events of an interview whose lead introduces the guest."""
    text = f"{lead}\n\n– {question}\n\n– {answer}\n\n– Спасибо за беседу.\n\n– Спасибо."
    return event_keys(text, "assessed", title="Интервью")


_LATVIAN = "Наш собеседник — посол Латвии в Казахстане Ивар Петерсон."


def test_a_foreign_officials_assessment_is_their_states_statement() -> None:
    got = _interview(
        _LATVIAN, "Отношения между Казахстаном и Латвией развиваются динамично и многогранно."
    )
    assert ("kzp:STATEMENT", "asserted", ("LVA",), ("KAZ",)) in got


def test_our_two_countries_are_kazakhstan_for_a_foreign_official() -> None:
    got = _interview(_LATVIAN, "Связи между нашими странами крепнут с каждым годом.")
    assert ("kzp:STATEMENT", "asserted", ("LVA",), ("KAZ",)) in got


def test_our_relations_are_with_kazakhstan_for_a_foreign_official() -> None:
    # "we", "our" with relations and nobody named: the speaker's state's, with Kazakhstan
    for answer in ("Мы имеем прекрасные отношения во всех сферах.", "Our relations are excellent."):
        got = _interview(_LATVIAN, answer)
        assert ("kzp:STATEMENT", "asserted", ("LVA",), ("KAZ",)) in got, answer


def test_our_two_countries_are_the_posting_of_a_kazakh_envoy() -> None:
    got = _interview(
        "Наш собеседник — посол Казахстана в Индии Нурлан Жалгасбаев.",
        "Отношения между нашими странами находятся на высоком уровне.",
    )
    assert ("kzp:STATEMENT", "asserted", ("KAZ",), ("IND",)) in got


def test_an_experts_assessment_is_no_states_position() -> None:
    got = _interview(
        "Наш собеседник — политолог Ивар Петерсон.",
        "Отношения между Казахстаном и Латвией развиваются динамично и многогранно.",
    )
    assert not [k for k in got if k[0] == "kzp:STATEMENT"]


def test_regarding_is_no_relations() -> None:
    # "в отношении" is a preposition (regarding), not relations
    got = _interview(_LATVIAN, "Латвия сдержанна в отношении конфликта вокруг Казахстана.")
    assert not [k for k in got if k[0] == "kzp:STATEMENT"]


def test_an_act_told_is_coded_as_that_act_only() -> None:
    got = _interview(
        _LATVIAN, "Визит президента Латвии в Казахстан дал новый импульс нашим отношениям."
    )
    assert not [k for k in got if k[0] == "kzp:STATEMENT"]
    assert [k for k in got if k[0] == "CONSULT"]


def test_a_question_about_relations_states_nothing() -> None:
    got = _interview(
        _LATVIAN,
        "Мы открыты.",
        question="Как развиваются отношения между Казахстаном и Латвией сегодня?",
    )
    assert not [k for k in got if k[0] == "kzp:STATEMENT"]


def test_the_sides_of_an_assessment_are_not_printed_in_it() -> None:
    # the speaker's state and "our two countries'" other side have no actor text of their own
    text = (
        f"Интервью\n\n{_LATVIAN}\n\n– Как вы оцениваете отношения?\n\n"
        "– Связи между нашими странами крепнут с каждым годом.\n\n– Спасибо.\n\n– Спасибо.\n"
    )
    record = parse_bytes(text.encode(), "assessed.txt", events=False)
    (event,) = [c.event for c in extract_candidates(record, Analysis(record.text))]
    assert [(a.code, a.actor_text) for a in event.source] == [("LVA", None)]
    assert [(a.code, a.actor_text) for a in event.recipient] == [("KAZ", None)]
