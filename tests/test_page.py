"""The page: its copied blocks, rubrics and chrome, its date, and truncation."""

from __future__ import annotations

import pytest

from kzpolicy_data.source.page import truncated


def test_truncated() -> None:
    assert truncated("Аппарат умеет ждать, а министры приход")
    assert truncated("Это зависит от него,")
    assert not truncated("Это зависит не от него.")
    assert not truncated("«Так и будет»")
    assert not truncated("Как быть?  ")


def test_a_signature_closing_the_text_dates_it() -> None:
    from kzpolicy_data import parse_bytes

    text = (
        "Мәжіліс жаңа заң қабылдады\n\nДепутаттар заң жобасын екінші оқылымда мақұлдады. "
        "Құжат енді Сенатқа жіберіледі. Астана, 14 қараша 2019 жыл.\n"
    )
    rec = parse_bytes(text.encode(), "sig.txt", ner=False, events=False)
    assert str(rec.metadata.date_published) == "2019-11-14"
    assert rec.metadata.date_source.value == "footer"


@pytest.mark.parametrize(
    "text",
    [
        # The site's `today` above the rubric and the headline; the stamp under the headline.
        "18.02.2026\nВ мире\n\nПервый визит\n\n30.11.2022 00:00\n\nПрезидент завершил визит. "
        "Стороны подписали соглашения и договорились о новых встречах.\n",
        # A weekday-led `today` bar above the headline, the article's own line below it.
        "Сенбі, 23 Қараша 2024\nПікір 12 30 Қараша, 2022 сағат 14:49\n\nЕкі елдің сапары\n\n"
        "Президент сапарын аяқтады. Тараптар келісімдерге қол қойды.\n",
        # the same in the Arabic script (`Сенбі, 12 Қазан 2024` above `30 Қараша, 2022`)
        "سەنبى, 12 قازان 2024\n2393 5 پىكىر 30 قاراشا, 2022 ساعات 14:10\n\nەكى ەلدىڭ "
        "ساپارى\n\nپرەزيدەنت ساپارىن اياقتادى. تاراپتار كەلىسىمدەرگە قول قويدى.\n",
        # Wednesday's bar without the hamza that marks its front vowels (`ءسارسەنبى`)
        "سارسەنبى, 12 قازان 2024\n2393 5 پىكىر 30 قاراشا, 2022 ساعات 14:10\n\nەكى ەلدىڭ "
        "ساپارى\n\nپرەزيدەنت ساپارىن اياقتادى. تاراپتار كەلىسىمدەرگە قول قويدى.\n",
        # the same with no headline found (a quote opens the page): the bar is no headline
        "سەنبى, 23 قاراشا 2024\nكورشىنىڭ كولەڭكەسى 7682 36 پىكىر 30 قاراشا, 2022 ساعات 13:35\n\n"
        '"ەكى ەلدىڭ ساپارى ماڭىزدى"\n\nپرەزيدەنت ساپارىن اياقتادى. تاراپتار كەلىسىمدەرگە قول '
        "قويدى. ساپار ءساتتى ءوتتى.\n",
        # and in the Latin alphabet (batch AO: `Senbi, 23 Qarasha 2024` over `24 Mamyr, 2021`)
        "Senbi, 23 Qarasha 2024\n4305 25 pikir 30 Qarasha, 2022 saghat 12:36\n\nEki eldin "
        "sapary\n\nPreziydent saparyn ayaqtady. Taraptar kelisimderge qol qoydy.\n",
        # A date glued to the headline that only the site's chrome follows.
        "Визит изменит баланс сил – эксперт 30.11.2022 steppe.example info@steppe.example\n\n"
        "Президент завершил визит. Стороны подписали соглашения.\n",
        # or its time only
        "Kazakhstan to open embassies in two states 30 ноября 2022, 13:04\n\nKazakhstan is "
        "planning to open its embassies in Africa, the minister said.\n",
    ],
)
def test_the_stamp_of_the_headline_dates_the_page(text: str) -> None:
    from kzpolicy_data import parse_bytes

    rec = parse_bytes(text.encode(), "stamp.txt", ner=False, events=False)
    assert str(rec.metadata.date_published) == "2022-11-30"


@pytest.mark.parametrize(
    "text",
    [
        # a photo credit under the lead, with the page's view counter after its stamp
        "Визит в Баку историчен\n\nТридцать лет сотрудничества двух стран.\n"
        "Фото: azh.kz 30.11.2022 1151\n\nПрезидент прибыл в Баку. Стороны подписали "
        "соглашения и договорились о новых встречах.\n",
        # a photo caption whose stamp the credit follows
        "Казахстан и Таджикистан – партнеры\n\nруководитель отдела КИСИ, фото - Новости "
        "Zakon.kz от 30.11.2022 17:09 Фото предоставлено спикером\nТокаев находится с визитом "
        "в Таджикистане. Стороны подписали договор.\n\n– Какое значение имеет визит?\n",
        # a caption closed by the agency's stamp, inside the lead
        "МИД выразил протест послу\n\nвстреча заместителя министра с послом.\nвстреча "
        "заместителя министра с послом. - Sputnik Казахстан, 1920, 30.11.2022\nПодписаться\n\n"
        "НУР-СУЛТАН, 30 ноя — Sputnik. В министерстве прошла встреча. Послу выражен протест.\n",
    ],
)
def test_a_stamp_closing_a_line_of_the_lead_dates_the_page(text: str) -> None:
    from kzpolicy_data import parse_bytes

    rec = parse_bytes(text.encode(), "stamp.txt", ner=False, events=False)
    assert str(rec.metadata.date_published) == "2022-11-30"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date inside a sentence of the lead is the act's, not the page's
        (
            "Соглашение вступило в силу\n\nДокумент подписан 30.11.2022. Он вступил в силу "
            "после ратификации.\n\nСтороны обменялись нотами. Работа продолжится.\n",
            None,
        ),
        # `Пятница , 4 июля 2025` above the headline is the day the page was saved: with no
        # date of the article's own, the date is unknown, not that day
        (
            "Пятница , 4 июля 2025\n\nОппозиция ищет выход\n\n"
            "Политик рассказал о своих планах. Он вернётся к работе осенью.\n",
            None,
        ),
        # with its clock, a weekday line above the byline and headline is the article's stamp
        (
            "Thursday, August 24 2017 14:43\nAnna Berg\n\nTrade Grows Between the Two States\n\n"
            "The ambassador spoke about the results of the year. Trade grew by a third.\n",
            "2017-08-24",
        ),
        # `7 C` / `Астана` / `16 апреля, 2024` above the headline: the weather widget's today
        (
            "7 C\nАстана\n16 апреля, 2024\nImage default\n\nОппозиция ищет выход\n\n"
            "Политик рассказал о своих планах. Он вернётся к работе осенью.\n",
            None,
        ),
        # batch AU: the date under a widget of the site's latest items is the day it was saved
        (
            "Свежее на сайте\n05/12/2025\n\nПрезидент прибыл с визитом в Турцию\n\n"
            "28 июля Президент Казахстана прибыл с официальным визитом в Турцию.\n",
            None,
        ),
        # a `Today:` bar above the headline is the site's today, as a weekday bar is
        (
            "Today: 07-01-2025\n\nОппозиция ищет выход\n\n"
            "Политик рассказал о своих планах. Он вернётся к работе осенью.\n",
            None,
        ),
        # a document archive's upload stamp above the file's size: the paper's own date below
        (
            "Нотаны тек қазақша жолдаймыз\n\nДата08.01.2017\nөлшемі145,12 Kb.\n#6502\n\n"
            "17 қыркүйек 2008 жыл\n\nМинистр сыртқы саясат туралы айтты. Ол елшілерге тоқталды.\n",
            "2008-09-17",
        ),
        (
            "Нотаны тек қазақша жолдаймыз\n\nДата27.12.2016\nөлшемі65,88 Kb.\n#5489\n\n"
            "Министр сыртқы саясат туралы айтты. Ол елшілерге тоқталды.\n",
            None,
        ),
        # a reprinted statement's heading wrapped before its date: the election's day, not the
        # page's; a byline's short `By X, Astana,` line above the date still dates the page
        (
            "БДИПЧ: выборы без конкуренции\n\n21 ноября, наблюдатели оценили выборы.\n\n"
            "Республика Казахстан – Внеочередные выборы Президента Республики Казахстан,\n"
            "20 ноября 2022 г.\nЗАЯВЛЕНИЕ О ПРЕДВАРИТЕЛЬНЫХ ВЫВОДАХ\n",
            None,
        ),
        # the stamps of a list of related items under the text are other items' dates
        (
            "Байқаушылар жұмысын аяқтады\nБайқаушылар Қазақстандағы жұмысын аяқтады. Миссия "
            "басшысы қорытынды кездесу өткізді.\nАйя Мүтәлі\nСондай-ақ оқыңыз\n"
            "Елдегі энергия саласының әлеуеті артады\n10.03.2026, 20:56\n"
            "Шетелге саяхаттау қауіпсіз бе?\n10.03.2026, 20:16\n",
            None,
        ),
        (
            "Байқаушылар жұмысын аяқтады\nБайқаушылар Қазақстандағы жұмысын аяқтады. Миссия "
            "басшысы қорытынды кездесу өткізді.\nАйя Мүтәлі\n10.03.2023, 20:56\n",
            "2023-03-10",
        ),
        (
            "Trade Grows Between the Two States\n\nBy Anna Berg, Astana,\n20 November 2022\n\n"
            "The ambassador spoke about the results of the year. Trade grew by a third.\n",
            "2022-11-20",
        ),
    ],
)
def test_the_pages_own_date(text: str, expected: str | None) -> None:
    from kzpolicy_data import parse_bytes

    rec = parse_bytes(text.encode(), "date.txt", ner=False, events=False)
    got = rec.metadata.date_published
    assert (str(got) if got else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a press release's dateline opening the lead
        (
            "Minister Supports Strong Ties\n\nThe minister spoke to the radio.\n\n"
            "Washington, D.C., August 26, 2005 - The foreign minister told the radio in an "
            "interview that his country supports the coalition.\n",
            "2005-08-26",
        ),
        # the agency in brackets before the dash
        (
            "Opposition Registered\n\nThe party was registered.\n\nALMATY, 18 May 2004 (IRIN) "
            "- Earlier this month the justice ministry registered the new party.\n",
            "2004-05-18",
        ),
        # the agency in brackets, or the outlet, and a colon after the date
        # over a site's weekday bar under the headline (the day the page was saved)
        (
            "Opposition Registered\nTuesday 27 December 2005\nLatest News\n\nThe party was "
            "registered.\n\nALMATY, 18 May 2004 (IRIN) - Earlier this month the justice "
            "ministry registered the new party.\n",
            "2004-05-18",
        ),
        (
            "Ties Discussed\n\nThe ministers met.\n\nIslamabad, 30 September 2023 (TDI): "
            "The ministers of the two countries discussed trade.\n",
            "2023-09-30",
        ),
        (
            "Ties Discussed\n\nThe ministers met.\n\nBishkek, January 29, 2024, The Europe "
            "Today: In an interview the minister discussed trade.\n",
            "2024-01-29",
        ),
        # the lead's own "today" with its date (batch AF)
        (
            "Токаев и Маттарелла провели переговоры\n\nСегодня, 29 сентября 2025 года, "
            "президенты Казахстана и Италии провели переговоры.\n\nДетали сообщили позже.\n",
            "2025-09-29",
        ),
        # the year's word between the date and the dash (batch AN)
        (
            "Состоялся телефонный разговор глав МИД\nАстана, 10 ноября 2023 года – Состоялся "
            "телефонный разговор министров.\nВ ходе беседы стороны отметили развитие отношений.\n",
            "2023-11-10",
        ),
        # a photo's caption run into the dateline: no place, the agency and `--` tell it
        # (batch AE)
        (
            "Minister Answers Questions\n\nThe Foreign Minister (file photo) (RFE/RL) June 7, "
            "2007 (RFE/RL) -- The foreign minister answered questions online today.\n\n"
            "He spent three hours on it.\n",
            "2007-06-07",
        ),
    ],
)
def test_a_press_dateline_opening_the_lead_dates_the_page(text: str, expected: str) -> None:
    from kzpolicy_data import parse_bytes

    rec = parse_bytes(text.encode(), "line.txt", ner=False, events=False)
    assert str(rec.metadata.date_published) == expected


def test_a_header_bar_taken_for_the_headline_still_dates_the_page() -> None:
    """`23 қазан 2008, 12:05 762 0 Сұхбат` read as the title: its date and time are a header's."""
    from kzpolicy_data.source.layout import Paragraph
    from kzpolicy_data.source.page import Page, find_publication_date
    from kzpolicy_data.source.raw import Prefix

    head = Paragraph(0, 34, 1, "23 қазан 2008, 12:05 762 0 Сұхбат")
    body = Paragraph(36, 80, 3, "Биыл байқау тұрақты өткізіліп келеді. Оған ")
    page = Page(content=[body], title=head)
    date, _ = find_publication_date(Prefix("", None, None, None), page, [head, body], "bar.txt")
    assert str(date) == "2008-10-23"


def test_a_copied_block_is_noise_and_a_short_reply_said_twice_is_not() -> None:
    """The scraper's copy of a block (D13) is typed noise, and its repeat of the first line does
    not make that line a title printed twice; `– Да.` answering two questions stays a turn."""
    from kzpolicy_data import parse_bytes

    lead = "Политолог Айдар Сейтжанов ответил на вопросы о транзите через Каспий."
    q1 = "– Как изменился транзит через Казахстан за последний год?"
    a1 = "– Он вырос втрое, но узкие места остались прежними."
    text = "\n\n".join(
        [lead, q1, a1, lead, q1, a1, "– Будут ли новые терминалы?", "– Да.", "– Скоро?", "– Да."]
    )
    rec = parse_bytes(text.encode(), "copied.txt", ner=False, events=False)
    turns = [rec.text[t.span.start : t.span.end].split("\n")[0] for t in rec.turns]
    assert turns == [q1, a1, "– Будут ли новые терминалы?", "– Да.", "– Скоро?", "– Да."]
    assert [s.kind.value for s in rec.segments].count("other_noise") == 3
    assert rec.metadata.headline is None


def test_a_rubric_of_one_word_is_no_headline_and_chrome_names_nobody() -> None:
    """`Политика` above the lead is the rubric, and `Header Banner` / `Саясат` above a lead
    naming a scholar is no credit line of a guest (a name and its position on the next line)."""
    from kzpolicy_data import parse_bytes

    text = (
        "Header Banner\nСаясат\nБелгілі ғалым, қытайтанушы Нәбижан Мұхамедханұлы – санаулы "
        "ғалымдардың бірі.\n– Нәбижан Мұхамедханұлы, Қытай не ойлайды?\n– Қытай асықпайды."
    )
    rec = parse_bytes(text.encode(), "chrome.txt", ner=False, events=False)
    assert rec.metadata.headline is None
    assert all("Header" not in (s.name or "") for s in rec.speakers)


def test_a_sites_clock_of_its_time_zones_is_no_publication_date() -> None:
    """`Суббота 20.04.2024 02:37 ast` / `00:37 msk` under the site's name read as the title:
    the page's clock, not the item's date line below it (batch AE)."""
    from kzpolicy_data.source.layout import Paragraph
    from kzpolicy_data.source.page import Page, find_publication_date
    from kzpolicy_data.source.raw import Prefix

    site = Paragraph(0, 26, 1, "NOMAD - новости Казахстана")
    clock = Paragraph(28, 56, 3, "Суббота 20.04.2024 02:37 ast")
    head = Paragraph(58, 97, 5, "Комментарий комиссии к заявлению миссии")
    item = Paragraph(98, 130, 6, "20.05.2015 / политика и общество")
    body = Paragraph(132, 190, 8, "Комиссия признательна миссии за ее работу и отмечает.")
    page = Page(content=[head, body], title=site, datelines=[clock, item])
    paras = [site, clock, head, item, body]
    date, _ = find_publication_date(Prefix("", None, None, None), page, paras, "clock.txt")
    assert str(date) == "2015-05-20"


def test_a_sites_clock_of_a_citys_local_time_is_no_publication_date() -> None:
    """`4 марта 2024, Бишкекское время 15:39` above the headline: the site's clock (batch AI)."""
    text = (
        "4 марта 2024, Бишкекское время 15:39\n\n"
        "Садыр Жапаров находится с госвизитом в Казахстане\n\n"
        "Президент Кыргызстана Садыр Жапаров прибыл с государственным визитом в Казахстан.\n"
    )
    from kzpolicy_data import parse_bytes

    rec = parse_bytes(text.encode(), "clock.txt", ner=False, events=False)
    assert rec.metadata.date_published is None
