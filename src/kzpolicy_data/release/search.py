"""Full-text queries for Russian and Kazakh word forms over the SQLite export.

FTS5 indexes the text as written (``unicode61 remove_diacritics 2``, with prefix indexes); a
word form is matched by searching every stem it may have as a prefix: ``соглашение`` becomes
``"соглашен"*``, which finds ``соглашениям``. Russian stems come from the Snowball stemmer;
Kazakh, which Snowball lacks, is agglutinative, so stripping its inflectional suffixes from the
end leaves the stem. A word gives the OR of its stems, words are ANDed. Indexing the original
text keeps FTS5 snippets and highlights readable.
"""

from __future__ import annotations

import functools
import re

__all__ = ["MAX_QUERY_CHARS", "fts_query", "stems"]

MAX_QUERY_CHARS = 500  # longer queries are cut: a search box, not a document
_MIN_STEM = 3  # shorter prefixes match half the corpus
_WORD = re.compile(r"\w+")  # linear: one character class, no nesting


# Kazakh inflection, stripped outermost first: a case ending, then a possessive, then a plural
# (every vowel-harmony and consonant-assimilation variant; longest first within a slot). One-letter
# possessives (-м, -ң) are left alone: too many stems end in them.
def _slot(words: str) -> tuple[str, ...]:
    return tuple(sorted(words.split(), key=lambda s: (-len(s), s)))


_KK_SLOTS = (
    _slot(
        "ның нің дың дің тың тің ға ге қа ке на не ны ні ды ді ты ті да де та те нда нде "
        "дан ден тан тен нан нен мен бен пен дағы дегі тағы тегі"
    ),
    _slot("ымыз іміз мыз міз ыңыз іңіз ңыз ңіз ың ің сы сі ы і"),
    _slot("лар лер дар дер тар тер"),
)
_KK_LETTERS = frozenset("әғқңөұүһі")


@functools.lru_cache(maxsize=1)
def _russian() -> object:
    import snowballstemmer

    return snowballstemmer.stemmer("russian")


def _kazakh_stem(word: str) -> str:
    for slot in _KK_SLOTS:
        for suffix in slot:
            if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM + 1:
                word = word[: -len(suffix)]
                break
    return word


def stems(word: str) -> list[str]:
    """Stems a word form may have (Russian, Kazakh), lower-cased, each at least 3 letters."""
    word = word.lower()
    found = {word}
    if any(c in _KK_LETTERS for c in word):
        found = {_kazakh_stem(word)}  # Kazakh-only letters: not a Russian word
    elif any("а" <= c <= "я" or c == "ё" for c in word):
        found |= {_russian().stemWord(word), _kazakh_stem(word)}  # type: ignore[attr-defined]
    short = {s for s in found if len(s) >= _MIN_STEM}
    # A stem that is a prefix of another already matches everything the longer one matches.
    return sorted(s for s in short if not any(o != s and s.startswith(o) for o in short)) or [word]


def fts_query(text: str | None) -> str:
    """An FTS5 MATCH expression for free text: each word's stems as prefixes, words ANDed.

    Never raises on user input: FTS5 syntax in it is not interpreted, only words are kept.
    """
    words = _WORD.findall((text or "")[:MAX_QUERY_CHARS])
    if not words:
        return '""'
    terms = []
    for word in words:
        options = [f'"{s}"*' for s in stems(word)]
        terms.append(options[0] if len(options) == 1 else "(" + " OR ".join(options) + ")")
    return " AND ".join(terms)
