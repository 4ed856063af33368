"""Speakers, names and the gazetteer: fixture sentences (ru, kk, en) and properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzpolicy_data.interview.intro import PersonIntro, find_interviewees
from kzpolicy_data.nlp.analysis import Analysis
from kzpolicy_data.nlp.gazetteer import entries, find, known_codes, lookup
from kzpolicy_data.nlp.morph import nominative_name, nominative_phrase

from .conftest import ROOT


def _interviewees(text: str) -> list[PersonIntro]:
    return find_interviewees(Analysis(text), 0, len(text))


def test_seed_intro_gives_the_interviewee_with_position_org_and_country() -> None:
    intro = (ROOT / "raw" / "000_952d0ef163f4dde3.txt").read_text("utf-8").split("\n\n")[1]
    (person,) = _interviewees(intro)  # Токаев is mentioned, not interviewed
    assert person.name == "Азер Бадамов"
    assert person.position == "депутат Милли Меджлиса Азербайджанской Республики"
    assert person.organisation == "Милли Меджлис"
    assert person.country == "AZE"


@pytest.mark.parametrize(
    ("text", "name", "position_start"),
    [
        (
            "О перспективах ЕАЭС мы поговорили с политологом Андреем Ивановым.",
            "Андрей Иванов",
            "политологом",
        ),
        (
            "Айдос Сарым, политолог и депутат Мажилиса, ответил на вопросы редакции.",
            "Айдос Сарым",
            "политолог",
        ),
        (
            "На вопросы ответил директор Института мировой экономики и политики Султан Акимбеков.",
            "Султан Акимбеков",
            "директор",
        ),
        (
            "Беседа с экономистом Гульнарой Ахметовой о ценах на бензин.",
            "Гульнара Ахметова",
            "экономистом",
        ),
    ],
)
def test_interviewee_in_the_nominative_with_position(
    text: str, name: str, position_start: str
) -> None:
    people = _interviewees(text)
    assert [p.name for p in people] == [name]
    assert people[0].position and people[0].position.startswith(position_start)


def test_mentioned_leader_is_not_an_interviewee() -> None:
    assert _interviewees("Президент Касым-Жомарт Токаев подписал указ о референдуме.") == []


@pytest.mark.parametrize(
    ("printed", "nominative"),
    [
        ("Азером Бадамовым", "Азер Бадамов"),
        ("Айгерим Сатпаевой", "Айгерим Сатпаева"),
        ("Ерланом Карином", "Ерлан Карин"),
        ("Азер Бадамов", "Азер Бадамов"),
        ("Альмасадам Саткалиев", "Альмасадам Саткалиев"),
        ("Джоном Смитом", "Джон Смит"),
        ("Адилем Каукеновым", "Адиль Каукенов"),  # first name unknown to pymorphy3
        ("Досымом Сатпаевым", "Досым Сатпаев"),
        ("Акежаном Кажегельдиным", "Акежан Кажегельдин"),
        ("Айдосом Сарымом", "Айдос Сарым"),
        ("Миклошом Яцковичем", "Миклош Яцкович"),  # an unknown first name, a known surname
        # a hard stem after a hushing consonant: `-ем`/`-ём` is no soft `-ь`
        ("Сергеем Лущём", "Сергей Лущ"),
        ("Иваном Ковачем", "Иван Ковач"),
        ("Самал Ибраевой", "Самал Ибраева"),  # not a masculine `Ибраевой` like `Толстой`
        ("Сауле Нуртаевой", "Сауле Нуртаева"),
        ("Жанне Садыковой", "Жанна Садыкова"),  # dative
        ("Вадиму Борейко", "Вадим Борейко"),
        ("КАРИМОМ МАСИМОВЫМ", "Карим Масимов"),  # capitals come back in title case
        ("Д.Д. Осининой", "Д.Д. Осинина"),  # initials stay
        ("Хавьер М. Пьедра", "Хавьер М. Пьедра"),
        ("Ерлан Карин", "Ерлан Карин"),  # not a genitive plural of `Карина`
        ("Аскара Нурши", "Аскар Нурша"),  # a man's `-а` surname declines like a noun
        # surnames that keep one form in every case; the first name is declined
        ("Назирмада Ализода", "Назирмад Ализода"),
        ("Сухробом Шарипзаде", "Сухроб Шарипзаде"),
        ("Михаила Саакашвили", "Михаил Саакашвили"),
        # an unknown woman's first name on a velar stem: `-и` for `-ы`
        ("Дариги Назарбаевой", "Дарига Назарбаева"),
        ("Айши Галимбаевой", "Айша Галимбаева"),
        # `-ову` beside a first name that did not decline (pymorphy3 does not know it): a
        # woman's accusative, where a man's dative declines his first name too
        ("Акбопе Абылкасымову", "Акбопе Абылкасымова"),
        ("Ерлану Абылкасымову", "Ерлан Абылкасымов"),
        ("Сергею Иванову", "Сергей Иванов"),
    ],
)
def test_nominative_names(printed: str, nominative: str) -> None:
    assert nominative_name(printed) == nominative


@pytest.mark.parametrize(
    ("printed", "hint", "nominative"),
    [
        ("Игорем Шевчуком", None, "Игорь Шевчук"),  # the first name's case on the surname
        ("Олегу Борейко", None, "Олег Борейко"),
        ("Виталия Колточника", "masc", "Виталий Колточник"),
        ("Виталия Колточника", None, "Виталия Колточника"),  # `Виталия` may be a woman
    ],
)
def test_surnames_declined_like_the_first_name(
    printed: str, hint: str | None, nominative: str
) -> None:
    assert nominative_name(printed, hint) == nominative


def test_a_gender_hint_settles_ambiguous_forms() -> None:
    assert nominative_name("Руслана Бекова") == "Руслана Бекова"  # may be a woman's nominative
    assert nominative_name("Руслана Бекова", "masc") == "Руслан Беков"
    assert nominative_name("Адиля Каукенова", "masc") == "Адиль Каукенов"
    # a woman's `-ова` is her nominative, also after a first name pymorphy3 does not know
    assert nominative_name("Гульшара Абдыкаликова", "femn") == "Гульшара Абдыкаликова"


def test_nominative_organisation_head() -> None:
    assert nominative_phrase("Милли Меджлиса") == "Милли Меджлис"
    assert nominative_phrase("Министерства иностранных дел") == "Министерство иностранных дел"


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Да, в Тегеране это восприняли болезненно, но Астана четко дает понять.", ["IRN", "KAZ"]),
        ("действий Вашингтона, США и Израиля", ["USA", "USA", "ISR"]),
        ("лидерам ОАЭ, Саудовской Аравии", ["ARE", "SAU"]),
        ("Қазақстанның Ресейге экспорты", ["KAZ", "RUS"]),
        ("Kazakhstan and the European Union signed it in Astana", ["KAZ", "IGO", "KAZ"]),
        ("саммит ШОС и ОДКБ", ["IGO", "IGO"]),
    ],
)
def test_gazetteer_finds_names_in_every_case_and_language(text: str, codes: list[str]) -> None:
    assert [m.entry.code for m in find(text)] == codes


def test_gazetteer_data_is_valid() -> None:
    assert len(entries()) > 50
    assert {"KAZ", "AZE", "IRN", "ISR", "USA", "RUS", "CHN", "ARE", "SAU", "IGO"} <= known_codes()
    entry = lookup("Азербайджанской Республики")
    assert entry is not None and entry.qid == "Q227"
    assert lookup("Азербайджанской Республики и Ирана") is None


@given(st.text(alphabet=st.sampled_from(list("Астан ИранСШАқазақстан.,-ОАЭ ")), max_size=80))
def test_gazetteer_spans_match_and_do_not_overlap(text: str) -> None:
    matches = find(text)
    end = 0
    for m in matches:
        assert text[m.start : m.end] == m.surface
        assert m.start >= end
        end = m.end


@given(st.text(max_size=40))
def test_nominative_never_raises(text: str) -> None:
    assert isinstance(nominative_name(text), str)
    assert isinstance(nominative_phrase(text), str)


_LABELLED = (
    "Interview\n\n{q}: Mr. Secretary, thank you for visiting. What are you telling them?\n\n"
    "{a}: Well, thanks for having me on your show today.\n\n{q}: How do you see the election?\n\n"
    "{a}: It was an important step.\n"
)


@pytest.mark.parametrize(
    ("q", "a", "guest"),
    [
        # a name label after a title names the guest; a leader's surname gives the full name
        ("QUESTION", "SECRETARY POMPEO", "Mike Pompeo"),
        ("Correspondent", "President Tokayev", "Kassym-Jomart Tokayev"),
        ("QUESTION", "AMBASSADOR SMITH", "Smith"),
        # an answer label that names a kind names nobody
        ("QUESTION", "ANSWER", None),
        ("Q", "Ans", None),
    ],
)
def test_a_speaker_label_names_the_guest_without_titles(q: str, a: str, guest: str | None) -> None:
    from .parsing import parse_guests

    _, guests = parse_guests(_LABELLED.format(q=q, a=a))
    assert guests == [guest]


_PODCAST = (
    "(00:00) Аяжан: Добрый день, дорогие слушатели! На связи подкаст «Право на право» и я, его "
    "ведущая. Сегодня речь пойдет о работе маслихатов. Я с большим удовольствием приветствую "
    "гостя нашего подкаста, депутата маслихата города Алматы VII созыва {name}.\n\n"
    "{first}, здравствуйте!\n\n"
    "(01:00) {first}: Здравствуйте, Аяжан, спасибо, что пригласили.\n\n"
    "(01:10) Аяжан: Вы депутат города Алматы. Расскажите, чем занимается маслихат?\n\n"
    "(01:30) {first}: Маслихат принимает бюджет города и следит за его исполнением.\n"
)


@pytest.mark.parametrize(
    ("name", "first", "guest"),
    [
        ("Акбопе Абылкасымову", "Акбопе", "Акбопе Абылкасымова"),
        ("Сергея Иванова", "Сергей", "Сергей Иванов"),
    ],
)
def test_a_first_name_label_is_completed_from_the_hosts_introduction(
    name: str, first: str, guest: str
) -> None:
    # a transcript with no lead: the host's first turn introduces the guest in full
    from .parsing import parse_guests

    _, guests = parse_guests(_PODCAST.format(name=name, first=first))
    assert guests == [guest]


@pytest.mark.parametrize(
    ("position", "code"),
    [
        ("министр иностранных дел Казахстана", "KAZ"),
        ("Chinese Ambassador to Kazakhstan", "CHN"),
        ("посол Китая в Казахстане", "CHN"),
        ("Қазақстандағы Қытай елшісі", "CHN"),
        ("Ambassador of Kazakhstan to Egypt", "KAZ"),
        # the state an envoy is sent to is the host, not the envoy's state
        ("Ambassador to Kazakhstan", None),
        ("посол в Казахстане", None),
    ],
)
def test_the_state_of_a_position_is_not_the_host_of_an_envoy(position: str, code: str) -> None:
    from kzpolicy_data.nlp.gazetteer import position_state

    entry = position_state(position)
    assert (entry.code if entry else None) == code


def test_a_foreign_envoys_we_speaks_for_the_envoys_state() -> None:
    """`Chinese Ambassador to Kazakhstan Zhang Wei`: the parsed position keeps only `Ambassador
    to Kazakhstan`, whose state is the host; the interviewee speaks for China."""
    from kzpolicy_data import parse_bytes
    from kzpolicy_data.events.speakers import speaker_states

    text = (
        "ASTANA. KAZINFORM - Chinese Ambassador to Kazakhstan Zhang Wei has given an exclusive "
        "interview to Kazinform correspondent.\n\n- Mr. Ambassador, how do you assess the "
        "relations?\n\n- We have agreed on deliveries of grain to the Chinese market.\n"
    )
    record = parse_bytes(text.encode(), "envoy.txt", events=False)
    guest = next(s for s in record.speakers if s.interview_role.value == "interviewee")
    # the position as printed, with the adjective before its head word
    assert guest.position == "Chinese Ambassador to Kazakhstan"
    assert [a.country for a in guest.affiliations] == ["CHN"]
    assert speaker_states(record)[guest.id].code == "CHN"
