"""Full-text search for Russian and Kazakh word forms over the SQLite export.

Each word of the text is indexed as its stems (``records_stems``, ``turns_stems``: contentless
FTS5 tables beside the ``*_fts`` tables of the text as written): Russian stems from the Snowball
stemmer; Kazakh, which Snowball lacks, is agglutinative, so stripping its inflectional suffixes
from the end leaves the stem. A query word is searched as its stems, matched whole. The stems
are stored, not computed at query time, so a plain ``sqlite3`` client searches word forms too:
the ``word_forms`` table maps every form in the release to its stems.
"""

from __future__ import annotations

import functools
import re
import sqlite3

__all__ = [
    "MAX_QUERY_CHARS",
    "PLAIN_SEARCH_SQL",
    "SEARCH_SQL",
    "fts_query",
    "index_stems",
    "snippet",
    "stem_text",
    "stems",
    "word_forms",
]

MAX_QUERY_CHARS = 500  # longer queries are cut: a search box, not a document
_MIN_STEM = 3  # Kazakh suffixes are stripped only from words longer than this
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


def _kazakh_stems(word: str) -> set[str]:
    """The word and what is left after each suffix slot is stripped: every stage is kept, as
    a stem's own ending may look like a suffix (``Қазақстан`` would lose ``-тан``, while
    ``Қазақстанның`` stops at ``қазақстан``), and stems are matched whole."""
    found = {word}
    for slot in _KK_SLOTS:
        for suffix in slot:
            if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM + 1:
                word = word[: -len(suffix)]
                found.add(word)
                break
    return found


def stems(word: str) -> list[str]:
    """The stems a word form is indexed (and searched) under, lower-cased: a word with
    Kazakh-only letters has its Kazakh stems, another Cyrillic word its Russian stem too
    (Kazakh words need no Kazakh-only letter), any other word is itself."""
    return list(_stems(word.lower()))


@functools.lru_cache(maxsize=200_000)  # a corpus repeats its words: stem each form once
def _stems(word: str) -> tuple[str, ...]:
    if any(c in _KK_LETTERS for c in word):
        return tuple(sorted(_kazakh_stems(word)))
    if any("а" <= c <= "я" or c == "ё" for c in word):
        russian: str = _russian().stemWord(word)  # type: ignore[attr-defined]
        return tuple(sorted({russian} | _kazakh_stems(word)))
    return (word,)


def stem_text(text: str | None) -> str:
    """A text as the stems of its words, space-separated: what the ``*_stems`` tables index."""
    return " ".join(s for word in _WORD.findall(text or "") for s in stems(word))


def word_forms(text: str | None) -> set[tuple[str, str]]:
    """``(form, stem)`` for every word of a text, as printed and lower-cased: the
    ``word_forms`` table a plain SQLite client looks a query word up in."""
    out: set[tuple[str, str]] = set()
    for word in _WORD.findall(text or ""):
        for stem in stems(word):
            out.add((word, stem))
            out.add((word.lower(), stem))
    return out


def fts_query(text: str | None) -> str:
    """An FTS5 MATCH expression over the ``*_stems`` tables: each word as the OR of its stems,
    matched whole (a stem as a prefix over-matches: ``иран``'s stem ``ира`` is in ``ирак``),
    words ANDed.

    Never raises on user input: FTS5 syntax in it is not interpreted, only words are kept.
    """
    words = _WORD.findall((text or "")[:MAX_QUERY_CHARS])
    if not words:
        return '""'
    terms = []
    for word in words:
        options = [f'"{s}"' for s in stems(word)]
        terms.append(options[0] if len(options) == 1 else "(" + " OR ".join(options) + ")")
    return " AND ".join(terms)


def snippet(text: str | None, query: str | None, *, words: int = 16) -> str:
    """The passage of ``text`` around its first word that matches ``query`` (any form), the
    matching words in brackets: FTS5's own ``snippet()`` would show the stems it indexes."""
    wanted = {s for w in _WORD.findall((query or "")[:MAX_QUERY_CHARS]) for s in stems(w)}
    found = list(_WORD.finditer(text or ""))
    hits = {i for i, m in enumerate(found) if wanted & set(stems(m.group()))}
    if not text or not hits:
        return (text or "")[:200]
    first = max(0, min(hits) - words // 2)
    window = found[first : first + words]
    out, pos = [], window[0].start()
    for i, m in enumerate(window, first):
        out.append(text[pos : m.start()])
        out.append(f"[{m.group()}]" if i in hits else m.group())
        pos = m.end()
    head = "…" if first > 0 else ""
    tail = "…" if first + words < len(found) else text[pos:]
    return head + "".join(out) + tail


def index_stems(
    conn: sqlite3.Connection, table: str, cols: tuple[str, ...], tokenize: str
) -> set[tuple[str, str]]:
    """``<table>_stems``: the columns' words as their stems, computed here and stored, so that
    any SQLite client can search word forms; returns the ``(form, stem)`` pairs seen."""
    fts = f"{table}_stems"
    names = ", ".join(f"[{c}]" for c in cols)
    # Contentless: only the index is stored; the text is in the table itself.
    conn.execute(
        f"CREATE VIRTUAL TABLE [{fts}] USING FTS5 ({names}, tokenize='{tokenize}', content='')"
    )
    forms: set[tuple[str, str]] = set()
    marks = ", ".join("?" for _ in cols)
    rows = conn.execute(f"SELECT rowid, {names} FROM [{table}] ORDER BY rowid").fetchall()
    for rowid, *texts in rows:
        conn.execute(
            f"INSERT INTO [{fts}] (rowid, {names}) VALUES (?, {marks})",
            (rowid, *(stem_text(t) for t in texts)),
        )
        for t in texts:
            forms |= word_forms(t)
    conn.execute(f"INSERT INTO [{fts}]([{fts}]) VALUES('optimize')")
    return forms


SEARCH_SQL = """
SELECT 'record' AS hit, r.id AS record_id, NULL AS turn_id, r.date_published, r.publisher,
       kzp_snippet(coalesce(r.headline || char(10), '') || r.text, :q) AS snippet
FROM records_stems JOIN records r ON r.rowid = records_stems.rowid
WHERE records_stems MATCH kzp_fts(:q)
UNION ALL
SELECT 'turn', t.record_id, t.id, t.date_published, t.publisher, kzp_snippet(t.text, :q)
FROM turns_stems JOIN turns t ON t.rowid = turns_stems.rowid
WHERE turns_stems MATCH kzp_fts(:q)
ORDER BY record_id, hit, turn_id
""".strip()

# The same search from any SQLite client, without our functions: the query word is looked up
# in ``word_forms`` (every form in the release, as printed and lower-cased) and its stems are
# matched whole. The README shows it; a test runs it on a connection without our functions.
PLAIN_SEARCH_SQL = """
SELECT DISTINCT t.record_id, t.id AS turn_id, t.text
FROM word_forms w, turns_stems, turns t
WHERE w.form = :word AND turns_stems MATCH w.stem AND t.rowid = turns_stems.rowid
ORDER BY t.record_id, t.n
""".strip()
