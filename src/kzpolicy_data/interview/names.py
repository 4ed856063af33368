"""Person names in a lead, intro or title, in the nominative, with the cues around them.

natasha's NER (from the shared :class:`Analysis`) finds Russian names; Kazakh, Latin-script and
Arabic-script names, and names in capitals, are found by rules: a run of capitalised words whose
last word carries a Kazakh case suffix (`Әлия Бекмұратовамен`, `Нұрлан ЖАҚЫПБЕКҰЛЫМЕН`), that
starts with the first name the interviewer uses, that a position precedes or follows, or that is
coordinated with such a name (`A мен B-тен`). Each name records its grammatical cue: an
instrumental or comitative (`с X`, `X-пен сұхбат`) or a nominative subject introduces a guest; a
dative after `журналисту`/`корреспонденту`, or `ведущая X`, introduces the interviewer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..nlp.analysis import Analysis
from ..nlp.gazetteer import find as gazetteer_find
from ..nlp.kazakh import is_patronymic, strip_case
from ..nlp.morph import is_name_like
from .arabic import arabic_after_role, arabic_interviewed, arabic_pairs, arabic_patronymics
from .cues import CUED_ROLE_REACH, ON_TOPIC, SAID_VERB, SAYS, SAYS_LATER, cue, cued_role
from .english import headline_words, honoured, honoured_guest
from .letters import LO, UP
from .nominative import (
    CYR,
    KAZAKH,
    LATIN,
    indeclinable_feminine,
    kazakh_text,
    nominative_of,
    strip_name_case,
    subject_of_verb,
)
from .positions import KK_ROLE, nominative, oblique, role_after, role_before
from .runs import GEO, SURNAME, capital_runs, name_bounds

__all__ = ["Found", "find_names", "is_outlet"]

# Words of outlet names, which label lines and leads print like person names.
_OUTLET = re.compile(
    r"(?:weekly|times|news|radio|радио|газет|журнал|herald|journal|review|post|tribune|daily|"
    r"агентств|agency|press|пресс|tv|тв|info|инфо|media|медиа|азаттык|azattyq|kazinform|"
    r"казинформ|курсив|врем[яе]|власть|vlast|reuters|reporter|correspondent|корреспондент|"
    r"редакци|editor|pravda|правда|gazette|gazeta|газета|express|courier|kurier|izvestia|"
    r"известия|dialogues)",
    re.I,
)


@dataclass(frozen=True)
class Found:
    """A person name found in a text range, with its nominative and the cue around it."""

    name: str
    printed: str
    start: int
    end: int
    cue: str | None = None  # "guest" | "host" | "leader" | None
    case: str | None = None  # "oblique" if inflected in the text
    role_before: bool = False  # a position word stands right before the name
    pair: int | None = None  # names coordinated in one cue share this number


def is_outlet(name: str) -> bool:
    """Whether a name that looks like a person's is an outlet's (`Brussels Weekly`)."""
    for w in name.lower().split():
        m = _OUTLET.match(w)
        # A stem of five letters or more may be inflected (`газеты`); `tv` must be the word.
        if (m and (m.end() == len(w) or m.end() >= 5)) or re.search(r"\.(?:kz|ru|com)\b", w):
            return True
    return False


# A lowercase Cyrillic letter before a capital inside a word: two words glued (Latin `McCain`
# is a name).
_GLUED = re.compile("[а-яёәғқңөұүһі](?=[А-ЯЁӘҒҚҢӨҰҮҺІ])")


def find_names(
    analysis: Analysis, start: int, end: int, *, first_name: str | None = None, title: bool = False
) -> list[Found]:
    """Names in ``text[start:end]`` in order, each in the nominative with its cue.

    ``first_name`` (from a vocative) lets a run of capitalised words count as a name.
    """
    text = analysis.text
    kk = kazakh_text(text[start:end])
    spans = _ner_spans(analysis, start, end, kk)
    for s, e, role_cut in capital_runs(text[start:end], kk):
        s, e = s + start, e + start
        if any(a <= s < b or s <= a < e for a, b in spans):
            if not (KAZAKH.search(text[s:e]) or not CYR.search(text[s:e])):
                continue
            spans = [(a, b) for a, b in spans if not (a <= s < b or s <= a < e)]
        if _run_is_name(
            text, start, end, s, e, kk=kk, role_cut=role_cut, first_name=first_name, title=title
        ):
            spans.append((s, e))
    # `«Jibek Joly» телеарнасына`, `newspaper "Al Fajr"`: a name in quotes is a channel's or a
    # paper's, not a person's
    spans = [(s, e) for s, e in spans if not _quoted(text, s, e)]
    found = [_found_at(text, start, s, e, kk) for s, e in sorted(spans)]
    _coordinated_hosts(text, found)
    _coordinated_guests(text, found)
    found += _arabic_names(text, start, end, kk)
    found += [f for f in _glued_initials(text, start, end, kk) if not _overlaps(f, spans)]
    return sorted(found, key=lambda f: f.start)


def _overlaps(f: Found, spans: list[tuple[int, int]]) -> bool:
    return any(a < f.end and f.start < b for a, b in spans)


# `представителя МИД России М.В.Захаровой`, `М.С.Әшімбаевпен`: initials glued to the surname
# make one word, which the runs of capitalised words do not split.
_GLUED_INITIALS = re.compile(
    rf"(?<![\w.])(?P<init>(?:[{UP}]\.){{1,2}})(?P<sur>[{UP}][{LO}]{{2,}}(?:-[{UP}][{LO}]+)?)(?![\w-])"
)


_NAMESAKE = re.compile(r"\s+атында", re.I)
_NAMED_AFTER = re.compile(r"\b(?:имени|им\.)\s+$", re.I)


def _glued_initials(text: str, start: int, end: int, kk: bool) -> list[Found]:
    """Names printed as glued initials and a surname, after a position or before `said`."""
    found = []
    for m in _GLUED_INITIALS.finditer(text, start, end):
        s, e = m.span()
        if _NAMESAKE.match(text, e) or _NAMED_AFTER.search(text, max(start, s - 12), s):
            continue  # `Р.Б.Сүлейменов атындағы институт`, `имени Р.Б.Сулейменова`: a namesake
        role = role_before(text[max(start, s - 120) : s])
        if not (
            role or cued_role(text[max(start, s - CUED_ROLE_REACH - 40) : s]) or SAYS.match(text, e)
        ):
            continue
        sur = m.group("sur")
        nom, inflected = nominative_of(sur, _masculine_hint(role, sur), kk=kk)
        case = "oblique" if inflected else None
        name = m.group("init") + nom
        found.append(
            Found(name, m.group(), s, e, cue(text, s, e, m.group()), case, role is not None)
        )
    return found


_QUOTES = {"«": "»", '"': '"', "“": "”", "„": "“"}


def _quoted(text: str, s: int, e: int) -> bool:
    close = _QUOTES.get(text[s - 1 : s]) if s > 0 else None
    return close is not None and text[e : e + 1] == close


def _ner_spans(analysis: Analysis, start: int, end: int, kk: bool) -> list[tuple[int, int]]:
    """natasha's person names of two or more capitalised words, cut to the name proper."""
    text = analysis.text
    spans: list[tuple[int, int]] = []
    for ent in analysis.entities_in(start, end):
        span = text[ent.start : ent.end]
        # natasha reads Russian: a span with Kazakh letters is left to the rules below.
        if (
            ent.type == "PER"
            and "\n" not in span
            and len(span.split()) >= 2
            and not KAZAKH.search(span)
            and all(w[:1].isupper() for w in span.split())
        ):
            # `Сарапшы Арман Бейсенбаев`, `Бекболат Орынбеков Egemen.kz`: natasha's span may
            # hold a role word before the name or an outlet after it.
            parts = list(re.finditer(r"\S+", span))
            i, j = name_bounds([w.group() for w in parts], kk)
            while j > i and re.search(r"\w\.\w", parts[j - 1].group()):
                j -= 1
            if j - i >= 2 and not (LATIN.search(span) and CYR.search(span)):
                spans.append((ent.start + parts[i].start(), ent.start + parts[j - 1].end()))
    return spans


def _run_is_name(
    text: str,
    start: int,
    end: int,
    s: int,
    e: int,
    *,
    kk: bool,
    role_cut: bool,
    first_name: str | None,
    title: bool,
) -> bool:
    """Whether a run of capitalised words ``text[s:e]`` is a name: a Kazakh case suffix, a
    patronymic or the vocative's first name, or a name-like run with a role, an interview or
    speech cue around it, or a title's `Name:`."""
    words = text[s:e].split()
    last_stem, suffix = strip_name_case(words[-1], kk)
    strong = (
        suffix is not None
        or is_patronymic(last_stem)
        or (
            first_name is not None
            and any(w.lower().startswith(first_name.lower()) for w in words[:2])
        )
    )
    if not strong and (not is_name_like(words[0]) or any(GEO.fullmatch(w) for w in words)):
        return False  # `Интервью: Центральная Азия`
    run = text[s:e].rstrip()
    if any(
        (m.start == 0 and m.end >= len(run) - 3)
        # `главой Минводы РК`: a body and its state's abbreviation, no first name and surname
        or (m.end == len(run) and m.start > 0 and run[m.start :].isupper())
        for m in gazetteer_find(run)
    ):
        return False  # `Оңтүстік Кореяда`: a state's name in a case, however it is introduced
    if not strong and headline_words(text, s, e):
        return False  # `Forum Aims to Turn Analysis Into Action, Says ...`: a headline's capitals
    if not strong and all(w.isupper() for w in words):
        # A headline in capitals (`ПРЕЗИДЕНТ ҮШІНШІ ТӨҢКЕРІСІ БОЛАДЫ`): only a surname's ending
        # tells a name (`НУРЛАНОМ ЕСЕНОВЫМ`) from its words
        nominative, _ = nominative_of(text[s:e], kk=kk)
        # `... in the Republic of Kazakhstan, ZHANG XIAO gave an interview`: what follows a
        # headline's words is no speech verb
        if not SURNAME.search(nominative.split()[-1]) and not (
            LATIN.search(text[s:e]) and SAYS.match(text, e)
        ):
            return False
    return bool(
        strong
        or role_cut
        or role_before(text[max(start, s - 120) : s])
        or role_after(text[e : e + 90])
        or re.search(
            r"(?:interview\s+with|(?:spoke|talked|sat\s+down|met)\s+(?:with|to)|интервью\s+с|"
            # `had a conversation with`, `a candid talk with`, `caught up with`
            r"(?:conversation|chat|talk|discussion|caught\s+up)\s+with|"
            r"interviewed|according\s+to|беседе\s+с|"
            # `the Ministry ... that is now headed by Nurzhan Nurzhigitov`: an office's holder
            r"(?:headed|led|chaired)\s+by|(?:возглавля\w+|руководит)|во\s+главе\s+с)\s+$"
            r"|(?:interview|интервью|сұхбат)\s*[:|–—]\s*$",  # `Interview: Yerlan Karin on ...`
            text[max(start, s - 20) : s],
            re.I,
        )
        or cued_role(text[max(start, s - CUED_ROLE_REACH - 40) : s])
        or re.search(r"(?:deydi|дейді|деді|said|says|told)\W*$", text[max(start, s - 20) : s], re.I)
        # `– дейді экономика ғылымдарының докторы, профессор ... Оразалы СӘБДЕН`: the speaker
        # of a title quote, after his positions
        or _SAID_BY.search(text, max(start, s - 160), s)
        or re.search(r"(?:қонағы|қонағымыз|гость|гостья|guest)\W*$", text[max(start, s - 30) : s])
        or SAYS.match(text, e)
        or ON_TOPIC.match(text, e)
        or (kk and SURNAME.search(words[-1]) and SAYS_LATER.match(text, e, end))
        or honoured(text, words[-1])
        # `Interview: Yerlan Karin`; not the last words of a headline in capitals
        or (
            title
            and not all(w.isupper() for w in words)
            and (re.match(r"\s*:", text[e : e + 3]) or not text[e:end].strip(' .»"'))
        )
    )


_SAID_BY = re.compile(rf"^[–—-]?[ \t]*{SAID_VERB}[^.!?\n]{{0,150}}$", re.I | re.M)


def _found_at(text: str, start: int, s: int, e: int, kk: bool) -> Found:
    """The name at ``text[s:e]`` in the nominative, with its cue, case and a role before it."""
    glued = _GLUED.search(text, s, e)
    if glued and " " in text[s : glued.start() + 1]:
        e = glued.start() + 1  # `Анна ЛиНа`: a paragraph glued on without its break
    printed = text[s:e].replace("\n", " ")
    role = role_before(text[max(start, s - 120) : s])
    name, inflected = nominative_of(printed, _masculine_hint(role, printed, kk=kk), kk=kk)
    fixed = not kk and indeclinable_feminine(printed.split()[-1])
    if (
        (inflected or (fixed and name != printed))
        and not kk
        and (_AS_NOMINATIVE.search(printed) or fixed)
        and ((role and nominative(role)) or subject_of_verb(text, s, e))
    ):
        # `посол Японии Масаёси КАМОХАРА:`: in apposition to a nominative position, a name
        # ending as a nominative is one (pymorphy3 reads `Камохара` as a genitive of
        # `Камохар`); so is the subject of the verb after it (`Зауре Саминова дала`), and a
        # name whose surname does not decline (`вице-президент ... Кая Каллас`: not `Кай`)
        name, inflected = nominative_of(printed, declined=False)
    if kk and role and not inflected:
        # `тарихшы Бүркітбай Аяғанға қойдық`, `ардагері Асқар Бекұлын`: after a position, a
        # Kazakh name's dative (or a patronymic's accusative) is sure
        last = name.split()[-1]
        _, suffix = strip_case(last, weak=True)
        if suffix in _DATIVE or (suffix == "н" and is_patronymic(last[:-1])):
            name, inflected = name[: len(name) - len(suffix)], True
    elif (
        role
        and not inflected
        and _INSTRUMENTAL_ROLE.search(role)
        and oblique(role)
        and _FOREIGN_INSTRUMENTAL.search(" " + name)
    ):
        # `с послом Франции Дидье Канессом`, `г-ном Андрашом Барани`: after a position in the
        # instrumental, a foreign name pymorphy3 cannot read keeps its `-ом` on the words that
        # decline (the others do not)
        name = " ".join(
            w[:-2] if _FOREIGN_INSTRUMENTAL.fullmatch(" " + w) else w for w in name.split()
        )
        inflected = True
    return Found(
        name,
        text[s:e],
        s,
        e,
        cue(text, s, e, printed, oblique=inflected) or honoured_guest(text, name),
        "oblique" if inflected else None,
        # `Kadyr Baikenov, a well-known expert and the first Energy Minister, speaks`: a
        # position in apposition counts as one before the name
        role is not None or role_after(text[e : e + 90]),
    )


def _masculine_hint(role: str | None, printed: str, *, kk: bool = False) -> str | None:
    """`интервью посла Ерлана Сакенова`: after a genitive role, `-ова` is a man's genitive, not
    a woman's nominative. So is a first name ending in `-а`/`-я` after any oblique Russian role
    (`у политолога Даниала Хатаи`): a woman's would end in `-ы`, `-е`, `-ой` or `-у` there."""
    if not role or not oblique(role):
        return None
    first = printed.split()[0] if " " in printed else ""
    if _OBLIQUE_MASC.search(printed) or (not kk and _AS_NOMINATIVE.search(first)):
        return "masc"
    return None


_AS_NOMINATIVE = re.compile(r"[аАяЯ]$")
_DATIVE = frozenset(("ға", "ге", "қа", "ке"))
_INSTRUMENTAL_ROLE = re.compile(r"(?:ом|ем|ём)$", re.I)
_FOREIGN_INSTRUMENTAL = re.compile(r"\s[А-ЯЁ][а-яё]{2,}[бвгдзклмнпрстфхжшщц]ом(?=\s|$)")
# Surname endings a nominative can have, and a masculine genitive reading too.
_OBLIQUE_MASC = re.compile(r"(?:ова|ева|ёва|ина|ына)$")


def _coordinated_hosts(text: str, found: list[Found]) -> None:
    """A name coordinated with a host's is a host too (`журналисты Ольга Ким и Серик Нуртаев`)."""
    for k in range(1, len(found)):
        prev, cur = found[k - 1], found[k]
        if (
            prev.cue == "host"
            and cur.cue is None
            and re.fullmatch(r"\s+(?:и|and|мен|және)\s+", text[prev.end : cur.start])
        ):
            found[k] = Found(
                cur.name, cur.printed, cur.start, cur.end, "host", cur.case, cur.role_before
            )


# `побеседовал с лидером движения X и лидером инициативной группы Y`: `и`, a position at most,
# and the second name, in one clause.
_AND_POSITION = re.compile(r"\s+(?:и|and|мен|және)\s+(?:[^.!?;:\n]{0,120}\s)?")


# `рассказали ... X, председатель ОСДП, а также его заместители Y и Z`: a plural verb of
# speaking before names listed in one sentence.
_THEY_TOLD = re.compile(
    r"(?:рассказали|ответили|поделились|побеседовали)\s(?:[^.!?\n]|\.(?=\w))*$", re.I
)
_LISTED = re.compile(r"[^.!?\n]{0,120}?\s(?:и|а\s+также)\s+(?:[^.!?\n]{0,60}\s)?")


def _coordinated_guests(text: str, found: list[Found]) -> None:
    """Two guests of one cue, each with a position (`с лидером ... X и лидером ... Y`): the
    second, declined as the first, is a guest too, and the two are a pair. So are the guests
    a plural verb of speaking lists in one sentence (`рассказали X, ..., а также Y и Z`)."""
    for k in range(1, len(found)):
        prev, cur = found[k - 1], found[k]
        listed = (
            prev.cue == "guest"
            and cur.cue == "guest"
            and prev.case is None
            and cur.case is None
            and _LISTED.fullmatch(text, prev.end, cur.start) is not None
            and _THEY_TOLD.search(text, max(0, prev.start - 200), prev.start) is not None
        )
        if listed or (
            prev.cue == "guest"
            and prev.case == "oblique"
            and cur.case == "oblique"
            and cur.cue in (None, "guest")
            and _AND_POSITION.fullmatch(text, prev.end, cur.start)
        ):
            pair = prev.pair if prev.pair is not None else prev.start
            found[k - 1] = replace(prev, pair=pair)
            found[k] = replace(cur, cue="guest", pair=pair)


def _arabic_names(text: str, start: int, end: int, kk: bool) -> list[Found]:
    """Names in the Arabic script: the guests of `A мен B-тен` (each pair sharing its index)
    and a name after a position word."""
    found = []
    for s, e, pair in arabic_pairs(text, start, end):
        name, inflected = nominative_of(text[s:e], kk=kk)
        case = "oblique" if inflected else None
        found.append(Found(name, text[s:e], s, e, "guest", case, pair=pair))
    for s, e in arabic_after_role(text, start, end, KK_ROLE):
        name, inflected = nominative_of(text[s:e], kk=True)
        found.append(Found(name, text[s:e], s, e, None, "oblique" if inflected else None, True))
    for s, e in arabic_interviewed(text, start, end, KK_ROLE):
        found.append(Found(text[s:e], text[s:e], s, e, "guest"))
    taken = [(f.start, f.end) for f in found]
    for s, e in arabic_patronymics(text, start, end):
        if not any(a < e and s < b for a, b in taken):
            found.append(Found(text[s:e], text[s:e], s, e, cue(text, s, e, text[s:e])))
    return found
