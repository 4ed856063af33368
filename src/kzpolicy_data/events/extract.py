"""Events: entity mentions and referenced events, PLOVER-coded and anchored to evidence.

The rule-based extractor (``EXTRACTOR_VERSION``, recorded as the coder) works sentence by
sentence: trigger words by pymorphy3 lemma (``data/triggers.yaml``) give the PLOVER type; the
gazetteer gives the actors (the subject before the trigger is the source; what follows, or a
genitive right after a nominal trigger, is the recipient); cues around the trigger give the
modality ("воздержалась от критики" is a negated accusation, "может ввести" hypothetical); the
date expression is resolved against the publication date; the turn's speaker is who makes the
claim. Curated events from the curation file are merged in and win over extracted ones.

PLOVER lacks referendums, elections and statements: they are coded ``kzp:REFERENDUM``,
``kzp:ELECTION`` and ``kzp:STATEMENT`` (namespaced, so they never clash with PLOVER codes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from ..codes import Context, EntityType, EventType, Modality
from ..nlp.analysis import Analysis
from ..nlp.gazetteer import GazMatch
from ..nlp.morph import Token, lemma
from ..records import Actor, Coder, Event, Evidence, Mention, Record, Span, Turn
from .dates import resolve_date

__all__ = ["CODER", "EXTRACTOR_VERSION", "extract_events", "extract_mentions"]

EXTRACTOR_VERSION = "0.1.0"
CODER = Coder(name="kzpolicy_data.events", version=EXTRACTOR_VERSION)

_NEGATION = {
    "не",
    "ни",
    "воздержаться",
    "воздержавшись",
    "отказаться",
    "без",
    "not",
    "never",
    "refrained",
    "refrain",
    "declined",
    "емес",
    "жоқ",
}
_HYPOTHETICAL = {
    "если",
    "может",
    "мочь",
    "бы",
    "возможно",
    "вероятно",
    "if",
    "could",
    "would",
    "might",
    "may",
    "мүмкін",
}
_FUTURE = {
    "будет",
    "планировать",
    "намерен",
    "намереваться",
    "собираться",
    "предстоящий",
    "подготовка",
    "will",
    "plans",
    "upcoming",
}
# Reactions whose counterpart is often named in the sentence before ("Иран высказал недовольство").
_REACTIONS = {
    EventType.ACCUSE,
    EventType.DEMAND,
    EventType.REJECT,
    EventType.THREATEN,
    EventType.SUPPORT,
    EventType.PROTEST,
}
_MUTUAL = {EventType.CONSULT, EventType.AGREE, EventType.COOPERATE}
_COMITATIVE = re.compile(r"(?:мен|бен|пен)$", re.I)
_PREPOSITIONS = {"на", "против", "по", "к", "в", "с", "для", "от", "against", "on", "to", "with"}


@dataclass(frozen=True)
class _Trigger:
    type: EventType
    mode: str | None
    cameo: str | None
    context: tuple[Context, ...]


@cache
def _lexicon() -> tuple[dict[tuple[str, ...], _Trigger], dict[str, list[tuple[str, _Trigger]]]]:
    text = resources.files("kzpolicy_data").joinpath("data/triggers.yaml").read_text("utf-8")
    by_lemmas: dict[tuple[str, ...], _Trigger] = {}
    stems: dict[str, list[tuple[str, _Trigger]]] = {}  # by their first three letters
    for item in yaml.safe_load(text):
        trig = _Trigger(
            EventType(item["type"]),
            item["mode"],
            item["cameo"],
            tuple(Context(c) for c in item["context"]),
        )
        for phrase in item["ru"]:
            by_lemmas[tuple(lemma(w) for w in phrase.split())] = trig
        for stem in item["stems"]:
            stems.setdefault(stem[:3], []).append((stem, trig))
    return by_lemmas, stems


def _triggers(toks: list[Token]) -> list[tuple[int, int, _Trigger]]:
    """``(first token, last token + 1, trigger)``, longest phrase first, non-overlapping."""
    by_lemmas, stems = _lexicon()
    out, i = [], 0
    while i < len(toks):
        for n in (3, 2, 1):
            trig = by_lemmas.get(tuple(t.lemma for t in toks[i : i + n]))
            if trig is not None and i + n <= len(toks):
                out.append((i, i + n, trig))
                i += n
                break
        else:
            low = toks[i].text.lower()
            hit = next((t for s, t in stems.get(low[:3], ()) if low.startswith(s)), None)
            if hit is not None:
                out.append((i, i + 1, hit))
            i += 1
    return out


def _modality(toks: list[Token], i: int, j: int, floor: int) -> Modality:
    """Cues between the previous trigger (``floor``) and this one: "воздержалась от критики
    военных действий" negates the criticism, not the military action."""
    near = toks[max(floor, i - 4) : i]
    if {t.lemma for t in near} & _NEGATION or {t.text.lower() for t in near} & _NEGATION:
        return Modality.NEGATED
    around = toks[max(floor, i - 6) : j + 2]
    window = {t.lemma for t in around} | {t.text.lower() for t in around}
    if window & _HYPOTHETICAL:
        return Modality.HYPOTHETICAL
    if window & _FUTURE:
        return Modality.FUTURE
    return Modality.ASSERTED


def _case(word: str) -> str | None:
    from ..nlp.morph import _parses

    if word.isupper():
        return None  # abbreviations ("МИД", "США") do not show their case
    parses = _parses(word)
    return str(parses[0].tag.case) if parses and parses[0].tag.case else None


def _actor(m: GazMatch, mention_ids: dict[tuple[int, int], str]) -> Actor:
    return Actor(
        code=m.entry.code,
        sector=m.entry.sector,
        name=m.entry.en,
        actor_text=m.surface,
        wikidata_qid=m.entry.qid,
        mention_id=mention_ids.get((m.start, m.end)),
    )


def _dedupe(actors: list[Actor]) -> list[Actor]:
    """One actor per code ("Вашингтона, США": the United States once)."""
    seen, out = set(), []
    for a in actors:
        if a.code not in seen:
            seen.add(a.code)
            out.append(a)
    return out


def _roles(
    toks: list[Token], i: int, j: int, found: list[GazMatch], trig: _Trigger, floor: int
) -> tuple[list[GazMatch], list[GazMatch]]:
    """Source and recipient; ``floor`` is the end of the previous trigger, which a subject
    does not reach across ("Астана осудила удары": Astana is no attacker)."""
    start, end = toks[i].start, toks[j - 1].end
    lower = toks[floor].start if floor < len(toks) and floor > 0 else 0
    before = [m for m in found if m.end <= start]
    after = [m for m in found if m.start >= end]
    if trig.type in (EventType.KZP_REFERENDUM, EventType.KZP_ELECTION):
        countries = [m for m in found if m.entry.kind != "igo"]
        return countries[:1], []
    # Kazakh comitative ("Ресеймен", "Қытаймен"): the partner, not the actor.
    partners = [m for m in before if m.start >= lower and _COMITATIVE.search(m.surface)]
    before = [m for m in before if m not in partners]
    source = [m for m in before if m.start >= lower and _case(m.surface.split()[0]) == "nomn"]
    if not source and floor == 0:  # a subject after the verb: "..., Астана дала понять"
        source = [m for m in after if _case(m.surface.split()[0]) == "nomn"][:1]
    if not source and before and before[-1].start >= lower:
        last = before[-1]
        between = [t for t in toks if last.end <= t.start < start]
        if not between or not _case(last.surface.split()[0]):
            source = [last]  # "решение Казахстана присоединиться"; Kazakh has no case here
    if not source and trig.type == EventType.ASSAULT and after and after[0].start - end <= 2:
        # "военных действий США и Израиля": the genitive right after the action is the actor
        chain = _chain(toks, after)
        return chain, [m for m in after if m not in chain]
    candidates = [m for m in before if m.start >= lower]
    if trig.type in _MUTUAL and len(candidates) > 1:
        # "Казахстан и Китай подписали": the first is the source, the others the partners
        chain = _chain(toks, candidates)
        if len(chain) > 1:
            source, partners = chain[:1], [*partners, *chain[1:]]
    source = [m for m in source if m.entry.code not in {p.entry.code for p in partners}]
    recipient = [*partners, *[m for m in after if m not in source]]
    return source, recipient


def _chain(toks: list[Token], actors: list[GazMatch]) -> list[GazMatch]:
    """The first actor and those joined to it by "и", "мен", "and" or commas."""
    chain = actors[:1]
    for m in actors[1:]:
        gap = " ".join(t.text for t in toks if chain[-1].end <= t.start < m.start)
        if gap.strip() not in ("и", "", "and", "мен", "және"):
            break
        chain.append(m)
    return chain


def extract_mentions(record: Record, analysis: Analysis) -> list[Mention]:
    """Named entities: natasha NER spans plus gazetteer names, with codes where known."""
    text = record.text
    spans: dict[tuple[int, int], tuple[EntityType, GazMatch | None]] = {}
    gaz = analysis.known_names
    for ent in analysis.entities:
        kind, s, e = ent.type, ent.start, ent.end
        inside = [m for m in gaz if s <= m.start and m.end <= e]
        spans[(s, e)] = (EntityType(kind), inside[0] if len(inside) == 1 else None)
    for g in gaz:
        if not any(s <= g.start < e or s < g.end <= e for s, e in spans):
            kind = (
                EntityType.PER
                if g.entry.kind == "leader"
                else (EntityType.ORG if g.entry.kind in ("igo", "institution") else EntityType.LOC)
            )
            spans[(g.start, g.end)] = (kind, g)
    out = []
    for n, ((s, e), (kind, hit)) in enumerate(sorted(spans.items()), start=1):
        surface = text[s:e]
        out.append(
            Mention(
                id=f"{record.id}.m{n}",
                type=kind,
                span=Span(start=s, end=e, quote=surface),
                name=hit.entry.en if hit else surface,
                code=hit.entry.code if hit else None,
                wikidata_qid=hit.entry.qid if hit else None,
            )
        )
    return out


def extract_events(
    record: Record, analysis: Analysis, mentions: list[Mention] | None = None
) -> list[Event]:
    """Rule-based events of a record (ids are assigned by ``annotate``), read from the
    article's shared analysis (tokens, lemmas and gazetteer names)."""
    text, published = record.text, record.metadata.date_published
    mention_ids = {(m.span.start, m.span.end): m.id for m in (mentions or [])}
    blocks: list[tuple[int, int, Turn | None]] = [
        (p.start, p.end, t) for t in record.turns for p in t.paragraphs
    ] or [(0, len(text), None)]
    events: list[Event] = []
    for b_start, b_end, turn in blocks:
        previous: list[GazMatch] = []
        for s, e in analysis.sentences(b_start, b_end):
            sentence = text[s:e]
            found = analysis.known_names_in(s, e)
            toks = analysis.tokens_in(s, e)
            floor = 0
            for i, j, trig in _triggers(toks):
                source, recipient = _roles(toks, i, j, found, trig, floor)
                if not recipient and source and trig.type in _REACTIONS:
                    # "Иран высказал недовольство.": the counterpart is in the previous sentence
                    recipient = [m for m in previous if m.entry.code != source[0].entry.code][-1:]
                is_kzp = trig.type.value.startswith("kzp:")
                if not source and not recipient and not is_kzp:
                    floor = j
                    continue  # an event with nobody in it says nothing researchers can count
                modality = _modality(toks, i, j, floor)
                date = resolve_date(sentence, published)
                if published and date.not_before and date.not_before > published:
                    modality = Modality.FUTURE if modality == Modality.ASSERTED else modality
                elif modality == Modality.FUTURE:
                    date = date.model_copy(update={"not_after": None})
                confidence = 0.4 + 0.2 * bool(source) + 0.2 * bool(recipient) + 0.1 * (j - i > 1)
                events.append(
                    Event(
                        id=f"{record.id}.e1",
                        event_type=trig.type,
                        mode=trig.mode,
                        modality=modality,
                        context=list(trig.context),
                        cameo_code=trig.cameo,
                        source=_dedupe([_actor(m, mention_ids) for m in source]),
                        recipient=_dedupe([_actor(m, mention_ids) for m in recipient]),
                        date=date,
                        evidence=[
                            Evidence(
                                turn_id=turn.id if turn else None,
                                span=Span(start=s, end=e, quote=sentence),
                            )
                        ],
                        attributed_to=turn.speaker_id if turn else None,
                        confidence=round(min(confidence, 0.9), 2),
                        coder=CODER,
                        catalogue_id=None,
                        summary=None,
                    )
                )
                floor = j
            previous = found or previous
    return events
