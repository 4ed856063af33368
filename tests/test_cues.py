"""The cue around a name in a lead or title (made-up names, real layouts)."""

from __future__ import annotations

import pytest

from kzpolicy_data.interview.cues import cue


def _cue(text: str, name: str) -> str | None:
    at = text.index(name)
    return cue(text, at, at + len(name), name)


@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        ("Мы поговорили с экономистом Ерланом Ахметовым.", "Ерланом Ахметовым", "guest"),
        ("Вопросы задавал журналист Ирина Белова.", "Ирина Белова", "host"),
        ("Президент Касым-Жомарт Токаев поручил правительству.", "Касым-Жомарт Токаев", "leader"),
        # a president of some body whom the outlet talked with is its guest; a leader met is not
        (
            "Біз қауымдастықтың президенті Рахман Алшановпен білім саласы жөнінде әңгімелескен "
            "едік.",
            "Рахман Алшановпен",
            "guest",
        ),
        ("Министр Президент Қасым-Жомарт Тоқаевпен кездесті.", "Қасым-Жомарт Тоқаевпен", "leader"),
        # the interview told first, then the leader who gave it
        (
            "В ходе интервью газете «Ана тілі» президент Казахстана Касым-Жомарт Токаев оценил "
            "работу экономистов.",
            "Касым-Жомарт Токаев",
            "guest",
        ),
        # A leader who gives the interview is its guest.
        ("Глава государства Касым-Жомарт Токаев дал интервью газете.", "Касым-Жомарт Токаев",
         "guest"),
        ("Interview of the President of Kazakhstan K.K. Tokayev to Steppe.", "K.K. Tokayev",
         "guest"),
        ("На вопросы ответил посол Чили Хорхе Сальвадор.", "Хорхе Сальвадор", "guest"),
        # a head of state who gave the outlet's reporter an interview is its guest
        (
            "АСТАНА. KAZINFORM – Мажарстан Президенті Тамаш Шуйок Kazinform тілшісіне берген "
            "эксклюзивті сұхбатында пайымын айтты.",
            "Тамаш Шуйок",
            "guest",
        ),
        # `in an interview with X` after what someone did: X asked (an outlet or its reporter),
        # and who did it answered
        (
            "Expert Michael Brandt has provided explanations of the study in an interview with "
            "Deutsche Welle.",
            "Deutsche Welle",
            "host",
        ),
        (
            "Expert Michael Brandt has provided explanations of the study in an interview with "
            "Deutsche Welle.",
            "Michael Brandt",
            "guest",
        ),
        # whose questions were answered asked them
        ("Он ответил на вопросы Ирины Беловой о войне.", "Ирины Беловой", "host"),
        ("Он ответил на вопросы главного редактора портала Ирины Беловой.", "Ирины Беловой",
         "host"),
        ("He answered the questions of Irina Belova about the war.", "Irina Belova", "host"),
        ("Бұл туралы кеңесші Дәулет Сейілов мәлімдеді.", "Дәулет Сейілов", "guest"),
        # A programme's name in guillemets introduces no one; `қонағы` names the guest.
        ("«СҰХБАТ. Айдар Темірмен» бағдарламасының кезекті қонағы – ардагер Болат Сейітов.",
         "Айдар Темірмен", None),
        ("«СҰХБАТ. Айдар Темірмен» бағдарламасының кезекті қонағы – ардагер Болат Сейітов.",
         "Болат Сейітов", "guest"),
        # `с` opening a date range introduces no one; positions listed after `с` may have commas
        ("С 30 августа по 3 сентября Ерлан Ахметов посетит Пекин.", "Ерлан Ахметов", None),
        ("Читайте в интервью с политологом, экспертом по Китаю Ерланом Ахметовым.",
         "Ерланом Ахметовым", "guest"),
        # `host` of another phrase, a sentence before, does not make a host
        ("He wrote about his former host country. Aki Matsuo visits it.", "Aki Matsuo", None),
        # talks with someone, and `с тех пор, как`, are no conversation with the guest
        ("Прошли переговоры Президента Казахстана с Президентом Венгрии Тамашем Шуйоком.",
         "Тамашем Шуйоком", None),
        ("Прошло полгода с тех пор, как Франсуа Олланд сменил предшественника.",
         "Франсуа Олланд", None),
        # the interview the sentence is about makes even a leader its guest
        ("Among New Year's interviews is that of President of Kazakhstan Kassym-Jomart Tokayev.",
         "Kassym-Jomart Tokayev", "guest"),
        # the one the outlet asked answers; a leader who spoke in an interview, or a title
        # quote's speaker ending its line, is the guest too
        ("Оценить значение визита мы попросили Ивана Сабитова, журналиста.", "Ивана Сабитова",
         "guest"),
        # the lead's "who - on what" (batch AH); not a name in an oblique case
        ("Лидер коммунистов в мажилисе Айкын БЕКОВ (на снимке) - о плюсах меньшинства.",
         "Айкын БЕКОВ", "guest"),
        # who explained something in the interview gave it (batch AG)
        ("Почему встреча прошла в Туркестане, эксперт Таир Ахметов объяснил в интервью "
         "редакции.", "Таир Ахметов", "guest"),
        ("President of Iran, Ali Rezaei, stated this in an exclusive interview with Khabar.",
         "Ali Rezaei", "guest"),
        ("Kazakhstan is a key crossroads of Eurasia — Iranian President Ali Rezaei\nIran is ready",
         "Ali Rezaei", "guest"),
        # the headline's dash typed as a spaced hyphen (blind batch AA's shape)
        ("We develop our cooperation with Kazakhstan - Armenian President Aram Sarkisov\nHow",
         "Aram Sarkisov", "guest"),
        # and so is the speaker opening a headline before a colon and a quote, a leader too
        ("Kassym-Jomart Tokayev: “The Goal is to Strengthen the Economy”\n\nInterview",
         "Kassym-Jomart Tokayev", "guest"),
        ("Intro.\nТоқаев Қасым-Жомарт: «Мақсат – экономиканы нығайту»", "Тоқаев Қасым-Жомарт",
         "guest"),
    ],
)  # fmt: skip
def test_cues(text: str, name: str, want: str | None) -> None:
    assert _cue(text, name) == want


def test_a_relative_clauses_with_which_introduces_no_guest() -> None:
    # `с которыми предстоит столкнуться X`: the challenges X will face, not a talk with X
    text = "Политолог о вызовах, с которыми предстоит столкнуться Ерлану Ахметову."
    assert _cue(text, "Ерлану Ахметову") != "guest"
    assert _cue("Мы поговорили с Ерланом Ахметовым.", "Ерланом Ахметовым") == "guest"


def test_the_answer_of_an_official_to_a_question_is_the_officials() -> None:
    # a briefing's Q/A headed by whose answer it is: a leader too is its guest
    text = "Меню\nОтвет официального представителя МИД России М.А.Петровой на вопрос СМИ о визите"
    assert _cue(text, "М.А.Петровой") == "guest"
    assert (
        _cue("Мы ждали. В ответ на это Анна Петрова на вопрос не ответила", "Анна Петрова")
        != "guest"
    )
