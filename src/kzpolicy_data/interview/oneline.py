"""Paragraphs that hold several turns, cut into one paragraph a turn.

One-line interviews, whose turns follow each other inside a line after inline dashes (`... баурайды.
– Қайрат Исағалиұлы, ...`) or as runs of questions with no marker at all, and a turn's dash glued
to the sentence before it (`...сотрудничества.- Григорий`). A line is cut only where the cuts
read as a dialogue, so that a news paragraph with one quote is left alone. Every pattern is
bounded, so matching stays linear.
"""

from __future__ import annotations

import itertools
import re

from ..nlp.script import kazakh_in_cyrillic
from ..source.layout import Paragraph
from .letters import AR, LO, UP
from .markers import DASHES, PATRONYMIC_END, SECOND_PERSON, TITLE_ADDRESS
from .wording import strong_cue

__all__ = ["split_glued", "split_inline", "split_labels", "split_questions"]

# A turn may open with a figure (`... бар ма? – 1955-1962 жылдары ...`) or in the Arabic script.
_INLINE = re.compile(rf"(?<=[.?!…»\"”؟])\s+([–—−-])\s+(?=[«\"{UP}0-9{AR}])")
# `...Пекин?–Итоги визита ...`: a long dash glued on both sides after a sentence's end, or a
# hyphen glued to the turn's first word (`... my main task. -Mr. Ambassador, ...`).
_INLINE_TIGHT = re.compile(rf"(?<=[.?!…])\s?([–—−])(?=[«\"{UP}])|(?<=[.?!…])\s(-)(?=[«\"{UP}])")
# A turn dash glued to the sentence before it (`портал.- Анна`), after a word, a closing quote or
# bracket (`ДУБНОВ.- Вы`, `(2013-жыл).- Қажытай`) and before a capital, a digit, a quote or an
# Arabic-script letter (which has no capitals); not after an initial (`М.Н.- Здравствуйте`).
_GLUED = re.compile(rf"(?:(?<=\w\w[.?!…؟])|(?<=[»\"”)][.?!…؟]))([-–—−])\s(?=[{UP}0-9«\"“{AR}])")

_LOWER = re.compile(f"[{LO}]")
_UPPER = re.compile(f"[{UP}]")


def _dateline(before: str) -> bool:
    """Capitals and no small letter: a dateline (`CIUDAD MCY.`), not a sentence (the Arabic
    script has neither)."""
    return bool(_UPPER.search(before)) and not _LOWER.search(before)


# A dash and an address by name and patronymic, or by title, open the host's turn.
_ADDRESS = re.compile(
    rf"[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?\s[{UP}][{LO}]+(?:{PATRONYMIC_END}),\s"
    rf"|(?=[{UP}])(?:{TITLE_ADDRESS})"
)


def _cut(p: Paragraph, cuts: list[int]) -> list[Paragraph]:
    out: list[Paragraph] = []
    for a, b in itertools.pairwise([0, *cuts, len(p.text)]):
        piece = p.text[a:b]
        lead = len(piece) - len(piece.lstrip())
        piece = piece.strip()
        if piece:
            out.append(
                Paragraph(p.start + a + lead, p.start + a + lead + len(piece), p.line, piece)
            )
    return out


# How a question ends before its reply's dash: `?`, or a prompt left open (`...`, `…`).
_ASKED = ("?", "؟", "...", "…")


def split_inline(paras: list[Paragraph], *, unmarked: bool) -> list[Paragraph]:
    """One-line interviews: split a line at inline ` – ` markers that follow a sentence end.

    Only a paragraph holding most of the text or starting with a dash itself is split, and only
    at three markers or more (two when no paragraph has a marker), or where a marker follows a
    question, so that a news paragraph with one quote (`... сказал он. – Мы ...`) is left alone.
    """
    total = sum(len(p.text) for p in paras) or 1
    out: list[Paragraph] = []
    for p in paras:
        found = sorted(
            (*_INLINE.finditer(p.text), *_INLINE_TIGHT.finditer(p.text)), key=lambda m: m.start()
        )
        cuts = [_dash_of(m) for m in found]
        dominant = len(p.text) > 0.5 * total or p.text[:1] in DASHES
        # `... баурайды. – Қайрат Исағалиұлы, ...`: a dash and an address by name and
        # patronymic start the host's turn even alone.
        addressed = [_dash_of(m) for m in found if _ADDRESS.match(p.text, m.end())]
        # `... Нурлан Аселкан. Фото: Евразия Эксперт – Нурлан, в 2021 г. ...?`: a dash and the
        # first name of someone the line named in full open the host's turn, even glued to a
        # caption with no sentence end, in a line that holds a reply
        if _replies(p.text, cuts):
            cuts = sorted({*cuts, *_first_name_addresses(p.text)})
        # `– Вопрос? – Ответ ...`: a dash after a question's end is the reply's, so a short
        # excerpt (one exchange) splits too: once in a dashed paragraph, twice in a whole page
        replies = _replies(p.text, cuts)
        # A line that itself opens with a dash (`– Михал мырза, қош келдіңіз! – Рахмет. – ...`)
        # is a dialogue already: two more markers are enough.
        opens = p.text[:1] in DASHES
        enough = (1 if opens else 2) if replies else (2 if unmarked or opens else 3)
        if opens and cuts and _asks_you(p.text[1 : cuts[0]]):
            # `- Вы назначены послом ... впечатления от нашей страны. - За более чем год ...`:
            # a dashed line that speaks to the guest, its question unmarked, then one reply
            enough = 1
        if dominant and cuts and len(cuts) >= enough:
            out += _cut(p, cuts)
        elif addressed:
            out += _cut(p, addressed[:1])
        else:
            out.append(p)
    return out


# A dash, then a capitalised word and a comma: an address by first name, if the line named
# someone by it in full before (`Нурлан Аселкан`).
_FIRST_ADDRESS = re.compile(rf"\s([–—−])\s+([{UP}][{LO}]{{2,20}}),\s")


_FULL_NAME = re.compile(rf"(?<!\w)([{UP}][{LO}]{{2,20}})\s+[{UP}][{LO}]+")


def _first_name_addresses(text: str) -> list[int]:
    # one pass for where each capitalised word first opens two (a name in full), one for the
    # addresses: linear in the line, however many dashes it holds
    named: dict[str, int] = {}
    for m in _FULL_NAME.finditer(text):
        named.setdefault(m.group(1), m.start())
    return [
        m.start(1)
        for m in _FIRST_ADDRESS.finditer(text)
        if named.get(m.group(2), len(text)) < m.start()
    ]


def _replies(text: str, cuts: list[int]) -> int:
    """How many dashes among ``cuts`` follow a question's end: replies, so a dialogue."""
    return sum(1 for c in cuts if text[max(0, c - 4) : c].rstrip().endswith(_ASKED))


def _dash_of(m: re.Match[str]) -> int:
    """Where an inline marker's dash is (the long dash's group, or the hyphen's)."""
    return m.start(m.lastindex or 0)


def _asks_you(piece: str) -> bool:
    """A host's words to the guest: "вы" or "you", or an address by name and patronymic or
    title, and no attribution of a quote (`, – сказал он.`)."""
    body = piece.strip()
    # Latin-script Kazakh says `you` as the Cyrillic does (`sızge`, `auzyŋyzdan`)
    you = SECOND_PERSON.search(kazakh_in_cyrillic(body))
    return bool(you or _ADDRESS.match(body)) and not _QUOTED_BY.search(body)


# `– Мы готовы, – сказал он.`: a quote, then who said it
_QUOTED_BY = re.compile(r"[,!?]\s*[–—−-]\s+[а-яёa-z]")


# A sentence's end inside a line: its mark, spaces and a capital (`Kazakhstan?s`, an apostrophe
# lost to `?`, ends nothing).
_SENTENCE_END = re.compile(rf"(?<=[.?!…])\s+(?=[«\"{UP}])")


_TEASER = re.compile(
    r"(?:осы\s+және\s+(?:өзге|басқа)\s+де|на\s+эти\s+и\s+другие|эти\s+и\s+другие|"
    r"these\s+and\s+other)\s+(?:сұрақ|сауал|вопрос|question)",
    re.I,
)


def split_questions(paras: list[Paragraph], *, unmarked: bool) -> list[Paragraph]:
    """One-line interviews without any marker (`... Kazinform correspondent. How do you estimate
    the visit? Undoubtedly, ...`): in a text with no marked paragraph, the paragraph holding
    most of it is cut around each run of sentences ending in `?`, when it holds two runs or
    more (one is a news paragraph's rhetorical question), or one after a strong cue."""
    if not unmarked:
        return paras
    total = sum(len(p.text) for p in paras) or 1
    out: list[Paragraph] = []
    for p in paras:
        starts = [0, *(m.end() for m in _SENTENCE_END.finditer(p.text))]
        asked = [
            p.text[a:b].rstrip().endswith(("?", "؟"))
            for a, b in itertools.pairwise([*starts, len(p.text)])
        ]
        cuts = [starts[i] for i in range(1, len(starts)) if asked[i] != asked[i - 1]]
        runs = sum(1 for i, q in enumerate(asked) if q and (i == 0 or not asked[i - 1]))
        # one run is enough after the outlet's own words announcing the interview (`In an
        # interview with ... we found out about ...`): an excerpt cut in its first answer
        first_q = next((starts[i] for i, q in enumerate(asked) if q), 0)
        announced = runs == 1 and strong_cue(p.text[max(0, first_q - 600) : first_q])
        # `... келе ме? Осы және өзге де сұрақтарға X бағдарламасында жауап берді.`: a
        # programme's teaser asks its questions and says where they are answered
        teaser = any(
            _TEASER.match(p.text, starts[i]) for i in range(1, len(starts)) if asked[i - 1]
        )
        if (
            len(p.text) > 0.5 * total
            and (runs >= 2 or announced)
            and not teaser
            and not _quoted(p.text, first_q)
        ):
            out += _cut(p, cuts)
        else:
            out.append(p)
    return out


def _quoted(text: str, at: int) -> bool:
    """Whether ``text`` opens a quotation still open at ``at``: a speech quoted in a news item
    (`«Сыртқы сауда мен инвестиция бірге болуы керек. ... бар ма? Егер болмаса, ...»`) asks
    its rhetorical questions inside the quote, where a one-line interview's host asks in the
    outlet's own words."""
    close = {"«": "»", "“": "”", '"': '"'}.get(text[:1])
    return close is not None and close not in text[1 : at + 1]


# A radio transcript's speaker label, an initial and a surname in capitals (`К.МАСИМОВ:`).
_INITIAL_LABEL = rf"[{UP}]\.\s?[{UP}]{{2,}}(?:-[{UP}]{{2,}})?:\s"
_LABEL_OPENS = re.compile(_INITIAL_LABEL)
_LABEL_INLINE = re.compile(rf"(?<=[.?!…»\"])\s+(?={_INITIAL_LABEL})")


def split_labels(paras: list[Paragraph]) -> list[Paragraph]:
    """A transcript whose paragraph breaks were lost (`А.ВЕНЕДИКТОВ: ... Добрый вечер.
    К.МАСИМОВ: Добрый вечер. А.ВЕНЕДИКТОВ: Вы только что ...`): a paragraph that opens with
    a speaker's label is cut before each label after a sentence end, when two speakers take
    turns in it."""
    out: list[Paragraph] = []
    for p in paras:
        opening = _LABEL_OPENS.match(p.text)
        cuts = [m.end() for m in _LABEL_INLINE.finditer(p.text)] if opening else []
        labels = {p.text[c : p.text.index(":", c)] for c in cuts}
        if opening and len(cuts) >= 2 and labels - {opening.group().split(":")[0]}:
            out += _cut(p, cuts)
        else:
            out.append(p)
    return out


def split_glued(paras: list[Paragraph]) -> list[Paragraph]:
    """`...портал.- Анна, как вы...`: a turn dash glued to the sentence before it (each one:
    where the scraper lost one line break it lost the next ones too)."""
    out: list[Paragraph] = []
    for p in paras:
        # not after a dateline in capitals (`CIUDAD MCY.- Nursultan, Feb 4 (Prensa Latina)`)
        cuts = [m.start(1) for m in _GLUED.finditer(p.text) if not _dateline(p.text[: m.start()])]
        out += _cut(p, cuts)
    return out
