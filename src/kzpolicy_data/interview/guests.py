"""Who is interviewed and who asks: the names of the lead, title, labels and vocatives, weighed.

Every name of the title and the intro (:func:`names.find_names`), every full-name label line
(`Ерлан Тоқтар:`) and every label defined in parentheses (`Сауле Нуртаевой (С.Н.)`) is a
candidate. Evidence for the guest: an answer label that names them (the strongest), the vocative
of the first question (`Дарья Дмитриевна,`), an instrumental or comitative introduction, a
position. Evidence against: a question label, a host cue (`журналисту X`, `ведущая X`), being a
leader merely mentioned (`Президент Токаев поручил`). The vocative also completes a name printed
with initials (`Д.Д. Осининой` -> `Дарья Осинина`) or as a lone surname (`аналитик Ершов:`) and
tells the gender of an ambiguous form (`Руслана Бекова`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..codes import TurnKind
from ..nlp.analysis import Analysis
from ..nlp.morph import is_first_name
from .address import Vocative, find_vocative
from .candidates import (
    Candidate,
    add_candidate,
    address_only,
    complete_name,
    from_vocative,
    is_leader,
    is_title_label,
    label_names,
    merge_initials,
    name_key,
    vocative_fits,
)
from .cues import conversed_with
from .listed import attributed, cued_surname, listed, said_by_surname
from .names import Found, find_names, is_outlet
from .positions import is_role
from .printed import add_printed
from .turns import Segmentation

__all__ = ["Candidate", "Cast", "cast", "label_names"]

_TALKED_ABOUT = 25  # less than a cue (20) and a role (10) together: a lone guest stays one


@dataclass
class Cast:
    """The interviewees (best first) and the interviewer's name, if the text gives them."""

    guests: list[Candidate]
    hosts: list[Candidate]  # the first question label's host first
    vocative: Vocative | None

    @property
    def host(self) -> Candidate | None:
        """The (first) interviewer named in the text."""
        return self.hosts[0] if self.hosts else None


def _turn_texts(text: str, seg: Segmentation) -> list[str]:
    """The first four turns' texts, questions first: where the host addresses the guest."""
    firsts = seg.turns[:4]
    ordered = [t for t in firsts if t.kind == TurnKind.QUESTION] + [
        t for t in firsts if t.kind != TurnKind.QUESTION
    ]
    return [text[t.first.content_start : t.end] for t in ordered]


def cast(
    analysis: Analysis,
    seg: Segmentation,
    *,
    intro: tuple[int, int] | None,
    title: tuple[int, int] | None,
) -> Cast:
    """The interviewees and the interviewer that the text names."""
    text = analysis.text
    # A question the segmentation left in the intro (`– Ерлан Бауыржанович, рады видеть Вас`)
    # still addresses the guest.
    turns = _turn_texts(text, seg)
    asked = find_vocative(turns)
    voc = asked or (find_vocative([text[intro[0] : intro[1]]], first_only=False) if intro else None)
    labels = _Labels.of(seg)
    cands: dict[str, Candidate] = {}
    found = _found(analysis, voc, intro=intro, title=title)
    if asked is None:  # `Арарат, ...`: a first name pymorphy3 knows only as a place
        firsts = frozenset(f.name.split()[0] for f, _ in found)
        asked = find_vocative(turns[:1], named=firsts)
        voc = voc or asked
    _add_found(cands, found, asked, analysis.text)
    add_printed(cands, text, labels.questions, labels.answers, voc, intro=intro, title=title)
    _weigh(cands, labels, voc, asked)
    _talked_about(cands, text, seg, voc)
    merge_initials(cands)
    for key in [k for k, c in cands.items() if is_outlet(c.name)]:
        del cands[key]
    ranked = sorted(cands.values(), key=lambda c: (-c.score, c.start))
    guests = _ranked_guests(ranked, seg, labels.answers)
    panel = [Candidate(*p) for p in listed(analysis, intro)] if intro else []
    if len(panel) >= 2:
        guests = panel
    if voc:
        guests = _vocative_guests(guests, text, seg, voc, asked, intro=intro, title=title)
    if not guests:
        said = attributed(analysis, seg) or (
            (said_by_surname(analysis, intro) or cued_surname(analysis, intro)) if intro else None
        )
        guests = [Candidate(*said)] if said else []
    first_q = next((t.label for t in seg.turns if t.kind == TurnKind.QUESTION), None)
    hosts = sorted(
        (c for c in ranked if c.host and c not in guests),
        key=lambda c: (not (first_q and label_names(first_q, [c.name, c.printed])), c.start),
    )
    return Cast(guests, hosts, voc)


def _leader(c: Candidate) -> bool:
    return is_leader(c.name) or is_leader(c.printed)


def _talked_about(
    cands: dict[str, Candidate], text: str, seg: Segmentation, voc: Vocative | None
) -> None:
    """A leader the first question speaks of is not the one asked (`What role does the visit
    of Kassym-Jomart Tokayev play?`), even where the lead cues them (`Tokayev arrived`), unless
    it addresses them. (Other names in a first question are mostly the guest introduced or
    greeted: `Сегодня у нас в гостях ...`.)"""
    first = next((t for t in seg.turns if t.kind == TurnKind.QUESTION), None)
    if first is None:
        return
    asked = text[first.first.content_start : first.end]
    for c in cands.values():
        surname = c.name.split()[-1] if c.name else ""
        if (
            len(surname) >= 4
            and surname in asked
            and _leader(c)
            and not (voc and vocative_fits(c, voc))
        ):
            c.score -= _TALKED_ABOUT


@dataclass
class _Labels:
    """The transcript's question and answer labels."""

    questions: set[str]
    answers: set[str]

    @classmethod
    def of(cls, seg: Segmentation) -> _Labels:
        """The labels of the segmentation's question and answer turns, and the names the text
        defines them for (`Аскар Нурша (А.Ш.)`, a host whose initials the page misprints)."""
        q = {t.label for t in seg.turns if t.kind == TurnKind.QUESTION and t.label}
        a = {t.label for t in seg.turns if t.kind == TurnKind.ANSWER and t.label}
        named = seg.label_names
        return cls(q | {named[x] for x in q if x in named}, a | {named[x] for x in a if x in named})


def _found(
    analysis: Analysis,
    voc: Vocative | None,
    *,
    intro: tuple[int, int] | None,
    title: tuple[int, int] | None,
) -> list[tuple[Found, bool]]:
    """The names of the title and the intro, each with whether it is in the title."""
    first = voc.first if voc else None
    in_title = find_names(analysis, *title, first_name=first, title=True) if title else []
    in_intro = find_names(analysis, *intro, first_name=first) if intro else []
    if title and _title_case(analysis.text[title[0] : title[1]]):
        # `Astana Regards Azerbaijan as Key Caucasus Country`: every word of an English
        # headline is capitalised, so a name needs a position before it, a cue, or the intro
        known = {name_key(f.name) for f in in_intro}
        text = analysis.text
        in_title = [
            f
            for f in in_title
            # `Yerlan Karin: We Will Not Become ...`: the speaker of a headline quote
            if f.role_before or f.cue or name_key(f.name) in known or text[f.end : f.end + 1] == ":"
        ]
    return [(f, True) for f in in_title] + [(f, False) for f in in_intro]


def _title_case(title: str) -> bool:
    """An English headline in title case: most of its longer words capitalised."""
    words = re.findall(r"[A-Za-z]{4,}", title)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _add_found(
    cands: dict[str, Candidate],
    found: list[tuple[Found, bool]],
    asked: Vocative | None,
    text: str,
) -> None:
    """Add the title's and intro's names, scored by place, a role before them and their cue."""
    for f, in_title in found:
        if (address_only(f.printed, asked) or address_only(f.name, asked)) and not (
            # `Послом Венгрии в Казахстане Миклошом Яцковичем`: a surname in `-ович` after a
            # position, in an oblique case, introduces someone; nobody is addressed so
            f.role_before and f.case == "oblique"
        ):
            continue  # `Ерлан Бауыржанович`: an address, not a first name and surname
        score = 5 * in_title + 10 * f.role_before
        score += {"guest": 20, "host": -80, "leader": -60}.get(f.cue or "", 0)
        if f.cue == "guest" and conversed_with(text, f.start):
            score += 15  # over another `с X` of the lead, even one with a position
        c = add_candidate(cands, f.name, f.printed, f.start, f.end, score)
        c.host = c.host or f.cue == "host"
        c.cued = c.cued or f.cue == "guest"
        c.pair = f.pair if f.pair is not None else c.pair


def _weigh(
    cands: dict[str, Candidate], labels: _Labels, voc: Vocative | None, asked: Vocative | None
) -> None:
    """Score the candidates by the labels that name them, the vocative and being a leader."""
    q_labels, a_labels = labels.questions, labels.answers
    for c in cands.values():
        names = [c.name, c.printed]
        if any(label_names(lab, names) for lab in a_labels):
            c.score += 100
        if any(label_names(lab, names) for lab in q_labels) and not any(
            label_names(lab, names) for lab in a_labels
        ):
            c.score -= 100
            c.host = True
        if voc and vocative_fits(c, voc):
            c.score += 60
            if voc is asked and c.host:
                # `журналист Хавьер Пьедра` addressed as `Пьедра мырза`: the guest, not the host.
                c.host, c.score = False, c.score + 80
        elif not c.cued and _leader(c):
            c.score -= 60
    named = {
        lab
        for lab in a_labels
        if len(lab.split()) >= 2 and "." not in lab and not is_title_label(lab)
    }
    if named and not any(
        label_names(lab, [c.name, c.printed]) for c in cands.values() for lab in named
    ):
        # The answers are labelled with a full name that no candidate has: the label is the
        # name, and the lead's names are someone else (unless the vocative says otherwise).
        for c in cands.values():
            if not (voc and vocative_fits(c, voc)):
                c.score = min(c.score, -1)


def _ranked_guests(
    ranked: list[Candidate], seg: Segmentation, a_labels: set[str]
) -> list[Candidate]:
    """The guests among the ranked candidates: those scored above zero (else a lone neutral
    one), one per answer label when there are several, else the best and its pair."""
    guests = [c for c in ranked if c.score > 0 and not c.host]
    if not guests:
        neutral = [c for c in ranked if c.score == 0 and not c.host]
        guests = neutral if len(neutral) == 1 else []
    if len(a_labels) >= 2:  # two interviewees (or a host mislabelled): one guest per label
        by_label = []
        for lab in dict.fromkeys(t.label for t in seg.turns if t.label in a_labels):
            fits = [c for c in guests if label_names(lab or "", [c.name, c.printed])]
            if fits and fits[0] not in by_label:
                by_label.append(fits[0])
        guests = by_label or guests[:1]
    if guests and len(guests) > 1 and len(a_labels) < 2:
        best = guests[0]
        paired = [c for c in guests[1:] if best.pair is not None and c.pair == best.pair]
        guests = [best, *paired]
    return guests


def _vocative_guests(
    guests: list[Candidate],
    text: str,
    seg: Segmentation,
    voc: Vocative,
    asked: Vocative | None,
    *,
    intro: tuple[int, int] | None,
    title: tuple[int, int] | None,
) -> list[Candidate]:
    """The guests with the first completed by the vocative, or, if none, the vocative's own."""
    if guests and vocative_fits(guests[0], voc):
        guests[0] = complete_name(guests[0], voc)
        return guests
    if (
        guests
        and asked is not None
        and asked.surname
        and not asked.first
        and not is_role(asked.surname)
        and not guests[0].cued
        and not any(vocative_fits(g, asked) for g in guests)
    ):
        # `Господин Юлай, ...` asked, and the lead names only people it tells of (`переговоры
        # ... с Президентом Венгрии X`): the one the question speaks to is the guest
        return [Candidate(asked.surname, asked.printed, 0, 0)]
    # The page's chrome may hide the title from the page reader: the vocative's first name is
    # also looked up in everything before the first turn.
    before = (0, seg.turns[0].start) if seg.turns else None
    ranges = [r for r in (title, intro, before) if r]
    if (
        guests
        and asked is not None
        and asked.first
        and not asked.surname
        and not asked.patronymic
        and is_first_name(asked.first)  # not a word read as one (`Audan, ...`)
        and not guests[0].cued
        and not any(vocative_fits(g, asked) for g in guests)
    ):
        # `- Талгат, насколько ...?` asked, and the lead names only people it tells of (`в
        # бюро входят ... премьер-министр Аскар Мамин`): the guest is the one addressed
        guests = []
    if guests:
        return guests
    extra = from_vocative(text, ranges, voc, title)
    if extra is None and asked is not None and asked.first and not asked.surname:
        # `Павел Олегович, ...` or `Юрий, добрый день` and no surname anywhere: the guest is
        # known as addressed (the corpus names a guest by the vocative's first name alone).
        name = f"{asked.first} {asked.patronymic}" if asked.patronymic else asked.first
        extra = Candidate(name, asked.printed, 0, 0)
    elif extra is None and asked is not None and asked.first and asked.surname:
        # `Чжон Сынг-мин мырза, ...`, `Mr. Peter Jansen, ...`: addressed by the full name
        extra = Candidate(f"{asked.first} {asked.surname}", asked.printed, 0, 0)
    elif extra is None and asked is not None and asked.surname and not is_role(asked.surname):
        # `Господин Рандаццо, ...` and no first name anywhere: known by the surname
        extra = Candidate(asked.surname, asked.printed, 0, 0)
    return [extra] if extra else []
