"""Layout: the paragraphs of the normalised text, whatever the scraper's separators.

The scraper writes one paragraph per line, separated by blank lines, single newlines, two blank
lines, or with every paragraph indented by four spaces (wrapped lines of an indented layout are
continued without the indent); print reprints are hard-wrapped, and a header line may be glued
to the next. What each paragraph is (noise, title, body) is decided in :mod:`.noise` and
:mod:`.page`.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from ..errors import ParseError
from .raw import CAPITAL, SMALL

__all__ = ["Paragraph", "split_paragraphs", "wrapped_breaks"]


@dataclass(frozen=True)
class Paragraph:
    """A paragraph: ``text[start:end]`` without surrounding whitespace, and its 1-based line."""

    start: int
    end: int
    line: int
    text: str


_LINE = re.compile(r"[^\n]*")


# A record holds a few hundred bytes of objects a paragraph, so an article of a million one-
# character lines (2 MB of `?`) grew a parse by 1 GB. Real articles have tens of paragraphs, a
# long transcript a few thousand.
MAX_PARAGRAPHS = 20_000


def split_paragraphs(text: str) -> list[Paragraph]:
    """Paragraphs of ``text`` in order, whatever the separator layout; a :class:`ParseError`
    past ``MAX_PARAGRAPHS`` non-blank lines."""
    lines: list[tuple[int, int, int]] = []  # (start, end, line number) of non-blank lines
    pos = 0
    for number, raw in enumerate(text.split("\n"), start=1):
        if raw.strip():
            lines.append((pos, pos + len(raw), number))
            if len(lines) > MAX_PARAGRAPHS:
                raise ParseError(
                    f"the text has over {MAX_PARAGRAPHS} non-blank lines, more than one article "
                    "holds",
                    line=number,
                    hint="is this one article? a run of one-character lines is scraper noise: "
                    "remove it",
                )
        pos += len(raw) + 1
    if not lines:
        return []
    indented = sum(1 for s, _, _ in lines if text.startswith("    ", s) or text[s] == "\t")
    # Indented layout with wrapped, unindented continuation lines: join those to the paragraph.
    join = indented >= 3 and indented >= 0.6 * len(lines) and indented < len(lines)
    # Hard-wrapped text (print, PDF and forum reprints): the line breaks inside a sentence.
    breaks = wrapped_breaks(text)
    blocks: list[tuple[int, int, int]] = []
    prev_number = -1
    for k, (s, e, number) in enumerate(lines):
        unindented = not (text.startswith("    ", s) or text[s] == "\t")
        # The end of the block so far (bounded, so that joining stays linear).
        prev_text = text[max(blocks[-1][0], blocks[-1][1] - 300) : blocks[-1][1]] if blocks else ""
        # A parenthesis opened on one line and closed on the next (`(... Елшісі` /
        # `Нұрлан ЖАҚЫПБЕКҰЛЫМЕН сұхбат)`) is one paragraph, whatever the layout.
        in_parens = (
            bool(blocks)
            and blocks[-1][1] - blocks[-1][0] < 300
            and prev_text.count("(") > prev_text.count(")")
            and text[s:e].rstrip().endswith(")")
        )
        # A wrapped line continues a sentence: the block before it does not end one, and the
        # line itself is not a turn marker.
        wrapped = (
            join
            and bool(blocks)
            and unindented
            and not prev_text.rstrip().endswith((".", "?", "!", "…", "»", '"'))
            and text[s] not in "-–—−"
        )
        # A long line stopped mid-sentence and a line going on in small letters: one sentence
        # (in hard-wrapped text also a line going on with a capital, `to` / `Kazakhstan ...`).
        if blocks and not (in_parens or wrapped) and number == prev_number + 1:
            wrapped = lines[k - 1][1] in breaks
        if number == prev_number + 1 and (in_parens or wrapped):
            bs, _, bn = blocks[-1]
            blocks[-1] = (bs, e, bn)
        else:
            blocks.append((s, e, number))
        prev_number = number
    out: list[Paragraph] = []
    for s, e, number in _split_glued(text, _split_rubrics(text, blocks)):
        chunk = text[s:e]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk) - len(chunk.rstrip())
        out.append(Paragraph(s + lead, e - trail, number, text[s + lead : e - trail]))
    return out


_WRAP_MIN = 40  # a wrapped line fills most of its column: 60-80 characters in print
_WRAP_MAX = 300
_SENTENCE_END = re.compile(r"[.?!…:;»\"“”)]\s*$")
_GOES_ON = re.compile(f"[{SMALL}]")
_GOES_ON_CAPITAL = re.compile(f"[{CAPITAL}][{SMALL}]")


def _continues(
    text: str, prev: tuple[int, int, int], line: tuple[int, int, int], *, capital: bool = False
) -> bool:
    """Whether ``line`` goes on with the sentence that the line ``prev`` stopped in."""
    (ps, pe, _), (s, e, _) = prev, line
    last = text[max(ps, pe - _WRAP_MAX) : pe]
    if pe - ps < _WRAP_MIN or _SENTENCE_END.search(last) or not last[-1:].isalnum():
        return False
    if capital:
        # a capital may start a heading or a label line: only a long line goes on
        return e - s >= 25 and bool(_GOES_ON_CAPITAL.match(text, s))
    return bool(_GOES_ON.match(text, s))


def wrapped_breaks(text: str) -> set[int]:
    """The offsets of the line breaks of ``text`` inside a sentence (the line after goes on
    with it): where a paragraph was hard-wrapped, not where one line ends and another begins
    (`... Norbert Jousten` / `None`). :func:`split_paragraphs` joins the lines there; linear."""
    lines, pos = [], 0
    for raw in text.split("\n"):
        lines.append((pos, pos + len(raw), 0))
        pos += len(raw) + 1
    pairs = list(itertools.pairwise(lines))
    small = {a[1] for a, b in pairs if _continues(text, a, b)}
    if len(small) < 3:  # not hard-wrapped: a capital never goes on a sentence
        return small
    return small | {a[1] for a, b in pairs if _continues(text, a, b, capital=True)}


# A rubric glued to the lead by spaces (`Сұхбат  Бұл әңгіме ...`), or with none (`КолонкаЗачем`):
# the rubric is a line of its own.
_RUBRIC_GLUED = re.compile(
    r"\s*(?:интервью|сұхбат|interview|мнение|пікір|колонка)"
    rf"(?= {{2,}}\S|(?-i:[{CAPITAL}][{SMALL}]))",
    re.I,
)


def _split_rubrics(text: str, blocks: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    out = []
    for s, e, number in blocks:
        m = _RUBRIC_GLUED.match(text, s, min(e, s + 40))
        if m:
            out.append((s, m.end(), number))
            s = m.end()
        out.append((s, e, number))
    return out


# A header line glued to the next one (`...дефицитом водыИнтервью с ...`, REAL_LAYOUTS D10): a
# word of four small letters or more (or four capitals) runs into a capitalised word of four
# letters or more, or a short word that opens a sentence, and the line goes on. Not a brand's
# inner capital (`KazMunaiGas`, `WhatsApp`, `BaigeNews.kz`, `YouTube-канал`, `PaperLab зерттеу`).
_OPENER = r"(?:The|We|In|It|He|She|As|At|On|Our|My|How|Why|Who|For|An|Мы|Он|На|По|Как|Что|Это)"
_GLUED_LINE = re.compile(
    rf"(?<![\w.-])(?:[{CAPITAL}{SMALL}][{SMALL}]{{3,}}|[{CAPITAL}]{{4,}})"
    rf"(?=[{CAPITAL}][{SMALL}]{{3,}}[\s:,;]|{_OPENER} [{SMALL}])"
)
_SENTENCE_IN = re.compile(r"[.?!…]")
_GLUED_HEAD = 5  # blocks: the title, captions and credits above the lead


def _split_glued(text: str, blocks: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    out = []
    for k, (s, e, number) in enumerate(blocks):
        head = k < _GLUED_HEAD and text[s:e].lstrip()[:1] not in "-–—−"  # not a turn
        m = _GLUED_LINE.search(text, s, min(e, s + 150)) if head else None
        if m and " " in text[s : m.start()].strip() and not _SENTENCE_IN.search(text, s, m.end()):
            out.append((s, m.end(), number))
            s = m.end()
        out.append((s, e, number))
    return out
