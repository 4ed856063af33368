"""One analysis of an article, computed once and shared by every component of the pipeline.

Speakers, mentions and events all need the same things: word tokens with their lemmas, sentences,
natasha's named-entity spans and the gazetteer's names. Each is computed on first use, over the
whole text, and then only read: the speakers of the lead and the mentions of the body come from
one NER pass, and the event extractor reads the tokens the gazetteer already lemmatised.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import cache, cached_property, lru_cache
from typing import Any

from ..budget import checkpoint
from ..errors import ParseError
from . import gazetteer, ner
from .morph import _WORDS_CACHED, Token, _parses, tokenize
from .ner import Entity

__all__ = [
    "Analysis",
    "Entity",
    "SynToken",
    "Token",
    "as_tree",
    "load_models",
    "require_nlp",
]

# A period glued to a lower-case letter or a digit ends no sentence: a site's name ("Almaty.tv",
# "Tengrinews.kz"), a figure ("3.5").
_SENTENCE = re.compile(r"(?:[^.!?\n]|\.(?=[a-zа-яёәғқңөұүһі0-9]))+(?:[.!?]+|$)")
# Longer "sentences" (a run-on list, a hostile input) are cut at clause boundaries: what the
# event rules do per trigger grows with the sentence, so this keeps them linear in the text, and
# it bounds the length of an evidence span. Real sentences are far shorter (the seed's longest
# is under 300 characters).
MAX_SENTENCE = 600
_KAZAKH_LETTERS = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
_CLAUSE_BREAK = re.compile(r"[,;:]\s|\s[–—-]\s")


@dataclass(frozen=True)
class SynToken:
    """A word of a dependency-parsed sentence (natasha's UD parse; offsets into the text).

    ``head`` is the index of the governing word in the same sentence, -1 for the root."""

    start: int
    end: int
    text: str
    pos: str
    feats: dict[str, str]
    head: int
    rel: str


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
def load_models() -> tuple[Any, Any]:
    """Load natasha's segmenter and NER model once per process (a build's worker calls this at
    start; the syntax parser loads on first use, as few articles need it)."""
    require_nlp()
    from natasha import Segmenter

    return Segmenter(), ner.tagger()


@cache
def _syntax_parser() -> Any:
    from natasha import NewsSyntaxParser

    return NewsSyntaxParser(ner.news_embedding())


_POS = {"NOUN": "NOUN", "VERB": "VERB", "INFN": "VERB", "PRTF": "VERB", "PRTS": "VERB",
        "GRND": "VERB", "ADJF": "ADJ", "ADJS": "ADJ", "PREP": "ADP", "CONJ": "CCONJ",
        "PRCL": "PART", "NPRO": "PRON", "NUMR": "NUM", "ADVB": "ADV", "COMP": "ADV"}  # fmt: skip
_CASE = {"nomn": "Nom", "gent": "Gen", "gen2": "Gen", "datv": "Dat", "accs": "Acc",
         "acc2": "Acc", "ablt": "Ins", "loct": "Loc", "loc2": "Loc", "voct": "Nom"}  # fmt: skip
_TENSE = {"futr": "Fut", "pres": "Pres", "past": "Past"}


def _morph(word: str) -> tuple[str, dict[str, str]]:
    """Part of speech and UD features of a word from pymorphy3's likeliest parse: natasha's
    morphology tagger would cost as much again as the parser, and the roles need little."""
    pos, feats = _morph_cached(word)
    return pos, dict(feats)


@lru_cache(maxsize=_WORDS_CACHED)
def _morph_cached(word: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    parses = _parses(word)
    if not parses:
        return ("PROPN" if word[:1].isupper() else "X"), ()
    tag = parses[0].tag
    pos = _POS.get(str(tag.POS), "X")
    if pos == "NOUN" and (
        {"Geox", "Name", "Surn", "Orgn", "Abbr"} & set(str(tag).replace(" ", ",").split(","))
    ):
        pos = "PROPN"
    feats = {}
    if tag.case in _CASE:
        feats["Case"] = _CASE[tag.case]
    if tag.tense in _TENSE:
        feats["Tense"] = _TENSE[tag.tense]
    if word.lower() in ("не", "ни"):
        feats["Polarity"] = "Neg"
    return pos, tuple(feats.items())


def _within(items: list[Any], starts: list[int], start: int, end: int) -> list[Any]:
    """The items (sorted by start) that lie inside ``[start, end)``."""
    i = bisect_left(starts, start)
    out = []
    while i < len(items) and items[i].start < end:
        if items[i].end <= end:
            out.append(items[i])
        i += 1
    return out


# The word after a place that makes it an outlet's name (`The Astana Times`, `Kazakh TV`,
# `Российская газета`, `Казахстанская правда`).
# A surname (`Әміреевті`, `Ivanova`, `Сапарұлы`), with a Kazakh case ending, right after a word.
_SURNAME_AFTER = re.compile(
    r" (?:[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+(?:ов|ев|ёв|ин|ова|ева|ина|ұлы|қызы)"
    r"(?:а|у|е|ым|ой|ом|[тнд][ыі]|[гк]е|[ғқ]а|[тд][ае]|[тнд][ыі]ң|[пбм]ен|[тнд][ае]н)?|"
    r"[A-Z][a-z]+(?:ov|ev|ova|eva|uly|kyzy))(?![\w-])"
)
# A state's adjective naming a language: "Kazakh language", "на казахском языке", "қазақ
# тілінде"; or a tongue someone speaks, in English, where the same word names the people
# ("fluent in Russian and Polish", "speaks Kazakh"; not "speaking in Astana").
_LANGUAGE_AFTER = re.compile(
    r"\s+(?:languages?|язык\w*|тіл(?:і|ін|інде|іне|інің|де|ге|ді)?)(?!\w)", re.I
)
_SPOKEN_BEFORE = re.compile(
    r"(?:fluent|fluency|speaks?|spoke|spoken|speaking|translated|interpreted)\s+(?:in\s+)?"
    r"(?:[A-Z]\w+,?\s+(?:and\s+|or\s+)?)*$"
)
_TONGUES = frozenset(
    "russian polish kazakh english chinese german french uzbek kyrgyz tajik turkmen turkish "
    "arabic persian farsi spanish italian japanese korean ukrainian belarusian azerbaijani "
    "hungarian mongolian hindi georgian armenian latvian lithuanian estonian czech finnish "
    "swedish dutch portuguese greek hebrew urdu malay indonesian vietnamese".split()
)
_OUTLET_WORD = re.compile(
    r"\s+(?:Times|Post|TV|Today|Daily|Herald|Tribune|Weekly|Journal|Gazette|Telegraph|Observer|"
    r"Pravda|Network|газета|правда|Правда)\b"
)


class Analysis:
    """The shared analysis of one article's text (offsets are code points into ``text``)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._tagged: dict[tuple[int, int], list[Entity]] = {}  # NER run on a range only
        self._parsed: dict[tuple[int, int], list[SynToken]] = {}
        self._sentences: dict[tuple[int, int], list[tuple[int, int]]] = {}

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
        """``(start, end)`` of each sentence in ``[start, end)``, stripped of leading space, none
        longer than ``MAX_SENTENCE`` characters."""
        end = len(self.text) if end is None else end
        if (start, end) in self._sentences:  # the extractor asks again for a block's sentences
            return self._sentences[(start, end)]
        out: list[tuple[int, int]] = []
        for m in _SENTENCE.finditer(self.text, start, end):
            lead = len(m.group()) - len(m.group().lstrip())
            if m.group().strip():
                out.extend(self._clauses(m.start() + lead, m.end()))
        self._sentences[(start, end)] = out
        return out

    def _clauses(self, start: int, end: int) -> list[tuple[int, int]]:
        """A sentence cut into pieces of at most ``MAX_SENTENCE`` characters, each at the last
        clause boundary (else space) of its window."""
        out = []
        while end - start > MAX_SENTENCE:
            window = self.text[start : start + MAX_SENTENCE]
            cut = max((m.end() for m in _CLAUSE_BREAK.finditer(window)), default=0)
            if cut < MAX_SENTENCE // 4:
                cut = window.rfind(" ") + 1 or MAX_SENTENCE
            out.append((start, start + len(window[:cut].rstrip())))
            start += cut
            while start < end and self.text[start].isspace():
                start += 1
        if start < end:
            out.append((start, end))
        return out

    def _ner(self, start: int, end: int) -> list[Entity]:
        load_models()
        return [
            Entity(e.type, e.start + start, e.end + start)
            for e in ner.entities(self.text[start:end])
        ]

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
        """Gazetteer names in the whole text, matched on the shared tokens; a place matched by
        a word's prefix inside a person's full name (NER) is a given name, not a place: Данияр
        is not Дания, Ирангуль is not Иран. Whole-word matches stay, and so do spans with Kazakh
        letters: the Russian model tags Kazakh words as names too often to overrule "Ресей" or
        "Біріккен Араб Әмірліктерінің"."""
        # `The Astana Times`, `China Daily`, `Российская газета`: an outlet named after a place
        found = [
            m
            for m in gazetteer.find_in_tokens(self.text, self.tokens)
            if not _OUTLET_WORD.match(self.text, m.end)
            and not _LANGUAGE_AFTER.match(self.text, m.end)
            and not (
                m.surface.lower() in _TONGUES
                and _SPOKEN_BEFORE.search(self.text, max(0, m.start - 60), m.start)
            )
            # `Бағдат Әміреевті`: a one-word city before a surname is the person's given name
            # (not a leader's name before another's: `с Путиным Токаев`)
            and not (
                m.entry.kind == "capital"
                and " " not in m.as_read
                and _SURNAME_AFTER.match(self.text, m.end)
            )
        ]
        if not any(m.by_stem for m in found):
            return found
        people = [
            e
            for e in self.entities
            if e.type == "PER"
            and " " in self.text[e.start : e.end]
            and not _KAZAKH_LETTERS.search(self.text, e.start, e.end)
        ]
        starts = [e.start for e in people]

        def given_name(m: gazetteer.GazMatch) -> bool:
            k = bisect_left(starts, m.start + 1) - 1
            return k >= 0 and people[k].start <= m.start and m.end <= people[k].end

        return [m for m in found if not (m.by_stem and m.entry.kind != "leader" and given_name(m))]

    @cached_property
    def _known_starts(self) -> list[int]:
        return [m.start for m in self.known_names]

    def known_names_in(self, start: int, end: int) -> list[gazetteer.GazMatch]:
        """The gazetteer matches inside ``[start, end)``."""
        return _within(self.known_names, self._known_starts, start, end)

    def parse(self, spans: list[tuple[int, int]]) -> None:
        """Dependency-parse the sentences ``spans`` (Russian) in one batch; only the sentences
        the event extractor needs are parsed, and each at most once per article."""
        todo = [sp for sp in spans if sp not in self._parsed]
        if not todo:
            return
        from natasha import Doc

        segmenter, _ = load_models()
        parser = _syntax_parser()
        from natasha.doc import adapt_sent, adapt_token
        from razdel.substring import Substring

        # One document, one sentence per line: natasha batches the parser over it. The sentences
        # are ours (razdel would join lines that end in a comma, and a parse grows with the
        # square of its sentence's length).
        lines = [" ".join(self.text[s:e].split()) for s, e in todo]
        offsets, at = [], 0
        for line in lines:
            offsets.append(at)
            at += len(line) + 1
        doc = Doc("\n".join(lines))
        doc.tokens = [adapt_token(t) for t in segmenter.tokenize(doc.text)]
        doc.sents = [
            adapt_sent(Substring(off, off + len(line), line))
            for off, line in zip(offsets, lines, strict=True)
        ]
        doc.envelop_sent_tokens()
        doc.parse_syntax(parser)
        parsed: list[list[SynToken]] = [[] for _ in todo]
        for sent in doc.sents:
            k = max(0, bisect_left(offsets, sent.start + 1) - 1)
            ids = {t.id: n for n, t in enumerate(sent.tokens)}
            base = len(parsed[k])
            for t in sent.tokens:
                head = ids.get(t.head_id, -1 - base) + base
                pos, feats = _morph(t.text)
                parsed[k].append(SynToken(t.start, t.stop, t.text, pos, feats, head, t.rel))
        for (s, e), line, toks, off in zip(todo, lines, parsed, offsets, strict=True):
            self._parsed[(s, e)] = as_tree(_realign(self.text, s, e, line, off, toks))
            checkpoint()

    def syntax(self, start: int, end: int) -> list[SynToken]:
        """The parse of the sentence ``[start, end)`` (parsed now if :meth:`parse` was not)."""
        self.parse([(start, end)])
        return self._parsed[(start, end)]


def as_tree(toks: list[SynToken]) -> list[SynToken]:
    """The parse with every head inside the sentence and no cycle: the model's output is not
    always a tree (a head can point at a dependent), and every walk over it assumes one.

    A word whose chain of heads loops back on itself, or leaves the sentence, becomes a root.
    Linear: each word is followed once."""
    heads = [t.head if 0 <= t.head < len(toks) else -1 for t in toks]
    state = [0] * len(toks)  # 0 unseen, 1 on the current chain, 2 known to reach a root
    for n in range(len(toks)):
        chain, k = [], n
        while k >= 0 and state[k] == 0:
            state[k] = 1
            chain.append(k)
            k = heads[k]
        if k >= 0 and state[k] == 1:  # the chain came back to itself: cut the loop there
            heads[k] = -1
        for c in chain:
            state[c] = 2
    if all(h == t.head for h, t in zip(heads, toks, strict=True)):
        return toks
    return [replace(t, head=h) for t, h in zip(toks, heads, strict=True)]


def _realign(
    text: str, start: int, end: int, line: str, offset: int, toks: list[SynToken]
) -> list[SynToken]:
    """Map offsets in the batch document (whitespace squeezed) back to the article text."""
    out, pos = [], start
    for t in toks:
        word = line[t.start - offset : t.end - offset]
        at = text.find(word, pos, end)
        at = pos if at < 0 else at
        out.append(SynToken(at, at + len(word), word, t.pos, t.feats, t.head, t.rel))
        pos = at + len(word)
    return out
