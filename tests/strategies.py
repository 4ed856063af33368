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
MARKER_STYLES = ["dash", "dash_mixed", "qa_ru", "qa_en", "caps", "initials", "colon"]
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
    pairs = draw(st.integers(min_value=2 if style in ("caps", "initials", "colon") else 1,
                             max_value=15))  # fmt: skip
    turns: list[GenTurn] = []
    for _ in range(pairs):
        turns.append(GenTurn(True, (draw(sentences("?")),)))
        n = draw(st.integers(min_value=1, max_value=3))
        turns.append(GenTurn(False, tuple(draw(sentences(".")) for _ in range(n))))
    n_paras = 2 + sum(len(t.paragraphs) for t in turns)
    noise = draw(
        st.lists(
            st.tuples(st.integers(min_value=0, max_value=n_paras), st.sampled_from(NOISE_LINES)),
            max_size=4,
        )
    )
    return GenInterview(
        interviewee=(draw(st.sampled_from(_FIRST)), draw(st.sampled_from(_LAST))),
        turns=tuple(turns),
        style=style,
        separator=draw(st.sampled_from(["\n", "\n\n", "\n\n\n"])),
        indent=draw(st.booleans()),
        noise=tuple(sorted(noise)),
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
    }.get(gen.style, (None, None))


def _marker(gen: GenInterview, i: int, turn: GenTurn) -> str:
    q_label, a_label = interview_labels(gen)
    if gen.style == "dash":
        return gen.dashes[0]
    if gen.style == "dash_mixed":
        return gen.dashes[i]
    if gen.style in ("qa_ru", "qa_en", "colon"):
        return f"{q_label if turn.question else a_label}: "
    if gen.style == "caps":
        return f"{q_label if turn.question else a_label}. "
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
