"""Position words around a person's name: `сенатор`, `тарихшы`, `посол`, `Minister`.

A position before a name (`депутат Мәжілісі X`, `President of the Republic of Kazakhstan X`) or
after it (`X, экс-министр`) tells that a run of capitalised words is a person's name, and a
position word inside a run is not part of the name. Kazakh agent nouns (`-шы`, `-гер`) name
occupations; Russian positions are found by lemma (:data:`.intro.POSITION_WORDS`).
"""

from __future__ import annotations

import re

from ..nlp.morph import lemma, parses
from .intro import POSITION_WORDS

__all__ = ["KK_ROLE", "ROLE_AFTER", "is_role", "nominative", "oblique", "role_after", "role_before"]

# Roles a lead puts before a guest's name, in Kazakh and Latin-script Kazakh (Russian ones are
# found by lemma in intro.POSITION_WORDS).
KK_ROLE = re.compile(
    # `Президенті`, `Премьер-министрі`, `Вице-министрі`: inflected forms the Russian lemma misses
    r"(?:вице-|премьер-|vice-)?"
    r"(?:президент|премьер|prezident|сарапшы|саясаттанушы|экономист|шолушы|мүше|депутат|елші|"
    r"министр|төраға|директор|консул|konsul|consul|"
    r"басшы|ғалым|маман|профессор|кеңесші|қайраткер|хатшы|өкіл|орынбасар|сенатор|әкім|жетекші|спикер|"
    r"deputat|ministr|sarapshy|ekonomist|elshi|tilshi|ákim|director|minister|secretary|envoy|"
    r"ambassador|analyst|expert|professor|adviser|chairman|spokes|official|h\.e\.?|member|"
    r"senator|representative|governor|economist|researcher|politician|"
    # `IRIN spoke to DCK party leader, Asylbek Kozhakhmetov`
    r"leader|chair|commissioner|lawmaker|activist|rector|akim|dean|ceo|"
    # military ranks (`Major General Bill Crane`, `генерал-майор`)
    r"general|colonel|admiral|lieutenant|генерал|полковник|адмирал|"
    # agent nouns of the professions that introduce a guest (`тарихшы`, `зерттеуші`)
    r"тарихшы|зерттеуші|жазушы|ақын|академи[кг]|\w+танушы|саясаткер|дипломат|ректор|"
    r"қаламгер|журналист|публицист|кәсіпкер|ұстаз|дәрігер|заңгер)\w*",
    re.I,
)


def is_role(word: str) -> bool:
    """Whether a word is a position (`Елшісі`, `МИНИСТРОМ`, `Minister`), not part of a name."""
    return bool(KK_ROLE.fullmatch(word) or _KK_AGENT.fullmatch(word)) or lemma(word) in _ROLE_LEMMAS


# Kazakh agent nouns name occupations (`Тарихшы`, `Заңгер`, `Дінтанушы`), never a person.
_KK_AGENT = re.compile(r"[А-ЯӘҒҚҢӨҰҮҺІ][а-яәғқңөұүһі]{2,}(?:шы|ші|гер|кер)", re.I)


# `Нариман Қыпшақбаев, экс-министр`, `Aidos Serikov, former Ambassador`.
# `Мәмбет Қойгелдиев, Ұлттық ғылым академиясының академигі:`: a Kazakh position ends in its
# head word, so up to four words may come before it.
ROLE_AFTER = re.compile(r"\s*,\s*(?:[\w-]+\s){0,4}?[\w-]*(?:" + KK_ROLE.pattern + ")", re.I)
_APPOSITION = re.compile(r"\s*,\s*([^,.;:()\n]{2,80})")
_DASH_APPOSITION = re.compile(r"[ \t]+[—–][ \t]+([^—–.;:()\n!?]{2,120})(?:[.;:!?\n]|$)")


def role_after(after: str) -> bool:
    """A position in apposition right after a name: Kazakh (`Нариман Қыпшақбаев, экс-министр`)
    or a phrase of up to six words holding a position word, among the first three of the
    apposition (`Mukhtar Tileuberdi, Kazakhstan's Foreign Minister, told ...`)."""
    if ROLE_AFTER.match(after):
        return True
    if (dash := _DASH_APPOSITION.match(after)) is not None:
        # `Нұрлан Ермекбаев — Қазақстанның ... елшісі.`, `Иван Петров — посол ...`: a name set
        # off by a dash before its position (the Kazakh one ends the phrase)
        words = re.findall(r"[\w-]+", dash.group(1))
        if len(words) <= 12 and any(is_role(w) for w in [*words[:3], words[-1]]):
            return True
    # `Rustem Ekibayev, Gumilyov Eurasian National University, Deputy Head of ...`: in English
    # the position may follow the affiliation, in the second or third phrase of the apposition
    # (in Russian such a chain lists other people's offices as often as the guest's)
    at = 0
    for n in range(3):
        m = _APPOSITION.match(after, at)
        if m is None or (n and not _ENGLISH.fullmatch(after[:at])):
            return False
        if any(is_role(w) for w in re.findall(r"[\w-]+", m.group(1))[:6]):
            return True
        at = m.end()
    return False


_ENGLISH = re.compile(r"[\sA-Za-z.,'’-]*")


_ROLE_LEMMAS = POSITION_WORDS | frozenset(
    "посол вице-спикер аким глава премьер-министр спикер обозреватель корреспондент".split()
)
_LINKS = frozenset("of the for and in to at в по при и және мен".split())
# A Russian adjective in the genitive inside the body's name (`секретарь оппозиционной ОСДП
# «Азат»`, `председатель правящей партии`).
_OF_ADJECTIVE = re.compile(r"[а-яё]{3,}(?:ой|ей|ого|его|ых|их)")


_LINE_END = re.compile(
    r"\n[ \t]*\n|(?<![a-zа-яёәғқңөұүһі])\n|\n(?![a-zа-яёәғқңөұүһіA-ZА-ЯЁӘҒҚҢӨҰҮҺІ])"
)


def role_before(before: str) -> str | None:
    """The position word right before a name (`сенатор`, `мүшесі`, `H.E.`), or before a phrase
    of capitalised words and links that ends at the name (`President of the Republic of
    Kazakhstan`, `посол США в Казахстане`); None if there is none."""
    # `Ambassador to Kazakhstan, Yasumasa Iijima,`: an English apposition after its comma
    # a line break inside a sentence (`Ambassador of the USA to` / `Kazakhstan Richard ...`, a
    # hard-wrapped reprint) does not end the phrase; one after a sentence's end does
    line = re.sub(r",\s*$", "", _LINE_END.split(before)[-1])
    line = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", line)  # `of theRepublic`: words a scrape glued
    line = re.sub(r"(?<=\w)['’]s\b", "", line)  # `the People's Republic of China to ...`
    # `Foreign Minister: Astana Regards ...`: a colon ends the position (a headline's speaker)
    words: list[str] = re.findall(r"[\w.-]+", re.split("[,:]", line)[-1])[-14:]
    if words and words[-1] in _LINKS:
        # `Centre for Geopolitical Forecasting`: after `for`/`of`, capitals go on naming the
        # organisation, not a person
        return None
    for n, w in enumerate(reversed(words)):
        if KK_ROLE.fullmatch(w) or lemma(w) in _ROLE_LEMMAS:
            return w
        if n >= 1 and not (w[:1].isupper() or w.lower() in _LINKS or _OF_ADJECTIVE.fullmatch(w)):
            return None
    return None


def nominative(word: str) -> bool:
    """A Russian noun for a person that can be a nominative singular (`посол`, `министр`): a
    name in apposition to it may be in the nominative too (not `главы`, `директора`: as
    nominatives they are plural, and one person's position is singular)."""
    return any(
        p.tag.POS == "NOUN"
        and p.tag.case == "nomn"
        and p.tag.animacy == "anim"
        and p.tag.number != "plur"
        for p in parses(word)
    )


def oblique(word: str) -> bool:
    """A Russian noun that cannot be a nominative singular (`посла`, `министра`, `директора`,
    `главы`): the name it heads is in the same oblique case."""
    nouns = [p for p in parses(word) if p.tag.POS == "NOUN"]
    singular = [p for p in nouns if p.tag.number != "plur"] or nouns
    return bool(nouns) and all(p.tag.case != "nomn" for p in singular)
