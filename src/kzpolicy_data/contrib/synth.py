"""Synth: seeded synthetic raw articles calibrated to real ones, for benchmarks and tests.

The figures it is calibrated to (real against synthetic, in BENCHMARKS.md) come from the seed
article (``raw/000_*``: 4,300 characters, 14 paragraphs, 8 turns, 55 mentions, 9 events) and the
40 real pages described in REAL_LAYOUTS.md: 25 ru / 9 kk / 6 en; 28 interviews, 12 news; 8 with
the ` date ` prefix; blank-line (23), single-newline (14), one-line and indented layouts; chrome,
credit and counter lines; turn markers in the proportions seen (en dash 7, colon labels 6,
hyphen 3, em dash 2, unmarked questions 2, initials 1, one line 1); and 0-3 events in each
1-2k-character excerpt. Text is mostly neutral sentences; sentences naming actors and sentences
with event triggers are mixed in at the rates that give the seed's densities (about 12 mentions
and 2 events per 1,000 characters). ``dense=True`` gives the older generator, whose text is made
of policy words only (about 40 events an article), for stress tests.
"""

from __future__ import annotations

import hashlib
import math
import random
from pathlib import Path

from .synth_dense import SynthArticle, dense_article

__all__ = ["SynthArticle", "synth_article", "write_corpus"]

# Neutral sentences: subject + verb + object + adverbial, none of them a trigger or an actor.
_NEUTRAL = {
    "ru": (
        "Эксперт|Автор доклада|Местный житель|Этот подход|Наша команда|Молодое поколение|"
        "Большинство специалистов|Каждый район|Рынок труда|Система образования|Бизнес|Общество",
        "обсуждает|описывает|меняет|учитывает|показывает|объясняет|формирует|определяет|"
        "оценивает|замечает",
        "новые правила|долгосрочные планы|текущую ситуацию|интересы граждан|структуру расходов|"
        "качество жизни|городскую среду|цифровые услуги|работу школ|спрос на жилье|"
        "настроения людей|цены на продукты",
        "в последние годы|уже сейчас|без лишнего шума|на местах|в ближайшей перспективе|"
        "шаг за шагом|с учетом опыта|каждый день|довольно спокойно|по-своему",
    ),
    "kk": (
        "Сарапшы|Баяндама авторы|Жергілікті тұрғын|Бұл тәсіл|Біздің топ|Жас ұрпақ|"
        "Көптеген мамандар|Әр аудан|Еңбек нарығы|Білім жүйесі|Бизнес|Қоғам",
        "талқылайды|сипаттайды|өзгертеді|ескереді|көрсетеді|түсіндіреді|қалыптастырады|"
        "анықтайды|бағалайды",
        "жаңа ережелерді|ұзақ мерзімді жоспарларды|қазіргі жағдайды|азаматтардың мүддесін|"
        "шығындар құрылымын|өмір сапасын|қала ортасын|цифрлық қызметтерді|мектептердің жұмысын|"
        "баспанаға сұранысты",
        "соңғы жылдары|қазірдің өзінде|жергілікті жерде|жақын болашақта|біртіндеп|"
        "тәжірибені ескере отырып|күн сайын|өз жолымен",
    ),
    "en": (
        "The expert|The author of the report|A local resident|This approach|Our team|"
        "The younger generation|Most specialists|Every district|The labour market|"
        "The education system|Business|Society",
        "discusses|describes|changes|takes into account|shows|explains|shapes|defines|"
        "assesses|notices",
        "the new rules|long-term plans|the current situation|the interests of citizens|"
        "the structure of spending|the quality of life|the urban environment|digital services|"
        "the work of schools|demand for housing",
        "in recent years|already|quietly|on the ground|in the near future|step by step|"
        "with experience in mind|every day|in its own way",
    ),
}
# Sentences naming people, places and organisations (mentions, no event trigger).
_NAMED = {
    "ru": [
        "Об этом говорит и опыт {city}, где живет {person}.",
        "{person} напомнил, что {city} давно стал центром для всего региона.",
        "В {org} такой подход называют разумным.",
        "Похожие процессы заметны в {country}, отмечает {person}.",
        "Жители {city} и {city2} видят это по-разному.",
    ],
    "kk": [
        "Бұл туралы {city} тұрғыны {person} айтады.",
        "{person} сөзінше, {city} өңірдің орталығына айналды.",
        "{org} мұндай тәсілді дұрыс деп санайды.",
        "{city} мен {city2} тұрғындары мұны әртүрлі көреді.",
    ],
    "en": [
        "{person} points to the experience of {city}.",
        "According to {person}, {city} has long been a hub for the whole region.",
        "At {org}, this approach is seen as sensible.",
        "Residents of {city} and {city2} see it differently.",
    ],
}
_PEOPLE = {
    "ru": ["Ерлан Карин", "Марат Шибутов", "Гульнара Ахметова", "Досым Сатпаев", "Айгуль Омарова"],
    "kk": ["Ерлан Қарин", "Динара Қасымова", "Нұрлан Ермеков", "Әсел Жұмабаева"],
    "en": ["John Smith", "Anna Brown", "Daniel Kim", "Laura Meyer", "Aliya Nurlanova"],
}
_CITIES = {
    "ru": ["Алматы", "Шымкента", "Караганды", "Актау", "Павлодара", "Ташкента", "Бишкека"],
    "kk": ["Алматы", "Шымкент", "Қарағанды", "Ақтау", "Павлодар", "Ташкент"],
    "en": ["Almaty", "Shymkent", "Karaganda", "Aktau", "Pavlodar", "Tashkent", "Bishkek"],
}
_ORGS = {
    "ru": ["Национальном банке", "Министерстве энергетики", "ЕАЭС", "ООН", "Евразийском банке"],
    "kk": ["Ұлттық банк", "Энергетика министрлігі", "ЕАЭО", "БҰҰ"],
    "en": ["the National Bank", "the Ministry of Energy", "the EAEU", "the UN", "the World Bank"],
}
_COUNTRIES = {"ru": ["Узбекистане", "Кыргызстане", "Китае", "Турции"], "kk": [], "en": []}
# Sentences with one PLOVER trigger and its actors.
_EVENTS = {
    "ru": [
        "Казахстан и Китай подписали соглашение о развитии транзита.",
        "Астана поддержала инициативу Узбекистана по водным ресурсам.",
        "МИД РК осудил нападение на гражданские объекты.",
        "Токаев провел телефонный разговор с Путиным.",
        "В стране прошел референдум о поправках в Конституцию.",
        "Россия и Казахстан расширяют сотрудничество в энергетике.",
        "Правительство выделило помощь пострадавшим районам.",
        "Депутаты мажилиса потребовали отчета министерства.",
        "Евросоюз ввел санкции против ряда компаний.",
        "Президент совершил визит в Пекин.",
        "Генпрокуратура начала расследование закупок.",
        "Осенью пройдут выборы в местные маслихаты.",
    ],
    "kk": [
        "Қазақстан мен Қытай транзит туралы келісім жасасты.",
        "Тоқаев Ресей президентімен келіссөз жүргізді.",
        "Үкімет су басқан аудандарға көмек бөлді.",
        "Ел бойынша сайлау өтті.",
        "Астана бұл бастаманы қолдау білдірді.",
        "Қазақстан мен Өзбекстан арасындағы ынтымақтастық кеңейіп келеді.",
        "Президент Бейжіңге сапар жасады.",
    ],
    "en": [
        "Kazakhstan and China signed an agreement on transit.",
        "Tokayev held talks with the Uzbek president in Astana.",
        "The government announced aid for the flooded districts.",
        "Astana welcomed the initiative of Uzbekistan.",
        "The referendum on constitutional amendments took place in June.",
        "The ministry criticized the delays at the border.",
        "Russia and Kazakhstan expanded cooperation in energy.",
    ],
}
# The same event in two sentences is one event (the extractor merges them), so most event
# sentences pair two of these states: distinct events, as in a real article.
_PAIRED = {
    "ru": [
        "{a} и {b} подписали соглашение о развитии транзита.",
        "{a} и {b} провели переговоры о торговле.",
        "{a} поддержала инициативу, которую выдвинула {b}.",
        "{a} осудила действия, которые предприняла {b}.",
    ],
    "kk": [
        "{a} мен {b} транзит туралы келісім жасасты.",
        "{a} мен {b} сауда туралы келіссөз жүргізді.",
    ],
    "en": [
        "{a} and {b} signed an agreement on transit.",
        "{a} and {b} held talks on trade.",
        "{a} condemned the actions of {b}.",
    ],
}
_STATES = {
    "ru": ["Казахстан", "Китай", "Россия", "Узбекистан", "Турция", "Кыргызстан", "Азербайджан"],
    "kk": ["Қазақстан", "Қытай", "Ресей", "Өзбекстан", "Түркия", "Қырғызстан"],
    "en": ["Kazakhstan", "China", "Russia", "Uzbekistan", "Turkey", "Kyrgyzstan", "Azerbaijan"],
}
_P_EVENT, _P_NAMED = 0.15, 0.35  # per sentence; calibrated (see BENCHMARKS.md)
_CHROME = [
    "Мы в Telegram",
    "$ 498.51  522.84  4.81",
    "+7 C Астана",
    "РУС",
    "18+",
    "Header Banner",
]
_CREDITS = ["Фото: пресс-служба", "Коллаж Ulysmedia", "Фото из открытых источников", "None"]
_COUNTERS = ["318", "4236 рет көрсетілді", "Просмотров: 1,229"]
_MONTHS = {"ru": "марта", "kk": "наурыз", "en": "March"}
_CUES = {
    "ru": "рассказал в интервью нашему изданию",
    "kk": "тілшісіне сұхбат берді",
    "en": "said in an interview with our correspondent",
}
_SAID = {"ru": "отметил", "kk": "деді", "en": "said"}
_LABELS = {"ru": ("Вопрос: ", "Ответ: "), "kk": ("Сұрақ: ", "Жауап: "), "en": ("Q: ", "A: ")}
# Layout families and their weights among the 40 real pages (REAL_LAYOUTS.md).
_STYLES = {
    "en_dash": 7,
    "labels": 6,
    "hyphen": 3,
    "em_dash": 2,
    "plain_questions": 2,
    "initials": 1,
    "one_line": 1,
    "news_quotes": 3,
    "news": 9,
}
_MARKERS = {"en_dash": "– ", "hyphen": "- ", "em_dash": "— "}


def _pick(rng: random.Random, options: str) -> str:
    return rng.choice(options.split("|"))


def _sentence(rng: random.Random, lang: str) -> str:
    roll = rng.random()
    if roll < _P_EVENT:
        if rng.random() < 0.3:
            return rng.choice(_EVENTS[lang])
        a, b = rng.sample(_STATES[lang], 2)
        return rng.choice(_PAIRED[lang]).format(a=a, b=b)
    if roll < _P_EVENT + _P_NAMED:
        cities = rng.sample(_CITIES[lang], 2)
        return rng.choice(_NAMED[lang]).format(
            person=rng.choice(_PEOPLE[lang]),
            city=cities[0],
            city2=cities[1],
            org=rng.choice(_ORGS[lang]),
            country=rng.choice(_COUNTRIES[lang] or _CITIES[lang]),
        )
    subject, verb, obj, tail = (_pick(rng, part) for part in _NEUTRAL[lang])
    return f"{subject} {verb} {obj} {tail}."


def _paragraph(rng: random.Random, lang: str, low: int = 3, high: int = 7) -> str:
    return " ".join(_sentence(rng, lang) for _ in range(rng.randint(low, high)))


def _question(rng: random.Random, lang: str) -> str:
    you = {"ru": "Как вы оцениваете", "kk": "Сіз қалай бағалайсыз", "en": "How do you see"}[lang]
    lead = _paragraph(rng, lang, 0, 1)
    obj = _pick(rng, _NEUTRAL[lang][2])
    return f"{lead} {you} {obj}?".strip()


def _length(rng: random.Random) -> int:
    """Characters of body text: log-normal around the seed's 4,300 (1,200 to 25,000)."""
    return int(min(25_000, max(1_200, math.exp(rng.gauss(math.log(4_300), 0.55)))))


def _head(rng: random.Random, lang: str, day: int) -> list[str]:
    lines: list[str] = []
    if rng.random() < 7 / 40:
        lines += rng.sample(_CHROME, k=rng.randint(1, 3))
    if rng.random() < 0.75:
        lines.append(_sentence(rng, lang).rstrip("."))  # title
    if rng.random() < 0.25:
        lines.append(f"{day} {_MONTHS[lang]} 2025")
    if rng.random() < 8 / 40:
        lines.append(rng.choice(_CREDITS))
    if rng.random() < 4 / 40:
        lines.append(rng.choice(_COUNTERS))
    return lines


def synth_article(seed: int, index: int, *, dense: bool = False) -> SynthArticle:
    """The ``index``-th article of the corpus generated from ``seed`` (pure function)."""
    if dense:
        return dense_article(seed, index)
    rng = random.Random(f"real:{seed}:{index}")
    lang = rng.choices(["ru", "kk", "en"], weights=[25, 9, 6])[0]
    style = rng.choices(list(_STYLES), weights=list(_STYLES.values()))[0]
    first, last = rng.choice(_PEOPLE[lang]).split()
    target, day = _length(rng), rng.randint(1, 28)
    prefix = f" date 2025-03-{day:02d} " if rng.random() < 8 / 40 else ""
    paras = _head(rng, lang, day)
    paras.append(_paragraph(rng, lang))
    paras.append(f"{first} {last} {_CUES[lang]}.")  # the lead names the interviewee
    turns = 0
    if style == "one_line":
        # lead, question and answer on one line, with inline dash markers
        line = f"{_paragraph(rng, lang)} – {_question(rng, lang)} – {_paragraph(rng, lang)}"
        paras, turns = [line], 2
    elif style.startswith("news"):
        paras[-1] = _paragraph(rng, lang)
        while sum(map(len, paras)) < target:
            paras.append(_paragraph(rng, lang))
            if style == "news_quotes" and rng.random() < 0.3:
                paras.append(f"– {_paragraph(rng, lang, 1, 2)[:-1]}, – {_SAID[lang]} {last}.")
    else:
        marker = _MARKERS.get(style, rng.choice(list(_MARKERS.values())))
        q_mark, a_mark = {
            "labels": _LABELS[lang],
            "initials": (marker, f"{first[0]}.{last[0]}. – "),
            "plain_questions": ("", marker),
        }.get(style, (marker, marker))
        while turns < 2 or sum(map(len, paras)) < target:
            paras.append(q_mark + _question(rng, lang))
            paras.append(a_mark + _paragraph(rng, lang, 4, 8))
            paras += [_paragraph(rng, lang) for _ in range(rng.choice([0, 0, 1]))]
            turns += 2
    layout = rng.choices(["\n\n", "\n", "\n    "], weights=[23, 14, 1])[0]
    body = prefix + layout.join(paras) + ("\n" if rng.random() < 0.8 else "")
    digest = hashlib.sha256(f"synth:{seed}:{index}".encode()).hexdigest()[:16]
    return SynthArticle(f"{index:06d}_{digest}.txt", body.encode(), lang, style, turns)


def write_corpus(out: Path, n: int, seed: int = 0, *, dense: bool = False) -> list[Path]:
    """Write ``n`` synthetic raw articles into ``out``; the same seed gives the same bytes."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        article = synth_article(seed, i, dense=dense)
        path = out / article.name
        path.write_bytes(article.data)
        paths.append(path)
    return paths
