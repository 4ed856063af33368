"""Introductions: who the lead, intro or title presents, read from NER spans and rules.

natasha's NER (its models ship in the PyPI package) finds person and organisation names;
pymorphy3 puts names in the nominative; rules read the position that precedes or follows the
name ("депутат Милли Меджлиса Азербайджанской Республики Азер Бадамов", "Айдос Сарым,
политолог"); the gazetteer gives the organisation's country. Leaders merely mentioned in the
intro ("тихая дипломатия Токаева") are not interviewees.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..nlp.analysis import Analysis
from ..nlp.gazetteer import find as gazetteer_find
from ..nlp.gazetteer import position_state
from ..nlp.morph import lemma, nominative_name, nominative_phrase, parses

__all__ = [
    "POSITION_WORDS",
    "TOLD_ABOUT",
    "PersonIntro",
    "describe",
    "find_interviewees",
    "nominative",
    "role_only",
]

# Words (lemmas) a position starts with, in Russian, Kazakh and English.
POSITION_WORDS = frozenset(
    (
        "депутат политолог эксперт директор председатель посол министр глава профессор аналитик "
        "руководитель сенатор советник заместитель президент экономист историк востоковед "
        "журналист генсек член исследователь сотрудник декан ректор основатель аким спикер "
        "представитель лидер координатор замминистр вице-министр экс-министр специалист "
        "преподаватель доцент политтехнолог социолог юрист адвокат дипломат управляющий деятель "
        "секретарь саясаттанушы сарапшы төраға елші "
        "analyst expert director ambassador minister professor chairman chair head senator "
        "deputy adviser advisor economist researcher fellow founder president spokesperson "
        "scientist historian scholar lawyer diplomat orientalist sinologist sociologist envoy "
        "secretary governor mayor consul counsellor counselor chargé charge editor lecturer"
    ).split()
)
_MAX_POSITION_WORDS = 14
_STOP = re.compile(r"[.!?;:«»\"()–—]|,\s")


@dataclass(frozen=True)
class PersonIntro:
    """A person introduced in the text, with what the text says about them."""

    name: str
    name_as_printed: str
    position: str | None
    organisation: str | None
    role: str | None
    country: str | None
    wikidata_qid: str | None = None


def nominative(name: str) -> str:
    """A person name in the nominative (Russian names; others unchanged)."""
    if not re.search("[а-яё]", name, re.I):
        return name
    return nominative_name(name)


def _words_before(text: str, end: int) -> tuple[list[re.Match[str]], int]:
    """Word matches before ``end`` back to the start of the clause (at most a few words)."""
    start = max(0, end - 300)
    clause = text[start:end]
    stops = list(_STOP.finditer(clause))
    if stops:
        start += stops[-1].end()
    return list(re.finditer(r"[\w-]+(?:\.[a-z]{2,3})?", text[start:end]))[
        -_MAX_POSITION_WORDS:
    ], start


def _position_before(text: str, start: int) -> str | None:
    words, offset = _words_before(text, start)
    for k, w in enumerate(words):
        if lemma(w.group()) in POSITION_WORDS:
            # `Chinese Ambassador`, `Kazakh Deputy Foreign Minister`: the modifiers printed
            # before an English position word are part of it
            while k and not text[offset + words[k - 1].end() : offset + words[k].start()].strip():
                before = words[k - 1].group()
                if before.lower() not in _MODIFIERS and not _state_word(before):
                    break
                k -= 1
            return text[offset + words[k].start() : start].strip(" ,")
    return None


# English words that open a position before its head word (`Deputy Foreign Minister`).
_MODIFIERS = frozenset(
    "deputy vice first former acting special chief senior foreign prime executive".split()
)


def _state_word(word: str) -> bool:
    """A state's name or adjective in English (`Chinese`, `Kazakhstan`; a Russian position
    names its state after it: `Кыргызстана посол Казахстана в КР` is two phrases)."""
    return bool(re.fullmatch(r"[A-Z][a-z]+", word)) and any(
        m.entry.kind == "country" and (m.start, m.end) == (0, len(word))
        for m in gazetteer_find(word)
    )


def _position_after(text: str, end: int) -> str | None:
    m = re.match(r"\s*[,–—-]\s*([^,.;:!?()«»\n]{3,160})", text[end:])
    if not m:
        return None
    first = re.match(r"[\w-]+", m.group(1))
    if first and lemma(first.group()) in POSITION_WORDS:
        # `Ambassador of Spain to Kazakhstan to discuss the ties`: why they met is no office
        return _PURPOSE.split(m.group(1))[0].strip(" ,")
    return None


_PURPOSE = re.compile(
    r"\s+to\s+(?:discuss|talk|speak|share|explain|answer|reflect|review|present|tell|shed)\b"
)


def _is_leader(name: str) -> bool:
    return any(m.entry.kind == "leader" for m in gazetteer_find(name))


def _organisation(text: str, position: str, orgs: list[tuple[int, int]]) -> str | None:
    at = text.find(position)
    for start, end in orgs:
        if at <= start and end <= at + len(position):
            return nominative_phrase(text[start:end])
    words = position.split()
    if len(words) > 1 and words[1][:1].isupper():  # "депутат Милли Меджлиса ..."
        tail = [w for w in words[1:3] if w[:1].isupper()]
        return nominative_phrase(" ".join(tail))
    return None


def find_interviewees(analysis: Analysis, start: int, end: int) -> list[PersonIntro]:
    """People introduced with a position in ``text[start:end]`` (lead or intro), in order.

    If nobody has a position and exactly one person is named, that person is returned. The
    names come from the article's shared NER pass.
    """
    text = analysis.text[start:end]
    spans = [(e.type, e.start - start, e.end - start) for e in analysis.entities_in(start, end)]
    orgs = [(s, e) for kind, s, e in spans if kind == "ORG"]
    people: list[PersonIntro] = []
    bare: list[PersonIntro] = []
    seen: set[str] = set()
    for kind, start, end in spans:
        if kind != "PER":
            continue
        printed = text[start:end]
        if len(printed.split()) < 2 or _is_leader(printed):
            continue  # a lone surname is a mention, not an introduction
        name = nominative(printed)
        if name in seen:
            continue
        seen.add(name)
        person = _described(text, orgs, name, printed, start, end)
        (people if person.position else bare).append(person)
    return people or (bare if len(bare) == 1 else [])


def describe(
    analysis: Analysis, within: tuple[int, int], name: str, printed: str, at: tuple[int, int]
) -> PersonIntro:
    """A chosen guest with the position, organisation and country the text gives around them.

    ``within`` is the range (lead, intro or title) that ``at``, the printed name, lies in.
    """
    start, end = within
    text = analysis.text[start:end]
    orgs = [(e.start - start, e.end - start) for e in analysis.entities_in(start, end)]
    orgs = [
        (s, e)
        for (s, e), ent in zip(orgs, analysis.entities_in(start, end), strict=True)
        if ent.type == "ORG"
    ]
    return _described(text, orgs, name, printed, at[0] - start, at[1] - start)


def _described(
    text: str, orgs: list[tuple[int, int]], name: str, printed: str, start: int, end: int
) -> PersonIntro:
    """The person printed at ``text[start:end]`` with the position read around the name, its
    organisation (an ORG span inside it) and country."""
    position = None
    if 0 <= start <= end <= len(text):
        position = _position_before(text, start) or _position_after(text, end)
    org = _organisation(text, position, orgs) if position else None
    return PersonIntro(
        name=name,
        name_as_printed=printed,
        position=position,
        organisation=org,
        role=lemma(position.split()[0]) if position else None,
        country=(state.code if position and (state := position_state(position)) else None),
    )


_ROLE_TAIL = re.compile(r"[:–—]\s*(?P<phrase>[^:–—«»\"]{3,120})$")
_ROLE_WITH = re.compile(r"(?:^|\s)(?:с|со)\s+(?P<phrase>[^.,;:!?«»\"()]{3,160})", re.I)
# What the guest told about (`рассказал о ... конфликте с министром X`): whoever is named in it
# is a party to the story, not the one who talks.
TOLD_ABOUT = (
    r"(?:рассказал|рассказыва|говорил|поделил|told|spoke|talked)\w*\s+(?:о|об|обо|about)\s"
    r"[^.!?\n]{0,100}"
)
_TOLD_ABOUT = re.compile(TOLD_ABOUT + "$", re.I)
_ROLE_STOP = {"VERB", "INFN", "NPRO", "CONJ", "PRCL", "GRND", "PRTS"}


def _role_words(phrase: str) -> list[str]:
    """The words of a position phrase up to the first verb, pronoun or conjunction."""
    out: list[str] = []
    for word in phrase.split():
        bare = word.strip(" ,.")
        tags = [p.tag for p in parses(bare)]
        if out and tags and tags[0].POS in _ROLE_STOP:
            break
        out.append(bare)
    return out


def role_only(analysis: Analysis, ranges: list[tuple[int, int]]) -> str | None:
    """The guest's position when the text names no one: `Посол Казахстана в Армении` at the end
    of a title, `с директором Института ...` (put in the nominative) in a lead."""
    text = analysis.text
    for start, end in ranges:
        chunk = text[start:end].strip()
        for m in (_ROLE_TAIL.search(chunk), *_ROLE_WITH.finditer(chunk)):
            if m is None or _TOLD_ABOUT.search(chunk, max(0, m.start() - 140), m.start() + 1):
                continue
            words = _role_words(m.group("phrase"))
            if not words or lemma(words[0]) not in POSITION_WORDS | {"посол", "премьер-министр"}:
                continue
            head = lemma(words[0])
            if words[0][:1].isupper():
                head = head[:1].upper() + head[1:]
            return " ".join([head, *words[1:]])
    return None
