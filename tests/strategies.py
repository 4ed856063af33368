"""Hypothesis strategies shared by the test modules (each helper owns a headed section)."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import strategies as st

# --- raw articles (parser) ---
# A generated interview knows its own turns and speakers, renders itself as a raw article in
# one of the marker styles real articles use, and the parser must give the same turns back.

_WORDS = [
    *("казахстан", "астана", "регион", "политика", "экономика", "развитие", "страна"),
    *("инвестиции", "реформа", "баланс", "партнер", "сотрудничество", "вопрос", "рынок"),
    *("закон", "проект", "решение", "транзит", "энергетика", "граница", "соглашение"),
    *("будущее", "население", "молодежь", "образование", "инфраструктура", "дорога"),
    *("ситуация", "позиция", "диалог", "интерес", "опыт", "рост", "программа"),
]
_FIRST = ["Айдос", "Марат", "Гульнара", "Ерлан", "Динара", "Нурлан", "Асель", "Бауыржан"]
_LAST = ["Сарым", "Шибутов", "Ахметова", "Сагадиев", "Касымова", "Ермеков", "Жумабаев"]
NOISE_LINES = [
    "None",
    "Фото: пресс-служба",
    "23045",
    "4236 рет көрсетілді",
    "https://example.kz/news/123",
    "Время чтения: 3 мин",
    "Поделиться",
    "Ваш браузер не поддерживает HTML5 аудио",
    "Leave a Reply",
]
MARKER_STYLES = [
    *("dash", "dash_mixed", "qa_ru", "qa_en", "caps", "initials", "colon"),
    # Layouts of the real pages (tests/data/raw/LAYOUTS.md): numbered questions with em-dash
    # answers (D11), labels on their own line above a dashed turn (D12), `Имя Фамилия.` labels
    # (D03), a whole interview on one line (D09), unmarked turns addressing the guest (D05).
    *("numbered", "label_line", "name_period", "one_line", "unmarked"),
]
# Styles whose turns are one paragraph each (no room for a second answer paragraph).
_ONE_PARAGRAPH = ("one_line",)
# Styles a single pair cannot show (a lone label or number is not a layout).
_TWO_PAIRS = (
    *("caps", "initials", "colon", "label_line", "name_period", "unmarked", "one_line"),
    "numbered",
)
_DASHES = ["– ", "— ", "- ", "− "]


@dataclass(frozen=True)
class GenTurn:
    """One generated turn: question or answer, and its paragraph texts."""

    question: bool
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class GenInterview:
    """A generated interview and how to render it."""

    interviewee: tuple[str, str]
    turns: tuple[GenTurn, ...]
    style: str
    separator: str
    indent: bool
    noise: tuple[tuple[int, str], ...]  # (position among paragraphs, noise line)
    dashes: tuple[str, ...]
    prefix: bool


@st.composite
def sentences(draw: st.DrawFn, end: str) -> str:
    """A plausible sentence of 3-14 words ending with ``end``."""
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=3, max_size=14))
    text = " ".join(words)
    return text[0].upper() + text[1:] + end


@st.composite
def gen_interviews(draw: st.DrawFn) -> GenInterview:
    """An interview of 1-15 question/answer pairs (2-30 turns) in a random marker style."""
    style = draw(st.sampled_from(MARKER_STYLES))
    pairs = draw(st.integers(min_value=2 if style in _TWO_PAIRS else 1, max_value=15))
    first, last = draw(st.sampled_from(_FIRST)), draw(st.sampled_from(_LAST))
    turns: list[GenTurn] = []
    # No paragraph said twice: a long one printed again is the scraper's copied block (D13).
    said: set[str] = set()

    def fresh(end: str) -> str:
        text = draw(sentences(end).filter(lambda t: t not in said))
        said.add(text)
        return text

    for _ in range(pairs):
        question = fresh("?")
        if style == "unmarked":  # unmarked questions address the guest by name
            question = f"{first}, {question[0].lower()}{question[1:]}"
        turns.append(GenTurn(True, (question,)))
        n = 1 if style in _ONE_PARAGRAPH else draw(st.integers(min_value=1, max_value=3))
        turns.append(GenTurn(False, tuple(fresh(".") for _ in range(n))))
    n_paras = 2 + sum(len(t.paragraphs) for t in turns)
    noise = draw(
        st.lists(
            st.tuples(st.integers(min_value=0, max_value=n_paras), st.sampled_from(NOISE_LINES)),
            max_size=4,
        )
    )
    return GenInterview(
        interviewee=(first, last),
        turns=tuple(turns),
        style=style,
        separator=draw(st.sampled_from(["\n", "\n\n", "\n\n\n"])),
        indent=draw(st.booleans()) and style != "one_line",
        noise=tuple(sorted(noise)) if style != "one_line" else (),
        dashes=tuple(draw(st.sampled_from(_DASHES)) for _ in turns),
        prefix=draw(st.booleans()),
    )


def interview_labels(gen: GenInterview) -> tuple[str | None, str | None]:
    """The transcript labels (interviewer, interviewee) a rendered interview uses."""
    first, last = gen.interviewee
    return {
        "qa_ru": ("Вопрос", "Ответ"),
        "qa_en": ("Q", "A"),
        "caps": ("«ГАЗЕТА»", f"{first} {last.upper()}"),
        "initials": (None, f"{first[0]}.{last[0]}."),
        "colon": ("Корреспондент", f"{first[0]}.{last}"),
        "label_line": ('"Ветер степи"', f"{first} {last}"),
        "name_period": ("Марина Ковальчук", f"{first} {last}"),
    }.get(gen.style, (None, None))


def _marker(gen: GenInterview, i: int, turn: GenTurn) -> str:
    q_label, a_label = interview_labels(gen)
    if gen.style == "dash":
        return gen.dashes[0]
    if gen.style == "dash_mixed":
        return gen.dashes[i]
    if gen.style in ("qa_ru", "qa_en", "colon"):
        return f"{q_label if turn.question else a_label}: "
    if gen.style in ("caps", "name_period"):
        return f"{q_label if turn.question else a_label}. "
    if gen.style == "label_line":
        return f"{q_label if turn.question else a_label}:\n- "
    if gen.style == "numbered":
        return f"{i // 2 + 1}. " if turn.question else "— "
    if gen.style == "unmarked":
        return ""
    if gen.style == "one_line":
        return "- " if turn.question else "— "
    return gen.dashes[i] if turn.question else f"{a_label} – "  # initials


def render_interview(gen: GenInterview) -> str:
    """The raw article text of a generated interview."""
    first, last = gen.interviewee
    paras = [
        "Эксперт рассказал о внешней политике и экономике Казахстана.",
        f"Об этом в беседе с корреспондентом Zakon.kz рассказал политолог {first} {last}.",
    ]
    for i, turn in enumerate(gen.turns):
        paras.append(_marker(gen, i, turn) + turn.paragraphs[0])
        paras.extend(turn.paragraphs[1:])
    if gen.style == "one_line":  # every turn on one line, markers inline
        paras[2:] = [" ".join(paras[2:])]
    for pos, line in reversed(gen.noise):
        paras.insert(pos, line)
    if gen.indent:
        paras = ["    " + p for p in paras]
    text = gen.separator.join(paras)
    return (" date 2025-03-01 " + text.lstrip()) if gen.prefix else text


# Text that looks like raw articles: markers, separators, entities, noise, any Unicode.
_RAW_PIECES = [
    *'–—−-?.:«»"\n\r \t&;#',
    "&mdash;",
    "& nbsp;",
    "&amp;amp;",
    "\u200b",
    "\ufeff",
    "Вопрос: ",
    "Q: ",
    "И.П. – ",
    " date 2025-01-01 ",
    " date 2025-02-30 ",
    "None",
    "ГАЗЕТА. ",
    "2 декабря 2022 г.",
    "Фото: ТАСС",
]
_RAW_PIECE = st.one_of(st.sampled_from(_RAW_PIECES), st.text(max_size=8))
raw_texts = st.lists(_RAW_PIECE, max_size=60).map("".join)


# --- tokenisation (nlp.ner) ---
# Text dense in what razdel's rules read across chunks: dashes, underscores, points, commas and
# slashes beside numbers, words in both scripts, Kazakh letters (razdel's "other" atoms),
# smileys, "yahoo!", and every kind of space.
_TOKEN_PIECES = [
    *("12", "3", "слово", "Астана", "yahoo", "ABC", "қазақ", "Ә", "ΔP", "_", "...", "?!"),
    *("ё", "Ё", "\u0130", "\u0131", "\u212a", "\u017f", "ª", "\u0301", "!", ":", ";", "?", "№"),
    *("-", "–", "—", "‑", "−", ".", ",", "/", "\\", ":)", ";-(", "**", "--", "«", "»", "(", ")"),
    *(" ", " ", "\n", "\t", "\u00a0", "\u2009"),
]
token_texts = st.lists(
    st.one_of(st.sampled_from(_TOKEN_PIECES), st.text(max_size=3)), max_size=40
).map("".join)

# --- record model ---
# Valid, internally consistent records: the text is built from random paragraphs and every span
# is taken from real offsets, so the cross-record validators must accept every example.

import datetime as dt  # noqa: E402

from kzpolicy_data import codes  # noqa: E402
from kzpolicy_data import records as m  # noqa: E402

_TEXT = (
    st.text(
        alphabet=st.sampled_from(
            list(
                "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГ"
                + "ӘҒҚҢӨҰҮҺІәғқңөұүһі abcXYZ0123456789.,?!«»–—-\"'"
            )
        ),
        min_size=1,
        max_size=60,
    )
    .map(str.strip)
    .filter(bool)
)
_OPT_TEXT = st.none() | _TEXT
_RID = st.from_regex(r"[a-z0-9][a-z0-9_-]{0,20}", fullmatch=True)
_DATES = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31))
_URLS = st.sampled_from(["https://zakon.kz/a/1", "http://example.kz/x?y=1", "https://t.me/s"])
_QIDS = st.none() | st.integers(1, 10**8).map(lambda n: f"Q{n}")
_SHA = st.binary(min_size=8, max_size=8).map(lambda b: "sha256:" + (b.hex() * 4))
_COUNTRIES = st.sampled_from(["KAZ", "AZE", "RUS", "CHN", "USA", "IRN", "ISR", "ARE", "SAU"])
_ACTOR_CODES = _COUNTRIES | st.sampled_from(list(codes.ACTOR_GROUP_CODES))


def _enum(enum: type) -> st.SearchStrategy:  # type: ignore[type-arg]
    return st.sampled_from(list(enum))


def tools() -> st.SearchStrategy[m.Tool]:
    return st.builds(m.Tool, name=_TEXT, version=_TEXT)


def provenances(rid: str) -> st.SearchStrategy[m.Provenance]:
    return st.builds(
        m.Provenance,
        raw_file=st.just(f"{rid}.txt"),
        raw_sha256=_SHA,
        curation_file=st.none() | st.just(f"{rid}.yaml"),
        curation_sha256=st.none() | _SHA,
        parser=tools(),
    )


def metadatas(published: dt.date | None) -> st.SearchStrategy[m.Metadata]:
    return st.builds(
        m.Metadata,
        date_published=st.just(published),
        date_source=_enum(codes.DateSource),
        publisher=st.none() | st.builds(m.Publisher, name=_TEXT, url=st.none() | _URLS),
        url=st.none() | _URLS,
        headline=_OPT_TEXT,
        authors=st.lists(_TEXT, max_size=2),
        in_language=_enum(codes.Language),
        genre=_enum(codes.Genre),
        text_license=_OPT_TEXT,
        curated=st.lists(st.sampled_from(["url", "headline", "publisher"]), max_size=2),
    )


def _span(text: str, start: int, end: int) -> m.Span:
    return m.Span(start=start, end=end)


@st.composite
def records(draw: st.DrawFn) -> m.Record:
    """A valid record with every field set (lists may be empty, optionals may be null)."""
    rid = draw(_RID)
    paragraphs = draw(st.lists(_TEXT, min_size=1, max_size=8))
    text = "\n\n".join(paragraphs)
    offsets, pos = [], 0
    for p in paragraphs:
        offsets.append((pos, pos + len(p)))
        pos += len(p) + 2
    published = draw(st.none() | _DATES)

    n_speakers = draw(st.integers(0, 3))
    speakers = [
        m.Speaker(
            id=f"s{i + 1}",
            name=draw(_OPT_TEXT),
            name_as_printed=draw(_OPT_TEXT),
            label=draw(_OPT_TEXT),
            interview_role=draw(_enum(codes.InterviewRole)),
            position=draw(_OPT_TEXT),
            affiliations=draw(
                st.lists(
                    st.builds(
                        m.Affiliation,
                        org_name=_OPT_TEXT,
                        country=st.none() | _COUNTRIES,
                        role=_OPT_TEXT,
                    ),
                    max_size=2,
                )
            ),
            wikidata_qid=draw(_QIDS),
            curated=draw(st.lists(st.sampled_from(["name", "position"]), max_size=1)),
        )
        for i in range(n_speakers)
    ]
    speaker_ids = [s.id for s in speakers]

    # Each paragraph is either a turn (possibly with a one-character marker) or a segment.
    turns: list[m.Turn] = []
    segments: list[m.Segment] = []
    for start, end in offsets:
        if draw(st.booleans()):
            marked = end - start > 1 and draw(st.booleans())
            content = _span(text, start + 1 if marked else start, end)
            turns.append(
                m.Turn(
                    id=f"t{len(turns) + 1}",
                    n=len(turns) + 1,
                    speaker_id=draw(st.none() | st.sampled_from(speaker_ids))
                    if speaker_ids
                    else None,
                    kind=draw(_enum(codes.TurnKind)),
                    reply_to=draw(st.none() | st.sampled_from([t.id for t in turns]))
                    if turns
                    else None,
                    marker=text[start] if marked else None,
                    span=_span(text, start, end),
                    paragraphs=[content],
                )
            )
        else:
            segments.append(
                m.Segment(kind=draw(_enum(codes.SegmentKind)), span=_span(text, start, end))
            )

    mentions = []
    for i in range(draw(st.integers(0, 3))):
        start, end = draw(st.sampled_from(offsets))
        a = draw(st.integers(start, end - 1))
        b = draw(st.integers(a + 1, end))
        mentions.append(
            m.Mention(
                id=f"m{i + 1}",
                type=draw(_enum(codes.EntityType)),
                span=_span(text, a, b),
                name=draw(_TEXT),
                code=draw(st.none() | _ACTOR_CODES),
                wikidata_qid=draw(_QIDS),
            )
        )
    mention_ids = [x.id for x in mentions]

    def actors() -> list[m.Actor]:
        return draw(
            st.lists(
                st.builds(
                    m.Actor,
                    code=_ACTOR_CODES,
                    sector=st.none() | _enum(codes.Sector),
                    name=_OPT_TEXT,
                    actor_text=_OPT_TEXT,
                    wikidata_qid=_QIDS,
                    mention_id=(st.none() | st.sampled_from(mention_ids))
                    if mention_ids
                    else st.none(),
                ),
                max_size=2,
            )
        )

    events = []
    for i in range(draw(st.integers(0, 3))):
        modality = draw(_enum(codes.Modality))
        lo = draw(st.none() | _DATES)
        hi = draw(st.none() | _DATES)
        if lo and hi and lo > hi:
            lo, hi = hi, lo
        if published and modality != codes.Modality.FUTURE and lo and lo > published:
            lo = published
            hi = max(hi, lo) if hi else None
        turn = draw(st.none() | st.sampled_from(turns)) if turns else None
        where = (turn.span.start, turn.span.end) if turn else draw(st.sampled_from(offsets))
        events.append(
            m.Event(
                id=f"e{i + 1}",
                event_type=draw(_enum(codes.EventType)),
                mode=draw(st.none() | st.from_regex(r"[a-z_]{1,12}", fullmatch=True)),
                modality=modality,
                context=draw(st.lists(_enum(codes.Context), max_size=2, unique=True)),
                cameo_code=draw(st.none() | st.from_regex(r"[0-9]{2,4}", fullmatch=True)),
                source=actors(),
                recipient=actors(),
                date=m.EventDate(
                    text=draw(_OPT_TEXT),
                    edtf=draw(_OPT_TEXT),
                    not_before=lo,
                    not_after=hi,
                    resolution=draw(_enum(codes.DateResolution)),
                ),
                evidence=[m.Evidence(turn_id=turn.id if turn else None, span=_span(text, *where))],
                attributed_to=draw(st.none() | st.sampled_from(speaker_ids))
                if speaker_ids
                else None,
                confidence=draw(st.floats(0, 1)),
                coder=m.Coder(name=draw(_TEXT), version=draw(_TEXT)),
                catalogue_id=draw(
                    st.none() | st.from_regex(r"kzp-ev-[a-z0-9]{3,10}", fullmatch=True)
                ),
                summary=draw(_OPT_TEXT),
            )
        )
    flags = draw(
        st.lists(
            st.builds(
                m.Flag, code=st.from_regex(r"[a-z][a-z0-9_]{0,10}", fullmatch=True), message=_TEXT
            ),
            max_size=2,
        )
    )
    return m.Record(
        id=rid,
        provenance=draw(provenances(rid)),
        metadata=draw(metadatas(published)),
        text=text,
        segments=segments,
        speakers=speakers,
        turns=turns,
        mentions=mentions,
        events=events,
        flags=flags,
    )


# --- Kazakh names (nlp.kazakh) ---
# Kazakh-like names built from syllables, so that every stem-final sound (vowel, nasal, liquid,
# voiced, voiceless) and both vowel harmonies occur; patronymics take the possessive `н`.

_KK_ONSETS = ["", "б", "ж", "қ", "т", "с", "н", "м", "л", "р", "ш", "ғ", "д", "к", "г", "з"]
_KK_VOWELS_BACK = ["а", "ы", "ұ", "о"]
_KK_VOWELS_FRONT = ["ә", "е", "і", "ү", "ө"]
_KK_CODAS = ["", "н", "м", "ң", "л", "р", "й", "з", "ж", "т", "с", "қ", "к", "п", "в", "т"]


@st.composite
def kazakh_surnames(draw: st.DrawFn) -> str:
    """A capitalised Kazakh-like surname (`Бекмұратова`, `Нұртаза`, `Сапарбекұлы`)."""
    vowels = draw(st.sampled_from([_KK_VOWELS_BACK, _KK_VOWELS_FRONT]))
    syllables = draw(
        st.lists(
            st.tuples(
                st.sampled_from(_KK_ONSETS), st.sampled_from(vowels), st.sampled_from(_KK_CODAS)
            ),
            min_size=2,
            max_size=4,
        )
    )
    stem = "".join(o + v + c for o, v, c in syllables)
    if len(stem) < 4:  # real surnames are longer than any suffix
        stem += "бек"
    ending = draw(st.sampled_from(["", "", "ов", "ова", "ев", "ұлы", "қызы", "улы"]))
    word = stem + ending
    return word[:1].upper() + word[1:]


@st.composite
def kazakh_names(draw: st.DrawFn) -> str:
    """`First Surname`, in title case or capitals."""
    first = draw(st.sampled_from(["Әлия", "Нұрлан", "Гүлнар", "Қайрат", "Абзал", "Самат"]))
    name = f"{first} {draw(kazakh_surnames())}"
    return name.upper() if draw(st.booleans()) else name


# --- printed dates (source/dates.py) ---
# A date printed the ways real headers print it: numeric with dots or hyphens, a month name, a
# Russian or Kazakh abbreviation with or without its period.

_RU_ABBR = ["янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"]
_KK_ABBR = ["қаң", "ақп", "нау", "сәу", "мам", "мау", "шіл", "там", "қыр", "қаз", "қар", "жел"]


@st.composite
def printed_dates(draw: st.DrawFn) -> tuple[str, dt.date]:
    """``(text, date)``: a date and one printed form of it that is not ambiguous."""
    day = draw(st.dates(min_value=dt.date(1991, 1, 1), max_value=dt.date(2030, 12, 31)))
    forms = [
        f"{day.day:02d}.{day.month:02d}.{day.year}",
        f"{day.day:02d}-{day.month:02d}-{day.year}",
        f"{day.isoformat()}",
    ]
    ru = _RU_ABBR[day.month - 1]
    if ru not in ("мар", "мая", "июн", "июл"):  # whole or English-like words: not abbreviations
        forms.append(f"{ru.capitalize()}. {day.day}, {day.year}")
    kk = _KK_ABBR[day.month - 1]
    if kk not in ("мау", "қаз"):  # ambiguous on real pages (June or May; `Қазақстан`)
        forms.append(f"{day.day} {kk}. {day.year}")
    return draw(st.sampled_from(forms)), day


# --- an official's words (events/attribution, headlines, assessments) ---
# Speakers, contents and joints as headlines and leads print them, mixed with noise, so that
# the frames meet both their own shapes and near misses.
_SPEAKERS = [
    "Посол КНР",
    "Жапония елшісі",
    "Kazakhstan's Foreign Minister",
    "Токаев",
    "Tokayev",
    "Азаттык",
    "RIYADH",
    "Политолог Иванов",
    "Ambassador of Kazakhstan to India",
    "envoy to Seoul",
    "Тоқаевтың Кореяға іссапары, мигранттар мәселесі",
]
_CONTENTS = [
    "Казахстан и Россия – стратегические партнеры",
    "Kazakhstan's role is growing in Tokyo",
    "Relations between Kazakhstan and Latvia develop dynamically",
    "Мы не просто соседи",
    "Токаев посетит Россию с визитом",
    "Qazaqstan men Qytai",
    "Отношения между нашими странами",
    "?",
    "",
]
_JOINTS = [": ", ": «", " - ", " — ", ", says ", ", — заявил ", ", — деді ", " ", "\n"]
# Printable noise: a control character (a NUL) makes the file no text at all, a RawFileError.
_PRINTABLE = st.characters(blacklist_categories=("Cc", "Cs"))


@st.composite
def quoted_words(draw: st.DrawFn) -> str:
    """A line that may quote an official: a speaker and a content joined either way round,
    with noise around them."""
    speaker = draw(st.sampled_from(_SPEAKERS))
    content = draw(
        st.one_of(st.sampled_from(_CONTENTS), st.text(_PRINTABLE, min_size=1, max_size=12))
    )
    joint = draw(st.sampled_from(_JOINTS))
    pair = [speaker, joint, content] if draw(st.booleans()) else [content, joint, speaker]
    noise = draw(st.lists(st.text(_PRINTABLE, max_size=4), max_size=2))
    return "".join([*noise[:1], *pair, *noise[1:]])
