"""Turn segmentation: which paragraphs are interview turns, their markers, kinds and labels.

Marker styles (see RAW_FORMAT.md): dashes (`- – — −`, possibly mixed), `Вопрос:`/`Ответ:`-style
labels, transcript labels (`«ГАЗЕТА».`, `Иван ПЕТРОВ.`, `И.П. –`, `К.Иванов:`), unmarked
questions or answers, and one-line interviews with inline dashes. The genre decision lives here
too, because a dash-led paragraph is only a turn if the article is an interview.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from ..codes import TurnKind
from ..source.layout import Paragraph, looks_like_heading

__all__ = ["Marked", "Segmentation", "TurnDraft", "detect_marker", "interview_cue", "segment"]

_UP = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_LO = "a-zа-яёәғқңөұүһі"
_DASH = re.compile(rf"^([-–—−])(?:\s+|(?<=[–—−])(?=[«\"{_UP}]))")
_QA = re.compile(
    r"^(?P<label>вопрос|ответ|сұрақ|жауап|question|answer)\s*(?::|\.(?=\s)|\s[–—-])\s*"
    r"|^(?P<letter>q|a|в|о|с|ж)\s*(?::|\s[–—-])\s+",
    re.I,
)
_QA_KIND = {
    "вопрос": TurnKind.QUESTION, "сұрақ": TurnKind.QUESTION, "question": TurnKind.QUESTION,
    "q": TurnKind.QUESTION, "в": TurnKind.QUESTION, "с": TurnKind.QUESTION,
    "ответ": TurnKind.ANSWER, "жауап": TurnKind.ANSWER, "answer": TurnKind.ANSWER,
    "a": TurnKind.ANSWER, "о": TurnKind.ANSWER, "ж": TurnKind.ANSWER,
}  # fmt: skip
_INITIALS = re.compile(rf"^(?P<label>(?:[{_UP}]\.\s?){{1,3}})\s*[-–—−]\s+")
_CAPS = re.compile(
    rf"^(?P<label>«[^»\n]{{2,40}}»|(?:[{_UP}][{_LO}]+\s+)?[{_UP}]{{2,}}(?:[ -][{_UP}]{{2,}})*)"
    rf"\s*(?:\.|:|\s[–—-])\s+"
)
_COLON = re.compile(
    rf"^(?P<label>(?:[{_UP}]\.\s?){{0,2}}[{_UP}][\w.-]*(?:\s+[{_UP}][\w.-]*){{0,2}})\s*:\s+"
)
_INLINE = re.compile(rf"(?<=[.?!…»\"])\s+([–—−-])\s+(?=[«\"{_UP}])")
_CLOSERS = "»\"”)'… "
_QEND = re.compile(r"\?[?!.…]+$")
_LOST_QUOTE = re.compile(r"(?:^|\s)\?\w[^?]{0,80}\w\?$")
# `– развитие транспорта;` is a list item inside an answer, not a turn.
_LIST_ITEM = re.compile(rf"^[-–—−]\s*(?:[{_LO}0-9]|.*[;,]$)")
_ATTRIBUTION = re.compile(
    r"[,.!?…»\"]\s*[–—−-]\s*(?:[\w.-]+\s+){0,3}?(?:сказал|отметил|заявил|подчеркнул|добавил|"
    r"пояснил|считает|говорит|уточнил|рассказал|сообщил|резюмировал|признал|констатировал|"
    r"напомнил|указал|заключил|отмечает|подчеркивает|уверен|деді|делінген|атап өтті|айтты|"
    r"хабарлады|мәлімдеді|said|says|added|noted|told|stressed|according)",
    re.I,
)
# Words that start many paragraphs with a colon or period but never name a speaker.
_NOT_LABELS = frozenset(
    (
        *("напомним", "справка", "например", "итак", "цитата", "кстати", "важно", "внимание"),
        *("источник", "фото", "видео", "подробнее", "примечание", "обновлено", "update"),
        *("note", "editor's note", "p.s.", "ps", "кроме того", "во-первых", "во-вторых"),
        *("в-третьих", "итог", "итоги", "вывод", "выводы", "факт", "факты", "цифры"),
        *("контекст", "астана", "алматы", "москва", "сша", "оон", "нато", "ес", "ссср"),
        *("рк", "рф", "кстати говоря", "справочно", "анықтама", "еске салайық"),
    )
)
_SECOND_PERSON = re.compile(r"\b(?:вы|вас|вам|вами|ваш\w*|you|your|сіз\w*)\b", re.I)
_CUE = re.compile(
    r"интервью|в беседе|беседовал|побеседовал|ответил[аи]? на вопрос|на вопросы|сұхбат|"
    r"interview|q&a|рассказал[аи]? корреспонденту|поговорили|спросили|вопросы корреспондента|"
    r"тілшісіне",
    re.I,
)


@dataclass(frozen=True)
class Marked:
    """A paragraph with the turn marker found at its start (if any)."""

    para: Paragraph
    style: str  # "dash" | "qa" | "label" | "none"
    marker: str | None = None  # as printed, e.g. "– " or "Вопрос: "
    label: str | None = None
    kind: TurnKind | None = None
    content_start: int = 0  # offset in the text where the content after the marker begins

    @property
    def ends_with_question(self) -> bool:
        text = _QEND.sub("?", self.para.text.rstrip(_CLOSERS))
        # `... так называемый ?Средний коридор?`: quote marks lost as `?`, not a question.
        return text.endswith("?") and not _LOST_QUOTE.search(text)


def detect_marker(p: Paragraph) -> Marked:
    """The marker at the start of a paragraph, if any."""
    t = p.text
    for style, pattern in (("qa", _QA), ("label", _INITIALS), ("dash", _DASH)):
        m = pattern.match(t)
        if m and style == "dash" and _LIST_ITEM.match(t):
            break
        if m:
            label = (m.groupdict().get("label") or m.groupdict().get("letter") or "").strip()
            kind = _QA_KIND.get(label.lower()) if style == "qa" and label else None
            return Marked(p, style, t[: m.end()], label or None, kind, p.start + m.end())
    for pattern in (_CAPS, _COLON):
        m = pattern.match(t)
        if m and m.end() < len(t) and m.group("label").strip().lower() not in _NOT_LABELS:
            label = m.group("label").strip()
            return Marked(p, "label", t[: m.end()], label, None, p.start + m.end())
    return Marked(p, "none", content_start=p.start)


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


def interview_cue(text: str) -> bool:
    """True if the text announces an interview (`в беседе с`, `сұхбат`, `interview`)."""
    return bool(_CUE.search(text))


def _content(m: Marked) -> tuple[int, int]:
    start = m.content_start
    while start < m.para.end and m.para.text[start - m.para.start].isspace():
        start += 1
    return (start, m.para.end) if start < m.para.end else (m.para.start, m.para.end)


def _split_inline(paras: list[Paragraph]) -> list[Paragraph]:
    """One-line interviews: split a line at inline ` – ` markers that follow a sentence end."""
    out: list[Paragraph] = []
    for p in paras:
        cuts = [m.start(1) for m in _INLINE.finditer(p.text)]
        if len(cuts) < 2:
            out.append(p)
            continue
        bounds = [0, *cuts, len(p.text)]
        for a, b in itertools.pairwise(bounds):
            piece = p.text[a:b]
            lead = len(piece) - len(piece.lstrip())
            piece = piece.strip()
            if piece:
                out.append(
                    Paragraph(p.start + a + lead, p.start + a + lead + len(piece), p.line, piece)
                )
    return out


def _build(marked: list[Marked], starts: dict[int, TurnKind], scheme: str) -> Segmentation:
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


def _alternate(indexes: list[int]) -> dict[int, TurnKind]:
    return {
        i: (TurnKind.QUESTION if n % 2 == 0 else TurnKind.ANSWER) for n, i in enumerate(indexes)
    }


def _label_scheme(marked: list[Marked]) -> Segmentation | None:
    counts = Counter(m.label for m in marked if m.style == "label" and m.label)
    recurring = {lab for lab, c in counts.items() if c >= 2}
    n_dash = sum(1 for m in marked if m.style == "dash")
    labelled = sum(counts[lab] for lab in recurring)
    # Two recurring labels (both sides labelled), or one label alternating with dashed turns.
    if (
        not recurring
        or labelled < 2
        or (len(recurring) < 2 and n_dash < 2)
        or (len(recurring) >= 2 and labelled < 4)
    ):
        return None
    idx = [i for i, m in enumerate(marked) if m.label in recurring or m.style == "dash"]
    q_ratio = {
        lab: sum(1 for m in marked if m.label == lab and m.ends_with_question) / counts[lab]
        for lab in recurring
    }
    first = next(lab for i in idx if (lab := marked[i].label) is not None and lab in recurring)
    interviewer: str | None = max(sorted(recurring), key=lambda lab: (q_ratio[lab], lab == first))
    if len(recurring) == 1:
        dash_q = sum(1 for m in marked if m.style == "dash" and m.ends_with_question)
        if q_ratio[first] < dash_q / max(n_dash, 1):
            interviewer = None  # the label answers; the dashes ask
    starts: dict[int, TurnKind] = {}
    prev = TurnKind.ANSWER
    for i in idx:
        lab = marked[i].label
        if lab in recurring:
            kind = TurnKind.QUESTION if lab == interviewer else TurnKind.ANSWER
        else:  # an unlabelled dash turn among labelled ones: the other side speaks
            kind = TurnKind.ANSWER if prev == TurnKind.QUESTION else TurnKind.QUESTION
        starts[i] = prev = kind
    seg = _build(marked, starts, "label")
    for t in seg.turns:
        if t.label not in recurring:
            t.label = None
    return seg


def _dash_scheme(marked: list[Marked]) -> Segmentation | None:
    dashed = [i for i, m in enumerate(marked) if m.style == "dash"]
    if not dashed:
        return None
    q_dash = sum(1 for i in dashed if marked[i].ends_with_question) / len(dashed)
    plain_q = [
        i - 1
        for i in dashed
        if i > 0 and marked[i - 1].style == "none" and marked[i - 1].ends_with_question
    ]
    if len(plain_q) >= max(2, len(dashed) // 2) and q_dash < 0.25:
        starts = {i: TurnKind.QUESTION for i in plain_q}
        starts.update({i: TurnKind.ANSWER for i in dashed})
        return _build(marked, starts, "dash_answers")
    followed = sum(1 for i in dashed if i + 1 < len(marked) and marked[i + 1].style == "none")
    if len(dashed) >= 2 and q_dash >= 0.7 and followed >= 0.8 * len(dashed):
        starts = {i: TurnKind.QUESTION for i in dashed}
        for i in dashed:
            if i + 1 < len(marked) and marked[i + 1].style == "none":
                starts[i + 1] = TurnKind.ANSWER
        return _build(marked, starts, "dash_questions")
    return _build(marked, _alternate(dashed), "dash")


def _unmarked_scheme(marked: list[Marked], cue: bool) -> Segmentation | None:
    qs = [
        i
        for i, m in enumerate(marked)
        if m.ends_with_question and len(m.para.text) < 400 and i + 1 < len(marked)
    ]
    # A question is followed by an answer paragraph that is not itself a question.
    qs = [i for i in qs if not marked[i + 1].ends_with_question]
    if len(qs) < (2 if cue else 4):
        return None
    starts: dict[int, TurnKind] = {}
    for i in qs:
        starts[i] = TurnKind.QUESTION
        starts[i + 1] = TurnKind.ANSWER
    covered = len(marked) - qs[0]
    addressed = sum(1 for i in qs if _SECOND_PERSON.search(marked[i].para.text))
    if not cue and (2 * len(qs) < 0.4 * covered or addressed < 0.5 * len(qs)):
        return None
    return _build(marked, starts, "unmarked")


def _short_questions(seg: Segmentation) -> bool:
    """Questions much shorter than answers: prompts like `Расскажите о ...` without `?`."""
    q = [t.end - t.start for t in seg.turns if t.kind == TurnKind.QUESTION]
    a = [t.end - t.start for t in seg.turns if t.kind == TurnKind.ANSWER]
    return bool(q and a) and sum(q) / len(q) < 0.5 * sum(a) / len(a)


def _qa_ratio(seg: Segmentation) -> float:
    questions = [t for t in seg.turns if t.kind == TurnKind.QUESTION]
    if not questions:
        return 0.0
    return sum(1 for t in questions if "?" in t.first.para.text) / len(questions)


def segment(
    paras: list[Paragraph], *, cue_text: str = "", force: bool | None = None
) -> Segmentation:
    """Find the turns among content paragraphs and decide whether the article is an interview.

    ``force`` (from a curated genre) overrides the decision: True takes the best turn candidate,
    False returns no turns.
    """
    cue = interview_cue(cue_text)
    if force is False:
        return Segmentation([], list(paras), [], "none", False, False, "curated genre")
    seg = _segment(paras, cue, force=bool(force))
    return seg


def _segment(paras: list[Paragraph], cue: bool, *, force: bool) -> Segmentation:
    if all(detect_marker(p).style == "none" for p in paras):
        paras = _split_inline(paras)
    marked = [detect_marker(p) for p in paras]
    none = Segmentation([], list(paras), [], "none", False, False, "no turn markers")

    qa_q = sum(1 for m in marked if m.kind == TurnKind.QUESTION)
    qa_a = sum(1 for m in marked if m.kind == TurnKind.ANSWER)
    if qa_q >= 1 and qa_a >= 1 and qa_q + qa_a >= 2:
        starts = {i: m.kind for i, m in enumerate(marked) if m.kind is not None}
        seg = _build(marked, starts, "qa")
        seg.uncertain = not cue and _qa_ratio(seg) < 0.3
        seg.reason = "question/answer labels"
        return seg

    seg_l = _label_scheme(marked)
    if seg_l is not None and (force or cue or _qa_ratio(seg_l) >= 0.3):
        seg_l.uncertain = not cue and _qa_ratio(seg_l) < 0.5
        seg_l.reason = "recurring speaker labels"
        return seg_l

    seg_d = _dash_scheme(marked)
    if seg_d is not None:
        dashed = [m for m in marked if m.style == "dash"]
        attributed = sum(1 for m in dashed if _ATTRIBUTION.search(m.para.text)) / len(dashed)
        ratio = _qa_ratio(seg_d)
        n_q = sum(1 for t in seg_d.turns if t.kind == TurnKind.QUESTION)
        interview = (
            attributed < 0.3
            and n_q >= 1
            and (ratio >= 0.5 or (cue and (ratio >= 0.25 or _short_questions(seg_d))))
        )
        if force or (interview and len(seg_d.turns) >= 2):
            seg_d.uncertain = (not cue and ratio < 0.75) or attributed >= 0.15
            seg_d.reason = f"dash turns, {ratio:.0%} of questions with '?'"
            return seg_d
        none.uncertain = (cue and attributed < 0.3) or (ratio >= 0.5 and attributed < 0.5)
        none.reason = f"dash paragraphs are quotes ({attributed:.0%} attributed, {ratio:.0%} '?')"
        # Fall through: the article may still be an unmarked interview.

    seg_u = _unmarked_scheme(marked, cue)
    if seg_u is None and force:
        seg_u = _unmarked_scheme(marked, True)
    if seg_u is not None and (seg_d is None or force):
        seg_u.uncertain = not cue
        seg_u.reason = "unmarked alternating questions and answers"
        return seg_u
    return none
