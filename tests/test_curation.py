"""Curation files: validation, and curated values winning over parsed ones."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from kzpolicy_data import parse_file
from kzpolicy_data.errors import CurationError
from kzpolicy_data.source.curation import Curation, load_curation, parse_curation

ARTICLE = """ date 2026-02-30 Эксперт рассказал о реформах.

Об этом в беседе с корреспондентом Zakon.kz рассказал политолог.

И.П. – не метка, просто текст.

– Как вы оцениваете реформу?

– Положительно. Это важный шаг.
"""


def _write(tmp_path: Path, yaml_text: str | None, article: str = ARTICLE) -> Path:
    raw = tmp_path / "art_1.txt"
    raw.write_text(article, encoding="utf-8")
    if yaml_text is not None:
        raw.with_suffix(".yaml").write_text(yaml_text, encoding="utf-8")
    return raw


def test_curated_values_win_and_are_marked(tmp_path: Path) -> None:
    raw = _write(
        tmp_path,
        """
url: https://www.zakon.kz/article-1
headline: Реформы глазами эксперта
publisher: Vlast.kz
publisher_url: https://vlast.kz
license: CC BY 4.0
date_published: 2026-02-28
in_language: ru
authors: [Анна Иванова]
speakers:
  - match: interviewee
    name: Иван Петров
    position: политолог
    organisation: Институт политики
    country: KAZ
  - match: interviewer
    name: Анна Иванова
""",
    )
    rec = parse_file(raw, ner=False, events=False)
    md = rec.metadata
    assert md.date_published == dt.date(2026, 2, 28)  # also rescues the invalid prefix date
    assert md.date_source.value == "curated"
    assert md.url == "https://www.zakon.kz/article-1"
    assert md.headline == "Реформы глазами эксперта"
    assert md.publisher is not None and md.publisher.name == "Vlast.kz"
    assert md.publisher.url == "https://vlast.kz"
    assert md.authors == ["Анна Иванова"]
    assert md.curated == sorted(
        ["url", "headline", "text_license", "in_language", "authors", "publisher", "date_published"]
    )
    interviewer, interviewee = rec.speakers
    assert interviewee.name == "Иван Петров"
    assert interviewee.affiliations[0].country == "KAZ"
    assert interviewee.affiliations[0].org_name == "Институт политики"
    assert interviewee.curated == ["affiliations", "name", "position"]
    assert interviewer.name == "Анна Иванова" and interviewer.curated == ["name"]
    assert rec.provenance.curation_file == "art_1.yaml"
    assert rec.provenance.curation_sha256 is not None
    assert "no_date" not in {f.code for f in rec.flags}


def test_curated_genre_overrides_detection(tmp_path: Path) -> None:
    raw = _write(tmp_path, "genre: news\ndate_published: 2026-02-01\n")
    rec = parse_file(raw, ner=False, events=False)
    assert rec.metadata.genre.value == "news"
    assert rec.turns == [] and rec.speakers == []
    assert "genre" in rec.metadata.curated


def test_without_curation_the_invalid_prefix_date_is_an_error(tmp_path: Path) -> None:
    from kzpolicy_data.errors import ParseError

    raw = _write(tmp_path, None)
    with pytest.raises(ParseError, match="2026-02-30") as info:
        parse_file(raw, ner=False, events=False)
    assert info.value.line == 1


@pytest.mark.parametrize(
    ("yaml_text", "json_path", "needle"),
    [
        ("unknown_field: 1\n", "$.unknown_field", "Extra inputs"),
        ("genre: podcast\n", "$.genre", "Input should be"),
        ("date_published: 2026-02-30\n", "$.date_published", "date"),
        ("url: not-a-url\n", "$.url", "String should match"),
        ("speakers:\n  - match: s1\n    country: XXX\n", "$.speakers[0].country", "alpha-3"),
    ],
)
def test_invalid_curation_reports_json_path(yaml_text: str, json_path: str, needle: str) -> None:
    with pytest.raises(CurationError, match=needle) as info:
        parse_curation(yaml_text, "c.yaml")
    assert info.value.json_path == json_path
    assert info.value.path == "c.yaml"


def test_yaml_syntax_error_has_a_line() -> None:
    with pytest.raises(CurationError, match="not valid YAML") as info:
        parse_curation("url: [unclosed\nheadline: x\n", "c.yaml")
    assert info.value.line is not None


def test_top_level_must_be_a_mapping() -> None:
    with pytest.raises(CurationError, match="mapping"):
        parse_curation("- a\n- b\n", "c.yaml")


def test_empty_curation_is_valid(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("", encoding="utf-8")
    assert load_curation(path) == Curation()


def test_unmatched_speaker_is_an_error(tmp_path: Path) -> None:
    raw = _write(tmp_path, "date_published: 2026-02-01\nspeakers:\n  - match: Никто\n    name: X\n")
    with pytest.raises(CurationError, match="matches no speaker") as info:
        parse_file(raw, ner=False, events=False)
    assert info.value.json_path == "$.speakers[0].match"


def test_curation_schema_is_generated(root: Path) -> None:
    committed = json.loads((root / "schema" / "curation.schema.json").read_text("utf-8"))
    assert committed["additionalProperties"] is False
    assert "speakers" in committed["properties"]


@pytest.mark.parametrize(
    "digits", ["0x" + "f" * 20_000, "0b" + "1" * 200, "-0" + "7" * 40, "1_0" * 30]
)
def test_integers_of_every_base_are_bounded(digits: str) -> None:
    """Hexadecimal digits are digits too: `0x` + 20,000 `f` once passed the length check and
    crashed `validate` when the number was printed."""
    with pytest.raises(CurationError, match="digits is too long") as info:
        parse_curation(f"headline: {digits}\n", "c.yaml")
    assert info.value.line == 1
