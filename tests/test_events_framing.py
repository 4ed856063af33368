"""Triggers that tell no act (events/framing) and bilateral acts told as "the two sides"
(events/sides.PARTIES)."""

from __future__ import annotations

import pytest

from kzpolicy_data import parse_bytes
from kzpolicy_data.events.annotate import event_key
from kzpolicy_data.events.extract import extract_candidates, extract_events
from kzpolicy_data.nlp.analysis import Analysis

from .parsing import Key, event_keys


def _keys(text: str) -> list[Key]:
    return event_keys(text, "framing", title=None)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a holiday celebrated is no statement
        ("1 декабря Казахстан широко отметил государственный праздник.", "kzp:STATEMENT"),
        # nobody in particular says it
        ("Про Алматы всегда говорят, что это город несогласный.", "kzp:STATEMENT"),
        ("Критики говорят, что Казахстан становится авторитарным.", "kzp:STATEMENT"),
        # an electoral system is no election
        (
            "Қазақстанда депутаттар құрамы сайлаудың пропорционал жүйесімен анықталады.",
            "kzp:ELECTION",
        ),
        # a sitting of the state's own government is no meeting between parties (batch AJ)
        ("Назарбаевтың мәлімдемесінен кейін үкімет отырысы қазақ тілінде өтті.", "CONSULT"),
        ("Недавнее заседание правительства Казахстана прошло на казахском языке.", "CONSULT"),
        # agreeing to be interviewed is no agreement between states
        (
            "Ambassador of India to Kazakhstan Ashok Sajjanhar has kindly agreed to give an "
            "interview to our correspondent.",
            "AGREE",
        ),
        ("Посол Индии в Казахстане согласился дать интервью нашей газете.", "AGREE"),
        (
            "Canada's Ambassador to Kazakhstan, Richard Mann, kindly agreed to answer a series "
            "of questions posed by THE GLOBE.",
            "AGREE",
        ),
        ("Посол Канады в Казахстане согласился ответить на вопросы нашей газеты.", "AGREE"),
        # talks with the outlet's reporter are the interview; relations entering a new era
        # join no treaty
        (
            "Italian Ambassador to Kazakhstan Marco Rossi sat down with Kazinform correspondent "
            "to discuss the state of bilateral relations.",
            "CONSULT",
        ),
        ("Китайско-казахстанские отношения обязательно вступят в новую эру дружбы.", "AGREE"),
        # a chairmanship concluded is ended, no treaty concluded
        (
            "Kazakhstan has concluded its chairmanship of the Conference on Interaction and "
            "Confidence Building Measures in Asia.",
            "AGREE",
        ),
        # a trip by a university's people or by reporters is no state's visit
        (
            "The two sides are trying to organise a trip by presidents of Kazakhstan-based "
            "universities to Germany.",
            "CONSULT",
        ),
        # a courtesy call is a visit, not a call on someone to act
        ("Foreign Minister Kishida Pays a Courtesy Call on the President of Kazakhstan", "DEMAND"),
        # a topic discussed by the public, not at talks (batch AH)
        (
            "Қытайдың Шыңжаң қазақтарын қамау науқаны мен Қазақстанға көшкен қазақтардың "
            "зейнетақы мәселесі әлеуметтік желілерде жиі талқыланып жатыр.",
            "CONSULT",
        ),
        # a polling station is where a vote is cast, no election (a referendum's, batch AK)
        (
            "Сағат 7.00-де ауданындағы барлық 38 сайлау учаскесінде азаматтардың дауыс беруі "
            "басталды.",
            "kzp:ELECTION",
        ),
        # a show's host and the outlet presenting their guest (batch AL)
        (
            "In the first episode, I am joined by Daulet Ormanov, Ambassador of Spain to "
            "Kazakhstan to discuss the prospects of bilateral ties between Kazakhstan and Spain.",
            "CONSULT",
        ),
        (
            "In the first episode, I am joined by Daulet Ormanov, Ambassador of Spain to "
            "Kazakhstan to discuss the prospects of bilateral ties between Kazakhstan and Spain.",
            "AGREE",
        ),
        # the outlet meeting its guest (batch AH)
        (
            "Эта дата отмечается как праздник, накануне которого нам удалось встретиться с "
            "Генеральным консулом Германии в Алматы.",
            "CONSULT",
        ),
    ],
)
def test_a_trigger_that_tells_no_act(text: str, kind: str) -> None:
    assert not [k for k in _keys(text) if k[0] == kind]


@pytest.mark.parametrize(
    "text",
    [
        # taking part with no meeting to take part in: membership, or nobody at all
        "Особое место во внешней политике отводится участию в военно-политическом союзе - ОДКБ.",
        "Это вызвало волну негодования в России, и даже после того, как выяснилось, что юрту "
        "установили казахстанские компании по собственной инициативе, без участия официальных "
        "властей Казахстана.",
    ],
)
def test_taking_part_in_no_meeting_is_no_consultation(text: str) -> None:
    assert not [k for k in event_keys(text, "framing") if k[0] == "CONSULT"]
    attended = "Токаев примет участие в саммите ШОС в Бишкеке."
    assert [k for k in event_keys(attended, "framing") if k[0] == "CONSULT"]


def test_the_topics_an_interviews_lead_lists_are_no_acts() -> None:
    lead = (
        "Он ответил на вопросы главного редактора портала Анны Берг о войне и мире, о "
        "перспективах вступлении в ЕС и НАТО, о главных принципах выживания."
    )
    text = f"{lead}\n\nПосол работает в Астане третий год."
    assert not [k for k in event_keys(text, "framing") if k[0] == "AGREE"]
    # a title that lists the topics before the interview it announces (batch AH)
    title = "Об уране, президентских выборах и отношениях — эксклюзивное интервью с послом Ирана"
    text = f"{title}\n\nПосол работает в Астане третий год."
    assert not [k for k in event_keys(text, "framing", title=None) if k[0] == "kzp:ELECTION"]


def test_what_others_call_a_state_in_a_question_is_no_act() -> None:
    text = (
        "Интервью с политологом Ерланом Ахметовым.\n\n"
        "– Ерлан Маратович, Казахстан иногда называют слишком нейтральным союзником России. "
        "Почему так?\n\n– Я так не думаю. Казахстан следует своему курсу.\n"
    )
    rec = parse_bytes(text.encode(), "q.txt", events=False)
    keys = [event_key(c.event) for c in extract_candidates(rec, Analysis(rec.text))]
    assert not [k for k in keys if k[0] == "SUPPORT"]


def test_a_call_made_on_someone_to_act_is_still_a_demand() -> None:
    assert [
        k for k in _keys("The UN made a call on the parties to cease fire.") if k[0] == "DEMAND"
    ]


def test_a_presidents_visit_by_name_is_still_a_visit() -> None:
    assert [
        k for k in _keys("A visit by President Tokayev to Berlin took place.") if k[0] == "CONSULT"
    ]


def test_an_agreement_concluded_is_still_an_agreement() -> None:
    assert [
        k
        for k in _keys("Kazakhstan and China concluded an agreement on visa-free travel.")
        if k[0] == "AGREE"
    ]


def test_a_statement_is_still_a_statement() -> None:
    assert ("kzp:STATEMENT", "asserted", ("KAZ",), ()) in _keys(
        "Токаев отметил, что Казахстан продолжает многовекторную политику."
    )


INTERVIEW = """ date 2026-01-01 {title}

{guest} ответил на вопросы нашего издания.

– Как вы оцениваете политику Казахстана?

– Я хочу сказать, что Казахстан проводит многовекторную политику.
"""


def test_an_experts_own_opinion_is_no_statement() -> None:
    text = INTERVIEW.format(title="Интервью", guest="Политолог Ганс Мюллер")
    record = parse_bytes(text.encode(), "expert", events=False)
    kinds = [e.event_type.value for e in extract_events(record, Analysis(record.text))]
    assert "kzp:STATEMENT" not in kinds


def test_the_article_framing_its_guest_is_no_event() -> None:
    text = (
        " date 2026-01-01 В эксклюзивном интервью нашему изданию депутат Мажилиса Айдос Сарым "
        "открыто говорит о борьбе за реформы.\n\n– Как идут реформы?\n\n– Медленно.\n"
    )
    record = parse_bytes(text.encode(), "framing", events=False)
    found = extract_events(record, Analysis(record.text))
    assert not [e for e in found if e.event_type.value == "kzp:STATEMENT"]


def test_what_a_guest_discusses_with_the_outlet_is_no_talks() -> None:
    # batch AF: the lead's `X discusses the evolution of the partnership` is the interview
    text = (
        " date 2026-01-01 Spain and Kazakhstan\n\nIn an exclusive interview with Kazinform News "
        "Agency, Jorge Urbiola, former Ambassador of Spain to Kazakhstan, discusses the evolution "
        "of the strategic partnership between the two nations.\n\nHow did it start?\n\n"
        "It started long ago.\n"
    )
    record = parse_bytes(text.encode(), "framing", events=False)
    found = extract_events(record, Analysis(record.text))
    assert not [e for e in found if e.event_type.value == "CONSULT"]
    # talks discussed with a partner are still talks
    keys = event_keys("In Astana, President Tokayev discussed trade with President Putin.", "x")
    assert [k for k in keys if k[0] == "CONSULT"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Президент Казахстана Токаев прибыл в Ташкент с государственным визитом. "
            "Стороны подписали 15 документов.",
            ("AGREE", "asserted", ("KAZ",), ("UZB",)),
        ),
        (
            "Kazakh President Tokayev arrived in Kuwait on a state visit. "
            "The sides signed a number of agreements.",
            ("AGREE", "asserted", ("KAZ",), ("KWT",)),
        ),
        # the two leaders who act for them
        (
            "Kazakhstan and Uzbekistan opened a new border crossing. "
            "The two presidents held talks on water.",
            ("CONSULT", "asserted", ("KAZ",), ("UZB",)),
        ),
    ],
)
def test_the_two_sides_are_the_states_told_before(text: str, want: Key) -> None:
    assert want in _keys(text)


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        (
            "Президент Казахстана Токаев прибыл в Амман с официальным визитом. "
            "Сапар аясында бірқатар екіжақты құжатқа қол қойылады.",
            "JOR",
        ),
        (
            "Президент Казахстана Токаев прибыл в Москву с государственным визитом. "
            "К подписанию подготовлены важные двусторонние документы.",
            "RUS",
        ),
        (
            "Kazakh President Tokayev arrived in Belgium on an official visit. "
            "A range of bilateral documents are planned to be signed.",
            "BEL",
        ),
    ],
)
def test_documents_told_bilateral_are_the_two_sides(text: str, partner: str) -> None:
    # no state is named in the sentence of the signing: its parties are the visit's
    # (the modality of "қол қойылады", "подготовлены к подписанию" is not read here)
    agreed = [{*k[2], *k[3]} for k in _keys(text) if k[0] == "AGREE"]
    assert {"KAZ", partner} in agreed, _keys(text)


def test_on_its_part_is_not_the_two_sides() -> None:
    assert _keys("Со своей стороны, Казахстан подписал соглашение.") == [
        ("AGREE", "asserted", ("KAZ",), ())
    ]


KK_INTERVIEW = """ date 2026-01-01 Сұхбат

Саясаттанушы Ерболат Сапаров сұрақтарымызға жауап берді.

– Қазақстанның саясатын қалай бағалайсыз?

– Бұл туралы Астана мен Мәскеу мәлімдеді.
"""


def test_kazakh_men_is_and_not_i() -> None:
    # "Астана мен Мәскеу" is "Astana and Moscow": an expert reporting it is no first person
    record = parse_bytes(KK_INTERVIEW.encode(), "kkexpert", events=False)
    keys = [event_key(e) for e in extract_events(record, Analysis(record.text))]
    assert ("kzp:STATEMENT", "asserted", ("KAZ", "RUS"), ()) in keys


@pytest.mark.parametrize(
    ("text", "visit"),
    [
        (
            "Президент Казахстана сообщил о предстоящем визите в Китай.",
            ("CONSULT", "future", ("KAZ",), ("CHN",)),
        ),
        (
            "Анонсированный МИД визит министра Казахстана в Японию пройдет в мае.",
            ("CONSULT", "future", ("KAZ",), ("JPN",)),
        ),
    ],
)
def test_a_reported_visit_is_the_visit_not_a_statement(text: str, visit: Key) -> None:
    # reporting a visit states no position: the visit is the act
    got = _keys(text)
    assert visit in got
    assert not [k for k in got if k[0] == "kzp:STATEMENT"]


@pytest.mark.parametrize(
    "text",
    [
        "Журналист встретился с Генеральным консулом Венгрии в Алматы.",
        "Our correspondent met the Ambassador of Japan in Astana.",
        "Тілшіміз Жапония елшісімен кездесті.",
        # the partner's genitive and place between the reporters and the act
        "Қазақ журналистері Түркияның Алматыдағы Бас консулымен кездесті.",
    ],
)
def test_a_reporter_meeting_an_official_is_no_kazakh_act(text: str) -> None:
    # the unnamed Kazakh side is inferred for acts towards foreign states, but not where the
    # one who meets is the article's reporter
    assert not [k for k in _keys(text) if "KAZ" in k[2]]


def test_an_official_meeting_a_foreign_consul_is_still_the_kazakh_side() -> None:
    assert ("CONSULT", "asserted", ("KAZ",), ("HUN",)) in _keys(
        "Аким встретился с Генеральным консулом Венгрии в Алматы."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Armenian opposition called on the government to break diplomatic relations with Belarus.",
        "Грузия разорвала дипломатические отношения с Россией.",
        "Kazakhstan severed ties with Israel.",
    ],
)
def test_ties_broken_are_no_support(text: str) -> None:
    # batch AF: ending diplomatic relations is no backing of the other side
    assert not [k for k in event_keys(text, "x") if k[0] == "SUPPORT"]
    # ties set up still are
    keys = event_keys("Kazakhstan and Latvia established diplomatic relations in 1992.", "x")
    assert [k for k in keys if k[0] == "SUPPORT"]


def test_a_visit_told_beside_social_media_is_still_a_visit() -> None:
    text = "Токаев совершил визит в Китай, пишут в соцсетях."
    assert ("CONSULT", "asserted", ("KAZ",), ("CHN",)) in _keys(text)


def test_the_outlets_conversation_presented_in_the_lead_is_no_talks() -> None:
    """(batch AL) `Представляем наш большой разговор ... с X` in the lead: the outlet's."""
    text = (
        "Представляем наш большой разговор о странах Центральной Азии с научным сотрудником "
        "Центра по изучению России Аскаром Ормановым.\n\nРейтинги\n\nНачнём с того, что "
        "никакие рейтинги не объективны."
    )
    assert not event_keys(text, "talk.txt", title="Большой разговор о Центральной Азии")


@pytest.mark.parametrize(
    "text",
    [
        # (batch AM) a lead listing what the piece tells, closing on where it is told
        "Что будут обсуждать за закрытыми дверями, какие двухсторонние встречи запланированы у "
        "Путина и Токаева – в материале «ФедералПресс».",
        # a quote closed by its speaker's `agreed`: said so, no deal
        '"Both Ukrainian and Kazakhstan diplomats intend to solve all the problems through '
        "normal diplomatic means,\" Ukraine's charge d'affaires in Kazakhstan agreed later the "
        "same day.",
    ],
)
def test_a_pieces_topics_and_a_quotes_agreed_tell_no_act(text: str) -> None:
    assert not [k for k in event_keys(text, "topics.txt") if k[0] in ("CONSULT", "AGREE")]


def test_parties_that_agreed_after_a_quoted_name_still_agreed() -> None:
    got = event_keys('The "Astana format" talks ended and Kazakhstan and Russia agreed.', "a.txt")
    assert [k for k in got if k[0] == "AGREE"]
