"""Names in English text, which natasha's NER does not read: a headline's capitals are no
evidence of a name, and an honorific with a surname (`Mr. Matsui`) is.
"""

from __future__ import annotations

import re

from ..nlp.gazetteer import find as gazetteer_find
from .nominative import CYR, LATIN
from .positions import is_role, role_after

__all__ = ["headline_words", "honoured", "honoured_guest", "speaker_line"]

_TITLE_WORD = re.compile(r"\b[A-Za-z][a-z]{3,}\b")


def headline_words(text: str, s: int, e: int) -> bool:
    """Whether the run ``text[s:e]`` is just two capitalised words of a line that capitalises
    its words as English headlines do (`Initiatives of Kazakhstani Chairmanship shall Gain
    Development within Further Work`): there a name needs its own evidence, a position right
    before it (`U.S. Ambassador William Moser`) or after it in a speaker's line, its own `:`
    after it, an `interview` before it in the line, or its surname printed again outside the
    line."""
    a = text.rfind("\n", max(0, s - _LINE_WINDOW), s) + 1
    b = text.find("\n", e, e + _LINE_WINDOW)
    b = b if b >= 0 else min(len(text), e + _LINE_WINDOW)
    words = _TITLE_WORD.findall(text[a:s] + text[e:b])
    caps = sum(1 for w in words if w[0].isupper())
    if caps < 4 or caps < 0.75 * len(words):
        return False
    before = re.findall(r"[\w.-]+", text[a:s])[-1:]
    last = text[s:e].split()[-1]
    return not (
        any(is_role(w) or w.rstrip(".").upper() == "H.E" for w in before)
        or text[e : e + 2].lstrip().startswith(":")
        # `Rustem Ekibayev, Gumilyov Eurasian National University, Deputy Head of ...:`, a
        # speaker's line of positions ending in its colon
        or (role_after(text[e : e + 90]) and text[e:b].rstrip().endswith(":"))
        or re.search(r"interview", text[a:s], re.I)
        or last in text[max(0, a - _SCAN) : a]
        or last in text[b : b + _SCAN]
    )


_LINE_WINDOW = 400
_SCAN = 6000  # how far the same surname is looked for (the title, the lead and first turns)


# `Mr. Matsui has kindly agreed to share ...`: the lead calls its guest by honorific and surname
_HONORIFIC = r"\b(?:Mr|Mrs|Ms|Dr|Prof|Mister|Madam|H\.E)\.?\s+"


def honoured(text: str, surname: str) -> bool:
    """Whether the text calls someone by an honorific and this surname (`Mr. Matsui`, also
    for a surname printed in capitals elsewhere: `Mariko TSUNOKAKE`, `Ms. Tsunokake`)."""
    if not surname[:1].isupper():
        return False
    forms = {surname, surname.capitalize()}
    pattern = "|".join(re.escape(f) for f in forms)
    return bool(
        re.search(rf"{_HONORIFIC}(?:[A-Z][a-z]+\s+)?(?:{pattern})\b", text[:_HONOUR_WINDOW])
    )


def honoured_guest(text: str, name: str) -> str | None:
    """`guest` for a Latin-script name the lead calls by honorific and surname (not a leader,
    whom an interview's lead may name as a topic: `Mr. Tokayev's reforms`)."""
    words = name.split()
    if len(words) < 2 or not LATIN.search(name) or not honoured(text, words[-1]):
        return None
    return None if any(m.entry.kind == "leader" for m in gazetteer_find(name)) else "guest"


_HONOUR_WINDOW = 3000  # the title, the lead and the first exchange


def speaker_line(text: str, s: int, e: int) -> bool:
    """Whether the Latin run ``text[s:e]`` opens its line and a colon follows it: a headline's
    speaker (`Kairat Lama Sharif: “Great things ...”`), whose three words are all the name."""
    return (
        (s == 0 or text[s - 1] == "\n")
        and text[e : e + 1] == ":"
        and bool(LATIN.search(text[s:e]))
        and not CYR.search(text[s:e])
    )
