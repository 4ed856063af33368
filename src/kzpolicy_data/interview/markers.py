"""Turn markers at the start of a paragraph, and the paragraph fixes that real layouts need.

Marker styles: dashes (`- – — −`, possibly mixed), `Вопрос:`/`Ответ:`-style labels, numbered
questions (`1. `), and speaker labels: outlet or name in capitals or quotes (`«ГАЗЕТА».`,
`"Ветер степи":`), initials (`И.П. –`, `М.М:`), `К.Иванов:`, `Фамилия И.:`, `Имя Фамилия.`,
`Имя Фамилия, издание «X»:`, names in the Arabic script, and labels on a line of their own
(``joins`` joins them to the paragraph they label). Paragraphs that hold several turns are
cut in ``oneline``. Every pattern is bounded, so matching stays linear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..codes import TurnKind
from ..nlp.gazetteer import find as gazetteer_find
from ..source.layout import Paragraph
from .label_words import common_first_word, fact_row, glued_words
from .letters import AR, LO, UP

__all__ = [
    "ANSWER_WORDS",
    "CLOSERS",
    "DASHES",
    "DEAR",
    "LABEL_LINE",
    "PATRONYMIC_END",
    "SECOND_PERSON",
    "TIMED_LABEL",
    "TITLE_ADDRESS",
    "TLD",
    "Marked",
    "detect_marker",
    "opens_with_dash",
]

DASHES = "-–—−"
# After a label: optionally the dash of a label-on-its-own-line layout (`Имя:\n- Текст`).
_AFTER = rf"\s+(?:[{DASHES}]\s+)?"
# A dash glued to the turn's first word: any dash before a capital; a hyphen only before a
# capitalised word (`-Господин Посол, ...`), never a number or an abbreviation. A turn quoted
# whole opens with its quote mark (`“– Dear ...”`).
# a hyphen glued to a capitalised word (`-Расскажите`), or to the pronoun `I` (`-I am sure`)
_DASH = re.compile(
    rf"^[“«\"]?([{DASHES}])(?:\s+|(?<=[–—−])(?=[«\"{UP}])|(?<=-)(?=[{UP}][{LO}]|I[\s’']))"
)
_QA = re.compile(
    r"^(?P<label>вопрос|ответ|сұрақ|жауап|question|answer)\s*(?::|\.(?=\s)|\s[–—-])\s*"
    # `A:It grows` glued to its label too
    r"|^(?P<letter>q|a|в|о|с|ж)\s*(?::\s*(?=\S)|\s[–—-]\s+)"
    r"|^(?-i:(?P<dotted>Q|A))\.\s+(?=[A-Z])",  # `Q. ...` / `A. ...` (capitals only: not `a.`)
    re.I,
)
_CREDIT = re.compile(r"\s*\([A-Za-zА-ЯЁа-яё .-]{2,20}\)\s*$")
_QA_KIND = {
    "вопрос": TurnKind.QUESTION, "сұрақ": TurnKind.QUESTION, "question": TurnKind.QUESTION,
    "q": TurnKind.QUESTION, "в": TurnKind.QUESTION, "с": TurnKind.QUESTION,
    "ответ": TurnKind.ANSWER, "жауап": TurnKind.ANSWER, "answer": TurnKind.ANSWER,
    "a": TurnKind.ANSWER, "о": TurnKind.ANSWER, "ж": TurnKind.ANSWER,
}  # fmt: skip
# The labels that name the answer kind (`Ответ:`, `A:`), not the one who answers.
ANSWER_WORDS = frozenset(k for k, v in _QA_KIND.items() if v == TurnKind.ANSWER)
# `Илья Громов (И.Г.) – Добрый вечер`, `Andrianos Giannou (AG): ...` (or `(AG). ...`): a label
# defined where it is first used.
_DEFINED = re.compile(
    rf"^(?:[{UP}][{LO}]+\s+){{1,2}}\((?P<label>(?:[{UP}]\.\s?){{1,3}}|[{UP}]{{2,3}})\)"
    r"(?:\s*[-–—−:]\s*|\.\s+)(?=\S)"
)
# `Облыс әкімі Х (әрі қарай – Әкім):`: a speaker described once, then labelled by the alias.
_HEREINAFTER = (
    r"[^\n():]{3,120}?\s*\((?:ári\s+qaraı|äri\s+qaray|әрі\s+қарай|бұдан\s+әрі|далее|"
    r"hereinafter)\s*[–—-]?\s*(?P<label>[^()\n:]{1,30})\)"
)
_ALIASED = re.compile(rf"^{_HEREINAFTER}\s*:(?:{_AFTER}|(?=\S))")
# `ШЫМКЕНТ. KAZINFORM – ...`: an agency dateline, not a speaker label.
# `АСТАНА. Kazinform - ...`, `ASTANA. October 13. KAZINFORM /Author/ ...`: a city in capitals
# opening an agency's dateline, not a speaker's label.
_AGENCY_DATELINE = re.compile(
    rf"^[{UP}]{{3,}}(?:[ -][{UP}]{{2,}})*\.\s+(?:[\w.-]{{3,30}}\s[–—-]\s|"
    rf"(?:[^\W\d]+\s+\d{{1,2}}|\d{{1,2}}\s+[^\W\d]+)\.\s|"
    # `ASTANA. KAZINFORM As Kazakh President ...`: the agency without a dash
    # (`TASHKENT. UzA-KAZINFORM President ...`: two agencies joined)
    rf"(?:[\w.]+-)?(?:KAZINFORM|KAZTAG|КАЗИНФОРМ|КАЗТАГ|ҚАЗАҚПАРАТ|TREND|NEWS\.AM)\s+(?=[{UP}]))"
)
# `ASTANA – Poland is seeking ...`, `АЛМАТЫ, 5 мая – ...`: a city in capitals and a dash
# opening a press report, not a speaker's label.
_PRESS_DATELINE = re.compile(
    rf"^([{UP}][{UP}-]{{2,}}(?:\s[{UP}][{UP}-]+)?)(?:,[^–—\n]{{1,30}})?\s[–—-]\s"
)
_CITIES = frozenset(
    ("almaty", "алматы", "nur-sultan", "нур-султан", "нұр-сұлтан", "shymkent", "шымкент")
)


def _press_dateline(t: str) -> bool:
    m = _PRESS_DATELINE.match(t)
    if m is None:
        return False
    place = m.group(1)
    return place.lower() in _CITIES or any(
        f.entry.kind in ("capital", "country") and (f.start, f.end) == (0, len(place))
        for f in gazetteer_find(place)
    )


# `1. What ...`, and the scraper's `1.What ...` glued to the question's capitalised first word
_NUMBERED = re.compile(rf"^\d{{1,2}}(?:[.)]\s+|\.(?=[{UP}]))")
_INITIALS = re.compile(rf"^(?P<label>(?:[{UP}]\.\s?){{1,3}})\s*[-–—−]\s*(?=[^\W\d])")
# `– Э.К. Нынешние результаты ...`: a dash, then the speaker's initials.
# (not initials glued to a surname, `– M.S.Gorbachevty ...`: a name opening the turn)
_DASH_INITIALS = re.compile(
    rf"^[{DASHES}]\s*(?P<label>(?:[{UP}]\.\s?){{1,2}}[{UP}]\.)(?:\s+|(?=[«\"]))(?=[«\"{UP}])"
)
# `А.Нарышкин― Добрый вечер`: an initial and a surname, then a dash (a radio transcript's `―`).
_INITIAL_SURNAME = re.compile(
    rf"^(?P<label>[{UP}]\.\s?[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?)\s*[-–—−―]\s*(?=\S)"
)
# A label in quotes is an outlet's name (`«Азаттык»:`, `"Новая газета" -`), three words at
# most: `"Совсем другой народ стал" - Ермухамет Ертысбаев о ...` is a headline's quote.
_QUOTED_LABEL = r"[«\"](?=[^»\"\n]{2,40}[»\"])[^»\"\s]+(?:\s[^»\"\s]+){0,2}[»\"]"
_CAPS = re.compile(
    rf"^(?P<label>{_QUOTED_LABEL}|(?:[{UP}][{LO}]+\s+)?[{UP}]{{2,}}"
    # `RFE/RL:`: an outlet's initials joined by a slash
    rf"(?:[ /-][{UP}]{{2,}})*)\s*(?:\.|:|\s[–—-]){_AFTER}"
)
# A role word a label may carry in lower case (`General Desk reporter Wang Guan:`).
_LABEL_ROLE = r"(?:reporter|correspondent|host|корреспондент|журналист|ведущ\w{1,3}|тілшісі)"
# A podcast transcript's label with its time, on a line of its own (`(00:04) Аяжан Ойратова`):
# the turn's words follow on the next line.
TIMED_LABEL = re.compile(
    rf"^\(\d{{1,2}}:\d\d(?::\d\d)?\)[ \t]*(?P<label>[{UP}][{LO}]+(?:[ \t][{UP}][{LO}]+){{0,2}})"
    r"[ \t]*(?:\n\s*(?=\S)|$)"
)
_COLON = re.compile(
    # a particle may join the words (`Charge de Affair:`, `Head of Mission:`); a podcast's
    # transcript stamps each label with its time (`(01:10) Аяжан:`)
    r"^(?:\(\d{1,2}:\d\d(?::\d\d)?\)[ \t]*)?"
    rf"(?P<label>(?:[{UP}]\.\s?){{0,2}}[{UP}][\w.-]*(?:\s+(?:(?:de|du|of|da|van|von)\s+)?"
    rf"[{UP}][\w.-]*){{0,2}}"
    rf"|(?:[{UP}][\w.-]*\s+){{1,3}}{_LABEL_ROLE}(?:\s+[{UP}][\w.-]*){{1,2}}"
    rf"|[{AR}]+(?:\s+[{AR}]+){{0,2}}"
    # an outlet's Latin name in lower case over Cyrillic text (`Jas qazaq: Саят мырза, ...`)
    r"|[A-Z][a-z]+\s[a-z]+(?=:\s*[А-ЯЁӘҒҚҢӨҰҮҺІ])"
    # an outlet's name in lower case before a dashed turn (`euronews: – Казахстан ...`)
    r"|[a-z]{3,}(?=:[ \t]*[–—-][ \t]))"
    rf"\s*:(?:{_AFTER}|(?=[«\"{UP}]))"
)
# `Rajesh Singh asked: In your view ...?` / `Meena Singh Roy replies: Kazakhstan ...`: an expert
# Q&A page's reader and expert, each label with its verb (and a list bullet before it).
_SAYS_LABEL = re.compile(
    rf"^(?:[•·]\s*)?(?P<label>[{UP}][\w.-]*(?:\s+[{UP}][\w.-]*){{1,3}})\s+"
    r"(?:asked|asks|replies|replied|answers|answered)\s*:\s*(?=[«\"“A-Z])"
)
# The top-level domains of the outlets that name themselves in a label or a lead (`NUR.kz`,
# `EurasiaNet.org`, `Trend.az`).
TLD = r"(?:kz|ru|kg|uz|az|com|org|net)"
# `NUR.kz– Казахстан, Россия ...?`: the asking site's domain, a dash glued to it (news credits
# its source with a spaced dash, `Zakon.kz – Министр ...`).
_SITE_DASH = re.compile(rf"^(?P<label>[A-Za-z][\w-]{{1,30}}\.{TLD})[–—−][ \t]*(?=[«\"\w])")
# `Имя Фамилия, издание «X»:` (the label says who asks); bounded.
# The surname may be in capitals (`Владимир ПУТИН, ПРЕЗИДЕНТ РОССИЙСКОЙ ФЕДЕРАЦИИ:`), and the
# whole name in a broadcast transcript (`RACHEL MARTIN, HOST:`).
_ROLE = re.compile(
    rf"^(?P<label>(?:[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?|[{UP}]{{2,}})\s+(?:[{UP}][{LO}-]+|[{UP}]{{2,}}[{UP}-]*),"
    rf"\s[^:\n]{{2,60}}?)\s*:{_AFTER}"
)
# The role of a questioner's label: a journalist, an outlet (`Алина Ким, издание «X»`).
_MEDIA = re.compile(
    r"издани|газет|журнал|корреспондент|журналист|радио|телеканал|портал|агентств|редакц|"
    r"ведущ|тілші|басылым|newspaper|magazine|correspondent|reporter|journalist|host|editor",
    re.I,
)
# `Correspondent of the “Washington Post” newspaper:` on a line of its own above the dashed
# question: the asking outlet's reporter, named by the role alone (a TV script's `Айя Мүтәлі,
# Тілші:` is the reporter's own voice-over in a news report).
_MEDIA_LINE = (
    r"(?=[^:,\n]*(?i:корреспондент|журналист|тілші|correspondent|reporter|journalist))"
    rf"[{UP}][^:,\n]{{2,70}}"
)
_MEDIA_LABEL = re.compile(rf"^(?P<label>{_MEDIA_LINE}):[ \t]*\n{_AFTER}(?=\S)")
# `Имя Фамилия. Текст`: two capitalised words and a period (must recur to count, see turns).
# The first name may be an initial (`Г. Оразбаков. В 2009-м.`).
_NAME_PERIOD = re.compile(
    rf"^(?P<label>(?:[{UP}][{LO}]+\s+|[{UP}]\.\s?)[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?)\.\s+"
)
# A photo caption's credit (`Досым Сатпаев. Фото: politic.kz`), not a label: the photo word
# ends the label or follows it.
_PHOTO = r"(?:фото|photo|сурет|foto)"
_CAPTION = re.compile(rf"(?:^|[\s.]){_PHOTO}$", re.I)
# An outlet's rubric opening the lead (`WNAM REPORT: Minister ...`), not a speaker.
_RUBRIC_LABEL = re.compile(r"\s(?:report|news|exclusive|update)$", re.I)
_CAPTION_AFTER = re.compile(rf"{_PHOTO}\b", re.I)
# A label on a line of its own, which joins the paragraph below it (``joins``).
LABEL_LINE = re.compile(
    rf"^(?:{_HEREINAFTER}|[«\"][^»\"\n]{{2,40}}[»\"]|[{UP}][\w.-]*(?:\s+[{UP}][\w.-]*){{0,3}}"
    rf"|(?:[{UP}][{LO}]+|[{UP}]{{2,}})\s+[{UP}]{{2,}}[{UP}-]*,\s?[^:\n]{{2,60}}|{_MEDIA_LINE}"
    # an Arabic-script name or pseudonym (no capitals to tell it by)
    rf"|[{AR}]+(?:[ \t]+[{AR}]+){{0,2}}):$"
)
# The formal "you" of a Kazakh verb (`білесіз`, `ойлайсыз`), but not `-сыз` after `а`: that is
# the privative in `қамтамасыз` as often.
SECOND_PERSON = re.compile(
    r"\b(?:вы|вас|вам|вами|ваш\w*|you|your|с[іi]з\w*)\b|[еә]с[іi]з\b|йс[ыіi]з\b|"
    # the Kazakh polite possessive `your` (`шағыңыз`, `еңбегіңіз`)
    r"\w[ңn][ыіi]з\b"
    r"|(?:^|[.?!]\s|\bне\s)[а-яё]+(?:ете|ите|етесь|итесь)\b",
    re.I,
)
# A patronymic's ending, in Cyrillic or transliterated (`Parkhatovich`, `Nurlanuly`).
PATRONYMIC_END = "ович|евич|овна|евна|ична|ұлы|қызы|ovich|evich|ovna|evna|ichna|uly|qyzy|kyzy"
# `Уважаемый`, `Құрметті` (dear) before a name or a title, also in the Latin scripts of 2018
# and 2021 (`Qurmetti`, `Qūrmetti`)
DEAR = r"(?i:уважаем\w{1,3}|құрметті|q[uū]rmetti)"
_DEAR_LABEL = re.compile(rf"(?:{DEAR}|(?i:dear))\s")
# An address by title: `Господин Президент,`, `Уважаемый министр,`, `Елші мырза,`, `Mr Ambassador,`
TITLE_ADDRESS = (
    rf"(?:{DEAR}|(?i:господин|госпожа|mr\.?|mrs\.?|ms\.?|madam|dear|your\s+excellency|"
    r"ваше\s+превосходительство))"
    r"(?:\s+[\w-]{1,30}){0,2},\s|[\w-]{1,30}(?:\s+[\w-]{1,30})?\s+(?:мырза|ханым),\s"
)
CLOSERS = "»\"”)'… "
_QEND = re.compile(r"[?؟][?!.…]+$")
_LOST_QUOTE = re.compile(r"(?:^|\s)\?\w[^?]{0,80}\w\?$")
# `– развитие транспорта;` is a list item inside an answer, not a turn.
# A number opens many answers (`- 2023 was a very successful year.`): only a bare figure, with
# no sentence after it (`- 4386`, `- 5 млрд тенге`), is an item. An item ending in `,` or `;`
# is one clause: a paragraph of sentences that ends in a comma is a turn the excerpt cut.
_LIST_ITEM = re.compile(rf"^[{DASHES}]\s*(?:[{LO}]|[0-9][^.?!]*$|[^.?!]*[;,]$)")
# Words that start many paragraphs with a colon or period but never name a speaker.
_NOT_LABELS = frozenset(
    (
        *("напомним", "справка", "например", "итак", "цитата", "кстати", "важно", "внимание"),
        *("источник", "фото", "видео", "подробнее", "примечание", "обновлено", "update"),
        *("note", "editor's note", "p.s.", "ps", "кроме того", "во-первых", "во-вторых"),
        *("в-третьих", "итог", "итоги", "вывод", "выводы", "факт", "факты", "цифры"),
        *("контекст", "астана", "алматы", "москва", "сша", "оон", "нато", "ес", "ссср"),
        *("рк", "рф", "кстати говоря", "справочно", "анықтама", "еске салайық"),
        *("автор", "авторы", "author", "by"),  # a byline, not a speaker
        # a date line's label, its date lost (`Опубликовано:`)
        *("опубликовано", "published", "жарияланды", "posted", "дата", "date"),
        # a rubric above the guest's name (`Interview Series: Mariko TSUNOKAKE`)
        *("interview", "interview series", "exclusive", "интервью", "сұхбат"),
        # an exchange-rate widget (`USD:` above `505.9 / 509.9`)
        *("usd", "eur", "rub", "kzt", "cny", "gbp", "jpy", "chf", "try", "uzs", "kgs"),
    )
)


def _ends_asking(text: str) -> bool:
    """Whether a paragraph ends in a question mark."""
    # `...? (TASS)`: an agency's credit after the question
    text = _QEND.sub("?", _CREDIT.sub("", text).rstrip(CLOSERS))
    # `... так называемый ?Средний коридор?`: quote marks lost as `?`, not a question.
    return text.endswith(("?", "؟")) and not _LOST_QUOTE.search(text)


@dataclass(frozen=True)
class Marked:
    """A paragraph with the turn marker found at its start (if any)."""

    para: Paragraph
    style: str  # "dash" | "qa" | "label" | "num" | "none"
    marker: str | None = None  # as printed, e.g. "– " or "Вопрос: "
    label: str | None = None
    kind: TurnKind | None = None
    content_start: int = 0  # offset in the text where the content after the marker begins
    role_label: bool = False  # `Имя Фамилия, издание «X»:`: a questioner's label

    @property
    def ends_with_question(self) -> bool:
        return _ends_asking(self.para.text)

    @property
    def on_own_line(self) -> bool:
        """Whether the marker is a label on a line of its own (`ВЕДУЩИЙ:` above the text)."""
        return "\n" in (self.marker or "")

    @property
    def dash(self) -> str:
        return (self.marker or "").lstrip('“«"')[:1] if self.style == "dash" else ""


def _marked(p: Paragraph, style: str, m: re.Match[str], *, role_label: bool = False) -> Marked:
    groups = m.groupdict()
    label = (groups.get("label") or groups.get("letter") or groups.get("dotted") or "").strip()
    label = label[:1].upper() + label[1:]  # an alias defined in lower case (`ári qaraı – tilshi`)
    kind = _QA_KIND.get(label.lower()) if style == "qa" and label else None
    end = p.start + m.end()
    return Marked(p, style, p.text[: m.end()], label or None, kind, end, role_label)


def opens_with_dash(text: str) -> bool:
    """Whether the text opens with a turn's dash (`- `, `–Текст`, `“– Dear ...”`)."""
    return _DASH.match(text) is not None


def detect_marker(p: Paragraph) -> Marked:
    """The marker at the start of a paragraph, if any."""
    t = p.text
    for style, pattern in (
        ("qa", _QA),
        ("label", _INITIALS),
        ("label", _INITIAL_SURNAME),
        ("label", _DASH_INITIALS),
        ("label", _DEFINED),
        ("label", _ALIASED),
        ("label", TIMED_LABEL),
        ("dash", _DASH),
    ):
        m = pattern.match(t)
        if m and style == "dash" and _LIST_ITEM.match(t):
            break
        if m:
            return _marked(p, style, m)
    m = _NUMBERED.match(t)
    if m and _ends_asking(t):
        return Marked(p, "num", t[: m.end()], None, None, p.start + m.end())
    if _AGENCY_DATELINE.match(t) or _press_dateline(t):
        return Marked(p, "none", content_start=p.start)
    for pattern in (_ROLE, _MEDIA_LABEL, _CAPS, _COLON, _NAME_PERIOD, _SAYS_LABEL, _SITE_DASH):
        m = pattern.match(t)
        if (
            m
            and m.end() < len(t)
            and m.group("label").strip().lower() not in _NOT_LABELS
            and not _CAPTION.search(m.group("label").strip())
            and not _RUBRIC_LABEL.search(m.group("label").strip())
            and not _CAPTION_AFTER.match(t, m.end())
            and not (pattern is _CAPS and common_first_word(m.group("label")))
            and not (pattern is _COLON and fact_row(m.group("label")))
            # (an outlet's domain keeps its capitals: `EurasiaNet.org:`)
            and (not glued_words(m.group("label")) or _DOMAIN.search(m.group("label")))
            # `Dear Mr. General, how ...`, `Уважаемый господин посол, ...`: an address
            and not _DEAR_LABEL.match(m.group("label"))
            # `Профессор Коллинс: “Шыңжаң – Тибет емес”`: a headline quoting its speaker
            and not _HEADLINE_QUOTE.fullmatch(t, m.end())
        ):
            asker = pattern is _MEDIA_LABEL or (
                pattern is _ROLE and bool(_MEDIA.search(m.group("label")))
            )
            return _marked(p, "label", m, role_label=asker)
    return Marked(p, "none", content_start=p.start)


_DOMAIN = re.compile(rf"\w\.{TLD}$")


# A short quotation that is all a line holds after its speaker's name.
_HEADLINE_QUOTE = re.compile(r"[“«\"][^”»\"\n]{1,120}[”»\"][ \t]*")
