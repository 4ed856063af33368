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
from .address import Vocative, find_vocative, initials_defined
from .candidates import (
    Candidate,
    address_only,
    complete_name,
    from_vocative,
    is_leader,
    is_title_label,
    label_names,
    name_key,
    vocative_fits,
    without_titles,
)
from .listed import attributed, listed, said_by_surname
from .markers import LO, UP
from .names import Found, find_names, is_outlet
from .nominative import nominative_of
from .positions import is_role
from .turns import Segmentation

__all__ = ["Candidate", "Cast", "cast", "label_names"]

_LABEL_LINE = re.compile(
    rf"^(?P<name>[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?(?:\s[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?){{1,2}})"
    r"\s*[:.]\s*(?:\n|(?=\S))",
    re.M,
)
_ARABIC_LABEL = re.compile(r"^(?P<name>[\u0621-\u06d5]+(?: [\u0621-\u06d5]+){1,2}):", re.M)
# `قاسىم-جومارت توقايەۆ: ...` opening the text: a `Name: quote` title in the Arabic script,
# which NER does not read.
_ARABIC_TITLE = re.compile(
    r"\s*(?P<name>[\u0621-\u06d5]+(?:-[\u0621-\u06d5]+)? [\u0621-\u06d5]+):\s"
)
# A headline `Имя Фамилия, position: quote`.
_NAME_ROLE_TITLE = re.compile(
    rf"^(?P<name>[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?\s(?:[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?|[{UP}]{{3,}})),"
    # `, саясаттанушы: ...`, or a longer position ending its own line (`Айбек ТҰРДЫБАЕВ,
    # «Атамекен» партиясының белсендісі:` above the lead)
    rf"(?:\s[{LO}][\w -]{{2,40}}:\s|[^\n:]{{2,120}}:[ \t]*$)",
    re.M,
)
_INITIAL_SURNAME = re.compile(rf"([{UP}])\.\s?([{UP}][{LO}]+(?:-[{UP}][{LO}]+)?)")
# A name on a line of its own above a position line (`Fatema Z. Sumar` / `Deputy Assistant
# Secretary, Bureau of ...`): the page's own credit of its guest.
_NAME_LINE = re.compile(
    # an honorific may open it, a Korean given name's second syllable is lowercase (`Seung-hoh`)
    rf"^(?:(?:Mr|Ms|Mrs|Dr)\.\s)?"
    rf"(?P<name>[{UP}][{LO}]+(?:\s[{UP}]\.)?(?:\s[{UP}][{LO}]+(?:-[{UP}]?[{LO}]+)?){{1,2}})[ \t]*\n"
    r"(?P<role>(?:[\w.-]+[ \t]+){0,3}[\w.-]+)",
    re.M,
)
_SURNAME_LABELS = 3
_TALKED_ABOUT = 25  # less than a cue (20) and a role (10) together: a lone guest stays one
_HEAD_WINDOW = 1500  # a credit line is read from the top of the page
_LABEL_WINDOW = 6000  # label lines and initials are read from the start of the text


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
    asked = find_vocative(_turn_texts(text, seg))
    voc = asked or (find_vocative([text[intro[0] : intro[1]]], first_only=False) if intro else None)
    labels = _Labels.of(seg)
    cands: dict[str, Candidate] = {}
    _add_found(cands, _found(analysis, voc, intro=intro, title=title), asked)
    _add_printed(cands, text, labels, voc, intro=intro, title=title)
    _weigh(cands, labels, voc, asked)
    _talked_about(cands, text, seg, voc)
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
        said = attributed(analysis, seg) or (said_by_surname(analysis, intro) if intro else None)
        guests = [Candidate(*said)] if said else []
    first_q = next((t.label for t in seg.turns if t.kind == TurnKind.QUESTION), None)
    hosts = sorted(
        (c for c in ranked if c.host and c not in guests),
        key=lambda c: (not (first_q and label_names(first_q, [c.name, c.printed])), c.start),
    )
    return Cast(guests, hosts, voc)


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
            and (is_leader(c.name) or is_leader(c.printed))
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
        """The labels of the segmentation's question and answer turns."""
        return cls(
            {t.label for t in seg.turns if t.kind == TurnKind.QUESTION and t.label},
            {t.label for t in seg.turns if t.kind == TurnKind.ANSWER and t.label},
        )


def _add(
    cands: dict[str, Candidate], name: str, printed: str, start: int, end: int, score: int
) -> Candidate:
    """The candidate of ``name`` (added when first seen), its score raised by ``score``."""
    key = name_key(name)
    c = cands.get(key) or _inflected_twin(cands, name)
    if c is None:
        c = cands[key] = Candidate(name, printed, start, end)
    elif len(name) < len(c.name):
        # `Тило Клиннером` (a foreign name the inflector leaves as printed) and `Тило Клиннер`:
        # one person, and the shorter form is the nominative
        c.name, c.printed, c.start, c.end = name, printed, start, end
    c.score += score
    return c


# Russian case endings a name the inflector does not know keeps as printed.
_CASE_ENDINGS = frozenset(("а", "я", "у", "ю", "е", "ом", "ем", "ым", "им", "ой", "ей", "ы", "и"))


def _inflected_twin(cands: dict[str, Candidate], name: str) -> Candidate | None:
    """The candidate whose name is ``name`` with other case endings on its words, if any."""
    words = name.lower().split()
    for c in cands.values():
        other = c.name.lower().split()
        if len(other) != len(words) or other == words:
            continue
        if all(
            a == b
            or (b.startswith(a) and b[len(a) :] in _CASE_ENDINGS and len(a) >= 3)
            or (a.startswith(b) and a[len(b) :] in _CASE_ENDINGS and len(b) >= 3)
            for a, b in zip(words, other, strict=True)
        ):
            return c
    return None


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
    cands: dict[str, Candidate], found: list[tuple[Found, bool]], asked: Vocative | None
) -> None:
    """Add the title's and intro's names, scored by place, a role before them and their cue."""
    for f, in_title in found:
        if address_only(f.printed, asked) or address_only(f.name, asked):
            continue  # `Ерлан Бауыржанович`: an address, not a first name and surname
        score = 5 * in_title + 10 * f.role_before
        score += {"guest": 20, "host": -80, "leader": -60}.get(f.cue or "", 0)
        c = _add(cands, f.name, f.printed, f.start, f.end, score)
        c.host = c.host or f.cue == "host"
        c.cued = c.cued or f.cue == "guest"
        c.pair = f.pair if f.pair is not None else c.pair


def _add_printed(
    cands: dict[str, Candidate],
    text: str,
    labels: _Labels,
    voc: Vocative | None,
    *,
    intro: tuple[int, int] | None,
    title: tuple[int, int] | None,
) -> None:
    """Add the names printed outside the prose: an Arabic-script title, label lines, a label's
    initial completed by the vocative, labels defined in parentheses."""
    window = text[:_LABEL_WINDOW]
    q_labels, a_labels = labels.questions, labels.answers
    opening = (
        _ARABIC_TITLE.match(text, min(r[0] for r in (title, intro) if r))
        if title or intro
        else None
    )
    if opening:
        name = opening.group("name")
        _add(cands, name, name, opening.start("name"), opening.end("name"), 5)
    for a, b in (r for r in (title, intro) if r):
        for headed in _NAME_ROLE_TITLE.finditer(text, a, b):
            # `Дос Көшім, саясаттанушы: ЖАЗАЛАҒАНДАР ...`: a headline's speaker and position
            printed = headed.group("name")
            name, _ = nominative_of(printed)
            _add(cands, name, printed, headed.start("name"), headed.end("name"), 15)
    for credit in _NAME_LINE.finditer(text[:_HEAD_WINDOW]):
        if any(is_role(w) for w in credit.group("role").split()):
            printed = credit.group("name")
            _add(cands, printed, printed, credit.start("name"), credit.end("name"), 15)
    for m in (*_LABEL_LINE.finditer(window), *_ARABIC_LABEL.finditer(window)):
        if without_titles(m.group("name")) != m.group("name"):
            continue  # `Kazakh President Bekov:` prints a title, not the name (the lead has it)
        if any(label_names(lab, [m.group("name")]) for lab in q_labels | a_labels) or m.group(
            "name"
        ) in (q_labels | a_labels):
            # +1: a label line prints the name as the transcript uses it (`Erlan Idrissov:`
            # after a bio's `Erlan Abilfayizuly Idrissov`).
            _add(cands, m.group("name"), m.group("name"), m.start("name"), m.end("name"), 1)
    for m in _LABEL_LINE.finditer(window):
        # `Erlan Idrissov:` in the transcript, `Erlan Abilfayizuly Idrissov` in the bio: the
        # name is the one the transcript uses.
        short = m.group("name")
        for c in cands.values():
            if len(short.split()) == 2 < len(c.name.split()) and label_names(short, [c.name]):
                c.name = short
    for lab in a_labels:
        short_label = _INITIAL_SURNAME.fullmatch(lab)
        if short_label and voc and voc.first and voc.first[0] == short_label.group(1):
            # `А.Венедиктов` answering `Алексей Алексеевич, добрый вечер`: the vocative's first
            # name completes the label's initial.
            _add(cands, f"{voc.first} {short_label.group(2)}", lab, 0, 0, 0)
        elif short_label:
            # `A.Glaz:` answering, the page naming him so in its title too: as printed
            at = window.find(lab)
            if at >= 0:
                _add(cands, lab, lab, at, at + len(lab), 0)
    # `SAUDABAYEV:` answering, `Kanat Saudabayev was in Washington` in the lead: the label's
    # surname finds the full name (a few labels: each is looked up in the whole window)
    for lab in sorted(a_labels)[:_SURNAME_LABELS]:
        if len(lab) < 4 or not lab.replace("-", "").isalpha() or not lab[:1].isupper():
            continue
        surname = lab[:1] + lab[1:].lower()
        full = re.search(
            rf"\b([{UP}][{LO}]+(?:-[{UP}][{LO}]+)?)\s+(?:{re.escape(surname)}|{re.escape(lab)})\b",
            window,
        )
        if full and not is_role(full.group(1)):
            _add(cands, f"{full.group(1)} {surname}", full.group(0), full.start(), full.end(), 15)
    for init, (printed, at) in initials_defined(window).items():
        name, _ = nominative_of(printed)
        _add(cands, name, printed, at, at + len(printed), 0).labels.append(init)


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
        elif not c.cued and (is_leader(c.name) or is_leader(c.printed)):
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
    if guests:
        return guests
    # The page's chrome may hide the title from the page reader: the vocative's first name is
    # also looked up in everything before the first turn.
    before = (0, seg.turns[0].start) if seg.turns else None
    ranges = [r for r in (title, intro, before) if r]
    extra = from_vocative(text, ranges, voc, title)
    if extra is None and asked is not None and asked.first and not asked.surname:
        # `Павел Олегович, ...` or `Юрий, добрый день` and no surname anywhere: the guest is
        # known as addressed (the corpus names a guest by the vocative's first name alone).
        name = f"{asked.first} {asked.patronymic}" if asked.patronymic else asked.first
        extra = Candidate(name, asked.printed, 0, 0)
    elif extra is None and asked is not None and asked.surname and not is_role(asked.surname):
        # `Господин Рандаццо, ...` and no first name anywhere: known by the surname
        extra = Candidate(asked.surname, asked.printed, 0, 0)
    return [extra] if extra else []
