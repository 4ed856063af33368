"""The unmarked turn scheme: questions found by their `?` (or an address), answers after them.

One scheme of :mod:`.turns`, beside the Q/A labels, the speaker labels (:mod:`.labels`) and the
dashes (:mod:`.dashes`).
"""

from __future__ import annotations

import re

from ..codes import TurnKind
from ..source.page import truncated
from .dashes import PATRONYMIC, VOCATIVE, cut_question
from .drafts import Segmentation, asks, build
from .markers import SECOND_PERSON, Marked

__all__ = ["unmarked_scheme"]


def unmarked_scheme(marked: list[Marked]) -> Segmentation | None:
    """Turns found by their `?` alone: a paragraph that asks, followed by one that does not,
    is a question and its answer (or a label on the first question only)."""
    n = len(marked)
    # An answer may end in a rhetorical `?` (`Мы думали полететь в Алматы, но ... – зачем?`):
    # one that opens in the first person replies, it does not ask.
    # A question wholly in quotation marks is quoted (a ballot's question, a slogan), not put.
    # A paragraph the next closes with the Kazakh quotative (`... ?` then `деп сұрақ қояды.`) is
    # a quote the story tells, not a turn.
    told = [i + 1 < n and bool(_QUOTATIVE.match(marked[i + 1].para.text)) for i in range(n)]
    asking = [
        asks(m) and not _speaks_first(m) and not _QUOTED.fullmatch(m.para.text) and not told[i]
        for i, m in enumerate(marked)
    ]
    if n >= 2 and asking[-1] and _cut_reply(marked[-2], marked[-1]):
        asking[-1] = False
    # A paragraph that opens with the guest's name and patronymic (`Дмитрий Геннадьевич, если
    # обобщить ...`) is the host's, even when it asks without a `?`.
    qs = [
        i
        for i, m in enumerate(marked)
        if i + 1 < n
        and (asking[i] or (m.style == "none" and not told[i] and PATRONYMIC.match(m.para.text)))
        and not asking[i + 1]
    ]
    # A label on the first question only (`Имя Фамилия, издание «X»:`): it asks.
    first_label = next((i for i, m in enumerate(marked) if m.style == "label"), None)
    if (
        first_label is not None
        and (not qs or first_label < qs[0])
        and first_label + 1 < n
        and (marked[first_label].role_label or first_label + 1 in qs or first_label + 2 in qs)
    ):
        qs = [first_label, *qs]
    if not qs and n >= 2 and _cut_address(marked[-1]):
        qs = [n - 1]
    if (
        len(qs) >= 2
        and qs[0] == 0
        and marked[0].style == "none"
        and all(marked[i].style == "dash" for i in qs[1:])
    ):
        # `Ожидается ... Чего ждать от переговоров?` opening the article, then only dashed
        # questions: the lead's own question, not the host's (one interview, one marker)
        qs = qs[1:]
    if not qs:
        return None
    starts: dict[int, TurnKind] = {}
    for i in qs:
        starts[i] = TurnKind.QUESTION
        starts[i + 1] = TurnKind.ANSWER
    if _opens_questions(marked, qs[0]):
        # `Юрий, добрый день. ... ответьте, пожалуйста, на следующие вопросы:`: the host's
        # request above the first question opens that question's turn
        del starts[qs[0]]
        starts[qs[0] - 1] = TurnKind.QUESTION
    last = marked[-1]
    if n - 1 > qs[-1] + 1 and truncated(last.para.text) and cut_question(last):
        # `What can we know about the commissi`: the excerpt ends inside the next question
        starts[n - 1] = TurnKind.QUESTION
    return build(marked, starts, "unmarked")


_QUOTATIVE = re.compile(r"[ \t]*(?:деп|dep)\s", re.I)
_QUOTED = re.compile(r"\s*[«\"“„][^«»\"“”„\n]*\?\s*[»\"”]\s*")
# (also inside an opening quotation mark: `«Я представилась ..., сказала ...`, quoted speech)
_FIRST_WORD = re.compile(r"[«\"“„]?(?:мы|я|we|i|біз|мен)\b", re.I)


# The host's "we" framing the conversation (`Мы хотели начать наш разговор с ...`).
_OUR_TALK = re.compile(
    r"наш\w*\s+(?:разговор|бесед|интервью)|our\s+(?:conversation|interview|talk)\b|"
    r"(?:сұхбат|әңгіме)ымыз",
    re.I,
)


def _speaks_first(m: Marked) -> bool:
    """A plain paragraph that opens in the first person and says no `you` in its first words
    (not the host's `we` opening the conversation: `Мы хотели начать наш разговор с ...`)."""
    t = m.para.text
    return (
        m.style == "none"
        and bool(_FIRST_WORD.match(t))
        and not SECOND_PERSON.search(t[:80])
        and not _OUR_TALK.search(t[:120])
    )


def _cut_reply(asked: Marked, last: Marked) -> bool:
    """The excerpt stops inside the reply to a question that ends in `?` (`Вы правильно
    заметили, Татарстан находится в фокусе приоритет`): cut before its end, it reads like a
    prompt to the guest, but it answers the question above it."""
    return (
        asked.ends_with_question
        and last.style == "none"
        and truncated(last.para.text)
        and not last.ends_with_question
        and "?" not in last.para.text
    )


def _opens_questions(marked: list[Marked], first: int) -> bool:
    """Whether the plain paragraph above the first question speaks to the guest and ends in
    `:`, introducing the questions. (Not a capitalised word and a comma: `Recently, X, the
    ambassador, ... The full text is as follows:` is the lead.)"""
    if first == 0 or marked[first - 1].style != "none":
        return False
    t = marked[first - 1].para.text
    return t.rstrip().endswith(":") and bool(SECOND_PERSON.search(t))


def _cut_address(m: Marked) -> bool:
    """The excerpt stops inside a question to the guest (`Руслан, ... кто такой ...? Он пи`):
    it addresses someone by name, has asked already, and is cut, so no answer follows."""
    t = m.para.text
    # Or, with no marker at all, it says `you` (`Балалық шағыңыз өткен ...`): a dashed one is
    # the dash scheme's to read.
    return truncated(t) and (
        ("?" in t and bool(VOCATIVE.match(t)))
        or (m.style == "none" and bool(SECOND_PERSON.search(t[:300])) and not _speaks_first(m))
    )
