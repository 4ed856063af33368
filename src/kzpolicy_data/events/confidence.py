"""How sure an extracted event is, and whether it is published.

``confidence`` is a logistic model over what the extractor knows about a candidate (who is in it,
where in the article it was read, its type and modality, the words around it), fitted on the
dev split of the real development corpus by ``bench/fit_confidence.py`` and shipped as
``data/confidence.json``: of the candidates with confidence about c, about c were right there
(the reliability table of ``bench/evaluate_real.py`` checks it on the test split). An event is
published when it has a source ("no source, no event") and its confidence reaches the model's
threshold, chosen on dev for at least 85 % precision out of fold (each dev article scored by a
model fitted without it) at the one-sided 85 % Wilson lower bound, not the point estimate; the
others are candidates for
``kzpolicy-data review``, where a curator accepts one with a stanza.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..codes import Modality, TurnKind
from ..records import Event, Record
from .told import TOLD

__all__ = ["FEATURES", "Model", "features", "model", "publishable", "score"]

# Where an event was read (the segment kinds are those of the record).
_HEAD = {"title", "lead", "intro", "heading"}
_TYPES = (
    "CONSULT",
    "kzp:STATEMENT",
    "AGREE",
    "SUPPORT",
    "COOPERATE",
    "kzp:ELECTION",
    "SANCTION",
    "kzp:REFERENDUM",
)
# The article talking about itself or its guest: "в интервью газете ... рассказал".
_FRAMING = re.compile(
    r"интервью|сұхбат|interview|корреспондент|журналист|тілші|reporter|поделил|рассказал|"
    r"told|изданию|газет",
    re.I,
)
_REPORTED = re.compile(
    r"заяв|сообщ|подчеркн|отмети|said|stated|noted|stressed|деді|мәлімде|атап", re.I
)
FEATURES = (
    "has_source",
    "has_recipient",
    "group_source",
    "syntax",
    "pronoun",
    "in_question",
    "in_answer",
    "in_head",
    "in_body",
    "lang_ru",
    "lang_kk",
    *(f"type_{t}" for t in _TYPES),
    "not_asserted",
    "framing",
    "reported",
    "question_mark",
    "kaz_source",
    "evidence_2",
    "long_sentence",
    "inferred_source",
    "partnerless",
    "official_source",
    "adjective_source",
    "quoted",
    "first_person",
    "in_title",
    "igo_source",
    "many_sources",
    "adjective_recipient",
    "named_both",
    "two_sides",
    "kaz_recipient",
    "evidence_3",
    "retold",
    "ties",
    "assessed",
    "headline",
    "thanked",
    "recognised",
    "congratulated",
    *TOLD,
)
# Acts of one party that need no counterpart; any other act told with one party and nobody on
# the other side ("Президент Казахстана обсудил реформы") is mostly not an act between actors.
_SOLO = {"kzp:STATEMENT", "kzp:ELECTION", "kzp:REFERENDUM", "PROTEST"}


@dataclass(frozen=True)
class Model:
    """A fitted logistic model: ``weights`` by feature, ``bias``, the publishing ``threshold``."""

    weights: dict[str, float]
    bias: float
    threshold: float
    fitted_on: str


@cache
def model() -> Model:
    """The shipped model (``data/confidence.json``)."""
    raw = resources.files("kzpolicy_data").joinpath("data/confidence.json").read_text("utf-8")
    data = json.loads(raw)
    return Model(
        weights={k: float(v) for k, v in data["weights"].items()},
        bias=float(data["bias"]),
        threshold=float(data["threshold"]),
        fitted_on=str(data["fitted_on"]),
    )


def features(
    event: Event,
    record: Record,
    *,
    lang: str,
    syntax: bool,
    pronoun: bool,
    where: str,
    inferred: bool = False,
    source_kinds: set[str] | frozenset[str] = frozenset(),
    source_surfaces: list[str] | None = None,
    recipient_surfaces: list[str] | None = None,
    parties: bool = False,
    retold: bool = False,
    ties: bool = False,
    assessed: bool = False,
    headline: bool = False,
    thanked: bool = False,
    recognised: bool = False,
    congratulated: bool = False,
    told: frozenset[str] = frozenset(),
    subject: bool = False,
) -> dict[str, float]:
    """The model's inputs for one candidate (``where``: the kind of segment or turn it was read
    in: ``question``, ``answer``, ``title``, ``lead``, ``intro``, ``body`` ...; ``inferred``:
    the source is not named in the sentence but taken from the speaker or the article;
    ``retold``: an earlier candidate of the article has the same type and actors;
    ``source_kinds``: the gazetteer kinds the source was read from, ``source_surfaces`` and
    ``recipient_surfaces``: the words they were read from; ``parties``: the sides were told as
    "the two sides" and taken from the sentences before; ``assessed``: an official's
    assessment of relations, read by ``assessments``; ``headline``: a title quoting an official,
    read by ``headlines``; ``thanked``, ``congratulated``: thanks or congratulations given,
    read by ``courtesy``; ``recognised``: a state's independence recognised, read by
    ``recognition``; ``told``: which words of ``told.TOLD`` the sentences tell of the act;
    ``subject``: the recipients are only the states a position names, no partner read)."""
    span = event.evidence[0].span
    sentence = record.text[span.start : span.end]
    partner = bool(event.recipient) and not subject
    recipient_surfaces = [] if subject else recipient_surfaces
    out = {
        "has_source": float(bool(event.source)),
        "has_recipient": float(partner),
        "group_source": float(len({a.code for a in event.source}) > 1),
        "syntax": float(syntax),
        "pronoun": float(pronoun),
        "in_question": float(where == TurnKind.QUESTION.value),
        "in_answer": float(where == TurnKind.ANSWER.value),
        "in_head": float(where in _HEAD),
        "in_body": float(where == "body"),
        "lang_ru": float(lang == "ru"),
        "lang_kk": float(lang == "kk"),
        "not_asserted": float(event.modality != Modality.ASSERTED),
        "framing": float(bool(_FRAMING.search(sentence))),
        "reported": float(bool(_REPORTED.search(sentence))),
        "question_mark": float("?" in sentence),
        "kaz_source": float(any(a.code == "KAZ" for a in event.source)),
        "evidence_2": float(len(event.evidence) > 1),
        "long_sentence": min(len(sentence), 600) / 300,
        "inferred_source": float(inferred),
        "partnerless": float(
            event.event_type.value not in _SOLO
            and not partner
            and len({a.code for a in event.source}) == 1
        ),
    }
    for t in _TYPES:
        out[f"type_{t}"] = float(event.event_type.value == t)
    # Who the roles were read from: a leader, a body or a capital ("Токаев", "МИД РК",
    # "Astana") acts more surely than a country adjective ("российский", "Kazakh") or a
    # pronoun; a source and a recipient both named in the sentence are surer than one inferred.
    surfaces = source_surfaces or []
    out["official_source"] = float(
        bool(source_kinds & {"leader", "institution", "capital", "office"})
    )
    out["adjective_source"] = float(
        not inferred and bool(surfaces) and all(_adjective(w) for w in surfaces)
    )
    out["quoted"] = float(bool(_QUOTED.search(sentence)))
    out["first_person"] = float(bool(_FIRST.search(sentence)))
    out["in_title"] = float(where == "title")
    out["igo_source"] = float(any(a.code.startswith("IGO") for a in event.source))
    out["many_sources"] = float(len({a.code for a in event.source}) > 2)
    out["adjective_recipient"] = float(
        bool(recipient_surfaces) and all(_adjective(w) for w in recipient_surfaces or [])
    )
    out["named_both"] = float(bool(surfaces) and bool(recipient_surfaces) and not inferred)
    out["two_sides"] = float(parties)
    # an act towards Kazakhstan (the corpus's subject), and one told three times or more
    out["kaz_recipient"] = float(partner and any(a.code == "KAZ" for a in event.recipient))
    out["evidence_3"] = float(len(event.evidence) > 2)
    out["retold"] = float(retold)
    out["ties"] = float(ties)
    out["assessed"] = float(assessed)  # an official's assessment of relations (assessments)
    out["headline"] = float(headline)  # a title quoting an official (headlines)
    out["thanked"] = float(thanked)  # thanks given (courtesy)
    out["congratulated"] = float(congratulated)  # congratulations given (courtesy)
    out["recognised"] = float(recognised)  # a state's independence recognised (recognition)
    for name in TOLD:  # a document signed, a call, parties agreed (told)
        out[name] = float(name in told)
    return out


_ADJECTIVE = re.compile(r"(?:ск|цк)(?:ий|ая|ое|ие|ого|ой|ому|им|их|ую|ом|ими)$", re.I)


def _adjective(word: str) -> bool:
    """A country adjective or a pronoun ("российской", "Казахстанская", "kazakh", "мы")."""
    return word[:1].islower() or bool(_ADJECTIVE.search(word))


# Direct speech (quotation marks, a dash-led reply) and the first person (the speaker's own
# words: an official's position, or an expert's opinion).
_QUOTED = re.compile(r"[«»“”\"]|^\s*[–—-]")
_FIRST = re.compile(r"(?<!\w)(?:мы|нас|нам|наш\w*|я|мне|меня|we|our|us|I|біз\w*|менің)(?!\w)", re.I)


def score(feats: dict[str, float], fitted: Model | None = None) -> float:
    """The probability the model gives the candidate (rounded to 2 places)."""
    m = fitted or model()
    z = m.bias + sum(m.weights.get(k, 0.0) * v for k, v in feats.items())
    return round(1 / (1 + math.exp(-max(-30.0, min(30.0, z)))), 2)


def publishable(event: Event) -> bool:
    """Whether an extracted event goes into ``events``: a source, and confidence at or above
    the threshold. (Curated events are published whatever their confidence.)"""
    return bool(event.source) and event.confidence >= model().threshold
