"""Who the parties of a draft are where the sentence leaves them unnamed or a convention binds them.

- the speaker: "we" or "I" in an official's answer, "you" in a question put to them, is their
  state (``speakers``);
- the Kazakh side the corpus is about: an election or a referendum told without a state, an act
  towards foreign states only ("визита в Ташкент"), a position whose only actor is Kazakhstan;
- symmetric acts "between" parties, the host of a visit, the counterpart of a reaction in the
  sentence before, the other of "the two countries" as the subject of a position;
- the guide's conventions on roles are applied after, by ``conventions.shape``.

Whatever is inferred here, the confidence model is told (``inferred_source``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from weakref import WeakKeyDictionary

from ..codes import EventType
from ..nlp.analysis import Analysis
from ..nlp.gazetteer import GazEntry, GazMatch, country_entry
from ..nlp.morph import Token
from ..records import Turn
from .conventions import DOMESTIC
from .drafts import REACTIONS, Draft, codes_of, hosts, mutual
from .scenes import MUTUAL, is_visit
from .speakers import People, held_office, named_official, speaks_for

__all__ = ["HOME_WORDS", "PARTIES", "Block", "complete_roles", "each_guest"]

# ``(start, end, turn, where)`` of a passage the extractor reads.
Block = tuple[int, int, Turn | None, str]

# Where a domestic act may be told without naming the state: its trigger words' stems.
HOME_WORDS = re.compile(
    r"выбор|избра|избир|голосова|референдум|сайла|election|elected|referendum", re.I
)


def _home_roles(
    analysis: Analysis, s: int, e: int, d: Draft
) -> tuple[list[GazMatch], list[GazMatch]]:
    """Roles of a sourceless draft in a corpus about Kazakhstan, where the text leaves the
    Kazakh side unnamed: an election or a referendum without a state ("с момента прошедших
    парламентских выборов"); an act towards foreign states only ("визита в Ташкент",
    "подписав соглашение с ЕС"); a position whose only actor is Kazakhstan ("Казахстан
    продолжает многовекторную политику"). The confidence model knows the source is inferred."""
    kind, rec = d.hit.trigger.type, d.roles.recipient
    codes = codes_of(rec)
    tok = analysis.tokens_in(s, e)[d.hit.i]
    home = country_entry("KAZ")
    assert home is not None  # the gazetteer's first entry
    here = GazMatch(tok.start, tok.end, analysis.text[tok.start : tok.end], home)
    if kind in DOMESTIC and not rec:
        if _CONGRATULATED.search(analysis.text, s, e):
            # "поздравил Эрдогана с победой на выборах": the election is the congratulated
            # one's state's, when the sentence names one other state
            foreign = [m for m in analysis.known_names_in(s, e) if "KAZ" not in m.entry.actor_codes]
            if len({c for m in foreign for c in m.entry.actor_codes}) == 1:
                return foreign[:1], []
        return [here], []
    toks = analysis.tokens_in(s, e)
    if _done_by_no_state(toks[max(0, d.hit.i - 6) : d.hit.i]):
        return [], rec  # "Журналист встретился с консулом Венгрии": no state's act
    if (
        kind in _TOWARDS
        and not tok.text.lower().startswith(_GATHERINGS)  # "саммит в Душанбе": a scene
        and rec
        and "KAZ" not in codes
        and not any(_ADJECTIVE.search(m.surface) for m in rec)
    ):
        return [here], rec
    if kind == EventType.KZP_STATEMENT and codes == {"KAZ"}:
        return rec, []
    return [], rec


# A congratulation on an election's result ("поздравил ... с победой", "congratulated ... on
# his victory", "жеңісімен құттықтады").
_CONGRATULATED = re.compile(r"поздрав|congratulat|құттықта", re.I)
# Who acts for the article or for a research body, not for a state: a reporter, an expert, a
# scholar, an institute ("Журналист встретился с консулом", "Казахстанские ученые обсудили
# ... партнерство", "The Institute signed a memorandum with ...").
_NOT_STATE = re.compile(
    r"(?:журналист|корреспондент|редактор|блогер|тілші|журналшы|reporter|journalist|"
    r"correspondent|editor|эксперт|политолог|сарапшы|саясаттанушы|expert|analyst|"
    r"учен|учён|ғалым|scholar|scientist|researcher|исследовател|"
    r"institute|институт|university|университет)",
    re.I,
)
# Words that name another doer between a reporter and the act: a genitive agent or an office
# not in an oblique case ("саясаттанушы Президенттің Ресейге сапары туралы": the President's
# visit; but "Тілшіміз ... елшісімен кездесті": the reporter met the ambassador).
_GENITIVE_END = r"(?:ның|нің|дың|дің|тың|тің)$"
_OTHER_DOER = re.compile(
    rf"\w+{_GENITIVE_END}|(?:президент|министр|басшы|елші|посол|глава|president|"
    r"minister|ambassador)(?!\w*(?:мен|бен|пен|ға|ге|қа|ке|на|не|ны|ні|ды|ді|ты|ті|н)$)",
    re.I,
)


def _done_by_no_state(before: list[Token]) -> bool:
    """Whether the words before a trigger make a reporter, an expert or an institute its doer."""
    at = next((k for k, t in enumerate(before) if _NOT_STATE.match(t.text)), None)
    if at is None:
        return False
    rest = before[at + 1 :]
    return not any(
        _OTHER_DOER.match(t.text)
        # "Түркияның Алматыдағы Бас консулымен": a genitive of the partner met with
        and not (_GENITIVE.search(t.text) and any(_COMITATIVE.search(u.text) for u in rest[k:]))
        for k, t in enumerate(rest)
    )


_GENITIVE = re.compile(_GENITIVE_END, re.I)
_COMITATIVE = re.compile(r"\w(?:мен|бен|пен)$", re.I)


# Acts between parties ("переговоры между", "relations between", "... мен ... арасында").
_BETWEEN = re.compile(r"(?<!\w)(?:между|between)(?!\w)|арасында", re.I)
_SYMMETRIC = {*MUTUAL, EventType.SUPPORT}
# A state named by its adjective is a topic ("обсуждают китайскую модернизацию", "российское
# гражданство"), not the counterpart of an unnamed Kazakh side.
_ADJECTIVE = re.compile(
    r"(?:[сц]к(?:ий|ая|ое|ую|ой|ого|ому|им|ым|их|ых|ие|ими|ими))$|(?:ian|ese)$", re.I
)
# Gatherings held somewhere: the place named with them is where, not whom.
_GATHERINGS = ("саммит", "summit", "заседан", "форум", "forum", "отырыс", "session", "сессия")


# Force is never the speaker's own act by a pronoun ("я осуждаю атаки против ...").
_FORCE = {EventType.ASSAULT, EventType.COERCE, EventType.MOBILIZE, EventType.THREATEN}
# Acts whose unnamed actor, towards foreign states, is the Kazakh side the article is about.
_TOWARDS = {*_SYMMETRIC, EventType.AID, EventType.SANCTION}
# Positions stated on someone (a statement, praise or backing).
_POSITIONS = {EventType.KZP_STATEMENT, EventType.SUPPORT}


def complete_roles(
    analysis: Analysis,
    d: Draft,
    turn: Turn | None,
    states: dict[str, GazEntry],
    asked: dict[str, str],
    blocks: list[Block],
    people: People | None = None,
) -> bool:
    """Fill in ``d.roles`` where the sentence leaves a side unnamed; whether the source was
    inferred (not named in the sentence). ``people``: the article's officials by surname."""
    text = analysis.text
    s, e = d.sentence
    if d.roles.source and all(_NOT_STATE.match(text, m.end + 1) for m in d.roles.source):
        d.roles.source = []  # "Қазақ журналистері", "Kazakh experts": nobody's state acts
    inferred = not d.roles.source
    if (
        not d.roles.source
        and d.hit.trigger.type not in _FORCE
        and (
            we := speaks_for(
                text, s, e, turn, states, asked, act=analysis.tokens_in(s, e)[d.hit.i].start
            )
        )
    ):
        d.roles.source = [we]  # "we" in an official's answer: their state
    if (
        not d.roles.source
        and people is not None
        and (who := named_official(analysis.tokens_in(s, e), d.hit.i, people.by_surname))
    ):
        d.roles.source = [who]  # "Конуспаев выразил протест": the official named before
    if not d.roles.source:
        d.roles.source, d.roles.recipient = _home_roles(analysis, s, e, d)
    if (
        not d.roles.source
        and d.hit.trigger.type in _SYMMETRIC
        and len(codes_of(d.roles.recipient)) >= 2
        and _BETWEEN.search(text, s, e)
    ):  # "relations between Kazakhstan and Germany": every party acts
        d.roles.source, d.roles.recipient = d.roles.recipient, []
    if (
        not d.roles.source
        and mutual(analysis.tokens_in(s, e), d.hit)
        and PARTIES.search(text, s, e)
    ):
        # "стороны подписали 15 документов", "both countries inked five pacts": the two states
        # the text is telling of, first those of the same sentence before the act ("... made a
        # state visit to Kazakhstan, during which the parties signed")
        at = analysis.tokens_in(s, e)[d.hit.i].start
        here = _states(analysis.known_names_in(s, at))
        pair = here if len(here) == 2 else _the_two_parties(analysis, s, blocks)
        d.roles.source, d.roles.recipient = pair, []
    toks = analysis.tokens_in(s, e)
    if (
        not d.roles.source
        and d.hit.trigger.type == EventType.SUPPORT
        and mutual(toks, d.hit)
        and len(two := _states(analysis.known_names_in(s, e))) == 2
    ):  # "Казахстан и Латвия отмечают 25 лет установления дипломатических отношений",
        # "Kazakh-Chinese diplomatic relations": ties set up are both states' act
        d.roles.source, d.roles.recipient = two, []
    if (
        d.hit.trigger.type == EventType.CONSULT
        and d.roles.source
        and d.roles.recipient
        and hosts(analysis.tokens_in(s, e), d.hit)
    ):
        # "Мемлекет басшысы Қытай Елшісін қабылдады": the guest came, the host received (the
        # host named again with the guest's post is no guest: "Ambassador of X to Kazakhstan")
        host = codes_of(d.roles.source)
        guests = [m for m in d.roles.recipient if not set(m.entry.actor_codes) <= host]
        d.roles.source, d.roles.recipient = guests or d.roles.recipient, d.roles.source
    if _foreign_visit(analysis, d):
        # "визит главы Узбекистана", "during an official visit of French President": a foreign
        # party's visit told without its host is a visit to the country the corpus is about
        home = country_entry("KAZ")
        assert home is not None
        at = analysis.tokens_in(s, e)[d.hit.i].end
        d.roles.recipient = [GazMatch(at, at, "", home)]  # implied, printed nowhere
    if (
        d.hit.trigger.type in _POSITIONS
        and d.roles.source
        and not d.roles.recipient
        and not mutual(analysis.tokens_in(s, e), d.hit)
        and PARTIES.search(text, s, e)
    ):
        # "Мемлекет басшысы екі ел арасындағы қарым-қатынас ... атап өтті": a position on the
        # two countries' ties is about the other of the two the text is telling of
        d.roles.recipient = _partner(analysis, s, d.roles.source, blocks)
    if d.hit.trigger.type in REACTIONS and d.roles.source and not d.roles.recipient:
        # "Иран уже высказал свое недовольство.": at whom is in the sentence before
        d.roles.recipient = _previous_actor(analysis, s, d.roles.source, blocks)
    return inferred and bool(d.roles.source)


def _foreign_visit(analysis: Analysis, d: Draft) -> bool:
    """Whether the draft is a visit by one foreign state's leader or official with no host
    named (a country's "community" or "visitors" are not its state's visit)."""
    codes, source = codes_of(d.roles.source), d.roles.source
    return (
        not d.roles.recipient
        and len(codes) == 1
        and "KAZ" not in codes
        and is_visit(analysis.tokens_in(*d.sentence), d.hit)
        and (
            any(m.entry.kind in ("leader", "institution") for m in source)
            or held_office(analysis.text, source)
        )
    )


def each_guest(analysis: Analysis, d: Draft) -> list[Draft]:
    """A host receiving the envoys of several states ("принял послов России и Китая") holds a
    meeting with each: one draft per guest state, not one multilateral meeting."""
    if d.hit.trigger.type != EventType.CONSULT or not d.roles.recipient:
        return [d]
    guests: dict[str, GazMatch] = {}
    for m in d.roles.source:
        if not m.entry.members and len(m.entry.actor_codes) == 1:
            guests.setdefault(m.entry.actor_codes[0], m)
    s, e = d.sentence
    if (
        len(guests) < 2
        or len(guests) < len(d.roles.source)
        or not hosts(analysis.tokens_in(s, e), d.hit)
    ):
        return [d]
    return [replace(d, roles=replace(d.roles, source=[m])) for m in guests.values()]


# The two parties of a bilateral act named only as such ("обе стороны", "двух стран", "the sides
# signed", "both countries", "екі ел", "тараптар").
PARTIES = re.compile(
    r"(?<!\w)(?:(?:обе|обеих|две|двух|наши|наших)\s+(?:стороны|сторон|страны|стран|государства|"
    r"государств)|стороны\s+\w+ли|(?:both|the\s+two|our\s+two)\s+(?:countries|sides|nations|"
    r"states|parties)|the\s+(?:sides|parties)\s+(?:\w+ed|have|will|agreed)|екі\s+ел\w*|"
    r"екі\s+мемлекет\w*|тараптар\w*|"
    # documents told bilateral ("бірқатар екіжақты құжатқа қол қойылады", "К подписанию
    # подготовлены важные двусторонние документы", "bilateral documents are to be signed")
    r"(?:екіжақты|двусторонн\w*|bilateral)\s+(?:құжат|документ|document|келісім|соглашени|"
    r"agreement|меморандум|memorand|treat)\w*|"
    # the two leaders who act for them ("the two presidents held talks")
    r"the\s+two\s+(?:leaders|presidents|heads\s+of\s+state|(?:foreign\s+|prime\s+)?ministers))"
    r"(?!\w)",
    re.I,
)


def _the_two_parties(analysis: Analysis, start: int, blocks: list[Block]) -> list[GazMatch]:
    """The two states a bilateral act told as "the two sides" is between: the last sentence
    before ``start`` (up to six back, in the passages read) that names two states, else the two
    states the whole text names most (each at least twice); none if neither is found."""
    for s, e in reversed(_before(analysis, start, blocks, 6)):
        pair = _states(analysis.known_names_in(s, e))
        if len(pair) == 2:
            return pair
    if analysis not in _MOST_NAMED:  # counted once per article: many acts may ask
        _MOST_NAMED[analysis] = _most_named(analysis)
    return list(_MOST_NAMED[analysis])


def _before(analysis: Analysis, start: int, blocks: list[Block], n: int) -> list[tuple[int, int]]:
    """The last ``n`` sentences ending by ``start`` in the passages read, in text order: from
    each block's sentences, cut once (reading every passage afresh for each act was quadratic)."""
    out: list[tuple[int, int]] = []
    k = bisect_right(blocks, start, key=lambda b: b[0])
    while k > 0 and len(out) < n:
        k -= 1
        sentences = analysis.sentences(blocks[k][0], blocks[k][1])
        j = bisect_right(sentences, (start, start))
        while j > 0 and sentences[j - 1][1] > start:  # the sentence ``start`` is in
            j -= 1
        out[:0] = sentences[max(0, j - (n - len(out))) : j]
    return out


_MOST_NAMED: WeakKeyDictionary[Analysis, list[GazMatch]] = WeakKeyDictionary()


def _most_named(analysis: Analysis) -> list[GazMatch]:
    """The two states the text names most, each at least twice and the second clearly ahead of
    a third; none otherwise."""
    counts: dict[str, int] = {}
    firsts: dict[str, GazMatch] = {}
    for m in _states(analysis.known_names, distinct=False):
        code = m.entry.actor_codes[0]
        counts[code] = counts.get(code, 0) + 1
        firsts.setdefault(code, m)
    top = sorted(counts, key=lambda c: -counts[c])[:3]
    if len(top) >= 2 and counts[top[1]] >= 2 and (len(top) == 2 or counts[top[2]] < counts[top[1]]):
        return [firsts[top[0]], firsts[top[1]]]
    return []


def _partner(
    analysis: Analysis, start: int, source: list[GazMatch], blocks: list[Block]
) -> list[GazMatch]:
    """The other of the two parties (``_the_two_parties``) where the source is one of them."""
    own = codes_of(source)
    pair = _the_two_parties(analysis, start, blocks)
    if len(own) != 1 or not own <= codes_of(pair):
        return []
    return [m for m in pair if not set(m.entry.actor_codes) & own]


def _states(names: list[GazMatch], distinct: bool = True) -> list[GazMatch]:
    """The matches naming one state each (no format, no organisation), the first of each code
    when ``distinct``."""
    out: list[GazMatch] = []
    seen: set[str] = set()
    for m in names:
        codes = m.entry.actor_codes
        if m.entry.members or len(codes) != 1 or codes[0].startswith("IGO"):
            continue
        if distinct and codes[0] in seen:
            continue
        seen.add(codes[0])
        out.append(m)
    return out


def _previous_actor(
    analysis: Analysis,
    start: int,
    source: list[GazMatch],
    blocks: list[Block],
) -> list[GazMatch]:
    """The last state named in the sentence before ``start`` (same paragraph), if it is not
    the source."""
    block = next(((b, e) for b, e, _, _ in blocks if b <= start < e), None)
    if block is None:
        return []
    # The block's sentences are cut once (Analysis memoises them); reading them afresh up to
    # ``start`` for each reaction made an article of many reactions quadratic.
    sentences = analysis.sentences(*block)
    k = bisect_right(sentences, (start, start)) - 1
    while k >= 0 and sentences[k][1] > start:  # a sentence that ends after ``start``
        k -= 1
    if k < 0:
        return []
    own = codes_of(source)
    names = [
        m
        for m in analysis.known_names_in(*sentences[k])
        if m.entry.kind != "format" and not set(m.entry.actor_codes) & own
    ]
    return names[-1:]
