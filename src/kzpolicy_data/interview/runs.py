"""Runs of capitalised words and the name proper inside each: a declined word, a patronymic, a
country's name, a change of script or a role word bounds it (`Сенатор Ерлан Жексенбайдың`, `Ерлан
Қарин Қазақстан мен Қытай`, `Бекболат Орынбеков Egemen.kz`); three words stay only where they are
a name's (`Surname First Patronymic`, two first names, a headline speaker's `Name Name Name:`).
:mod:`.names` decides which runs are names.
"""

from __future__ import annotations

import re

from ..nlp.gazetteer import find as gazetteer_find
from ..nlp.kazakh import is_patronymic, strip_case
from ..nlp.morph import is_first_name
from ..source.layout import wrapped_breaks
from .english import speaker_line
from .letters import LO, UP
from .nominative import CYR, LATIN, LATIN_WORD, RU_PATRONYMIC, strip_name_case
from .positions import is_role

__all__ = ["GEO", "SURNAME", "capital_runs", "name_bounds"]

# Capitalised words of places and bodies in English titles, which pymorphy3 cannot judge.
GEO = re.compile(
    r"(?:asia|europe|america|africa|kazakhstan|republic|union|central|north|south|east|west|"
    r"caspian|eurasia|world|global|international|national|ministry|embassy|government|city|"
    r"region|states?|kingdom|federation|interview|exclusive|economic|forum|summit|affairs|"
    r"foreign|security|defen[cs]e|trade|finance|justice|"
    # bodies a position names before its holder (`Royal Institute for International Relations
    # Marc Trenteseau`)
    r"relations|institute|studies|cent(?:er|re)|council|committee|commission|agency|secretariat|"
    r"organi[sz]ation|foundation|university|academy|association|parliament|assembly|"
    r"department|administration|royal|"
    # academic and civic bodies and degrees (`head of the South Caucasus Political Scientists
    # Club`, `Candidate of Political Sciences`)
    r"club|sciences?|scientists?|political|politics|history|historical|economics|school|"
    r"college|faculty|society|party|movement|network|media|chamber|programme|initiative|"
    r"platform|alliance|coalition|"
    # companies (`started his career at Daewoo Electronics`)
    r"electronics|corporation|company|group|holding|bank|airways|airlines|motors|industries|"
    r"technologies|petroleum|energy|inc|ltd|llc|jsc|plc)",
    re.I,
)

# `D’Avino`, `O'Brien`: an elided particle glued to the surname
_NAME_WORD = (
    rf"(?:(?:[{UP}][’'])?[{UP}][{LO}]+(?:-[{UP}]?[{LO}]+)?"
    rf"|[{UP}]{{2,}}(?:-[{UP}]+)?|[{UP}]\.(?:\s?[{UP}]\.)?)"
)
# Particles inside a name (`Peter van Leeuwen`, `Sherif Al Bassel`, `Omar Bin Saleh`)
# Azerbaijani and Turkish patronymics, printed apart and in lower case (`Закир Ариф оглы Гашимов`)
_PATRONYMIC_WORDS = frozenset("оглы кызы oglu ogly qizi kyzy oğlu qızı".split())
_PARTICLES = (
    frozenset("van von der den de du da dos di al el bin ibn abu".split()) | _PATRONYMIC_WORDS
)
_PARTICLE = "(?:" + "|".join(sorted(_PARTICLES)) + ")"
_RUN = re.compile(
    rf"(?<![\w.-]){_NAME_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_NAME_WORD}|\n{_NAME_WORD}){{1,7}}"
    r"(?![\w-])"
)


SURNAME = re.compile(r"(?:ов|ев|ин|ова|ева|ина|ov|ev|in|ova|eva|ina|yev|yeva)$", re.I)
# a Russian surname in an oblique case (`Гурбангулы Бердымухамедовым`, after a Turkmen name
# that ends like a Kazakh patronymic)
_RU_SURNAME_CASE = re.compile(r"(?:ов|ев|ин)(?:ым|а|у|е)$", re.I)
_GENITIVE = re.compile(r"(?:ың|ің|ыñ|iñ|ıñ|ng|ڭ)$", re.I)


def _is_country(word: str) -> bool:
    """A country's name as a whole word that no name shares: with a Kazakh case suffix
    (`Қытаймен`, `Қазақстанның`), in `-стан` (`Қазақстан`, which reads like an ablative) or in
    Latin letters (`Iran`);
    not a given name that begins like one (`Данияр`) nor a surname that is one (`Сальвадор`)."""
    stem, suffix = strip_case(word)
    # an English country's name has no case (`Masoud Pezeshkian` / `Iran is ready ...`, a run
    # read on across a title's line break)
    forms = [word] if _STAN.search(word) or LATIN_WORD.fullmatch(word) else [stem] if suffix else []
    if not forms and _RU_CASE.search(word):
        # a Russian oblique case of a name in `-стан` (`Маслахаты Туркменистана Гурбангулы`)
        forms = [word]
    for form in forms:
        if any(
            m.entry.kind == "country" and not m.by_stem and (m.start, m.end) == (0, len(form))
            for m in gazetteer_find(form)
        ):
            return True
    return False


_STAN = re.compile(r"(?:стан|stan)$", re.I)
_RU_CASE = re.compile(r"стан(?:а|у|ом|е)$", re.I)
# The words of a state's formal name before the name proper (`Республики`, `Federation`).
_STATE = re.compile(r"(?:республик|федераци|королевств|republic|federation|kingdom)\w*$", re.I)
# A Russian patronymic in an oblique case (`Николаевичем`, `Петровны`): the name is
# `Surname First Patronymic`.
_RU_PATRONYMIC_CASE = re.compile(r"(?:вич(?:а|у|ем|е)|вн(?:ы|е|у|ой))$", re.I)


def _role_as_first_name(words: list[str], k: int, j: int) -> bool:
    """`Зерттеуші Ғалым Жүсіпбек`: a role word right after a role and before the surname is a
    first name that is also a noun (`Ғалым`, scientist); so is `Ғалым` before a surname's ending
    (`төрағасы Ғалым Баймырзаевқа`, the role in lower case outside the run)."""
    if k != j - 2 or not CYR.search(words[k]):
        return False
    if k > 0 and is_role(words[k - 1]):
        return True
    surname = strip_name_case(words[j - 1], True)[0]
    return words[k].lower() in _FIRST_NAME_ROLES and bool(SURNAME.search(surname))


# Role words that are common first names too.
_FIRST_NAME_ROLES = frozenset({"ғалым"})


def name_bounds(words: list[str], kk: bool = False) -> tuple[int, int]:
    """``(i, j)``: the name proper is ``words[i:j]`` in a run of capitalised words.

    A declined word or a patronymic ends the name; role words (`Елшісі`, `МИНИСТРОМ`,
    `Minister`) and what precedes them are dropped; three words stay only for
    `Surname First Patronymic` or a middle initial; a country's name ends the run (`Ерлан Қарин
    Қазақстан мен Қытай`).
    """
    patronymic = next((k for k in range(2, len(words) - 1) if words[k] in _PATRONYMIC_WORDS), None)
    if patronymic is not None:
        # `Посол Закир Ариф оглы Гашимов`: the first name, the father's name, `оглы`, the surname
        return patronymic - 2, patronymic + 2
    place = next((k for k in range(1, len(words)) if _is_country(words[k])), None)
    if place is not None and len(words) - place > 2 and all(_STATE.match(w) for w in words[:place]):
        # `Республики Казахстан Макашем Сеялханом Николаевичем`: a state's name ends the
        # position before the name
        i, j = name_bounds(words[place + 1 :], kk)
        return i + place + 1, j + place + 1
    if place is not None and len(words) - place > 2 and is_role(words[0]):
        # `Председателем Халк Маслахаты Туркменистана Гурбангулы Бердымухамедовым`: a position
        # that a role word opens and the state's name ends, then its holder
        i, j = name_bounds(words[place + 1 :], kk)
        return i + place + 1, j + place + 1
    if place is not None and len(words) - place > 2 and all(_is_country(w) for w in words[:place]):
        # `... visit to China Kazakh President Kassym-Jomart Tokayev`: the place that ends one
        # phrase, then a position and the name
        i, j = name_bounds(words[place:], kk)
        return i + place, j + place
    if place is not None:
        words = words[:place]
    i, j = 0, len(words)
    scripts = [bool(LATIN.search(w)) for w in words]
    for k in range(1, len(words)):
        if scripts[k] != scripts[k - 1] and not is_role(words[k - 1]):
            j = k  # `Бекболат Орынбеков Egemen.kz`: a change of script ends the name
            break
    stripped = [strip_name_case(w, kk) for w in words]
    cases = list(stripped)
    if len(words) > 2 and _is_country(words[0]):
        # `Мажарстан Президенті Тамаш Шуйок`: a country opening the run heads a position (its
        # `-стан` is no ablative ending a name)
        cases[0] = (words[0], None)
    for k in range(len(words) - 1):
        stem, suffix = cases[k]
        if suffix is not None and not _GENITIVE.search(suffix) and SURNAME.search(cases[k + 1][0]):
            # `Нұрсұлтан Назарбаевпен`: a first name that ends like a case suffix (`-тан`), before
            # a surname
            cases[k] = (words[k], None)
    for k, (stem, suffix) in enumerate(cases):
        if (
            suffix is not None
            and k >= 2
            and _GENITIVE.search(suffix)
            # `Сенатор Ерлан Жексенбайдың`: after a role, the genitive is the name's own
            and sum(1 for w in words[:k] if not is_role(w)) >= 2
        ):
            j = k  # `Лаура Бекер Қазақстанның`: a genitive starts the next phrase
            break
        if suffix is not None or is_patronymic(stem):
            j = k + 1
            if (
                suffix is None
                and k + 1 < len(words)
                and (SURNAME.search(stripped[k + 1][0]) or _RU_SURNAME_CASE.search(words[k + 1]))
            ):
                # `Erlan Abilfayizuly Idrissov`, `Ербол Ерденбекұлы Тілешовпен`: the surname
                # follows the patronymic
                j = k + 2
            break
    for k in range(j - 1):
        if cases[k][1] is not None or words[k].lower() in _PRONOUNS:
            # `Сенаттың Аграрлық`: a first name carries no case suffix; `Біз Нұр-Сұлтан`: a
            # pronoun opening a sentence is not one either
            i = k + 1
    while i < j - 2 and GEO.fullmatch(words[i]):
        i += 1  # `Kazakhstan K.K. Tokayev`: the end of a position phrase, not a first name
    roles = [k for k in range(i, j) if is_role(words[k])]
    roles = [k for k in roles if not _role_as_first_name(words, k, j)]
    if roles and roles[-1] == j - 1 and roles[0] - i >= 2:
        j = roles[0]  # `Nurlan Mussin Chargé d'affaires`: the position follows the name
    elif roles:
        i = roles[-1] + 1
    # A Latin name after a cut role or place may have three words (`Tareq Abdullah Al-Faraj`).
    latin_cut = 0 < i < j and scripts[i]
    if (
        j - i >= 4
        and is_first_name(words[j - 4])
        and is_first_name(words[j - 3])
        and not SURNAME.search(words[j - 3])
        and not is_first_name(words[j - 2])
    ):
        return j - 4, j  # `Эдвин Натан Ябо Глусман`: two given names before a two-word surname
    i = max(i, j - 3)
    if j - i == 3 and not (
        any(
            is_patronymic(strip_case(w)[0])
            or RU_PATRONYMIC.search(w)
            or _RU_PATRONYMIC_CASE.search(w)
            for w in words[i + 1 : j]
        )
        or "." in words[i + 1]
        or words[i + 1].islower()
        or words[i + 1].lower() in _PARTICLES
        or latin_cut
        # `Джордж Альберт Крол`, `Али Акбара Джоукара`: two first names before the surname
        or (is_first_name(words[i]) and is_first_name(words[i + 1]))
    ):
        if SURNAME.search(words[i + 1]) and not SURNAME.search(words[i + 2]):
            j -= 1  # `Ерлан Хайров Анадолы агенттігіне`: the name ends at its surname
        else:
            i += 1
    return i, j


# Kazakh pronouns and demonstratives, capitalised at a sentence's start before a name or place
# (and English articles: `The Diplomat` is an outlet)
_PRONOUNS = frozenset(
    "біз мен сіз сен ол олар бұл осы сол біздің менің сіздің оның the a an this our "
    # a preposition opening a sentence (`In May ...`) is no first name either
    "in on at for from with after before since during under over into about as"
    # nor a page's chrome (`Back To Top`), nor an honorific (`His Excellency Jonas Gahr Store`),
    # nor a greeting's `dear` (`Уважаемый Касым-Жомарт Кемелевич`: no surname before the name)
    " to of by back his her excellency уважаемый уважаемая дорогой дорогая құрметті qurmetti"
    " dear".split()
)


def capital_runs(text: str, kk: bool = False) -> list[tuple[int, int, bool]]:
    """``(start, end, role)`` of each name proper in the runs of capitalised words of ``text``;
    ``role`` if a position word of the run was cut off (`С МИНИСТРОМ ... НУРЛАНОМ ЕСЕНОВЫМ`)."""
    return sorted(_runs(text, kk, 0, len(text), []))


def _runs(
    text: str, kk: bool, lo: int, hi: int, breaks: list[set[int]]
) -> list[tuple[int, int, bool]]:
    """The names of the runs in ``text[lo:hi]``; ``breaks`` holds the text's wrapped line breaks
    once a run has crossed one (read over the whole text, as the layout reads it)."""
    out = []
    for m in _RUN.finditer(text, lo, hi):
        words = list(re.finditer(r"\S+", m.group()))
        if "\n" in m.group():
            # A run goes on over a line break only where the layout joins the lines (a hard-
            # wrapped sentence), not from a title's last name into the next line (`Norbert
            # Jousten` / `None`).
            if not breaks:
                breaks.append(wrapped_breaks(text))
            cut = next(
                (
                    k
                    for k in range(1, len(words))
                    if _broken(text, m.start(), words[k - 1], breaks[0])
                ),
                None,
            )
            if cut is not None:
                words = words[:cut]  # the rest starts a line of its own: a run of its own too
                rest = m.start() + m.group().index("\n", words[-1].end()) + 1
                out += _runs(text, kk, rest, m.end(), breaks)
        i, j = name_bounds([w.group() for w in words], kk)
        texts = [w.group() for w in words]
        end = m.start() + words[-1].end()
        if (i, j) == (1, 3) and len(texts) == 3 and speaker_line(text, m.start(), end):
            i = 0  # `Kairat Lama Sharif: “Great things ...”`: a headline's speaker, whole
        if (
            j - i >= 2
            and texts[i][:1].isupper()
            and not any(
                is_role(texts[k]) and not _role_as_first_name(texts, k, j) for k in range(i, j)
            )
        ):
            role = any(is_role(w.group()) for w in words[:i])
            out.append((m.start() + words[i].start(), m.start() + words[j - 1].end(), role))
    return out


def _broken(text: str, start: int, word: re.Match[str], breaks: set[int]) -> bool:
    """Whether a line break that is no wrap follows ``word`` (a word of the run at ``start``)."""
    at = start + word.end()
    return text[at : at + 1] == "\n" and at not in breaks
