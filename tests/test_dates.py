"""Publication dates in header/footer lines, and the month tables."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given

from kzpolicy_data.errors import ParseError
from kzpolicy_data.source.dates import MONTH_STEMS, find_date, is_date_line, month_number

from .strategies import printed_dates


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2 декабря 2022 г.", dt.date(2022, 12, 2)),
        ("21 Ақпан, 2025", dt.date(2025, 2, 21)),
        ("December 27, 2002", dt.date(2002, 12, 27)),
        ("Dec 15,2019", dt.date(2019, 12, 15)),  # no space after the comma (batch AQ)
        ("2019.10.15. В ходе визита", dt.date(2019, 10, 15)),  # year first (batch AT, vom.mn)
        ("17 Eylül 2021 13:00", dt.date(2021, 9, 17)),  # a Turkish outlet's stamp (batch AT)
        ("3 октября 2025 / 11:07", dt.date(2025, 10, 3)),
        ("Опубликовано: 12.05.2024", dt.date(2024, 5, 12)),
        ("2024 жылғы 5 наурыз", dt.date(2024, 3, 5)),
        ("Astana, 7 Nov 2025", dt.date(2025, 11, 7)),
        ("Обновлено 2026-03-02 10:00", dt.date(2026, 3, 2)),
        ("15 мая 2023 года", dt.date(2023, 5, 15)),
        ("1 маусымда 2021", dt.date(2021, 6, 1)),
        ("Sept. 9, 2021", dt.date(2021, 9, 9)),
        ("07:28 Фев. 22, 2022", dt.date(2022, 2, 22)),
        ("14 ақп. 2024 сағат 10:15", dt.date(2024, 2, 14)),
        ("18-03-2022", dt.date(2022, 3, 18)),
        # Kazakh in the Latin script, abbreviated; `қаз.`/`qaz.` only with the period
        ("Jarbol Kentuly 05 qaz. 2024 07:35", dt.date(2024, 10, 5)),
        # Kazakh in the Arabic script: a site header's abbreviation, and a full name
        ("Dalanews 02 ءساۋ. 2019 07:17 679", dt.date(2019, 4, 2)),
        ("17 جەلتوقسان 2021", dt.date(2021, 12, 17)),
        ("3 jel. 2023", dt.date(2023, 12, 3)),
        ("12 қаз. 2021", dt.date(2021, 10, 12)),
        ("26 мау, 2019", dt.date(2019, 6, 26)),  # маусым; мамыр is `мам`
        # the 2021 Latin alphabet's ý, ń and dotless ı
        ("Saıasat • 01 Naýryz, 2024", dt.date(2024, 3, 1)),
        ("12 qańtar 2023", dt.date(2023, 1, 12)),
        ("2015/10/29", dt.date(2015, 10, 29)),
        # day first with slashes, a Russian site's stamp (batch AK's dev text)
        ("10:25 09/03/2017", dt.date(2017, 3, 9)),
        # an English ordinal day before its month (a magazine's `3rd May 2002`)
        ("3rd May 2002", dt.date(2002, 5, 3)),
        ("1st of June 2019", dt.date(2019, 6, 1)),
        # Uzbek in the Latin script, a Uzbek paper's Kazakh page (batch AH)
        ("Билік 2 Noyabr 2023 3970", dt.date(2023, 11, 2)),
        ("15 sentyabr 2022", dt.date(2022, 9, 15)),
        # a rubric glued to the day (batch AG)
        ("Политика10 февраля 2021 3:40", dt.date(2021, 2, 10)),
    ],
)
def test_find_date(line: str, expected: dt.date) -> None:
    found = find_date(line)
    assert found is not None and found.date == expected
    assert is_date_line(line)


@pytest.mark.parametrize(
    "line",
    [
        *("Референдум пройдет 15 марта", "В 2025 году", "маяк 2020", "Страница 12", "31.2024"),
        *("5 қаз 2020", "12-3-2020"),  # `қаз` without its period is `Қазақстан`
        "5 Қазақстан 2020",
        "site.kz/2015/10/29/news",  # a URL's path gives no publication date
        "site.kz/news/09/03/2017",
        "12/25/2020",  # month first (American): a day past 12 is no month, so no date
        "ст.110 февраля 2021",  # a number glued to a word is no day
    ],
)
def test_no_full_date(line: str) -> None:
    assert find_date(line) is None


def test_an_answer_cut_after_its_date_is_not_a_date_line() -> None:
    # `A: On 10th of January 2021 w...`: the excerpt's cut answer, not a dateline
    assert not is_date_line("A: On 10th of January 2021 w")
    assert not is_date_line("Ответ: 12 марта 2024")
    assert is_date_line("Дата: 12.03.2024")


def test_sentence_with_a_date_is_not_a_date_line() -> None:
    line = "Президент подписал закон 2 декабря 2022 года после долгого обсуждения в парламенте"
    assert find_date(line) is not None
    assert not is_date_line(line)


def test_impossible_date_names_file_and_line() -> None:
    with pytest.raises(ParseError, match="30 февраля 2025") as info:
        find_date("30 февраля 2025", path="a.txt", line=4)
    assert (info.value.path, info.value.line) == ("a.txt", 4)


@pytest.mark.parametrize(
    ("word", "month"),
    [
        ("декабря", 12), ("декабре", 12), ("Май", 5), ("мае", 5), ("марта", 3), ("мамыр", 5),
        ("желтоқсанда", 12), ("қыркүйектің", 9), ("Dec.", 12), ("march", 3), ("маусым", 6),
        ("июнь", 6), ("июля", 7), ("стол", None), ("мартышка", None), ("qaz.", 10),
        ("қаз", None), ("Қазақстан", None),
    ],
)  # fmt: skip
def test_month_number(word: str, month: int | None) -> None:
    assert month_number(word) == month


def test_every_month_has_stems_in_three_languages() -> None:
    for month in range(1, 13):
        assert sum(1 for m in MONTH_STEMS.values() if m == month) >= 3


@given(printed_dates())
def test_printed_dates_read_back(printed: tuple[str, dt.date]) -> None:
    text, day = printed
    found = find_date(f"Опубликовано {text} 10:15")
    assert found is not None and found.date == day, text
