"""Turn markers and segmentation, on paragraphs built directly."""

from __future__ import annotations

import pytest

from kzpolicy_data import parse_bytes
from kzpolicy_data.codes import TurnKind
from kzpolicy_data.interview.oneline import split_questions
from kzpolicy_data.interview.turns import detect_marker, interview_cue, segment
from kzpolicy_data.source.layout import split_paragraphs


@pytest.mark.parametrize(
    ("text", "style", "label", "kind"),
    [
        ("– Текст", "dash", None, None),
        ("— Текст", "dash", None, None),
        ("- Текст", "dash", None, None),
        ("− Текст", "dash", None, None),
        ("–Текст", "dash", None, None),
        ("Вопрос: Текст?", "qa", "Вопрос", TurnKind.QUESTION),
        ("Ответ: Текст.", "qa", "Ответ", TurnKind.ANSWER),
        ("Q: Text?", "qa", "Q", TurnKind.QUESTION),
        ("A: Text.", "qa", "A", TurnKind.ANSWER),
        ("Сұрақ: Мәтін?", "qa", "Сұрақ", TurnKind.QUESTION),
        ("И.П. – Текст.", "label", "И.П.", None),
        ("«ГАЗЕТА». Текст?", "label", "«ГАЗЕТА»", None),
        ('"Новая газета" - Как вы?', "label", '"Новая газета"', None),
        # a quote of four words before a dash is a headline's, not an outlet's label
        ('"Совсем другой народ стал" - Ерлан Ахметов о переменах', "none", None, None),
        ("Иван ПЕТРОВ. Текст.", "label", "Иван ПЕТРОВ", None),
        ("К.Иванов: Текст.", "label", "К.Иванов", None),
        ("– развитие портов;", "none", None, None),
        ("-5 градусов", "none", None, None),
        ("-Господин Посол, спасибо, что пришли.", "dash", None, None),
        ("-ЕАЭС и его правила", "none", None, None),
        ("- 2023 was a very successful year.", "dash", None, None),
        ("-I am confident that it will pass.", "dash", None, None),  # glued to the pronoun `I`
        ("-I’m sure Tokayev wants it.", "dash", None, None),  # and to `I’m`
        ("A:It grows every year.", "qa", "A", TurnKind.ANSWER),  # a label glued to its text
        ("- 4386", "none", None, None),
        ("“– Dear Arman Serikovich, thank you.”", "dash", None, None),
        ("Q. How do you see the relations?", "qa", "Q", TurnKind.QUESTION),
        ("A. We established relations in 1992.", "qa", "A", TurnKind.ANSWER),
        ("Desk reporter Li Ming:President, why?", "label", "Desk reporter Li Ming", None),
        ("Kazakh President Bekov:We agree.", "label", "Kazakh President Bekov", None),
        (
            "Владимир ПУТИН, ПРЕЗИДЕНТ РОССИИ: Очень хорошее.",
            "label",
            "Владимир ПУТИН, ПРЕЗИДЕНТ РОССИИ",
            None,
        ),
        ("В. Путин заявил о переговорах.", "none", None, None),
        ("Обычный абзац.", "none", None, None),
        ("О.Б. -Что должно сделать государство?", "label", "О.Б.", None),
        ("Т.А.- Купить суда.", "label", "Т.А.", None),
        ("Марина Ковальчук. Что вы думаете?", "label", "Марина Ковальчук", None),
        ("Г. Оразбаков. В 2009-м.", "label", "Г. Оразбаков", None),
        # an outlet's Latin name in lower case over Cyrillic text; not a Latin phrase over Latin
        ("Jas qazaq: Саят мырза, қалай?", "label", "Jas qazaq", None),
        ("New times: The growth went on.", "none", None, None),
        ("euronews: – Казахстан вступает в председательство?", "label", "Euronews", None),
        ("note: - see below", "none", None, None),
        # an outlet's rubric opening the lead is no speaker
        ("WNAM REPORT: Minister Anna Berg gave an interview.", "none", None, None),
        # a photo caption's credit is no label
        ("Досым Сатпаев. Фото: politic.kz", "none", None, None),
        ("Ерлан Карин. Photo: Akorda", "none", None, None),
        ("Петров А.: Начинаем!", "label", "Петров А.", None),
        # an address opening the question is no speaker's label
        ("Dear Mr. General, how do you assess the situation?", "none", None, None),
        ("Уважаемый Иван. Как вы оцениваете ситуацию?", "none", None, None),
        # a fact box's row names a thing, not a speaker; a role and the outlet's word do
        ("Столица: Будапешт (1,76 млн чел.)", "none", None, None),
        ("Выборы: по 4-летним циклам", "none", None, None),
        ("Государственное устройство: республика.", "none", None, None),
        ("Корреспондент: Как прошел визит?", "label", "Корреспондент", None),
        ("Редакция: Как прошел визит?", "label", "Редакция", None),
        ("Anna Berg (AB): The first question is yours.", "label", "AB", None),
        ("А.Нарышкин― 20.04, московское время.", "label", "А.Нарышкин", None),
        ("Автор: Асқар Бекұлы, әдебиет сыншысы", "none", None, None),
        ("Алина Ким, издание «Степь»: Когда?", "label", "Алина Ким, издание «Степь»", None),
        ("نۇرلان سەيىتوۆ: ءىشىنارا ءتيىمدى.", "label", "نۇرلان سەيىتوۆ", None),
        ("– А.Б. Как вы к этому пришли?", "label", "А.Б.", None),
        # initials glued to a surname are a name opening the turn, not a speaker's label
        ("– M.S.Gorbachevty SOKP plenumyna men de qatysqanmyn.", "dash", None, None),
        # an expert Q&A page's reader and expert, each label with its verb (batch AG)
        ("Rajesh Singh asked: In your view is it closer?", "label", "Rajesh Singh", None),
        ("• Meena Singh Roy replies: Kazakhstan follows ...", "label", "Meena Singh Roy", None),
        ("The minister replied: no.", "none", None, None),
        # the asking site's domain glued to a dash; news crediting its source spaces it
        ("NUR.kz– Казахстан накануне ратификации. Каковы ожидания?", "label", "NUR.kz", None),
        # an outlet's domain keeps its capitals; words glued by the scraper are no label
        ("EurasiaNet.org: Legally, he can stay. Any plans?", "label", "EurasiaNet.org", None),
        # a headline quoting its speaker is no turn; a label before a longer reply is
        ("Профессор Коллинс: “Шыңжаң – Тибет емес”", "none", None, None),
        ("Коллинс: «Да». И это всё, что можно сказать.", "label", "Коллинс", None),
        # a podcast transcript stamps each label with its time
        ("(01:10) Аяжан: Вы — депутат города Алматы?", "label", "Аяжан", None),
        ("PresidentTokayev: Legally, he can stay.", "none", None, None),
        ("Zakon.kz – Министр рассказал о тарифах.", "none", None, None),
        ("1. Как в Астане к этому отнеслись?", "num", None, None),
        ("1. What is the priority? (TASS)", "num", None, None),  # the asking agency's credit
        ("1. Первый пункт плана.", "none", None, None),
        ("В 2024 году. Рост продолжился.", "none", None, None),
        ("ШЫМКЕНТ. KAZINFORM – Аким области заявил о ремонте.", "none", None, None),
        ("ASTANA. KAZINFORM As the President said, Iran is a partner.", "none", None, None),
        ("TASHKENT. UzA-KAZINFORM President Bekov gave an interview.", "none", None, None),
    ],
)
def test_markers(text: str, style: str, label: str | None, kind: TurnKind | None) -> None:
    (para,) = split_paragraphs(text)
    m = detect_marker(para)
    assert (m.style, m.label, m.kind) == (style, label, kind)


def test_an_agencys_credit_after_the_question_mark_still_asks() -> None:
    (para,) = split_paragraphs("1. What is the Organisation's priority? (TASS)")
    assert detect_marker(para).ends_with_question
    (para,) = split_paragraphs("The Organisation's priority is clear (TASS)")
    assert not detect_marker(para).ends_with_question


def _kinds(text: str, cue: str = "") -> str:
    seg = segment(split_paragraphs(text), cue_text=cue)
    return "".join("Q" if t.kind == TurnKind.QUESTION else "A" for t in seg.turns)


def test_dash_interview_alternates() -> None:
    assert _kinds("Лид.\n– Как?\n– Так.\nЕще.\n– А почему?\n– Потому.") == "QAQA"


def test_news_quotes_are_not_turns() -> None:
    text = "Лид.\n– Мы готовы, – заявил министр.\nТекст.\n– Это важно, – отметил он."
    seg = segment(split_paragraphs(text))
    assert not seg.interview and seg.turns == []


def test_curated_genre_forces_a_decision() -> None:
    paras = split_paragraphs("Лид.\n– Мы готовы, – заявил министр.\n– Это важно, – отметил он.")
    assert segment(paras, force=True).turns
    assert not segment(split_paragraphs("Лид.\n– Как?\n– Так."), force=False).turns


def test_one_line_interview() -> None:
    assert _kinds("Лид статьи. – Как дела? – Хорошо, спасибо.") == "QA"


def test_interview_cue() -> None:
    assert interview_cue("рассказал в беседе с корреспондентом")
    assert interview_cue("берген сұхбатында")
    assert not interview_cue("провел совещание")


def test_label_on_its_own_line_joins_the_turn() -> None:
    text = (
        "Лид.\n«Газета»:\n- Кто выиграет?\nАскар Жумабеков:\n- Перевозчики.\n"
        "«Газета»:\n- А фермеры?\nАскар Жумабеков:\n- Пока нет."
    )
    seg = segment(split_paragraphs(text))
    assert [t.kind for t in seg.turns] == [TurnKind.QUESTION, TurnKind.ANSWER] * 2
    assert seg.turns[1].label == "Аскар Жумабеков"


def test_numbered_questions_and_dashed_answers() -> None:
    text = "1. Как дела в Астане?\n— Хорошо.\n2. А в регионах?\n— Хуже.\n3. Почему?\n— Денег нет."
    seg = segment(split_paragraphs(text))
    assert _kinds(text) == "QAQAQA"
    assert seg.scheme == "dash_answers"


@pytest.mark.parametrize(
    ("lead", "kinds"),
    [
        # the lead that tells of the interview hands over to the first answer
        ("Эксперты осторожны, отмечает политолог Андрей Карпов в интервью агентству.", "AQA"),
        # a paragraph that does not tell of the interview, or that ends asking, is the question
        ("Предлагаю сначала обсудить одну из самых горячих новостей.", "QAQA"),
        ("Что нас ждёт? Какие уроки извлечены из интервью?", "QAQA"),
    ],
)
def test_the_lead_above_the_first_dashed_answer(lead: str, kinds: str) -> None:
    text = (
        f"Транзит власти завязан на личностях.\n{lead}\n— Вопрос о транзите всегда личный.\n"
        "Каковы правила игры, кто следит за их выполнением?\n— Первый всплеск был в 2003 году."
    )
    assert _kinds(text) == kinds


def test_a_later_question_that_lost_its_dash_is_answered_by_the_dash_below() -> None:
    text = (
        "Лид.\n– Есіміңіз ерекше. Кім қойды?\n– Апам қойыпты. Біріншісі – Еркін.\n"
        "Отбасыңызға бақыт бұйырыпты. Кітап оқисыз ба?\n- Осы күнге дейін классиктерді оқыдым.\n"
        "– Ал қазір ше?\n– Қазақ әдебиетін оқимын."
    )
    assert _kinds(text) == "QAQAQA"
    # an answer ending on a question of its own, then the host's request: the dashes alternate
    rhetorical = (
        "Лид.\n– Кім қойды?\n– Апам қойыпты.\nБіріншісі – Еркін. Кім біледі?\n"
        "– Айтып беріңізші, балалық шағыңыз туралы.\n– Ауылда өтті.\n– Ал қазір ше?\n– Астанада."
    )
    assert _kinds(rhetorical) == "QAQAQA"


def test_the_hosts_labelled_turn_ends_asking_above_the_guests_label() -> None:
    text = (
        "Иван Петров: Депутаты обратились к президенту.\n"
        "Зачем это? Об этом мы побеседуем с гостем – политологом Арманом Беком.\n"
        "Арман, давно ли вы знаете об этой идее?\nАрман Бек: Во-первых, эта идея не нова."
    )
    assert _kinds(text) == "QA"
    # one guest's full-name label, then his surname: unmarked questions, labelled answers
    same = (
        "Interview\nHow have ties grown?\nKAIRAT BEKOV: Relations develop.\nTrade grew.\n"
        "In which areas is there potential?\nBEKOV: Tourism.\nVisas are easier."
    )
    assert _kinds(same) == "QAQA"


def test_a_reporters_role_on_a_line_of_its_own_labels_the_question() -> None:
    text = (
        "Part 5. The war in Ukraine.\n\nCorrespondent of the “Washington Post” newspaper:\n\n"
        "– Dear Mr. President, many see it as a threat. I would like to know your attitude.\n\n"
        "President Tokayev:\n\n– You see, when a small cou"
    )
    assert _kinds(text) == "QA"
    # a TV script: the reporter's voice-over and an expert's soundbite are a news report
    script = (
        "Байланыс беки түсті.\nАйя Мүтәлі, Тілші:\nҚос ел бір-бірінің серіктесіне айналды.\n"
        "Айдар Құрмашев, бөлім басшысы:\nБұл үлкен мәртебе және үлкен жауапкершілік."
    )
    assert _kinds(script) == ""


def test_a_question_that_addresses_the_guest_by_title_asks_before_its_last_sentence() -> None:
    text = (
        "Arman Bekov, an expert, in an interview with Realnoe Vremya commented on the news.\n"
        "Mr Bekov, how do you think — how serious is the illness? Despite the talk of a cold, it "
        "is alarming.\nRumors about an illness were before as well, in 2008.\n"
        "Mr Bekov, who will succeed him? The question is asked in every capital.\n"
        "I do not think that a dynastic rule is the worst variant."
    )
    assert _kinds(text) == "QAQA"


def test_a_number_glued_to_the_question_is_not_its_text() -> None:
    text = "1.Как дела в Астане?\n— Хорошо.\n2.А в регионах?\n— Хуже.\n3. Почему?\n— Денег нет."
    seg = segment(split_paragraphs(text))
    assert _kinds(text) == "QAQAQA"
    starts = [text[t.first.content_start :][:3] for t in seg.turns if t.kind == TurnKind.QUESTION]
    assert starts == ["Как", "А в", "Поч"]


def test_one_line_interview_keeps_the_copula_dash() -> None:
    text = (
        "- Павел, как дела? — Хорошо: экспортёры — это главные выгодоприобретатели. "
        "- А импортёры? — Им хуже. - Что дальше? — Посмотрим."
    )
    seg = segment(split_paragraphs(text))
    assert _kinds(text) == "QAQAQA"
    assert any("экспортёры — это" in text[s:e] for t in seg.turns for s, e in t.paragraphs)


def test_glued_dash_starts_a_turn() -> None:
    text = (
        "Об этом рассказала Анна Ли.Порт открылся.- Анна, как вы его оцениваете?\n"
        "- Хорошо.\n- А Китай?\n- Готов."
    )
    assert _kinds(text) == "QAQA"


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # every line break the scraper lost between turns, not only the first
        ("Лид о визите.- Анна, как прошёл визит?– Хорошо.– А итоги?\n– Договорились.", "QAQA"),
        # after a word in capitals, a closing quote or bracket; before a digit or a quote
        ("Беседовал Аркадий ДУБНОВ.– Вы провели там год?\n– Да.\n– А потом?\n– Вернулся.", "QAQA"),
        ("Лид о «Диалоге».- Как прошла встреча?– 2023 год был удачным.\n– А планы?", "QAQ"),
        # a label of initials keeps its dash
        (
            "Гость эфира Мадина Нургалиева (М.Н.). Здравствуйте, Мадина.\n"
            "М.Н.- Здравствуйте, Марат. Спасибо, я рада быть здесь.\n"
            "М.Ш.- Как дела у вас в институте?\nМ.Н.- Хорошо, работаем.",
            "AQA",
        ),
    ],
)
def test_every_glued_dash_starts_a_turn(text: str, kinds: str) -> None:
    assert _kinds(text) == kinds


def test_a_dateline_glued_to_its_dash_starts_no_turn() -> None:
    text = (
        "CIUDAD MCY.- Nursultan, Feb 4 (Prensa Latina) The minister said the pipeline is fine."
        "\n\nHe added that talks go on."
    )
    assert _kinds(text) == ""


def test_lead_with_another_dash_is_not_a_turn() -> None:
    text = (
        "- Это расшифровка подкаста с экономистом.\n– Добрый день. Куда делись деньги?\n"
        "– Ушли на долги.\n– А налоги?\n– Вырастут."
    )
    seg = segment(split_paragraphs(text))
    assert _kinds(text) == "QAQA" and seg.before[0].text.startswith("- Это")


@pytest.mark.parametrize(
    "first",
    [
        "- Расскажите, пожалуйста, об итогах года для консульства.",  # a prompt without `?`
        "- Господин Посол, спасибо, что нашли время. С чего начнём? Начнём с торговли.",
        "- Please tell us about the results of bilateral cooperation in the district.",
    ],
)
def test_first_question_in_another_dash_is_a_turn(first: str) -> None:
    # the scraper's mixed markers (RAW_FORMAT): `- ` on the first question, `– ` on the rest
    text = f"{first}\n– Итоги хорошие.\n– А планы?\n– Расширяться."
    assert _kinds(text) == "QAQA"


def test_two_hosts_ask() -> None:
    text = (
        "Ольга Ким: Первый вопрос: когда?\nАйжан Бекова: В этом году.\n"
        "Серик Нуртаев: А очереди?\nАйжан Бекова: Уберём.\n"
        "Ольга Ким: И лекарства?\nАйжан Бекова: Не подорожают."
    )
    assert _kinds(text) == "QAQAQA"


def test_reported_question_with_dashed_reply_is_news() -> None:
    text = (
        "Министр провёл брифинг.\nНа вопрос, будут ли повышать тарифы, он ответил:\n"
        "– Пока не планируем.\nТакже министр рассказал о ремонте сетей."
    )
    assert not segment(split_paragraphs(text)).interview


def test_label_definitions_name_the_labels() -> None:
    text = (
        "Беседа с Сауле Нуртаевой.\nИ.Г. - Добрый вечер, я Илья Громов (И.Г.), в студии "
        "Сауле Нуртаева (С.Н.). Как дела?\nС.Н. - Хорошо.\nИ.Г. - А торговля?\nС.Н. - Растёт."
    )
    seg = segment(split_paragraphs(text))
    assert _kinds(text) == "QAQA"
    assert seg.label_names == {"И.Г.": "Илья Громов", "С.Н.": "Сауле Нуртаева"}


def test_label_defined_at_first_use() -> None:
    text = (
        "Разговоры с экспертом.\nИлья Громов (И.Г.) – Добрый вечер. Как дела в торговле?\n"
        "Сауле Нуртаева (С.Н.) – Хорошо.\nИ.Г. – А логистика?\nС.Н. – Хуже."
    )
    seg = segment(split_paragraphs(text))
    assert _kinds(text) == "QAQA"
    assert [t.label for t in seg.turns] == ["И.Г.", "С.Н.", "И.Г.", "С.Н."]
    assert seg.turns[0].first.para.text.startswith("Илья Громов")


def test_label_defined_at_first_use_with_a_period() -> None:  # `Name (AG). Text`
    text = (
        "A talk on trade.\nAnna Grey (AG). The first question is about trade. How is it?\n"
        "Ruslan Bek (RB). It grows, and so do the ports."
    )
    seg = segment(split_paragraphs(text))
    assert [t.label for t in seg.turns] == ["AG", "RB"] and _kinds(text) == "QA"


def test_one_dashed_answer_needs_a_strong_cue() -> None:
    answer = "– Переговоры шли трудно, но мы договорились о сроках и о деньгах на ремонт дорог."
    strong = segment(split_paragraphs("Об этом мы поговорили с министром.\n" + answer))
    assert [t.kind for t in strong.turns] == [TurnKind.ANSWER] and strong.interview
    weak = segment(split_paragraphs("Министр дал интервью изданию «Степь».\n" + answer))
    assert not weak.interview


def test_question_labels_with_named_answers() -> None:
    text = (
        "Question: How do you assess the talks?\nSerikov: They went well.\n"
        "Question: What comes next?\nSerikov: A visit in spring."
    )
    seg = segment(split_paragraphs(text))
    assert _kinds(text) == "QAQA" and seg.scheme == "qa"
    assert seg.turns[1].label == "Serikov"


def test_one_dashed_question_and_its_plain_answer() -> None:
    text = (
        "The newspaper published an interview with the minister.\n"
        "– Dear Minister, what do you consider the main result of the year?\n"
        "The year brought growth, and the budget was balanced for the first time."
    )
    assert _kinds(text) == "QA"


@pytest.mark.parametrize(
    "last",
    [
        "«Степь»: На сессии обсуждают модернизацию. Как бы Вы объяснили это понятие? Какое знач",
        "Anna Berg (AB): The first question is about your vision of the region and the future sec",
    ],
)
def test_excerpt_cut_inside_the_first_labelled_question(last: str) -> None:
    text = "Интервью с послом Казахстана Ерланом Сапаровым.\nЛид о визите и сессии.\n" + last
    seg = segment(split_paragraphs(text))
    assert seg.interview and [t.kind for t in seg.turns] == [TurnKind.QUESTION]


def test_a_question_under_a_name_and_position_line_is_no_introduced_quote() -> None:
    text = (
        "Әсет Жұмабайұлы, Еуразия университетінің доценті:\n"
        "– Әсет аға, институт қай жылы құрылды?\n"
        "– 1965 жылы құрылды. Ол кезде зерттеу ісі енді басталған еді."
    )
    seg = segment(split_paragraphs(text))
    assert seg.interview and _kinds(text) == "QA"


def test_a_quote_introduced_by_narration_stays_news() -> None:
    text = (
        "Министр брифингте былай деді:\n– Биыл жол жөндеу аяқталады.\n"
        "Ол бюджет туралы да айтты:\n– Қаржы жеткілікті."
    )
    assert not segment(split_paragraphs(text)).interview


def test_a_name_quote_title_printed_twice_is_no_answer() -> None:
    title = "Ерлан Сапаров: Если я и строг, то прежде всего к себе (из интервью газете «Дала»)"
    text = (
        f"{title}\n{title}\nЛидер партии пока не раскрывает планов.\n"
        "– Многие ждали вашего ответа о выборах. С чем связана пауза?\n"
        "– Прежде всего с уважением к коллегам: решение принимает съезд."
    )
    assert _kinds(text) == "QA"


def test_a_question_heading_answered_in_reported_speech_is_news() -> None:
    text = (
        "Бұл туралы министрдің орынбасарымен сұхбаттастық.\n"
        "Әскердегі тәртіпті толық қамтамасыз ету мүмкін бе?\n"
        "Министрдің орынбасарының айтуынша, биыл тәртіп бұзушылық азайған."
    )
    assert not segment(split_paragraphs(text)).interview


def test_radio_initials_defined_in_the_text_beat_an_unmarked_reading() -> None:
    text = (
        "Беседы с Ильёй Громовым. Степь и соседи: по пути ?\n"
        "И.Г. - Здравствуйте. В эфире радио «Степь». У микрофона Илья Громов (И.Г.). Сегодня "
        "говорим с нашим гостем – востоковедом Сауле Нуртаевой (С.Н.).\n"
        "С.Н. - Добрый день, спасибо за приглашение, рада всех приветствовать.\n"
        "И.Г. - Начнём с истории вопроса, чтобы слушатели понимали, откуда всё пошло."
    )
    seg = segment(split_paragraphs(text))
    assert seg.scheme == "label" and _kinds(text) == "QAQ"


def test_one_answer_greeting_the_readers_under_an_interview_cue() -> None:
    text = (
        "Ерлан Сапаров – посол Казахстана в Чехии. В интервью «Пражской газете» господин посол "
        "рассказал о торговле.\n"
        "– Прежде всего хочу поздравить всех ваших читателей с Новым годом и пожелать здоровья.\n"
        "Этот год у нас начинается активно: в феврале ожидается визит делегации парламента."
    )
    seg = segment(split_paragraphs(text))
    assert seg.interview and [t.kind for t in seg.turns] == [TurnKind.ANSWER]


def test_greetings_exchanged_before_the_first_question_are_not_turns() -> None:
    """Issue 22: "Сергей Иванович, добрый день!" was counted as the first question."""
    text = (
        "Сергей Иванов: «Казахстан – наш партнер»\n\n– Сергей Иванович, добрый день!\n\n"
        "– Добрый день.\n\n– Как вы оцениваете отношения?\n\n"
        "– Отношения прекрасные, мы сотрудничаем.\n\n– А планы?\n\n– Планы большие.\n"
    )
    seg = segment(split_paragraphs(text))
    assert [t.kind for t in seg.turns] == [TurnKind.QUESTION, TurnKind.ANSWER] * 2
    assert "Как вы оцениваете" in text[seg.turns[0].start : seg.turns[0].end]


def test_one_line_interview_with_dashes_glued_to_the_turns() -> None:
    # `...в Пекин?–Итоги ...`: a long dash glued after a sentence's end starts a turn
    text = (
        "Посол рассказал нашему корреспонденту об итогах визита.\n"
        "– Как вы оцениваете итоги визита?–Итоги хорошие, подписано двенадцать соглашений. "
        "–Что изменится для бизнеса?–Станет проще возить грузы. –А что с водой?–Создадим комиссию."
    )
    assert _kinds(text) == "QAQAQA"


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a dashed line that speaks to the guest without a `?`, then its one reply
        (
            "Посол дал интервью нашему изданию.\n\n- Вы назначены послом в конце 2019 года. "
            "Расскажите о ваших впечатлениях. - За год я многое увидел. Тараз - древний город.",
            "QA",
        ),
        # a transliterated patronymic addresses the guest
        (
            "Lead of the story.\n\n- Saidikram Parkhatovich, please tell us about tourism "
            "between the two countries. - Our peoples are very close. Trade grows every year.",
            "QA",
        ),
        # a closing curly quote ends the sentence before the reply's dash
        (
            "Lead of the story.\n\n- What do you tell young diplomats? - I tell them: “Learn "
            "languages.” - Is that enough? - No, they must read history.",
            "QAQA",
        ),
        # a hyphen glued to the turn's first word (`-The`, `-Mr.`)
        (
            "Lead of the story.\n\n-Mr. Ambassador, what about visas? -Actually it is not so "
            "difficult an issue. -And what about trade? -It grows every year.",
            "QAQA",
        ),
    ],
)
def test_one_line_turn_boundaries_without_a_question_mark_or_a_spaced_dash(
    text: str, kinds: str
) -> None:
    assert _kinds(text) == kinds


def test_a_dashed_quote_on_one_line_is_not_cut_into_turns() -> None:
    # the words before the dash are a quote with its speaker, not a host's question to "вы"
    text = "Новость дня.\n\n– Мы рады видеть вас, – сказал посол. – Визит важен для нас."
    assert not segment(split_paragraphs(text)).interview


@pytest.mark.parametrize(
    "text",
    [
        "Генконсульство открылось в 2019 году.\n\n— Господин Ференц, расскажите, пожалуйста, "
        "об основных функциях консульства.\n\n— Первое время, когда Генер",
        "The company opened its office in 2020.\n\n- Please tell us about the results of "
        "bilateral collaboration over the past year.\n- At the moment in Kazakhst",
    ],
)
def test_a_prompt_without_a_question_mark_asks_in_an_excerpt_cut_after_it(text: str) -> None:
    # one exchange, the reply cut by the excerpt: the prompt is the host's question
    assert _kinds(text) == "QA"


@pytest.mark.parametrize(
    "lead",
    [
        "ASTANA – Poland is seeking to expand cooperation with Kazakhstan, according to its "
        "ambassador.",
        "АЛМАТЫ, 5 мая – Посол рассказал о сотрудничестве двух стран в интервью нашему изданию.",
    ],
)
def test_a_press_dateline_with_a_dash_is_no_speaker_label(lead: str) -> None:
    text = (
        f"{lead}\n\nHow would you describe the relations between the two countries?\n\n"
        "In general, they are vibrant. There have been two presidential visits.\n\n"
        "What are the priorities?\n\nTrade and transport come first, and then education."
    )
    seg = segment(split_paragraphs(text))
    assert seg.before and seg.before[0].text == lead
    assert _kinds(text) == "QAQA"


def test_an_unmarked_answer_ending_in_a_rhetorical_question_replies() -> None:
    text = (
        "Посол рассказывает в интервью нашему изданию, как работало посольство.\n"
        "Петр Юрьевич, вы следили за акцией в поддержку Украины в Алматы?\n"
        "Мы думали полететь в Алматы, но потом подумали – зачем? При чем здесь посольство?\n"
        "И не полетели?\n"
        "Мы не присутствуем, иначе это будет вмешательство во внутренние дела страны.\n"
    )
    assert _kinds(text) == "QAQA"


def test_a_dashed_excerpt_that_opens_inside_the_first_answer() -> None:
    # the question is the lead's (or cut off): the first dash answers, the next one asks
    text = (
        "Deputy head of the OSCE Centre told about this in an interview to Kazinform.\n\n"
        "- This is a creative open dialogue where scientists and officials took part. They "
        "elaborated several proposals.\n\n-  What recommendations did you offer?\n\n"
        "- We have discussed all the three dimensions of the organisation.\n\n"
        "-  What is this chairmanship expected to bring?\n\n- It has its power and influence."
    )
    assert _kinds(text) == "AQAQA"


def test_a_prompt_left_open_with_an_ellipsis_asks() -> None:
    # an excerpt cut in the first answer: the open prompt is the only question
    text = (
        "– Аскар Бекович, выборы уже в воскресенье. Известно, какое внимание им уделяют за "
        "рубежом – в плане их открытости, демократичности...\n"
        "– Судя по тому, как прошла кампания, вним"
    )
    assert _kinds(text) == "QA"


def test_an_interview_cue_ending_in_a_colon_introduces_the_transcript_not_a_quote() -> None:
    text = (
        "The President shared his views in an interview for the Herald. The full text of the "
        "interview:\n"
        "– Dear Arman Serikovich, thank you for the opportunity to speak with our newspaper.\n"
        "– The Herald has been in the market for thirty years. I read it with interest, and I"
    )
    assert _kinds(text) == "QA"


@pytest.mark.parametrize(
    "text",
    [
        # one exchange on one line under its lead
        "Посол рассказал нашему корреспонденту о визите.\n– Как прошел визит? – Хорошо, "
        "подписано двенадцать соглашений о торговле и транзите, и еще три ждут подписи.",
        # the whole page on one line, a prompt left open
        "Визит открыл новые возможности. Посол рассказал нашему корреспонденту о визите. "
        "– Аскар Бекович, итоги визита известны... – Итоги хорошие, подписано двенадцать "
        "соглашений о торговле и транзите.",
    ],
)
def test_one_line_excerpt_of_a_single_exchange(text: str) -> None:
    assert _kinds(text) == "QA"


def test_a_one_line_dialogue_that_opens_with_a_dash_splits_at_two_markers() -> None:
    """`– Михал мырза, қош келдіңіз! – Рахмет. ... – Ал ...?`: no reply follows a `?` yet."""
    text = (
        "Елшімен сұхбаттастық.\n– Михал мырза, қош келдіңіз! – Сұхбатқа келгеніме қуаныштымын. "
        "Елшінің мақсаты – өз елінің көзқарасын жеткізу. – Ал екі ел арасындағы сауда қалай "
        "дамып келе жатыр"
    )
    assert _kinds(text) == "QAQ"


def test_a_plain_question_addressed_by_title_before_a_lone_dashed_answer() -> None:
    """`Господин Посол, ...? Расскажите о ней.` ends without `?`: the address says it asks,
    and the one dashed paragraph below is the answer, also when it mentions `вы`."""
    text = (
        "Знакомьтесь: посол Индии в Казахстане.\n"
        "Господин Посол, Индия – удивительная страна. Чем она живет сегодня? Расскажите "
        "немного о своей родине.\n"
        "– Многие, как вы знаете, приходили в Индию издалека, и каждый оставил свой след в ее "
        "истории и культу"
    )
    assert _kinds(text) == "QA"


def test_one_line_news_quotes_stay_news() -> None:
    text = (
        "Министр выступил на брифинге. – Мы готовы к переговорам. – Это важно для региона, – "
        "сказал он. Журналисты спросили о сроках? – Сроки пока не определены, – добавил министр."
    )
    assert _kinds(text) == ""


def test_one_line_reply_opening_with_a_figure() -> None:
    text = (
        "Тілшіміз саясаттанушымен сұхбаттасты.\n– Аға, көші-қон мәселесі күрделі. Бұдан "
        "қиындық бар ма? – 1991 жылдан бері бір миллион қазақ көшіп келді, бұл үлкен күш."
    )
    assert _kinds(text) == "QA"


def test_labels_defined_by_an_alias_on_lines_of_their_own() -> None:  # Latin-script Kazakh
    text = (
        "Oblys ákimi Dáýren Serikuly jýrnalıske suhbat berdi.\n\n"
        "Tilshi Aıgúl Bekova (ári qaraı – tilshi):\n\nSiz qashan taǵaıyndaldyńyz?\n\n"
        "Oblys ákimi Dáýren Serikuly (ári qaraı Ákim):\n\n- Mamyr aıynda.\n\n"
        "Tilshi:\n\nJumys qalaı?\n\nÁkim:\n\nJaqsy."
    )
    seg = segment(split_paragraphs(text))
    assert _kinds(text) == "QAQA"
    assert [t.label for t in seg.turns] == ["Tilshi", "Ákim", "Tilshi", "Ákim"]
    answer = seg.turns[1]
    assert text[answer.first.content_start :].startswith("Mamyr")


@pytest.mark.parametrize("address", ["Господин Президент", "Уважаемый министр", "Елші мырза"])
def test_a_question_addressed_by_title_on_the_lead_line(address: str) -> None:
    """The lead runs on into the first question (`... молодежи. - Господин Президент, ...?`)."""
    text = (
        "Президент рассказал в программе о пути независимости. - "
        f"{address}, как вы оцениваете эти годы?\n"
        "- Об этом так много сказано, и мы продолжаем говорить."
    )
    seg = segment(split_paragraphs(text))
    assert [t.kind for t in seg.turns] == [TurnKind.QUESTION, TurnKind.ANSWER]
    assert seg.turns[0].first.para.text.startswith(f"- {address}")


def test_an_agency_dateline_with_its_date_is_no_speaker_label() -> None:
    """`ASTANA. October 13. KAZINFORM /Author/ ...` opens the lead, not a first question."""
    text = (
        "ASTANA. October 13. KAZINFORM /Anna Lee/ The ambassador spoke about the year in an "
        "interview.\n\nAccording to the diplomat, the year was a success.\n\n"
        "Mr. Ambassador, could you tell what the main success was?\n\n"
        "It is difficult to measure, but I think people know more about the country.\n\n"
        "Can it be measured in the economic aspect?\n\nI believe it is not possible yet.\n"
    )
    seg = segment(split_paragraphs(text))
    assert seg.interview and seg.turns[0].first.para.text.startswith("Mr. Ambassador")


def test_an_unmarked_interview_cut_inside_its_next_question() -> None:
    text = (
        "The ambassador spoke to our magazine.\n\n"
        "How supportive was the environment for you?\n\n"
        "Very supportive: we were among the first to open an embassy, and I remember it well.\n\n"
        "Do you think the ancient silk route was significant?\n\n"
        "Ancient trade routes crossed our region, and we see their revival every year now.\n\n"
        "What can we know about the inter-governmental commissi"
    )
    assert _kinds(text) == "QAQAQ"


@pytest.mark.parametrize(
    ("cut", "kinds"),
    [
        # an English inversion or a Russian `ли` opens the cut question
        ("Early this year the minister noted the anniversary. Is there any informa", "QAQ"),
        ("В этом году отмечают юбилей. Есть ли у посольства пла", "QAQ"),
        # the guest's own rhetorical inversion goes on answering
        ("And so, I know this region well. Was I ever a hippie and did I ever ", "QA"),
    ],
)
def test_an_unmarked_interview_cut_inside_a_question_without_a_wh_word(
    cut: str, kinds: str
) -> None:
    text = (
        "The ambassador spoke to our magazine.\n\n"
        "How supportive was the environment for you?\n\n"
        "Very supportive: we were among the first to open an embassy, and I remember it well.\n\n"
        "Our plans grew from there, and we began translating books every year.\n\n"
        f"{cut}"
    )
    assert _kinds(text) == kinds


def test_a_credit_line_above_the_hosts_question_to_the_person_it_names() -> None:
    # `NAME SURNAME, position:` crediting the guest, then the host's dashed question that
    # speaks to him by first name and title and goes on in a plain paragraph ending in `?`
    text = (
        "Итоги года\n\n"
        "Бурахан ДАҚАНОВ,«Тәуекел» ұйымының жетекшісі:\n\n"
        "– Бурахан мырза, «Күн артынан күн туар» деп Абай айтқандай, тағы бір жыл өтті.\n\n"
        "Президент газетке сұхбат берді. Осы сұхбатты оқыдыңыз ба?\n\n"
        "– Иә, мен Президенттің сұхбатын толық оқып шықтым. Бәрі маңызды."
    )
    seg = segment(split_paragraphs(text))
    assert seg.interview
    assert [(t.kind, t.first.para.text[:16]) for t in seg.turns] == [
        (TurnKind.QUESTION, "– Бурахан мырза,"),
        (TurnKind.ANSWER, "– Иә, мен Презид"),
    ]


def test_an_adverb_before_an_acronym_is_no_speaker_label() -> None:
    line = "Поэтому ОДКБ – это прежде всего инструмент безопасности."
    assert detect_marker(split_paragraphs(line)[0]).style == "none"
    label = "Ерлан ЖАНБЕКОВ – Это прежде всего инструмент безопасности."
    assert detect_marker(split_paragraphs(label)[0]).style == "label"


def test_a_dash_then_the_speakers_initials() -> None:
    text = (
        "Политолог Арман Ли ответил на вопросы редакции.\n"
        "– Э.К. Выборы прошли по консервативному сценарию?\n"
        "– А.Л. Результаты оказались противоречивы, и это видно по явке."
    )
    seg = segment(split_paragraphs(text))
    assert seg.interview
    assert [(t.kind, t.label, text[t.first.content_start : t.first.content_start + 6])
            for t in seg.turns] == [
        (TurnKind.QUESTION, "Э.К.", "Выборы"),
        (TurnKind.ANSWER, "А.Л.", "Резуль"),
    ]  # fmt: skip


def test_an_unmarked_first_question_that_opens_with_a_greeting_and_thanks() -> None:
    """A host's long first question (greeting, thanks, background) asks `you` in its last
    sentence; a long paragraph of a column ending in a rhetorical question does not."""
    greeting = (
        "Добрый день, Арман Серикович, разрешите поблагодарить Вас от имени нашего портала за "
        "согласие на интервью для наших читателей. Нам очень интересно узнать о полномочиях "
        "почетного консула, тем более что для области это новое явление, о котором мало кто "
        "знает. Вы стали первым почетным консулом республики в этом городе, и это событие "
        "заметили многие. Что это назначение значило лично для Вас, почему Вы согласились?"
    )
    answer = (
        "Добрый день. Рад поделиться информацией с читателями. Назначение прошло по положению "
        "о почетных консулах."
    )
    assert len(greeting) > 400
    assert _kinds(f"Интервью с почетным консулом\n\n{greeting}\n\n{answer}") == "QA"
    column = greeting.replace("Вы стали", "Он стал").replace(
        "Что это назначение значило лично для Вас, почему Вы согласились?",
        "Что это назначение значило для области и почему оно случилось именно сейчас?",
    )
    assert _kinds(f"Интервью с почетным консулом\n\n{column}\n\n{answer}") == ""


def test_the_headline_repeated_in_the_text_is_no_speakers_label() -> None:
    """`Реальное Время: Казахстан и ...` (a programme's name, a colon and the topic) is the title
    printed again above the transcript, not the host's first turn: the host who speaks first
    asks, and is no second guest."""
    text = (
        "Реальное время: Казахстан и Афганистан – пути сотрудничества\n"
        "29 июня 2020, 11:00\n\n"
        "О ситуации в Афганистане и перспективах отношений.\n"
        "Гости эфира:\n"
        "посол по особым поручениям\n\n"
        "Реальное Время: Казахстан и Афганистан – пути сотрудничества\n\n"
        "Чингиз Канапьянов (Ч.К.) - Здравствуйте. Вы слушаете радио. У нас в прямом эфире "
        "Талгат Калиев (Т.К.), специальный представитель по Афганистану. Здравствуйте, Талгат "
        "Габдуллович!\n\n"
        "Т.К. - Доброе утро!\n\n"
        "Ч.К. - Разрешите Вас поздравить с новой должностью. Расскажите о задачах Вашей работы."
        "\n\nТ.К. - Спасибо, Чингис. На этой должности я третий месяц.\n"
    )
    rec = parse_bytes(text.encode(), "x.txt")
    assert [t.kind.value for t in rec.turns] == ["question", "answer", "question", "answer"]
    assert [(s.interview_role.value, s.name) for s in rec.speakers] == [
        ("interviewer", "Чингиз Канапьянов"),
        ("interviewee", "Талгат Калиев"),
    ]


def test_a_one_line_interview_without_markers_is_cut_around_its_questions() -> None:
    """An old agency page: the lead, then the whole interview in one paragraph with no marker
    (`?` for lost apostrophes); a news paragraph with one rhetorical question stays whole."""
    text = (
        "Cooperation is important ? Czech Ambassador\n\n"
        "ASTANA. May 5. KAZINFORM. The ambassador of the Czech Republic Jan Novak shared his "
        "view on bilateral cooperation and Kazakhstan?s development in the interview with "
        "Kazinform correspondent. How do you estimate the results of the minister?s visit to "
        "Prague? Undoubtedly, the visit yields favorable results. The ministries signed an "
        "agreement on regular consultations. In what areas can Kazakhstan cooperate with the "
        "EU? There is a wide field for cooperation in energy, transport and agriculture, and "
        "our companies are ready to invest in them. What are your plans for next year? We plan "
        "to open a trade house in Almaty."
    )
    assert _kinds(text) == "QAQAQA"
    news = (
        "Talks were held\n\nASTANA. May 5. The ministers met in Astana and discussed trade. "
        "What will come of it? Experts say the talks went well. The ministers agreed to meet "
        "again next year in Prague, and signed a memorandum on transport and energy links."
    )
    assert _kinds(news) == ""
    # a programme's teaser asks its questions and says where they are answered (batch AG)
    teaser = (
        "Adviser interviewed on TV\n\nWhat will the elections bring? Will new parties come? "
        "These and other questions the adviser answered in the programme Main Topic. In his "
        "words, more people want to form parties. What is the reason? Watch on Saturday."
    )
    assert _kinds(teaser) == ""
    (lead,) = split_paragraphs(teaser.split("\n\n")[1])
    assert len(split_questions([lead], unmarked=True)) == 1
    (plain,) = split_paragraphs(teaser.split("\n\n")[1].replace("These and other", "The"))
    assert len(split_questions([plain], unmarked=True)) == 4


def test_a_dashed_question_wrapped_onto_a_second_line_is_one_turn() -> None:
    """Paragraphs set apart by blank lines: the unmarked line right below a dashed one that has
    not yet asked is the same paragraph, not a question above the next dash."""
    text = (
        "Посол: нам хорошо\n\nЛид о после.\n\nЕще лид о нем.\n\n"
        "- Десять лет назад был кризис.\nСегодня иначе. Как вы это оцениваете?\n\n"
        "- Мы изучаем ситуацию."
    )
    assert _kinds(text) == "QA"


@pytest.mark.parametrize(
    ("text", "first_question"),
    [
        # a lead that ends in `?`, an intro, then a dashed question with a plain answer: the
        # lead's question is the article's, not the host's
        (
            "Ожидается, что президент примет участие в Консультативной встрече глав государств, "
            "которая запланирована на 16 ноября. Чего ждать от переговоров на высшем уровне?\n\n"
            "Мнением с нашей редакцией поделился заместитель директора института, политолог "
            "Ержан Сабитов.\n\n— Как в соседней стране оценивают значение предстоящего "
            "государственного визита?\n\nС 2022 года страны перешли на уровень союзнических "
            "отношений. Сотрудничество между нашими странами уже носит особый характер.\n\n"
            "Опубликованные анонсы подчеркивают, что центральный вопрос визита заключается в "
            "углублении партнерства",
            "Как в соседней стране",
        ),
        # one line: a caption glued before the dash, no sentence end; the host addresses the
        # guest named in full before
        (
            "О перспективах космических проектов рассказал главный редактор журнала Нурлан "
            "Сабитов. Фото: Евразия ЭкспертЕвразия Эксперт – Нурлан, в этом году мы отмечаем "
            "юбилей полета. Чего добилась космонавтика за прошедшие годы? – Не уверен, что можно "
            "говорить о единой космонавтике, поскольку пока космонавтика региона национальная.",
            "Нурлан, в этом году",
        ),
    ],
)
def test_where_the_first_question_starts(text: str, first_question: str) -> None:
    seg = segment(split_paragraphs(text))
    assert [t.kind for t in seg.turns] == [TurnKind.QUESTION, TurnKind.ANSWER]
    assert text[seg.turns[0].first.content_start :].startswith(first_question)


def test_a_speakers_label_line_repeated_before_the_first_question_mark_is_kept() -> None:
    # `Journal:` on its own line before each question: the second is a label, not a repeated
    # header line (the header zone lasts to the first `?`, here in the third turn)
    text = (
        "The Financial Hub\n\nOla Nordmann\n\nOla Nordmann is the governor of the centre.\n\n"
        "Journal:\n\nGood afternoon. Let us start with the centre's history.\n\nNordmann:\n\n"
        "Thank you. It opened in 2018.\n\nJournal:\n\nWhat comes next?\n\nNordmann:\n\n"
        "More investors.\n"
    )
    record = parse_bytes(text.encode(), "a.txt", events=False)
    assert len(record.turns) == 4


def test_a_cut_question_to_the_dear_guest_by_name_and_patronymic() -> None:
    # `Құрметті` (dear) before the name and patronymic: still the host addressing the guest
    text = (
        "Дүниежүзі қазақтары қауымдастығы\n\nУақыт деген қандай ұшқыр! Жиырма жыл өте шығыпты.\n\n"
        "– Құрметті Талғат Асылұлы, әуелі той құтты болсын дейік. Қазаққа"
    )
    record = parse_bytes(text.encode(), "a.txt", events=False)
    assert record.metadata.genre.value == "interview"


def test_a_lead_opening_with_an_adverb_and_a_comma_does_not_ask() -> None:
    # `Recently, X, the ambassador, ... The full text is as follows:` is the lead, not the
    # host's request opening the first question
    text = (
        "Education Portal\n\n"
        "Ambassador Li Ming gave an interview to the Kazakh media on the summit\n\n"
        "Recently, Li Ming, the Chinese ambassador to Kazakhstan, spoke on the summit to the "
        "mainstream media of Kazakhstan. The full text is as follows:\n\n\n"
        "From May 18th to 19th, the summit was held in Xi'an. What do you think are its outcomes?\n"
        "A: Under the chairmanship of the President, the summit was held in the old capital.\n\n"
        "At the summit, the President delivered a keynote speech.\n"
    )
    rec = parse_bytes(text.encode(), "x.txt", events=False)
    assert [(t.kind.value, rec.text[t.span.start : t.span.start + 9]) for t in rec.turns] == [
        ("question", "From May "),
        ("answer", "A: Under "),
    ]


def test_the_last_paragraph_labelled_by_an_outlet_is_a_cut_question() -> None:
    text = (
        "Посол дал интервью «Жэньминьван». Ниже приводится полный текст интервью.\n\n"
        "«Жэньминьван»: В этом году исполняется 32 года отношениям. Отношения развиваются."
    )
    assert _kinds(text, cue=text.split("\n")[0]) == "Q"


def test_later_questions_of_a_mixed_layout_lose_their_dash() -> None:
    text = (
        "Лид об интервью с политологом.\n\n"
        "– Почему предлагается однопалатный парламент?\n\n"
        "Реформа – логичное продолжение преобразований последних лет.\n\n"
        "Как влияет международный контекст на реформу?\n\n"
        "Мир переживает период больших перемен, и это важно учитывать."
    )
    assert _kinds(text, cue="интервью с политологом") == "QAQA"


def test_arabic_script_labels_on_lines_of_their_own_join_their_turns() -> None:
    # an internet conference in the töte: a reader's pseudonym, then the guest's name, each a
    # label on its own line above the text
    text = (
        "قامشى پورتالى وقىرماندارىنىڭ سۇراقتارىنا جاۋاپ بەردى.\n\n"
        "تىلەكشى:\nءسىز بۇل تۋرالى نە ويلايسىز؟\n\n"
        "بەرەكەت كارىبايەۆ:\nمەن بۇعان قارسىمىن. ول جەرلەردىڭ اتى بار.\n\n"
        "تىلەكشى:\nال كينو قاشان تۇسىرىلەدى؟\n\n"
        "بەرەكەت كارىبايەۆ:\nكەلەسى جىلى تۇسىرىلەدى.\n"
    )
    assert _kinds(text) == "QAQA"


def test_one_question_run_in_one_line_after_the_outlets_announcement() -> None:
    # a PDF's text run together: the lead announcing the interview, one question, its answer
    lead = (
        "Kazakhstan has sponsored many initiatives on security in Asia. In an interview with "
        "the Executive Director of the Secretariat, Ambassador Anna Berg, we found out about "
        "the priorities of the Conference. "
    )
    qa = (
        "The forum has existed for almost 20 years: what is it today? Indeed, the "
        "institutionalization of the Conference has gone far in these years."
    )
    text = "Unofficial translation\n" + lead + qa
    rec = parse_bytes(text.encode(), "x.txt", events=False)
    assert [(t.kind.value, rec.text[t.span.start : t.span.start + 10]) for t in rec.turns] == [
        ("question", "The forum "),
        ("answer", "Indeed, th"),
    ]
    guests = [s.name for s in rec.speakers if s.interview_role.value == "interviewee"]
    assert guests == ["Anna Berg"]
    # without the announcement, one question in a line is a news paragraph's rhetorical one
    news = "Unofficial translation\nKazakhstan has sponsored many initiatives. " + qa
    assert parse_bytes(news.encode(), "y.txt", events=False).turns == []


def test_an_outlets_slashed_initials_label_its_questions_and_a_surname_its_guest() -> None:
    # batch AE: `RFE/RL:` asks; the guest's label loses its first name after the first answer,
    # and his first answer asks questions of its own
    text = (
        "Talking about elections.\n\n"
        "RFE/RL: Some experts say the outcome reflects the people's will.\n\n"
        "Peter Jansen: I think the larger issue is whether the elements were present. Were there "
        "opportunities for all parties? Were there limits on state resources?\n\n"
        "RFE/RL: Is there any role left to play for the opposition?\n\n"
        "Jansen: I think there certainly is.\n\n"
        "RFE/RL: Would the results affect the bid?\n\n"
        "Jansen: I think it is fair to say so.\n"
    )
    assert _kinds(text) == "QAQAQA"


def test_a_short_paragraph_ending_in_a_request_asks() -> None:
    # batch AF: `... celebrates its 25th anniversary. Tell us about ...` ends with a period
    text = (
        "The CEO spoke about the company in an interview with The Astana Times.\n\n"
        "This year the company celebrates its 25th anniversary. Tell us about its achievements "
        "over this period.\n\n"
        "Uranium reserves are a long-term asset of the country, the management of which was "
        "entrusted to the company. All these years, it has introduced new technologies.\n\n"
        "What are the plans for the next years?\n\n"
        "We are working to establish new production facilities over time.\n"
    )
    assert _kinds(text, cue=text.split("\n")[0]) == "QAQA"


def _parse(text: str, name: str = "batch-ai.txt") -> tuple[str, list[str], list[str | None]]:
    """The genre, the turns' kinds and the interviewees of a made-up page."""
    rec = parse_bytes(text.encode(), name, events=False)
    guests = [s.name for s in rec.speakers if s.interview_role.value == "interviewee"]
    return rec.metadata.genre.value, [t.kind.value for t in rec.turns], guests


def test_a_quoted_phrase_the_answer_takes_up_is_no_outlets_label() -> None:
    """`«Сотрудники силовых органов» — кто они?` takes up words the answer has just quoted;
    `«Азаттык»:`, which the lead names in quotes, still labels the questions (batch AI)."""
    text = (
        "Правозащитник о заявлении президента\n\n"
        "Об этом «Азаттык» поговорил с правозащитником Бахытжан Торегожиной.\n\n"
        "«Азаттык»: Президент заявил, что участники событий могут быть амнистированы. Кого "
        "она может коснуться?\n\n"
        "Бахытжан Торегожина: В послании есть строки: «И участники протестов, и сотрудники "
        "силовых органов — это наши сограждане».\n\n"
        "«Сотрудники силовых органов» — кто они? Это те, кто стрелял в людей.\n"
    )
    genre, kinds, guests = _parse(text)
    assert (genre, kinds, guests) == ("interview", ["question", "answer"], ["Бахытжан Торегожина"])


def test_a_speech_quoted_with_its_rhetorical_questions_is_no_one_line_interview() -> None:
    # batch AI: a president's words quoted in a Kazakh news item, asking inside the quote
    text = (
        "Нұрсұлтан Назарбаев жаңа министрлік құруды ұсынды\n\n"
        "Бүгін Нұрсұлтан Назарбаев Сыртқы істер және сауда министрлігін құруды ұсынды.\n\n"
        "«Сыртқы сауда мен инвестиция бірге болуы керек. Бізде сондай адамдар бар ма? Егер "
        "болмаса, шетелдіктерді қою керек. Мүмкін, Сыртқы істер министрлігі Сыртқы істер және "
        "сауда министрлігі болуы керек шығар? Ал Индустрия министрлігі индустриямен ғана "
        "айналысуы тиіс. Әрқайсысы өз ісімен айналысқаны жөн», – деді Мемлекет басшысы.\n"
    )
    assert _parse(text)[:2] == ("news", [])


def test_a_referendums_question_quoted_after_a_colon_is_no_hosts_question() -> None:
    # batch AI: `следует из указа: "Принимаете ли вы ...?"`, then the news goes on
    text = (
        "Токаев назначил референдум\n\n"
        "Президент Казахстана подписал указ о проведении референдума 5 июня.\n\n"
        'Перед жителями будет поставлен один вопрос, следует из указа: "Принимаете ли вы '
        'изменения и дополнения в Конституцию Республики Казахстан?"\n\n'
        "5 мая Сенат вернул в Мажилис проект поправок в закон о республиканском референдуме.\n"
    )
    assert _parse(text)[:2] == ("news", [])


def test_a_name_and_position_line_under_a_question_to_that_person_labels_the_answer() -> None:
    # batch AI: a round table's guest credited on a line of his own, below the host's dashed
    # question that addresses him by first name
    text = (
        "Су – тіршілік нәрі\n\n"
        "Газетіміздің кезекті дөңгелек үстел тақырыбы су мәселесі төңірегінде болды.\n\n"
        "– Мемлекет басшысы Жолдауында су тапшылығына тоқталды. Осы ретте, Ерлан мырза, "
        "өзіңізден сұрағым келіп отыр. Министрлік алдында қандай міндеттер тұр?\n\n"
        "Ерлан Бадашев, Су саласы бойынша халықаралық сарапшы:\n\n"
        "– Алдымен бассейндер туралы айтып кетсем деймін. Қазақстан аумағында 8 су бассейні "
        "бар.\n"
    )
    assert _parse(text) == ("interview", ["question", "answer"], ["Ерлан Бадашев"])


def test_a_hosts_we_opening_the_conversation_asks_and_a_cut_reply_answers() -> None:
    """`Мы хотели начать наш разговор с ...?` is the host's; the excerpt stops in the reply,
    which speaks to the asker (`Вы правильно заметили`) (batch AI)."""
    text = (
        "Ерлан Искаков: «Когда я говорю «казах – татар – бертуган», меня понимают»\n\n"
        "О сотрудничестве рассказал Генеральный консул Казахстана в Казани Ерлан Искаков в "
        "интервью главному редактору издания.\n\n"
        "Мы хотели начать наш разговор с темы 30-летия дипломатических отношений. Для нас "
        "интересно, какое место в этих отношениях занимает Татарстан. По каким соображениям "
        "консульство открылось именно в Татарстане?\n\n"
        "Вы правильно заметили, Татарстан находится в фокусе приоритет"
    )
    genre, kinds, _ = _parse(text)
    assert (genre, kinds) == ("interview", ["question", "answer"])


def test_a_broadcast_transcripts_full_name_labels_and_surname_labels_are_one_speaker() -> None:
    # batch AI: `RACHEL MARTIN, HOST:` on a line of its own, then `MARTIN:`
    text = (
        "NPR's Rachel Martin talks to Yerzhan Ashikbayev, Kazakhstan's ambassador to the US.\n\n"
        "RACHEL MARTIN, HOST:\n\n"
        "The state of emergency is still in place in Kazakhstan. I asked the ambassador how "
        "he would characterize what is happening in his country now.\n\n"
        "YERZHAN ASHIKBAYEV: Well, without a doubt, those are the darkest days.\n\n"
        "MARTIN: What evidence do you have that these are terrorists?\n\n"
        "ASHIKBAYEV: Let me be clear from the beginning. Peaceful protesters are not attacking.\n"
    )
    genre, kinds, guests = _parse(text)
    assert genre == "interview"
    assert kinds == ["question", "answer", "question", "answer"]
    assert guests == ["Yerzhan Ashikbayev"]


def test_a_long_question_that_speaks_to_you_throughout_asks() -> None:
    # batch AI: past 400 characters, its last sentence without `you`
    question = (
        "One of the key purposes of your visit relates to the energy sector. As you said "
        "earlier in your social media post, Hungarian companies already achieved significant "
        "success in the production of oil and natural gas in Kazakhstan. In the same post, "
        "you mentioned discussing new strategic projects with Minister Satkaliyev. Could you "
        "please elaborate on this topic? What are the initiatives? And what is in store for "
        "oil production in particular within the framework of our cooperation?"
    )
    assert len(question) > 400
    text = (
        "Peter Szijjarto on Hungary-Kazakhstan economic ties\n\n"
        "The Hungarian Minister of Foreign Affairs gave an exclusive interview to Kazinform.\n\n"
        f"{question}\n\n"
        "The biggest Hungarian company is an oil and gas company called MOL. It has been "
        "investing steadily in the Kazakh energy sector for years.\n"
    )
    genre, kinds, _ = _parse(text)
    assert (genre, kinds) == ("interview", ["question", "answer"])


def test_a_radio_transcript_that_lost_its_breaks_is_cut_at_each_speakers_label() -> None:
    # batch AJ: `А.ВЕНЕДИКТОВ: ... Добрый вечер. К.МАСИМОВ: Добрый вечер. А.ВЕНЕДИКТОВ: ...`
    text = (
        "Карим Масимов в студии радиостанции\n\n"
        "А.ВЕНЕДИКТОВ: У нас в гостях премьер-министр Казахстана Карим Масимов. Добрый вечер. "
        "К.МАСИМОВ: Добрый вечер. А.ВЕНЕДИКТОВ: Вы только что приехали после встречи. Ну и кто "
        "кого? К.МАСИМОВ: Это два вида спорта, которые позволяют достичь одной цели.\n"
    )
    genre, kinds, guests = _parse(text)
    assert genre == "interview"
    assert kinds == ["question", "answer", "question", "answer"]
    assert guests == ["Карим Масимов"]


def test_a_hosts_prompt_left_open_asks_the_dashed_reply_below_it() -> None:
    # batch AJ: a plain paragraph ending in `…`, then the guest's one dashed answer
    text = (
        "Казахстан не будет инструментом для обхода санкций — Тимур Сулейменов\n\n"
        "В эксклюзивном интервью Тимур Сулейменов рассказал о ситуации в Украине.\n\n"
        "Я обычно спрашиваю приезжих официальных лиц о цели их визита, хотя на этот раз "
        "напряженная международная обстановка говорит сама за себя…\n\n"
        "— Главной целью, конечно же, было обсуждение ситуации с текущим геополитическим "
        "кризисом и санкций, примененных к российской экономике.\n"
    )
    genre, kinds, _ = _parse(text)
    assert (genre, kinds) == ("interview", ["question", "answer"])


def test_a_lead_that_hands_its_questions_over_is_followed_by_the_answer() -> None:
    """`Что за ...? На этот и другие вопросы корреспондента отвечает директор ... X.` then one
    dashed paragraph: the guest's answer, and the guest is X (batch AJ)."""
    text = (
        "Назарбаев: по Карабаху границу переходить не будет\n\n"
        "Президент Казахстана Нурсултан Назарбаев совершает визит в Азербайджан. С коллегой "
        "Ильхамом Алиевым ему предстоит обсудить широкий круг вопросов. Что за всплеск "
        "интереса к Южному Кавказу? На этот и другие вопросы корреспондента EADaily отвечает "
        "директор Группы оценки рисков (Алма-Ата) Досым Сатпаев.\n\n"
        "— Из трех закавказских республик у Казахстана наиболее тесные отношения с "
        "Азербайджаном. В первую очередь в сфере политического взаимодействия.\n"
    )
    genre, kinds, guests = _parse(text)
    assert (genre, kinds, guests) == ("interview", ["answer"], ["Досым Сатпаев"])


def test_a_dashed_question_that_addresses_the_guest_by_title_is_the_hosts() -> None:
    """(batch AL) `- Ваше превосходительство, ...` then a plain `Расскажите ...?` and a
    dashed reply: the dashes are both sides', and the lead above them is no question."""
    text = (
        "БРЮССЕЛЬ. КАЗИНФОРМ - Спецпредставитель Аскар Орманов занимается политикой в регионе. "
        "Наш корреспондент провел беседу с господином А.Ормановым.\n"
        "- Ваше превосходительство, пользователи соцсетей отметили Ваше поздравление с "
        "праздником.\n"
        "Расскажите, пожалуйста, какие проекты планируется реализовать?\n"
        "- Еще раз примите мои наилучшие пожелания с праздником.\n"
        "К сожалению, я пока не могу говорить свободно на вашем языке."
    )
    assert _kinds(text) == "QA"
