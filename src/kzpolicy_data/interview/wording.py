"""What the words of an article say about its genre: cues in the title and lead that announce an
interview (`в беседе с`, `сұхбат`, `interview with`; the cue lists of the real layouts), the
outlet's own interview announced when its turns are not printed, and the news counter-evidence of
reported speech (attribution tails, a reporter's question retold, paragraphs that retell what was
said). :mod:`.genre` weighs these items with the turn structure's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..nlp.script import kazakh_in_cyrillic
from .markers import TLD

__all__ = [
    "ATTRIBUTION",
    "OPENING",
    "Evidence",
    "announced_interview",
    "body_evidence",
    "host_evidence",
    "interview_cue",
    "retold",
    "strong_cue",
    "text_evidence",
    "worded",
]


@dataclass(frozen=True)
class Evidence:
    """One piece of evidence: what was seen, its weight (+ interview, - not), and where."""

    cue: str
    weight: float
    where: str

    def __str__(self) -> str:
        return f"{self.weight:+.1f} {self.cue} ({self.where})"


# Cues that announce an interview (lead, title, rubric); from the real layouts' cue lists.
_STRONG_CUE = re.compile(
    r"интервью\s+(?:с|со)\s|в\s+беседе\s+с|беседовал|беседуе?т\s+со?\s|побеседовал|"
    r"поговорил[аио]?\s|"
    r"(?:поговорить|побеседовать)\s+со?\s|поговорим\s+(?:[^.?!]{0,60}?\s)?со?\s|"
    # `Сегодня у нас в гостях политик X`, `стенограмма` of a broadcast conversation
    r"у\s+нас\s+в\s+гостях|в\s+гостях\s+(?:у\s+нас|студии|программы|редакции)|стенограмм|"
    r"мы\s+поговорили|обсудили\s+с|ответил[аи]?\s+на\s+вопрос|"
    r"на\s+(?:эти\s+и\s+другие\s+|наши\s+)?вопросы\s+(?:[^.?!]{0,60}?\s)?(?:ответил|отвечает)|на\s+вопросы\s+(?:корреспондент|"
    r"журналист|читател|редакц|нашего)|вопросы\s+корреспондента|рассказал[аи]?\s+(?:корреспондент|"
    r"журналист|ведущ)|в\s+(?:эксклюзивном\s+|большом\s+)?интервью\s+(?:корреспондент|"
    r"обозревател|журналист|нашему|нашей)|текст\s+(?:видео-?)?интервью|интернет-конференци|"
    r"онлайн-встреча|прямая\s+линия|в\s+эфире\s+программы|расшифровк|"
    r"участники\s+(?:очередного\s+)?круглого\s+стола|модератор\s+круглого\s+стола|"
    # `беседа с`, also with the host between (`текст беседы ведущего программы ... с`)
    r"бесед[аыу]\s+(?:[^.?!\n]{0,80}?\s)?со?\s|текст\s+беседы|"
    r"(?:рассказал|поделил)\w*\s(?:[^.]{0,60}?\s)?(?:журналист|корреспондент|ведущ)|"
    # `своим мнением с журналистом «МК» поделился советник-консул`
    r"\bс\s+(?:журналист|корреспондент)\w*\s(?:[^.]{0,40}?\s)?(?:поделил|побеседовал)|"
    r"обсудил\w*\s(?:[^.]{0,40}?\s)?с\s|в\s+интервью\s+(?:изданию|порталу|газете|журналу|"
    r"телеканалу|радио|«)|"
    r"сұ[хқ]бат(?:тас\w*|ымыз|ы\b)|сұ[хқ]бат\s+құр|(?:сауал|сұрақ)\w*\s+(?:(?:[^.?!]|\.(?=\w)){0,260}?\s)?қой(?:дық|ып\s+көрдік|ған\s+едік)|сұрақтарға\s+(?:\w+\s+){0,2}жауап\s+бер|әңгімеміз|әңгімелес(?:т|кен\s+едік)|пікірін\s+сұра|"
    # `Сұхбат барысында`, `Біздің сұхбат` (rubric), `сұхбатты оқырман назарына ұсынамыз`,
    # `әңгімеге ... шақырдық`, `... жөнінде сөз қозғадық`: the outlet's own conversation.
    r"сұ[хқ]бат\s+барысында|біздің\s+сұ[хқ]бат|сұ[хқ]батт[ыі]\s+(?:\w+\s+){0,2}назар\w*\s+ұсын|"
    r"әңгімеге\s+(?:[^.?!]{0,120}?\s)?(?:шақыр|тарт)|сөз\s+қозғадық|"
    r"interview\s+with|in\s+an\s+interview\s+with|spoke\s+exclusively|talked\s+exclusively|"
    # `In this interview first published in Liter newspaper, ... X discusses`
    r"\bin\s+this\s+(?:exclusive\s+)?interview\b|"
    r"caught\s+up\s+with|full\s+text\s+of\s+the\s+interview|q\s*&\s*a|^interview\b|interview:|"
    r"(?:gave|has\s+given|granted)\s+(?:an?\s+)?(?:\w+\s+)?interview\s+to\b",
    re.I | re.M,
)
# Cues that news carries as well (`в интервью изданию X рассказал`, `сұхбат берген`).
_WEAK_CUE = re.compile(
    r"интервью|сұ[хқ]бат|interview|speaks\s+with|тілшісіне|спросили|в\s+подкасте", re.I
)
# A rubric line that is just the word.
_RUBRIC = re.compile(r"^(?:интервью|сұхбат|interview)\s*$", re.I | re.M)
# News retelling an interview: the question in indirect speech, the answer reported.
_INDIRECT = re.compile(
    r"(?:когда|как\s+только)\s+(?:журналист|корреспондент)\w*\s+(?:спросил|поинтересовал)|"
    r"на\s+вопрос[,\s]+(?:о\s|об\s|почему|как|что|когда|будет|ли|журналист|корреспондент)|"
    r"отвечая\s+на\s+вопрос|на\s+уточняющий\s+вопрос|(?:журналист|корреспондент)\w*\s+"
    r"(?:спросил|поинтересовал)|сұрағына\s+(?:жауап|орай)|деген\s+сұраққа|"
    r"(?:was|were|when)\s+asked\s+(?:whether|if|about|how|why|what)|when\s+asked|"
    r"asked\s+by\s+(?:a\s+|the\s+)?(?:journalist|reporter|correspondent)|"
    r"in\s+response\s+to\s+a\s+question|asked\s+(?:(?:him|her|them)\s+)?(?:if|whether)\b|"
    r"(?:responded|replied)\s+that\b|"
    r"according\s+to\s+(?:him|her)",
    re.I,
)
_COLUMN = re.compile(r"^(?:колонка|мнение|пікір|блог|opinion|op-ed|column)\s*$", re.I | re.M)
ATTRIBUTION = re.compile(
    # `..., – сказал он`, also without the comma (`... дүние - деді Сенат депутаты`)
    r"(?:[,.!?…»\"]\s*|\s)[–—−-]\s*(?:[\w.-]+\s+){0,3}?(?:сказал|отметил|заявил|подчеркнул|добавил|"
    r"пояснил|считает|говорит|уточнил|рассказал|сообщил|резюмировал|признал|констатировал|"
    r"напомнил|указал|заключил|отмечает|подчеркивает|уверен|деді|делінген|атап өтті|айтты|"
    r"хабарлады|мәлімдеді|said|says|added|noted|told|stressed|according|"
    # and in the Latin script (`... júmys isteysiz be?-dedi.`)
    r"dedi|aıtty|aitty|aytty|málimdedi|mälimdedi|habarlady)",
    re.I,
)


# The outlet's own conversation told in the first person (`We spoke to the Deputy Minister`,
# `sat down with DiplomaticTraffic.com`, `мы побеседовали с`, `сұхбаттастық`): an interview,
# even where the excerpt stops before the first question or prints no questions. Not `in an
# exclusive interview`: news tells its own exclusives as quotes (`Tumysh told Trend in an
# exclusive interview`), and retells other outlets' interviews.
_OWN_INTERVIEW = re.compile(
    r"\bwe\s+(?:spoke|talked|sat\s+down|met\s+up)\s+(?:to|with)\b|"
    # `The Astana Times spoke with KazISS Director X`: the outlet by name as the subject
    r"\b(?:Times|News|Post|Daily|Herald|Tribune|Journal|Magazine|Review|Diplomat|Gazette|"
    rf"Agency|Kazinform|Qazinform|[A-Za-z]+\.{TLD})\s+(?:spoke|talked|sat\s+down)"
    r"\s+(?:with|to)\b|"
    r"\b(?:sat|sit|sits)\s+down\s+with\b|"
    # `The Global Diplomacy Lens conducted an interview with H.E. ...`
    r"\bconducted\s+an?\s+(?:exclusive\s+)?interview\s+with\b|"
    r"\bмы\s+(?:поговорили|побеседовали|встретились)\s+со?\s|\bнаш\w*\s+собеседни|"
    # `Поговорить с Послом нам удалось, благодаря ...`
    r"(?:поговорить|побеседовать|встретиться)\s+(?:со?\s+\w+\s+)?нам\s+удалось|"
    r"\bнам\s+удалось\s+(?:поговорить|побеседовать|встретиться)\s+со?\s|"
    r"сұ[хқ]баттастық|әңгімелестік|тілдестік|сұ[хқ]бат\s+құрдық|"
    # `... Рахман Алшановпен ... әңгімелескен едік` (we had talked with)
    r"(?:әңгімелес|сұ[хқ]баттас|тілдес)кен\s+едік|"
    # `Осы және өзге де сұрақтарды ... елшіге қойып көрдік`, `эти вопросы мы задали`, `we asked`
    r"(?:сауал|сұрақ)\w*\s+(?:(?:[^.?!\n]|\.(?=\w)){0,160}?\s)?қой(?:дық|ып\s+көрдік)|"
    r"вопрос\w*\s+мы\s+задали|\bмы\s+задали\s+(?:[^.?!\n]{0,80}?\s)?вопрос|\bwe\s+asked\b|"
    # a host presenting the conversation (`I am joined by Jorge Urbiola, Ambassador of Spain`,
    # `Представляем наш большой разговор о ... с X`)
    r"\b(?:I\s+am|I'm|we\s+are|we're)\s+joined\s+by\b|"
    r"\bпредставляем\s+(?:вашему\s+вниманию\s+)?наш\w*\s+(?:\w+\s+)?(?:разговор|бесед)",
    re.I,
)


# A headline that is itself the announcement (`“...“. Интервью с акимом ... Кумаром
# Аксакаловым`), also where it was read as the lead: capitalised, at a line's or sentence's start,
# never the news phrase `в интервью с`. Not the English `Interview with`: news titles the
# interviews it retells so (`Interview with State Daily Ahead of Kazakhstan State Visit`).
_HEADLINE_INTERVIEW = re.compile(
    r"(?:^|[.:!?|»\"“”]\s+)(?:Интервью|ИНТЕРВЬЮ)\s+(?:со?\s|СО?\s"
    # `Интервью социолога Дианы Кудайбергеновой, которая ...`: whose, by office and name
    r"|(?:[а-яё]+\s+){1,2}[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+)",
    re.M,
)
# `... Украина елшісі Виктор Майконың эксклюзив сұқбаты` heading the page: the outlet's
# exclusive (in a lead, `эксклюзив сұхбатында айтты` retells another outlet's).
_EXCLUSIVE_HEADLINE = re.compile(r"эксклюзив\w*\s+сұ[хқ]бат", re.I)
# `[Herald Interview] ...`, `Interview: Kazakhstan fully embraces ...`: the outlet's rubric
# opening the headline (a retold interview is titled by its news, `Tokayev tells ...`)
_RUBRIC_TITLE = re.compile(r"^[ \t]*(?:\[[^\]\n]{0,30}\binterview\]|interview\s*:)", re.I | re.M)


# The paragraphs that open an article, where an interview without printed turns is announced
# and its guest named.
OPENING = 3


def announced_interview(title: str, lead: str) -> Evidence | None:
    """The outlet's own interview announced in the title or lead, if it is: the genre of an
    excerpt whose turns are not printed (cut before them, or the answers retold)."""
    for where, text in (("title", title), ("lead", lead)):
        own = _OWN_INTERVIEW.search(kazakh_in_cyrillic(text))
        if own:
            return Evidence(f"own interview {own.group(0).strip()!r}", 4.5, where)
    for where, text in (("title", title), ("lead", lead)):
        headline = _HEADLINE_INTERVIEW.search(text)
        if headline:
            return Evidence(f"announced {headline.group(0).strip()!r}", 4.5, where)
    exclusive = _EXCLUSIVE_HEADLINE.search(title) or _RUBRIC_TITLE.match(title)
    if exclusive:
        return Evidence(f"announced {exclusive.group(0).strip()!r}", 4.5, "title")
    rubric = _RUBRIC_TITLE.search(lead)
    if rubric:
        # the headline's rubric, read in the lead under a line of the page's chrome: it
        # announces, but names nobody
        return Evidence(f"announced {rubric.group(0).strip()!r}", 4.5, "title")
    return None


# A paragraph that reports someone's words in the third person (`..., he said.`, `told The
# Astana Times`, `по словам посла`, `деді ол`): the outlet telling what was said, not printing it.
_SAID = re.compile(
    r"\b(?:said|says|told|noted|stressed|added|emphasi[sz]ed|explained|according\s+to)\b|"
    r"(?<!\w)(?:сказал|отметил|заявил|подчеркнул|добавил|пояснил|по\s+(?:его|её|ее)\s+словам|"
    r"деді|айтты|атап\s+өтті|мәлімдеді|айтуынша|сөзінше)(?!\w)",
    re.I,
)
RETOLD_PARAGRAPHS = 2


def worded(text: str) -> bool:
    """More than two words: text, not a counter or a byline (`4,888` / `оқылды`), nor a line
    of a currency ticker (`• usd -5.07%`)."""
    return sum(1 for w in text.split(maxsplit=8)[:8] if any(c.isalpha() for c in w)) > 2


def retold(paragraphs: list[str]) -> Evidence | None:
    """News counter-evidence: two or more of the paragraphs after the article's opening report
    what someone said, in the third person. A page that tells a conversation so is news built
    on an interview (the team's devset codes an interview retold in indirect speech and a
    profile built on the outlet's own talk as no interview); on the dev split 8 of 448
    interviews with printed turns have such paragraphs, and 71 of 365 other articles."""
    words = [p for p in paragraphs if worded(p)]
    n = sum(1 for p in words[OPENING:] if _SAID.search(p))
    if n < RETOLD_PARAGRAPHS:
        return None
    return Evidence(f"{n} paragraphs after the opening retell what was said", -1.5, "body")


def strong_cue(text: str) -> bool:
    """True if the text announces an interview in words news does not use for quotes."""
    return bool(_STRONG_CUE.search(text))


def interview_cue(text: str) -> bool:
    """True if the text announces an interview (`в беседе с`, `сұхбат`, `interview`)."""
    return bool(_STRONG_CUE.search(text) or _WEAK_CUE.search(text))


def text_evidence(title: str, lead: str, body: str) -> list[Evidence]:
    """Cues in the title and the lead (before the turns), and indirect speech in the body."""
    out: list[Evidence] = []
    # töte cues are read in Cyrillic (`سۇحباتتاسقان` is `сұхбаттасқан`)
    for where, text in (("title", kazakh_in_cyrillic(title)), ("lead", kazakh_in_cyrillic(lead))):
        strong = _STRONG_CUE.search(text) or _OWN_INTERVIEW.search(text)
        if strong:
            out.append(Evidence(f"cue {strong.group(0).strip()!r}", 1.5, where))
        elif _RUBRIC.search(text):
            out.append(Evidence("rubric 'interview'", 1.5, where))
        elif weak := _WEAK_CUE.search(text):
            out.append(Evidence(f"weak cue {weak.group(0)!r}", 0.5, where))
    if _COLUMN.search(title + "\n" + lead):
        out.append(Evidence("column rubric", -1.5, "title"))
    if body:
        out += body_evidence(body)
    return out


# A broadcast host welcoming the guest in the first question (`У микрофона X ... В гостях у
# нас известный политолог Y`): the conversation announced inside the turns, not above them.
_HOST_WELCOMES = re.compile(
    r"у\s+нас\s+в\s+гостях|в\s+гостях\s+у\s+нас|в\s+нашей\s+студии|у\s+микрофона|"
    r"our\s+guest\s+(?:today|is)\b|біздің\s+қонағымыз|бүгінгі\s+қонағымыз",
    re.I,
)


def host_evidence(first_question: str) -> list[Evidence]:
    """Evidence of a first question in which the host welcomes the guest."""
    found = _HOST_WELCOMES.search(first_question[:1000])
    return [Evidence(f"the host welcomes {found.group(0)!r}", 1.5, "turns")] if found else []


def body_evidence(body: str) -> list[Evidence]:
    """News counter-evidence anywhere in the text: a reporter's question retold."""
    indirect = _INDIRECT.search(body)
    if indirect:
        return [Evidence(f"reported question {indirect.group(0)!r}", -1.5, "body")]
    return []
