"""Paragraphs that belong together before their markers are read: a speaker's label on a line
of its own and the paragraph it labels, and a dashed line and the line its question wraps onto.
(``oneline`` does the opposite: it cuts a paragraph that holds several turns.)"""

from __future__ import annotations

import itertools
import re

from ..source.layout import Paragraph
from .label_words import glued_words
from .letters import LO, UP
from .markers import (
    CLOSERS,
    DASHES,
    LABEL_LINE,
    TIMED_LABEL,
    detect_marker,
    opens_with_dash,
)

__all__ = ["addresses_line", "join_label_lines", "join_wrapped"]


def join_label_lines(paras: list[Paragraph], text_of: str) -> list[Paragraph]:
    """A label on a line of its own (`Аскар Жумабеков:`) joins the paragraph below it."""
    out: list[Paragraph] = []
    i = 0
    while i < len(paras):
        p = paras[i]
        if (
            i + 1 < len(paras)
            and len(p.text) <= 80
            and (
                LABEL_LINE.match(p.text)
                or TIMED_LABEL.fullmatch(p.text.rstrip())
                or _answers_asked(paras, i)
            )
            and not glued_words(p.text)
            and not addresses_line(p.text, paras[i + 1].text)
        ):
            nxt = paras[i + 1]
            out.append(Paragraph(p.start, nxt.end, p.line, text_of[p.start : nxt.end]))
            i += 2
            continue
        out.append(p)
        i += 1
    return out


# `Ерлан Бадашев, Су саласы бойынша халықаралық сарапшы:` (a name in title case, a position)
_NAMED_LINE = re.compile(rf"^[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?\s+[{UP}][{LO}]+,\s?[^:\n]{{2,60}}:$")


def _answers_asked(paras: list[Paragraph], i: int) -> bool:
    """A name and position on a line of their own between a question addressed to that person
    (`... Ерлан мырза, өзіңізден сұрағым келіп отыр. ... қандай міндеттер тұр?`) and a dashed
    paragraph: the answer's label. (News introduces a quote with the same line, but after its
    own narration, not a question to the speaker.)"""
    if i == 0 or not _NAMED_LINE.match(paras[i].text) or not opens_with_dash(paras[i + 1].text):
        return False
    asked = paras[i - 1].text.rstrip()
    first = paras[i].text.split()[0]
    return asked.endswith("?") and re.search(rf"(?<!\w){re.escape(first)}(?!\w)", asked) is not None


def join_wrapped(paras: list[Paragraph], text_of: str) -> list[Paragraph]:
    """In a text whose paragraphs are set apart by blank lines, an unmarked line right below a
    dashed one that does not end its question (`- Почти 12 лет назад ...` / `Сегодня картина
    иная ... на экономику?`) is the same paragraph, wrapped."""
    gaps = [text_of[a.end : b.start].count("\n") for a, b in itertools.pairwise(paras)]
    if sum(g >= 2 for g in gaps) < max(3, 0.7 * len(gaps)):
        return paras
    out = [paras[0]]
    for gap, p in zip(gaps, paras[1:], strict=True):
        last = out[-1]
        if (
            gap == 1
            and opens_with_dash(last.text)
            and not last.text.rstrip(CLOSERS).endswith(("?", "؟"))
            and detect_marker(p).style == "none"
        ):
            out[-1] = Paragraph(last.start, p.end, last.line, text_of[last.start : p.end])
        else:
            out.append(p)
    return out


def addresses_line(label: str, below: str) -> bool:
    """`Бурахан ДАҚАНОВ, ... жетекшісі:` above `– Бурахан мырза, ...`: the paragraph below
    speaks to the person the line names (the guest credited above the host's question)."""
    first = label.split()[0].rstrip(",:").lower()
    words = below.lstrip(DASHES + " ").split(maxsplit=1)
    return len(first) > 1 and bool(words) and words[0].rstrip(",!").lower() == first
