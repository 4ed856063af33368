"""Turn segmentation: which paragraphs are interview turns, their kinds and labels.

Markers are found by :mod:`.markers`. Each turn scheme (Q/A labels, speaker labels, dashes,
unmarked alternation) proposes a candidate; :mod:`.genre` weighs each candidate with the title
and lead cues and the news counter-evidence, and the best one wins if it is an interview.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from ..codes import TurnKind
from ..source.layout import Paragraph, looks_like_heading
from ..source.page import truncated
from .genre import (
    ATTRIBUTION,
    GenreDecision,
    Structure,
    body_evidence,
    decide,
    interview_cue,
    text_evidence,
)
from .markers import Marked, detect_marker, join_label_lines, split_glued, split_inline

__all__ = ["Marked", "Segmentation", "TurnDraft", "detect_marker", "interview_cue", "segment"]

_UP = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_LO = "a-zа-яёәғқңөұүһі"
_SECOND_PERSON = re.compile(
    r"\b(?:вы|вас|вам|вами|ваш\w*|you|your|сіз\w*)\b"
    r"|(?:^|[.?!]\s|\bне\s)[а-яё]+(?:ете|ите|етесь|итесь)\b",
    re.I,
)
_VOCATIVE = re.compile(
    rf"^[{_UP}][{_LO}]+(?:\s+[{_UP}][{_LO}]+(?:ович|евич|овна|евна|ична|ұлы|қызы))?,\s"
)
_PATRONYMIC = re.compile(
    rf"\s*[{_UP}][{_LO}]+\s+[{_UP}][{_LO}]+(?:ович|евич|овна|евна|ична|ұлы|қызы),\s"
)
_DEFINITION = re.compile(
    rf"(?P<name>[{_UP}][{_LO}]+\s+[{_UP}][{_LO}]+)\s*\((?P<label>(?:[{_UP}]\.\s?){{1,3}})\)"
)
_INITIALS_OF = re.compile(rf"[{_UP}]")
_NAME_LABEL = re.compile(rf"^[{_UP}][{_LO}]+\s[{_UP}][{_LO}]+$|^(?:[{_UP}]\.\s?){{2,3}}$")


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


def _label_key(label: str) -> str:
    """`Мадина Мұратова` and `М.М` are the same speaker: compare by initials when one is."""
    letters = "".join(_INITIALS_OF.findall(label))
    return letters if len(letters) >= 2 else label


def _canonical_labels(marked: list[Marked]) -> list[Marked]:
    """Labels that switch from full names to initials (`Айгүл Серікқызы:` then `А.С:`) are one
    speaker, labelled by the full name (which names them)."""
    labels = [m.label for m in marked if m.style == "label" and m.label]
    initials = {lab for lab in labels if re.fullmatch(rf"(?:[{_UP}]\.?\s?){{2,3}}", lab)}
    if not initials:
        return marked
    full: dict[str, str] = {}
    for lab in labels:
        if lab not in initials and _NAME_LABEL.match(lab):
            full.setdefault(_label_key(lab), lab)
    out = []
    for m in marked:
        target = full.get(_label_key(m.label)) if m.label in initials and m.label else None
        if target is not None:
            m = Marked(m.para, m.style, m.marker, target, m.kind, m.content_start, m.role_label)
        out.append(m)
    return out


def _dialogue_labels(marked: list[Marked]) -> set[str]:
    """Labels seen in an exchange: two different labels on consecutive paragraphs, or a label
    right after a dashed question. A short excerpt shows each speaker only once."""
    out: set[str] = set()
    for a, b in itertools.pairwise(marked):
        la = a.label if a.style == "label" else None
        lb = b.label if b.style == "label" else None
        if la and lb and la != lb:
            out |= {la, lb}
        elif lb and a.style == "dash" and _has_question(a):
            out.add(lb)
    return out


def _label_scheme(marked: list[Marked]) -> Segmentation | None:
    marked = _canonical_labels(marked)
    counts = Counter(m.label for m in marked if m.style == "label" and m.label)
    adjacent = _dialogue_labels(marked)
    speakers = {lab for lab, c in counts.items() if c >= 2} | adjacent
    n_dash = sum(1 for m in marked if m.style == "dash")
    labelled = sum(counts[lab] for lab in speakers)
    if not speakers or (labelled < 2 and not adjacent):
        return None
    q_ratio = {
        lab: sum(1 for m in marked if m.label == lab and _has_question(m)) / counts[lab]
        for lab in speakers
    }
    if len(speakers) == 1 and n_dash < 2 and not adjacent:
        return _label_questions(marked, next(iter(speakers)), q_ratio)
    if len(speakers) >= 2 and labelled < 4 and not adjacent:
        return None
    # A name label seen once among the speakers' (a second host asking once) is a turn too.
    idx = [
        i
        for i, m in enumerate(marked)
        if m.label in speakers or m.style == "dash" or (m.label and _NAME_LABEL.match(m.label))
    ]
    first = next(lab for i in idx if (lab := marked[i].label) is not None and lab in speakers)
    best = max(sorted(speakers), key=lambda lab: (q_ratio[lab], lab == first))
    # Interviewers: the labels that ask (two hosts are common); the rest answer. With no `?`
    # anywhere, the first speaker (the host opening the talk) asks.
    askers = {lab for lab in speakers if q_ratio[lab] >= max(0.3, 0.5 * q_ratio[best])}
    if not askers or len(askers) == len(speakers):
        askers = {best}
    dash_q = sum(1 for m in marked if m.style == "dash" and _has_question(m))
    if n_dash and dash_q and q_ratio[best] < dash_q / n_dash:
        askers = set()  # the labels answer; the dashes ask
    starts: dict[int, TurnKind] = {}
    prev = TurnKind.ANSWER
    for i in idx:
        lab = marked[i].label
        if lab in speakers:
            kind = TurnKind.QUESTION if lab in askers else TurnKind.ANSWER
        else:  # an unlabelled dash turn among labelled ones: the other side speaks
            kind = TurnKind.ANSWER if prev == TurnKind.QUESTION else TurnKind.QUESTION
        starts[i] = prev = kind
    _continue_unmarked(marked, starts)
    seg = _build(marked, starts, "label")
    for t in seg.turns:
        if t.label not in speakers:
            t.label = None
    return seg


def _continue_unmarked(marked: list[Marked], starts: dict[int, TurnKind]) -> None:
    """Labels on the first pair only (then unmarked `?` questions and their answers): the
    unmarked pairs after the last labelled turn are turns too."""
    last = max(starts)
    qs = [
        i
        for i in range(last + 1, len(marked) - 1)
        if marked[i].style == marked[i + 1].style == "none"
        and _asks(marked[i])
        and not _asks(marked[i + 1])
    ]
    if len(qs) >= 2 or (qs and len(starts) <= 2):
        for i in qs:
            starts[i] = TurnKind.QUESTION
            starts[i + 1] = TurnKind.ANSWER


def _has_question(m: Marked) -> bool:
    return m.ends_with_question or "?" in m.para.text or "؟" in m.para.text


def _label_questions(
    marked: list[Marked], label: str, q_ratio: dict[str, float]
) -> Segmentation | None:
    """One recurring label on the questions (`Алина Ким, издание «X»:`); answers unmarked."""
    if q_ratio[label] < 0.5:
        return None
    starts: dict[int, TurnKind] = {}
    for i, m in enumerate(marked):
        if m.label == label:
            starts[i] = TurnKind.QUESTION
            if i + 1 < len(marked) and marked[i + 1].style == "none":
                starts[i + 1] = TurnKind.ANSWER
    seg = _build(marked, starts, "label")
    for t in seg.turns:
        if t.label != label:
            t.label = None
    return seg


def _dash_scheme(marked: list[Marked]) -> Segmentation | None:
    dashed = [i for i, m in enumerate(marked) if m.style == "dash"]
    # A lead that starts with a dash of another kind than every turn below it (`- Этот текст`
    # above `– Добрый день`) is not a turn.
    # Or a dashed lead paragraph set apart by a heading below it (`- Этот текст ...` then
    # `О деньгах фонда`), when the turns follow.
    if len(dashed) >= 3 and dashed[0] == 0 and not marked[0].ends_with_question:
        rest = {marked[i].dash for i in dashed[1:]}
        below = marked[1].style == "none" and looks_like_heading(marked[1].para.text)
        if (marked[0].dash not in rest and len(rest) == 1) or (below and dashed[1] == 2):
            dashed = dashed[1:]
    if not dashed:
        return None
    q_dash = sum(1 for i in dashed if marked[i].ends_with_question) / len(dashed)
    dashed_set = set(dashed)
    asks = [
        i - 1
        for i in dashed
        if i > 0 and marked[i - 1].style in ("none", "num") and i - 1 not in dashed_set
    ]
    plain_q = [i for i in asks if marked[i].ends_with_question]
    # Only the answers dashed, unless a dashed paragraph addresses the guest by name and
    # patronymic (`– Ерлан Бауыржанович, рады видеть Вас`): then the dashes are the host's.
    addressing = any(_PATRONYMIC.match(marked[i].para.text, 2) for i in dashed)
    if len(plain_q) >= max(1, len(dashed) // 2) and q_dash < 0.25 and not addressing:
        # Only the answers are dashed: the paragraph above each one asks (with or without `?`).
        asks = [i for i in asks if _asks(marked[i]) or not looks_like_heading(marked[i].para.text)]
        starts = {i: TurnKind.QUESTION for i in asks}
        starts.update({i: TurnKind.ANSWER for i in dashed})
        return _build(marked, starts, "dash_answers")
    followed = sum(1 for i in dashed if i + 1 < len(marked) and marked[i + 1].style == "none")
    if len(dashed) >= 2 and q_dash >= 0.7 and followed >= 0.8 * len(dashed):
        starts = {i: TurnKind.QUESTION for i in dashed}
        for i in dashed:
            if i + 1 < len(marked) and marked[i + 1].style == "none":
                starts[i + 1] = TurnKind.ANSWER
        return _build(marked, starts, "dash_questions")
    # The first question may have lost its dash (to the date prefix, or a layout slip): a plain
    # `?` paragraph just above the first dash starts the alternation if that fits better.
    first = dashed[0]
    if first > 0 and marked[first - 1].style == "none" and marked[first - 1].ends_with_question:
        shifted = [first - 1, *dashed]
        if _q_share(marked, shifted) > _q_share(marked, dashed):
            return _build(marked, _alternate(shifted), "dash")
    return _build(marked, _alternate(dashed), "dash")


def _q_share(marked: list[Marked], order: list[int]) -> float:
    """Share of the alternation's questions (every other paragraph) that end with `?`."""
    qs = order[::2]
    return sum(1 for i in qs if marked[i].ends_with_question) / len(qs)


def _asks(m: Marked) -> bool:
    """An unmarked question: ends with `?`, or a short prompt addressing the guest."""
    t = m.para.text
    if m.ends_with_question:
        return len(t) < 400
    prompt = looks_like_heading(t) and len(t.split()) >= 3
    return prompt and bool(_SECOND_PERSON.search(t))


def _unmarked_scheme(marked: list[Marked]) -> Segmentation | None:
    n = len(marked)
    qs = [i for i, m in enumerate(marked) if i + 1 < n and _asks(m) and not _asks(marked[i + 1])]
    # A label on the first question only (`Имя Фамилия, издание «X»:`): it asks.
    first_label = next((i for i, m in enumerate(marked) if m.style == "label"), None)
    if (
        first_label is not None
        and (not qs or first_label < qs[0])
        and first_label + 1 < n
        and (marked[first_label].role_label or first_label + 1 in qs or first_label + 2 in qs)
    ):
        qs = [first_label, *qs]
    if not qs:
        return None
    starts: dict[int, TurnKind] = {}
    for i in qs:
        starts[i] = TurnKind.QUESTION
        starts[i + 1] = TurnKind.ANSWER
    return _build(marked, starts, "unmarked")


def _short_questions(seg: Segmentation) -> bool:
    """Questions much shorter than answers: prompts like `Расскажите о ...` without `?`."""
    q = [t.end - t.start for t in seg.turns if t.kind == TurnKind.QUESTION]
    a = [t.end - t.start for t in seg.turns if t.kind == TurnKind.ANSWER]
    return bool(q and a) and sum(q) / len(q) < 0.5 * sum(a) / len(a)


def _structure(seg: Segmentation, marked: list[Marked], text: str) -> Structure:
    questions = [t for t in seg.turns if t.kind == TurnKind.QUESTION]
    answers = [t for t in seg.turns if t.kind == TurnKind.ANSWER]
    dashed = [m for m in marked if m.style == "dash"]
    attributed = sum(1 for m in dashed if ATTRIBUTION.search(m.para.text))
    introduced = sum(
        1
        for i, m in enumerate(marked)
        if m.style == "dash"
        and i > 0
        and marked[i - 1].style == "none"
        and marked[i - 1].para.text.rstrip().endswith(":")
    )
    qmarks = sum(1 for t in questions if t.first.ends_with_question or "?" in t.first.para.text)
    addressed = sum(
        1
        for t in questions
        if _SECOND_PERSON.search(t.first.para.text)
        or _VOCATIVE.match(t.first.para.text[t.first.content_start - t.first.para.start :])
    )
    labels = {t.label for t in seg.turns if t.label}
    scheme = "dash" if seg.scheme.startswith("dash") else seg.scheme
    if seg.scheme in ("dash_answers", "dash_questions"):
        scheme = "half_dash"
    return Structure(
        scheme=scheme,
        questions=len(questions),
        answers=len(answers),
        question_marks=qmarks / len(questions) if questions else 0.0,
        attributed=attributed / len(dashed) if dashed else 0.0,
        addressed=addressed / len(questions) if questions else 0.0,
        short_questions=_short_questions(seg),
        introduced=introduced / len(dashed) if dashed else 0.0,
        cut=bool(seg.turns)
        and len(seg.turns[-1].paragraphs) == 1
        and seg.turns[-1].end == marked[-1].para.end
        and truncated(marked[-1].para.text),
        label_definition=bool(_DEFINITION.search(text))
        or len(labels) >= 2
        or (bool(questions) and questions[0].first.role_label),
    )


def _prepare(paras: list[Paragraph], text: str) -> list[Marked]:
    paras = split_glued(join_label_lines(paras, text))
    unmarked = all(detect_marker(p).style == "none" for p in paras)
    paras = split_inline(paras, unmarked=unmarked)
    return [detect_marker(p) for p in paras]


def segment(
    paras: list[Paragraph],
    *,
    cue_text: str = "",
    title: str = "",
    force: bool | None = None,
) -> Segmentation:
    """Find the turns among content paragraphs and decide whether the article is an interview.

    Every scheme proposes a candidate; each is weighed by :func:`.genre.decide` with the title,
    the paragraphs before its first turn (and ``cue_text``) and the body. ``force`` (a curated
    genre) overrides the decision: True takes the best candidate, False returns no turns.
    """
    if force is False:
        return Segmentation([], list(paras), [], "none", False, False, "curated genre")
    text = _joined(paras)
    marked = _prepare(paras, text) if paras else []
    body = " ".join(m.para.text for m in marked)
    in_body = body_evidence(body)
    candidates: list[tuple[float, int, Segmentation, GenreDecision]] = []
    for n, scheme in enumerate((_qa_scheme, _label_scheme, _dash_scheme, _unmarked_scheme)):
        seg = scheme(marked)
        if seg is None or not seg.turns:
            continue
        lead = " ".join([cue_text, *(p.text for p in seg.before)])[:2000]
        decision = decide(_structure(seg, marked, body), text_evidence(title, lead, "") + in_body)
        score = sum(e.weight for e in decision.evidence)
        candidates.append((score, -n, seg, decision))
    if not candidates:
        decision = decide(None, text_evidence(title, cue_text, body))
        return _none(paras, decision)
    _, _, seg, decision = max(candidates, key=lambda c: (c[0], c[1]))
    if not decision.interview and not force:
        return _none(paras, decision)
    seg.interview = True
    seg.decision = decision
    labels = {t.label for t in seg.turns if t.label}
    for m in _DEFINITION.finditer(text):
        label = m.group("label").replace(" ", "")
        if label in labels:
            seg.label_names.setdefault(label, m.group("name"))
    seg.uncertain = decision.uncertain and not force
    seg.reason = decision.reason
    return seg


def _none(paras: list[Paragraph], decision: GenreDecision) -> Segmentation:
    seg = Segmentation([], list(paras), [], "none", False, decision.uncertain, decision.reason)
    seg.decision = decision
    return seg


def _joined(paras: list[Paragraph]) -> str:
    """A text in which every paragraph sits at its own offsets (gaps filled with newlines)."""
    if not paras:
        return ""
    buf = ["\n"] * paras[-1].end
    for p in paras:
        buf[p.start : p.end] = p.text
    return "".join(buf)


def _qa_scheme(marked: list[Marked]) -> Segmentation | None:
    qa_q = sum(1 for m in marked if m.kind == TurnKind.QUESTION)
    qa_a = sum(1 for m in marked if m.kind == TurnKind.ANSWER)
    if qa_q < 1 or qa_a < 1:
        return None
    return _build(marked, {i: m.kind for i, m in enumerate(marked) if m.kind is not None}, "qa")
