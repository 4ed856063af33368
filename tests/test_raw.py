"""Reading raw files: encodings, limits, normalisation."""

from __future__ import annotations

from pathlib import Path

import pytest

from kzpolicy_data import read_raw
from kzpolicy_data.errors import RawFileError
from kzpolicy_data.source.raw import MAX_RAW_BYTES, decode_raw, normalise, sha256_digest


def test_bom_and_crlf_and_cr_are_normalised() -> None:
    raw = decode_raw("\ufeffПервая\r\nвторая\rтретья\n".encode(), "a.txt")
    assert raw.text == "Первая\nвторая\nтретья\n"
    assert raw.sha256 == sha256_digest("\ufeffПервая\r\nвторая\rтретья\n".encode())


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("& mdash; Вопрос", "— Вопрос"),
        ("&mdash; Вопрос", "— Вопрос"),
        ("Казахстан&nbsp;и Китай", "Казахстан и Китай"),
        ("&laquo;Слово&raquo;", "«Слово»"),
        ("&amp;amp;", "&"),
        ("A & B; C", "A & B; C"),
        ("& unknownentity;", "& unknownentity;"),
        ("сло\u200bво\u200d", "слово"),
        ("e\u0301", "\u00e9"),  # NFC
        ("&#8211; тире", "– тире"),
        # the scraper's space before closing punctuation; not before a word's own dot
        ("– Нурлан , в 2021 г . Как ?", "– Нурлан, в 2021 г. Как?"),
        ("Interviewer : What", "Interviewer: What"),
        ("«Слово» , и\t; конец", "«Слово», и; конец"),
        ("Евразия .Эксперт и сайт .kz", "Евразия .Эксперт и сайт .kz"),
        # a `?` inside a line may be a lost dash (`experience ? Czech Ambassador`)
        (
            "Вопрос о пути ?\nexperience ? Czech Ambassador",
            "Вопрос о пути?\nexperience ? Czech Ambassador",
        ),
        # quote marks lost as `?`, put back where an opening one pairs with a closing one
        ("the ?Road to Europe? programme", 'the "Road to Europe" programme'),
        ("Вы читали ?Войну и мир??", 'Вы читали "Войну и мир"?'),
        ("Как дела? Хорошо?", "Как дела? Хорошо?"),
        ("page?id=5 and ?Open\nline? two", "page?id=5 and ?Open\nline? two"),
        # an indentation every line shares; not one that only some lines have
        ("    Заголовок\n\n    – Вопрос?\n    – Ответ.", "Заголовок\n\n– Вопрос?\n– Ответ."),
        ("Вопрос?\n  - Ответ.", "Вопрос?\n  - Ответ."),
        # the ` date ` prefix line keeps its space; a line or two share no layout
        (
            " date 2024-01-01 Лид\n    – Вопрос?\n    – Ответ.\n    – Ещё?",
            " date 2024-01-01 Лид\n– Вопрос?\n– Ответ.\n– Ещё?",
        ),
        (" date 2024-01-01 одна строка", " date 2024-01-01 одна строка"),
        # a paragraph saved without its spaces gets them back where the text shows a boundary
        (
            "Лид.\n–ВинтервьюсполитологомАндреемИвановымобсудили«Новыйпуть»,вчастности.Итак",
            "Лид.\n– Винтервьюсполитологом Андреем Ивановымобсудили «Новыйпуть», вчастности. Итак",
        ),
        (
            "МаринаКовальчук.Чтобывысделалинаместеминистра?",
            "Марина Ковальчук. Чтобывысделалинаместеминистра?",
        ),
        # not a URL, an e-mail, a short word, a code, or a line that has spaces
        (
            "https://example.kz/news/Kazakhstan-RussiaTalks,Astana",
            "https://example.kz/news/Kazakhstan-RussiaTalks,Astana",
        ),
        ("press@KazMunayGas.kz,InfoDesk.Astana", "press@KazMunayGas.kz,InfoDesk.Astana"),
        ("КазМунайГазАстана", "КазМунайГазАстана"),
        ("ISBN978-5-04-123456-7-Vol.2", "ISBN978-5-04-123456-7-Vol.2"),
        ("Казахстан и КазМунайГаз.Астана", "Казахстан и КазМунайГаз.Астана"),
        # a typewriter's em dash opening a turn or between words; not a rule, a flag or `a--b`
        ("-- Недавно госсекретарь?\n-- Да.", "— Недавно госсекретарь?\n— Да."),
        ("ASTANA, June 5 (Xinhua) -- Kazakhstan", "ASTANA, June 5 (Xinhua) — Kazakhstan"),
        ("---\n--verbose a--b", "---\n--verbose a--b"),
        # a box-drawing line set as a dash; a drawn rule stays
        ("байқадық? \u2500 Менің\n\u2500 Иә.", "байқадық? — Менің\n— Иә."),
        ("\u2500\u2500\u2500\u2500 \u2502 a\u2500b", "\u2500\u2500\u2500\u2500 \u2502 a\u2500b"),
        # a word's look-alike letters of the other script, in the script of the rest of it
        ("профессор Уәлихан ӘБДIБЕКОВ, Тәуелсiздiк", "профессор Уәлихан ӘБДІБЕКОВ, Тәуелсіздік"),
        ("Аlmaty, Кazinform, CCТV", "Almaty, Kazinform, CCTV"),
        ("Aman T\u043e\u0301regeldin", "Aman Tóregeldin"),  # a Cyrillic `о` with its accent
        # a letter without a look-alike, or as many of each script: as printed
        (
            "Vласть, MelkonovМероприятие, ХVІІІ ғасыр, Аb",
            "Vласть, MelkonovМероприятие, ХVІІІ ғасыр, Аb",
        ),
    ],
)
def test_normalise(source: str, expected: str) -> None:
    assert normalise(source) == expected
    assert normalise(expected) == expected


@pytest.mark.parametrize(
    ("data", "needle", "line"),
    [
        (b"", "empty", None),
        (b" \n\t\n", "empty", None),
        (b"\xef\xbb\xbf", "empty", None),
        (b"line one\nline \x00two", "NUL byte", 2),
        ("строка\n".encode() + "вторая".encode("cp1251"), "not valid UTF-8", 2),
        (b"\xff\xfeh\x00i\x00", "NUL byte", 1),
        (b"&#8203;", "no visible text", None),
    ],
)
def test_unreadable_files_are_clear_errors(data: bytes, needle: str, line: int | None) -> None:
    with pytest.raises(RawFileError, match=needle) as info:
        decode_raw(data, "bad.txt")
    assert info.value.path == "bad.txt"
    assert info.value.line == line
    assert info.value.hint


def test_size_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * (MAX_RAW_BYTES + 1))
    with pytest.raises(RawFileError, match="byte limit"):
        read_raw(big)
    with pytest.raises(RawFileError, match="byte limit"):
        decode_raw(b"a" * (MAX_RAW_BYTES + 1), "big.txt")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(RawFileError, match="cannot read"):
        read_raw(tmp_path / "nope.txt")


def test_read_raw(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(b"\r\nHello&nbsp;world")
    raw = read_raw(path)
    assert raw.text == "\nHello world"
    assert raw.size == 18
    assert raw.name == str(path)
