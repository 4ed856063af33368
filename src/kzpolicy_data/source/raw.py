"""Reading raw articles: bytes -> normalised text (:class:`RawText`).

Normalisation (what every offset in a record refers to): UTF-8 with an optional BOM, ``\\r\\n`` and
``\\r`` turned into ``\\n``, HTML entities decoded (including the scraper's mangled ``& mdash;``),
zero-width characters removed, no-break spaces turned into spaces, the scraper's spaces before
punctuation removed (`Нурлан , в 2021 г .` -> `Нурлан, в 2021 г.`), a typewriter dash `--` between
spaces or opening a line written as `—`, a word's letters typed in the other script's look-alikes
written in the script of the rest of the word (`ӘБДIБЕКОВ`, `Аlmaty`), quote marks the scraper
turned into `?` put back as `"` where they pair up (`the ?Road to Europe? programme`), an
indentation that every line shares removed, Unicode NFC. It is idempotent:
``normalise(normalise(x)) == normalise(x)``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import re
import unicodedata
from dataclasses import dataclass
from html.entities import html5
from pathlib import Path

from ..errors import ParseError, RawFileError
from .dates import parse_iso
from .guarded import read_bounded

__all__ = [
    "CAPITAL",
    "MAX_RAW_BYTES",
    "RAW_NAME",
    "SMALL",
    "Prefix",
    "RawText",
    "check_raw_name",
    "decode_raw",
    "normalise",
    "read_bounded",
    "read_raw",
    "sha256_digest",
    "strip_prefix",
]

# Real articles are < 200 kB; 2 MB leaves room for long transcripts and stops a stray binary or a
# whole-site dump from being parsed as one article.
MAX_RAW_BYTES = 2 * 1024 * 1024

# The raw file naming rule (what `new-article` creates); used with fullmatch, so a trailing
# newline or a folder in the name cannot slip through as `$` would let it.
RAW_NAME = re.compile(r"[0-9]{3,}_[0-9a-f]{16}\.txt")

_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# `& mdash;` / `&amp; nbsp;`: the scraper put a space after the ampersand of an entity.
_MANGLED_ENTITY = re.compile(r"&\s+(#?[A-Za-z0-9]{2,10});")
_SPACES = re.compile("[\u00a0\u2007\u202f]")
# The scraper's space between a word and the punctuation that closes it (`Нурлан , в 2021 г .`,
# `Interviewer : What`): every rule reads a vocative, a label or a sentence end glued to its word.
# Only before punctuation that ends something (whitespace, a closing quote or more punctuation
# follows): `.com`, `,5` and a lost quote read as `?Modern` stay as printed. A `?` or `!` only
# where its line ends: inside a line, ` ? ` is as often a lost dash (`experience ? Czech
# Ambassador`).
_SPACE_BEFORE_PUNCT = re.compile(
    r"(?<=[\w»”)\]])[ \t]+(?=[,;:.…](?:[\s,;:.!?…»\"”)]|$)|[!?](?:[ \t]*(?:\n|$)|[!?.»\"”)]))"
)
# A typewriter's em dash (`-- Недавно госсекретарь ...`, `Астана -- Москва`): two hyphens that
# open a line or stand between spaces; `---` rules, `--flag` and `a--b` stay as printed.
_DOUBLE_HYPHEN = re.compile(r"(?:^|(?<=[ \t]))--(?=[ \t])", re.M)
# A box-drawing line (U+2500) set as a dash (`... байқадық? ─ Менің ...`): alone between spaces or
# opening a line; a drawn rule (`────`) or a table's border stays as printed.
_BOX_DASH = re.compile(r"(?:^|(?<=[ \t]))\u2500(?=[ \t])", re.M)
# A chain of encoded ampersands (`&amp;amp;amp;...`, `&#38;#38;`, `& amp; amp;`) decodes one
# level per pass of `html.unescape`: collapsed at once, so normalising stays linear in the text.
_AMP_CHAIN = re.compile(
    r"&(?:(?:amp|AMP);?|#0*38(?![0-9]);?|#[xX]0*26(?![0-9a-fA-F]);?"
    r"|\s+(?:amp|AMP|#0*38|#[xX]0*26);)++"  # possessive: no backtracking state per element
)

# Quote marks the scraper lost as `?`: an opening `?` glued to the next word (a question mark
# never is), paired with the next `?` on its line glued to the word before it. One line and
# 300 characters at most, and the run cannot pass a `?`: linear in the text.
_LOST_QUOTES = re.compile(
    r"(?:(?<=[\s(\[])|^)\?(?=[^\W_])(?P<quoted>[^?\n]{0,300}[^?\s])\?(?=[\s,.;:!?)\]]|$)", re.M
)


# A paragraph the scraper saved with every space removed (RAW_FORMAT "Encoding damage"): spaces
# go back where the text shows a word boundary without a dictionary: a small letter before a
# capital (`сполитологомАндреемИвановым`), a punctuation mark before a letter, a letter before an
# opening quote or bracket, a turn's dash before its first word. Words in small letters stay
# glued; names, sentences and turns can be read again. Not a URL, an e-mail or a path.
_UNSPACED_LINE = re.compile(r"^[ \t]*[^\s/@]{25,}[ \t]*$", re.M)
# Small and capital letters of the Latin, Russian and Kazakh alphabets, for character classes.
SMALL = "a-zа-яёәғқңөұүһі"
CAPITAL = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_LOST_SPACE = re.compile(
    rf"(?<=[{SMALL}])(?=[{CAPITAL}])|(?<=[.,;:!?…»”)])(?=[^\W\d_])|(?<=[^\W_])(?=[«“(])"
    r"|(?<=^[-–—−])(?=\w)"
)


# Latin and Cyrillic letters that look alike: old Kazakh fonts typed `і` as the Latin `i`
# (`Тәуелсiздiк`, `ӘБДIБЕКОВ`), and copy-paste leaves a Cyrillic `А` in `Аlmaty`. Every rule reads
# a word in one script (names, case endings, capitals), so a word mostly in one script gets its
# look-alikes in that script. A word with a letter of the other script that has no look-alike
# (`Vласть`, `MelkonovМероприятие`, `ХVІІІ`) stays as printed.
_LATIN_LOOKS = "aceopxyiABCEHIKMOPTXYh"
_CYRILLIC_LOOKS = "асеорхуіАВСЕНІКМОРТХУһ"
_TO_CYRILLIC = str.maketrans(_LATIN_LOOKS, _CYRILLIC_LOOKS)
_TO_LATIN = str.maketrans(_CYRILLIC_LOOKS, _LATIN_LOOKS)
# Where a Latin letter meets a Cyrillic one inside a word (a combining accent may stand
# between): fixed-width, so the search stays linear; each word is read once from there.
_SCRIPT_MEET = re.compile(
    r"[a-zA-Z][\u0300-\u036f]?[\u0400-\u04ff]|[\u0400-\u04ff][\u0300-\u036f]?[a-zA-Z]"
)
_LATIN = re.compile(r"[a-zA-Z]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _in_word(ch: str) -> bool:
    return ch.isalpha() or "\u0300" <= ch <= "\u036f"


def _one_script(word: str) -> str:
    latin, cyrillic = _LATIN.findall(word), _CYRILLIC.findall(word)
    if len(latin) == len(cyrillic):
        return word
    minority, looks, table = (
        (latin, _LATIN_LOOKS, _TO_CYRILLIC)
        if len(latin) < len(cyrillic)
        else (cyrillic, _CYRILLIC_LOOKS, _TO_LATIN)
    )
    return word.translate(table) if all(ch in looks for ch in minority) else word


def _one_script_words(text: str) -> str:
    parts, done = [], 0
    while (m := _SCRIPT_MEET.search(text, done)) is not None:
        start, end = m.start(), m.end()
        while start > done and _in_word(text[start - 1]):
            start -= 1
        while end < len(text) and _in_word(text[end]):
            end += 1
        parts += [text[done:start], _one_script(text[start:end])]
        done = end
    return "".join([*parts, text[done:]])


def _respace_line(match: re.Match[str]) -> str:
    line = match.group(0)
    core = line.strip()
    if len(_LOST_SPACE.findall(core)) < 2:
        return line  # a code, a hash or a word list, not a paragraph of prose
    return line.replace(core, _LOST_SPACE.sub(" ", core))


@dataclass(frozen=True)
class RawText:
    """A raw article read and normalised."""

    name: str
    text: str
    sha256: str
    size: int


def sha256_digest(data: bytes) -> str:
    """``sha256:<hex>`` of some bytes (the algorithm prefix is always written)."""
    return "sha256:" + hashlib.sha256(data).hexdigest()


def _fix_mangled(match: re.Match[str]) -> str:
    name = match.group(1)
    if name.startswith("#") or f"{name};" in html5:
        return f"&{name};"
    return match.group(0)


def _step(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ZERO_WIDTH.sub("", text)
    text = _AMP_CHAIN.sub("&", text)
    text = _MANGLED_ENTITY.sub(_fix_mangled, text)
    text = html.unescape(text)
    text = _SPACES.sub(" ", text)
    text = _SPACE_BEFORE_PUNCT.sub("", text)
    text = _DOUBLE_HYPHEN.sub("—", text)
    text = _BOX_DASH.sub("—", text)
    text = _one_script_words(text)
    text = _LOST_QUOTES.sub(r'"\g<quoted>"', text)
    text = _UNSPACED_LINE.sub(_respace_line, text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ZERO_WIDTH.sub("", text)
    return _dedent(unicodedata.normalize("NFC", text))


def _dedent(text: str) -> str:
    """The text without the indentation that all its lines share (a page whose every line the
    scraper indented by four spaces); a layout that indents only the answers keeps it."""
    lines = text.split("\n")
    # the scraper's ` date ` prefix line keeps its own space; one or two lines share nothing
    body = lines[1:] if _PREFIX.match(lines[0]) else lines
    indents = {line[: len(line) - len(line.lstrip(" \t"))] for line in body if line.strip()}
    if len(indents) == 0 or "" in indents or sum(1 for line in body if line.strip()) < 3:
        return text
    common = min(indents, key=len)
    if not all(i.startswith(common) for i in indents):
        return text
    return "\n".join(line[len(common) :] if line.startswith(common) else line for line in lines)


def normalise(text: str) -> str:
    """Normalise article text; repeated to a fixed point so the result is idempotent."""
    # Each pass decodes one level of `&amp;amp;...`; the text never grows without bound.
    for _ in range(1000):
        nxt = _step(text)
        if nxt == text:
            return text
        text = nxt
    return text


def decode_raw(data: bytes, name: str) -> RawText:
    """Decode and normalise the bytes of a raw article; raise :class:`RawFileError` if unusable."""
    if len(data) > MAX_RAW_BYTES:
        raise RawFileError(
            f"file is {len(data)} bytes, over the {MAX_RAW_BYTES} byte limit for one article",
            path=name,
            hint="is this really one scraped article? split it or check the scraper output",
        )
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    if not body.strip():
        raise RawFileError(
            "file is empty (no text after removing whitespace)",
            path=name,
            hint="re-scrape the article or delete the file",
        )
    nul = body.find(b"\x00")
    if nul >= 0:
        raise RawFileError(
            f"NUL byte at offset {nul}: this looks like a binary or UTF-16 file, not UTF-8 text",
            path=name,
            line=body.count(b"\n", 0, nul) + 1,
            hint="save the article as UTF-8 text",
        )
    try:
        decoded = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RawFileError(
            f"bytes {body[exc.start : exc.start + 4]!r} at offset {exc.start} are not valid UTF-8",
            path=name,
            line=body.count(b"\n", 0, exc.start) + 1,
            hint="convert the file to UTF-8 (e.g. `iconv -f cp1251 -t utf-8`)",
        ) from None
    text = normalise(decoded)
    if not text.strip():
        raise RawFileError(
            "file has no visible text after normalisation",
            path=name,
            hint="re-scrape the article or delete the file",
        )
    return RawText(name=name, text=text, sha256=sha256_digest(data), size=len(data))


def check_raw_name(path: str | Path) -> RawFileError | None:
    """The raw file naming rule ``NNN_<16 hex>.txt``; an error naming the file if broken."""
    name = Path(path).name
    if RAW_NAME.fullmatch(name) and "\\" not in str(path):
        return None
    if name.lower().endswith(".txt") and not name.endswith(".txt"):
        problem = f"raw file name {name!r} has the extension in the wrong case (must be `.txt`)"
    else:
        problem = (
            f"bad raw file name {name!r}: expected NNN_<16 lowercase hex>.txt, "
            "e.g. 000_952d0ef163f4dde3.txt (no spaces, uppercase, newlines, `..` or folders)"
        )
    return RawFileError(
        problem,
        path=path,
        hint="create articles with `kzpolicy-data new-article`, which names them for you",
    )


def read_raw(path: str | Path) -> RawText:
    """Read a raw article file and normalise it (see the module docstring)."""
    return decode_raw(read_bounded(path, MAX_RAW_BYTES), str(path))


# The scraper's ` date YYYY-MM-DD ` prefix, before the lead on the first line; on some pages it
# prints only the month (` date 2023-03 `), which dates nothing but is no text either.
_PREFIX = re.compile(
    r"^(?P<ws>\s*?)[ \t]*date[ \t]+(?P<date>\d{4}-\d{1,2}(?P<day>-\d{1,2})?)(?:[ \t]+|$)"
)


@dataclass(frozen=True)
class Prefix:
    """The scraper's date prefix: its date and the text with the prefix removed."""

    text: str
    date: dt.date | None
    raw_date: str | None
    line: int | None


def strip_prefix(text: str, *, path: str | None = None, lenient: bool = False) -> Prefix:
    """Remove the ` date YYYY-MM-DD ` (or month-only ` date YYYY-MM `) prefix; ParseError
    (file:line) if its date is invalid. A month-only prefix gives no date."""
    m = _PREFIX.match(text)
    if m is None:
        return Prefix(text, None, None, None)
    ws = m.group("ws")
    line = ws.count("\n") + 1
    body = ws + text[m.end() :]
    raw_date = m.group("date")
    if m.group("day") is None:
        return Prefix(body, None, raw_date, line)
    try:
        date = parse_iso(raw_date, path=path, line=line)
    except ParseError:
        if not lenient:
            raise
        date = None
    return Prefix(body, date, raw_date, line)
