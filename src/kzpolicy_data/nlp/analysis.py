"""One analysis of an article, computed once and shared by every component of the pipeline.

Speakers, mentions and events all need the same things: word tokens with their lemmas, sentences,
natasha's named-entity spans and the gazetteer's names. Each is computed on first use, over the
whole text, and then only read: the speakers of the lead and the mentions of the body come from
one NER pass, and the event extractor reads the tokens the gazetteer already lemmatised.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

from ..errors import ParseError
from . import gazetteer
from .morph import Token, tokenize

__all__ = ["Analysis", "Entity", "Token", "require_nlp"]

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")


@dataclass(frozen=True)
class Entity:
    """A named-entity span found by natasha: ``PER``, ``ORG`` or ``LOC``."""

    type: str
    start: int
    end: int


def require_nlp() -> None:
    """Raise a clear :class:`ParseError` when the ``nlp`` extra is not installed."""
    try:
        import natasha  # noqa: F401
        import pymorphy3  # noqa: F401
    except ModuleNotFoundError as exc:
        raise ParseError(
            f"the NLP models are not installed ({exc.name} is missing)",
            hint="install the `nlp` extra: pip install 'kzpolicy-data[nlp]', "
            "or parse without NLP (--no-ner)",
        ) from None


@cache
def _ner_pipeline() -> tuple[Any, Any]:
    require_nlp()
    from natasha import NewsEmbedding, NewsNERTagger, Segmenter

    return Segmenter(), NewsNERTagger(NewsEmbedding())


def _within(items: list[Any], starts: list[int], start: int, end: int) -> list[Any]:
    """The items (sorted by start) that lie inside ``[start, end)``."""
    i = bisect_left(starts, start)
    out = []
    while i < len(items) and items[i].start < end:
        if items[i].end <= end:
            out.append(items[i])
        i += 1
    return out


class Analysis:
    """The shared analysis of one article's text (offsets are code points into ``text``)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._tagged: dict[tuple[int, int], list[Entity]] = {}  # NER run on a range only

    @cached_property
    def tokens(self) -> list[Token]:
        """Every word token, lemmatised once (pymorphy3 for Russian, lowercase otherwise)."""
        return tokenize(self.text)

    @cached_property
    def _token_starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """The tokens inside ``[start, end)``."""
        return _within(self.tokens, self._token_starts, start, end)

    def sentences(self, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        """``(start, end)`` of each sentence in ``[start, end)``, stripped of leading space."""
        end = len(self.text) if end is None else end
        out = []
        for m in _SENTENCE.finditer(self.text, start, end):
            lead = len(m.group()) - len(m.group().lstrip())
            if m.group().strip():
                out.append((m.start() + lead, m.end()))
        return out

    def _ner(self, start: int, end: int) -> list[Entity]:
        from natasha import Doc

        segmenter, tagger = _ner_pipeline()
        doc = Doc(self.text[start:end])
        doc.segment(segmenter)
        doc.tag_ner(tagger)
        return [Entity(s.type, s.start + start, s.stop + start) for s in doc.spans]

    @cached_property
    def entities(self) -> list[Entity]:
        """natasha's PER / ORG / LOC spans over the whole text.

        Ranges already tagged by :meth:`entities_in` (the lead, for speakers) are reused, so
        every character goes through NER at most once per article."""
        found: list[Entity] = []
        at = 0
        for start, end in sorted(self._tagged):
            if start > at:
                found += self._ner(at, start)
            found += self._tagged[(start, end)]
            at = max(at, end)
        if at < len(self.text):
            found += self._ner(at, len(self.text))
        return sorted(found, key=lambda e: (e.start, e.end))

    @cached_property
    def _entity_starts(self) -> list[int]:
        return [e.start for e in self.entities]

    def entities_in(self, start: int, end: int) -> list[Entity]:
        """The entities inside ``[start, end)``: tagged on their own unless the whole text has
        been, so that speakers cost NER of the lead only.

        Callers pass paragraph-aligned ranges: NER reads sentences, which never cross a
        paragraph break, so a range tagged alone gives what the whole text would."""
        if "entities" in self.__dict__:
            return _within(self.entities, self._entity_starts, start, end)
        if not any(s <= start and end <= e for s, e in self._tagged):
            overlapping = [r for r in self._tagged if r[0] < end and start < r[1]]
            if overlapping:  # keep tagged ranges disjoint: tag the union once
                start, end = (
                    min(start, *(r[0] for r in overlapping)),
                    max(end, *(r[1] for r in overlapping)),
                )
                for r in overlapping:
                    del self._tagged[r]
            self._tagged[(start, end)] = self._ner(start, end)
        return [
            e
            for (s, t), ents in self._tagged.items()
            if s < end and start < t
            for e in ents
            if start <= e.start and e.end <= end
        ]

    @cached_property
    def known_names(self) -> list[gazetteer.GazMatch]:
        """Gazetteer names in the whole text, matched on the shared tokens."""
        return gazetteer.find_in_tokens(self.text, self.tokens)

    @cached_property
    def _known_starts(self) -> list[int]:
        return [m.start for m in self.known_names]

    def known_names_in(self, start: int, end: int) -> list[gazetteer.GazMatch]:
        """The gazetteer matches inside ``[start, end)``."""
        return _within(self.known_names, self._known_starts, start, end)
