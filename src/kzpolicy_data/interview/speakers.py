"""Speakers and turns of an interview: who asks, who answers, and which turn answers which.

The interviewer is the byline author, the label used for questions, or the outlet's unnamed
correspondent. Interviewees come from the intro (:func:`find_people`) and/or from the
transcript labels of the answers; a label is mapped to an introduced person when it names them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..codes import InterviewRole, TurnKind, iso_alpha3_codes
from ..nlp.analysis import Analysis
from ..nlp.morph import is_name_like
from ..records import Affiliation, Span, Speaker, Turn
from .candidates import Candidate, is_title_label, label_person, without_titles
from .guests import Cast, cast, label_names
from .intro import PersonIntro, describe, find_interviewees, nominative, role_only
from .markers import ANSWER_WORDS
from .names import find_names, is_outlet
from .turns import Segmentation, TurnDraft, opening
from .wording import announced_interview

__all__ = [
    "Person",
    "build_speakers",
    "find_people",
    "label_matches",
    "label_to_name",
    "speaker_record",
]


@dataclass
class Person:
    """A participant as assembled from the text (before ids are given)."""

    role: InterviewRole
    name: str | None = None
    name_as_printed: str | None = None
    label: str | None = None
    position: str | None = None
    organisation: str | None = None
    org_role: str | None = None
    country: str | None = None
    wikidata_qid: str | None = None
    curated: list[str] = field(default_factory=list)


def _str(value: str | None) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _person(found: PersonIntro) -> Person:
    country = _str(found.country)
    qid = _str(found.wikidata_qid)
    return Person(
        role=InterviewRole.INTERVIEWEE,
        name=_str(found.name),
        name_as_printed=_str(found.name_as_printed),
        position=_str(found.position),
        organisation=_str(found.organisation),
        org_role=_str(found.role),
        country=country if country in iso_alpha3_codes() else None,
        wikidata_qid=qid if qid and re.fullmatch(r"Q[1-9][0-9]*", qid) else None,
    )


def find_people(analysis: Analysis, start: int, end: int) -> list[Person]:
    """Interviewees introduced in ``text[start:end]`` (lead, intro or title); may be empty."""
    return [_person(p) for p in find_interviewees(analysis, start, end)]


def _key(text: str) -> str:
    return re.sub(r"[^\w]", "", text).lower()


def label_to_name(label: str) -> str | None:
    """A readable name from a name label (`Иван ПЕТРОВ` -> `Иван Петров`), None for initials."""
    words = label.strip('«»" ').split()
    if not words or any(len(w.rstrip(".")) < 2 for w in words) or len(words) > 3:
        return None
    if "." in label:
        return None
    return " ".join(w if not w.isupper() else w.capitalize() for w in words)


def label_matches(label: str, person: Person) -> bool:
    """Whether a transcript label (`И.П.`, `ПЕТРОВ`, `К.Иванов`, `Иван ПЕТРОВ`) names the person."""
    return label_names(label, [n for n in (person.name, person.name_as_printed) if n])


def speaker_record(rid: str, n: int, p: Person) -> Speaker:
    """The record of the ``n``-th speaker of the article."""
    affiliations = []
    if p.organisation or p.country:
        affiliations.append(
            Affiliation(org_name=p.organisation, country=p.country, role=p.org_role)
        )
    return Speaker(
        id=f"s{n}",
        name=p.name,
        name_as_printed=p.name_as_printed,
        label=p.label,
        interview_role=p.role,
        position=p.position,
        affiliations=affiliations,
        wikidata_qid=p.wikidata_qid,
        curated=sorted(set(p.curated)),
    )


# The Q/A scheme's answer labels, and their abbreviations (`Отв.`, `Ans:`) and `Reply:`.
_KIND_WORDS = ANSWER_WORDS | {"отв", "ans", "reply"}


def _kind_label(label: str) -> bool:
    return re.sub(r"^\W+|\W+$", "", label).lower() in _KIND_WORDS


def _interviewees(seg: Segmentation, people: list[Person]) -> tuple[list[Person], dict[str, int]]:
    """Interviewees, and for each answer label the index of its person."""
    answer_labels: list[str] = []
    for t in seg.turns:
        if t.kind == TurnKind.ANSWER and t.label and t.label not in answer_labels:
            answer_labels.append(t.label)
    if seg.scheme == "qa" and all(_kind_label(lab) for lab in answer_labels):
        # `Ответ:` names a kind, not a person (but `QUESTION:` ... `SECRETARY POMPEO:` does)
        persons = people[:1] or [Person(role=InterviewRole.INTERVIEWEE)]
        persons[0].label = answer_labels[0] if answer_labels else None
        return persons, dict.fromkeys(answer_labels, 0)
    persons = list(people)
    by_label: dict[str, int] = {}
    for label in answer_labels:
        idx = next((i for i, p in enumerate(persons) if label_matches(label, p)), None)
        if idx is None and is_title_label(label):
            # `Президент:`, `Елбасы:` answer for the guest the lead names, or one known by title
            if not persons:
                persons.append(Person(role=InterviewRole.INTERVIEWEE, position=label))
            idx = 0
            persons[0].label = persons[0].label or label
        if idx is None:
            # `SECRETARY POMPEO:` prints `Pompeo`; `President Tokayev:` is the leader
            person = label_person(label)
            name = label_to_name(person) if person else None
            printed = label_to_name(without_titles(label.split(",")[0])) if name else None
            persons.append(
                Person(
                    role=InterviewRole.INTERVIEWEE,
                    name=nominative(name) if name else None,
                    name_as_printed=printed if printed and printed in label else name,
                    label=label,
                )
            )
            idx = len(persons) - 1
        elif persons[idx].label is None:
            persons[idx].label = label
        by_label[label] = idx
    if not persons:
        persons = [Person(role=InterviewRole.INTERVIEWEE)]
    return persons, by_label


_NAME_LABEL = re.compile(r"(?P<label>[^\W\d_][\w-]+(?: [^\W\d_][\w-]+){1,2}):\s")


def _label_of(draft: TurnDraft) -> str | None:
    """The turn's label, or a `Имя Фамилия:` label that the segmentation left in its text."""
    if draft.label:
        return draft.label
    m = _NAME_LABEL.match(draft.first.para.text)
    return m.group("label") if m and all(w[0].isupper() for w in m.group("label").split()) else None


def _host_groups(seg: Segmentation) -> list[list[str]]:
    """The question labels grouped by person, in order (`Айгүл Серікқызы` and `А.С` are one
    host; `Петров А.` and `Сейтжанов А.` two); one empty group without labels."""
    groups: list[list[str]] = []
    for t in seg.turns:
        lab = _label_of(t)
        if t.kind != TurnKind.QUESTION or not lab:
            continue
        same = next(
            (
                g
                for g in groups
                if lab in g or any(label_names(lab, [o]) or label_names(o, [lab]) for o in g)
            ),
            None,
        )
        if same is None:
            groups.append([lab])
        elif lab not in same:
            same.append(lab)
    return groups or [[]]


def build_speakers(
    rid: str,
    text: str,
    seg: Segmentation,
    *,
    intro: tuple[int, int] | None,
    publisher: str | None,
    authors: list[str],
    title: tuple[int, int] | None = None,
    analysis: Analysis | None = None,
) -> tuple[list[Speaker], list[Turn]]:
    """The record's speakers and turns for a segmented article (empty for non-interviews).

    ``intro`` and ``title`` are ``(start, end)`` ranges of ``text``; people are read from them
    only with an ``analysis`` (that is, with NER).
    """
    if not seg.turns and not seg.interview:
        return [], []
    if not seg.turns and seg.before:
        # An interview whose turns are not printed names its guest where it announces the
        # conversation (`We spoke to ...`), else in its first paragraphs.
        first = opening(seg.before) or seg.before[:1]
        told = [
            p for p in first if (own := announced_interview("", p.text)) and own.where == "lead"
        ]
        intro = (told[0].start, told[0].end) if told else (first[0].start, first[-1].end)
        at = first.index(told[0]) if told else 0
        if at and analysis and not find_names(analysis, *intro):
            # `На эти вопросы ответил посол X.` / `Поговорить с Послом нам удалось ...`: the
            # paragraph above names whom the announcing one speaks of
            intro = (first[at - 1].start, intro[1])
    groups = _host_groups(seg)
    interviewers = [
        Person(role=InterviewRole.INTERVIEWER, label=g[0] if g else None, organisation=publisher)
        for g in groups
    ]
    if len(interviewers) == 1 and len(authors) == 1:
        interviewers[0].name = interviewers[0].name_as_printed = authors[0]
    people: list[Person] = []
    if analysis is not None:
        found = cast(analysis, seg, intro=intro, title=title)
        people = _guests(analysis, seg, found, intro=intro, title=title)
        _name_hosts(interviewers, groups, found.hosts)
        _name_hosts_by_label(interviewers)
        if not people:
            people = _introduced_by_host(analysis, seg)
    persons, by_label = _interviewees(seg, people)
    n_hosts = len(interviewers)
    speakers = [speaker_record(rid, i + 1, p) for i, p in enumerate(interviewers)] + [
        speaker_record(rid, n_hosts + i + 1, p) for i, p in enumerate(persons)
    ]
    return speakers, _turns(
        rid,
        text,
        seg,
        speakers,
        host_of={lab: i for i, g in enumerate(groups) for lab in g},
        by_label=by_label,
        n_hosts=n_hosts,
        default_answerer=speakers[n_hosts].id if len(persons) == 1 else None,
    )


def _guests(
    analysis: Analysis,
    seg: Segmentation,
    found: Cast,
    *,
    intro: tuple[int, int] | None,
    title: tuple[int, int] | None,
) -> list[Person]:
    """The interviewees of the cast, described from the range they are named in; a guest known
    by position only when the answers carry no labels."""
    people: list[Person] = []
    for guest in found.guests:
        within = next(
            (r for r in (intro, title) if r and r[0] <= guest.start < r[1]),
            (guest.start, guest.end),
        )
        people.append(
            _person(describe(analysis, within, guest.name, guest.printed, (guest.start, guest.end)))
        )
    unlabelled = not any(t.kind == TurnKind.ANSWER and t.label for t in seg.turns)
    if unlabelled and (not people or (len(people) == 1 and not people[0].position)):
        # `Посол Казахстана в Армении`: the guest is known by position only (or named only
        # as addressed, `Ерлан Бауыржанович, ...`).
        position = role_only(analysis, [r for r in (title, intro) if r])
        if position and people:
            people[0].position = position
        elif position:
            people.append(Person(role=InterviewRole.INTERVIEWEE, position=position))
    return people


def _introduced_by_host(analysis: Analysis, seg: Segmentation) -> list[Person]:
    """A guest whose label is a first name only (`(01:00) Акбопе:`), introduced in full by the
    host's first turn (`приветствую ... депутата маслихата ... Акбопе Абылкасымову`): a
    podcast's or a broadcast's transcript, with no lead before the turns."""
    first_q = next((t for t in seg.turns if t.kind == TurnKind.QUESTION), None)
    label = next((t.label for t in seg.turns if t.kind == TurnKind.ANSWER and t.label), None)
    if first_q is None or not label or len(label.strip(" :").split()) != 1:
        return []
    named = find_people(analysis, first_q.start, first_q.end)
    return [p for p in named if p.name and " " in p.name and label_matches(label, p)][:1]


def _name_hosts(
    interviewers: list[Person], groups: list[list[str]], hosts: list[Candidate]
) -> None:
    """Name each unnamed interviewer by the cast's host its labels name (a lone interviewer:
    the first host)."""
    for host, group in zip(interviewers, groups, strict=True):
        named = next(
            (c for c in hosts if any(label_names(lab, [c.name, c.printed]) for lab in group)),
            hosts[0] if hosts and len(interviewers) == 1 else None,
        )
        if named is not None and host.name is None:
            host.name, host.name_as_printed = named.name, named.printed


def _name_hosts_by_label(interviewers: list[Person]) -> None:
    """Name an interviewer still unnamed by a label that is a full name (`Алина Ким, издание
    «Степь сегодня»:`, `Марина Ковальчук.`)."""
    for host in interviewers:
        if host.name is None and host.label:
            name = label_to_name(host.label.split(",")[0])
            if (
                name
                and len(name.split()) >= 2
                and not is_outlet(name)
                and all(w[:1].isupper() and is_name_like(w) for w in name.split())
            ):
                host.name = host.name_as_printed = name


def _turns(
    rid: str,
    text: str,
    seg: Segmentation,
    speakers: list[Speaker],
    *,
    host_of: dict[str, int],
    by_label: dict[str, int],
    n_hosts: int,
    default_answerer: str | None,
) -> list[Turn]:
    """The record's turns: a question is its label's host's and an answer its label's guest's
    (else the only guest's), replying to the last question."""
    turns: list[Turn] = []
    last_question: str | None = None
    for n, draft in enumerate(seg.turns, start=1):
        tid = f"t{n}"
        if draft.kind == TurnKind.QUESTION:
            speaker_id: str | None = speakers[host_of.get(_label_of(draft) or "", 0)].id
            reply_to = None
            last_question = tid
        else:
            idx = by_label.get(draft.label) if draft.label else None
            speaker_id = speakers[idx + n_hosts].id if idx is not None else default_answerer
            reply_to = last_question
        paragraphs = [Span(start=s, end=e) for s, e in draft.paragraphs]
        turns.append(
            Turn(
                id=tid,
                n=n,
                speaker_id=speaker_id,
                kind=draft.kind,
                reply_to=reply_to,
                marker=(draft.first.marker or "").strip() or None,
                span=Span(start=draft.start, end=draft.end),
                paragraphs=paragraphs,
            )
        )
    return turns
