"""Events: fixture sentences per PLOVER type (ru, kk, en), negation, curated events, properties."""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from kzpolicy_data import CurationError, ParseError, RawFileError, parse_bytes, parse_file
from kzpolicy_data.codes import Modality
from kzpolicy_data.events import event_key, event_matches
from kzpolicy_data.events.annotate import unpublished
from kzpolicy_data.events.catalogue import catalogue
from kzpolicy_data.events.confidence import model, publishable
from kzpolicy_data.events.extract import extract_events
from kzpolicy_data.nlp.analysis import Analysis
from kzpolicy_data.nlp.gazetteer import known_codes

from .conftest import DATA, ROOT
from .parsing import event_keys

CASES = sorted((DATA / "events").glob("*.yaml"))
SEED = ROOT / "raw" / "000_952d0ef163f4dde3.txt"


def _parse(
    text: str, published: str, name: str = "case"
) -> list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]:
    """What the rules extract from a sentence, published or queued for review: the sentence
    fixtures test the rules, and the publishing gate is tested on its own."""
    record = parse_bytes(f" date {published} {text}\n".encode(), name, events=False)
    return [event_key(e) for e in extract_events(record, Analysis(record.text))]


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_fixture_sentence(path: Path) -> None:
    case = yaml.safe_load(path.read_text("utf-8"))
    got = _parse(case["text"], str(case["published"]), path.stem)
    for e in case["events"]:
        key = (e["type"], e["modality"], tuple(sorted(e["source"])), tuple(sorted(e["recipient"])))
        assert key in got, (key, got)
    for forbidden in case["forbidden"]:
        kind, modality = forbidden.split(":", 1)
        assert not [k for k in got if k[0] == kind and k[1] == modality], got


def test_seed_carries_its_seven_curated_events() -> None:
    record = parse_file(SEED)
    curated = [e for e in record.events if e.coder.name == "curated"]
    assert len(curated) == 7
    types = sorted(e.event_type.value for e in curated)
    assert types == ["ACCUSE", "ACCUSE", "ACCUSE", "AGREE", "ASSAULT", "CONSULT", "kzp:REFERENDUM"]
    referendum = next(e for e in curated if e.event_type.value == "kzp:REFERENDUM")
    assert referendum.date.not_before == dt.date(2026, 3, 15)
    assert referendum.date.resolution.value == "year_inferred"
    assert referendum.modality == Modality.FUTURE
    assert referendum.catalogue_id == "kzp-ev-2026-kz-constitutional-referendum"
    interviewee = next(s for s in record.speakers if s.interview_role.value == "interviewee")
    assert any(e.attributed_to == interviewee.id for e in curated)


def test_a_curated_act_is_not_published_again_from_another_passage() -> None:
    """The lead's "связь ... с референдумом" is extracted and publishable, but the curated
    referendum is the same act (type and actors): one event per act."""
    bare = parse_file(SEED, curation_path=None)
    assert [e for e in bare.events if e.event_type.value == "kzp:REFERENDUM"]
    record = parse_file(SEED)
    referendums = [e for e in record.events if e.event_type.value == "kzp:REFERENDUM"]
    assert [e.coder.name for e in referendums] == ["curated"]


def test_extractor_finds_the_seed_events_unaided() -> None:
    """Among its candidates, published or queued (bench/evaluate_events.py says which)."""
    gold = [e for e in parse_file(SEED).events if e.coder.name == "curated"]
    bare = parse_file(SEED, curation_path=None, events=False)
    found = extract_events(bare, Analysis(bare.text))
    hits = sum(any(event_matches(f, g) for f in found) for g in gold)
    assert hits == 7, f"{hits} of {len(gold)}"


def test_only_sourced_confident_events_are_published_and_the_rest_are_queued() -> None:
    bare = parse_file(SEED, curation_path=None, events=False)
    candidates = extract_events(bare, Analysis(bare.text))
    published = parse_file(SEED, curation_path=None).events
    queued = unpublished(bare)
    assert published and queued
    assert all(e.source and e.confidence >= model().threshold for e in published)
    assert all(not publishable(e) for e in queued)
    keys = sorted(event_key(e) for e in candidates)
    assert keys == sorted(event_key(e) for e in [*published, *queued])
    # no source, no event: the Gulf attacks (attacker not named) wait for a curator
    assert any(e.event_type.value == "ASSAULT" and not e.source for e in queued)


def _with_curation(tmp_path: Path, curation: str) -> Path:
    raw = tmp_path / SEED.name
    shutil.copy(SEED, raw)
    raw.with_suffix(".yaml").write_text(curation, "utf-8")
    return raw


@pytest.mark.parametrize(
    ("curation", "message"),
    [
        (
            'events:\n  - event_type: ACCUSE\n    evidence: ["Астана никогда не говорила этого"]\n',
            "not found in the text",
        ),
        ('events:\n  - event_type: ACCUSE\n    evidence: ["Казахстан"]\n', "more than once"),
        (
            'events:\n  - event_type: AGREE\n    evidence: ["Иран уже высказал"]\n'
            "    catalogue_id: kzp-ev-2099-nothing\n",
            "unknown catalogue id",
        ),
        (
            'events:\n  - event_type: AGREE\n    evidence: ["Иран уже высказал"]\n'
            "    attributed_to: Иван Петров\n",
            "matches no speaker",
        ),
        (
            'events:\n  - event_type: kzp:REFERENDUM\n    evidence: ["к референдуму 15 марта"]\n'
            "    date: 15 марта\n",
            "after publication",
        ),
    ],
)
def test_bad_curated_event_is_a_curation_error(tmp_path: Path, curation: str, message: str) -> None:
    with pytest.raises(CurationError) as info:
        parse_file(_with_curation(tmp_path, curation))
    assert message in str(info.value)
    assert "000_952d0ef163f4dde3.yaml" in str(info.value) and "$.events[0]" in str(info.value)


def test_curated_quote_with_the_scrapers_spacing_is_found(tmp_path: Path) -> None:
    # a curator copying from a raw file that prints `недовольство .` quotes the text the record
    # reads as `недовольство.`
    raw = tmp_path / SEED.name
    raw.write_text(SEED.read_text("utf-8").replace("свое недовольство.", "свое недовольство ."))
    raw.with_suffix(".yaml").write_text(
        'events:\n  - event_type: ACCUSE\n    evidence: ["Иран уже высказал свое недовольство ."]\n'
        "    source: [{code: IRN}]\n    recipient: [{code: KAZ}]\n",
        "utf-8",
    )
    record = parse_file(raw)
    curated = [e for e in record.events if e.coder.name == "curated"]
    assert [record.quote(ev.span) for e in curated for ev in e.evidence] == [
        "Иран уже высказал свое недовольство."
    ]


def test_unknown_actor_code_in_curation_is_rejected(tmp_path: Path) -> None:
    curation = (
        'events:\n  - event_type: AGREE\n    evidence: ["Иран уже высказал"]\n'
        "    source: [{code: XXX}]\n"
    )
    with pytest.raises(CurationError, match=r"\$\.events\[0\]\.source\[0\]\.code"):
        parse_file(_with_curation(tmp_path, curation))


def test_catalogue_is_valid() -> None:
    assert {e.id for e in catalogue()} >= {"kzp-ev-2026-kz-constitutional-referendum"}


SENTENCES = [
    "Казахстан осудил удары по Израилю.",
    "Астана воздержалась от критики действий Вашингтона.",
    "15 марта в Казахстане пройдет референдум.",
    "Вчера Токаев провел переговоры с Путиным.",
    "Недавно Иран потребовал от Азербайджана объяснений.",
    "Если Евросоюз введет санкции против Ирана, Тегеран ответит.",
    "В марте 2025 года Казахстан и Китай подписали соглашение.",
    "Kazakhstan condemned the attack on Israel.",
    "Қазақстан мен Қытай келіссөз жүргізді.",
    "Россия пригрозила Украине 3 декабря.",
]


@given(
    st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6),
    st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2027, 12, 31)),
)
def test_event_invariants(sentences: list[str], published: dt.date) -> None:
    text = " ".join(sentences)
    record = parse_bytes(f" date {published} {text}\n".encode(), "prop")
    codes = known_codes()
    for event in record.events:
        for ev in event.evidence:
            assert record.quote(ev.span).strip()  # a passage, inside the text (the validator)
        assert all(a.code in codes for a in (*event.source, *event.recipient))
        assert not {a.code for a in event.source} & {a.code for a in event.recipient}
        assert event.coder.name == "curated" or publishable(event)
        lo, hi = event.date.not_before, event.date.not_after
        assert lo is None or hi is None or lo <= hi
        if event.modality != Modality.FUTURE:
            assert lo is None or lo <= published


@settings(max_examples=100)
@given(st.text(max_size=400))
def test_full_pipeline_on_any_text_gives_a_record_or_a_package_error(text: str) -> None:
    # NER, the gazetteer and the event extractor included (the parser tests skip them).
    with contextlib.suppress(ParseError, RawFileError):
        record = parse_bytes(f" date 2026-03-02 {text}".encode(), "any")
        assert record.id == "any"


def _keys(
    text: str, published: str = "2026-03-02"
) -> list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]:
    return _parse(text, published)


def test_a_yes_no_question_asserts_nothing() -> None:
    assert _keys("Не вызывает ли это недовольства в Москве?") == []
    assert _keys("Will Tokayev attend the BRICS summit in India?") == []


def test_a_wh_question_presupposes_its_event() -> None:
    got = _keys("Как вы оцениваете реакцию Астаны на атаки Ирана на ОАЭ?")
    assert ("ASSAULT", "asserted", ("IRN",), ("ARE",)) in got
    # "какое" asks what, not whether: the visit it asks about took place
    got = _keys("Какое значение имеет визит президента Италии в Казахстан?")
    assert ("CONSULT", "asserted", ("ITA",), ("KAZ",)) in got


def test_a_visit_nouns_genitive_acts_when_the_verbs_subject_is_nobodys_state() -> None:
    got = _keys("Эксперты обращают внимание на визит Путина в Астану.")
    assert ("CONSULT", "asserted", ("RUS",), ("KAZ",)) in got
    got = _keys("Особое внимание уделили визиту Токаева в Китай.")
    assert ("CONSULT", "asserted", ("KAZ",), ("CHN",)) in got


def test_persons_and_offices_are_sources_and_never_recipients_of_themselves() -> None:
    got = _keys("Президент Касым-Жомарт Токаев провел в Акорде переговоры с Си Цзиньпином.")
    assert got == [("CONSULT", "asserted", ("KAZ",), ("CHN",))]


def test_an_official_told_again_by_surname_acts_for_the_state_of_his_office() -> None:
    got = _keys(
        "Заместитель министра иностранных дел Казахстана Ермухамбет Конуспаев встретился с "
        "послом Украины. Конуспаев выразил протест послу Украины."
    )
    assert ("ACCUSE", "asserted", ("KAZ",), ("UKR",)) in got


@pytest.mark.parametrize(
    "text",
    [
        "The President of Azerbaijan made a state visit to Kazakhstan, during which the parties "
        "signed 15 documents.",
        "Президент Азербайджана совершил визит в Казахстан, в ходе которого стороны подписали "
        "15 документов.",
    ],
)
def test_a_relative_clause_after_a_scene_cue_is_an_act_of_the_sentences_two_parties(
    text: str,
) -> None:
    # "during which" opens a clause: the signing is an act, its parties the two states named
    # before it in the same sentence
    agreed = [k for k in _keys(text) if k[0] == "AGREE"]
    assert agreed and {*agreed[0][2], *agreed[0][3]} == {"AZE", "KAZ"}, agreed


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Токаев поздравил Эрдогана с победой на выборах.", "TUR"),
        ("Tokayev congratulated Putin on his victory in the presidential election.", "RUS"),
        ("Тоқаев Ердоғанды президент сайлауындағы жеңісімен құттықтады.", "TUR"),
    ],
)
def test_an_election_congratulated_on_is_the_congratulated_ones_states(
    text: str, state: str
) -> None:
    elections = [k for k in _keys(text) if k[0] == "kzp:ELECTION"]
    assert elections == [("kzp:ELECTION", "asserted", (state,), ())], elections


def test_future_event_gets_its_date_after_publication() -> None:
    text = " date 2025-11-12 Токаев в апреле посетит Китай.\n"
    record = parse_bytes(text.encode(), "fut", events=False)
    # the date, published or queued (a future act is published only when the model is sure)
    (event,) = extract_events(record, Analysis(record.text))
    assert event.modality == Modality.FUTURE
    assert event.date.edtf == "2026-04"


def test_c5_plus_one_is_expanded() -> None:
    """EVENTS_GUIDE.md: "C5+1 summit in the US: source KAZ KGZ TJK TKM UZB, recipient USA"."""
    c5 = ("KAZ", "KGZ", "TJK", "TKM", "UZB")
    got = _keys("Лидеры стран Центральной Азии и США провели саммит С5+1 в Вашингтоне.")
    assert got == [("CONSULT", "asserted", c5, ("USA",))]
    got = _keys("Лидеры Центральной Азии и Китая провели саммит в Сиане.")
    assert got == [("CONSULT", "asserted", c5, ("CHN",))]


def test_one_event_across_sentences_keeps_every_evidence_span() -> None:
    text = "Иран осудил Казахстан. Позже Иран снова осудил Казахстан."
    record = parse_bytes(f" date 2026-03-02 {text}\n".encode(), "merge", events=False)
    (event,) = extract_events(record, Analysis(record.text))
    assert len(event.evidence) == 2


def test_a_visit_a_title_tells_without_tense_takes_the_modality_the_text_tells() -> None:
    """`Визит Жээнбекова в РК` (title, printed twice) and `25-26 декабря пройдет официальный
    визит ...`: one future visit, not an asserted one beside it (batch AK)."""
    text = (
        "Визит Жээнбекова в РК\n\n"
        "25-26 декабря пройдет официальный визит президента Кыргызстана Сооронбая Жээнбекова "
        "в Казахстан.\n\nВизит Жээнбекова в РК\n"
    )
    record = parse_bytes(text.encode(), "title-visit.txt", events=False)
    visits = [
        event_key(e)
        for e in extract_events(record, Analysis(record.text))
        if e.event_type.value == "CONSULT"
    ]
    assert visits == [("CONSULT", "future", ("KGZ",), ("KAZ",))]


# Given names that begin like a place name (Дания, Иран, Индия, Куба, Мали, Перу, Оман, Чили,
# Кения): a person is never a place, as a mention or as an actor.
@pytest.mark.parametrize(
    "name",
    [
        "Данияр Ахметов",
        "Ирангуль Сейткали",
        "Индира Омарова",
        "Кубаныч Жумалиев",
        "Малика Сапарова",
        "Азат Перуашев",
        "Омар Жылкыбаев",
        "Чилибек Исаев",
    ],
)
def test_a_given_name_is_never_a_place(name: str) -> None:
    text = f" date 2026-01-01 Министр {name} провел переговоры в Астане с послом Китая.\n"
    record = parse_bytes(text.encode(), "x.txt")
    codes = {m.code for m in record.mentions} | {
        a.code for e in record.events for a in [*e.source, *e.recipient]
    }
    assert codes <= {"KAZ", "CHN", None}, codes


def test_a_minister_named_like_a_country_consults_for_his_state() -> None:
    text = (
        " date 2026-01-01 Министр иностранных дел Казахстана Данияр Ахметов провел переговоры "
        "с коллегой из Ирана.\n"
    )
    # coded so (published or queued: publishing is the fitted model's call), and no DNK
    record = parse_bytes(text.encode(), "x.txt", events=False)
    (event,) = extract_events(record, Analysis(record.text))
    assert event_key(event) == ("CONSULT", "asserted", ("KAZ",), ("IRN",))
    published = parse_bytes(text.encode(), "x.txt")
    codes = {m.code for m in published.mentions} | {
        a.code for e in published.events for a in [*e.source, *e.recipient]
    }
    assert "DNK" not in codes


INTERVIEW = """ date 2026-01-01 {guest} ответил на вопросы нашего издания.

– Как развиваются отношения?

– В прошлом году мы подписали соглашение с Казахстаном о сотрудничестве.

– Спасибо.
"""


@pytest.mark.parametrize(
    ("guest", "source"),
    [
        ("Посол Германии в Казахстане Ганс Мюллер", ["DEU"]),  # an official speaks for a state
        ("Политолог Ганс Мюллер", []),  # an expert's "we" is nobody's
    ],
)
def test_we_in_an_officials_answer_is_the_officials_state(guest: str, source: list[str]) -> None:
    record = parse_bytes(INTERVIEW.format(guest=guest).encode(), "we", events=False)
    (event,) = extract_events(record, Analysis(record.text))
    assert event.event_type.value == "AGREE"
    assert [a.code for a in event.source] == source


def test_the_scene_of_a_statement_is_not_its_recipient() -> None:
    """Seed, v0.2.0: "в Центральной Азии именно Казахстан выступил" coded the four other
    Central Asian states as recipients (pymorphy3 reads "Азии" as a genitive)."""
    text = (
        " date 2026-03-02 Заметьте, в Центральной Азии именно Казахстан выступил с такой четкой "
        "позицией неприятия.\n"
    )
    record = parse_bytes(text.encode(), "scene", events=False)
    for event in extract_events(record, Analysis(record.text)):
        assert not {a.code for a in event.recipient} & {"KGZ", "TJK", "TKM", "UZB"}, event


def test_a_leads_list_of_topics_is_not_an_event() -> None:
    text = (
        " date 2026-03-02 О том, как видится внешнеполитическая стратегия Астаны, почему поддержка "
        "арабских государств важна для Казахстана, - в нашем интервью.\n"
    )
    record = parse_bytes(text.encode(), "topics", events=False)
    assert extract_events(record, Analysis(record.text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Today marks 30 years since the establishment of diplomatic relations between the "
        "Republic of Kazakhstan and the Netherlands.",
        "В этом году исполняется 30 лет со дня установления дипломатических отношений между "
        "Казахстаном и Японией.",
    ],
)
def test_an_act_between_two_parties_has_both_as_sources(text: str) -> None:
    record = parse_bytes(f" date 2026-03-02 {text}\n".encode(), "between", events=False)
    (event,) = extract_events(record, Analysis(record.text))
    assert event.event_type.value == "SUPPORT"
    assert len(event.source) == 2 and "KAZ" in {a.code for a in event.source}
    assert event.recipient == []


def test_the_host_who_receives_a_visitor_is_the_recipient() -> None:
    text = " date 2026-03-02 Мемлекет басшысы Қытай Елшісін қабылдады.\n"
    record = parse_bytes(text.encode(), "host", events=False)
    (event,) = extract_events(record, Analysis(record.text))
    assert event_key(event) == ("CONSULT", "asserted", ("CHN",), ("KAZ",))


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "During his visit to Beijing, President Tokayev held talks with Xi Jinping.",
            ("CONSULT", "asserted", ("KAZ",), ("CHN",)),
        ),
        (
            "Прибывший в Астану Сергей Лавров провел переговоры с Муратом Нуртлеу.",
            ("CONSULT", "asserted", ("RUS",), ("KAZ",)),
        ),
    ],
)
def test_a_visit_and_the_talks_held_on_it_are_two_acts(text: str, key: tuple[object, ...]) -> None:
    # the corpus codes the visit to its host and the talks between the sides (a directed
    # CONSULT matches a symmetric one); one sentence telling both once gave one event
    assert event_keys(text, "visit-talks", title="News") == [key, key]


@pytest.mark.parametrize(
    "text",
    [
        "President Tokayev held talks with Xi Jinping in Beijing.",
        # a visit that names no host is no visit of its own
        "During the visit, President Tokayev held talks with Xi Jinping.",
    ],
)
def test_talks_without_a_visit_to_a_host_are_one_act(text: str) -> None:
    assert len(event_keys(text, "talks", title="News")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Россия решила выйти из соглашения с Казахстаном.",
        "Kazakhstan withdrew from the agreement with Russia.",
    ],
)
def test_leaving_an_agreement_is_a_retreat_not_an_agreement(text: str) -> None:
    record = parse_bytes(f" date 2026-03-02 {text}\n".encode(), "retreat", events=False)
    kinds = [e.event_type.value for e in extract_events(record, Analysis(record.text))]
    assert kinds == ["RETREAT"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a domestic act told without a state is Kazakhstan's
        ("С момента прошедших парламентских выборов прошло два года.", ("KAZ",)),
        # an act towards a foreign state only: the unnamed side is the Kazakh one
        ("Главным событием года стало подписание соглашения с ЕС.", ("KAZ",)),
        # a state named by its adjective is a topic, not a counterpart
        ("На сессиях активно обсуждают китайскую модернизацию.", None),
    ],
)
def test_the_unnamed_kazakh_side(text: str, want: tuple[str, ...] | None) -> None:
    sources = [k[2] for k in _keys(text)]
    if want is None:
        assert ("KAZ",) not in sources
    else:
        assert want in sources


def test_you_in_a_question_to_an_official_is_their_state() -> None:
    text = (
        " date 2026-01-01 Министр иностранных дел Казахстана Ерлан Сапаров ответил на вопросы.\n\n"
        "– 7 октября вы посетили Москву. Каковы итоги?\n\n– Итоги хорошие.\n"
    )
    record = parse_bytes(text.encode(), "you", events=False)
    keys = [event_key(e) for e in extract_events(record, Analysis(record.text))]
    assert ("CONSULT", "asserted", ("KAZ",), ("RUS",)) in keys


def test_an_undated_telling_joins_the_dated_act() -> None:
    got = _keys("Выборы прошли 20 марта 2023 года. Выборы прошли честно.")
    assert [k for k in got if k[0] == "kzp:ELECTION"] == [
        ("kzp:ELECTION", "asserted", ("KAZ",), ())
    ]


def test_what_an_agreement_is_about_is_not_a_second_act() -> None:
    got = _keys("Казахстан и Германия подписали соглашение о сотрудничестве.")
    assert [k[0] for k in got] == ["AGREE"]


def test_help_asked_for_is_not_aid() -> None:
    got = _keys("Власти Казахстана решили просить помощи у ОДКБ.")
    assert not [k for k in got if k[0] == "AID"]
    assert ("AID", "asserted", ("IGO:CSTO",), ("KAZ",)) in _keys("ОДКБ оказала помощь Казахстану.")


@pytest.mark.parametrize(
    "text",
    [
        "Бұл туралы Мемлекет басшысы Қасым-Жомарт Тоқаев Ұлттық құрылтайдың отырысында айтты.",
        "Выступая на пленарном заседании форума, Токаев заявил о реформе ООН.",
    ],
)
def test_a_sitting_where_something_is_said_is_no_meeting(text: str) -> None:
    assert not [k for k in _keys(text) if k[0] == "CONSULT"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # presenting credentials is a visit to the host; the dative the parse hangs on the
        # phrase's noun is the host
        (
            "Посол Японии вручил верительные грамоты Президенту Казахстана.",
            ("CONSULT", "asserted", ("JPN",), ("KAZ",)),
        ),
        # the phrase split by a place: its noun heads it, not the adjective the parse makes root
        (
            "Вчера новый посол Германии Ханс Мюллер вручил в Акорде верительные грамоты "
            "Касым-Жомарту Токаеву.",
            ("CONSULT", "asserted", ("DEU",), ("KAZ",)),
        ),
        # a host receiving a delegation: the guest acts, the host is the recipient
        (
            "Касым-Жомарт Токаев принял делегацию Европейского союза.",
            ("CONSULT", "asserted", ("IGO:EU",), ("KAZ",)),
        ),
        # a trigger noun predicated of its subject: an economic tie after a linking verb
        (
            "Европейский союз стал крупнейшим инвестором в Казахстан.",
            ("COOPERATE", "asserted", ("IGO:EU",), ("KAZ",)),
        ),
        # ... and praise after a verb of naming
        (
            "Министр иностранных дел Германии назвал Казахстан надёжным партнёром.",
            ("SUPPORT", "asserted", ("DEU",), ("KAZ",)),
        ),
        # Kazakh "еліміз" (our country) is Kazakhstan, and not the head noun of a name before it
        ("Жапония елімізге инвестиция салды.", ("COOPERATE", "asserted", ("JPN",), ("KAZ",))),
        # a Kazakh nationality adjective names its state ("түрік", not "түрікмен")
        (
            "Қазақстан түрік компанияларымен ынтымақтастықты дамытады.",
            ("COOPERATE", "asserted", ("KAZ",), ("TUR",)),
        ),
    ],
)
def test_visits_hosts_and_predicates(
    text: str, want: tuple[str, str, tuple[str, ...], tuple[str, ...]]
) -> None:
    assert want in _keys(text)


def test_a_turkmen_is_not_a_turk() -> None:
    keys = _keys("Қазақстан түрікмен компанияларымен ынтымақтастықты дамытады.")
    assert ("COOPERATE", "asserted", ("KAZ",), ("TKM",)) in keys
    assert all("TUR" not in k[3] for k in keys)


def test_a_host_taking_part_is_not_receiving() -> None:
    keys = _keys("Касым-Жомарт Токаев принял участие в саммите ШОС.")
    assert keys and all(k[2] == ("KAZ",) for k in keys)


@pytest.mark.parametrize(
    "text",
    [
        "Казахстан и Германия ведут диалог. В этом году исполняется 30 лет с установления "
        "дипломатических отношений двух стран.",
        "Германия мен Қазақстан арасындағы ынтымақтастық дамып келеді. Екі ел арасында "
        "дипломатиялық байланыс 1992 жылы орнады.",
    ],
)
def test_diplomatic_relations_of_the_two_sides_are_both_parties_support(text: str) -> None:
    assert ("SUPPORT", "asserted", ("DEU", "KAZ"), ()) in _keys(text)


def test_a_kazakh_auxiliary_of_aspect_is_no_visit() -> None:
    # "дамып келеді" (has been developing) is no coming; "Мәскеуге келді" is
    keys = _keys("Германия мен Қазақстан арасындағы ынтымақтастық дамып келеді.")
    assert all(k[0] != "CONSULT" for k in keys)
    assert ("CONSULT", "asserted", ("KAZ",), ("RUS",)) in _keys("Тоқаев Мәскеуге келді.")


@pytest.mark.parametrize(
    ("text", "source", "recipient"),
    [
        # the passive's agent after "by" acts; its subject undergoes
        ("Kazakhstan was recognized by Turkey in 1991.", ("TUR",), ("KAZ",)),
        ("The agreement was signed by Kazakhstan and China.", ("KAZ",), ("CHN",)),
        (
            "The decision was agreed upon by the leaders of Russia and Kazakhstan.",
            ("RUS",),
            ("KAZ",),
        ),
    ],
)
def test_the_agent_of_an_english_passive_is_the_source(
    text: str, source: tuple[str, ...], recipient: tuple[str, ...]
) -> None:
    assert any(k[2] == source and k[3] == recipient for k in _keys(text))


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # where one is on a visit is the host, one actor or several
        ("Путин находится с визитом в Астане.", ("CONSULT", "asserted", ("RUS",), ("KAZ",))),
        (
            "Министр иностранных дел Казахстана, который находился в Берлине с официальным "
            "визитом, дал интервью.",
            ("CONSULT", "asserted", ("KAZ",), ("DEU",)),
        ),
        # the one who invited is the host, not a topic
        (
            "Визит прошел по приглашению Си Цзиньпина.",
            ("CONSULT", "asserted", ("KAZ",), ("CHN",)),
        ),
    ],
)
def test_the_host_of_a_visit(
    text: str, key: tuple[str, str, tuple[str, ...], tuple[str, ...]]
) -> None:
    assert key in _keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "Переговоры по Афганистану прошли в Ташкенте.",
        "Министр Казахстана заявил, что международная встреча по Сирии в Астане пройдет в мае.",
    ],
)
def test_what_talks_are_on_is_no_party(text: str) -> None:
    assert not [k for k in _keys(text) if k[0] == "CONSULT" and ({"AFG", "SYR"} & {*k[2], *k[3]})]


@pytest.mark.parametrize(
    "text",
    [
        "Директор Казахстанского института стратегических исследований подписал меморандум с "
        "азербайджанским центром.",
        "The Kazakhstan Institute for Strategic Studies signed a memorandum with Azerbaijan.",
        "Эксперт встретился с послом Японии.",
    ],
)
def test_a_research_body_or_an_expert_is_no_state(text: str) -> None:
    assert not [k for k in _keys(text) if "KAZ" in k[2]]


def test_an_expert_telling_of_the_presidents_visit_leaves_it_the_presidents() -> None:
    got = _keys("Мәселе жоқ: саясаттанушы Президенттің Ресейге сапары туралы айтты.")
    assert ("CONSULT", "asserted", ("KAZ",), ("RUS",)) in got


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # an invitation to come is the invitee's coming visit to the inviter
        ("Ердоған Назарбаевты Анкараға шақырды.", ("CONSULT", "future", ("KAZ",), ("TUR",))),
        (
            "Тоқаев Мирзиёевті Қазақстанға мемлекеттік сапармен келуге шақырды.",
            ("CONSULT", "future", ("UZB",), ("KAZ",)),
        ),
        (
            "Эрдоган пригласил Назарбаева посетить Анкару.",
            ("CONSULT", "future", ("KAZ",), ("TUR",)),
        ),
        # the invitee's state in the genitive is no subject (batch AM)
        (
            "«Сондықтан мен Сауд Арабиясының мұрагер ханзадасы мен королі Салманды Қазақстанға "
            "шақырдым», - деді Назарбаев.",
            ("CONSULT", "future", ("SAU",), ("KAZ",)),
        ),
    ],
)
def test_an_invitation_is_the_invitees_coming_visit(
    text: str, key: tuple[str, str, tuple[str, ...], tuple[str, ...]]
) -> None:
    got = _keys(text)
    assert key in got
    assert not [k for k in got if k[0] == "DEMAND"]


def test_a_call_for_talks_stays_a_demand() -> None:
    assert ("DEMAND", "asserted", ("KAZ",), ("RUS", "UKR")) in _keys(
        "Тоқаев Ресей мен Украинаны келіссөзге шақырды."
    )
    got = _keys(
        "Лавров поздравил коллегу из Казахстана Кошербаева с назначением и пригласил его в Москву."
    )
    assert ("SUPPORT", "asserted", ("RUS",), ("KAZ",)) in got


@pytest.mark.parametrize(
    "text",
    [
        "– Dear Mr. President, many see it as a threat of a war in Ukraine.",
        "– Господин Президент, многие видят в этом угрозу войны на Украине.",
    ],
)
def test_the_guest_addressed_is_no_actor(text: str) -> None:
    """`Dear Mr. President,` addresses the guest: the title is not the source of the sentence."""
    assert not [k for k in event_keys(text, "address.txt") if "KAZ" in k[2]]


@pytest.mark.parametrize(
    "text",
    [
        "ASTANA – Mongolian President Ukhnaagiin Khurelsukh arrived in Kazakhstan on a state "
        "visit.",
        "АСТАНА – Президент Монголии Ухнаагийн Хурэлсух прибыл в Казахстан с государственным "
        "визитом.",
    ],
)
def test_a_press_datelines_place_is_no_party(text: str) -> None:
    """The capital a wire story was filed from (`ASTANA – ...`) is where it was written: the
    visit is Mongolia's to Kazakhstan, not one of two parties meeting."""
    record = parse_bytes(f"{text}\n".encode(), "dateline.txt")
    found = {
        (e.event_type.value, tuple(a.code for a in e.source), tuple(a.code for a in e.recipient))
        for e in record.events + unpublished(record)
    }
    assert ("CONSULT", ("MNG",), ("KAZ",)) in found
    assert not any(t == "CONSULT" and len(s) > 1 for t, s, _ in found)


@pytest.mark.parametrize(
    ("text", "source", "recipient"),
    [
        (
            "В мае Астана примет заседание Высшего евразийского экономического совета с участием "
            "лидеров государств.",
            "IGO:EAEU",
            "KAZ",
        ),
        (
            "Kazakhstan hosted the session of the Eurasian Economic Union in Astana.",
            "IGO:EAEU",
            "KAZ",
        ),
        # taking part is no hosting
        (
            "Президент Казахстана принял участие в заседании Высшего евразийского экономического "
            "совета.",
            "KAZ",
            "IGO:EAEU",
        ),
    ],
)
def test_the_host_of_a_gathering_receives_it(text: str, source: str, recipient: str) -> None:
    """Hosting a gathering is receiving its guests (blind batch AA): the organisation comes to
    the host, as a guest comes to whoever receives it."""
    record = parse_bytes(f"{text}\n".encode(), "hosted.txt")
    found = {
        (e.event_type.value, tuple(a.code for a in e.source), tuple(a.code for a in e.recipient))
        for e in record.events + unpublished(record)
    }
    assert ("CONSULT", (source,), (recipient,)) in found


@pytest.mark.parametrize(
    "text",
    [
        "25-26 ноября специальный представитель Европейского союза по Центральной Азии Анна "
        "Виртанен посетила Астану.",
        "The EU Special Representative for Central Asia Anna Virtanen visited Astana.",
        "Сыртқы істер министрі Ержан Бектаев Еуропалық одақтың Орталық Азия жөніндегі арнаулы "
        "өкілі Анна Виртаненді қабылдады.",
    ],
)
def test_an_envoys_portfolio_is_no_party(text: str) -> None:
    """`представитель ЕС по Центральной Азии` is the office's region, not five states acting
    (blind batch AA): the visit is the EU's, and no Central Asian state is among its parties."""
    record = parse_bytes(f"{text}\n".encode(), "portfolio.txt")
    found = [
        (e.event_type.value, {a.code for a in e.source} | {a.code for a in e.recipient})
        for e in record.events + unpublished(record)
    ]
    assert ("CONSULT", {"IGO:EU", "KAZ"}) in found
    assert not any(parties & {"KGZ", "TJK", "TKM", "UZB"} for _, parties in found)


@pytest.mark.parametrize(
    ("text", "agree"),
    [
        ("Vietnam supported Kazakhstan to join the Mission of the IAEA in the Far East.", False),
        ("Россия поддержала вступление Казахстана во Всемирную торговую организацию.", False),
        # a joining told as done stays one
        ("Kazakhstan joined the WTO in 2015, and Vietnam supported it.", True),
    ],
)
def test_a_joining_backed_is_what_the_support_is_for(text: str, agree: bool) -> None:
    record = parse_bytes(f"{text}\n".encode(), "backed.txt")
    types = {e.event_type.value for e in record.events + unpublished(record)}
    assert "SUPPORT" in types
    assert ("AGREE" in types) is agree
