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
from dataclasses import dataclass, field

from ..codes import TurnKind
from ..nlp.analysis import Analysis
from ..nlp.gazetteer import entries
from ..nlp.gazetteer import find as gazetteer_find
from .address import LO, UP, Vocative, find_vocative, initials_defined, patronymic_gender
from .listed import attributed, listed
from .names import Found, find_names, is_outlet, nominative_of
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
_TITLE_SURNAME = re.compile(rf"(?:^|[\s«\"])(?P<sur>[{UP}][{LO}]{{2,}}):\s")
_INITIAL_SURNAME = re.compile(rf"([{UP}])\.\s?([{UP}][{LO}]+(?:-[{UP}][{LO}]+)?)")
_LABEL_WINDOW = 6000  # label lines and initials are read from the start of the text


@dataclass
class Candidate:
    """A person the text may be about, with the evidence collected for them."""

    name: str
    printed: str
    start: int
    end: int
    score: int = 0
    pair: int | None = None
    host: bool = False
    labels: list[str] = field(default_factory=list)
    cued: bool = False  # the text introduces them as the guest (`с X`, `X дал интервью`)


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


def _key(text: str) -> str:
    return re.sub(r"[^\w]", "", text).lower()


def label_names(label: str, names: list[str]) -> bool:
    """Whether a transcript label (`И.П.`, `ПЕТРОВ`, `Есенов Н.`, `Иван ПЕТРОВ`) names a person
    printed as one of ``names``."""
    # `Касым-Жомарт Токаев, президент Казахстана:`: the position after the comma names no one.
    lab = label.split(",")[0].strip('«»" :.–—-')
    lab_key = _key(lab)
    for name in names:
        words = [w for w in re.split(r"[\s.-]+", name) if w]
        if not words or not lab_key:
            continue
        initials = "".join(w[0] for w in words).lower()
        first_last = (words[0][0] + words[-1][0]).lower()
        if re.fullmatch(r"(?:\w\.?\s?){1,3}", lab) and len(lab_key) <= 3:
            if lab_key in (initials, first_last) or (
                len(lab_key) >= 2 and initials.startswith(lab_key)
            ):
                return True
            continue
        parts = [_key(p) for p in re.split(r"[\s.-]+", lab) if len(_key(p)) > 1]
        if parts and all(any(_key(w).startswith(p[:-2] or p) for w in words) for p in parts):
            return True
    return False


def _first_matches(word: str, first: str) -> bool:
    """`Нурланом`, `НУРЛАН`, `Виталия` are forms of the vocative's `Нурлан`, `Виталий`."""
    word, first = word.lower(), first.lower()
    stem = first[:-1] if len(first) > 4 and first[-1] in "йьаяь" else first
    return word == first or (word.startswith(stem) and len(word) - len(stem) <= 3)


def _vocative_fits(c: Candidate, voc: Vocative) -> bool:
    words = c.printed.split()
    if voc.first:
        if _first_matches(words[0], voc.first):
            return True
        init = [w for w in re.split(r"\.\s?", words[0]) if w]
        if "." in words[0] and init and init[0] == voc.first[:1]:
            return len(init) < 2 or not voc.patronymic or init[1] == voc.patronymic[:1]
    if voc.surname:
        stem = voc.surname.lower()[:-2] if len(voc.surname) > 5 else voc.surname.lower()
        return any(w.lower().startswith(stem) for w in words)
    return False


def _complete(c: Candidate, voc: Vocative) -> Candidate:
    """Put the vocative's first name (and gender) into a name printed with initials."""
    words = c.printed.split()
    hint = voc.gender
    if voc.first and "." in words[0]:
        surname, _ = nominative_of(words[-1], hint)
        return Candidate(f"{voc.first} {surname}", c.printed, c.start, c.end, c.score, c.pair)
    name = c.name
    if hint and len(words) >= 2:
        # Only where the gender decides (`Руслана Бекова`); the name found in context (a Kazakh
        # suffix stripped in Kazakh text) stays otherwise.
        hinted, _ = nominative_of(c.printed, hint)
        if hinted != nominative_of(c.printed)[0]:
            name = hinted
    got = name.split()
    if voc.first and len(got) >= 2 and got[0] != voc.first and _first_matches(got[0], voc.first):
        # The vocative prints the first name in the nominative: `Анар Муратовна` settles a
        # `с ... Анар Фазылжановой` that pymorphy3 reads as `Анара`.
        name = " ".join([voc.first, *got[1:]])
    return c if name == c.name else Candidate(name, c.printed, c.start, c.end, c.score, c.pair)


def _from_vocative(
    text: str, ranges: list[tuple[int, int]], voc: Vocative, title: tuple[int, int] | None
) -> Candidate | None:
    """A name from the vocative alone: its first name before a surname in the title or intro,
    a lone title surname (`аналитик Ершов:`), or a leader of the gazetteer."""
    if not voc.first:
        return None
    first = re.escape(voc.first[:-1] if len(voc.first) > 4 else voc.first)
    pattern = re.compile(rf"\b{first}[{LO}]{{0,4}}\s+(?P<sur>[{UP}][{LO}]+|[{UP}]{{2,}})", re.I)
    for start, end in ranges:
        for m in pattern.finditer(text, start, end):
            if not m.group("sur")[0].isupper() or patronymic_gender(m.group("sur")):
                continue  # `Ерлан Бауыржанович` again: the address, not the name
            surname, _ = nominative_of(m.group("sur"), voc.gender)
            if surname.isupper():
                surname = surname.capitalize()
            return Candidate(f"{voc.first} {surname}", m.group(), m.start(), m.end())
    for start, end in [title] if title else []:
        found = _TITLE_SURNAME.search(text, start, end)
        if found:
            sur = found.group("sur")
            return Candidate(f"{voc.first} {sur}", sur, found.start("sur"), found.end("sur"))
    for entry in entries():
        if entry.kind != "leader":
            continue
        for form in entry.ru:
            words = form.split()
            if len(words) == 2 and words[0] == voc.first.lower():
                name = " ".join("-".join(p.capitalize() for p in w.split("-")) for w in words)
                return Candidate(name, voc.printed, 0, 0)
    return None


def _is_leader(name: str) -> bool:
    """A leader of the gazetteer by full name (`Касым-Жомарт Токаев`), or a lone surname; a
    namesake (`Марат Алиев`) is not `Ильхам Алиев`."""
    key = " ".join(name.lower().replace("ё", "е").split())
    for m in gazetteer_find(name):
        if m.entry.kind != "leader":
            continue
        forms = [f for f in m.entry.ru if " " in f] + [m.entry.en.lower()]
        if len(key.split()) == 1 or any(key == f or key.endswith(" " + f) for f in forms):
            return True
    return False


_RU_PATRONYMIC = re.compile(r"(?:вич|вна|ична)$", re.I)


def _address_only(printed: str, voc: Vocative | None) -> bool:
    """`Ерлан Бауыржанович`: a first name and a Russian patronymic, or the vocative's own words.
    A Kazakh `Зардыхан Қинаятұлы` is a full name as printed in an intro or label."""
    words = printed.split()
    if len(words) != 2 or not patronymic_gender(words[1]):
        return False
    if _RU_PATRONYMIC.search(words[1]):
        return True
    return bool(voc and voc.patronymic and _key(words[1]) == _key(voc.patronymic))


def _turn_texts(text: str, seg: Segmentation) -> list[str]:
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
    first = voc.first if voc else None
    found: list[tuple[Found, bool]] = []
    if title:
        found += [(f, True) for f in find_names(analysis, *title, first_name=first, title=True)]
    if intro:
        found += [(f, False) for f in find_names(analysis, *intro, first_name=first)]
    q_labels = {t.label for t in seg.turns if t.kind == TurnKind.QUESTION and t.label}
    a_labels = {t.label for t in seg.turns if t.kind == TurnKind.ANSWER and t.label}
    window = text[:_LABEL_WINDOW]

    cands: dict[str, Candidate] = {}

    def add(name: str, printed: str, start: int, end: int, score: int) -> Candidate:
        key = _key(name)
        c = cands.get(key)
        if c is None:
            c = cands[key] = Candidate(name, printed, start, end)
        c.score += score
        return c

    for f, in_title in found:
        if _address_only(f.printed, asked):
            continue  # `Ерлан Бауыржанович`: an address, not a first name and surname
        score = 5 * in_title + 10 * f.role_before
        score += {"guest": 20, "host": -80, "leader": -60}.get(f.cue or "", 0)
        c = add(f.name, f.printed, f.start, f.end, score)
        c.host = c.host or f.cue == "host"
        c.cued = c.cued or f.cue == "guest"
        c.pair = f.pair if f.pair is not None else c.pair
    opening = (
        _ARABIC_TITLE.match(text, min(r[0] for r in (title, intro) if r))
        if title or intro
        else None
    )
    if opening:
        add(
            opening.group("name"),
            opening.group("name"),
            opening.start("name"),
            opening.end("name"),
            5,
        )
    for m in (*_LABEL_LINE.finditer(window), *_ARABIC_LABEL.finditer(window)):
        if any(label_names(lab, [m.group("name")]) for lab in q_labels | a_labels) or m.group(
            "name"
        ) in (q_labels | a_labels):
            # +1: a label line prints the name as the transcript uses it (`Erlan Idrissov:`
            # after a bio's `Erlan Abilfayizuly Idrissov`).
            add(m.group("name"), m.group("name"), m.start("name"), m.end("name"), 1)
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
            add(f"{voc.first} {short_label.group(2)}", lab, 0, 0, 0)
    for init, (printed, at) in initials_defined(window).items():
        name, _ = nominative_of(printed)
        add(name, printed, at, at + len(printed), 0).labels.append(init)

    for c in cands.values():
        names = [c.name, c.printed]
        if any(label_names(lab, names) for lab in a_labels):
            c.score += 100
        if any(label_names(lab, names) for lab in q_labels) and not any(
            label_names(lab, names) for lab in a_labels
        ):
            c.score -= 100
            c.host = True
        if voc and _vocative_fits(c, voc):
            c.score += 60
            if voc is asked and c.host:
                # `журналист Хавьер Пьедра` addressed as `Пьедра мырза`: the guest, not the host.
                c.host, c.score = False, c.score + 80
        elif not c.cued and (_is_leader(c.name) or _is_leader(c.printed)):
            c.score -= 60

    named = {lab for lab in a_labels if len(lab.split()) >= 2 and "." not in lab}
    if named and not any(
        label_names(lab, [c.name, c.printed]) for c in cands.values() for lab in named
    ):
        # The answers are labelled with a full name that no candidate has: the label is the
        # name, and the lead's names are someone else (unless the vocative says otherwise).
        for c in cands.values():
            if not (voc and _vocative_fits(c, voc)):
                c.score = min(c.score, -1)
    for key in [k for k, c in cands.items() if is_outlet(c.name)]:
        del cands[key]
    ranked = sorted(cands.values(), key=lambda c: (-c.score, c.start))
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
    panel = [Candidate(*p) for p in listed(analysis, intro)] if intro else []
    if len(panel) >= 2:
        guests = panel
    if voc:
        if guests and _vocative_fits(guests[0], voc):
            guests[0] = _complete(guests[0], voc)
        elif not guests:
            # The page's chrome may hide the title from the page reader: the vocative's first
            # name is also looked up in everything before the first turn.
            before = (0, seg.turns[0].start) if seg.turns else None
            ranges = [r for r in (title, intro, before) if r]
            extra = _from_vocative(text, ranges, voc, title)
            if extra is None and asked is not None and asked.first and asked.patronymic:
                # `Павел Олегович, ...` and no surname anywhere: the guest is known as addressed.
                extra = Candidate(f"{asked.first} {asked.patronymic}", asked.printed, 0, 0)
            guests = [extra] if extra else []
    if not guests:
        said = attributed(analysis, seg)
        guests = [Candidate(*said)] if said else []
    first_q = next((t.label for t in seg.turns if t.kind == TurnKind.QUESTION), None)
    hosts = sorted(
        (c for c in ranked if c.host and c not in guests),
        key=lambda c: (not (first_q and label_names(first_q, [c.name, c.printed])), c.start),
    )
    return Cast(guests, hosts, voc)
