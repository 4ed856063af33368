"""The dash scheme: turns marked by dashes, both sides or only the answers or the questions.

A dashed lead above the turns, a dashed greeting that opens a plain question and the
courtesies exchanged before the first question are no turns of their own.
"""

from __future__ import annotations

import re

from ..codes import TurnKind
from ..nlp.script import kazakh_in_cyrillic
from ..source.noise import looks_like_heading
from .drafts import (
    PROMPT,
    SHORT_QUESTION,
    Segmentation,
    alternate,
    asks,
    build,
    has_question,
)
from .letters import LO, UP
from .markers import DEAR, PATRONYMIC_END, SECOND_PERSON, TITLE_ADDRESS, Marked

__all__ = ["PATRONYMIC", "VOCATIVE", "cut_question", "dash_scheme", "greets"]

# `Анна,` or `Ерлан Бауыржанович,` opening a question: the host addresses the guest.
VOCATIVE = re.compile(
    rf"^(?:[{UP}][{LO}]+(?:\s+[{UP}][{LO}]+(?:{PATRONYMIC_END}))?,\s"
    rf"|{TITLE_ADDRESS})"
)
# `Господин Посол,`, `Бурахан мырза,` after a dash's space or at a paragraph's start
_BY_TITLE = re.compile(rf"\s*(?:{TITLE_ADDRESS})")
# `Талғат Асылұлы,`, also after `Құрметті`/`Уважаемый` (dear)
PATRONYMIC = re.compile(rf"\s*(?:{DEAR}\s+)?[{UP}][{LO}]+\s+[{UP}][{LO}]+(?:{PATRONYMIC_END}),\s")


def dash_scheme(marked: list[Marked]) -> Segmentation | None:
    """The turns marked by dashes: both sides dashed and alternating, or only the answers or
    only the questions dashed."""
    dashed = _turn_dashes(marked)
    if not dashed:
        return None
    first = dashed[0]
    if len(dashed) == 1 and first > 0 and _addresses_by_title(marked[first - 1]):
        # `Господин Посол, ... Расскажите о ...` then one dashed reply: the plain paragraph
        # that addresses the guest by title or name and patronymic asks, the dash answers
        return build(marked, {first - 1: TurnKind.QUESTION, first: TurnKind.ANSWER}, "dash")
    if len(dashed) == 1 and first > 0 and _left_open(marked[first - 1]):
        # `Я обычно спрашиваю ... о цели их визита, хотя ... говорит сама за себя…` then one
        # dashed reply: the host's prompt, left open, asks without a `?`
        return build(marked, {first - 1: TurnKind.QUESTION, first: TurnKind.ANSWER}, "dash")
    if (
        len(dashed) == 1
        and first > 0
        and not _asks_guest(marked[first], last=first == len(marked) - 1)
        and (not has_question(marked[first - 1]) or _HANDS_OVER.search(marked[first - 1].para.text))
    ):
        # (a lead that asks and hands its questions over, `Что за ...? На этот и другие
        # вопросы ... отвечает X`, is followed by the answer)
        # One dashed paragraph that neither asks nor addresses anyone: the excerpt holds only
        # the first answer (its question cut off above); :mod:`.genre` weighs the cues.
        return build(marked, {first: TurnKind.ANSWER}, "dash")
    q_dash = sum(1 for i in dashed if marked[i].ends_with_question) / len(dashed)
    seg = _answers_dashed(marked, dashed, q_dash)
    if seg is None:
        seg = _questions_dashed(marked, dashed, q_dash)
    if seg is None:
        seg = _alternating(marked, dashed)
    return seg


# The lead handing its questions over to the guest (`На этот и другие вопросы корреспондента
# отвечает ...`).
_HANDS_OVER = re.compile(
    r"\bна\s+(?:[^.?!\n]{0,40}?\s)?вопрос\w*\s+(?:[^.?!\n]{0,60}?\s)?"
    r"(?:ответил[аи]?|отвечает|отвечают)\b",
    re.I,
)


def _left_open(m: Marked) -> bool:
    """A short plain paragraph that ends in an ellipsis: a prompt left open for the reply."""
    text = m.para.text.rstrip()
    return m.style == "none" and text.endswith(("…", "...")) and 40 < len(text) < 400


def _turn_dashes(marked: list[Marked]) -> list[int]:
    """The dashed paragraphs that may be turns: a dashed lead above the turns is not one."""
    dashed = [i for i, m in enumerate(marked) if m.style == "dash"]
    # A lead that starts with a dash of another kind than every turn below it (`- Этот текст`
    # above `– Добрый день`) is not a turn.
    # Or a dashed lead paragraph set apart by a heading below it (`- Этот текст ...` then
    # `О деньгах фонда`), when the turns follow.
    # Not a first question in the other dash (`- Please tell us ...` above `– ...`; the scraper
    # mixes them): it asks, or speaks to the guest.
    if len(dashed) >= 3 and dashed[0] == 0 and not _asks_or_addresses(marked[0]):
        rest = {marked[i].dash for i in dashed[1:]}
        below = marked[1].style == "none" and looks_like_heading(marked[1].para.text)
        if (marked[0].dash not in rest and len(rest) == 1) or (below and dashed[1] == 2):
            dashed = dashed[1:]
    return dashed


def _asks_or_addresses(m: Marked) -> bool:
    text = m.para.text
    return has_question(m) or bool(SECOND_PERSON.search(text) or PROMPT.search(text))


_TELLS_INTERVIEW = re.compile(r"интервью|сұхбат|\binterview", re.I)


def _answers_dashed(marked: list[Marked], dashed: list[int], q_dash: float) -> Segmentation | None:
    """The turns if only the answers are dashed (the plain paragraph above each one asks),
    else None."""
    dashed_set = set(dashed)
    above = [
        i - 1
        for i in dashed
        if i > 0 and marked[i - 1].style in ("none", "num") and i - 1 not in dashed_set
    ]
    plain_q = [i for i in above if marked[i].ends_with_question]
    # `– Благодарю Вас, ..., что нашли время.` then a plain `Чем Вам запомнился год?`: the
    # host's dashed greeting opens the question below it, it is no answer.
    greetings = {
        i for i in dashed if i + 1 in plain_q and not has_question(marked[i]) and greets(marked[i])
    }
    # Only the answers dashed, unless a dashed paragraph addresses the guest by name and
    # patronymic or by title (`– Ерлан Бауыржанович, рады видеть Вас`, `– Бурахан мырза, ...`):
    # then the dashes are the host's.
    addressing = any(
        PATRONYMIC.match(marked[i].para.text, 2) or _BY_TITLE.match(marked[i].para.text, 2)
        for i in dashed
    )
    if not (len(plain_q) >= max(1, len(dashed) // 2) and q_dash < 0.25 and not addressing):
        return None
    # Only the answers are dashed: the paragraph above each one asks (with or without `?`).
    above = [i for i in above if asks(marked[i]) or not looks_like_heading(marked[i].para.text)]
    above = [i for i in above if i + 1 not in greetings and i - 1 not in greetings]
    # Above the first dashed answer, a paragraph that tells of the interview and neither asks
    # nor speaks to the guest is the lead handing over to the answer (`..., отмечает политолог X
    # в интервью ...`); a host's `Предлагаю сначала обсудить ...` asks without a `?`.
    lead = dashed[0] - 1
    if (
        lead in above
        and _TELLS_INTERVIEW.search(text := marked[lead].para.text)
        and not (asks(marked[lead]) or marked[lead].ends_with_question)
        and not SECOND_PERSON.search(text)
    ):
        above.remove(lead)
    starts = {i: TurnKind.QUESTION for i in above}
    starts.update({i: TurnKind.ANSWER for i in dashed if i not in greetings})
    starts.update(dict.fromkeys(greetings, TurnKind.QUESTION))
    return build(marked, starts, "dash_answers")


def _questions_dashed(
    marked: list[Marked], dashed: list[int], q_dash: float
) -> Segmentation | None:
    """The turns if only the questions are dashed (each followed by a plain answer), else None."""
    first = dashed[0]
    followed = sum(1 for i in dashed if i + 1 < len(marked) and marked[i + 1].style == "none")
    # One dashed question and the plain answer below it is an exchange too (a short excerpt).
    one = len(dashed) == 1 and marked[first].ends_with_question
    if not ((len(dashed) >= 2 or one) and q_dash >= 0.7 and followed >= 0.8 * len(dashed)):
        return None
    starts = {i: TurnKind.QUESTION for i in dashed}
    for i in dashed:
        if i + 1 < len(marked) and marked[i + 1].style == "none":
            starts[i + 1] = TurnKind.ANSWER
    if one:
        # `– Why does ...?` and its answer, then a plain `How does ...?` and its answer: the
        # later questions lost their dash (a short paragraph that asks, a reply that does not)
        for i in range(first + 2, len(marked) - 1):
            q, a = marked[i], marked[i + 1]
            if (
                q.style == a.style == "none"
                and q.ends_with_question
                and len(q.para.text) < SHORT_QUESTION
                and not a.ends_with_question
                and i not in starts
            ):
                starts[i], starts[i + 1] = TurnKind.QUESTION, TurnKind.ANSWER
    return build(marked, starts, "dash_questions")


def _alternating(marked: list[Marked], dashed: list[int]) -> Segmentation:
    """Questions and answers alternating on the dashes, after the opening courtesies."""
    dashed = _without_courtesies(marked, dashed)
    first = dashed[0]
    # The first question may have lost its dash (to the date prefix, or a layout slip): a plain
    # `?` paragraph just above the first dash starts the alternation if that fits better.
    if first > 0 and marked[first - 1].style == "none" and marked[first - 1].ends_with_question:
        shifted = [first - 1, *dashed]
        if _q_share(marked, shifted) > _q_share(marked, dashed):
            return build(marked, alternate(shifted), "dash")
    if len(dashed) >= 3 and not _asks_guest(marked[first], last=False):
        # `- This is a creative open dialogue ...` then `- What recommendations ...?`: the
        # excerpt opens inside the first answer (its question is the lead's, or cut off)
        rest = dashed[1:]
        if _q_share(marked, rest) > _q_share(marked, dashed):
            return build(marked, {first: TurnKind.ANSWER, **alternate(rest)}, "dash")
    return build(marked, _realigned(marked, dashed), "dash")


def _realigned(marked: list[Marked], dashed: list[int]) -> dict[int, TurnKind]:
    """The alternation over the dashes, where a later question lost its dash: a dash that would
    ask but does not, right below a plain paragraph that does (`..., ... ба?` / `- Осы күнге
    дейін ...`), answers it, and the alternation goes on from that answer."""
    starts: dict[int, TurnKind] = {}
    question = True
    for i in dashed:
        above = marked[i - 1]
        if (
            question
            and starts
            and i - 1 not in starts
            and above.style == "none"
            and above.ends_with_question
            and asks(above)
            and not _asks_guest(marked[i], last=False)
            and not PROMPT.match(
                marked[i].para.text, marked[i].content_start - marked[i].para.start
            )
        ):
            starts[i - 1] = TurnKind.QUESTION
            starts[i] = TurnKind.ANSWER
            continue
        starts[i] = TurnKind.QUESTION if question else TurnKind.ANSWER
        question = not question
    return starts


_GREETING = re.compile(
    r"\b(?:благодар\w*|спасибо|здравствуйте|добрый\s+(?:день|вечер)|рады?\s+(?:видеть|приветствовать)|"
    r"thank\w*|hello|good\s+(?:morning|afternoon)|welcome|сәлеметсіз|ра[хқ]мет|алғыс)",
    re.I,
)


def greets(m: Marked) -> bool:
    """A greeting or thanks of the host (`Благодарю Вас, что нашли время`), asking nothing."""
    return bool(_GREETING.search(m.para.text[:200]))


def _courtesy(m: Marked) -> bool:
    """A short greeting or thanks that asks nothing (`– Сергей Иванович, добрый день!`,
    `– Рақмет.`, `– Вам спасибо.`)."""
    return len(m.para.text) < 120 and not has_question(m) and greets(m)


def _without_courtesies(marked: list[Marked], dashed: list[int]) -> list[int]:
    """The dashed turns without the greetings exchanged before the first question: they are
    not turns of their own and stay with the intro. (Thanks after the last answer stay turns:
    joined to the answer, the host's words would read as the guest's.)"""
    lo = 0
    while (
        len(dashed) - lo >= 4
        and _courtesy(marked[dashed[lo]])
        and _courtesy(marked[dashed[lo + 1]])
    ):
        lo += 2
    return dashed[lo:]


def _addresses_by_title(m: Marked) -> bool:
    """A plain paragraph that opens by addressing the guest: `Господин Посол,`, `Ерлан
    Бауыржанович,` (a lone first name could be any sentence's first word)."""
    return m.style == "none" and bool(_BY_TITLE.match(m.para.text) or PATRONYMIC.match(m.para.text))


def _asks_guest(m: Marked, *, last: bool) -> bool:
    """A question, an address, or (in a paragraph the excerpt ends in, its `?` cut off) a
    `Вы` or a sentence that opens with a question word; an answer may say `ваших читателей`
    too, but goes on below."""
    body = m.para.text[m.content_start - m.para.start :]
    body = kazakh_in_cyrillic(body[:400])  # `قاجىتاي اعا، سىزدەر ...`: `сіздер`
    return has_question(m) or bool(
        VOCATIVE.match(body)
        or PATRONYMIC.match(body)
        or (last and (SECOND_PERSON.search(body[:400]) or _CUT_QUESTION.search(body)))
    )


def cut_question(m: Marked) -> bool:
    """The last sentence of a paragraph the excerpt cuts opens with a question word."""
    return bool(_CUT_QUESTION.search(m.para.text[m.content_start - m.para.start :][-400:]))


# The last sentence of a cut paragraph opens with a question word: its `?` is what was cut
# (`... союзничества. Каким образом был достигнут ..., `).
_CUT_QUESTION = re.compile(
    r"(?:^|[.!…]\s+)(?:Каким\s+образом|Как(?:ой|ая|ое|ие|ова|овы|им)?|Почему|Зачем|Насколько|"
    r"Что|Чем|Где|Когда|Қалай|Неге|Неліктен|Қандай|Қашан|Қайда|How|What|Why|Which|Where|When|Who|"
    # an English inversion (`Is there any informa`; not the guest's own `Was I ever a hippie`),
    # a Russian `ли` (`Есть ли у вас`)
    r"(?:Is|Are|Was|Were|Do|Does|Did|Can|Could|Will|Would|Should|Has|Have)(?!\s+(?:I|we)\b)|"
    r"[А-ЯЁ][а-яё]+\s+ли)"
    r"\b[^.!?…]*$"
)


def _q_share(marked: list[Marked], order: list[int]) -> float:
    """Share of the alternation's questions (every other paragraph) that end with `?`."""
    qs = order[::2]
    return sum(1 for i in qs if marked[i].ends_with_question) / len(qs)
