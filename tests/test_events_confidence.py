"""What the confidence model reads about a candidate: who its roles were read from."""

from __future__ import annotations

from kzpolicy_data import parse_bytes
from kzpolicy_data.events.confidence import FEATURES, model
from kzpolicy_data.events.extract import extract_candidates
from kzpolicy_data.nlp.analysis import Analysis


def _features(text: str) -> list[dict[str, float]]:
    record = parse_bytes(f" date 2026-01-01 {text}\n".encode(), "conf", events=False)
    return [c.features for c in extract_candidates(record, Analysis(record.text))]


def test_a_leader_named_as_source_is_an_official_source() -> None:
    (f,) = _features("Токаев провел телефонные переговоры с Путиным.")
    assert f["official_source"] == 1.0 and f["adjective_source"] == 0.0
    assert f["named_both"] == 1.0


def test_a_country_adjective_as_source_is_no_official() -> None:
    (f,) = _features("Казахстанская сторона подписала соглашение с Китаем.")
    assert f["official_source"] == 0.0 and f["adjective_source"] == 1.0


def test_direct_speech_and_the_first_person_are_read() -> None:
    f = _features("«Мы поддерживаем Казахстан», — заявил президент США.")[-1]
    assert f["quoted"] == 1.0 and f["first_person"] == 1.0


def test_the_shipped_model_weighs_every_feature() -> None:
    assert set(model().weights) == set(FEATURES)


def test_a_state_named_as_an_offices_is_an_official_source() -> None:
    (f,) = _features(
        "Министр иностранных дел Казахстана Данияр Ахметов провел переговоры с коллегой из Ирана."
    )
    assert f["official_source"] == 1.0


def test_the_issues_sentence_is_published_as_kaz_consulting_iran() -> None:
    text = (
        " date 2026-03-02 Министр иностранных дел Казахстана Данияр Ахметов провел переговоры "
        "с коллегой из Ирана.\n"
    )
    record = parse_bytes(text.encode(), "issue21")
    got = [
        (e.event_type.value, [a.code for a in e.source], [a.code for a in e.recipient])
        for e in record.events
    ]
    assert got == [("CONSULT", ["KAZ"], ["IRN"])]
    assert "DNK" not in {m.code for m in record.mentions}


def test_kazakhstan_as_recipient_is_read() -> None:
    (f,) = _features("Посол Японии вручил верительные грамоты Президенту Казахстана.")
    assert f["kaz_recipient"] == 1.0 and f["evidence_3"] == 0.0


def test_the_same_act_told_again_with_another_modality_is_read_as_retold() -> None:
    feats = _features(
        "Токаев совершит визит в Москву. Визит Токаева в Москву состоялся в прошлом году."
    )
    assert [f["retold"] for f in feats] == [0.0, 1.0]


def test_diplomatic_ties_are_read_apart_from_other_support() -> None:
    (f,) = _features("Казахстан и США установили дипломатические отношения в 1991 году.")
    assert f["ties"] == 1.0
    (g,) = _features("Германия поддерживает инициативы Казахстана.")
    assert g["ties"] == 0.0


def test_a_referendum_told_is_published() -> None:
    """A referendum is weighed by its own type (fitted on dev, the other weights held)."""
    text = " date 2026-03-20 В Казахстане 15 марта прошел референдум по новой Конституции.\n"
    record = parse_bytes(text.encode(), "referendum")
    assert [(e.event_type.value, [a.code for a in e.source]) for e in record.events] == [
        ("kzp:REFERENDUM", ["KAZ"])
    ]


def test_the_states_a_position_names_are_no_partner_to_the_model() -> None:
    # the recipient read from what a position names leaves the confidence as it was without it
    (f,) = _features("Как подчеркнул Касым-Жомарт Токаев, ООН нуждается в реформировании.")
    assert f["has_recipient"] == 0.0
    assert f["named_both"] == 0.0 and f["kaz_recipient"] == 0.0
