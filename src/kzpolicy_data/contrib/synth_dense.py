"""Dense synth (`synth --dense`): seeded synthetic raw articles for stress tests.

Articles come in the variants the parser supports (see RAW_FORMAT.md): the ` date ` prefix, a
header date or none; dash markers of all four kinds, mixed; `Вопрос:`/`Ответ:`, `Q:`/`A:` and
initials labels; unmarked questions; noise lines (captions, counters, URLs, `None`, widgets);
blank-line, single-newline and indented layouts; Russian, Kazakh and English; and news reports
with dash-led quotes, which must not become interviews. Sizes range from about 2 to 40 KB.
Its text is made of policy words, so it is far denser in mentions and events than real articles
(about 40 events a record): use :mod:`.synth` for realistic benchmarks.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass

__all__ = ["SynthArticle", "dense_article"]

_WORDS = {
    "ru": (
        "Казахстан Астана регион политика экономика развитие страна инвестиции реформа баланс "
        "партнер сотрудничество решение транзит энергетика граница соглашение будущее диалог "
        "интерес опыт рост программа безопасность торговля маршрут парламент закон проект"
    ).split(),
    "kk": (
        "Қазақстан Астана аймақ саясат экономика даму ел инвестиция реформа тепе-теңдік "
        "серіктес ынтымақтастық шешім транзит энергетика шекара келісім болашақ диалог "
        "мүдде тәжірибе өсу бағдарлама қауіпсіздік сауда жол парламент заң жоба"
    ).split(),
    "en": (
        "Kazakhstan Astana region policy economy development country investment reform "
        "balance partner cooperation decision transit energy border agreement future dialogue "
        "interest experience growth programme security trade route parliament law project"
    ).split(),
}
_NAMES = {
    "ru": [("Айдос", "Сарым"), ("Марат", "Шибутов"), ("Гульнара", "Ахметова"), ("Ерлан", "Карин")],
    "kk": [
        ("Айдос", "Сарым"),
        ("Динара", "Касымова"),
        ("Нурлан", "Ермеков"),
        ("Асель", "Жумабаева"),
    ],
    "en": [("John", "Smith"), ("Anna", "Brown"), ("Daniel", "Kim"), ("Laura", "Meyer")],
}
_NOISE = [
    "None",
    "Фото: пресс-служба",
    "23045",
    "4236 рет көрсетілді",
    "https://example.kz/n/123",
    "Время чтения: 3 мин",
    "Ваш браузер не поддерживает HTML5 аудио",
    "Leave a Reply",
]
_MONTHS = {"ru": "марта", "kk": "наурыз", "en": "March"}
_DASHES = ["– ", "— ", "- ", "− "]
_STYLES = ["dash", "dash_mixed", "labels", "initials", "plain_questions", "one_line", "news"]


@dataclass(frozen=True)
class SynthArticle:
    """A generated article: its file name, raw bytes and what it should parse to."""

    name: str
    data: bytes
    language: str
    style: str
    turns: int


def _sentence(rng: random.Random, lang: str, end: str = ".") -> str:
    words = rng.choices(_WORDS[lang], k=rng.randint(6, 16))
    return " ".join(words).capitalize() + end


def _paragraph(rng: random.Random, lang: str, end: str = ".") -> str:
    return " ".join(_sentence(rng, lang) for _ in range(rng.randint(1, 4)))[:-1] + end


def dense_article(seed: int, index: int) -> SynthArticle:
    """The ``index``-th article of the corpus generated from ``seed`` (pure function)."""
    rng = random.Random(f"{seed}:{index}")
    lang = rng.choices(["ru", "kk", "en"], weights=[7, 2, 1])[0]
    style = rng.choice(_STYLES)
    first, last = rng.choice(_NAMES[lang])
    n_turns = 0 if style == "news" else 2 * rng.randint(1, 12) if style != "one_line" else 2
    # Target size in characters: Cyrillic takes two bytes, so files land between 2 and 40 KB.
    target = rng.randint(2_000, 40_000) // (1 if lang == "en" else 2)
    paras: list[str] = []
    day = rng.randint(1, 28)
    header = rng.random()
    prefix = f" date 2025-03-{day:02d} " if header < 0.6 else ""
    if 0.6 <= header < 0.85:
        paras.append(f"{day} {_MONTHS[lang]} 2025")
    paras.append(_paragraph(rng, lang))  # lead
    paras += rng.sample(_NOISE, k=rng.randint(0, 3))
    paras.append(f"{_paragraph(rng, lang)} {first} {last}.")  # intro
    if style == "one_line":
        # lead, question and answer on one line, with inline dash markers
        q, a = _paragraph(rng, lang, "?"), _paragraph(rng, lang)
        paras = [f"{_paragraph(rng, lang)} – {q} – {a}"]
    elif style == "news":
        while sum(map(len, paras)) < target:
            paras.append(_paragraph(rng, lang))
            if rng.random() < 0.3:
                paras.append(f"– {_paragraph(rng, lang)}, – сказал {last}.")
    else:
        dash = rng.choice(_DASHES)
        for t in range(n_turns):
            question = t % 2 == 0
            text = _paragraph(rng, lang, "?" if question else ".")
            if style == "labels":
                marker = (
                    ("Вопрос: " if question else "Ответ: ")
                    if lang != "en"
                    else ("Q: " if question else "A: ")
                )
            elif style == "initials":
                marker = dash if question else f"{first[0]}.{last[0]}. – "
            elif style == "plain_questions":
                marker = "" if question else dash
            else:
                marker = rng.choice(_DASHES) if style == "dash_mixed" else dash
            paras.append(marker + text)
            if not question:
                budget = max(0, target - sum(map(len, paras))) // max(1, n_turns - t)
                while budget > 0:
                    extra = _paragraph(rng, lang)
                    paras.append(extra)
                    budget -= len(extra)
    layout = rng.choice(["\n\n", "\n", "\n\n\n", "\n\n    "])
    body = prefix + layout.join(paras) + ("\n" if rng.random() < 0.8 else "")
    data = body.encode("utf-8")
    digest = hashlib.sha256(f"synth:{seed}:{index}".encode()).hexdigest()[:16]
    return SynthArticle(f"{index:06d}_{digest}.txt", data, lang, style, n_turns)
