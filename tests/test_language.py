"""The page's language by script and letters, unsupported languages and lost letters."""

from __future__ import annotations

import pytest

from kzpolicy_data.source.language import detect_language, language_problem


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Министр заявил, что реформа продолжится в следующем году.", "ru"),
        ("Министр бүгін жаңа бағдарламаның қабылданғанын мәлімдеді.", "kk"),
        ("Bilim ministrligi jaña oqulyqtar men mūğalımder turaly aitty.", "kk"),
        ("Audan әkimderine jana ókilettik berildi, búl ózgeris auylgha jaqsy.", "kk"),
        ("جاڭا سالىق كودەكسى جوباسى تالقىعا شىقتى", "kk"),
        ("The minister said the reform would continue next year.", "en"),
        (
            "Петров А.: Начинаем встречу с министром, вопросов было очень много.\n"
            "Сейтжанов А.: Қайырлы күн!\n"
            "Есенов Н.: Добрый день, цена на газ для населения в этом году не изменится.",
            "ru",
        ),
    ],
)
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_unsupported_languages_are_flagged() -> None:
    bg = "Министърът на земеделието заяви, че страната очаква рекордна реколта от пшеница."
    problem = language_problem(bg)
    assert (
        problem is not None and problem[0] == "language_unsupported" and "Bulgarian" in problem[1]
    )
    uk = "Kaзaxcтaн і Укpaїнa обговорили poзшиpeння торгівлі. Cтopoни обговорили збiльшeння."
    problem = language_problem(uk)
    assert problem is not None and "Ukrainian" in problem[1] and "mix Latin" in problem[1]


def test_stripped_letters_are_flagged() -> None:
    text = " Zakon.kz :   14    Astana International Forum.      60 ,  - .\n\n«   25 », —   ."
    problem = language_problem(text)
    assert problem is not None and problem[0] == "letters_stripped"


@pytest.mark.parametrize(
    "text",
    [
        "Министр объявил, что съезд партии пройдёт в подъезде объединённого здания.",
        "Министр бүгін жаңа бағдарламаның қабылданғанын мәлімдеді.",
        "The minister said the reform would continue next year, 2025, at 10:00.",
    ],
)
def test_supported_texts_have_no_problem(text: str) -> None:
    assert language_problem(text) is None
