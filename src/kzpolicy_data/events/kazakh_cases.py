"""Kazakh roles: the case of an actor in a sentence (the ending after its gazetteer stem, the
case of the head noun it names, "Орталық Азия елдеріне", or of the name a title heads, "мемлекет
басшысы Нұрсұлтан Назарбаевқа"), how adjacent actors are joined ("АҚШ пен Израильдің"), and from
these the source and recipients of each trigger (``kk_roles``, called by ``linear``). Kazakh is
SOV and marks roles with case endings: the nominative before the verb is the source, the dative,
accusative, ablative, comitative and genitive are the recipients, the locative is a setting."""

from __future__ import annotations

import re

from ..codes import EventType
from ..nlp.gazetteer import GazMatch
from .lexicon import Hit, meeting_word
from .roles import PLACE_SOURCE, Roles

__all__ = ["kk_cases", "kk_roles"]

# "ел" (country) as a head noun whose case is the name's ("Орталық Азия елдеріне"); "елші"
# (ambassador) only for a bare name (see _kk_case); not "елбасы", "елорда", nor "еліміз" (our
# country, Kazakhstan: "Жапония елімізге" is Japan acting towards it).
_EL = re.compile(r"ел(?:ші.*|дер\w*|і(?!міз)\w*|ге|де|ден|мен|ді|дің)?$")
# The state's own head noun after a short name carries the case: "Ресей Федерациясына" (dative),
# "Түркия Республикасының" (genitive), "Ұлыбритания Корольдігімен" (comitative).
# A name heading an organisation's name is part of that name, no party: "Орталық Азия
# халықаралық институты", "Қазақстан-Жапония орталығы" (its case "name" makes it neither side).
_ORGANISATION = re.compile(r"(?:институт|университет|орталығ|қоры|қорының|академия)")
_STATE_HEAD = re.compile(r"(?:федерация|республика|корольдіг|корольдік|әмірлік)\w*$")
_CASES = [  # longest first
    ("adj", re.compile(r"(?:лық|лік|дық|дік|тық|тік)$")),
    ("loc", re.compile(r"(?:дағы|дегі|тағы|тегі|ндағы|ндегі|да|де|та|те|нда|нде)$")),
    ("abl", re.compile(r"(?:дан|ден|тан|тен|нан|нен)$")),
    ("com", re.compile(r"(?:мен|бен|пен)$")),
    ("gen", re.compile(r"(?:ның|нің|дың|дің|тың|тің)$")),
    ("dat", re.compile(r"(?:ға|ге|қа|ке|на|не|а|е)$")),
    ("acc", re.compile(r"(?:ны|ні|ды|ді|ты|ті|н)$")),
]


def _kk_case(m: GazMatch, after: str = "") -> str:
    """The case ending of a Kazakh name ("nom" if bare): what follows its gazetteer stem."""
    last = m.as_read.split()[-1].lower()
    names = [*m.entry.stems, *m.entry.ru]  # Russian names are Kazakh stems too ("Путинмен")
    stems = [s.split()[-1] for s in names if last.startswith(s.split()[-1])]
    rest = last[max((len(s) for s in stems), default=len(last)) :].lstrip("-")
    if after.startswith("елші"):
        # "Қытай Елшісін" (China's ambassador, accusative): a bare name takes the case of its
        # ambassador; "Қазақстанның АҚШ-тағы елшісі" keeps the name's own case
        rest = rest or after.removeprefix("елші").removeprefix("сі")
    elif _STATE_HEAD.match(after):
        rest = after
    elif after:  # "Орталық Азия елдеріне": the case is on the head noun
        rest = after[2:]
    return _case_of(rest) if rest else "nom"


def _case_of(ending: str) -> str:
    """The case an ending (or a word) ends in, by :data:`_CASES`; "nom" if none."""
    return next((name for name, pattern in _CASES if pattern.search(ending)), "nom")


def _conj(words: list[str], a: tuple[int, int, GazMatch], b: tuple[int, int, GazMatch]) -> str:
    """``word`` if "мен/және" joins ``a`` and ``b`` (after an optional "елдері"), ``next`` if
    they are adjacent (a list, whose commas the tokens do not keep), else ""."""
    gap = words[a[1] : b[0]]
    if gap and gap[0].startswith("ел"):
        gap = gap[1:]
    if len(gap) == 1 and gap[0] in ("мен", "бен", "пен", "және"):
        return "word"
    return "next" if not gap else ""


# A title's case is on the name of its holder: "мемлекет басшысы Нұрсұлтан Назарбаевқа" is the
# dative, "Президент Тоқаевпен" the comitative. Only a known leader of the title's own state,
# within the first names after it, is its holder: "Мемлекет басшысы бүгін Путинмен кездесті"
# and a name the gazetteer does not know ("... Жұмабековпен") are other people.
_TITLES = (
    "басшы",
    "президент",
    "премьер",
    "министр",
    "төраға",
    "елші",
    "әріптес",
    "өкіл",
    "делегация",
    "орынбасар",
)
_NAME_CASES = [  # endings of two letters or more only: "Дана" is no dative
    ("com", re.compile(r"\w{3}(?:мен|бен|пен)$")),
    ("dat", re.compile(r"\w{4}(?:ға|ге|қа|ке)$")),
    ("acc", re.compile(r"\w{4}(?:ны|ні|ды|ді|ты|ті)$")),
]


def _title_case(title: GazMatch, j: int, nxt: tuple[int, int, GazMatch] | None) -> str:
    """The case of the title holder's name after a title ending at token ``j``."""
    if (
        nxt is not None
        and nxt[0] - j <= 2
        and nxt[2].entry.kind == "leader"
        and set(nxt[2].entry.actor_codes) & set(title.entry.actor_codes)
    ):
        return _kk_case(nxt[2])
    return "nom"


# Nouns of a trip ("жұмыс сапарымен", "іссапармен", "визитпен").
_TRIPS = ("сапар", "іссапар", "визит")

# A genitive state heading a title is the title holder's ("Жапонияның СІМ басшысы Қазақстанға
# келді": Japan's foreign minister came): the phrase's case is the title's own ending, or that of
# the holder's name after it ("Ресейдің елшісі Алексей Бородавкинді": accusative).
_TITLE_WORD = re.compile(rf"(?:{'|'.join(_TITLES)})\w*$")
_POSSESSED = re.compile(r"(?:ы|і|сы|сі)$")


def _possessor_case(
    words: list[str], placed: list[tuple[int, int, GazMatch]], k: int, *, bare: bool = False
) -> str | None:
    """The case of the phrase the genitive actor ``k`` heads when a title follows it within
    three words, else None. A ``bare`` (nominative) actor heads one only before a title in its
    possessed form ("АҚШ президенті Дональд Трамппен": comitative, "Ресей Сыртқы істер
    министріне": dative; "Қазақстан президент" is no phrase)."""
    _, j, m = placed[k]
    nxt = placed[k + 1] if k + 1 < len(placed) else None
    stop = nxt[0] if nxt is not None else len(words)
    for t in range(j, min(j + 3, stop, len(words))):
        # "ШЫҰ Бас хатшысын": an organisation's secretary general (not "баспасөз хатшысы", a
        # spokesman, whose genitive is often a person's: "мемлекет басшысының")
        general = words[t].startswith("хатшы") and t > j and words[t - 1] == "бас"
        if not (_TITLE_WORD.match(words[t]) or general):
            continue
        if not _POSSESSED.search(words[t]):  # "елшісін", "министрімен": the title's own case
            own = _case_of(words[t])
            return None if bare and own == "nom" else own
        for w in words[t + 1 : min(t + 3, stop)]:  # the holder's name: "... Бородавкинді"
            if w.startswith(_TRIPS):
                break  # "Түркия президенті жұмыс сапарымен": how the holder comes, no name
            case = next((c for c, pat in _NAME_CASES if pat.search(w)), None)
            if case is not None:
                return case
        # a known leader of the same state holds the title ("Ресейдің президенті Путинмен");
        # another state's is somebody else
        return _title_case(m, t, nxt)
    return None


# "X сияқты", "X секілді", "X тәрізді": like X ("сиияқты" read from the Latin "sııaqty").
_LIKE = ("сияқ", "сиияқ", "секілд", "тәрізд", "сынды")
# A body a message goes through ("министрлігі арқылы", "елшілігі арқылы").
_CHANNEL = ("министрлі", "елшілі", "өкілдігі", "ведомств", "арнасы")


def _via(words: list[str], j: int) -> bool:
    """Whether the name ending at token ``j`` is the way, not a party: "арқылы" right after
    it, or after the body of its own it names."""
    if words[j : j + 1] == ["арқылы"]:
        return True
    end = next((t for t in range(j, min(j + 4, len(words))) if words[t] == "арқылы"), None)
    return end is not None and any(w.startswith(_CHANNEL) for w in words[j:end])


def kk_cases(
    words: list[str], placed: list[tuple[int, int, GazMatch]]
) -> tuple[dict[int, str], list[str]]:
    """The case of each placed actor and how each is joined to the next (see :func:`_conj`)."""
    cases: dict[int, str] = {}
    for k, (_, j, m) in enumerate(placed):
        head = (
            words[j]
            if j < len(words) and (_EL.match(words[j]) or _STATE_HEAD.match(words[j]))
            else ""
        )
        cases[k] = _kk_case(m, head)
    for k, (_, j, m) in enumerate(placed):
        if cases[k] == "gen" and (held := _possessor_case(words, placed, k)) is not None:
            cases[k] = held
            continue
        if cases[k] == "nom" and (
            any(_ORGANISATION.match(w) for w in words[j : j + 2])
            # "Орталық Азия бойынша арнайы өкілі": the envoy's remit, no party (nor the
            # holder of the title after it)
            or (j < len(words) and words[j] == "бойынша")
        ):
            cases[k] = "name"
            continue
        if cases[k] == "nom" and (held := _possessor_case(words, placed, k, bare=True)) is not None:
            cases[k] = held
            continue
        if cases[k] == "adj" and words[j : j + 1] == ["тарап"]:
            cases[k] = "nom"  # "ресейлік тарап ... сұрады": the Russian side acts
            continue
        if cases[k] == "nom" and words[j : j + 1] and words[j].startswith(_LIKE):
            cases[k] = "name"  # "Ауғанстан сияқты ... мемлекет": a comparison, no party
            continue
        if cases[k] == "nom" and _via(words, j):
            # "Қазақстан Сыртқы істер министрлігі арқылы", "Қазақстан арқылы": the channel or
            # the route, no party
            cases[k] = "name"
            continue
        if cases[k] == "nom" and j < len(words) and words[j].startswith("арасында"):
            cases[k] = "between"  # "Қазақстан мен Ресей арасында": the parties or the scene
            continue
        if cases[k] == "nom" and m.as_read.split()[-1].lower().startswith(_TITLES):
            cases[k] = _title_case(m, j, placed[k + 1] if k + 1 < len(placed) else None)
    # "АҚШ пен Израильдің", "Қазақстан, Қырғызстан ... және Өзбекстан басшылары": the
    # conjuncts share the case of the last one
    joined = [_conj(words, placed[k], placed[k + 1]) for k in range(len(placed) - 1)]
    for k in range(len(placed) - 2, -1, -1):
        if joined[k] == "word":
            cases[k] = cases[k + 1]
    return cases, joined


# "Қазақстандағы елшісі": the locative of a posting, where someone serves, not where a trip went
_POSTED = re.compile(r"(?:да|де|та|те)(?:ғы|гі)$", re.I)
# A participle before "үшін" makes a reason clause ("... жеткізгені үшін").
_PARTICIPLE = re.compile(r"(?:ған|ген|қан|кен)(?:ы|і|ын|ін|ға|ге|ны|ні)?$")


def kk_roles(
    words: list[str],
    h: Hit,
    n: int,
    hits: list[Hit],
    placed: list[tuple[int, int, GazMatch]],
) -> Roles:
    """The last trigger is the verb: its source is the first nominative (or the possessor of
    the subject, "Қазақстанның ... қызметі"); an earlier trigger is a verbal noun whose agent is
    the genitive ("Иранның ... шабуылын"), and which the verb takes as its object."""
    roles = Roles(pred=h.i, anchor=h.i)
    kind = h.trigger.type
    prev_end = hits[n - 1].j if n else 0
    cases, joined = kk_cases(words, placed)
    # "X мен Y арасында" (between X and Y) names the parties of an act done together (talks,
    # a treaty, relations), and only the scene of another (a visit, a statement)
    together = kind in (EventType.AGREE, EventType.COOPERATE) or any(
        (kind == EventType.CONSULT and meeting_word(w, w))
        or (kind == EventType.SUPPORT and w.startswith("диплом"))
        for w in words[h.i : h.j]
    )
    cases = {k: "nom" if c == "between" and together else c for k, c in cases.items()}
    reason = _kk_reason(words, placed, h)
    segment = [
        (cases[k], m)
        for k, (i, j, m) in enumerate(placed)
        if prev_end <= i and j <= h.i and k not in reason
    ]
    src = _kk_source(placed, cases, joined, segment, h, n, hits)
    rec = [
        m for c, m in segment if c in ("dat", "acc", "abl", "com", "gen", "adj") and m not in src
    ]
    places = [m for c, m in segment if c == "loc"]
    if kind == EventType.KZP_STATEMENT or kind == EventType.ASSAULT:
        rec += places
    elif src and not rec and words[h.i].startswith(_TRIPS):
        # "Тоқаев іссапармен Сауд Арабиясында жүр": where a visitor is (before the trip's noun or
        # after it, before the verb) is the host, when it is one state
        there = {
            m.entry.code: m
            for k, (i, _, m) in enumerate(placed)
            if prev_end <= i
            and cases[k] == "loc"
            and m not in src
            and not _POSTED.search(m.as_read)
        }
        rec = list(there.values()) if len(there) == 1 else rec
    if kind in PLACE_SOURCE:
        src = src or places[:1] or [m for c, m in segment if c in ("gen", "adj")][:1]
        rec = []
    if n and not segment and hits[n - 1].j >= h.i - 3:
        roles.nested.append(n - 1)  # "... шабуылын айыптады": the object precedes
    roles.source = src
    roles.recipient = [m for m in dict.fromkeys(rec) if m not in src]
    return roles


def _kk_reason(words: list[str], placed: list[tuple[int, int, GazMatch]], h: Hit) -> set[int]:
    """The actors that are objects of a reason clause ("Ресейге ... жеткізгені үшін"): no
    participants."""
    reason = set()
    for k, (_, j, _) in enumerate(placed):
        gap = words[j : (placed[k + 1][0] if k + 1 < len(placed) else h.i)]
        if "үшін" in gap and any(_PARTICIPLE.search(w) for w in gap[: gap.index("үшін")]):
            reason.add(k)
    return reason


def _kk_subject(
    placed: list[tuple[int, int, GazMatch]],
    cases: dict[int, str],
    joined: list[str],
    lo: int,
    h: Hit,
) -> list[GazMatch]:
    """The first nominative from token ``lo`` on (before the trigger), with its conjuncts."""
    ks = [k for k, (i, j, _) in enumerate(placed) if lo <= i and j <= h.i]
    k0 = next((k for k in ks if cases[k] == "nom"), None)
    if k0 is None:
        return []
    first = [placed[k0][2]]
    while k0 < len(joined) and (
        joined[k0] == "word" or (joined[k0] == "next" and cases[k0 + 1] == "nom")
    ):
        k0 += 1
        first.append(placed[k0][2])
    return first


def _kk_source(
    placed: list[tuple[int, int, GazMatch]],
    cases: dict[int, str],
    joined: list[str],
    segment: list[tuple[str, GazMatch]],
    h: Hit,
    n: int,
    hits: list[Hit],
) -> list[GazMatch]:
    """The source of the verb (the last trigger) or of a verbal noun before it."""
    prev_end = hits[n - 1].j if n else 0
    main = _kk_subject(placed, cases, joined, 0, h)
    if n == len(hits) - 1:
        # the subject of this clause ("..., Қазақстан оны айыптайды"), else of the sentence
        src = _kk_subject(placed, cases, joined, prev_end, h) or main
        if not src and placed and placed[0][0] <= 1 and cases[0] == "gen":
            src = [placed[0][2]]  # "Тоқаевтың ... хат жолдағаны"
        return src
    # a verbal noun: its agent is a genitive, or a nominative that is not the subject of the
    # verb it is the object of ("Ақорда Армения мен Әзірбайжан арасындағы ... қол қойылуын
    # құптады")
    nested = hits[n + 1].i - h.j <= 2
    return [m for c, m in segment if c == "gen"] or [
        m for c, m in segment if c == "nom" and not (nested and m in main)
    ]
