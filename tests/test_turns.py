"""Turn markers and segmentation, on paragraphs built directly."""

from __future__ import annotations

import pytest

from kzpolicy_data.codes import TurnKind
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
        ("Иван ПЕТРОВ. Текст.", "label", "Иван ПЕТРОВ", None),
        ("К.Иванов: Текст.", "label", "К.Иванов", None),
        ("– развитие портов;", "none", None, None),
        ("-5 градусов", "none", None, None),
        ("В. Путин заявил о переговорах.", "none", None, None),
        ("Обычный абзац.", "none", None, None),
    ],
)
def test_markers(text: str, style: str, label: str | None, kind: TurnKind | None) -> None:
    (para,) = split_paragraphs(text)
    m = detect_marker(para)
    assert (m.style, m.label, m.kind) == (style, label, kind)


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
