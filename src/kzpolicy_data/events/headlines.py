"""A headline that quotes an official: "Посол КНР: Когда в Казахстане все стабильно, то и нам
хорошо", "Kazakhstan's Foreign Minister: Astana Regards Azerbaijan as Key Caucasus Country",
"Relations between Kazakhstan and Russia have a bright future - Tokayev".

The speaker stands before a colon or after a closing dash, and no verb says "stated": the
corpus codes the official's stated position (``kzp:STATEMENT``, or ``SUPPORT`` where the words
praise: "Тлеуберди о России: Мы – стратегические союзники") by the speaker's state about the
states the words name. The speaker must be a state's: a leader the gazetteer knows, an office
with its state ("Жапония елшісі"), or an official the article names with office and state
(:func:`.speakers.article_people`), or an interviewee speaking for a state. An interviewer's
label ("Азаттык:"), a dateline ("RIYADH:"), a rubric ("Сайлау-2022:") and an expert resolve to
no state, and a headline that tells another act (a visit, a treaty) is that act's.
"""

from __future__ import annotations

import re

from ..codes import EventType
from ..nlp.analysis import Analysis
from ..nlp.gazetteer import GazEntry, GazMatch, besides, country_entry, find, position_state
from .lexicon import Hit, find_triggers, tokens_language, trigger_of
from .speakers import OFFICE, People

__all__ = ["headline_statement"]

# "SPEAKER: words" (the speaker at most eight words), or "words – SPEAKER" (at most six).
_BEFORE_COLON = re.compile(r"\s*(?P<who>[^:\n«»\"“”?!.]{3,80}?)\s*:\s+(?=\S)")
_AFTER_DASH = re.compile(r"\s+[-–—]\s+(?P<who>[^-–—:\n«»\"“”?!]{3,60}?)\s*$")
_MAX_WORDS = {"colon": 8, "dash": 6}
_TYPES = {EventType.KZP_STATEMENT, EventType.SUPPORT}


def headline_statement(
    analysis: Analysis,
    s: int,
    e: int,
    people: People,
    guests: dict[str, GazEntry],
) -> tuple[Hit, list[GazMatch], list[GazMatch]] | None:
    """The trigger, source and recipients of a title ``[s, e)`` quoting a state's official
    (``people``: the article's officials; ``guests``: the interviewees' states by their names'
    last words, lowercased), else None."""
    text = analysis.text
    line = text[s:e]
    if (m := _BEFORE_COLON.match(line)) is not None:
        who_at, who_end, what_at, what_end = s + m.start("who"), s + m.end("who"), s + m.end(), e
        kind = "colon"
    elif (m := _AFTER_DASH.search(line)) is not None:
        who_at, who_end, what_at, what_end = s + m.start("who"), s + m.end("who"), s, s + m.start()
        kind = "dash"
    else:
        return None
    who = text[who_at:who_end]
    if len(who.split()) > _MAX_WORDS[kind] or text[what_at:what_end].rstrip().endswith("?"):
        return None
    who_toks = analysis.tokens_in(who_at, who_end)
    if find_triggers(who_toks, tokens_language(who_toks)):
        return None  # a topic list ("Тоқаевтың Кореяға іссапары, ...: ..."), not a speaker
    state = _state_of(who, people, guests)
    if state is None:
        return None
    toks = analysis.tokens_in(what_at, what_end)
    hits = find_triggers(toks, tokens_language(toks))
    if not toks or any(h.trigger.type not in _TYPES for h in hits):
        return None  # another act told: coded as that act
    praise = next((h for h in hits if h.trigger.type == EventType.SUPPORT), None)
    own = set(state.actor_codes)
    about = besides(analysis.known_names_in(what_at, what_end), own)
    if not about:
        # a foreign official's words with no other state named are about Kazakhstan, the
        # corpus's subject ("Жапония елшісі: Ғажайып елде қызмет ету – ерекше құрмет"); a
        # Kazakh official's with none are mostly domestic programme, or an ex-official's view
        if "KAZ" in own or (home := country_entry("KAZ")) is None:
            return None
        about = [GazMatch(what_at, what_at, "", home)]
    trigger = praise.trigger if praise is not None else trigger_of(EventType.KZP_STATEMENT)
    # the trigger's place among the whole title's tokens (the praise, else the words' first)
    anchor = toks[praise.i] if praise is not None else toks[0]
    whole = analysis.tokens_in(s, e)
    first = next((k for k, t in enumerate(whole) if t.start >= anchor.start), 0)
    width = praise.j - praise.i if praise is not None else 1
    source = GazMatch(who_at, who_end, who, state)
    return Hit(first, first + width, trigger), [source], about


def _state_of(who: str, people: People, guests: dict[str, GazEntry]) -> GazEntry | None:
    """The state a headline's speaker speaks for, else None."""
    found = find(who)
    leaders = [m.entry for m in found if m.entry.kind == "leader"]
    if leaders:
        return leaders[0]
    if OFFICE.search(who) and (state := position_state(who)) is not None:
        return state
    words = [w.lower().replace("ё", "е") for w in re.findall(r"[^\W\d_][\w'’-]*", who)]
    for word in reversed(words):
        if len(word) >= 4 and (state := guests.get(word) or people.by_surname.get(word)):
            return state
    return None
