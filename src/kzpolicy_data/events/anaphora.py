"""Who "he" is: a sentence that opens with a third-person pronoun ("Он подчеркнул, что ...",
"He also said that ...") continues about the last person who acted before it.

News tells an official's words over several sentences, naming them once ("Министр иностранных
дел Казахстана Мурат Нуртлеу провел переговоры ... Он подчеркнул, что ..."); the corpus codes
each statement with the official's state as its source. The antecedent is the source of the last
act read in the text before (within ``REACH`` characters) that a person holds: a leader the
gazetteer knows, or a state named as an office's ("министр иностранных дел Казахстана", "Kazakh
President"). Only the subject pronoun opening the sentence, before the act, is read: "him" or a
pronoun inside a clause may be anyone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..nlp.gazetteer import GazMatch

__all__ = ["LastActor"]

# The subject pronoun opening a sentence, after a connective ("В свою очередь, он", "He also").
_OPENS = re.compile(
    r"[\s«»\"“”—–-]*(?:(?:в\s+свою\s+очередь|также|кроме\s+того|далее|затем|при\s+этом|then|"
    r"later|in\s+turn|moreover)\W+)?(?:он|она|he|she)(?!\w)",
    re.I,
)
# How far back the antecedent may be: about three sentences of news.
REACH = 600


@dataclass
class LastActor:
    """The source of the last act a person did in the text read so far, and where."""

    at: int = -1
    source: tuple[GazMatch, ...] = ()

    def note(self, start: int, source: list[GazMatch], *, office: bool) -> None:
        """Remember the source of an act told in the sentence at ``start`` if a person acts in
        it: a leader, or a state named as an office's (``office``, ``speakers.held_office``)."""
        if len({m.entry.code for m in source}) == 1 and (
            source[0].entry.kind == "leader" or office
        ):
            self.at, self.source = start, tuple(source[:1])

    def of_pronoun(self, text: str, start: int, trigger_at: int) -> list[GazMatch]:
        """The antecedent's state for a sentence at ``start`` that opens with a subject pronoun
        before its act (at ``trigger_at``), else nothing."""
        if self.at < 0 or not 0 < start - self.at <= REACH:
            return []
        m = _OPENS.match(text, start)
        if m is None or m.end() > trigger_at:
            return []
        return list(self.source)
