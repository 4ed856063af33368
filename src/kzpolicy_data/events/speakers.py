"""Who speaks for a state in an interview: "we" in an official's answer is the official's state.

An interviewee who is a state's official (a leader the gazetteer knows, or a position such as
minister, ambassador or deputy, with the state taken from the affiliation or the position) speaks
for that state; an act told in the first person plural in their answers ("we do not join these
sanctions", "біз келісімге қол қойдық") has that state as its source. An expert, a journalist
or an unnamed guest speaks for nobody: their "we" stays without a source.

The same holds for the official's "I" (a person in office stands for their state: "I met
Putin in Kiev") and for "you" in a question put to them ("on October 7 you came to Moscow").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from ..codes import InterviewRole, TurnKind
from ..nlp.gazetteer import SENT_TO, GazEntry, GazMatch, country_entry, find, position_state
from ..nlp.morph import Token, nominative_name
from ..records import Record, Turn

__all__ = [
    "FIRST_PERSON",
    "OFFICE",
    "People",
    "answerers",
    "answering_state",
    "article_people",
    "held_office",
    "named_official",
    "speaker_states",
    "speaks_for",
]

OFFICE = _OFFICIAL = re.compile(
    r"министр|посол|\bпосл(?:а|у|ом|ы|ов|ам)\b|президент|депутат|сенатор|аким|председател|представител|секретар|советник|"
    r"спикер|глав(?:а|ы|е|у|ой)\b|консул|consul|minister|ambassador|president|deputy|senator|spokes|secretary|chairman|envoy|"
    r"елші|төраға|әкім|хатшы|мәжіліс",
    re.I,
)
# Kazakh "I" only in its unambiguous forms: a standalone "мен" is mostly the conjunction "and"
# ("Қазақстан мен Ресей"), never read as the speaker.
FIRST_PERSON = _WE = re.compile(
    r"(?<!\w)(?:мы|нас|нам|нами|наш\w*|я|мне|меня|мной|we|our|us|I|біз\w*|"
    r"менің|маған|мені|менде|менен|менімен)(?!\w)",
    re.I,
)
# "you" put to the guest: formal "вы", "сіз" and their forms; "ты" is never an official.
_YOU = re.compile(r"(?<!\w)(?:вы|вас|вам|вами|ваш\w*|you|your|сіз\w*)(?!\w)", re.I)


def speaker_states(record: Record) -> dict[str, GazEntry]:
    """The state each official interviewee of ``record`` speaks for, by speaker id."""
    out: dict[str, GazEntry] = {}
    for s in record.speakers:
        if s.interview_role != InterviewRole.INTERVIEWEE:
            continue
        leaders = [m.entry for m in find(s.name or "") if m.entry.kind == "leader"]
        entry = leaders[0] if leaders else None
        if entry is None and s.position and _OFFICIAL.search(s.position):
            code = next((a.country for a in s.affiliations if a.country), None)
            entry = country_entry(code) if code is not None else position_state(s.position)
        if entry is None and s.name:
            entry = _office_state(record.text, s.name)
        if entry is not None:
            out[s.id] = entry
    return out


# Where an office's state is read in "Ambassador of Kazakhstan, X", "U.S. Ambassador X", "X,
# Kazakhstan's deputy foreign minister": never past a line, a colon or the end of a sentence
# ("Kazakh President to visit Pakistan: Ambassador X" says nothing of X's state), nor a state
# the office is sent to ("Ambassador of Azerbaijan to Kazakhstan").
_CLAUSE_END = re.compile(r"[\n:;!?]|(?<!\b\w)\.(?=\s+[A-ZА-ЯЁ])")
_OF = re.compile(r"\bof\s+(?:the\s+)?(?:\w+\s+of\s+(?:the\s+)?)?$")
_FORMER = re.compile(r"бывш|former|ex-|экс-|экс\s|бұрынғы", re.I)


def _office_state(text: str, name: str) -> GazEntry | None:
    """The state of an office held by the person ``name`` (the interviewee whose parsed
    position names none), read where the text puts an office word right before the name
    ("Ambassador of Kazakhstan, X") or right after it ("X, Kazakhstan's deputy minister"); a
    former office ("бывший премьер-министр") is nobody's."""
    surname = name.split()[-1]
    stem = re.escape(surname[: max(4, len(surname) - 2)])
    for m in re.finditer(rf"(?<!\w){stem}", text):
        lo, hi = max(0, m.start() - 80), min(len(text), m.end() + 80)
        for end in _CLAUSE_END.finditer(text, lo, m.start()):
            lo = end.end()
        if (stop := _CLAUSE_END.search(text, m.end(), hi)) is not None:
            hi = stop.start()
        offices = [
            o
            for o in _OFFICIAL.finditer(text, lo, hi)
            if (o.end() <= m.start() or o.start() - m.end() <= 30)
            and not _FORMER.search(text, max(0, o.start() - 24), o.start())
        ]
        if not offices:
            continue
        office = min(offices, key=lambda o: abs(o.start() - m.start())).start()
        near = [
            (at, g)
            for at, g in _named_states(text, lo, hi, ("country", "institution"))
            if abs(at - office) <= 40
            # "Ambassador Extraordinary and Plenipotentiary of Japan to Kazakhstan Yuzo Harada":
            # the office's own phrase, unbroken by a comma ("главой государства, ... рассказал
            # казахстанский политолог X" is not X's office)
            or (office < at < m.start() and "," not in text[office : m.start()])
            # "X, Head of the Mission of Kazakhstan", "X, Chargé d'Affaires of the Kingdom of
            # the Netherlands"
            or (0 < at - m.end() <= 70 and _OF.search(text, at - 25, at))
        ]
        if (state := _nearest(near, office)) is not None:
            return state
    return None


def _named_states(
    text: str, lo: int, hi: int, kinds: tuple[str, ...]
) -> list[tuple[int, GazMatch]]:
    """``(offset, match)`` of the names of ``kinds`` in ``text[lo:hi]`` that may be an
    office's state: not an office's own word, nor a state the office is sent to ("Ambassador of
    Azerbaijan to Kazakhstan", "посол ... в Казахстане")."""
    return [
        (lo + g.start, g)
        for g in find(text[lo:hi])
        if g.entry.kind in kinds
        and not _OFFICIAL.search(g.surface)
        and not SENT_TO.search(text, max(lo, lo + g.start - 12), lo + g.start)
    ]


def _nearest(states: list[tuple[int, GazMatch]], office: int) -> GazEntry | None:
    """The state of the name nearest the office starting at ``office``."""
    if not states:
        return None
    _, best = min(states, key=lambda s: abs(s[0] - office))
    return country_entry(best.entry.actor_codes[0]) or best.entry


def article_people(text: str) -> dict[str, GazEntry]:
    """The officials the article names with their office and state ("Заместитель министра
    иностранных дел Казахстана Ермухамбет Конуспаев", "Kazakhstan's Deputy Foreign Minister
    Roman Vassilenko", "Сыртқы істер министрі Мұхтар Тілеуберді"): told again by surname alone
    ("Конуспаев выразил протест послу Украины"), they act for that state. Keyed by the surname
    lowercased, as printed and in the nominative; a surname given two states is nobody's."""
    out: dict[str, GazEntry] = {}
    clash: set[str] = set()
    for office in _OFFICIAL.finditer(text):
        stop = _PHRASE_END.search(text, office.end(), min(len(text), office.end() + 80))
        run = _RUN.search(text, office.end(), stop.start() if stop else office.end() + 80)
        name = _name_in(run.group()) if run else None
        if run is None or name is None:
            # "Roman Vassilenko, Kazakhstan's deputy foreign minister,"
            run = _APPOSED.search(text, max(0, office.start() - 80), office.start())
            name = _name_in(run.group(1)) if run else None
        if run is None or name is None:
            continue
        start = run.start() + run.group().rindex(name)
        state = _introduced(text, start, start + len(name))
        if state is None:
            continue
        for key in {name.split()[-1], nominative_name(name).split()[-1]}:
            key = key.lower().replace("ё", "е")
            if len(key) >= _SURNAME_MIN and out.setdefault(key, state).code != state.code:
                clash.add(key)
    return {k: v for k, v in out.items() if k not in clash}


@dataclass
class People:
    """The article's officials by surname (:func:`article_people`), read when a sentence first
    needs them: most articles name every source outright, and the reading costs a pass of the
    gazetteer over each office's phrase."""

    text: str

    @cached_property
    def by_surname(self) -> dict[str, GazEntry]:
        return article_people(self.text)


# A run of capitalised words (an office's title, its state, then the name).
_CAPITALISED = r"[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ][\w'’-]*(?:[ \t]+[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ][\w'’-]*)+"
_RUN = re.compile(_CAPITALISED)
# A name set off by a comma before its office, whose state comes in between.
_APPOSED = re.compile(rf"(?<![\w'’-])({_CAPITALISED}), (?:[^,.;:!?\n]{{0,30}})$")


def _name_in(run: str) -> str | None:
    """The person's name closing a run of capitalised words: the two or more words after the
    last office word or place (a place right after the name ends the run: "Мұхтар Тілеуберді
    Анкараға")."""
    words = run.split()
    while words and find(words[-1]):
        words.pop()
    k = len(words)
    while k and not (_OFFICIAL.search(words[k - 1]) or find(words[k - 1])):
        k -= 1
    name = words[k:]
    return " ".join(name) if 2 <= len(name) <= 4 else None


_SURNAME_MIN = 4
_DOER_REACH = 6
_PHRASE_END = re.compile(r"[,.;:!?()\n«»\"“”]")


def _introduced(text: str, start: int, end: int) -> GazEntry | None:
    """The state of the office the person named at ``[start, end)`` is introduced with: an
    office and its state right before the name, in one phrase ("Заместитель министра
    иностранных дел Казахстана Ермухамбет Конуспаев", "Kazakhstan's Deputy Foreign Minister
    Roman Vassilenko", "посол Украины в Казахстане Петр Врублевский"), or in an apposition
    right after it ("Roman Vassilenko, Kazakhstan's deputy foreign minister,"). Not the office
    of someone else met in the same sentence, nor a former one."""
    lo = max(0, start - 90)
    for stop in _PHRASE_END.finditer(text, lo, start):
        lo = stop.end()
    offices = list(_OFFICIAL.finditer(text, lo, start))
    if offices:
        return _state_of(text, max(lo, offices[0].start() - 25), start, offices[-1].start())
    if text.startswith(", ", end):
        close = _PHRASE_END.search(text, end + 2, min(len(text), end + 80))
        hi = close.start() if close else min(len(text), end + 80)
        if (office := _OFFICIAL.search(text, end + 2, hi)) is not None:
            return _state_of(text, end + 2, hi, office.start())
    return None


def _state_of(text: str, lo: int, hi: int, office: int) -> GazEntry | None:
    """The state named in ``text[lo:hi]`` with an office starting at ``office``: not one the
    office is sent to ("в Казахстане"), nor a former office's."""
    if _FORMER.search(text, max(0, office - 24), office):
        return None
    return _nearest(_named_states(text, lo, hi, ("country", "institution", "capital")), office)


# A surname followed by a preposition's object or a conjunct is not the doer ("встретился с
# Конуспаевым", "talks with Tileuberdi", "Лавров и Тлеуберди").
_BEFORE_NOT_DOER = {"с", "со", "и", "к", "у", "от", "with", "and", "to", "by", "from", "of"}


def held_office(text: str, source: list[GazMatch]) -> bool:
    """Whether a state source is named as an office's ("Министр иностранных дел Казахстана",
    "President of Kazakhstan", "Kazakh President", "ҚР Президенті")."""
    for m in source:
        before = text[max(0, m.start - 40) : m.start]
        after = text[m.end : m.end + 12]
        if OFFICE.search(before) or OFFICE.match(after.lstrip()):
            return True
    return False


def named_official(toks: list[Token], upto: int, people: dict[str, GazEntry]) -> GazMatch | None:
    """The state of the last official of ``people`` named by surname among ``toks[:upto]`` (the
    words before a trigger, at most ``_DOER_REACH`` of them: the subject stands near its verb,
    and a long sentence of many triggers stays linear), the surname in the nominative and not
    after a preposition or a conjunction: the doer, not the one met ("Конуспаев выразил
    протест" but not "встретился с Конуспаевым")."""
    if not people:
        return None
    for k in range(upto - 1, max(-1, upto - 1 - _DOER_REACH), -1):
        word = toks[k].text
        if len(word) < _SURNAME_MIN or not word[:1].isupper():
            continue
        key = word.lower().replace("ё", "е")
        if key not in people or (k and toks[k - 1].text.lower() in _BEFORE_NOT_DOER):
            continue
        return GazMatch(toks[k].start, toks[k].end, word, people[key])
    return None


def answerers(record: Record) -> dict[str, str]:
    """Question turn id -> the speaker id of the answer that replies to it (a question the
    excerpt cut before its answer is put to the interview's one guest, if it has one)."""
    out = {t.reply_to: t.speaker_id for t in record.turns if t.reply_to and t.speaker_id}
    guests = [s.id for s in record.speakers if s.interview_role == InterviewRole.INTERVIEWEE]
    if len(guests) == 1:
        for t in record.turns:
            if t.kind == TurnKind.QUESTION and t.id not in out:
                out[t.id] = guests[0]
    return out


def speaks_for(
    text: str,
    start: int,
    end: int,
    turn: Turn | None,
    states: dict[str, GazEntry],
    asked: dict[str, str] | None = None,
    act: int | None = None,
) -> GazMatch | None:
    """The state behind a first person in the sentence ``text[start:end]`` of an official's
    answer, or behind "you" in a question whose answer (``asked``: question id -> answerer's
    speaker id) an official gives; the match sits on the pronoun. None otherwise (and where a
    third person before the act at offset ``act`` is its subject)."""
    asked = asked or {}
    if turn is None:
        return None
    if turn.kind == TurnKind.QUESTION and turn.id in asked and asked[turn.id] in states:
        m = _YOU.search(text, start, end)
        state = states[asked[turn.id]]
        return None if m is None else GazMatch(m.start(), m.end(), m.group(), state)
    own = answering_state(turn, states)
    m = _WE.search(text, start, end) if own is not None else None
    if own is None or m is None:
        return None
    if act is not None and m.start() > act and _THEY.search(text, start, act):
        return None  # "But they agreed to play ... and thanked us": they act, "us" is thanked
    return GazMatch(m.start(), m.end(), m.group(), own)


# A third person as the subject before the act (the first person after it is its object).
_THEY = re.compile(r"(?<!\w)(?:they|he|she|они|он|она|олар)(?!\w)", re.I)


def answering_state(turn: Turn | None, states: dict[str, GazEntry]) -> GazEntry | None:
    """The state an official speaks for in ``turn``, if it is their answer: whose "we", "our"
    or "I" it says."""
    if turn is None or turn.kind != TurnKind.ANSWER or turn.speaker_id is None:
        return None
    return states.get(turn.speaker_id)
