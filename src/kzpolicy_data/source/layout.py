"""Layout: paragraphs of the normalised text, and the noise lines the scraper leaves around them.

The scraper writes one paragraph per line, separated by blank lines, single newlines, two blank
lines, or with every paragraph indented by four spaces (wrapped lines of an indented layout are
continued without the indent). Noise lines (captions, counters, widgets, ...) are classified here
by their own text; decisions that need context (title, lead, intro) are made in ``parse``.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from ..codes import SegmentKind
from ..errors import ParseError
from .dates import is_date_line

__all__ = [
    "Paragraph",
    "byline_authors",
    "classify_noise",
    "context_noise",
    "looks_like_heading",
    "split_paragraphs",
    "under_weather",
    "wrapped_breaks",
]


@dataclass(frozen=True)
class Paragraph:
    """A paragraph: ``text[start:end]`` without surrounding whitespace, and its 1-based line."""

    start: int
    end: int
    line: int
    text: str


_LINE = re.compile(r"[^\n]*")


# A record holds a few hundred bytes of objects a paragraph, so an article of a million one-
# character lines (2 MB of `?`) grew a parse by 1 GB. Real articles have tens of paragraphs, a
# long transcript a few thousand.
MAX_PARAGRAPHS = 20_000


def split_paragraphs(text: str) -> list[Paragraph]:
    """Paragraphs of ``text`` in order, whatever the separator layout; a :class:`ParseError`
    past ``MAX_PARAGRAPHS`` non-blank lines."""
    lines: list[tuple[int, int, int]] = []  # (start, end, line number) of non-blank lines
    pos = 0
    for number, raw in enumerate(text.split("\n"), start=1):
        if raw.strip():
            lines.append((pos, pos + len(raw), number))
            if len(lines) > MAX_PARAGRAPHS:
                raise ParseError(
                    f"the text has over {MAX_PARAGRAPHS} non-blank lines, more than one article "
                    "holds",
                    line=number,
                    hint="is this one article? a run of one-character lines is scraper noise: "
                    "remove it",
                )
        pos += len(raw) + 1
    if not lines:
        return []
    indented = sum(1 for s, _, _ in lines if text.startswith("    ", s) or text[s] == "\t")
    # Indented layout with wrapped, unindented continuation lines: join those to the paragraph.
    join = indented >= 3 and indented >= 0.6 * len(lines) and indented < len(lines)
    # Hard-wrapped text (print, PDF and forum reprints): several long lines that stop mid-
    # sentence before a line that goes on in small letters.
    # Whether each line goes on with the sentence the line right before it stopped in.
    goes_on = [False] + [
        b[2] == a[2] + 1 and _continues(text, a, b) for a, b in itertools.pairwise(lines)
    ]
    hard = sum(goes_on) >= 3
    blocks: list[tuple[int, int, int]] = []
    prev_number = -1
    for k, (s, e, number) in enumerate(lines):
        unindented = not (text.startswith("    ", s) or text[s] == "\t")
        # The end of the block so far (bounded, so that joining stays linear).
        prev_text = text[max(blocks[-1][0], blocks[-1][1] - 300) : blocks[-1][1]] if blocks else ""
        # A parenthesis opened on one line and closed on the next (`(... Елшісі` /
        # `Нұрлан ЖАҚЫПБЕКҰЛЫМЕН сұхбат)`) is one paragraph, whatever the layout.
        in_parens = (
            bool(blocks)
            and blocks[-1][1] - blocks[-1][0] < 300
            and prev_text.count("(") > prev_text.count(")")
            and text[s:e].rstrip().endswith(")")
        )
        # A wrapped line continues a sentence: the block before it does not end one, and the
        # line itself is not a turn marker.
        wrapped = (
            join
            and bool(blocks)
            and unindented
            and not prev_text.rstrip().endswith((".", "?", "!", "…", "»", '"'))
            and text[s] not in "-–—−"
        )
        # A long line stopped mid-sentence and a line going on in small letters: one sentence
        # (in hard-wrapped text also a line going on with a capital, `to` / `Kazakhstan ...`).
        if blocks and not (in_parens or wrapped) and number == prev_number + 1:
            wrapped = goes_on[k] or (
                hard and _continues(text, lines[k - 1], (s, e, number), capital=True)
            )
        if number == prev_number + 1 and (in_parens or wrapped):
            bs, _, bn = blocks[-1]
            blocks[-1] = (bs, e, bn)
        else:
            blocks.append((s, e, number))
        prev_number = number
    out: list[Paragraph] = []
    for s, e, number in _split_glued(text, _split_rubrics(text, blocks)):
        chunk = text[s:e]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk) - len(chunk.rstrip())
        out.append(Paragraph(s + lead, e - trail, number, text[s + lead : e - trail]))
    return out


_WRAP_MIN = 40  # a wrapped line fills most of its column: 60-80 characters in print
_WRAP_MAX = 300
_SENTENCE_END = re.compile(r"[.?!…:;»\"“”)]\s*$")
_GOES_ON = re.compile(r"[a-zа-яёәғқңөұүһі]")
_GOES_ON_CAPITAL = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі]")


def _continues(
    text: str, prev: tuple[int, int, int], line: tuple[int, int, int], *, capital: bool = False
) -> bool:
    """Whether ``line`` goes on with the sentence that the line ``prev`` stopped in."""
    (ps, pe, _), (s, e, _) = prev, line
    last = text[max(ps, pe - _WRAP_MAX) : pe]
    if pe - ps < _WRAP_MIN or _SENTENCE_END.search(last) or not last[-1:].isalnum():
        return False
    if capital:
        # a capital may start a heading or a label line: only a long line goes on
        return e - s >= 25 and bool(_GOES_ON_CAPITAL.match(text, s))
    return bool(_GOES_ON.match(text, s))


def wrapped_breaks(text: str) -> set[int]:
    """The offsets of the line breaks of ``text`` inside a sentence (the line after goes on
    with it): where a paragraph was hard-wrapped, not where one line ends and another begins
    (`... Norbert Jousten` / `None`). As :func:`split_paragraphs` joins lines; linear."""
    lines, pos = [], 0
    for raw in text.split("\n"):
        lines.append((pos, pos + len(raw), 0))
        pos += len(raw) + 1
    pairs = list(itertools.pairwise(lines))
    small = {a[1] for a, b in pairs if _continues(text, a, b)}
    if len(small) < 3:  # not hard-wrapped: a capital never goes on a sentence
        return small
    return small | {a[1] for a, b in pairs if _continues(text, a, b, capital=True)}


# A rubric glued to the lead by spaces (`Сұхбат  Бұл әңгіме ...`), or with none (`КолонкаЗачем`):
# the rubric is a line of its own.
_RUBRIC_GLUED = re.compile(
    r"\s*(?:интервью|сұхбат|interview|мнение|пікір|колонка)"
    r"(?= {2,}\S|(?-i:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі]))",
    re.I,
)


def _split_rubrics(text: str, blocks: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    out = []
    for s, e, number in blocks:
        m = _RUBRIC_GLUED.match(text, s, min(e, s + 40))
        if m:
            out.append((s, m.end(), number))
            s = m.end()
        out.append((s, e, number))
    return out


_UP = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_LO = "a-zа-яёәғқңөұүһі"
# A header line glued to the next one (`...дефицитом водыИнтервью с ...`, REAL_LAYOUTS D10): a
# word of four small letters or more (or four capitals) runs into a capitalised word of four
# letters or more, or a short word that opens a sentence, and the line goes on. Not a brand's
# inner capital (`KazMunaiGas`, `WhatsApp`, `BaigeNews.kz`, `YouTube-канал`, `PaperLab зерттеу`).
_OPENER = r"(?:The|We|In|It|He|She|As|At|On|Our|My|How|Why|Who|For|An|Мы|Он|На|По|Как|Что|Это)"
_GLUED_LINE = re.compile(
    rf"(?<![\w.-])(?:[{_UP}{_LO}][{_LO}]{{3,}}|[{_UP}]{{4,}})"
    rf"(?=[{_UP}][{_LO}]{{3,}}[\s:,;]|{_OPENER} [{_LO}])"
)
_SENTENCE_IN = re.compile(r"[.?!…]")
_GLUED_HEAD = 5  # blocks: the title, captions and credits above the lead


def _split_glued(text: str, blocks: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    out = []
    for k, (s, e, number) in enumerate(blocks):
        head = k < _GLUED_HEAD and text[s:e].lstrip()[:1] not in "-–—−"  # not a turn
        m = _GLUED_LINE.search(text, s, min(e, s + 150)) if head else None
        if m and " " in text[s : m.start()].strip() and not _SENTENCE_IN.search(text, s, m.end()):
            out.append((s, m.end(), number))
            s = m.end()
        out.append((s, e, number))
    return out


_I = re.I | re.U
_CREDIT = re.compile(
    r"^(?:\(?(?:фото|фотография|фотосурет|сурет|suret|foto|коллаж|иллюстрация|инфографика|видео|photo|"
    r"image|picture|credit|источник фото|источник|source|дереккөз|фото на превью|"
    r"фото на обложке|обложка)\s*(?:[:/©]|—|–|-)"
    r"|©|\(c\)\s|фото\s+(?:автора|из открытых источников|с сайта|предоставлено|пресс-службы|"
    r"из архива|из соцсетей)|photo\s+by\b|photo\s+courtesy)",
    _I,
)
_CAPTION = re.compile(r"^(?:на фото|на снимке|суретте|in the photo|pictured)\b", _I)
_VIEWS = re.compile(
    r"^(?:👁\s*)?\d[\d\s.,kKкК]*(?:\s*(?:рет көрсетілді|просмотр\w*|views?|қаралым\w*|"
    r"көрсетілім\w*))?$|^(?:просмотр\w*|views|қаралым\w*)\s*:?\s*\d[\d\s]*$",
    _I,
)
_READING = re.compile(
    r"^(?:время чтения|читать|оқу уақыты|reading time|read time)\b.{0,30}$|"
    r"^\d+\s*(?:мин\w*\.?|min\w*)\s*(?:чтения|на чтение|оқу|read|to read)\b.{0,10}$|"
    r"^(?:оқуға|прочтение)\s*\d+.{0,20}$",
    _I,
)
_WIDGET = re.compile(
    r"^(?:ваш браузер не поддерживает|your browser does not support|сіздің браузеріңіз|"
    r"читайте также|читайте нас|read also|see also|смотрите также|сондай-ақ оқыңыз|"
    r"оқи отырыңыз|оқыңыз\s*:|"
    r"нашли ошибку|если вы нашли ошибку|выделите (?:её|ее|текст)|қате тапсаңыз|"
    r"подписывайтесь на|подпишитесь на|жазылыңыз|новости партнеров|лента новостей|"
    r"самое читаемое|загрузка\.\.\.|loading\.\.\.|мы в (?:telegram|телеграм|instagram|vk|"
    r"facebook|whatsapp)|добавить новость|все новости|all news|войти в почту|header banner|"
    r"image default|banner\b|"
    # an app banner (`СКАЧИВАЙТЕ НАШЕ ПРИЛОЖЕНИЕ`), taken for the headline above the real one
    r"(?:скачивайте|скачайте|установите) (?:наше |наши )?приложени|download (?:our|the) app|"
    r"қосымшамызды (?:жүктеп|жүктеңіз)|"
    # a reader poll under the text, not a question to a guest
    r"бұл мақала туралы не ойлайсыз|что вы думаете об этой (?:статье|новости)|"
    # a call to follow the site (`Біздің Instagram парақшамызға жазылыңыз`, `Жаңалықтарды ең
    # бірінші болып оқыңыз`), never a question to a guest
    r".{0,40}(?:telegram|телеграм|instagram|инстаграм|facebook|youtube|whatsapp|tiktok)\b"
    r".{0,40}(?:жазылыңыз|подписывайтесь|подпишитесь|subscribe|follow)|"
    r"(?:жаңалықтарды|новости) (?:ең )?(?:бірінші|первым\w*) (?:болып )?(?:оқ|узнава|чита)|"
    r"what do you think (?:of|about) this (?:article|story)|"
    # an informer's ad line: `Информационный сервер X: валютные баннеры для Вашего сайта`
    r".{0,60}(?:баннер\w*|информер\w*)\s+для\s+(?:вашего|своего)\s+сайта)",
    _I,
)
# Single widget words: only when the whole line is that short.
_WIDGET_WORD = re.compile(
    r"^(?:поделиться|share(?: this)?|слушать|прослушать|listen|аудио|audio|реклама|жарнама|"
    r"соңғы жаңалықтар|последние новости|latest news|"
    r"advertisement|подписаться|subscribe|комментарии|comments?|пікірлер|telegram|whatsapp|"
    r"instagram|facebook|twitter|vk|youtube|play|pause|00:00|►|▶|rate this|оцените)(?!\w).{0,12}$",
    _I,
)
_FOOTER = re.compile(
    r"^(?:leave a reply|leave a comment|currently reading|cancel reply|post comment|"
    r"все права защищены|барлық құқықтар қорғалған|all rights reserved|"
    r"при (?:полном или частичном )?(?:использовании|копировании|цитировании)|"
    r"материалды көшіріп|перепечатка|copyright|next article|previous article|"
    r"следующая статья|предыдущая статья|your email address|ваш e-?mail|related posts|"
    r"похожие (?:новости|статьи|материалы)|мнение автора может не совпадать|"
    r"the views expressed|автордың пікірі)",
    _I,
)
_TAGS = re.compile(
    r"^(?:теги|тэги|tags?|тегтер|метки|ключевые слова)\s*:|^(?:#[\w-]+[\s,]*){2,}$", _I
)
# Site chrome that real pages carry above the title: weather, currency tickers, language
# switches, age notices, live labels, image file names, a site's one-line blurb.
_WEATHER = re.compile(r"^[+\-−]?\d{1,2}(?:[.,]\d)?\s*°?\s*[CСF]$")
_TICKER = re.compile(
    r"^(?:[$€₽₸£¥]\s*)?\d{1,6}[.,]\d{1,4}(?:\s+(?:[$€₽₸£¥]\s*)?\d{1,6}[.,]\d{1,4}){1,8}$"
)
_SWITCH = re.compile(r"^(?:ру|рус|қаз|каз|kaz|qaz|eng?|ru|kz|kk|[^\w\s]{1,3})$", re.I)
_AGE = re.compile(
    r"(?:старше|от)\s+18\s+лет|^18\+$|18\s+жастан|over\s+18|^тікелей эфир$|^прямой эфир$|"
    r"^live$|^онлайн$",
    re.I,
)
_FILE = re.compile(
    r"^(?:[\w-]+\.(?:jpe?g|png|webp|gif)|(?:img|dsc|image|photo|pic)[_-]?\d{4,}[\w-]*"
    r"(?:\s*\(\d+\))?)$",
    re.I,
)
_BLURB = re.compile(r"^[\w-]+\.[a-z]{2,6}(?:\s[—–-]\s[^.]{5,100})?$", re.I)
_ISO_STAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?(?:Z|[+-]\d\d:?\d\d)?$")
_STATS = re.compile(
    r"^(?:просмотров|views|рейтинг|rating|комментарии|comments)\s*:?\s*[\d.,]+", re.I
)
_NAV = re.compile(r"^(?:главная|home|басты бет|новости|жаңалықтар|news)\s*(?:[/»>|›→]\s*\S)", _I)
_NAV_SEP = re.compile(r"\s[/»>|›→•]\s")
_URL = re.compile(r"^(?:(?:https?://|www\.)\S+|[\w.-]+\.(?:kz|ru|com|org|net)/\S*)$", _I)
_TIME = re.compile(
    r"^(?:(?:сегодня|вчера|бүгін|кеше|today|yesterday|обновлено|опубликовано)[,:]?\s*)?"
    r"(?:\d{1,2}:\d\d)(?::\d\d)?$",
    _I,
)
_BYLINE = re.compile(
    r"^(?:беседовал[аи]?|интервью (?:взял[аи]?|записал[аи]?|подготовил[аи]?|вел[аи]?|провел[аи]?)"
    r"|записал[аи]?|подготовил[аи]?|автор(?:ы)?|текст|сұхбаттасқан|сұхбатты жүргізген|"
    r"сұхбаттасқандар|әзірлеген|автор:|interviewed by|interview by|by|written by)"
    r"\s*[:\-–—]?\s+(?P<names>.{2,120})$",
    _I,
)
_NAME_SPLIT = re.compile(r"\s*(?:,|\sи\s|\sжәне\s|\sand\s|&)\s*")


def byline_authors(text: str) -> list[str] | None:
    """Author names of a byline (`Беседовала Анна Иванова`), or None if not a byline."""
    m = _BYLINE.match(text.strip())
    if m is None:
        return None
    names = m.group("names").strip().rstrip(".")
    # A byline names people: every part starts with a capital and has at most four words.
    parts = [p.strip() for p in _NAME_SPLIT.split(names) if p.strip()]
    if not parts or any(not p[0].isupper() or len(p.split()) > 4 for p in parts):
        return None
    return parts


def under_weather(paras: list[Paragraph]) -> set[int]:
    """The starts of the two lines under each weather widget's temperature (`7 C` / `Астана` /
    `16 апреля, 2024`): its city and the site's "today"."""
    hot = [i for i, p in enumerate(paras) if _WEATHER.match(p.text.strip())]
    return {paras[k].start for i in hot for k in (i + 1, i + 2) if k < len(paras)}


def context_noise(paras: list[Paragraph]) -> dict[int, SegmentKind]:
    """Noise that only its neighbours reveal: the city names of a weather widget (`Алматы`
    next to `13 C`), and a trail of tags (three or more short lowercase lines in a row)."""
    out: dict[int, SegmentKind] = {}
    texts = [p.text.strip() for p in paras]
    for i, t in enumerate(texts):
        near = [texts[j] for j in (i - 1, i + 1) if 0 <= j < len(texts)]
        if len(t.split()) <= 2 and t[-1:].isalpha() and any(_WEATHER.match(n) for n in near):
            out[i] = SegmentKind.WIDGET
    run: list[int] = []
    for i, t in enumerate([*texts, "."]):
        if 0 < len(t.split()) <= 3 and t[:1].islower() and t[-1:].isalnum():
            run.append(i)
            continue
        if len(run) >= 3:
            out.update(dict.fromkeys(run, SegmentKind.TAGS))
        run = []
    return out


def classify_noise(text: str) -> SegmentKind | None:
    """The noise kind of a paragraph judged by its own text, or None if it may be content."""
    t = text.strip()
    if not t:
        return SegmentKind.OTHER_NOISE
    if t in {"None", "null", "undefined", "NaN"}:
        return SegmentKind.NONE_LINE
    if _URL.match(t):
        return SegmentKind.URL
    if len(t) <= 160 and _CREDIT.match(t):
        return SegmentKind.CREDIT
    if len(t) <= 200 and _CAPTION.match(t):
        return SegmentKind.CAPTION
    if _TIME.match(t) or _ISO_STAMP.match(t):
        return SegmentKind.TIMESTAMP
    if is_date_line(t):
        return SegmentKind.DATELINE
    if len(t) <= 40 and _VIEWS.match(t):
        return SegmentKind.VIEW_COUNTER
    if len(t) <= 60 and _STATS.match(t):
        return SegmentKind.VIEW_COUNTER
    if len(t) <= 80 and _FILE.match(t):
        return SegmentKind.CREDIT
    if len(t) <= 120 and (_WEATHER.match(t) or _TICKER.match(t) or _SWITCH.match(t)):
        return SegmentKind.WIDGET
    if len(t) <= 120 and (_AGE.search(t) or _BLURB.match(t)):
        return SegmentKind.WIDGET
    if len(t) <= 50 and _READING.match(t):
        return SegmentKind.READING_TIME
    if len(t) <= 100 and _TAGS.match(t):
        return SegmentKind.TAGS
    if (len(t) <= 150 and _WIDGET.match(t)) or (len(t) <= 30 and _WIDGET_WORD.match(t)):
        return SegmentKind.WIDGET
    if len(t) <= 120 and _FOOTER.match(t):
        return SegmentKind.FOOTER
    if len(t) <= 120 and (_NAV.match(t) or (len(_NAV_SEP.findall(t)) >= 2 and not t.endswith("."))):
        return SegmentKind.NAVIGATION
    return None


_TERMINAL = tuple(".?!…:;,")


def looks_like_heading(text: str, *, question_ok: bool = False) -> bool:
    """A short line without final punctuation: a title or a section heading, not a sentence."""
    t = text.strip()
    bare = t.rstrip("»\"“”)' ")
    terminal = _TERMINAL[2:] if question_ok else _TERMINAL
    if not t or len(t) > 140 or bare.endswith(terminal) or t.startswith(("-", "–", "—", "−")):
        return False
    words = t.split()
    return 1 <= len(words) <= 16 and (t[0].isupper() or t[0] in '«"0123456789')
