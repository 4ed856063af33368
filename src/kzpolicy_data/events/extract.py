"""Events: entity mentions and referenced events, PLOVER-coded and anchored to evidence.

The rule-based extractor (``EXTRACTOR_VERSION``, recorded as the coder) reads the article's
shared analysis sentence by sentence:

1. triggers (``lexicon``: ``data/triggers.yaml``) give the PLOVER type; a yes/no question yields
   nothing, a trigger that only sets the scene ("на полях саммита") is skipped;
2. roles (``roles`` for Russian, from natasha's dependency parse of the sentences that have a
   trigger; ``linear`` for Kazakh and English) give source and recipients, the gazetteer
   resolving people, offices and capitals to their state and dialogue formats to their members;
   a statement whose speaker follows its verb ("..., says Japanese Ambassador") takes the
   speaker as source (``attribution``); taking part in an organisation's summit or session is
   ``CONSULT`` towards the organisation, not the host city's country (``gatherings``); an
   official's words that no verb marks are read too:
   their assessment of relations in an answer (``assessments``) and a title quoting them
   (``headlines``); an embassy or consulate opened is its state's ``SUPPORT`` of the host
   (``missions``), and so are thanks and congratulations, of the party addressed
   (``courtesy``), and a state's independence recognised, of that state (``recognition``);
   credentials presented are the envoy's state's ``CONSULT`` of the host (``credentials``);
3. ``sides`` fills in a side the sentence leaves unnamed (the speaker's state behind "we", "I"
   or the "you" put to an official; the Kazakh side of a domestic act or of an act towards
   foreign states) and applies the guide's conventions on roles; a sentence opening with "he"
   or "он" is about the last official who acted (``anaphora``);
4. ``modality`` gives negated / hypothetical / future, ``dates`` the date against publication;
5. the same (type, modality, source, recipient, date) across the sentences of an article is one
   event with several evidence spans (``merge``; an undated telling joins the dated one); a
   source never appears among its recipients; an event with nobody in it is dropped;
6. ``confidence`` scores each candidate with a model fitted on real articles; only those with a
   source and a confidence at the publishing threshold are published, the others go to review.

It reads the title, lead, intro and body of every article and the turns of an interview, not
the page's furniture.

PLOVER lacks referendums, elections and statements: they are coded ``kzp:REFERENDUM``,
``kzp:ELECTION`` and ``kzp:STATEMENT``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from ..budget import checkpoint
from ..codes import EventType, Modality, Sector, SegmentKind
from ..nlp.analysis import Analysis
from ..nlp.gazetteer import GazMatch, country_entry
from ..nlp.morph import Token
from ..records import Actor, Coder, Event, Evidence, Mention, Record, Span, Turn
from .anaphora import LastActor
from .assessments import assessment
from .confidence import features, score
from .conventions import DOMESTIC, shape
from .courtesy import courtesies, says_why
from .credentials import presented_credentials
from .dates import resolve_date
from .drafts import Draft, actors_in, cheap, mutual, sentence_drafts
from .framing import lists_topics, reports_a_meeting, tells_no_act
from .gatherings import attended
from .headlines import headline_statement
from .lexicon import Hit, at_talks, find_triggers, tokens_language
from .merge import Merged
from .missions import opened_missions
from .modality import is_yes_no_question, linear_modality
from .recognition import recognised
from .roles import Roles
from .scenes import content_dropped, is_setting, is_topic, is_visit, joined, setting_cue
from .sides import HOME_WORDS, PARTIES, complete_roles, each_guest
from .speakers import People, answerers, held_office, speaker_states
from .subjects import add_subjects
from .told import how_told

__all__ = ["CODER", "EXTRACTOR_VERSION", "Candidate", "extract_candidates", "extract_events"]

EXTRACTOR_VERSION = "0.3.0"
CODER = Coder(name="kzpolicy_data.events", version=EXTRACTOR_VERSION)

_Frame = Literal[
    "", "assessed", "headline", "thanked", "congratulated", "recognised", "credentials"
]
_ABBREVIATION_END = re.compile(r"(?:\b[A-ZА-ЯЁ]\.)+$|\b(?:Mr|Mrs|Ms|Dr|Prof)\.$")


def _sentences(analysis: Analysis, start: int, end: int) -> list[tuple[int, int]]:
    """The analysis's sentences, rejoined after an abbreviation, an initial or a title ("U.S.",
    "К.", "Mr.")."""
    out: list[tuple[int, int]] = []
    for s, e in analysis.sentences(start, end):
        if out and _ABBREVIATION_END.search(analysis.text, out[-1][0], out[-1][1]):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _actors(matches: list[GazMatch], mention_ids: dict[tuple[int, int], str]) -> list[Actor]:
    """Actors of matches, a format expanded to its members, one actor per code."""
    out: dict[str, Actor] = {}
    for m in matches:
        for code in m.entry.actor_codes:
            entry = m.entry if not m.entry.members else (country_entry(code) or m.entry)
            out.setdefault(
                code,
                Actor(
                    code=code,
                    sector=Sector.IGO if code.startswith("IGO") else entry.sector,
                    name=entry.en,
                    actor_text=m.surface or None,  # an implied party is printed nowhere
                    wikidata_qid=entry.qid,
                    mention_id=mention_ids.get((m.start, m.end)),
                ),
            )
    return list(out.values())


def _asked(text: str, s: int, e: int) -> bool:
    return text[s:e].rstrip().endswith("?")


# What the extractor reads: the title, lead, intro and body of every article, and the turns of
# an interview; never page furniture (menus, captions, counters, tags).
_READ = {SegmentKind.TITLE, SegmentKind.LEAD, SegmentKind.INTRO, SegmentKind.BODY}


def _blocks(record: Record) -> list[tuple[int, int, Turn | None, str]]:
    """``(start, end, turn, where)`` of every passage read, in text order."""
    blocks: list[tuple[int, int, Turn | None, str]] = [
        (p.start, p.end, t, t.kind.value) for t in record.turns for p in t.paragraphs
    ]
    blocks += [
        (seg.span.start, seg.span.end, None, seg.kind.value)
        for seg in record.segments
        if seg.kind in _READ
    ]
    if not record.segments and not record.turns:
        blocks = [(0, len(record.text), None, "body")]
    return sorted(blocks, key=lambda b: (b[0], b[1]))


@dataclass
class Candidate:
    """An extracted event, its confidence scored, with the model's inputs."""

    event: Event
    features: dict[str, float]


def extract_events(
    record: Record, analysis: Analysis, mentions: list[Mention] | None = None
) -> list[Event]:
    """Rule-based events of a record, published or not (see ``confidence.publishable``; ids
    are assigned by ``annotate``)."""
    return [c.event for c in extract_candidates(record, analysis, mentions)]


def extract_candidates(
    record: Record, analysis: Analysis, mentions: list[Mention] | None = None
) -> list[Candidate]:
    """Every candidate event of a record with its confidence and features, read from the
    article's shared analysis (tokens, lemmas, gazetteer names, and the parse where needed)."""
    text, published = record.text, record.metadata.date_published
    mention_ids = {(m.span.start, m.span.end): m.id for m in (mentions or [])}
    blocks = _blocks(record)
    states, asked = speaker_states(record), answerers(record)
    speakers = {sp.id: sp for sp in record.speakers}
    guests = {
        sp.name.split()[-1].lower().replace("ё", "е"): states[sp.id]
        for sp in speakers.values()
        if sp.id in states and sp.name
    }
    people = People(text)
    plan: list[_Planned] = []
    for b_start, b_end, turn, where in blocks:
        for s, e in _sentences(analysis, b_start, b_end):
            checkpoint()
            quoted = (
                headline_statement(analysis, s, e, people, guests) if where == "title" else None
            )
            found = None if quoted else _sentence_hits(analysis, text, s, e)
            framed: list[tuple[Hit, list[GazMatch], list[GazMatch], _Frame]] = []
            if not quoted:
                framed += [(*m, "") for m in opened_missions(analysis, s, e, turn, states)]
                framed += [
                    (*c, "credentials") for c in presented_credentials(analysis, s, e, turn, states)
                ]
                framed += courtesies(analysis, s, e, turn, states)
                framed += [
                    (*r, "recognised") for r in recognised(analysis, s, e, turn, states, asked)
                ]
            if framed:
                lang = tokens_language(analysis.tokens_in(s, e))
            for hit, source, recipient, frame in framed:
                plan.append(
                    _Planned(s, e, lang, [hit], turn, set(), where, (source, recipient), frame)
                )
            if found is not None and framed:
                # the act a frame reads (an opening, thanks, a recognition) is read above,
                # with its sides
                lang, hits, scene = found
                # (a congratulation's word stays: it binds the congratulator, so that the
                # election it is on is the congratulated one's, ``sides``)
                spans = [range(h.i, h.j) for h, _, _, how in framed if how != "congratulated"]
                hits = [h for h in hits if not any(h.i in r or h.j - 1 in r for r in spans)]
                found = (lang, hits, scene) if hits else None
            if found is not None:
                lang, hits, scene = found
                plan.append(_Planned(s, e, lang, hits, turn, scene, where))
            elif said := quoted or assessment(analysis, s, e, turn, speakers, states):
                lang = tokens_language(analysis.tokens_in(s, e))
                kind: _Frame = "headline" if quoted else "assessed"
                plan.append(_Planned(s, e, lang, [said[0]], turn, set(), where, said[1:], kind))
    # One batch parse of the Russian sentences whose roles the parse decides.
    analysis.parse(
        [
            (p.s, p.e)
            for p in plan
            if p.lang == "ru"
            and p.given is None
            and not cheap(p.hits, actors_in(analysis, p.s, p.e, p.scene))
        ]
    )
    merged = Merged()
    last = LastActor()
    for p in plan:
        checkpoint()
        toks = analysis.tokens_in(p.s, p.e)
        if p.given is not None:  # a frame gave the sides (assessed, headline, mission)
            h = p.hits[0]
            mood = linear_modality(toks, h.i, h.j, p.lang, h.trigger.type)
            roles = Roles(list(p.given[0]), list(p.given[1]))
            d = Draft(h, roles, mood, (p.s, p.e), p.turn, False)
            event = _event(record, d, mention_ids, published)
            if event is not None:
                merged.add(
                    event,
                    p.s,
                    d,
                    p.lang,
                    p.where,
                    inferred=p.frame == "assessed",
                    frame=p.frame,
                    # credentials are presented at a meeting: the talks told of it are that act
                    meeting=p.frame == "credentials",
                )
            continue
        drafts = sentence_drafts(analysis, p.s, p.e, p.lang, p.hits, p.turn, p.scene)
        for d in attended(toks, drafts, actors_in(analysis, p.s, p.e, p.scene)):
            if tells_no_act(
                toks, d.hit, p.lang, p.where, p.turn, states, bool(d.roles.source), text
            ):
                continue  # framing, an expert's opinion, nobody's words (events/framing)
            if reports_a_meeting(toks, d.hit, p.hits):
                continue
            inferred = complete_roles(analysis, d, p.turn, states, asked, blocks, people)
            add_subjects(analysis, d, len(p.hits), p.scene)  # whom a position names
            if not d.roles.source and (he := last.of_pronoun(text, p.s, toks[d.hit.i].start)):
                d.roles.source, inferred = he, True  # "Он подчеркнул, что ...": who acted last
            for one in each_guest(analysis, d):
                event = _event(record, one, mention_ids, published, is_visit(toks, one.hit))
                if event is None:
                    continue
                parties = inferred and PARTIES.search(text, p.s, p.e) is not None
                office = held_office(text, one.roles.source)
                last.note(p.s, one.roles.source, office=office)
                merged.add(
                    event,
                    p.s,
                    one,
                    p.lang,
                    p.where,
                    inferred=inferred,
                    parties=parties,
                    office=office,
                    meeting=at_talks(toks, one.hit),
                    ties=one.hit.trigger.type == EventType.SUPPORT and mutual(toks, one.hit),
                    told=how_told(toks, one.hit),
                )
    out = []
    told: set[tuple[object, ...]] = set()
    for key, (event, how) in merged.events.items():
        # the same act between the same actors told again with another modality or date
        # ("совершит визит" in the lead, "визит состоялся" below) is mostly the same act;
        # talks after a visit are another (key[:5]: type, modality, sides, talks or not)
        same = (key[0], key[2], key[3], key[4])
        feats = features(event, record, retold=same in told, **how)  # type: ignore[arg-type]
        told.add(same)
        out.append(Candidate(event.model_copy(update={"confidence": score(feats)}), feats))
    return out


@dataclass
class _Planned:
    """A sentence with triggers, to be read for events once the parses are made."""

    s: int
    e: int
    lang: str
    hits: list[Hit]
    turn: Turn | None
    scene: set[tuple[int, int]]
    where: str
    # the source and recipients a frame gives (an embassy opened, ``missions``); ``frame``
    # "assessed" (an official's assessment of relations, ``assessments``), "headline" (a title
    # quoting them, ``headlines``), "thanked" or "congratulated" (``courtesy``), "recognised" (a
    # state's independence recognised, ``recognition``) or "credentials" (``credentials``)
    given: tuple[list[GazMatch], list[GazMatch]] | None = None
    frame: _Frame = ""


def _sentence_hits(
    analysis: Analysis, text: str, s: int, e: int
) -> tuple[str, list[Hit], set[tuple[int, int]]] | None:
    """The sentence's language, its triggers of acts and the spans of those that only set the
    scene; None when it names no actor, asks yes or no, lists topics or has no act."""
    names = analysis.known_names_in(s, e)
    parties = PARTIES.search(text, s, e) is not None
    if not names and not parties and not HOME_WORDS.search(text, s, e):
        return None  # no actor, no event: the common case, and the cheapest test
    toks = analysis.tokens_in(s, e)
    lang = tokens_language(toks)
    if is_yes_no_question(text[s:e], toks, lang) or lists_topics(text, s, e):
        return None
    found = joined(find_triggers(toks, lang), toks, names)
    if not names:  # only a domestic act can be Kazakhstan's without naming it, and only a
        # bilateral one told as "the two sides" can be between states named before
        found = [h for h in found if h.trigger.type in DOMESTIC or (parties and mutual(toks, h))]
    found = [
        h
        for h in found
        # a word of a name is not a trigger ("Совет сотрудничества арабских государств")
        if not any(m.start < toks[h.j - 1].end and toks[h.i].start < m.end for m in names)
        # nobody states a position by being asked for one ("как вы прокомментируете")
        and not (h.trigger.type == EventType.KZP_STATEMENT and _asked(text, s, e))
        and not says_why(toks, h)
    ]
    settings = [h for h in found if is_setting(toks, h)]
    hits = content_dropped([h for h in found if h not in settings], lang, toks)
    if not hits:
        return None
    scene = {_scene(text, toks, h, names) for h in settings if not is_topic(toks, h)}
    return lang, hits, scene


def _scene(text: str, toks: list[Token], h: Hit, names: list[GazMatch]) -> tuple[int, int]:
    """The span of a gathering that is only the scene, with the organisation it names: from
    its cue ("на полях саммита ШОС", not the partner met before it in "встретился с Путиным на
    полях ..."), or three words back where the cue follows ("ШЫҰ саммиті аясында")."""
    k = setting_cue(toks, h)
    start = toks[k].start if k is not None else toks[max(0, h.i - 3)].start
    end = toks[h.j - 1].end
    for m in names:
        if m.start >= end and not text[end : m.start].strip() and m.entry.code.startswith("IGO"):
            end = m.end
    return start, end


def _event(
    record: Record,
    d: Draft,
    mention_ids: dict[tuple[int, int], str],
    published: object,
    visit: bool = False,
) -> Event | None:
    kind = d.hit.trigger.type
    src_m, rec_m = shape(kind, d.roles.source, d.roles.recipient, visit=visit)
    source = _actors(src_m, mention_ids)
    own = {a.code for a in source}
    recipient = [a for a in _actors(rec_m, mention_ids) if a.code not in own]
    if not source and not recipient:
        return None  # an event needs somebody in it
    s, e = d.sentence
    sentence = record.text[s:e]
    # a position stated is stated: what it says may be denied, possible or to come ("negation
    # inside what is stated does not negate the statement", EVENTS_GUIDE.md)
    modality = Modality.ASSERTED if kind == EventType.KZP_STATEMENT else d.modality
    date = resolve_date(sentence, record.metadata.date_published, modality == Modality.FUTURE)
    pub = record.metadata.date_published
    if pub and date.not_before and date.not_before > pub and modality == Modality.ASSERTED:
        modality = Modality.FUTURE
    return Event(
        id="e1",
        event_type=kind,
        mode=d.hit.trigger.mode,
        modality=modality,
        context=list(d.hit.trigger.context),
        cameo_code=d.hit.trigger.cameo,
        source=source,
        recipient=recipient,
        date=date,
        evidence=[
            Evidence(
                turn_id=d.turn.id if d.turn else None,
                span=Span(start=s, end=e),
            )
        ],
        attributed_to=d.turn.speaker_id if d.turn else None,
        confidence=0.5,  # scored once the article's evidence is merged
        coder=CODER,
        catalogue_id=None,
        summary=None,
    )
