"""Noise lines by their own text and by their neighbours, bylines, headings."""

from __future__ import annotations

import pytest

from kzpolicy_data.codes import SegmentKind
from kzpolicy_data.source.layout import split_paragraphs
from kzpolicy_data.source.noise import (
    byline_authors,
    classify_noise,
    context_noise,
    looks_like_heading,
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
        # whom the photo shows, then its source
        ("Askar Nursha. Photo from personal files.", SegmentKind.CAPTION),
        ("Ерлан Карин. Фото из личного архива", SegmentKind.CAPTION),
        # where someone stands in the photo, and an ad between dashes (batch AN)
        (
            "Kazakhstan's Deputy Foreign Minister Arman Bekov (L) meets with Austrian MEP Ivan "
            "Ormanov during the delegation's visit to Brussels.",
            SegmentKind.CAPTION,
        ),
        ("- Advertisement -", SegmentKind.WIDGET),
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
        ("USD 471.20 EUR 510.05", SegmentKind.WIDGET),
        ("Astana +2°C", SegmentKind.WIDGET),
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
        # a call to join the site's channel, under it its blurb and button (batch AE)
        ("БІЗДІҢ ТЕЛЕГРАМ АРНАМЫЗҒА ҚОСЫЛЫҢЫЗ", SegmentKind.WIDGET),
        ("Ең соңғы жаңалықтар осында", SegmentKind.WIDGET),
        ("Жазылу", SegmentKind.WIDGET),
        ("Жаңалықтарды ең бірінші болып оқы", SegmentKind.WIDGET),
        # a temperature with its degree sign alone, and a "today" label whose date was lost
        # a caption that ends with its photo's credit (batch AG)
        (
            "Президент Казахстана и президент РФ, неформальная встреча глав государств СНГ, "
            "Санкт-Петербург. Фото: kremlin.ru",
            SegmentKind.CAPTION,
        ),
        ("Министр выступил на форуме. Фото: пресс-служба МИД", SegmentKind.CAPTION),
        (
            "Kazakh President attends a press conference during the summit in Qingdao, "
            "June 10, 2018 (Photo by Ge Jiahao/Xinhua)",
            SegmentKind.CAPTION,
        ),
        (
            "Касым-Жомарт Токаев и Владимир Путин (Фото: Администрация Президента России)",
            SegmentKind.CAPTION,
        ),
        ("+4°", SegmentKind.WIDGET),
        ("|  |  |", SegmentKind.OTHER_NOISE),  # a table's empty cells
        # a share bar's buttons and a breadcrumb's label
        ("• Tweet", SegmentKind.WIDGET),
        ("• Linkedin", SegmentKind.WIDGET),
        ("You are here", SegmentKind.NAVIGATION),
        ("−12,5 °", SegmentKind.WIDGET),
        ("Сегодня:", SegmentKind.WIDGET),
        # a rubric glued to the page's date and time (batch AG)
        ("Политика10 февраля 2021 3:40", SegmentKind.DATELINE),
    ],
)
def test_noise(line: str, kind: SegmentKind) -> None:
    assert classify_noise(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "– Как вы оцениваете ситуацию?",
        # an answer that speaks of a photo is no caption
        "Да. Фото я видел, и это было в 2019 году, когда мы встретились в Астане.",
        "мы его видели. Фото есть.",  # no name before the photo
        "Telegram заявил о блокировке каналов в регионе на прошлой неделе.",
        "Фотография как искусство переживает второе рождение, считает эксперт.",
        "Мы внимательно следим за ситуацией.",
        "2025 год стал для Казахстана переломным.",
        "Zakon.kz – Министр энергетики рассказал о тарифах на следующий год.",
        "Прямой эфир: министр отвечает на вопросы читателей",
        "В 18 лет он поступил в университет.",
        "Глава 3 C",  # a city's temperature prints its degree sign
        "4° поворота",
        "Он так и сказал: фото: нет, видео: да, и разговор на этом закончился вполне мирно.",
        "Сегодня: министр отвечает на вопросы",
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
    # the city printed twice above its temperature (D18), and no title two lines away
    paras = split_paragraphs(
        "Тікелей эфир\nАлматы\nАлматы\n+4.2°C\nЖаңа жол ашылды Астанада\nМәтін."
    )
    found = context_noise(paras)
    assert sorted(i for i, k in found.items() if k == SegmentKind.WIDGET) == [1, 2]


def test_under_a_comment_form_the_short_lines_are_furniture() -> None:
    # batch AF: the form's labels and a "Check Also" headline were read as a question turn and
    # a referendum; a long paragraph after them is text again
    long = "Это снова текст статьи, длинный абзац после формы. " * 4
    paras = split_paragraphs(
        "Заголовок\n\nТекст статьи о ноте протеста.\n\nПікір қалдыру\n\n"
        "Сіздің почтаңыз көрінбейді. Толтыру міндетті *\n\nCheck Also\n\n"
        f"Алдын ала қорытынды: Референдумға 7,8 млн қазақстандық қатысты\n\n{long}"
    )
    found = context_noise(paras)
    footer = [paras[i].text for i, k in sorted(found.items()) if k == SegmentKind.FOOTER]
    assert footer == [
        "Сіздің почтаңыз көрінбейді. Толтыру міндетті *",
        "Check Also",
        "Алдын ала қорытынды: Референдумға 7,8 млн қазақстандық қатысты",
    ]
