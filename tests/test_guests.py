"""Who is interviewed and who asks, per layout family of the real articles (made-up names).

Each case builds the article's title, intro and turns by hand (the turn splitting is tested in
test_turns.py), so that only the reading of names, labels and vocatives is under test.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kzpolicy_data.codes import TurnKind
from kzpolicy_data.interview.address import (
    Vocative,
    find_vocative,
    initials_defined,
    patronymic_gender,
)
from kzpolicy_data.interview.candidates import (
    add_candidate,
    address_only,
    is_leader,
    merge_initials,
    without_titles,
)
from kzpolicy_data.interview.guests import Candidate, Cast, cast, label_names
from kzpolicy_data.interview.names import find_names, is_outlet
from kzpolicy_data.interview.nominative import kazakh_text, nominative_of
from kzpolicy_data.interview.positions import role_before
from kzpolicy_data.interview.speakers import build_speakers
from kzpolicy_data.interview.turns import Marked, Segmentation, TurnDraft
from kzpolicy_data.nlp.analysis import Analysis
from kzpolicy_data.records import Speaker, Turn
from kzpolicy_data.source.layout import Paragraph

from .parsing import parse_guests

Q, A = TurnKind.QUESTION, TurnKind.ANSWER


Layout = tuple[str, Segmentation, dict[str, tuple[int, int]]]


def _layout(
    title: str | None, intro: str | None, turns: list[tuple[TurnKind, str | None, str]]
) -> Layout:
    """Lay out ``title``, ``intro`` and the turns (kind, label, text): a turn without a label
    gets a dash, one with an empty label is printed as given."""
    text, ranges = "", {}
    for key, part in (("title", title), ("intro", intro)):
        if part:
            ranges[key] = (len(text), len(text) + len(part))
            text += part + "\n\n"
    drafts = []
    for kind, label, body in turns:
        line = f"{label}: {body}" if label else body if label == "" else f"– {body}"
        start = len(text)
        para = Paragraph(start, start + len(line), 1, line)
        marker = line[: len(line) - len(body)]
        marked = Marked(
            para, "label" if label else "dash", marker, label, kind, start + len(marker)
        )
        drafts.append(TurnDraft(kind, marked, [(start, start + len(line))], label))
        text += line + "\n\n"
    return text, Segmentation(drafts, [], [], "label", True, False, ""), ranges


def _cast(
    title: str | None, intro: str | None, turns: list[tuple[TurnKind, str | None, str]]
) -> Cast:
    text, seg, ranges = _layout(title, intro, turns)
    return cast(Analysis(text), seg, intro=ranges.get("intro"), title=ranges.get("title"))


def _speakers(
    title: str | None, intro: str | None, turns: list[tuple[TurnKind, str | None, str]]
) -> tuple[list[Speaker], list[Turn]]:
    text, seg, ranges = _layout(title, intro, turns)
    return build_speakers(
        "x",
        text,
        seg,
        intro=ranges.get("intro"),
        title=ranges.get("title"),
        publisher=None,
        authors=[],
        analysis=Analysis(text),
    )


def _guests(c: Cast) -> list[str]:
    return [g.name for g in c.guests]


def test_instrumental_with_initials_defined_in_parentheses() -> None:  # D02
    c = _cast(
        "Беседы с Ильёй Громовым. Турция и Казахстан",
        None,
        [
            (Q, "И.Г.", "Добрый вечер. Веду её я, Илья Громов (И.Г.). Сегодня беседую с "
             "тюркологом Адилем Каукеновым (А.К.)."),
            (A, "А.К.", "Рад быть здесь."),
            (Q, "И.Г.", "Что скажете о торговле?"),
            (A, "А.К.", "Она растёт."),
        ],
    )  # fmt: skip
    assert _guests(c) == ["Адиль Каукенов"]
    assert c.host is not None and c.host.name == "Илья Громов"


def test_dative_journalist_is_the_host_and_the_nominative_senator_the_guest() -> None:  # D08
    c = _cast(
        None,
        "В большом интервью обозревателю Stepnews.kz Жанне Садыковой сенатор Марат Алиев "
        "рассуждает о ведомственной ревности.",
        [(Q, None, "Почему портал не работал?"), (A, None, "Сервер стоял на профилактике.")],
    )
    assert _guests(c) == ["Марат Алиев"]
    assert c.host is not None and c.host.name == "Жанна Садыкова"


def test_caps_title_in_the_instrumental() -> None:  # D13
    c = _cast(
        "ОНЛАЙН-ВСТРЕЧА С МИНИСТРОМ ЭНЕРГЕТИКИ КАЗАХСТАНА НУРЛАНОМ ЕСЕНОВЫМ",
        None,
        [
            (Q, "Петров А.", "Начинаем! Нурлан Болатович, спасибо, что пришли."),
            (A, "Есенов Н.", "Добрый день."),
        ],
    )
    assert _guests(c) == ["Нурлан Есенов"]


def test_initials_completed_by_the_vocative() -> None:  # v12
    c = _cast(
        None,
        "О профессиях будущего мы поговорили с экспертом Д.Д. Осининой, директором центра.",
        [(Q, None, "Дарья Дмитриевна, какие профессии исчезнут?"), (A, "Д.О.", "Кассиры.")],
    )
    assert _guests(c) == ["Дарья Осинина"]


def test_vocative_gender_settles_an_ambiguous_accusative() -> None:  # v13
    c = _cast(
        None,
        "Президент Касым-Жомарт Токаев поручил перевести госуслуги в смартфон. Насколько это "
        "реально, мы спросили председателя правления «Цифрового центра» Руслана Бекова.",
        [(Q, None, "Руслан Маратович, успеете?"), (A, None, "Успеем.")],
    )
    assert _guests(c) == ["Руслан Беков"]  # the president is mentioned, not interviewed


def test_lone_title_surname_and_vocative_first_name() -> None:  # D09
    c = _cast(
        "Алматинский аналитик Ершов: После девальвации бизнес станет осторожнее",
        None,
        [(Q, None, "Павел Андреевич, тенге снова ослаб. Как быть?"), (A, None, "Без паники.")],
    )
    assert _guests(c) == ["Павел Ершов"]


def test_leader_addressed_by_first_name_and_patronymic() -> None:  # D14 (real)
    c = _cast(
        "«Мы сделали ставку на регионы»",
        "Глава государства дал большое интервью газете.",
        [(Q, None, "Касым-Жомарт Кемелевич, рады видеть Вас."), (A, None, "Спасибо.")],
    )
    assert _guests(c) == ["Касым-Жомарт Токаев"]


@pytest.mark.parametrize("address", ["Уважаемый Касым-Жомарт Кемелевич", "Касымжомарт Кемелевич"])
def test_leader_addressed_with_dear_or_an_older_spelling(address: str) -> None:
    """`Уважаемый` opening the question is no surname before the name, and a paper's
    `Касымжомарт` is the gazetteer's `Касым-Жомарт`."""
    c = _cast(None, None, [(Q, None, f"{address}, рады видеть Вас."), (A, None, "Спасибо.")])
    assert _guests(c) == ["Касым-Жомарт Токаев"]


def test_role_only_gives_no_name() -> None:  # D04
    c = _cast(
        '"Мы глубоко встревожены": Посол Казахстана в Армении',
        None,
        [(Q, None, "Что вы почувствовали?"), (A, None, "Тревогу.")],
    )
    assert _guests(c) == []


def test_outlet_label_and_full_name_label() -> None:  # D06
    c = _cast(
        None,
        "Радио Шанырак обсудило этот текст с Ерболом Жанузаковым, экономистом.",
        [(Q, "Радио Шанырак", "Тарифы выросли."), (A, "Ербол Жанузаков", "Цифр нет.")],
    )
    assert _guests(c) == ["Ербол Жанузаков"]


def test_two_hosts_named_in_the_lead() -> None:  # v14
    c = _cast(
        None,
        "В редакции прошла онлайн-конференция с министром здравоохранения Айжан Бекмуратовой. "
        "Вели её журналисты Ольга Ким и Серик Нуртаев.",
        [
            (Q, "Ольга Ким", "Айжан Бекмуратовна, когда?"),
            (A, "Айжан Бекмуратова", "В этом году."),
            (Q, "Серик Нуртаев", "А в сёлах?"),
        ],
    )
    assert _guests(c) == ["Айжан Бекмуратова"]
    assert c.host is not None and c.host.name == "Ольга Ким"


@pytest.mark.parametrize(
    ("title", "intro", "first", "name"),
    [
        (  # D18: comitative attached, title and lead
            "Транзит дәліздері жайлы – Әлия Бекмұратовамен сұхбат",
            "Экономист Әлия Бекмұратовамен әңгіме Каспий маршруты төңірегінде өрбіді.",
            "Әлия Серікқызы",
            "Әлия Бекмұратова",
        ),
        (  # D19: capitals, attached, across a line break after the position
            "Қазақ-мажар байланысы",
            "(Қазақстанның Венгриядағы Төтенше және өкілетті Елшісі\nНұрлан ЖАҚЫПБЕКҰЛЫМЕН сұхбат)",
            "Нұрлан Жақыпбекұлы",
            "Нұрлан Жақыпбекұлы",
        ),
        (  # D23: nominative, followed by a genitive that is not part of the name
            "Орталық Азия логистиканың жаңа түйіні – сарапшы Лаура Бекер",
            "Журналының шолушысы Лаура Бекер Қазақстанның әлеуеті туралы сұхбат берді.",
            "Бекер ханым",
            "Лаура Бекер",
        ),
        (  # D20: Latin script, surname first, with a patronymic
            "Auyl, jol jәne internet",
            "«Әkim – halyqtyng dauysy», – deydi Tasbolat Erlan Nurlanúly, Atyrau oblysy "
            "mәslihat deputaty.",
            "Audan",
            "Tasbolat Erlan Nurlanúly",
        ),
        (  # v07: Latin Kazakh, nominative after the position
            "Jaña oqu jyly",
            "Bılım ministrlıgınıñ vitse-ministrı Aigül Sädyqova suhbat berdı.",
            "Aigül Serıkqyzy",
            "Aigül Sädyqova",
        ),
        (  # a military rank before the name is a position, not a first name
            "Critical minerals and the US",
            "Read the full interview with Major General Bill Crane (Ret.) on Spik.kz.",
            "Mr. General",
            "Bill Crane",
        ),
        (  # D25: English title, name after the comma
            "Interview with H.E. the Ambassador of the Republic of Kazakhstan, Marat Seitkali",
            None,
            "Ambassador",
            "Marat Seitkali",
        ),
    ],
)
def test_kazakh_latin_and_english_leads(
    title: str, intro: str | None, first: str, name: str
) -> None:
    c = _cast(title, intro, [(Q, None, f"{first}, не айтасыз?"), (A, None, "Жауап.")])
    assert _guests(c) == [name]


def test_arabic_script_pair_with_the_ablative_on_the_second() -> None:  # D21
    c = _cast(
        None,
        "جاڭا سالىق كودەكسى. ەكونوميستەر  اسقار تەمىر مەن نۇرلان سەيىتوۆتەن ويىن بىلدىك.",
        [(Q, None, "بۇل ءتيىمدى مە؟"), (A, None, "ءىشىنارا.")],
    )
    assert _guests(c) == ["اسقار تەمىر", "نۇرلان سەيىتوۆ"]


def test_labels_change_from_full_names_to_initials() -> None:  # D22
    c = _cast(
        "«Бұл реформа емес»",
        "Айгүл Серікқызы: Партиялар тіркелді. Сенім бар ма?\n\nЕрлан Тоқтар: Сенім аз.",
        [(Q, "А.С", "Партияға кіресіз бе?"), (A, "Е.Т", "Жоқ.")],
    )
    assert _guests(c) == ["Ерлан Тоқтар"]


def test_full_name_answer_labels_beat_unrelated_lead_names() -> None:
    c = _cast(
        "Interview: EU ambassador on Central Asia",
        None,
        [(Q, "THE ASTANA TIMES", "Ambassador, why?"), (A, "KESTUTIS JANKAUSKAS", "Trade.")],
    )
    assert _guests(c) == []  # the answer label itself names the guest (speakers.py)


@pytest.mark.parametrize(
    ("questions", "first", "surname", "gender"),
    [
        (["Дарья Дмитриевна, какие профессии?"], "Дарья", None, "femn"),
        (["Начинаем! Нурлан Болатович, спасибо."], "Нурлан", None, "masc"),
        (["Гүлнар Сапарқызы, не береді?"], "Гүлнар", None, "femn"),
        (["Господин Бадамов, как вы оцениваете?"], None, "Бадамов", None),
        (["Бекер ханым, неге?"], None, "Бекер", None),
        (["Minister Nurpeisova, how did it go?"], None, "Nurpeisova", None),
        (["Анна, как вы оцениваете транзит?"], "Анна", None, None),
        (["Ambassador, what brings you here?"], None, None, None),
        # pymorphy3 knows these words as no names; `Аға` is a kinship address.
        (["Mr. Peter van Dijk, welcome back!"], "Peter", "Dijk", None),
        (["Какие, по вашему мнению, итоги года?"], None, None, None),
        (["Расскажите, пожалуйста, о визите."], None, None, None),
        (["Аға, көші-қон неге баяулады?"], None, None, None),
        # a Russian patronymic in an English question, after `Dear`
        (["Dear Kassym-Jomart Kemelovich, thank you."], "Kassym-Jomart", None, "masc"),
        (["Уважаемая Анна Сергеевна, добрый день."], "Анна", None, "femn"),
        # `Құрметті` (dear) in the Latin script of 2018
        (["– Qurmetti Nurlan Májıtuly, bıylǵy referendým"], "Nurlan", None, "masc"),
        # the full name before the Kazakh `Mr` (a Korean given name's hyphen: batch AE)
        (["Ерлан Қарин мырза, сіз қалай ойлайсыз?"], "Ерлан", "Қарин", None),
        (["Пак Сонг-хо мырза, корейлер туралы айтыңызшы?"], "Пак", "Сонг-хо", None),
        (["Құрметті Қарин мырза, сіз қалай ойлайсыз?"], None, None, None),
        # a greeting is no name (batch AQ: `Армысыз, аға!`)
        (["Армысыз, аға! Астанаға қош келдіңіз. Сапарыңыз қалай?"], None, None, None),
    ],
)
def test_vocatives(
    questions: list[str], first: str | None, surname: str | None, gender: str | None
) -> None:
    voc = find_vocative(questions)
    if first is None and surname is None:
        assert voc is None
        return
    assert voc is not None
    assert (voc.first, voc.surname, voc.gender) == (first, surname, gender)


def test_initials_defined_in_parentheses() -> None:
    got = initials_defined(
        "веду её я, Илья Громов (И.Г.). Беседую с тюркологом Сауле Нуртаевой (С.Н.)."
    )
    assert {k: v[0] for k, v in got.items()} == {"иг": "Илья Громов", "сн": "Сауле Нуртаевой"}


def test_patronymic_gender() -> None:
    assert [patronymic_gender(w) for w in ("Андреевич", "Серікқызы", "Жақыпбекұлы", "Айдос")] == [
        "masc", "femn", "masc", None,
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("label", "name", "ok"),
    [
        ("Есенов Н.", "Нурлан Есенов", True),
        ("Е.Т", "Ерлан Тоқтар", True),
        ("MS", "Marat Seitkali", True),
        ("Д.О.", "Д.Д. Осинина", True),
        ("Brussels Weekly", "Aliya Nurpeisova", False),
        ("Петров А.", "Нурлан Есенов", False),
    ],
)
def test_label_names(label: str, name: str, ok: bool) -> None:
    assert label_names(label, [name]) is ok


def test_caps_title_without_a_vocative() -> None:  # D13, the position word inside the run
    c = _cast(
        "ИНТЕРНЕТ-КОНФЕРЕНЦИЯ С МИНИСТРОМ ЭНЕРГЕТИКИ КАЗАХСТАНА НУРЛАНОМ ЕСЕНОВЫМ",
        None,
        [(Q, None, "Когда подешевеет газ?"), (A, None, "Не скоро.")],
    )
    assert _guests(c) == ["Нурлан Есенов"]


@pytest.mark.parametrize(
    "title",
    ["Интервью: Центральная Азия", "Итоги года, Северный Казахстан", "Interview, Central Asia"],
)
def test_common_words_in_capitals_are_no_names(title: str) -> None:
    c = _cast(title, None, [(Q, None, "Что дальше?"), (A, None, "Посмотрим.")])
    assert _guests(c) == []


def test_outlet_labels_are_no_hosts() -> None:  # D06, D27
    c = _cast(
        None,
        "Brussels Weekly caught up with the minister. Radio Shanyrak discussed it too.",
        [(Q, "Brussels Weekly", "How did it go?"), (A, "Aliya Nurpeisova", "Well.")],
    )
    assert c.host is None


def test_adjective_surname_of_a_woman() -> None:
    c = _cast(
        "Разговоры с Ольгой Белой",
        None,
        [(Q, "О.Б.", "С вами я, Ольга Белая (О.Б.). Беседую с Тимуром Абеновым (Т.А.)."),
         (A, "Т.А.", "Добрый день.")],
    )  # fmt: skip
    assert _guests(c) == ["Тимур Абенов"]
    assert c.host is not None and c.host.name == "Ольга Белая"


def test_the_transcript_label_shortens_a_bio_name() -> None:  # D27 (real)
    c = _cast(
        "Interview: Kazakhstan's Foreign Minister",
        "Erlan Abilfayizuly Idrissov has served as foreign minister since 2012.",
        [(Q, "EU Reporter", "Minister, how did it go?"), (A, "", "Erlan Idrissov:\nWell.")],
    )
    assert _guests(c) == ["Erlan Idrissov"]


def test_kazakh_lead_with_a_foreign_name_and_a_middle_initial() -> None:  # D23 (real)
    c = _cast(
        "Орталық Азия жаңа түйінге айналды – сарапшы Хавьер М. Пьедра",
        "Журналдың шолушысы Хавьер М. Пьедра Қазақстанның әлеуеті туралы сұхбат берді.",
        [(Q, None, "Пьедра мырза, неге?"), (A, None, "Себебі қарапайым.")],
    )
    assert _guests(c) == ["Хавьер М. Пьедра"]


def test_two_hosts_are_two_interviewers_and_ask_their_own_questions() -> None:  # D13, v14
    speakers, turns = _speakers(
        None,
        "Онлайн-конференция с министром Айжан Бекмуратовой. Вели её журналисты Ольга Ким и "
        "Серик Нуртаев.",
        [
            (Q, "Ольга Ким", "Айжан Бекмуратовна, когда?"),
            (A, "Айжан Бекмуратова", "В этом году."),
            (Q, "Серик Нуртаев", "А в сёлах?"),
            (A, "Айжан Бекмуратова", "Тоже."),
        ],
    )
    assert [(s.interview_role.value, s.name) for s in speakers] == [
        ("interviewer", "Ольга Ким"),
        ("interviewer", "Серик Нуртаев"),
        ("interviewee", "Айжан Бекмуратова"),
    ]
    assert [t.speaker_id for t in turns] == ["s1", "s3", "s2", "s3"]


def test_one_host_under_a_full_name_and_then_initials() -> None:  # D22
    speakers, turns = _speakers(
        None,
        None,
        [
            (Q, "Айгүл Серікқызы", "Партиялар тіркелді. Сенім бар ма?"),
            (A, "Ерлан Тоқтар", "Сенім аз."),
            (Q, "А.С", "Партияға кіресіз бе?"),
            (A, "Е.Т", "Жоқ."),
        ],
    )
    assert [(s.interview_role.value, s.name) for s in speakers] == [
        ("interviewer", "Айгүл Серікқызы"),
        ("interviewee", "Ерлан Тоқтар"),
    ]
    assert [t.speaker_id for t in turns] == ["s1", "s2", "s1", "s2"]


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Алина Ким, издание «Степь сегодня»", "Алина Ким"),  # D16
        ("Радио Шанырак", None),  # D06: an outlet
        ("BALTINFO", None),
        ("Brussels Weekly", None),
    ],
)
def test_interviewer_named_by_the_question_label(label: str, name: str | None) -> None:
    speakers, _ = _speakers(None, None, [(Q, label, "Что дальше?"), (A, None, "Посмотрим.")])
    assert speakers[0].name == name


def test_the_subject_of_the_lead_beats_a_minister_discussed() -> None:
    c = _cast(
        None,
        "Почему министр финансов Ерлан Карин ушёл в отставку? Политолог Айдос Сарым в интервью "
        "изданию объясняет причины.",
        [(Q, None, "Почему он ушёл?"), (A, None, "Устал.")],
    )
    assert _guests(c) == ["Айдос Сарым"]


def test_kazakh_ablative_asks_the_guest() -> None:  # `-тен ... пікірін сұрап көрдік`
    c = _cast(
        None,
        "Бұл туралы экономист Арман Бейсенбаевтен пікірін сұрап көрдік.",
        [(Q, None, "Теңге неге әлсіреді?"), (A, None, "Мұнай арзандады.")],
    )
    assert _guests(c) == ["Арман Бейсенбаев"]


@pytest.mark.parametrize(
    ("title", "intro", "position"),
    [
        ('"Мы встревожены": Посол Казахстана в Армении', None, "Посол Казахстана в Армении"),
        (
            None,
            "В беседе с директором Института региональных исследований мы говорили о реформе.",
            "директор Института региональных исследований",  # the instrumental head, nominative
        ),
        (
            "«Ставка на регионы»: премьер-министр Казахстана дал большое интервью",
            None,
            "премьер-министр Казахстана",  # up to the verb
        ),
    ],
)
def test_a_guest_known_by_position_only(
    title: str | None, intro: str | None, position: str
) -> None:
    speakers, _ = _speakers(title, intro, [(Q, None, "Что дальше?"), (A, None, "Посмотрим.")])
    guest = speakers[1]
    assert (guest.interview_role.value, guest.name, guest.position) == (
        "interviewee",
        None,
        position,
    )


def test_vocative_first_name_found_before_the_turns_without_a_title() -> None:  # v03
    text, seg, _ = _layout(
        None,
        "Тікелей эфир\n\nАУЫЛ ШАРУАШЫЛЫҒЫ ЖАҢА КЕЗЕҢГЕ ӨТТІ – ҚАЙРАТ ОМАРБЕКҰЛЫМЕН СҰХБАТ",
        [(Q, None, "Қайрат Омарбекұлы, биыл не өзгерді?"), (A, None, "Әртүрлі.")],
    )
    c = cast(Analysis(text), seg, intro=None, title=None)
    assert _guests(c) == ["Қайрат Омарбекұлы"]


@pytest.mark.parametrize(
    ("intro", "guest", "host"),
    [
        (  # a correspondent in the genitive after the guest's verb
            "Заместитель министра Ерлан Карин ответил на вопросы корреспондента Tengrinews.kz "
            "Айдара Ахметова.",
            "Ерлан Карин",
            "Айдар Ахметов",
        ),
        (  # `тілшіміз` with ordinary words before the name is not a host cue
            "Тілшіміз белгілі экономист Абзал Сапарбекұлымен сұхбаттасты.",
            "Абзал Сапарбекұлы",
            None,
        ),
        (  # the dative host after the guest
            "Экономист Олжас Худайбергенов рассказал ведущей Айгерим Тлеужан о ценах.",
            "Олжас Худайбергенов",
            "Айгерим Тлеужан",
        ),
    ],
)
def test_guest_and_host_in_one_lead(intro: str, guest: str, host: str | None) -> None:
    c = _cast(None, intro, [(Q, None, "Почему?"), (A, None, "Потому.")])
    assert _guests(c) == [guest]
    assert (c.host.name if c.host else None) == host


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("Досымом Сәтпаевым", "Досым Сәтпаев"),  # Kazakh spelling, Russian case (ru lead)
        ("Досым Сәтпаевпен", "Досым Сәтпаев"),  # Kazakh comitative
        ("Нұрлан ЖАҚЫПБЕКҰЛЫМЕН", "Нұрлан Жақыпбекұлы"),
        ("نۇرلان سەيىتوۆتەن", "نۇرلان سەيىتوۆ"),
        ("راحمان الشانوۆقا", "راحمان الشانوۆ"),  # the dative after a Russian-type surname
        ("Tasbolat Erlan Nurlanúly", "Tasbolat Erlan Nurlanúly"),
        ("Ириной ПЕТРОВОЙ", "Ирина Петрова"),  # issue 22: was `Ирина ПЕТРова`
        ("Ерланом ИДРИСОВЫМ", "Ерлан Идрисов"),
        # every part of a hyphenated first name is declined, and so put back
        ("Жаном-Шарлем Бертонэ", "Жан-Шарль Бертонэ"),
        ("Анной-Марией Ивановой", "Анна-Мария Иванова"),
        ("Касым-Жомартом Токаевым", "Касым-Жомарт Токаев"),
    ],
)
def test_nominative_of_any_script(printed: str, name: str) -> None:
    assert nominative_of(printed)[0] == name


def test_kazakh_text_needs_more_than_a_kazakh_name() -> None:
    assert kazakh_text("Саясаттанушы Досым Сәтпаевпен әңгіме сайлау төңірегінде өрбіді.")
    assert not kazakh_text("Мы поговорили с политологом Досымом Сәтпаевым о выборах в парламент.")


@pytest.mark.parametrize(
    ("name", "outlet"),
    [
        ("Brussels Weekly", True),
        ("Радио Шанырак", True),
        ("Stepnews.kz", True),
        ("THE ASTANA TIMES", True),
        ("Tvardovsky Ivan", False),  # `tv` only as a whole word
        ("Postnikov Oleg", False),
        ("Ольга Ким", False),
    ],
)
def test_outlet_names(name: str, outlet: bool) -> None:
    assert is_outlet(name) is outlet


def test_vocative_keeps_a_name_stripped_in_kazakh_context() -> None:
    c = _cast(
        None,
        "Бұл туралы экономист Ерлан Ахметовтен пікірін сұрап көрдік.",
        [(Q, None, "Ерлан Сапарұлы, теңге неге әлсіреді?"), (A, None, "Мұнай арзандады.")],
    )
    assert _guests(c) == ["Ерлан Ахметов"]


def test_an_address_left_in_the_intro_is_a_vocative_not_a_name() -> None:  # D14, short
    c = _cast(
        "«Мы сделали ставку на регионы»: премьер-министр Казахстана дал большое интервью",
        "Глава правительства дал интервью журналу «Дала».\n– Ерлан Бауыржанович, рады видеть "
        "Вас в редакции.",
        [(Q, None, "Что Вам запомнилось в ушедшем году?"), (A, None, "Паводки.")],
    )
    assert _guests(c) == []
    assert c.vocative is not None and c.vocative.first == "Ерлан"


def test_genitive_title_name_and_a_masculine_vocative() -> None:
    c = _cast(
        "Интервью Виталия Колточника о реформе", None, [(Q, None, "Виталий Сергеевич, почему?")]
    )
    assert _guests(c) == ["Виталий Колточник"]


def test_kazakh_first_name_and_patronymic_is_a_full_name() -> None:  # a name-and-position line
    c = _cast(
        "Дала мәдениеті туралы",
        "Әсет Жұмабайұлы, тарих ғылымының докторы:",
        [(Q, None, "Аға, көші-қон неге баяулады?"), (A, None, "Себебі көп.")],
    )
    assert _guests(c) == ["Әсет Жұмабайұлы"]


def test_kazakh_adviser_who_stated() -> None:  # `кеңесші X мәлімдеді` in a Kazakh lead
    c = _cast(
        None,
        "Бұл туралы кездесуде мемлекеттік кеңесші Дәулет Сейілов мәлімдеді.",
        [(Q, "Айна Оспан, «Дала» басылымы", "Реформа қашан?"), (A, None, "Келесі жылы.")],
    )
    assert _guests(c) == ["Дәулет Сейілов"]


@pytest.mark.parametrize(
    "intro",
    [
        "Казахстан вступил в новый этап, как заявил президент Касым-Жомарт Токаев в интервью "
        "газете «Дала».",
        "Глава государства Касым-Жомарт Токаев дал большое интервью газете «Дала».",
    ],
)
def test_a_leader_who_gives_the_interview_is_the_guest(intro: str) -> None:
    c = _cast(None, intro, [(Q, None, "Какие итоги года?"), (A, None, "Рост.")])
    assert _guests(c) == ["Касым-Жомарт Токаев"]


def test_english_initials_after_a_position_phrase() -> None:
    c = _cast(
        None,
        "(Interview of the President of the Republic of Kazakhstan K.K. Tokayev to Steppe Agency).",
        [(Q, None, "How do you see the year?"), (A, None, "With hope.")],
    )
    assert _guests(c) == ["K.K. Tokayev"]


def test_the_guest_who_answered_after_a_byline() -> None:
    c = _cast(
        None,
        "Астана. 3 мая. Степь – Ирина Белова. На эти вопросы в интервью агентству ответил "
        "посол Чили в Казахстане Хорхе Сальвадор.",
        [(Q, None, "Здравствуйте, господин посол. Как дела?"), (A, None, "Хорошо.")],
    )
    assert _guests(c) == ["Хорхе Сальвадор"]


def test_the_vocative_gives_the_first_name_in_the_nominative() -> None:
    c = _cast(
        None,
        "Сегодня мы поговорили с директором института, членом совета Айгерим Досановой.",
        [(Q, None, "Айгерим Сериковна, что изменилось?"), (A, None, "Многое.")],
    )
    assert _guests(c) == ["Айгерим Досанова"]


def test_a_guest_named_only_as_addressed() -> None:  # name and patronymic, no surname anywhere
    c = _cast(None, None, [(Q, None, "Павел Андреевич, как прошли сто дней?"), (A, None, "Так.")])
    assert _guests(c) == ["Павел Андреевич"]


def test_label_with_a_position_names_the_person() -> None:
    assert label_names("Касым-Жомарт Токаев, президент Казахстана", ["Касым-Жомарт Токаев"])


@pytest.mark.parametrize(
    ("intro", "guest"),
    [
        (
            "In an interview with Steppe correspondent Ambassador Extraordinary and "
            "Plenipotentiary of Oman to Kazakhstan Salim Rashid Al-Harthy shared his thoughts.",
            "Salim Rashid Al-Harthy",
        ),
        ("Ambassador Jan van Dijk, Chargé d'Affaires of the Netherlands, talks with us.", None),
        (
            "Interview with Aidos Serikov, former Ambassador of Kazakhstan to Norway.",
            "Aidos Serikov",
        ),
    ],
)
def test_english_names_with_particles_and_three_words(intro: str, guest: str | None) -> None:
    # Without a cue in the intro, the vocative's full name finds the guest.
    question = "How was it?" if guest else "Mr. Jan van Dijk, how was it?"
    c = _cast(None, intro, [(Q, None, question), (A, None, "Fine.")])
    assert _guests(c) == [guest or "Jan van Dijk"]


def test_a_journalist_addressed_in_the_question_is_the_guest() -> None:
    c = _cast(
        "Степь снова в центре внимания – журналист Хавьер Л. Ромеро",
        "Вашингтондық тілшісі Хавьер Л. Ромеро АҚШ саясаты туралы сұхбат берді.",
        [(Q, None, "Ромеро мырза, саммиттен не күтесіз?"), (A, None, "Көп нәрсе.")],
    )
    assert _guests(c) == ["Хавьер Л. Ромеро"]


def test_kazakh_programme_guest_beats_the_programme_host() -> None:
    c = _cast(
        "Болат Сейітов, экс-министр: Су тапшылығы алда",
        "«СҰХБАТ. Айдар Темірмен» бағдарламасының кезекті қонағы – мемлекет қайраткері Болат "
        "СЕЙІТОВ.",
        [(Q, None, "Сіз соғысты көрдіңіз бе?"), (A, None, "Иә.")],
    )
    assert _guests(c) == ["Болат Сейітов"]


def test_an_unknown_first_name_in_the_instrumental() -> None:  # pymorphy3 guesses `Шахратом`
    assert nominative_of("Шахратом Нурышевым") == ("Шахрат Нурышев", True)


def test_an_initial_and_surname_label_completed_by_the_vocative() -> None:  # radio transcript
    c = _cast(
        None,
        "В эфире радио депутат Олжас Бекетов сказал, что протесты утихли.",
        [
            (Q, "И.Громов", "Игорь Петрович, добрый вечер вам. Итоги дня вы знаете."),
            (A, "И.Серов", "Добрый вечер."),
        ],
    )
    assert _guests(c) == ["Игорь Серов"]


def test_an_arabic_script_name_quote_title() -> None:  # no NER for the Arabic script
    c = _cast(
        None,
        "نۇرلان-بەك سەيىتوۆ: ىنتىماقتاستىق ماڭىزدى\n\nسەيىتوۆتىڭ «دالا» گازەتىنە بەرگەن سۇحباتى.",
        [(Q, None, "ەكى ەل اراسىنداعى قاتىناستار قالاي؟"), (A, None, "جاقسى.")],
    )
    assert _guests(c) == ["نۇرلان-بەك سەيىتوۆ"]


def test_an_arabic_script_name_after_a_role_word_with_ya() -> None:
    # `ساياساتكەر` (саясаткер, politician) reads as `сайасаткер` in Cyrillic: still a role
    c = _cast(
        None,
        "رەسەيلىك ساياساتكەر بولات سەيىتوۆ ەكى ەل تۋرالى ايتتى.",
        [(Q, None, "ەكى ەل اراسىنداعى قاتىناستار قالاي؟"), (A, None, "جاقسى.")],
    )
    assert _guests(c) == ["بولات سەيىتوۆ"]


def test_a_round_table_lists_its_participants() -> None:
    c = _cast(
        None,
        "В нем принимают участие: Айдос Сериков – политолог; Мария Ким – социолог, а также "
        "Ерлан Абенов – студент.\nМодератор круглого стола – Иван Петров.",
        [(Q, None, "Каким вы видите будущее?"), (A, None, "Светлым.")],
    )
    assert _guests(c) == ["Айдос Сериков", "Мария Ким", "Ерлан Абенов"]


def test_a_russian_patronymic_is_left_out_of_the_name() -> None:  # `Имя Фамилия`, as cited
    assert nominative_of("Сержан Оралбаевич Абдыкаримов")[0] == "Сержан Абдыкаримов"
    assert nominative_of("Ерлан Абилфайизулы Идрисов")[0] == "Ерлан Абилфайизулы Идрисов"


def test_an_inflected_foreign_name_merges_with_its_nominative() -> None:
    # `с Тило Клиннером беседовала`: a surname the inflector leaves as printed is one person
    # with the lead's `посол Германии Тило Клиннер`, named in the nominative
    cands: dict[str, Candidate] = {}
    add_candidate(cands, "Тило Клиннером", "Тило Клиннером", 10, 24, 20)
    add_candidate(cands, "Тило Клиннер", "Тило Клиннер", 40, 52, 10)
    add_candidate(cands, "Тило Клинн", "Тило Клинн", 60, 70, 1)  # `-ер` is no case ending
    assert [(c.name, c.score) for c in cands.values()] == [
        ("Тило Клиннер", 30),
        ("Тило Клинн", 1),
    ]


@pytest.mark.parametrize(
    ("printed", "nominative"),
    [
        ("Ерлан Сапаровқа", "Ерлан Сапаров"),  # the dative after a Russian-type surname
        ("Ерлан Әлиевті", "Ерлан Әлиев"),
        ("Айгүл Ахметоваға", "Айгүл Ахметова"),
        ("Айгүл Ахметовна", "Айгүл Ахметовна"),  # a patronymic's `-на` is no suffix
        ("Серік Омарiм", "Серік Омарім"),  # the Latin i typed for і
    ],
)
def test_kazakh_weak_cases_after_a_russian_type_surname(printed: str, nominative: str) -> None:
    assert nominative_of(printed, kk=True)[0] == nominative


@pytest.mark.parametrize(
    ("label", "bare"),
    [
        ("Kazakh President Bekov", "Bekov"),
        ("Министр Ахметов", "Ахметов"),
        ("Arman Bekov", "Arman Bekov"),
        ("President", "President"),  # nothing left: the label stays
    ],
)
def test_titles_printed_before_a_label_name(label: str, bare: str) -> None:
    assert without_titles(label) == bare


def test_a_kazakh_middle_patronymic_is_kept_in_the_name() -> None:  # as printed and cited
    assert nominative_of("Ерлан Болатұлы Сапаровпен", kk=True)[0] == "Ерлан Болатұлы Сапаров"
    assert nominative_of("Ерлан Болатұлымен", kk=True)[0] == "Ерлан Болатұлы"


def test_a_pronoun_and_a_city_are_not_a_name() -> None:  # a Kazakh lead in the first person
    c = _cast(
        None,
        "Біз Нұр-Сұлтан қаласына барып, орталық директоры Ерлан Жанұлы Бекетовпен "
        "сұхбаттасқан едік.",
        [(Q, None, "Ерлан Жанұлы, жұмыс қалай жүріп жатыр?"), (A, None, "Жақсы.")],
    )
    assert _guests(c) == ["Ерлан Жанұлы Бекетов"]
    lead = "Біз Нұр-Сұлтан қаласына барып, Ерлан Бекетовпен сұхбаттастық."
    assert [f.name for f in find_names(Analysis(lead), 0, len(lead))] == ["Ерлан Бекетов"]


def test_a_journalist_who_gives_the_interview_is_the_guest() -> None:  # channel in quotes
    c = _cast(
        None,
        "Ресейлік депутат және журналист Дарья Лебедева «Алтын Арна» телеарнасына сұхбат беріп, "
        "ойымен бөлісті.",
        [(Q, None, "Ынтымақтастықты қалай бағалайсыз?"), (A, None, "Жоғары.")],
    )
    assert _guests(c) == ["Дарья Лебедева"] and c.host is None


def test_a_first_name_that_ends_like_a_case_suffix() -> None:  # `Нұрсұлтан`, `Дастан`: -тан
    for lead, name in (
        ("Бүгін біз Дастан Сейітовпен сұхбаттастық.", "Дастан Сейітов"),
        ("Мемлекет басшысы Нұрсұлтан Назарбаевтан сұрадық.", "Нұрсұлтан Назарбаев"),
    ):
        assert [f.name for f in find_names(Analysis(lead), 0, len(lead))] == [name]


@pytest.mark.parametrize(
    ("lead", "host", "title", "guest"),
    [
        (
            "Президент Казахстана Арман Бекетов ответил на вопросы журналистов.",
            "Ирина Ким",
            "Президент",
            "Арман Бекетов",
        ),
        (
            "Бүгін Мемлекет басшысы Дастан Сейітовпен сұхбатты жариялаймыз.",
            "Айгүл Серікова",
            "Елбасы",
            "Дастан Сейітов",
        ),
    ],
)
def test_a_title_label_answers_for_the_guest_of_the_lead(
    lead: str, host: str, title: str, guest: str
) -> None:
    speakers, _ = _speakers(None, lead, [(Q, host, "Сапар қалай өтті?"), (A, title, "Жақсы өтті.")])
    guests = [s for s in speakers if s.interview_role.value == "interviewee"]
    assert [(s.name, s.label) for s in guests] == [(guest, title)]


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        # after a genitive role, `-ова` is a man's genitive, not a woman's nominative
        ("Интервью посла Казахстана в Италии Арсена Бекова нашему изданию.", "Арсен Беков"),
        ("Мнение эксперта Жанны Ахметовой о законе.", "Жанна Ахметова"),
        ("Эксперт Жанна Ахметова рассказала о законе.", "Жанна Ахметова"),
        # a country ends the name (`Қазақстан` is not an ablative of `Қазақс`)
        ("Кеңесші Ерлан Бекетов Қазақстан мен Қытай туралы айтты.", "Ерлан Бекетов"),
        # an English role after the name, and a title's `Interview: Name`
        ("Aigerim Bekova, a member of the Mazhilis, spoke to us.", "Aigerim Bekova"),
    ],
)
def test_names_in_real_lead_shapes(lead: str, name: str) -> None:
    assert [f.name for f in find_names(Analysis(lead), 0, len(lead))] == [name]


def test_a_title_that_opens_with_interview() -> None:
    title = "Interview: Yerlan Bekov on the new law"
    assert [f.name for f in find_names(Analysis(title), 0, len(title), title=True)] == [
        "Yerlan Bekov"
    ]


_LEADS = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "leads.jsonl").read_text("utf-8").splitlines()
]
_TURNS = {  # two dashed exchanges after the lead, in the lead's language
    "kk": "– Жаңа заң туралы не айтасыз?\n\n– Заң маңызды.\n\n– Келесі қадам?\n\n– Бағдарлама.\n",
    "ru": "– Как вы оцениваете закон?\n\n– Закон важный.\n\n– Что дальше?\n\n– Программа.\n",
    "en": "– How do you assess the law?\n\n– It is important.\n\n– What next?\n\n– A programme.\n",
}


@pytest.mark.parametrize("case", _LEADS, ids=lambda c: c["lead"][:40])
def test_the_guest_of_a_lead_shape(case: dict[str, str]) -> None:
    """Leads in the shapes real interviews print (tests/data/leads.jsonl, names invented), each
    over the same turns: the guest is found in the nominative."""
    title = f"{case['title']}\n\n" if case["title"] else ""
    text = f"{title}{case['lead']}\n\n{_TURNS[case['language']]}"
    rec, guests = parse_guests(text, "lead.txt")
    assert rec.metadata.genre.value == "interview" and case["guest"] in guests


def test_a_name_after_a_position_in_the_arabic_script() -> None:  # no capitals to find it by
    lead = "قازاقستاننىڭ ەلشىسى دۋمان ساپاروۆ جۋرناليستەرگە سۇحبات بەردى."
    assert [f.name for f in find_names(Analysis(lead), 0, len(lead))] == ["دۋمان ساپاروۆ"]
    speakers, _ = _speakers(
        None, lead, [(Q, "ايگۇل سەرىكوۆا", "ساپار قالاي ءوتتى؟"), (A, "ەلشى", "جاقسى ءوتتى.")]
    )
    guests = [s for s in speakers if s.interview_role.value == "interviewee"]
    assert [(s.name, s.label) for s in guests] == [("دۋمان ساپاروۆ", "ەلشى")]


def test_a_name_with_its_patronymic_as_a_word_in_the_arabic_script() -> None:
    """`claim - Ерлан Сапар ұлы` ending a töte headline: no capitals, the `ۇلى` tells the name."""
    head = "جىلقىنىڭ توعىز ءتۇرلى سىنى بولادى - ەرلان ساپار ۇلى"
    assert [f.name for f in find_names(Analysis(head), 0, len(head))] == ["ەرلان ساپار ۇلى"]


def test_a_title_label_in_latin_script_kazakh() -> None:
    speakers, _ = _speakers(
        None,
        "Oblys ákimi Dáýren Serikuly jýrnalıske suhbat berdi.",
        [(Q, "Tilshi", "Jumys qalaı?"), (A, "Ákim", "Jaqsy.")],
    )
    guests = [s for s in speakers if s.interview_role.value == "interviewee"]
    assert [(s.name, s.label) for s in guests] == [("Dáýren Serikuly", "Ákim")]


@pytest.mark.parametrize(
    ("text", "guest"),
    [
        # the lead prints the name and surname, then `Самарханұлымен`, the address the question
        # uses, in a case: the guest is the full name, not the address
        (
            "Ерлан Сапаров – тәжірибелі дипломат. Сұхбат барысында Ерлан Қайратұлымен елшілік "
            "қызмет жөнінде сөз қозғадық.\n\n– Ерлан Қайратұлы, елші болу қандай жауапкершілік?"
            "\n\n– Үлкен жауапкершілік.\n",
            "Ерлан Сапаров",
        ),
        # a headline in capitals ends in a noun and a verb (`ТӨҢКЕРІСІ БОЛАДЫ`); the guest is
        # printed `Name SURNAME, <position>:` on its own line above the lead
        (
            "ЖАҢА ПРЕЗИДЕНТ ҮШІНШІ ТӨҢКЕРІСІ БОЛАДЫ\n\n"
            "Айбек ТҰРСЫНБАЕВ, Қырғызстан «Жаңа жол» партиясының белсендісі:\n\n"
            "Біз сайлау жөнінде пікір алысу үшін әңгімеге партия белсендісін шақырған едік.\n\n"
            "– Айбек мырза, сайлау қалай өтті?\n\n– Әділ өтті.\n",
            "Айбек Тұрсынбаев",
        ),
        # `Anna K. Berg` on its own line above her position (the credit names the guest),
        # answering as `DAS Berg:` (Deputy Assistant Secretary: the label's title is no name)
        (
            "Interview\nAnna K. Berg\nDeputy Assistant Secretary, Bureau of Regional Affairs\n"
            "Almaty, Kazakhstan\n\nQuestion: How was the visit, Ms. Berg?\n\n"
            "DAS Berg: It was good, we met many people in the city.\n\nQuestion: What next?\n\n"
            "DAS Berg: More visits and more trade, I hope.\n",
            "Anna K. Berg",
        ),
        # `– ەرلان ساپار ۇلى, ...` (`Ерлан Сапар ұлы,`): the töte prints `ұлы` apart; the only
        # name is the vocative's
        (
            "– ەرلان ساپار ۇلى, جوبا تۋرالى ايتساڭىز. قالاي تاپسىردىڭىز؟\n"
            "– بۇل جوبا 2019 جىلى باستالدى.\n",
            "ەرلان ساپار ۇلى",
        ),
    ],
)
def test_the_guest_of_a_whole_interview(text: str, guest: str) -> None:
    _, guests = parse_guests(text, "lead.txt")
    assert guests == [guest]


def test_a_position_wrapped_onto_the_line_before_the_name() -> None:
    # a hard-wrapped reprint breaks the line inside the position phrase
    lead = "We offer the answers of the Ambassador of Norway to\nKazakhstan Ola Nordmann today."
    assert [f.name for f in find_names(Analysis(lead), 0, len(lead))] == ["Ola Nordmann"]
    # a line that ends a sentence, or in a capital (a heading), is a line of its own
    assert role_before("answers of the Ambassador of Norway to\nKazakhstan ") == "Ambassador"
    assert role_before("Посол США ") == "Посол"
    assert role_before("Посол США\n") is None
    assert role_before("Он посол.\nИван ") is None


@pytest.mark.parametrize(
    ("printed", "address"),
    [
        ("Ерлан Бауыржанович", True),
        ("Kassym-Jomart Kemelovich", True),  # a Russian patronymic romanised
        ("Margarita Ivanovna", True),
        ("Ерлан Карин", False),
        ("Yerlan Karin", False),
    ],
)
def test_a_first_name_and_patronymic_is_an_address_not_a_name(printed: str, address: bool) -> None:
    assert address_only(printed, None) is address


def test_a_double_first_name_after_a_position_in_the_arabic_script() -> None:
    lead = "قازاقستاننىڭ ەلشىسى ەرلان-بەك ساپاروۆتىڭ سۇحباتى جارىق كوردى."
    assert [f.name for f in find_names(Analysis(lead), 0, len(lead))] == ["ەرلان-بەك ساپاروۆ"]


def test_english_words_keep_their_endings_and_kazakh_latin_names_lose_theirs() -> None:
    # the dotless ı must not match every i: `Forecasting` is no `Forecas-ting`
    assert nominative_of("Geopolitical Forecasting") == ("Geopolitical Forecasting", False)
    assert nominative_of("Karin Steinberg") == ("Karin Steinberg", False)
    lead = "Osığan baylanıstı bügin biz sarapşı Ermwrat Bapimen söyleskenbiz."
    assert kazakh_text(lead)
    assert nominative_of("Ermwrat Bapimen", kk=True) == ("Ermwrat Bapi", True)
    assert nominative_of("Joe Biden", kk=True) == ("Joe Biden", False)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a headline's capitals are no name without evidence of their own
        ("Forum Aims to Turn Analysis Into Action, Says Institute Director", []),
        ("Initiatives of the Chairmanship shall Gain Development within Further Work of Other "
         "International Organizations", []),
        # capitals after `for`/`of` go on naming the organisation
        ("She is president of the International Centre for Geopolitical Forecasting.", []),
        # a position right before, a `:` after, an `interview` before: a name
        ("U.S. Ambassador Will Mosley: Living in Kazakhstan Is a Privilege", ["Will Mosley"]),
        ("Exclusive Interview With the Ambassador of Norway, Ola Nordmann", ["Ola Nordmann"]),
        ("The Daily had a conversation with Aigul Nurtayeva (Kazakhstan), a professor.",
         ["Aigul Nurtayeva"]),
    ],
)  # fmt: skip
def test_english_capitals_that_are_and_are_not_names(text: str, names: list[str]) -> None:
    assert [f.name for f in find_names(Analysis(text), 0, len(text))] == names


def test_a_surname_that_ends_like_a_patronymic_is_a_surname_beside_the_vocative() -> None:
    voc = Vocative("Никита Андреевич", "Никита", "Андреевич")
    assert address_only("Никита Андреевич", voc)
    assert not address_only("Никита Мендкович", voc)  # the vocative's patronymic is another


def test_a_lead_that_calls_its_guest_by_honorific_and_surname() -> None:
    lead = (
        "The first ambassador plans to write a book. Aki Matsuo regularly visits the country. "
        "Mr. Matsuo has kindly agreed to share his impressions with us."
    )
    assert [(f.name, f.cue) for f in find_names(Analysis(lead), 0, len(lead))] == [
        ("Aki Matsuo", "guest")
    ]
    leader = "Vladimir Putin visited the region. Mr. Putin met the governor."
    assert [f.cue for f in find_names(Analysis(leader), 0, len(leader))] != ["guest"]


def test_a_guest_known_only_by_the_first_name_the_host_greets() -> None:
    text = (
        "Редакция публикует интервью с экспертом ниже.\n\n"
        "Олег, добрый день. Меня зовут Ирина, я журналист. Если Вас не затруднит, ответьте, "
        "пожалуйста, на следующие вопросы:\n\n"
        "Как вы оцениваете ноту протеста?\n\n"
        "Я считаю, что это обычная дипломатическая практика, и ничего особенного в ней нет.\n\n"
        "Что будет дальше?\n\n"
        "Я думаю, что стороны договорятся, как это бывало уже не раз."
    )
    rec, guests = parse_guests(text, "greet.txt")
    assert guests == ["Олег"]
    # the host's request above the first question opens that question's turn
    assert rec.turn_text(rec.turns[0]).startswith("Олег, добрый день.")


def test_kazakh_text_declines_no_name_the_russian_way() -> None:
    # `Жапония елшісі Ясумаса Ииджима`: a foreign name in a Kazakh lead is a nominative
    assert nominative_of("Ясумаса Ииджима", kk=True) == ("Ясумаса Ииджима", False)
    assert nominative_of("Ерланом Кариным") == ("Ерлан Карин", True)


def test_a_pair_joined_by_men_in_the_arabic_script_is_no_pair_of_places() -> None:
    # `tonight Ukraine and Russia between`: `A мен B` of places, not two guests
    lead = "بۇگىن تۇندە ۋكراينا مەن رەسەي اراسىنداعى داعدارىس ءوتتى."
    assert find_names(Analysis(lead), 0, len(lead)) == []


def test_a_pair_joined_by_men_in_the_arabic_script_is_no_pair_of_noun_phrases() -> None:
    # `to our nation's culture and history contributed`: the second side takes no case of
    # the pair (`... سەيىتوۆتەن`, from A and B)
    lead = "قويشىعارانىڭ ۇلتىمىز مادەنيەتى مەن تاريحىنا قوسقان ۇلەسى از ەمەس."
    assert find_names(Analysis(lead), 0, len(lead)) == []


def test_an_answer_label_of_an_initial_and_a_surname_names_the_guest_as_printed() -> None:
    text = (
        "Press Secretary of the Ministry B.Dorn answers the question of the agency\n\n"
        "AGENCY: How would you comment on the events taking place now?\n\n"
        "B.Dorn: We cannot stay indifferent to what is happening there these days.\n\n"
        "AGENCY: And what comes next?\n\nB.Dorn: We hope the situation will be stabilised."
    )
    _, guests = parse_guests(text, "label.txt")
    assert guests == ["B.Dorn"]


def test_a_caps_surname_label_finds_the_full_name_in_the_lead() -> None:
    text = (
        "Interview with the outgoing ambassador\n\n"
        "Kanat Bekov was in Washington last week. In May he was appointed State Secretary.\n\n"
        "DT: What are the results of your meetings?\n\n"
        "BEKOV: This is an unusual visit for me, and the meetings went well.\n\n"
        "DT: Who did you meet?\n\nBEKOV: Senators and old friends of my country."
    )
    _, guests = parse_guests(text, "caps.txt")
    assert guests == ["Kanat Bekov"]


def test_a_newspaper_and_a_month_after_a_preposition_are_no_names() -> None:
    lead = "Ambassador Ola Nordmann left the post. In May he was appointed State Secretary."
    assert [f.name for f in find_names(Analysis(lead), 0, len(lead))] == ["Ola Nordmann"]
    assert is_outlet("Kazakhstanskaya Pravda") and is_outlet("Almaty Gazette")
    assert not is_outlet("Kassym-Jomart Tokayev")


def test_a_guest_known_only_by_title_and_surname() -> None:
    text = (
        "\n— Господин Рандини, какое значение имеет визит президента в Казахстан?\n\n"
        "— Визит важен для обеих стран, и мы видим его итоги.\n\n"
        "— Господин Рандини, что дальше?\n\n— Новые соглашения и поездки."
    )
    _, guests = parse_guests(text, "title.txt")
    assert guests == ["Рандини"]
    # a title alone names no one
    titled = text.replace("Господин Рандини", "Господин посол")
    _, guests = parse_guests(titled, "title.txt")
    assert guests == [None]


def test_the_one_the_first_question_speaks_to_over_a_leader_the_lead_tells_of() -> None:
    text = (
        "В Астане прошли переговоры Президента Казахстана с Президентом Венгрии Тамашем "
        "Шулеком, прибывшим с визитом.\n\n"
        "— Господин Юлдаш, насколько реально эти связи влияют на отношения?\n\n"
        "— Эти связи оказывают значительное влияние на отношения двух стран.\n\n"
        "— А что дальше?\n\n— Новые проекты и обмены."
    )
    _, guests = parse_guests(text)
    assert guests == ["Юлдаш"]


def test_a_headline_speaker_whose_position_follows_and_a_title_label_that_answers() -> None:
    text = (
        "Democracy needs a strong economy – says Ola Nordmann Chargé d’affaires a.i. of Norway\n\n"
        "The Daily welcomes you to an exclusive interview with its editorial board.\n\n"
        "TD: What has been the basic formula behind this success? Please elaborate?\n\n"
        "Charge de Affair: First of all, I would like to thank you for the invitation."
    )
    rec, guests = parse_guests(text)
    assert rec.metadata.genre.value == "interview" and guests == ["Ola Nordmann"]


def test_a_leader_the_first_question_speaks_of_is_not_the_guest() -> None:
    # the lead cues both (`Tokayev arrived`, `X in an interview with`); the question asks
    # about the President's visit, so the director is the one asked
    text = (
        "Visit to Baku is a historic event - head of the institute\n\n"
        "President of Kazakhstan Kassym-Jomart Tokayev arrived in Baku on an official visit. "
        "Director of the Institute Yerkin Bekov in an interview with our correspondent spoke "
        "about the future of the partnership.\n\n"
        "- What role do you think the visit of Kassym-Jomart Tokayev plays for the two "
        "countries?\n\n"
        "- It opens a new chapter: we have worked towards it for thirty years."
    )
    _, guests = parse_guests(text, "leader.txt")
    assert guests == ["Yerkin Bekov"]


def test_a_credit_line_may_open_with_an_honorific_and_hold_a_korean_given_name() -> None:
    text = (
        "V.I.P. INTERVIEWS\n"
        "Mr. Kim Dae-jung Interview with\n"
        "Mr. Kim Dae-jung\n"
        "Ambassador of the Republic of Korea\n\n"
        "Could you give our readers a brief history of the relations between our countries?\n\n"
        "In respect of the historical link, you are right. We share a great deal of history."
    )
    _, guests = parse_guests(text, "credit.txt")
    assert guests == ["Kim Dae-jung"]


def test_a_headline_speaker_line_under_page_furniture_names_the_guest() -> None:
    text = (
        "Главные новости города\n\n2811 просмотров\n\n"
        "Ерлан Жансугуров: Казахстану объявили информационную войну\n\n"
        "Бывший министр высказал свое мнение по делам, в эпицентре которых оказались СМИ. А "
        "именно: в отношении приговора, вынесенного Рамазану Есенбаеву, ареста журналиста "
        "Лукпана Ахметова.\n\n"
        "– Как вы оцениваете нынешнюю политическую ситуацию в стране?\n\n"
        "– Она сложная, но не безнадежная: мы прошли и не такое."
    )
    _, guests = parse_guests(text, "furniture.txt")
    assert guests == ["Ерлан Жансугуров"]


def test_a_name_printed_with_an_initial_is_the_full_name_printed_elsewhere() -> None:
    cands: dict[str, Candidate] = {}
    add_candidate(cands, "R. Vassenko", "R. Vassenko", 80, 91, 25)
    add_candidate(cands, "Roman Vassenko", "Roman Vassenko", 300, 314, 10)
    add_candidate(cands, "A. Vassenko", "A. Vassenko", 400, 411, 5)  # another first name
    merge_initials(cands)
    assert sorted((c.name, c.score) for c in cands.values()) == [
        ("A. Vassenko", 5),
        ("Roman Vassenko", 35),
    ]


def test_a_states_name_in_a_case_is_no_name_after_a_leaders_phrase() -> None:
    # `Президенті` is a position, so the words after the leader's name must not borrow it:
    # `Оңтүстік Кореяда` (in South Korea) is a place
    lead = (
        "Тамыз айында ел Президенті Қасым-Жомарт Тоқаев іссапармен Оңтүстік Кореяда болды. "
        "Корея Республикасының Қазақстандағы елшісі Ку Хонг-сок сұрақтарға жауап берді."
    )
    names = [f.name for f in find_names(Analysis(lead), 0, len(lead))]
    assert "Оңтүстік Кореяда" not in names and "Ку Хонг-сок" in names, names


def test_a_guest_addressed_by_first_name_only_is_not_someone_the_lead_lists() -> None:
    """`- Талгат, ...?` and a lead that lists officials (`премьер-министр Аскар Мамин`): the
    guest is the one addressed, known by the first name the corpus prints."""
    text = (
        "Об этом он рассказал в интервью изданию.\n\n"
        "В бюро партии входят президент страны, премьер-министр Аскар Мамин и спикер сената.\n\n"
        "- Талгат, насколько велика будет роль административного ресурса на выборах?\n\n"
        "— Уже почти 20 лет административный ресурс достигает почти 100%.\n"
    )
    _, guests = parse_guests(text, "voc.txt")
    assert guests == ["Талгат"]


def test_a_public_figure_of_the_standfirst_over_the_leader_of_a_relative_clause() -> None:
    # `общественный деятель` is a position; `с которыми предстоит столкнуться X` is no cue
    c = _cast(
        "Сохранит ли президент мандат?",
        "Известный политолог и общественный деятель Ерлан Сарыбаев о выборах и о вызовах, с "
        "которыми предстоит столкнуться Касым-Жомарту Токаеву",
        [(Q, None, "Начнем с выборов. Как вы оцениваете кампанию?"), (A, None, "Спокойно.")],
    )
    assert _guests(c) == ["Ерлан Сарыбаев"]


def test_glued_initials_of_a_briefings_official_name_the_guest() -> None:
    text = (
        "Комитет по делам СНГ\n  • Армения\n  • Южная Осетия\n\n"
        "Ответ официального представителя МИД России М.В.Захаровой на вопрос СМИ о юрте\n"
        "11 Января 2023\n"
        "Вопрос: Как Вы могли бы прокомментировать сообщения об установке юрты?\n\n"
        "Ответ: Обратили внимание официальных представителей Казахстана на сообщения.\n"
    )
    _, guests = parse_guests(text)
    assert guests == ["М.В.Захарова"]


def test_a_ticker_and_a_quoted_headline_do_not_make_the_turns() -> None:
    # a city and `Курс:` above a headline `"quote" - Name о ...`: page furniture, not labels
    text = (
        "Главные новости сегодня\n\nТараз\nКурс:\n\n"
        '"Совсем другой народ стал" - Ерлан Ахметов о переменах в Грузии\n\n'
        '"Совсем другой народ стал" - Ерлан Ахметов о переменах в Грузии Фото Степь.kz©\n\n'
        "Посол Казахстана в Грузии Ерлан Ахметов в интервью Степь.kz рассказал "
        "о переменах.\n\n"
        "Вы уже четыре года работаете в Грузии. Можете ли Вы отметить особенность страны?\n\n"
        "- Да, могу. Особенность такая: люди изменились за эти годы.\n"
    )
    rec, guests = parse_guests(text)
    assert guests == ["Ерлан Ахметов"]
    assert [(t.kind.value, rec.text[t.span.start : t.span.start + 6]) for t in rec.turns] == [
        ("question", "Вы уже"),
        ("answer", "- Да, "),
    ]


def test_a_name_in_the_comitative_before_an_interview_in_the_arabic_script() -> None:
    # `Egemen.kz тілшісі Иліржан Челибашимен сұхбаттасып`: no capitals, no position before it
    lead = "Egemen.ءkz تىلشىسى يليردجان چەليباشيمەن سۇحباتتاسىپ, پىكىرىن ءبىلدى."
    found = find_names(Analysis(lead), 0, len(lead))
    assert [(f.name, f.cue) for f in found] == [("يليردجان چەليباشي", "guest")]
    # a position in the comitative is no name (`елшімен сұхбат`)
    lead2 = "ءبىز جاپونيا ەلشىمەن سۇحباتتاستىق."
    assert find_names(Analysis(lead2), 0, len(lead2)) == []


def test_a_foreign_name_after_a_position_whose_interview_follows_in_the_arabic_script() -> None:
    # `... Бас хатшысы Марио әл-Хасан Kazinform агенттігіне берген ... сұхбатында`: the
    # surname reads as no Kazakh one, the interview in its sentence makes it a name
    lead = (
        "ۇيىمنىڭ باس حاتشىسى ماريو ءال-حاسان Kazinform اگەنتتىگىنە بەرگەن "
        "ەكسكليۋزيۆتى سۇحباتىندا ءوز پايىمىن ايتتى."
    )
    assert [f.name for f in find_names(Analysis(lead), 0, len(lead))] == ["ماريو ءال-حاسان"]


def test_the_outlets_own_interview_announced_below_a_read_counter() -> None:
    # a standfirst, the `claim – Name` title, a read counter, then the lead that says `we held
    # an interview` (`сұхбат құрдық`), cut before the first question
    text = (
        "Шекара күзетінің жақсы болуы – заман талабы. Аймақтағы ахуал күрделі.\n"
        "Шекарада бірде-бір дрон көрген жоқпын – Ерлан Сапаров\n4,888\nоқылды\n\n"
        "Жуырда депутаттар шекарашылармен бірге ел шекарасын күзеткен еді. Сол үмітпен "
        "Мәжіліс депутаты Ерлан Сапаровқа хабарласып, сұхбат құрдық.\n"
    )
    rec, guests = parse_guests(text)
    assert rec.metadata.genre.value == "interview"
    assert guests == ["Ерлан Сапаров"]


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        # initials glued to the surname
        ("Посол Республики Казахстан М.С.Әшімбаевпен сұхбат.", "М.С.Әшімбаев"),
        ("Официальный представитель МИД А.В.Ивановой рассказала о визите.", "А.В.Иванова"),
        # `Ғалым` (scientist) is a first name before a surname's ending, its role outside the run
        ("Сауалдарды сайлау комиссиясының төрағасы Ғалым Баймұратовқа қойдық.", "Ғалым Баймұратов"),
        # a consul (`Бас консулы`) is a position before the name (a first name pymorphy3
        # cannot read, `Сүпхи`, needs the position)
        ("Біз Түркияның Бас консулы Сүпхи Озан мырзамен сұхбаттасқан едік.", "Сүпхи Озан"),
    ],
)
def test_a_name_after_a_position(lead: str, name: str) -> None:
    assert name in [f.name for f in find_names(Analysis(lead), 0, len(lead))]


@pytest.mark.parametrize(
    "lead",
    [
        "Белгілі ғалым, Р.Б.Сүлейменов атындағы Шығыстану институтының директоры келді.",
        "Директор института имени Р.Б.Сулейменова рассказал о планах.",
    ],
)
def test_an_institutions_namesake_is_no_name(lead: str) -> None:
    assert not [
        f
        for f in find_names(Analysis(lead), 0, len(lead))
        if "Сүлейменов" in f.name or "Сулейменов" in f.name
    ]


def test_leaders_named_in_an_oblique_case_are_not_the_guest() -> None:
    """`встреча Касым-Жомарта Токаева и Владимира Путина` in the lead: two leaders told of, in
    the genitive; the one who explains them is the guest."""
    text = (
        "В Душанбе состоялась встреча Касым-Жомарта Токаева и Владимира Путина.\n\n"
        "О том, что это значит, рассказал российский политолог, научный руководитель Института "
        "региональных проблем и доцент Финансового университета при правительстве РФ Дмитрий "
        "Журавлёв.\n\n" + _TURNS["ru"]
    )
    _, guests = parse_guests(text, "leaders.txt")
    assert guests == ["Дмитрий Журавлёв"]


def test_a_body_and_its_states_abbreviation_are_no_name() -> None:
    # `с главой Минводы РК` ends a title line: a ministry and `РК`, not a first name and surname
    text = (
        "Главная arrow Новости arrow Соглашение о воде одобрено —интервью с главой Минводы РК\n"
        "Соглашение о воде одобрено —интервью с главой Минводы РК Версия для печати\n"
        "Написал Иван Петров\n21.12.2023\n\n"
        "В Казахстане недавно создали министерство водных ресурсов, которое возглавил Нуржан "
        "Ахметов. Подводя итоги ста дней, министр дал интервью корреспонденту агентства.\n\n"
        "— Как идут переговоры с соседями?\n\n— Мы договорились о многом."
    )
    _, guests = parse_guests(text)
    assert guests == ["Нуржан Ахметов"]


def test_a_byline_above_the_lead_is_the_host_not_the_guest() -> None:
    text = (
        "Инициативы председательства получат развитие в работе организаций.\n"
        "Беседовала Анна Ким\n"
        "Новый министр иностранных дел Казахстана Ержан Казыханов – человек весьма известный в "
        "дипломатических кругах.\n"
        "– Каковы приоритеты ведомства?\n– Продолжение курса."
    )
    rec, guests = parse_guests(text)
    assert guests == ["Ержан Казыханов"]
    assert rec.speakers[0].name == "Анна Ким"


@pytest.mark.parametrize(
    ("name", "glued"),
    [
        ("PresidentTokayev", True),
        ("Ермаганбет Булекпаевнаходитсявдолжностипочтитригода", True),
        ("Erlan Idrissov", False),
        ("John McCain", False),
        ("Douglas MacArthur", False),
        ("Únzıla ShAPAQ", False),  # a Latin Kazakh digraph in a surname in capitals
        ("Kassym-Jomart Tokayev", False),
    ],
)
def test_glued_words_are_no_name(name: str, glued: bool) -> None:
    from kzpolicy_data.interview.candidates import add_candidate
    from kzpolicy_data.interview.label_words import glued_words

    assert glued_words(name) is glued
    cands: dict[str, Candidate] = {}
    add_candidate(cands, name, name, 0, len(name), 10)
    assert bool(cands) is not glued


def test_a_glued_label_line_is_no_speaker() -> None:
    """`PresidentTokayev:` (a label line whose space the scraper lost) names nobody new."""
    from kzpolicy_data import parse_bytes

    text = (
        "Kassym-Jomart Tokayev gave an interview to Izvestia.\n\n"
        "Interviewer: What is your attitude to the reform?\n\n"
        "Tokayev: We will carry it through.\n\n"
        "Interviewer: And the parliament?\n\n"
        "PresidentTokayev:\n\nIt will have more power."
    )
    rec = parse_bytes(text.encode(), "glued.txt", ner=False, events=False)
    assert "PresidentTokayev" not in [s.name for s in rec.speakers]


@pytest.mark.parametrize(
    ("name", "leader"),
    [
        ("Нурсултан Назарбаев", True),
        # initials that begin the leader's first name (the lead's `Н.А. Назарбаева` beside
        # the guest left two neutral names and no guest)
        ("Н.А. Назарбаева", True),
        ("K.K. Tokayev", True),
        ("А.Б. Назарбаев", False),
        ("Марат Алиев", False),
    ],
)
def test_a_leader_by_initials_and_surname(name: str, leader: bool) -> None:
    assert is_leader(name) is leader


def test_the_conversation_names_its_partner_over_another_with_in_the_lead() -> None:
    # R886a3fbc's shape: an opposition leader `с` whom the president will compete comes first;
    # the one the columnist `беседовал с` is the guest, a minister of the gazetteer or not.
    c = _cast(
        "Казахстан ждёт перемен",
        "Через месяц выборы, и президенту предстоит помериться силами с лидером оппозиции "
        "Болатом Ержановым. Об этом обозреватель газеты Аркадий Дубов беседовал с министром "
        "иностранных дел Казахстана Касымжомартом ТОКАЕВЫМ.",
        [(Q, None, "Недавно вас посетил госсекретарь?"), (A, None, "Да, визит был полезным.")],
    )
    assert _guests(c) == ["Касымжомарт Токаев"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a woman's name as the subject of a feminine verb, after or before it (made-up names)
        (
            "Председатель общины «Достык» Зауре Кенжебаева дала интервью агентству",
            "Зауре Кенжебаева",
        ),
        ("Об этом рассказала председатель общины «Достык» Зауре Кенжебаева.", "Зауре Кенжебаева"),
        # a surname that does not decline shows no case: a first name pymorphy3 reads only as
        # an oblique case stays as printed (`Кая`, not `Кай`), after a position or before the verb
        (
            "Вице-президент Европейской комиссии Кая Каллас поделилась видением перспектив.",
            "Кая Каллас",
        ),
        ("Об этом рассказала Кая Каллас.", "Кая Каллас"),
        # a man's name as a genitive before a feminine verb stays a man's
        ("Книга Аскара Жумагалиева вышла в свет.", "Аскар Жумагалиев"),
        ("Об этом рассказала дочь Аскара Жумагалиева.", "Аскар Жумагалиев"),
    ],
)
def test_the_verb_tells_a_womans_nominative(text: str, name: str) -> None:
    assert [f.name for f in find_names(Analysis(text), 0, len(text))] == [name]


def test_two_guests_of_one_conversation_each_with_a_position() -> None:
    # blind batch AA's shape: `побеседовал с лидером ... X и лидером ... Y`, one label so far
    c = _cast(
        "Партии-2022",
        "Обо всем этом портал побеседовал с лидером молодёжного движения Айгуль "
        "Сериковой и лидером инициативной группы по созданию партии «Намыс» Нурланом Бекетовым.",
        [
            (Q, "Иван Петров", "Айгуль, сколько раз вы обращались в министерство?"),
            (A, "Айгуль Серикова", "Дважды, и оба раза нам отказали."),
        ],
    )
    assert _guests(c) == ["Айгуль Серикова", "Нурлан Бекетов"]


@pytest.mark.parametrize(
    ("text", "guest"),
    [
        # whom the outlet talked with is its guest, even an "expert-journalist"
        (
            "Қазақстан мен Қытай\n\nЕкі ел арасындағы байланыстар жайында сарапшы-журналист "
            "Естай Божанмен аз-кем әңгімелескен едік.\n\nСіздіңше Орта Азия Қытай үшін қандай "
            "маңызға ие?\n\n– Иә, аймақтың маңызы артып келеді.",
            "Естай Божан",
        ),
        # a position whose body has a lowercase adjective, a surname in capitals
        (
            "В Атырау с рабочим визитом побывал Генеральный секретарь оппозиционной ОСДП «Азат» "
            "Амиржан КОСАНОВ. Мы задали ему несколько вопросов.\n\n– Есть мнение, что оппозиция "
            "запугана. Так ли это?\n\n– Персональная критика никогда не сходила с повестки дня "
            "нашей партии.\n\n– Что вы скажете о выборах?\n\n– Мы будем в них участвовать.",
            "Амиржан Косанов",
        ),
        # an English lead: the name, an apposition, then what they recount
        (
            "Kazakhstan's New National Story\n\nAlikhan Baimenov, the Central Asian republic's "
            "veteran public sector reformer, recounts his fight to professionalise the civil "
            "service.\n\nIn your tenure as Chairman of the Agency, you introduced a merit "
            "system. Why?\n\nAfter conducting a study of how countries build efficient civil "
            "services, we chose a career model.",
            "Alikhan Baimenov",
        ),
        # a party to what the guest told about (`о конфликте с министром X`) is not the guest
        (
            "Четырехлетнюю работу фракции подытожил ее лидер в интервью Today.kz. Азат Перуашев "
            "рассказал о победах и поражениях, конфликте с министром Асланом Саринжиповым и о "
            "лоббировании.\n\n– Каковы итоги работы фракции?\n\n– Итоги хорошие.",
            "Азат Перуашев",
        ),
    ],
)
def test_the_guest_of_a_fresh_lead(text: str, guest: str) -> None:  # batch AC, read after scoring
    _, guests = parse_guests(text, "lead.txt")
    assert guests == [guest]


def test_a_surname_in_ovich_after_a_position_is_a_name_not_an_address() -> None:
    # `Миклошом Яцковичем` reads like a first name and patronymic, but nobody is addressed in
    # the instrumental after a position; a fact box's president is no guest
    c = _cast(
        "Куда приводят мечты",
        "По случаю национального праздника мы встретились с Чрезвычайным и Полномочным Послом "
        "Венгрии в Казахстане Миклошом Яцковичем.\nНаша справка\nПрезидент республики: д-р "
        "Ференц МАДЛ",
        [
            (TurnKind.QUESTION, None, "Господин посол, как вы отметили праздник?"),
            (TurnKind.ANSWER, None, "Мы провели прием в посольстве."),
        ],
    )
    assert _guests(c) == ["Миклош Яцкович"]


@pytest.mark.parametrize(
    "lead",
    [
        "Мы встретились с Чрезвычайным и Полномочным Послом Венгрии в Казахстане Ференцем "
        "Блауманном.",
        "Мы поговорили с кыргызским политологом, директором Центра экспертных инициатив "
        "«Ой Ордо» Игорем Шестаковым.",
        # a position of eleven words
        "Мы поговорили с экспертом-политологом, кандидатом философских наук, доцентом "
        "Ташкентского филиала РЭУ им. Г.В. Плеханова Равшаном Назаровым.",
        # Kazakh: whoever gave the interview to a channel, even a president of some body
        "Бұл туралы Еуропалық Кеңес президенті Антониу Кошта Silk Way телеарнасына берген "
        "эксклюзивті сұхбатында айтты.",
    ],
)
def test_whom_the_outlet_met_or_who_gave_it_the_interview_is_its_guest(lead: str) -> None:
    found = find_names(Analysis(lead), 0, len(lead))
    assert [f.cue for f in found] == ["guest"], found


def test_the_guest_after_the_verb_and_the_outlet_over_an_official_of_the_news() -> None:
    # batch AE, read after scoring: the lead's news names an official who `заявил`, and the
    # leader whom a question is about stands in the genitive before `рассказал`; the guest is
    # the subject after the verb and the outlet, however long the position
    text = (
        "Политолог: «Только время покажет»\n\n"
        "Накануне спикер сената Казахстана Ерлан Сапаров заявил, что выборы пройдут в срок.\n\n"
        "Кто может заменить на своем посту лидера этого государства Нурлана Касенова рассказал "
        "в своем интервью Example.Com российский политолог, исследователь процессов в "
        "азиатском регионе, профессор Игорь Панкратов.\n\n"
        "— Как вы думаете, кто преемник?\n\n— Думаю, это решат выборы."
    )
    _, guests = parse_guests(text, "lead.txt")
    assert guests == ["Игорь Панкратов"]


@pytest.mark.parametrize(
    "lead",
    [
        # what was said names somebody else: no subject after the verb
        "Ерлан Сапаров заявил в интервью CNN, что президент Игорь Панкратов приедет.",
        # an oblique name before `рассказал` is not who told
        "Судьбу Нурлана Касенова рассказал в интервью журнал.",
    ],
)
def test_no_subject_no_guest_cue(lead: str) -> None:
    from kzpolicy_data.interview.cues import cue

    name = "Игорь Панкратов" if "Игорь" in lead else "Нурлана Касенова"
    at = lead.index(name)
    oblique = name.endswith("а")
    assert cue(lead, at, at + len(name), name, oblique=oblique) != "guest"


def test_a_guest_addressed_by_the_full_name_alone_is_named() -> None:
    # no title and no lead: the first question's `X Y мырза` is all that names the guest
    text = (
        "– Пак Сонг-хо мырза, корейлер екі елдің арасындағы көпір бола ма?\n"
        "– Меніңше, иә. Қазақстандағы корейлер – үлгілі ұлттың бірі.\n"
        "– Тауар айналымы қалай өсті?\n– Едәуір өсті.\n"
    )
    _, guests = parse_guests(text, "voc.txt")
    assert guests == ["Пак Сонг-хо"]


def test_whom_the_outlet_sat_down_with_is_the_guest_over_a_headlines_capitals() -> None:
    # batch AF: the title's `Ambassador Sees Ties Growing` reads like a role and a name
    text = (
        "Spanish Ambassador Sees Ties Growing, Says Madrid Supports Astana’s Bid\n\n"
        "The Astana Times recently sat down with Spanish Ambassador to Kazakhstan Manuel "
        "Larrotcha Parada who discussed the relationship between the two countries.\n\n"
        "You’ve been in Kazakhstan for a couple of years now. Could you tell us your "
        "impressions?\n\nWell, my impression is very positive.\n\n"
        "How would you assess the regions?\n\nWell, development is good.\n"
    )
    _, guests = parse_guests(text, "sat.txt")
    assert guests == ["Manuel Larrotcha Parada"]


def test_whom_the_outlet_spoke_to_is_the_guest_over_an_official_of_the_news() -> None:
    # batch AF: the lead tells a minister's visit, then `Kazinform spoke to X, Ambassador of Y`
    text = (
        "Kazakhstan, Italy celebrate 30 years of diplomatic relations\n\n"
        "NUR-SULTAN. KAZINFORM - The June 1 visit of Kazakhstan’s Minister of Foreign "
        "Affairs Mukhtar Tileuberdi to Rome sought to strengthen relations. Kazinform spoke to "
        "Marco Alberti, "
        "Ambassador of Italy to Kazakhstan, to learn what has been achieved.\n\n"
        "What has been your impression of Kazakhstan so far?\n\nWell, it is the best place.\n\n"
        "Could you share the highlights?\n\nOur bilateral relations are excellent.\n"
    )
    _, guests = parse_guests(text, "spoke.txt")
    assert guests == ["Marco Alberti"]


def test_the_leads_who_on_what_names_the_guest() -> None:
    """`<position> <Name> (на снимке) - о <topic>`: the lead of an interview (batch AH)."""
    lead = "Лидер коммунистов в мажилисе Айкын КОНУРОВ (на снимке) - о плюсах меньшинства."
    found = find_names(Analysis(lead), 0, len(lead))
    assert [(f.name, f.cue) for f in found] == [("Айкын Конуров", "guest")]
    news = "Лидер коммунистов в мажилисе Айкын КОНУРОВ выступил на сессии."
    assert find_names(Analysis(news), 0, len(news)) == []


def test_an_outlet_named_in_an_oblique_case_is_no_guest() -> None:
    # batch AI: `X в разговоре с Настоящим Временем предположил`: the channel is declined
    text = (
        "Правозащитник о числе жертв\n\n"
        "Глава казахстанского Бюро по правам человека Евгений Жовтис в разговоре с Настоящим "
        "Временем предположил, что число жертв может превысить сотню человек.\n\n"
        "– Скажите, пожалуйста, о каком количестве жертв можно говорить?\n\n"
        "– Пока расследование идет, точных цифр нет.\n"
    )
    _, guests = parse_guests(text, "outlet.txt")
    assert guests == ["Евгений Жовтис"]


def test_the_guests_a_plural_verb_of_speaking_lists_are_all_interviewees() -> None:
    # `рассказали в интервью X, председатель, а также его заместители Y и Z` (dev R42c67ba1)
    text = (
        "ОСДП: Пандемия увеличивает количество наших сторонников\n\n"
        "Каким образом они намерены это сделать, рассказали в интервью exclusive.kz Асхат "
        "Рахимжанов, председатель ОСДП, а также его заместители Айдар Алибаев и Самбетбай "
        "Тазабек.\n\n"
        "— Что из себя сегодня представляет ОСДП? Сколько в ней членов?\n\n"
        "— На сегодняшний момент партия остается на тех же позициях.\n"
    )
    _, guests = parse_guests(text, "listed.txt")
    assert guests == ["Асхат Рахимжанов", "Айдар Алибаев", "Самбетбай Тазабек"]


def test_why_the_guest_joined_is_not_the_position() -> None:
    """(batch AL) `..., Ambassador of Spain to Kazakhstan to discuss the ties`: the position
    ends before the purpose."""
    text = (
        "Kazakhstan, Spain seek greater cooperation\n\nIn the first episode of the project, I am "
        "joined by Daulet Ormanov, Ambassador of Spain to Kazakhstan to discuss the prospects of "
        "bilateral ties.\n\nKazakhstan and Spain are keen to boost cooperation.\n"
    )
    rec, guests = parse_guests(text)
    assert guests == ["Daulet Ormanov"]
    assert [s.position for s in rec.speakers if s.name] == ["Ambassador of Spain to Kazakhstan"]


def test_a_podcasts_timed_label_lines_name_host_and_guest() -> None:
    """(batch AM) `(00:04) Аяжан Ойратова` on a line of its own, the words below: the host
    labels the questions, the guest the answers."""
    text = (
        "Мифы о трудовых мигрантах\n\n(00:04) Аяжан Ойратова\n\nДобрый день, дорогие друзья. "
        "На связи подкаст «Право на право» и я, его ведущая, Аяжан Ойратова.\n\nОтветить на "
        "вопросы нам поможет сегодняшний гость — Ерлан Беков. Ерлан, здравствуйте!\n\n"
        "(01:00) Ерлан Беков\n\nДоброе утро.\n\n(01:02) Аяжан Ойратова\n\nЕрлан, расскажите, "
        "пожалуйста, как изменилась ситуация за последние 10 лет.\n\n(01:09) Ерлан Беков\n\n"
        "Вообще, вы знаете, мы видим увеличение числа мигрантов.\n"
    )
    rec, guests = parse_guests(text)
    assert guests == ["Ерлан Беков"]
    assert [t.kind for t in rec.turns] == [TurnKind.QUESTION, TurnKind.ANSWER] * 2


def test_an_initial_label_takes_the_first_name_printed_glued_to_a_word() -> None:
    """(batch AM) `Л. Калашников:` answering, `... с соотечественникамиЛеонид Калашников` in
    the first question: the full name."""
    text = (
        "Глава комитета Калашников: решения не нужно\n\nИ. Измайлов:\n\n- На связи со "
        "студией председатель комитета по связям с соотечественникамиЛеонид Калашников. "
        "Как принимаются решения?\n\nЛ. Калашников:\n\n- Решения принимаются так: страна "
        "обращается к председателю.\n\nИ. Измайлов:\n\n- Главами?\n\nЛ. Калашников:\n\n"
        "- Главами, конечно, государств.\n"
    )
    _, guests = parse_guests(text)
    assert guests == ["Леонид Калашников"]


@pytest.mark.parametrize(
    ("lead", "guest"),
    [
        # (batch AN) `директора`, `главы`: nominatives only as plurals, so one person's
        # position in the genitive, and the name after it too
        (
            "Мы попросили известного эксперта, директора Института азиатских исследований "
            "Султана Акимбекова поделиться своим видением ситуации.",
            "Султан Акимбеков",
        ),
        (
            "Об этом мы побеседовали с экспертом, мнение главы центра Никиты Мендковича "
            "приводим полностью.",
            "Никита Мендкович",
        ),
    ],
)
def test_a_name_after_a_genitive_position_that_is_also_a_plural(lead: str, guest: str) -> None:
    text = f"Что будет с Афганистаном\n\n{lead}\n\n- Судя по всему, талибы вернулись?\n\n- Да."
    _, guests = parse_guests(text)
    assert guests == [guest]


@pytest.mark.parametrize(
    ("lead", "guest"),
    [
        # (batch AO) a name set off by a dash before its position, which the Kazakh phrase ends
        (
            "Астана. 14 тамыз. — Нұрлан Ермеков — Қазақстанның Қытай Халық Республикасындағы "
            "Төтенше және өкілетті елшісі. Елшімен болған сұхбатты назарларыңызға ұсынамыз.",
            "Нұрлан Ермеков",
        ),
        (
            "Иван Петренко — посол Казахстана в Китае. Предлагаем вашему вниманию беседу с ним.",
            "Иван Петренко",
        ),
    ],
)
def test_a_name_set_off_by_a_dash_before_its_position(lead: str, guest: str) -> None:
    text = f"Сұхбат\n\n{lead}\n\n– Елші мырза, саммит қалай өтті?\n\n– Жақсы өтті."
    _, guests = parse_guests(text)
    assert guests == [guest]


def test_a_first_name_pymorphy_knows_as_a_place_is_a_vocative_of_the_one_it_names() -> None:
    # batch AT: `Арарат,` (a mountain to pymorphy3) addresses the editor the lead interviews,
    # not the premier of the news the lead tells first
    c = _cast(
        None,
        "Токаев заявил об этом в телефонном разговоре с премьер-министром Армении Николом "
        "Пашиняном. О значении такой позиции — в интервью с заместителем главного редактора "
        "Armenpress Араратом Петросяном.",
        [
            (Q, None, "Арарат, как в Армении оценили итоги саммита?"),
            (A, None, "Армения восприняла саммит как шанс открыть новую страницу."),
        ],
    )
    assert _guests(c) == ["Арарат Петросян"]


def test_a_reporter_named_after_a_wire_dateline_is_no_guest() -> None:
    # batch AU: `АСТАНА, 14 авг — Sputnik, Сергей Ким.` is the agency's byline
    c = _cast(
        None,
        "АСТАНА, 14 авг — Sputnik, Сергей Ким. В Астане прошло заседание Межправсовета. "
        "О том, почему это важно, читайте в интервью.",
        [
            (Q, None, "Как вы оцениваете итоги?"),
            (A, None, "Это ухабистый разгон, я бы так сказал."),
        ],
    )
    assert "Сергей Ким" not in _guests(c)


def test_a_name_after_what_he_said_is_no_guest_and_the_analyst_is() -> None:
    # batch AV: `связали решение с выступлением президента X` names what X said, not a
    # conversation with him; the analyst the lead then names answers
    c = _cast(
        None,
        "Эксперты связали решение с выступлением президента Казахстана Касым-Жомарта Токаева "
        "на форуме. Специально для МК ситуацию проанализировал политолог Андрей Грозин.",
        [(Q, None, "Были ли достигнуты договоренности?"), (A, None, "Вполне возможно, что да.")],
    )
    assert _guests(c) == ["Андрей Грозин"]


def test_who_talked_with_the_guest_is_the_host() -> None:
    # batch AV: `Никола Крастев поговорил с профессором Киаи`: Krastev asked
    c = _cast(
        None,
        "Никола Крастев поговорил с профессором Киаи об итогах его визита в Казахстан.",
        [(Q, None, "Каковы итоги визита?"), (A, None, "Я бы хотел призвать правительство.")],
    )
    assert "Никола Крастев" not in _guests(c)
    assert c.host is not None and c.host.name == "Никола Крастев"
