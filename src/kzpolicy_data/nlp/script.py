"""Kazakh printed in the Latin alphabets or the Arabic script, read in Cyrillic.

Kazakh outlets print in three scripts: Cyrillic; the Latin alphabets of 2018 (acute accents:
`Qazaqstan syrtqy ister mınıstrligi`) and 2021 (`Qazaqstan Respublikasy`, `ş`, `ğ`, `ä`);
and, for the Kazakhs of China, the Arabic script (töte jazu: `قازاقستان`). The trigger words,
the gazetteer and the modality cues are written in Cyrillic, so a word in another script is
read in Cyrillic letter by letter (offsets stay those of the printed word). The reading only
needs to be good enough to find stems: names are never rewritten in the record. A Cyrillic
word typed with the Latin `i` for `і` is read with `і`.
"""

from __future__ import annotations

import re

__all__ = ["kazakh_in_cyrillic", "latin_alphabet", "to_cyrillic"]

_ARABIC = re.compile(r"[\u0600-\u06ff]")
_MARKS_2018 = re.compile(r"[áǵńóúýÁǴŃÓÚÝ]")
# and the 2019-2020 drafts' `ŋ` and `ǧ` (`Keŋes`, `qoǧam`)
_MARKS_2021 = re.compile(r"[äğñöüūşŋǧÄĞÑÖÜŪŞŊǦ]")
_LATIN = re.compile(r"[a-z]", re.I)
_CYRILLIC = re.compile(r"[а-яёәғқңөұүһі]", re.I)
_HOMOGLYPHS = str.maketrans({"i": "і", "I": "І"})

_LAT_2018 = {
    "a": "а", "á": "ә", "b": "б", "c": "ц", "d": "д", "e": "е", "f": "ф", "g": "г", "ǵ": "ғ",
    "h": "х", "i": "і", "j": "ж", "k": "к", "l": "л", "m": "м", "n": "н", "ń": "ң", "o": "о",
    "ó": "ө", "p": "п", "q": "қ", "r": "р", "s": "с", "t": "т", "u": "ұ", "ú": "ү", "v": "в",
    "w": "у", "x": "кс", "y": "ы", "ý": "у", "z": "з",
}  # fmt: skip
_LAT_2021 = {
    **_LAT_2018,
    "ä": "ә", "ğ": "ғ", "ı": "і", "ñ": "ң", "ö": "ө", "ş": "ш", "ç": "ч", "u": "у", "ū": "ұ",
    "ü": "ү", "y": "ы", "ŋ": "ң", "ǧ": "ғ",
}  # fmt: skip
_DIGRAPHS_2018 = {"sh": "ш", "ch": "ч", "ıa": "ия", "ıý": "ию", "ıu": "ию"}
_VOWELS = set("аәеоөұүыіиуэюя")

# Arabic script: the letter, then its reading in a front-vowel word where it differs.
_ARABIC_LETTERS = {
    "ا": "а", "ٵ": "ә", "ب": "б", "ۆ": "в", "گ": "г", "ع": "ғ", "د": "д", "ە": "е", "ج": "ж",
    "ز": "з", "ي": "и", "ك": "к", "ق": "қ", "ل": "л", "م": "м", "ن": "н", "ڭ": "ң", "و": "о",
    "پ": "п", "ر": "р", "س": "с", "ت": "т", "ۋ": "у", "ۇ": "ұ", "ف": "ф", "ح": "х", "ھ": "һ",
    "چ": "ч", "ش": "ш", "ى": "ы", "ٸ": "і", "ۉ": "ө", "ٷ": "ү", "ٶ": "ө",
}  # fmt: skip
_FRONT = {"ى": "і", "و": "ө", "ۇ": "ү"}
_HAMZA = "ٴء"
# Front-vowel words are told by these letters; the hamza marks the others.
_FRONT_LETTERS = set("كگە")
_BACK_LETTERS = set("قع")


def latin_alphabet(text: str) -> str | None:
    """``"2018"`` or ``"2021"`` when ``text`` is Kazakh in that Latin alphabet, else None (a
    few accented names in an English text are not enough)."""
    n2018, n2021 = len(_MARKS_2018.findall(text)), len(_MARKS_2021.findall(text))
    n = max(n2018, n2021) + text.count("ı")  # the dotless ı is in both alphabets
    latin = len(_LATIN.findall(text)) or 1
    if not (n2018 or n2021) or n < 5 or n / latin < 0.01:
        return None
    return "2018" if n2018 >= n2021 else "2021"


def to_cyrillic(word: str, alphabet: str | None) -> str:
    """``word`` in Cyrillic if it is Arabic-script Kazakh, or Latin in a text of that Latin
    ``alphabet``; unchanged otherwise."""
    if _ARABIC.search(word):
        return _from_arabic(word)
    if _CYRILLIC.search(word):
        # old Kazakh sites type the Latin i for і ("Көшiм", "бiлесiз")
        return word.translate(_HOMOGLYPHS) if "i" in word or "I" in word else word
    if alphabet and _LATIN.search(word):
        return _from_latin(word, alphabet)
    return word


_ARABIC_WORD = re.compile(r"[\u0600-\u06ff]+")


def kazakh_in_cyrillic(text: str) -> str:
    """``text`` with each Arabic-script (töte) Kazakh word in Cyrillic, and each Latin word if
    ``text`` is Kazakh in a Latin alphabet (`sūhbattastyq`), the rest as it is: for word lists
    written in Cyrillic (`сұхбаттас-`, `сіздер`). Offsets may shift (`sh` is one letter)."""
    alphabet = latin_alphabet(text)
    if alphabet is not None:
        text = _LATIN_WORD.sub(lambda m: _from_latin(m.group(), alphabet), text)
    if not _ARABIC.search(text):
        return text
    return _ARABIC_WORD.sub(lambda m: _from_arabic(m.group()), text)


_LATIN_WORD = re.compile(r"[^\W\d_]+")


def _from_latin(word: str, alphabet: str) -> str:
    table = _LAT_2018 if alphabet == "2018" else _LAT_2021
    lower = word.lower()
    out: list[str] = []
    i = 0
    while i < len(lower):
        pair = lower[i : i + 2]
        if alphabet == "2018" and pair in _DIGRAPHS_2018:
            out.append(_DIGRAPHS_2018[pair])
            i += 2
            continue
        ch = lower[i]
        if (ch == "ı" and alphabet == "2018") or (ch == "i" and alphabet == "2021"):
            out.append("й" if out and out[-1][-1:] in _VOWELS else "и")  # и, or й after a vowel
        else:
            out.append(table.get(ch, ch))
        i += 1
    return _cased("".join(out), word)


def _from_arabic(word: str) -> str:
    letters = set(word)
    front = bool(set(_HAMZA) & letters) or (
        bool(_FRONT_LETTERS & letters) and not (_BACK_LETTERS & letters)
    )
    out: list[str] = []
    for ch in word:
        if ch in _HAMZA:
            continue
        if front and ch in _FRONT:
            out.append(_FRONT[ch])
        elif ch == "ا" and front and not ({"ە"} & letters and not {"ك", "گ"} & letters):
            out.append("ә")  # ә is written ا in a front word told by ك or گ (or the hamza)
        elif ch == "ي":
            out.append("й" if out and out[-1][-1:] in _VOWELS else "и")
        else:
            out.append(_ARABIC_LETTERS.get(ch, ch))
    return "".join(out)


def _cased(cyrillic: str, printed: str) -> str:
    return cyrillic.capitalize() if printed[:1].isupper() else cyrillic
