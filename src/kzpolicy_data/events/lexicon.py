"""Trigger words (``data/triggers.yaml``) and the language of a sentence.

Russian triggers match by pymorphy3 lemma sequence; Kazakh and English ones by lowercase word
prefixes, since neither has a lemmatiser here ("айыптады", "condemned"). Where phrases overlap
the longest wins ("нота протеста" is an accusation, "протест" alone a protest).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from ..codes import Context, EventType
from ..nlp.morph import Token, lemma

__all__ = [
    "Hit",
    "Trigger",
    "at_talks",
    "find_triggers",
    "hit_over",
    "is_meeting",
    "language_of",
    "meeting_word",
    "tokens_language",
    "trigger_of",
]

_KAZAKH = re.compile(r"[әғқңөұүһі\u0600-\u06ff]", re.I)
# Kazakh in a Latin alphabet: two different marked letters (one is a Turkish or Spanish name).
# (No re.I: it would let the dotless ı match every i.)
_KAZAKH_LATIN = re.compile(r"[áǵńóúýıäğñöüūş]")
_LATIN = re.compile(r"[a-z]", re.I)
_CYRILLIC = re.compile(r"[а-яё]", re.I)
_MAX_WORDS = 4


@dataclass(frozen=True)
class Trigger:
    type: EventType
    mode: str | None
    cameo: str | None
    context: tuple[Context, ...]


@dataclass(frozen=True)
class Hit:
    """A trigger in a sentence: tokens ``[i, j)`` of the sentence's token list."""

    i: int
    j: int
    trigger: Trigger


def language_of(sentence: str) -> str:
    """``kk`` if Kazakh letters occur (Cyrillic, the Latin alphabets' marked letters, or the
    Arabic script), ``en`` if mostly Latin, else ``ru``."""
    if _KAZAKH.search(sentence) or len(set(_KAZAKH_LATIN.findall(sentence.lower()))) >= 2:
        return "kk"
    latin, cyrillic = len(_LATIN.findall(sentence)), len(_CYRILLIC.findall(sentence))
    return "en" if latin > cyrillic else "ru"


@cache
def _lexicon() -> dict[str, dict[tuple[str, ...], Trigger]]:
    text = resources.files("kzpolicy_data").joinpath("data/triggers.yaml").read_text("utf-8")
    tables: dict[str, dict[tuple[str, ...], Trigger]] = {"ru": {}, "kk": {}, "en": {}}
    for item in yaml.safe_load(text):
        trig = Trigger(
            EventType(item["type"]),
            item["mode"],
            item["cameo"],
            tuple(Context(c) for c in item["context"]),
        )
        for phrase in item["ru"]:
            tables["ru"].setdefault(tuple(lemma(w) for w in phrase.split()), trig)
        for lang in ("kk", "en"):
            for phrase in item[lang]:
                tables[lang].setdefault(tuple(phrase.lower().split()), trig)
    return tables


def tokens_language(toks: list[Token]) -> str:
    """:func:`language_of` the words as read: Kazakh in Latin or Arabic letters is told by its
    Cyrillic reading ("Ol Qytaı ... kezdesti")."""
    return language_of(" ".join(t.text for t in toks))


def trigger_of(kind: EventType) -> Trigger:
    """The lexicon's trigger of a type (its mode, CAMEO code and contexts)."""
    return next(t for t in _lexicon()["en"].values() if t.type == kind)


def hit_over(toks: list[Token], start: int, end: int, kind: EventType) -> Hit:
    """A trigger of ``kind`` on the sentence's words over the characters ``[start, end)``: a
    frame's words (an embassy opened, thanks given) read without the lexicon."""
    first = next((n for n, t in enumerate(toks) if t.end > start), 0)
    last = next((n for n, t in enumerate(toks) if t.start >= end), len(toks))
    return Hit(first, max(first + 1, last), trigger_of(kind))


def _prefix(word: str, stem: str) -> bool:
    """A stem of four letters or more is a prefix; a shorter one must be the whole word."""
    return word == stem or (len(stem) >= 4 and word.startswith(stem))


@cache
def _stems(lang: str) -> dict[str, list[tuple[tuple[str, ...], Trigger]]]:
    """Stem phrases by their first two letters, longest first."""
    index: dict[str, list[tuple[tuple[str, ...], Trigger]]] = {}
    for stems, trig in _lexicon()[lang].items():
        index.setdefault(stems[0][:2], []).append((stems, trig))
    for group in index.values():
        group.sort(key=lambda s: (-len(s[0]), -len(" ".join(s[0]))))
    return index


# A Kazakh agent noun is the doer, not the act: "сайлаушы" (voter) is no election,
# "қолдаушы" (supporter) no support.
_AGENT_KK = ("шы", "ші")


# English words that begin with a trigger's stem but name no act: "significant" is no signing,
# "joint" no joining, a "supporter" or "supportive" no support, an "investigation" no investment.
_FALSE_EN = ("signific", "signal", "joint", "supporter", "supportive", "investigat", "urgen")


def _word_matches(w: str, s: str, k: int, lang: str) -> bool:
    """Whether word ``w`` matches the ``k``-th stem ``s`` of a phrase. A later word of a phrase
    is a prefix whatever its length: the phrase's first word already anchors it, and Kazakh
    short verb roots take endings ("қол қойды", "атап өтті", "тыйым салды")."""
    if not (_prefix(w, s) or (k > 0 and w.startswith(s))):
        return False
    if lang == "kk":
        return not w[len(s) :].startswith(_AGENT_KK)
    return not (lang == "en" and any(w.startswith(f) and not s.startswith(f) for f in _FALSE_EN))


def _stem_at(lowered: list[str], i: int, lang: str) -> tuple[int, Trigger] | None:
    for stems, trig in _stems(lang).get(lowered[i][:2], ()):
        n = len(stems)
        if i + n <= len(lowered) and all(
            _word_matches(w, s, k, lang)
            for k, (w, s) in enumerate(zip(lowered[i : i + n], stems, strict=True))
        ):
            return n, trig
    return None


# Kazakh "кел-" and "бар-" after a converb are auxiliaries of aspect ("дамып келеді": has been
# developing; "өсіп барады": keeps growing), not a coming or going.
_CONVERB = re.compile(r"(?:ып|іп|п)$")
_MOTION = ("кел", "бар")


def _auxiliary(before: str, word: str) -> bool:
    return word.startswith(_MOTION) and bool(_CONVERB.search(before))


# "meet Pakistan's needs", "met the requirements", "the OPEC+ quota it has pledged to meet":
# meeting a need is no meeting.
_MET = {"meet", "meets", "meeting", "met"}
_NEEDS = (
    *("need", "demand", "requirement", "expectation", "target", "goal", "standard", "criteri"),
    *("quota", "obligation", "commitment", "deadline"),
)


def _meets_a_need(lowered: list[str], i: int) -> bool:
    if lowered[i] not in _MET:
        return False
    after = any(w.startswith(_NEEDS) for w in lowered[i + 1 : i + 5])
    # the need told first, in a relative clause that ends "to meet"
    before = lowered[i - 1 : i] == ["to"] and any(
        w.startswith(_NEEDS) for w in lowered[max(0, i - 5) : i]
    )
    return after or before


# "обход санкций", "evade sanctions", "санкцияларды айналып өту": getting round sanctions
# others imposed is no sanction by the one who gets round them.
_EVADE_RU = {"обход", "обходить", "обойти", "уклонение"}
_EVADE = ("evad", "evasion", "circumvent", "bypass", "skirt")


def _evaded(toks: list[Token], lowered: list[str], i: int, j: int, kind: EventType) -> bool:
    if kind != EventType.SANCTION:
        return False
    before = lowered[max(0, i - 3) : i]
    return (
        any(t.lemma in _EVADE_RU for t in toks[max(0, i - 3) : i])
        or any(w.startswith(_EVADE) for w in before)
        or (j < len(lowered) and lowered[j].startswith("айналып"))
    )


# "воплощение в жизнь договорённостей", "implementation of the agreements", "келісімдерді
# жүзеге асыру": agreements carried out were reached before; their implementing is no new one.
_IMPLEMENT_RU = {
    "реализация",
    "реализовать",
    "реализовывать",
    "выполнение",
    "выполнить",
    "выполнять",
    "воплощение",
    "исполнение",
    "претворение",
    "осуществление",
}
_IMPLEMENT = ("implement", "fulfil", "carry out", "carrying out")
_IMPLEMENT_KK = ("жүзеге", "іске", "орында")
_AGREEMENTS_RU = {"договоренность", "соглашение", "договор", "меморандум", "декларация"}


def _implemented(toks: list[Token], lowered: list[str], i: int, j: int, kind: EventType) -> bool:
    if kind != EventType.AGREE:
        return False
    if toks[i].lemma in _AGREEMENTS_RU:  # the document, not "signed", is the trigger
        return any(t.lemma in _IMPLEMENT_RU for t in toks[max(0, i - 3) : i])
    before = " ".join(lowered[max(0, i - 4) : i])
    after = lowered[j : j + 2]
    return (
        lowered[i].startswith(("agreement", "accord", "deal"))
        and any(w in before for w in _IMPLEMENT)
    ) or (
        lowered[i].startswith(("келісім", "уағдалас"))
        and any(w.startswith(_IMPLEMENT_KK) for w in after)
    )


def _speaks(lowered: list[str], i: int) -> bool:
    """ "he talks on ...": the verb of a speaker, not talks held; "discussed how ...": what a
    speaker talked about, not talks with anyone."""
    if lowered[i].startswith("discuss") and i + 1 < len(lowered) and lowered[i + 1] in _WH:
        return True
    return lowered[i] == "talks" and i > 0 and lowered[i - 1] in ("he", "she", "who")


_WH = {"how", "what", "why", "whether", "where", "when"}
# "резолюциясын қабылдады": a resolution, a law or a decision adopted, not a guest received
_ADOPTED_KK = (
    *("резолюц", "заң", "шешім", "қаулы", "бағдарлам", "құжат", "декларац", "мәлімдеме"),
    *("ереже", "конституц", "бюджет", "стратегия", "жоспар", "кодекс", "түзету", "жарғы"),
)


def _adopted(lowered: list[str], i: int) -> bool:
    return lowered[i].startswith("қабылда") and any(
        w.startswith(_ADOPTED_KK) for w in lowered[max(0, i - 2) : i]
    )


def _describes(toks: list[Token], i: int, kind: EventType) -> bool:
    """ "действия, угрожающие эскалацией": a participle that says what something is like (a
    risk), not a threat anyone made."""
    return kind == EventType.THREATEN and toks[i].text.lower().startswith("угрожающ")


def find_triggers(toks: list[Token], lang: str) -> list[Hit]:
    """Non-overlapping triggers, longest phrase first, in text order."""
    table = _lexicon()["ru"]
    lowered = [t.text.lower() for t in toks]
    out, i = [], 0
    while i < len(toks):
        hit: tuple[int, Trigger] | None = None
        if lang == "ru":
            for n in range(min(_MAX_WORDS, len(toks) - i), 0, -1):
                trig = table.get(tuple(t.lemma for t in toks[i : i + n]))
                if trig is not None:
                    hit = (n, trig)
                    break
        else:
            hit = _stem_at(lowered, i, lang)
            if (
                hit
                and lang == "kk"
                and i
                and (_auxiliary(lowered[i - 1], lowered[i]) or _adopted(lowered, i))
            ):
                hit = None
            if hit and lang == "en" and (_meets_a_need(lowered, i) or _speaks(lowered, i)):
                hit = None
        if hit is not None and (
            _evaded(toks, lowered, i, i + hit[0], hit[1].type)
            or _describes(toks, i, hit[1].type)
            or _implemented(toks, lowered, i, i + hit[0], hit[1].type)
        ):
            hit = None
        if hit is None:
            i += 1
            continue
        out.append(Hit(i, i + hit[0], hit[1]))
        i += hit[0]
    return out


# Talks, a meeting or a call, as against a visit, a trip or a reception: the guide codes talks
# told apart from a visit as their own event ("визит в Москву" ... "переговоры с Путиным").
_MEETING_RU = {"переговоры", "встреча", "встретиться", "встречаться", "переговорить", "беседа"}
_MEETING = ("келіссөз", "кездес", "жүздес", "сөйлес", "talks", "met", "meet", "negotiat")
_DISCUSSED_RU = {"обсудить", "обсуждать"}
_DISCUSSED = ("discuss", "талқыла")


def meeting_word(word: str, lemma: str) -> bool:
    """Whether a word of a CONSULT trigger names talks or a meeting ("переговоры", "кездесу")."""
    return lemma in _MEETING_RU or word.lower().startswith(_MEETING)


def at_talks(toks: list[Token], h: Hit) -> bool:
    """Whether the CONSULT trigger ``h`` names talks, or what was discussed at them: `The parties
    discussed in detail ...` after `held talks with` tells the same talks again (one event)."""
    return is_meeting(toks, h) or (
        h.trigger.type == EventType.CONSULT
        and any(
            t.lemma in _DISCUSSED_RU or t.text.lower().startswith(_DISCUSSED)
            for t in toks[h.i : h.j]
        )
    )


def is_meeting(toks: list[Token], h: Hit) -> bool:
    """Whether the CONSULT trigger ``h`` names talks or a meeting rather than a visit."""
    words = toks[h.i : h.j]
    return h.trigger.type == EventType.CONSULT and any(meeting_word(t.text, t.lemma) for t in words)
