"""The record page starts with what the article is: headline, metadata, speakers."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("datasette")

SEED = "000_952d0ef163f4dde3"


@pytest.fixture(scope="module")
def page(db: Path) -> str:
    from kzpolicy_data.access.browse import make_datasette

    async def fetch() -> Any:
        return await make_datasette(db).client.get(f"/kzpolicy/records/{SEED}")

    response = asyncio.run(fetch())
    assert response.status_code == 200
    return str(response.text)


def test_headed_by_the_headline_not_the_id(page: str) -> None:
    # The seed has no headline: its lead's first sentence stands in, marked as such.
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S)
    assert h1 and SEED not in h1.group(1)
    assert h1.group(1).startswith("Казахстан демонстрирует") and "(no headline)" in h1.group(1)


def test_page_title() -> None:
    from kzpolicy_data.access.browse import page_title

    assert page_title("Азер Бадамов: курс", "Лид.", "Текст") == "Азер Бадамов: курс"
    assert page_title(None, "Первое. Второе.", "x") == "Первое (no headline)"
    long = page_title(None, None, "слово " * 50)
    assert len(long) < 140 and long.endswith("… (no headline)")


def test_metadata_and_speakers_come_before_the_text(page: str) -> None:
    meta, speakers = page.index('class="kzp-meta"'), page.index('id="speakers"')
    text = page.index('class="kzp-interview')
    assert meta < speakers < text
    top = page[meta:speakers]
    assert "Zakon.kz" in top and "2026" in top and "research use only" in top
    section = page[speakers:text]
    assert "Азер Бадамов" in section and "interviewer (unnamed)" in section


def test_claimed_by_names_an_unnamed_interviewer(page: str) -> None:
    cells = re.findall(r'<td class="kzp-claimed">(.*?)</td>', page)
    assert cells and all(cells)  # never blank
    assert "interviewer (unnamed)" in cells and "Азер Бадамов" in cells
