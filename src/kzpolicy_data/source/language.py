"""The page's language: Russian, Kazakh (in Cyrillic, Latin or Arabic script) or English, by
script and letters, and the pages no reader can use (another language, letters lost)."""

from __future__ import annotations

import re

__all__ = ["detect_language", "language_problem"]

_KK_LETTERS = re.compile("[әғқңөұүһ]", re.I)
_CYR = re.compile("[а-яёәғқңөұүһіїєґ]", re.I)
_LAT = re.compile("[a-zäöüıñğşūáóúýǵńçı]", re.I)
_ARABIC = re.compile("[\u0620-\u064a\u0671-\u06d3\u06d5]")
# Kazakh Latin (official 2021 alphabet, older variants, ad-hoc `ә`) and Kazakh Arabic letters.
_KK_LATIN = re.compile("[äöüıñğşūáóúýǵńәіңғүұқөÄÖÜÑĞŞŪÁÓÚÝǴŃӘІҢҒҮҰҚӨ]")  # no re.I: ı ~ i
_KK_ARABIC = re.compile("[\u06ad\u06c7\u06cb\u06d5\u0674\u06c9\u06bd]")
_LETTER = re.compile(r"[^\W\d_]")
# Latin letters that stand in for Cyrillic ones inside a Cyrillic word (homoglyphs).
_HOMOGLYPHS = str.maketrans("aceopxyiKTMHBAECOPXY", "асеорхуіКТМНВАЕСОРХУ")
_MIXED_WORD = re.compile(r"\b(?=\w*[а-яё])(?=\w*[a-z])\w+\b", re.I)
_LINE_SPACES = re.compile(r"\S {3,}\S| [,.:;]")


def _paragraph_kk(text: str) -> bool:
    cyr = len(_CYR.findall(text))
    return cyr > 0 and len(_KK_LETTERS.findall(text)) > 0.015 * cyr


def detect_language(text: str) -> str:
    """`ru`, `kk` or `en`, by script and letters: Kazakh in Cyrillic, Latin or Arabic is `kk`."""
    cyr = len(_CYR.findall(text))
    lat = len(_LAT.findall(text))
    arabic = len(_ARABIC.findall(text))
    if arabic > max(cyr, lat):
        return "kk"
    if lat > cyr:
        kk = len(_KK_LATIN.findall(text))
        return "kk" if (kk >= 5 and kk > 0.01 * lat) or (kk >= 2 and kk > 0.02 * lat) else "en"
    # Mixed pages (a Russian Q&A with Kazakh questions): the script of most paragraphs' text.
    kk_chars = ru_chars = 0
    for para in text.split("\n"):
        if _paragraph_kk(para):
            kk_chars += len(para)
        else:
            ru_chars += len(_CYR.findall(para))
    return "kk" if kk_chars > ru_chars else "ru"


def language_problem(text: str) -> tuple[str, str] | None:
    """(flag code, message) if the text is not ru/kk/en or has lost its letters, else None."""
    body = text[:8000]  # enough to tell a language; keeps the check cheap on long pages
    nonspace = len("".join(body.split()))  # split() drops exactly what isspace() finds
    letters = len(_LETTER.findall(body))
    cyr = len(_CYR.findall(body))
    if nonspace >= 40 and (
        letters < 0.55 * nonspace
        or (cyr == 0 and len(_LINE_SPACES.findall(body)) > 0.01 * nonspace)
    ):
        return (
            "letters_stripped",
            f"only {letters} of {nonspace} visible characters are letters, in gaps: the page "
            "lost its letters when scraped; re-fetch it or drop the file",
        )
    mixed = len(_MIXED_WORD.findall(body))
    if mixed >= 3:
        body = body.translate(_HOMOGLYPHS)
        cyr = len(_CYR.findall(body))
    if cyr == 0 or cyr < len(_LAT.findall(body)):
        return None
    low = body.lower()
    counts = {ch: low.count(ch) for ch in "ыэёъїєґі"}
    ru_only = counts["ы"] + counts["э"] + counts["ё"]
    kk = len(_KK_LETTERS.findall(low))
    uk_only = counts["ї"] + counts["є"] + counts["ґ"]
    if uk_only and (uk_only >= 2 or counts["і"] > 0.02 * cyr) and ru_only <= 0.002 * cyr and not kk:
        name = "Ukrainian"
    elif counts["ъ"] > 0.01 * cyr and ru_only <= 0.002 * cyr:
        name = "Bulgarian"
    else:
        return None
    hint = f" ({mixed} words mix Latin and Cyrillic letters)" if mixed >= 3 else ""
    return (
        "language_unsupported",
        f"the text looks {name}{hint}, not Russian, Kazakh or English: it is kept as `other` "
        "and not parsed into turns; set `in_language` in the curation file if this is wrong",
    )
