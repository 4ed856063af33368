"""Paragraph splitting: separators, wrapped lines, glued header lines."""

from __future__ import annotations

import pytest

from kzpolicy_data.source.layout import split_paragraphs


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
