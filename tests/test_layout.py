"""Paragraph splitting and noise classification."""

from __future__ import annotations

import pytest

from kzpolicy_data.codes import SegmentKind
from kzpolicy_data.source.layout import (
    byline_authors,
    classify_noise,
    looks_like_heading,
    split_paragraphs,
)


@pytest.mark.parametrize("sep", ["\n", "\n\n", "\n\n\n", "\n \n"])
def test_separators(sep: str) -> None:
    text = sep.join(["Первый абзац.", "– Второй?", "– Третий."])
    paras = split_paragraphs(text)
    assert [p.text for p in paras] == ["Первый абзац.", "– Второй?", "– Третий."]
    for p in paras:
        assert text[p.start : p.end] == p.text


def test_indented_layout_with_wrapped_lines() -> None:
    text = "    Первый абзац,\nпродолжение.\n    Второй.\n    Третий.\n    Четвертый."
    paras = split_paragraphs(text)
    assert [p.text for p in paras] == [
        "Первый абзац,\nпродолжение.",
        "Второй.",
        "Третий.",
        "Четвертый.",
    ]
    assert [p.line for p in paras] == [1, 3, 4, 5]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Фото: пресс-служба", SegmentKind.CREDIT),
        ("Photo: Reuters", SegmentKind.CREDIT),
        ("На фото: министр на брифинге", SegmentKind.CAPTION),
        ("23045", SegmentKind.VIEW_COUNTER),
        ("4236 рет көрсетілді", SegmentKind.VIEW_COUNTER),
        ("Время чтения: 5 мин", SegmentKind.READING_TIME),
        ("Ваш браузер не поддерживает HTML5 аудио", SegmentKind.WIDGET),
        ("СКАЧИВАЙТЕ НАШЕ ПРИЛОЖЕНИЕ", SegmentKind.WIDGET),
        ("Leave a Reply", SegmentKind.FOOTER),
        ("Currently reading", SegmentKind.FOOTER),
        ("Главная / Политика / Интервью", SegmentKind.NAVIGATION),
        ("Теги: Токаев, ЕАЭС", SegmentKind.TAGS),
        ("None", SegmentKind.NONE_LINE),
        ("https://www.zakon.kz/6000000-interview.html", SegmentKind.URL),
        ("Сегодня, 11:07", SegmentKind.TIMESTAMP),
        ("3 октября 2025 / 11:07", SegmentKind.DATELINE),
        ("12.03.2025", SegmentKind.DATELINE),
        ("12 C", SegmentKind.WIDGET),
        ("+4.2°C", SegmentKind.WIDGET),
        ("$ 471.20  510.05  5.12", SegmentKind.WIDGET),
        ("РУС", SegmentKind.WIDGET),
        ("×", SegmentKind.WIDGET),
        ("Материалы сайта предназначены для читателей старше 18 лет.", SegmentKind.WIDGET),
        ("Тікелей эфир", SegmentKind.WIDGET),
        ("Header Banner", SegmentKind.WIDGET),
        ("Мы в Telegram", SegmentKind.WIDGET),
        ("Оқи отырыңыз: Дала экономикасы қалай өзгеріп жатыр?", SegmentKind.WIDGET),
        ("Heap.city", SegmentKind.WIDGET),
        ("NewsHeap.Info — каталог новостей со всего света", SegmentKind.WIDGET),
        ("img20160303_114502 (3)", SegmentKind.CREDIT),
        ("minister-2024.jpg", SegmentKind.CREDIT),
        ("Suret: Keyipkerding jeke múraghatynan.", SegmentKind.CREDIT),
        ("2024-09-18T10:20", SegmentKind.TIMESTAMP),
        ("Просмотров: 2,014 Рейтинг: 4.8", SegmentKind.VIEW_COUNTER),
        # a reader poll under the text is no question to a guest
        ("Бұл мақала туралы не ойлайсыз?", SegmentKind.WIDGET),
        ("What do you think about this article?", SegmentKind.WIDGET),
        ("Жарнама", SegmentKind.WIDGET),
        ("Соңғы жаңалықтар", SegmentKind.WIDGET),
        # a call to follow the site under the text
        ("Біздің Instagram парақшамызға жазылыңыз", SegmentKind.WIDGET),
        ("Жаңалықтарды ең бірінші болып оқы", SegmentKind.WIDGET),
    ],
)
def test_noise(line: str, kind: SegmentKind) -> None:
    assert classify_noise(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "– Как вы оцениваете ситуацию?",
        "Telegram заявил о блокировке каналов в регионе на прошлой неделе.",
        "Фотография как искусство переживает второе рождение, считает эксперт.",
        "Мы внимательно следим за ситуацией.",
        "2025 год стал для Казахстана переломным.",
        "Zakon.kz – Министр энергетики рассказал о тарифах на следующий год.",
        "Прямой эфир: министр отвечает на вопросы читателей",
        "В 18 лет он поступил в университет.",
        "Посол подписался на Telegram-канал министерства и следит за новостями.",
    ],
)
def test_content_is_not_noise(line: str) -> None:
    assert classify_noise(line) is None


def test_byline() -> None:
    assert byline_authors("Беседовала Анна Иванова") == ["Анна Иванова"]
    assert byline_authors("Интервью взял Марат Ахметов") == ["Марат Ахметов"]
    assert byline_authors("By John Smith and Jane Doe") == ["John Smith", "Jane Doe"]
    assert byline_authors("Автор: Ерлан Сагадиев") == ["Ерлан Сагадиев"]
    assert byline_authors("Беседовали долго и о многом, но к согласию не пришли") is None


def test_heading() -> None:
    assert looks_like_heading("Отношения с Китаем")
    assert looks_like_heading("Эксперт: «Реформы работают»")
    assert not looks_like_heading("Это предложение.")
    assert not looks_like_heading("Что дальше?")
    assert looks_like_heading("Что дальше?", question_ok=True)
    assert not looks_like_heading("– Реплика")


def test_context_noise_weather_cities_and_tag_trails() -> None:
    from kzpolicy_data.source.layout import context_noise

    paras = split_paragraphs(
        "9 C\nНур-Султан\n13 C\nАлматы\nЗаголовок статьи\n\nинтервью\nказахстан\nкитай\n"
        "транзит\nТекст статьи."
    )
    found = context_noise(paras)
    assert {paras[i].text for i, k in found.items() if k == SegmentKind.WIDGET} == {
        "Нур-Султан",
        "Алматы",
    }
    tags = [paras[i].text for i, k in sorted(found.items()) if k == SegmentKind.TAGS]
    assert tags == ["интервью", "казахстан", "китай", "транзит"]


def test_parenthesis_across_two_lines_is_one_paragraph() -> None:
    text = "Заголовок\n(Посол Казахстана в Венгрии\nс Нурланом Жакыпбекулы беседа)\n– Вопрос?"
    assert [p.text for p in split_paragraphs(text)][1] == (
        "(Посол Казахстана в Венгрии\nс Нурланом Жакыпбекулы беседа)"
    )


def test_a_line_going_on_in_small_letters_continues_its_sentence() -> None:
    text = (
        "Посол ответил на вопросы читателей нашего портала о сотрудничестве\n"
        "двух стран в образовании.\n"
        "Когда откроется консульство\n"
        "в Алматы?"
    )
    paras = [p.text for p in split_paragraphs(text)]
    # the short heading-like line is left alone: only a long line is a wrapped one
    assert paras[0].endswith("в образовании.") and "\n" in paras[0]
    assert paras[1:] == ["Когда откроется консульство", "в Алматы?"]


def test_hard_wrapped_text_joins_lines_that_go_on_with_a_capital() -> None:
    lines = [
        "INTERVIEW WITH THE AMBASSADOR",
        "Gazeta Daily",
        "Dear readers, we offer the answers of the Ambassador of Norway to",
        "Kazakhstan Ola Nordmann to the questions received from the readers",
        "of our portal. The questions were sent in the course of the month and",
        "selected by the editors of the portal, who thank every reader.",
        "Question#1 Author: Aigerim",
        "When will the cooperation in education programmes for our young",
        "engineers begin, and which universities will take part in it?",
    ]
    paras = [p.text for p in split_paragraphs("\n".join(lines))]
    assert paras[:2] == lines[:2]  # a heading and a short line stay lines of their own
    assert paras[2] == "\n".join(lines[2:6])
    assert paras[3] == lines[6]
    assert paras[4] == "\n".join(lines[7:])
    # without the small-letter continuations that show the wrapping, a capital starts a line
    plain = [p.text for p in split_paragraphs("\n".join([lines[3], lines[6], lines[7]]))]
    assert len(plain) == 3


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # a header line glued to the next one (REAL_LAYOUTS D10)
        (
            "Казахстан борется с дефицитом водыИнтервью с Болатом Бекниязом, вице-министром.",
            "Казахстан борется с дефицитом воды",
        ),
        (
            "© Sputnik / Sergey MelkonovМероприятие посольства прошло в Москве.",
            "© Sputnik / Sergey Melkonov",
        ),
        (
            "Read on the website Vestnik KavkazaThe visit of the President began.",
            "Read on the website Vestnik Kavkaza",
        ),
        (
            "ОНЛАЙН-ВСТРЕЧА С МИНИСТРОМ НУРЛАНОМ ЕСЕНОВЫМПетров А.: Начинаем!",
            "ОНЛАЙН-ВСТРЕЧА С МИНИСТРОМ НУРЛАНОМ ЕСЕНОВЫМ",
        ),
        ("КолонкаЗачем нам ещё одна реформа?", "Колонка"),
        # brands keep their inner capitals, and a sentence before the glue is no header line
        ("Наши новости в WhatsApp Telegram и на YouTube-канале.", None),
        ("Серік Бейсембаев – әлеуметтанушы, PaperLab зерттеу орталығының жетекшісі.", None),
        ("Компания КазМунайГаз и партнёры подписали соглашение.", None),
        ("Он приехал в Астану. Сегодня подписаноСоглашение о транзите.", None),
        ("Kairat Abdrakhmanov said it.", None),
        ("– Как вы оцениваете работу министерстваКогда начнётся реформа?", None),
    ],
)
def test_a_header_line_glued_to_the_next_is_split(text: str, first: str | None) -> None:
    paras = split_paragraphs(text + "\n\nВторой абзац.")
    assert paras[0].text == (first or text)
    if first:
        assert paras[1].start == len(first) and paras[1].text == text[len(first) :]
