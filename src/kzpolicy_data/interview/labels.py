"""Speaker-label schemes: transcripts whose turns start with who speaks.

Labels recur (`Вопрос`-less transcripts, `И.Г. -`, `Петров А.:`), or, in a short excerpt, two
different labels on consecutive paragraphs (or a dashed question and a labelled reply) show an
exchange. The labels that ask are the interviewers (two hosts are common); a label only on the
questions (`Алина Ким, издание «X»:`) leaves the answers unmarked; labels only on the first
pair continue as unmarked `?` questions and their answers.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from ..codes import TurnKind
from ..source.page import truncated
from .drafts import NAME_LABEL, Segmentation, asks, build, has_question
from .letters import UP
from .markers import SECOND_PERSON, Marked

__all__ = ["label_scheme"]

_INITIALS_OF = re.compile(rf"[{UP}]")


def _label_key(label: str) -> str:
    """`Мадина Мұратова` and `М.М` are the same speaker: compare by initials when one is."""
    letters = "".join(_INITIALS_OF.findall(label))
    return letters if len(letters) >= 2 else label


def _canonical_labels(marked: list[Marked]) -> list[Marked]:
    """Labels that switch from full names to initials (`Айгүл Серікқызы:` then `А.С:`) or to
    the surname (`Christopher Walker:` then `Walker:`) are one speaker, labelled by the full
    name (which names them)."""
    labels = [m.label for m in marked if m.style == "label" and m.label]
    initials = {lab for lab in labels if re.fullmatch(rf"(?:[{UP}]\.?\s?){{2,3}}", lab)}
    names = [lab for lab in labels if lab not in initials and _full_name(lab)]
    by_surname: dict[str, set[str]] = {}
    for lab in names:
        by_surname.setdefault(_full_name(lab).split()[-1], set()).add(lab)
    # a surname alone, of one full name only
    surnames = {lab: min(by_surname[lab]) for lab in labels if len(by_surname.get(lab, ())) == 1}
    if not initials and not surnames:
        return marked
    full: dict[str, str] = {}
    for lab in names:
        full.setdefault(_label_key(lab), lab)
    out = []
    for m in marked:
        target = (
            full.get(_label_key(m.label))
            if m.label in initials and m.label
            else surnames.get(m.label or "")
        )
        if target is not None:
            m = Marked(m.para, m.style, m.marker, target, m.kind, m.content_start, m.role_label)
        out.append(m)
    return out


_CAPS_NAME = re.compile(
    rf"[{UP}]{{2,}}(?:-[{UP}]{{2,}})?(?:\s[{UP}]{{2,}}(?:-[{UP}]{{2,}})?){{1,2}}"
)


def _full_name(label: str) -> str:
    """The person's full name a label prints before any role (`RACHEL MARTIN, HOST`,
    `YERZHAN ASHIKBAYEV`, `Christopher Walker`), or "" if it prints none."""
    name = label.split(",")[0].strip()
    return name if NAME_LABEL.match(name) or _CAPS_NAME.fullmatch(name) else ""


def _dialogue_labels(marked: list[Marked]) -> set[str]:
    """Labels seen in an exchange: two different labels on consecutive paragraphs, or a label
    right after a dashed question. A short excerpt shows each speaker only once."""
    out: set[str] = set()
    for a, b in itertools.pairwise(marked):
        la = a.label if a.style == "label" else None
        lb = b.label if b.style == "label" else None
        if la and lb and la != lb:
            out |= {la, lb}
        elif lb and a.style == "dash" and has_question(a):
            out.add(lb)
    # The host's labelled turn runs over plain paragraphs and ends asking, then the guest's
    # label (`Владимир Кара-Мурза: Депутаты ...` / `... с нашим гостем.` / `Аркадий, давно
    # ли ...?` / `Аркадий Дубнов: Во-первых, ...`).
    last: str | None = None
    for j, m in enumerate(marked):
        if m.style == "label" and m.label:
            if (
                last
                and marked[j - 1].style == "none"
                and marked[j - 1].ends_with_question
                # two people: no word shared (`KAIRAT ABDRAKHMANOV:` then `ABDRAKHMANOV:`)
                and not set(last.lower().split()) & set(m.label.lower().split())
            ):
                out |= {last, m.label}
            last = m.label
        elif m.style != "none":
            last = None
    # Labels on lines of their own (`ВЕДУЩИЙ:` then `АКЕЖАН КАЖЕГЕЛЬДИН:`): a turn may run over
    # several unlabelled paragraphs before the next speaker's label line.
    own_line = [m for m in marked if m.style == "label" and m.label and m.on_own_line]
    for a, b in itertools.pairwise(own_line):
        if a.label != b.label:
            out |= {a.label or "", b.label or ""}
    return out


def label_scheme(marked: list[Marked]) -> Segmentation | None:
    marked = _canonical_labels(marked)
    counts = Counter(m.label for m in marked if m.style == "label" and m.label)
    adjacent = _dialogue_labels(marked)
    speakers = {lab for lab, c in counts.items() if c >= 2} | adjacent
    n_dash = sum(1 for m in marked if m.style == "dash")
    labelled = sum(counts[lab] for lab in speakers)
    last = marked[-1] if marked else None
    if (
        not speakers
        and last
        and last.label
        and (
            SECOND_PERSON.search(last.para.text)
            or truncated(last.para.text)
            # an outlet's label (`«Жэньминьван»:`) asks, also before it says `you`
            or last.label[:1] in '«"'
        )
        # `How have ...?` above `KAIRAT ABDRAKHMANOV: ...`: the label answers an unmarked question
        and not (len(marked) > 1 and marked[-2].ends_with_question)
    ):
        # `«Китай»: ... как бы Вы ...` as the last paragraph: the excerpt stops inside the
        # first question, labelled by the host; :mod:`.genre` weighs the cues.
        seg = build(marked, {len(marked) - 1: TurnKind.QUESTION}, "label")
        return seg if last.style == "label" and counts[last.label] == 1 and n_dash == 0 else None
    if not speakers or (labelled < 2 and not adjacent):
        return None
    q_ratio = {
        lab: sum(1 for m in marked if m.label == lab and has_question(m)) / counts[lab]
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
        if m.label in speakers or m.style == "dash" or (m.label and NAME_LABEL.match(m.label))
    ]
    first = next(lab for i in idx if (lab := marked[i].label) is not None and lab in speakers)
    best = max(sorted(speakers), key=lambda lab: (q_ratio[lab], lab == first))
    # Interviewers: the labels that ask (two hosts are common); the rest answer. With no `?`
    # anywhere, the first speaker (the host opening the talk) asks.
    askers = {lab for lab in speakers if q_ratio[lab] >= max(0.3, 0.5 * q_ratio[best])}
    if not askers or len(askers) == len(speakers):
        askers = {best}
    dash_q = sum(1 for m in marked if m.style == "dash" and has_question(m))
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
    _drop_leading_answers(marked, starts)
    seg = build(marked, starts, "label")
    for t in seg.turns:
        if t.label not in speakers:
            t.label = None
    return seg


def _drop_leading_answers(marked: list[Marked], starts: dict[int, TurnKind]) -> None:
    """`Азат Перуашев: Если я и диктатор...` printed twice above the first question: a title
    (and its copy) in `Name: quote` form, not answers, when that label never speaks again."""
    first_q = min((i for i, k in starts.items() if k == TurnKind.QUESTION), default=None)
    if first_q is None:
        return
    leading = [i for i in starts if i < first_q]
    later = {marked[i].label for i in starts if i > first_q}
    if leading and all(
        starts[i] == TurnKind.ANSWER and marked[i].label not in later for i in leading
    ):
        for i in leading:
            del starts[i]


def _continue_unmarked(marked: list[Marked], starts: dict[int, TurnKind]) -> None:
    """Labels on the first pair only (then unmarked `?` questions and their answers): the
    unmarked pairs after the last labelled turn are turns too."""
    last = max(starts)
    qs = [
        i
        for i in range(last + 1, len(marked) - 1)
        if marked[i].style == marked[i + 1].style == "none"
        and asks(marked[i])
        and not asks(marked[i + 1])
    ]
    if len(qs) >= 2 or (qs and len(starts) <= 2):
        for i in qs:
            starts[i] = TurnKind.QUESTION
            starts[i + 1] = TurnKind.ANSWER


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
    seg = build(marked, starts, "label")
    for t in seg.turns:
        if t.label != label:
            t.label = None
    return seg
