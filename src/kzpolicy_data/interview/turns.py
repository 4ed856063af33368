"""Turn segmentation: which paragraphs are interview turns, their kinds and labels.

Markers are found by :mod:`.markers`. Each turn scheme (Q/A labels, speaker labels in
:mod:`.labels`, dashes, unmarked alternation) proposes a candidate; :mod:`.genre` weighs each
candidate with the title and lead cues and the news counter-evidence, and the best one wins if
it is an interview.
"""

from __future__ import annotations

import itertools
import re

from ..codes import TurnKind
from ..source.layout import Paragraph
from ..source.page import truncated
from .dashes import PATRONYMIC, VOCATIVE, dash_scheme, greets
from .drafts import (
    PROMPT,
    Segmentation,
    TurnDraft,
    build,
)
from .genre import GenreDecision, Structure, decide
from .joins import addresses_line, join_label_lines, join_wrapped
from .labels import label_scheme
from .letters import LO, UP
from .markers import SECOND_PERSON, Marked, detect_marker
from .oneline import split_glued, split_inline, split_labels, split_questions
from .unmarked import unmarked_scheme
from .wording import (
    ATTRIBUTION,
    OPENING,
    Evidence,
    announced_interview,
    body_evidence,
    host_evidence,
    interview_cue,
    retold,
    strong_cue,
    text_evidence,
    worded,
)

__all__ = [
    "Marked",
    "Segmentation",
    "TurnDraft",
    "detect_marker",
    "interview_cue",
    "opening",
    "segment",
]

_UP, _LO = UP, LO
_DEFINITION = re.compile(
    rf"(?P<name>[{_UP}][{_LO}]+\s+[{_UP}][{_LO}]+)\s*\((?P<label>(?:[{_UP}]\.\s?){{1,3}})\)"
)


def _marker_end(m: Marked) -> int:
    return m.content_start - m.para.start


def _short_questions(seg: Segmentation) -> bool:
    """Questions much shorter than answers: prompts like `Расскажите о ...` without `?`."""
    q = [t.end - t.start for t in seg.turns if t.kind == TurnKind.QUESTION]
    a = [t.end - t.start for t in seg.turns if t.kind == TurnKind.ANSWER]
    return bool(q and a) and sum(q) / len(q) < 0.5 * sum(a) / len(a)


# An answer that opens as a retelling: `Министрдің орынбасарының айтуынша, ...`, `По словам
# министра, ...`, `According to the minister, ...`.
_RETOLD = re.compile(
    r"^\W*(?:(?:[\w-]+\s+){0,4}(?:айтуынша|сөзінше|пікірінше)|по\s+словам|according\s+to)\b",
    re.I,
)


_FIRST_PERSON = re.compile(
    r"(?<!\w)(?:я|мы|мне|нам|нас|наш\w*|мой|моя|мое|i|we|my|our|us|мен|біз\w*|менің)(?!\w)", re.I
)


# An answer that opens by speaking to the one who asked (`Вы правильно заметили`, `Спасибо за
# вопрос`, `Good question`): a reply in a dialogue, not a paragraph of an article.
_REPLIES = re.compile(
    r"\s*(?:вы\s+(?:правильно|верно|точно)\s+(?:заметили|сказали|отметили)|"
    r"спасибо\s+за\s+(?:этот\s+|ваш\s+)?вопрос|(?:это\s+)?(?:очень\s+)?(?:хороший|интересный|"
    r"правильный)\s+вопрос|you(?:'re|\s+are)\s+(?:quite\s+|absolutely\s+)?right|"
    r"thank\s+you\s+for\s+(?:the|this|your)\s+question|(?:that's\s+a\s+|a\s+)?good\s+question|"
    r"(?:жақсы|орынды)\s+сұрақ|сұрағыңызға\s+рахмет)",
    re.I,
)


def _structure(seg: Segmentation, marked: list[Marked], text: str) -> Structure:
    """The features of a turn candidate that :mod:`.genre` weighs."""
    questions = [t for t in seg.turns if t.kind == TurnKind.QUESTION]
    answers = [t for t in seg.turns if t.kind == TurnKind.ANSWER]
    attributed, introduced = _dash_quotes(marked)
    by_start = {m.para.start: m for m in marked}
    qmarks = sum(1 for t in questions if _asked(t, by_start))
    addressed = sum(
        1
        for t in questions
        if SECOND_PERSON.search(t.first.para.text)
        or VOCATIVE.match(t.first.para.text[t.first.content_start - t.first.para.start :])
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
        attributed=attributed,
        addressed=addressed / len(questions) if questions else 0.0,
        short_questions=_short_questions(seg),
        introduced=introduced,
        retold=bool(answers) and bool(_RETOLD.match(answers[0].first.para.text)),
        named=bool(questions)
        and bool(PATRONYMIC.match(questions[0].first.para.text, _marker_end(questions[0].first))),
        replies=bool(answers)
        and bool(_REPLIES.match(answers[0].first.para.text, _marker_end(answers[0].first))),
        first_person=sum(1 for t in answers if _FIRST_PERSON.search(t.first.para.text[:300]))
        / len(answers)
        if answers
        else 0.0,
        # the excerpt ends inside its last turn, or right after a lone first question (`-
        # Александр Игоревич, ... Насколько она своевременна?` and nothing after it)
        cut=bool(seg.turns)
        and len(seg.turns[-1].paragraphs) == 1
        and seg.turns[-1].end == marked[-1].para.end
        and (
            truncated(marked[-1].para.text)
            or (len(seg.turns) == 1 and seg.turns[0].kind == TurnKind.QUESTION)
        ),
        # Unmarked turns carry no labels: only a journalist's label on the first question counts
        # (`(М.Ш.)` defined in the text speaks for the label scheme, not for this one).
        label_definition=(bool(questions) and questions[0].first.role_label)
        or (seg.scheme != "unmarked" and (bool(_DEFINITION.search(text)) or len(labels) >= 2)),
    )


def _dash_quotes(marked: list[Marked]) -> tuple[float, float]:
    """The shares of dashed paragraphs that an attribution tail follows (`, — сказал X.`) and
    that a narrating line ending in `:` introduces: the marks of quotes in news."""
    dashed = [m for m in marked if m.style == "dash"]
    attributed = sum(1 for m in dashed if ATTRIBUTION.search(m.para.text))
    introduced = sum(
        1
        for i, m in enumerate(marked)
        if m.style == "dash"
        and i > 0
        and marked[i - 1].style == "none"
        and marked[i - 1].para.text.rstrip().endswith(":")
        # `The full text of the interview:` introduces the transcript, not a quote
        and not strong_cue(marked[i - 1].para.text)
        # `Бақытжан Зияданұлы, ... доценті:` above `– Бақытжан аға, ...?`: a question under a
        # name-and-position line, or one speaking to the person it names, is the host's, not a
        # quote the narration introduces.
        and not m.ends_with_question
        and not addresses_line(marked[i - 1].para.text, m.para.text)
    )
    if not dashed:
        return 0.0, 0.0
    return attributed / len(dashed), introduced / len(dashed)


# A Kazakh request closing a question without `?` (`... бір шегініс жасап көрейікші...`,
# `... айтып беріңізші.`); the Latin `i` stands in for `і` on some sites.
_REQUEST = re.compile(r"\w(?:ш[ыіi]|с[еa]ң[іi]з|саңыз)[.…!]*\s*$")


# A prompt left open with an ellipsis (`... в плане их открытости, демократичности...`).
_TRAILING = re.compile(r"(?:\.\.\.|…)[»\"”]?\s*$")


_SENTENCE_ENDS = set('.!?…:;»"”')


def _asked(t: TurnDraft, by_start: dict[int, Marked]) -> bool:
    """Whether a question turn asks: a `?` in its first paragraph, or in the paragraph after a
    greeting that opens it."""
    if t.first.ends_with_question or "?" in t.first.para.text:
        return True
    if _REQUEST.search(t.first.para.text) or _TRAILING.search(t.first.para.text):
        return True
    # `— Господин Ференц, расскажите, пожалуйста, о ...`, `Please tell us about ...`: a
    # prompt asks without `?`
    if PROMPT.search(t.first.para.text[:400]):
        return True
    # A greeting, or a preamble (a quote, the news the question is about), that opens the
    # question: the question is the plain paragraph after it.
    nxt = by_start.get(t.paragraphs[1][0]) if len(t.paragraphs) > 1 else None
    if nxt is not None and nxt.ends_with_question and (greets(t.first) or nxt.style == "none"):
        return True
    # A question hard-wrapped over lines (`– Господин посол, Казахстан не` / `самая близкая
    # страна для Литвы, не` / `правда ли?`): its lines run on while one ends mid-sentence.
    text = t.first.para.text
    for start, _ in t.paragraphs[1:4]:
        if text.rstrip()[-1:] in _SENTENCE_ENDS or (line := by_start.get(start)) is None:
            break
        if line.ends_with_question:
            return True
        text = line.para.text
    # A label on a line of its own heads the whole turn: a host's intro of the guest, then
    # the question (`ВЕДУЩИЙ:\nГость программы - ...\n...\nИтак, был ли ...?`).
    later = [by_start.get(p[0]) for p in t.paragraphs[1:3]]
    return t.first.on_own_line and any(m is not None and m.ends_with_question for m in later)


def _untitled(marked: list[Marked], title: str) -> list[Marked]:
    """Marked paragraphs with the headline repeated in the text unmarked: `Реальное Время:
    Казахстан и Афганистан` (a programme's name and the topic) is the title again, not a
    speaker's label and a turn."""
    lines = {_folded(line) for line in title.split("\n") if line.strip()}
    return [
        Marked(m.para, "none", content_start=m.para.start)
        if m.style != "none" and _folded(m.para.text) in lines
        else m
        for m in marked
    ]


def _folded(text: str) -> str:
    return " ".join(text.casefold().split())


def _prepare(paras: list[Paragraph], text: str) -> list[Marked]:
    paras = split_labels(split_glued(join_wrapped(join_label_lines(paras, text), text)))
    unmarked = all(detect_marker(p).style == "none" for p in paras)
    paras = split_questions(split_inline(paras, unmarked=unmarked), unmarked=unmarked)
    return _unechoed(_unbullet([detect_marker(p) for p in paras]))


def _unechoed(marked: list[Marked]) -> list[Marked]:
    """Marked paragraphs without the quoted labels that echo the paragraph before: `«Сотрудники
    силовых органов» — кто они?` takes up words the answer has just quoted (`... и сотрудники
    силовых органов — это наши сограждане`), where an outlet's quoted label (`«Азаттык»:`)
    names who asks, and the lead names it in quotes too (`«Азаттык» обсудил с ...`)."""
    out = marked[:1]
    for prev, m in itertools.pairwise(marked):
        quoted = m.label is not None and m.label[:1] in '«"' and len(m.label) > 2
        words = re.escape(_folded(m.label[1:-1])) if quoted and m.label else None
        before = _folded(prev.para.text)
        echoed = (
            words is not None
            and re.search(rf"(?<![\w«\"“]){words}(?![\w»\"”])", before) is not None
            and re.search(rf"[«\"“]{words}[»\"”]", before) is None
        )
        out.append(Marked(m.para, "none", content_start=m.para.start) if echoed else m)
    return out


# A page's bulleted meta block (`- Подробности`, `- 4386`, `- 18.04.2018`, `- Беседовал X`):
# short dashed lines that end without a sentence's punctuation.
_BULLET = re.compile(r"[-–—−]\s*[^\n]{1,60}(?<![.?!…:;])")


def _bullets(text: str) -> int:
    """How many bullet lines the paragraph is made of (0 if any line is not one)."""
    lines = text.split("\n")
    return len(lines) if all(_BULLET.fullmatch(line.strip()) for line in lines) else 0


def _unbullet(marked: list[Marked]) -> list[Marked]:
    """Marked paragraphs with every run of two or more bullets unmarked: furniture, not turns."""
    counts = [_bullets(m.para.text) for m in marked]  # `- 4386` is a bullet, not a turn
    bullet = [n > 0 for n in counts]
    out = []
    for i, m in enumerate(marked):
        run = counts[i] > 1 or (
            bullet[i] and ((i > 0 and bullet[i - 1]) or (i + 1 < len(bullet) and bullet[i + 1]))
        )
        # A page starts with its furniture: a lone bullet on top (`- Біздің сұхбат`, its date
        # line taken out as metadata) followed by prose is a rubric, not a first question.
        run = run or (i == 0 and bullet[0] and len(marked) > 1 and marked[1].style != "dash")
        unmark = run and m.style == "dash"
        out.append(Marked(m.para, "none", content_start=m.para.start) if unmark else m)
    return out


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
    marked = _untitled(_prepare(paras, text), title) if paras else []
    body = " ".join(m.para.text for m in marked)
    told = retold([m.para.text for m in marked])
    in_body = body_evidence(body) + ([told] if told else [])
    candidates: list[tuple[float, int, Segmentation, GenreDecision]] = []
    for n, scheme in enumerate((_qa_scheme, label_scheme, dash_scheme, unmarked_scheme)):
        seg = scheme(marked)
        if seg is None or not seg.turns:
            continue
        lead = _lead(cue_text, seg.before)
        first = seg.turns[0]
        host = host_evidence(first.first.para.text) if first.kind == TurnKind.QUESTION else []
        decision = decide(
            _structure(seg, marked, body), text_evidence(title, lead, "") + in_body + host
        )
        score = sum(e.weight for e in decision.evidence)
        candidates.append((score, -n, seg, decision))
    if not candidates:
        decision = decide(None, text_evidence(title, cue_text, body))
        # a reporter's question retold (`when asked about ...`), or the answers (`..., he
        # said`), is news telling the interview
        announced = None if in_body else _announced(paras, title, cue_text)
        return announced or _none(paras, decision)
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


def opening(paras: list[Paragraph]) -> list[Paragraph]:
    """The paragraphs that open the article, not counting a page's counters and bylines of a
    word or two (`4,888` / `оқылды`, read) between the title and the lead."""
    return list(itertools.islice((p for p in paras if worded(p.text)), OPENING))


def _announced(paras: list[Paragraph], title: str, cue_text: str) -> Segmentation | None:
    """An interview without printed turns, where the title or the first paragraphs announce the
    outlet's own conversation and the excerpt stops before the first question (or prints the
    answers without them), not where the paragraphs after the opening retell it."""
    own = announced_interview(title, _lead(cue_text, opening(paras)))
    if own is None:
        return None
    decision = GenreDecision(True, 0.5, [own, Evidence("no turns printed", -4.0, "turns")])
    seg = Segmentation([], list(paras), [], "none", True, True, decision.reason)
    seg.decision = decision
    return seg


def _lead(cue_text: str, paras: list[Paragraph]) -> str:
    """The text the genre's cues are read in before the turns: a paragraph a line (a rubric or
    an `Интервью с` opens its own), at most 2,000 characters."""
    return "\n".join([cue_text, *(p.text for p in paras)])[:2000]


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
    starts = {i: m.kind for i, m in enumerate(marked) if m.kind is not None}
    if qa_q >= 1 and qa_a == 0:
        # `Question: ...` then `Tokayev: ...`: the paragraph after each labelled question (a
        # name label, or none) answers it.
        for i, m in enumerate(marked[:-1]):
            if m.kind == TurnKind.QUESTION and marked[i + 1].style in ("label", "none"):
                starts[i + 1] = TurnKind.ANSWER
        qa_a = len(starts) - qa_q
    if qa_q < 1 or qa_a < 1:
        return None
    return build(marked, starts, "qa")
