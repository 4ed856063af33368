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

from ..codes import InterviewRole, TurnKind
from ..nlp.gazetteer import GazEntry, GazMatch, country_entry, find
from ..records import Record, Turn

__all__ = ["answerers", "speaker_states", "speaks_for"]

_OFFICIAL = re.compile(
    r"министр|посол|президент|депутат|сенатор|аким|председател|представител|секретар|советник|"
    r"спикер|глава|minister|ambassador|president|deputy|senator|spokes|secretary|chairman|envoy|"
    r"елші|төраға|әкім|хатшы|мәжіліс",
    re.I,
)
# Kazakh "I" only in its unambiguous forms: a standalone "мен" is mostly the conjunction "and"
# ("Қазақстан мен Ресей"), never read as the speaker.
_WE = re.compile(
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
            if code is not None:
                entry = country_entry(code)
            else:
                states = [
                    m.entry
                    for m in find(s.position)
                    if m.entry.kind in ("country", "capital", "institution")
                ]
                entry = states[0] if states else None
        if entry is not None:
            out[s.id] = entry
    return out


def answerers(record: Record) -> dict[str, str]:
    """Question turn id -> the speaker id of the answer that replies to it."""
    return {t.reply_to: t.speaker_id for t in record.turns if t.reply_to and t.speaker_id}


def speaks_for(
    text: str,
    start: int,
    end: int,
    turn: Turn | None,
    states: dict[str, GazEntry],
    asked: dict[str, str] | None = None,
) -> GazMatch | None:
    """The state behind a first person in the sentence ``text[start:end]`` of an official's
    answer, or behind "you" in a question whose answer (``asked``: question id -> answerer's
    speaker id) an official gives; the match sits on the pronoun. None otherwise."""
    asked = asked or {}
    if turn is None:
        return None
    if turn.kind == TurnKind.QUESTION and turn.id in asked and asked[turn.id] in states:
        m = _YOU.search(text, start, end)
        state = states[asked[turn.id]]
        return None if m is None else GazMatch(m.start(), m.end(), m.group(), state)
    if turn.kind != TurnKind.ANSWER or turn.speaker_id not in states:
        return None
    m = _WE.search(text, start, end)
    if m is None:
        return None
    return GazMatch(m.start(), m.end(), m.group(), states[turn.speaker_id])
