"""Noise lines the scraper leaves around an article (captions, credits, counters, widgets, tag
trails, bylines), classified by their own text or by their neighbours, and the lines that look
like a heading. Decisions that need the whole page (title, lead, intro) are made in :mod:`.page`.
"""

from __future__ import annotations

import re

from ..codes import SegmentKind
from .dates import is_date_line
from .layout import Paragraph

__all__ = [
    "byline_authors",
    "classify_noise",
    "context_noise",
    "looks_like_heading",
    "under_weather",
]

_I = re.I | re.U
_CREDIT = re.compile(
    r"^(?:\(?(?:фото|фотография|фотосурет|сурет|suret|foto|коллаж|иллюстрация|инфографика|видео|photo|"
    r"image|picture|credit|источник фото|источник|source|дереккөз|фото на превью|"
    r"фото на обложке|обложка)\s*(?:[:/©]|—|–|-)"
    r"|©|\(c\)\s|фото\s+(?:автора|из открытых источников|с сайта|предоставлено|пресс-службы|"
    r"из архива|из соцсетей)|photo\s+by\b|photo\s+courtesy)",
    _I,
)
_CAPTION = re.compile(
    r"^(?:на фото|на снимке|суретте|in the photo|pictured)\b"
    # `Askar Nursha. Photo from personal files.`: whom the photo shows, then its source
    r"|^(?-i:(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’-]+\s+){1,3}[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’-]+)\.\s+"
    r"(?:photo|фото|сурет|фотосурет|foto)\b[^.?!\n]{0,60}\.?$",
    _I,
)
# Where someone stands in the photo (`Roman Vassilenko (L) meets with ...`, `(слева)`): a caption.
_IN_PHOTO = re.compile(
    r"\((?:l|r|c|left|right|centre|center|\d(?:st|nd|rd|th)\s+[lr]|слева|справа|в центре)\)",
    _I,
)
# A caption that ends with its photo's credit (`Президент ... и президент РФ ..., неформальная
# встреча ..., Санкт-Петербург. Фото: kremlin.ru`): what the photo shows is no text.
_CAPTION_CREDIT = re.compile(
    r"[.,]\s*(?:фото|photo|сурет|foto)\s*:\s*[\w@-]+(?:[ .][\w-]+){0,3}\.?\s*$"
    # `..., June 10, 2018 (Photo by Ge Jiahao/Xinhua)`: an agency photo's credit in brackets
    r"|\((?:фото|photo|сурет|foto)(?:\s*:|\s+by\s)[^()\n]{1,60}\)\.?\s*$",
    _I,
)
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
# A "see also" heading, over a link or a list of other items.
_SEE_ALSO = r"читайте также|read also|see also|смотрите также|сондай-ақ оқыңыз|оқи отырыңыз"
_WIDGET = re.compile(
    r"^(?:ваш браузер не поддерживает|your browser does not support|сіздің браузеріңіз|"
    rf"{_SEE_ALSO}|читайте нас|оқыңыз\s*:|"
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
    r".{0,40}(?:жазылыңыз|қосылыңыз|подписывайтесь|подпишитесь|присоединяйтесь|subscribe|"
    r"follow|join\s+(?:us|our))|"
    r"ең соңғы жаңалықтар осында|"
    r"(?:жаңалықтарды|новости) (?:ең )?(?:бірінші|первым\w*) (?:болып )?(?:оқ|узнава|чита)|"
    r"what do you think (?:of|about) this (?:article|story)|"
    # an informer's ad line: `Информационный сервер X: валютные баннеры для Вашего сайта`
    r".{0,60}(?:баннер\w*|информер\w*)\s+для\s+(?:вашего|своего)\s+сайта)",
    _I,
)
# Single widget words: only when the whole line is that short.
_WIDGET_WORD = re.compile(
    # a share bar's buttons, one per line, each may be a list bullet (`• Tweet`, `• Print`)
    # (or between dashes: `- Advertisement -`)
    r"^(?:[•·\-–—]\s*)?(?:tweet|e-?mail|linkedin|print|pinterest|reddit|"
    r"поделиться|share(?: this)?|слушать|прослушать|listen|аудио|audio|реклама|жарнама|"
    r"соңғы жаңалықтар|последние новости|latest news|"
    r"advertisement|подписаться|жазылу|subscribe|комментарии|comments?|пікірлер|telegram|whatsapp|"
    r"instagram|facebook|twitter|vk|youtube|play|pause|00:00|►|▶|rate this|оцените|"
    # a "today" bar's label whose date the scraper lost (`Сегодня:` above the rubric's date)
    r"(?:сегодня|бүгін|today)\s*:)(?!\w).{0,12}$",
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
# A comment form's head: `Пікір қалдыру`, `Leave a reply`, `Оставить комментарий`.
_COMMENT_FORM = re.compile(
    r"^(?:пікір қалдыру|leave a (?:reply|comment)|оставить комментарий|добавить комментарий|"
    r"написать комментарий|comments? are closed)\b",
    _I,
)
# What a comment form and the list under it print next (`Сіздің почтаңыз көрінбейді`, `Your
# email address will not be published`, `Check Also`): a form, not a line dropped in the text.
_FORM_LABEL = re.compile(
    r"почтаңыз|e-?mail|толтыру міндетті|required fields|обязательн\w* пол|check also|related|"
    r"похожие|ұқсас|тағы оқыңыз|читайте также",
    _I,
)
_TAGS = re.compile(
    r"^(?:теги|тэги|tags?|тегтер|метки|ключевые слова)\s*:|^(?:#[\w-]+[\s,]*){2,}$", _I
)
# Site chrome that real pages carry above the title: weather, currency tickers, language
# switches, age notices, live labels, image file names, a site's one-line blurb.
# `+4.2°C`, or with its city (`Astana +2°C`: then the degree sign is printed)
_WEATHER = re.compile(
    r"^(?:[+\-−]?\d{1,2}(?:[.,]\d)?\s*°?|[^\W\d_][\w-]*\s+[+\-−]?\d{1,2}(?:[.,]\d)?\s*°)\s*[CСF]$"
    # a signed temperature with its degree sign alone (`+4°`)
    r"|^[+\-−]\d{1,2}(?:[.,]\d)?\s*°$"
)
_CURRENCY = r"(?:[$€₽₸£¥]\s*|(?:USD|EUR|RUB|KZT|CNY|GBP)\s+)"
_TICKER = re.compile(
    rf"^{_CURRENCY}?\d{{1,6}}[.,]\d{{1,4}}(?:\s+{_CURRENCY}?\d{{1,6}}[.,]\d{{1,4}}){{1,8}}$"
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
_NAV = re.compile(
    r"^(?:(?:главная|home|басты бет|новости|жаңалықтар|news)\s*(?:[/»>|›→]\s*\S)"
    # a breadcrumb's label on a line of its own
    r"|(?:you are here|вы здесь|сіз осындасыз)\s*:?$)",
    _I,
)
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


# The heading of a list of other items (`Сондай-ақ оқыңыз`, `Читайте также`, `Read also`).
_RELATED_HEAD = re.compile(
    rf"^(?:{_SEE_ALSO}|"
    r"related(?: news| articles| posts)?|похожие новости|другие новости|тақырыптас жаңалықтар)"
    r"\s*:?$",
    _I,
)


def context_noise(paras: list[Paragraph]) -> dict[int, SegmentKind]:
    """Noise that only its neighbours reveal: the city names of a weather widget (`Алматы`
    next to `13 C`, or printed twice above it as in D18), and a trail of tags (three or more
    short lowercase lines in a row)."""
    out: dict[int, SegmentKind] = {}
    texts = [p.text.strip() for p in paras]
    for i, t in enumerate(texts):
        near = [texts[j] for j in (i - 1, i + 1) if 0 <= j < len(texts)]
        if i + 2 < len(texts) and texts[i + 1] == t:  # the city again, then its temperature
            near.append(texts[i + 2])
        if len(t.split()) <= 2 and t[-1:].isalpha() and any(_WEATHER.match(n) for n in near):
            out[i] = SegmentKind.WIDGET
    for i, t in enumerate(texts):
        if (
            len(t) <= 80
            and _COMMENT_FORM.match(t)
            and any(_FORM_LABEL.search(n) for n in texts[i + 1 : i + 4])
        ):
            # under a comment form, its labels and the "check also" list are short lines; the
            # first long paragraph is text again
            for j in range(i + 1, len(texts)):
                if len(texts[j]) > 160:
                    break
                out.setdefault(j, SegmentKind.FOOTER)
    for i, t in enumerate(texts):
        if (
            len(t) <= 30
            and _RELATED_HEAD.match(t)
            and any(is_date_line(n) for n in texts[i + 1 : i + 5])
        ):
            # `Сондай-ақ оқыңыз` over other items' titles and stamps: their dates are not the
            # page's; the first long paragraph is text again
            for j in range(i + 1, len(texts)):
                if len(texts[j]) > 160:
                    break
                out[j] = SegmentKind.FOOTER
    run: list[int] = []
    for i, t in enumerate([*texts, "."]):
        if 0 < len(t.split()) <= 3 and t[:1].islower() and t[-1:].isalnum():
            run.append(i)
            continue
        if len(run) >= 3:
            out.update(dict.fromkeys(run, SegmentKind.TAGS))
        run = []
    return out


_WORDED = re.compile(r"\w")


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
    if (len(t) <= 200 and _CAPTION.match(t)) or (len(t) <= 250 and _CAPTION_CREDIT.search(t)):
        return SegmentKind.CAPTION
    if len(t) <= 300 and _IN_PHOTO.search(t):
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
    if not _WORDED.search(t):
        return SegmentKind.OTHER_NOISE  # `|  |  |`: a table's empty cells, a rule
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
