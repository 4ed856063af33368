"""Turn drafts and the segmentation they make up, shared by every turn scheme.

A scheme (:mod:`.turns`, :mod:`.labels`) decides at which marked paragraphs turns start and of
which kind; :func:`build` turns that into drafts, later unmarked paragraphs continuing a turn.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..codes import TurnKind
from ..source.layout import Paragraph
from ..source.noise import looks_like_heading
from .genre import GenreDecision
from .letters import LO, UP
from .markers import SECOND_PERSON, TITLE_ADDRESS, Marked

__all__ = [
    "NAME_LABEL",
    "PROMPT",
    "SHORT_QUESTION",
    "Segmentation",
    "TurnDraft",
    "alternate",
    "asks",
    "build",
    "has_question",
]

NAME_LABEL = re.compile(rf"^[{UP}][{LO}]+\s[{UP}][{LO}]+$|^(?:[{UP}]\.\s?){{2,3}}$")


@dataclass
class TurnDraft:
    """A turn before ids and speakers are assigned."""

    kind: TurnKind
    first: Marked
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    label: str | None = None

    @property
    def start(self) -> int:
        return self.first.para.start

    @property
    def end(self) -> int:
        return self.paragraphs[-1][1]


@dataclass
class Segmentation:
    """The turns found, the paragraphs before the first turn, headings, and how it was decided."""

    turns: list[TurnDraft]
    before: list[Paragraph]
    headings: list[Paragraph]
    scheme: str  # "qa" | "label" | "dash" | "dash_answers" | "dash_questions" | "unmarked" | "none"
    interview: bool
    uncertain: bool
    reason: str
    decision: GenreDecision | None = None
    # Transcript labels defined in the text (`Илья Громов (И.Г.)`): label -> name as printed
    # (possibly in an oblique case: `с Сауле Нуртаевой (С.Н.)`).
    label_names: dict[str, str] = field(default_factory=dict)


def _content(m: Marked) -> tuple[int, int]:
    start = m.content_start
    while start < m.para.end and m.para.text[start - m.para.start].isspace():
        start += 1
    return (start, m.para.end) if start < m.para.end else (m.para.start, m.para.end)


def build(marked: list[Marked], starts: dict[int, TurnKind], scheme: str) -> Segmentation:
    """Turns starting at the given indexes; later unmarked paragraphs continue the turn."""
    turns: list[TurnDraft] = []
    before: list[Paragraph] = []
    headings: list[Paragraph] = []
    for i, m in enumerate(marked):
        if i in starts:
            cur = TurnDraft(starts[i], m, [_content(m)], m.label)
            turns.append(cur)
        elif not turns:
            before.append(m.para)
        elif looks_like_heading(m.para.text) and i + 1 < len(marked) and (i + 1) in starts:
            headings.append(m.para)
        else:
            turns[-1].paragraphs.append((m.para.start, m.para.end))
    return Segmentation(turns, before, headings, scheme, True, False, "")


def alternate(indexes: list[int]) -> dict[int, TurnKind]:
    return {
        i: (TurnKind.QUESTION if n % 2 == 0 else TurnKind.ANSWER) for n, i in enumerate(indexes)
    }


# A question paragraph shorter than this asks by its `?` alone.
SHORT_QUESTION = 400


_ADDRESSED = re.compile(TITLE_ADDRESS)


def asks(m: Marked) -> bool:
    """An unmarked question: ends with `?`, or a short prompt addressing the guest."""
    t = m.para.text
    if m.ends_with_question and _quoted_question(t):
        return False
    if m.ends_with_question:
        # A host's first question often opens with a greeting and thanks (`Добрый день, ...,
        # разрешите поблагодарить Вас ...`): longer, but its last sentence asks `you`.
        # Or it speaks to `you` throughout (`One of the key purposes of your visit ... As you
        # said ... you mentioned ... Could you please elaborate ...? What are ...?`).
        return len(t) < SHORT_QUESTION or (
            len(t) < 2 * SHORT_QUESTION
            and (
                bool(SECOND_PERSON.search(_last_sentence(t))) or len(SECOND_PERSON.findall(t)) >= 3
            )
        )
    if _ADDRESSED.match(t) and "?" in t[:SHORT_QUESTION]:
        # `Mr Zakhvatov, how do you think — how serious ...? Despite ... .`: the host addresses
        # the guest by title and asks, then says why
        return True
    opening = _OPENING_QUESTION.match(t)
    if opening and len(t) < SHORT_QUESTION and SECOND_PERSON.search(opening.group()):
        # `Can you explain the initiative? In Brussels, we have only heard about ...`: the host
        # asks the guest first, then says why
        return True
    prompt = looks_like_heading(t) and len(t.split()) >= 3
    if prompt and bool(SECOND_PERSON.search(t) or PROMPT.match(t)):
        return True
    # `This year X celebrates its 25th anniversary. Tell us about ... .`: a short paragraph
    # that ends with a request to the guest asks, though it ends with a period
    return (
        len(t) < SHORT_QUESTION
        and t.rstrip().endswith(".")
        and bool(PROMPT.match(_last_sentence(t).strip()))
    )


# A paragraph's first sentence, when it is a question (not one it quotes: a ballot's `“Сіз
# ... келісесіз бе?” деген сұрақ`).
_OPENING_QUESTION = re.compile(r"[^.!?\n«\"“„]{10,200}\?")
# A quotation opened after a colon: `следует из указа: "Принимаете ли вы ...?"`.
_QUOTE_OPENS = re.compile(r":\s*[«\"“„]")


def _quoted_question(text: str) -> bool:
    """Whether the paragraph's `?` closes a question it quotes after a colon, told in the third
    person (`Перед жителями будет поставлен один вопрос, следует из указа: "Принимаете ли вы
    ...?"`): the referendum's question, not the host's."""
    opens = _QUOTE_OPENS.search(text)
    return (
        opens is not None
        and text.rstrip()[-2:] in ('?"', "?»", "?”")
        and not SECOND_PERSON.search(text[: opens.start()])
    )


def _last_sentence(text: str) -> str:
    """The text after its last sentence end before the final character."""
    body = text.rstrip()[:-1]
    cut = max(body.rfind(". "), body.rfind("! "), body.rfind("? "))
    return text[cut + 1 :]


# A prompt that asks without `you` (`Please tell us more about Kazakhstan`).
PROMPT = re.compile(
    r"(?:please\s+)?(?:tell\s+us|describe|explain|share\s+with\s+us)\b|"
    r"(?:расскажите|поделитесь|опишите|прокомментируйте|объясните)\b|"
    r"[\w\s]{0,60}(?:айтып\s+(?:берсеңіз|беріңізші)|айтыңызшы|түсіндіріп\s+берсеңіз)",
    re.I,
)


def has_question(m: Marked) -> bool:
    return m.ends_with_question or "?" in m.para.text or "؟" in m.para.text
