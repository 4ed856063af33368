"""nlp.ner gives exactly what natasha's own NER tagger gives, at a fraction of the cost."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings

from kzpolicy_data.source.raw import read_raw

from .strategies import token_texts

pytest.importorskip("natasha")
from razdel import tokenize

from kzpolicy_data.nlp import ner

DATA = Path(__file__).resolve().parent / "data"
ARTICLES = sorted((DATA / "raw").glob("*.txt")) + sorted((DATA / "short").glob("*.txt"))


@given(token_texts)
@settings(max_examples=400, deadline=None)
def test_chunked_tokens_are_razdels(text: str) -> None:
    assert ner.razdel_tokens(text) == [(t.start, t.stop, t.text) for t in tokenize(text)]


@pytest.mark.parametrize(
    "text",
    [
        "1 -2", "a -b", "1 ,2", "x 3/ 4", "3 /4", "слово -", "- слово", "12 .5 и 5. 6",
        "yahoo !", "Yahoo! x", "слово- дело", "мама_ папа", "Қазақстан–Ресей", "- - -", " — ",
        ":) )", "2020-2021 гг.",
    ],
)  # fmt: skip
def test_chunked_tokens_are_razdels_where_rules_read_across_a_space(text: str) -> None:
    assert ner.razdel_tokens(text) == [(t.start, t.stop, t.text) for t in tokenize(text)]


def _natasha(text: str) -> list[ner.Entity]:
    return [ner.Entity(s.type, s.start, s.stop) for s in ner.tagger()(text).spans]


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_entities_are_natashas(path: Path) -> None:
    text = read_raw(path).text
    assert ner.entities(text) == _natasha(text)


@given(token_texts)
@settings(max_examples=60, deadline=None)
def test_entities_are_natashas_on_random_text(text: str) -> None:
    expected = _natasha(text) if text.strip() else []
    assert ner.entities(text) == expected


def test_long_texts_are_tagged_in_bounded_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    """Memory of NER is bounded by its window, not the text: 2 MB of `?` lines once made slovnet
    allocate a 3.5 GiB array in one call."""
    sizes: list[int] = []
    tag = ner._tag
    monkeypatch.setattr(ner, "_tag", lambda toks: sizes.append(len(toks)) or tag(toks))
    line = "Токаев провел переговоры с Путиным в Москве.\n"
    text = line * (3 * ner.MAX_WINDOW // 8)
    found = ner.entities(text)
    assert max(sizes) <= ner.MAX_WINDOW and len(sizes) >= 3
    # each window is tagged as natasha tags it alone, and ends at a line break
    tokens = ner.razdel_tokens(text)
    expected = []
    for i, j in ner._windows(text, tokens):
        a, b = tokens[i][0], tokens[j - 1][1]
        assert text[b] == "\n"
        expected += [ner.Entity(e.type, e.start + a, e.end + a) for e in _natasha(text[a:b])]
    assert found == expected


def test_a_window_without_a_line_break_is_cut_at_a_token() -> None:
    text = "? " * (2 * ner.MAX_WINDOW + 5)
    tokens = ner.razdel_tokens(text)
    windows = ner._windows(text, tokens)
    assert [j - i for i, j in windows] == [ner.MAX_WINDOW, ner.MAX_WINDOW, 5]
