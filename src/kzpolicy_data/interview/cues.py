"""The grammatical cue around a name in a lead or title: guest, host or a leader mentioned.

An instrumental or comitative (`с X`, `X-пен сұхбат`), a nominative subject that speaks or gives
the interview (`X рассказал`, `X дал интервью`), a name after `интервью`/`interview with` or
after `ответил` introduce a guest; a dative after `журналисту`/`корреспонденту`, or `ведущая X`,
introduces the interviewer; `президент X` is a leader mentioned, unless the sentence is about
the interview he gives.
"""

from __future__ import annotations

import re

from .intro import TOLD_ABOUT
from .positions import is_role

__all__ = [
    "ABLATIVE",
    "COMITATIVE",
    "CUED_ROLE_REACH",
    "ON_TOPIC",
    "SAID_VERB",
    "SAYS",
    "SAYS_LATER",
    "SURNAME_END",
    "conversed_with",
    "cue",
    "cued_role",
]

# A Kazakh or Russian-type surname ending (`Әбенов`, `Жақыпбекұлы`).
SURNAME_END = re.compile(r"(?:ов|ев|ин|ова|ева|ина|ұлы|қызы|uly|qyzy)$", re.I)

# Words (lemmas or stems) that say the next name is the interviewer.
_HOST = re.compile(
    r"\b(?:журналист|корреспондент|обозревател|ведущ|редактор|интервьюер|собеседниц|репортер|"
    r"тілші|журналшы|жүргізуші|journalist|correspondent|reporter|host|editor|anchor|"
    r"веду\s+е[её]\s+я|вели\s+е[её]|вести\s+встречу\s+мне\s+помогает|^by)\w*"
    # `главного редактора портала Самал Ибраевой`: the host's outlet between role and name
    r"(?:\s+(?:портала|газеты|издания|сайта|журнала|агентства|телеканала))?"
    r"(?:\s+(?:(?-i:[\w.-]*[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w.-]*)|«[^»]{1,40}»)){0,2}?\W*$",
    re.I,
)
# `X поговорил с профессором Y`: X asked, unless Y is the outlet (`с нашим корреспондентом`)
_TALKED_TO = re.compile(
    r"\s+(?:по)?(?:говорила?|беседовала?)\s+(?:со?)\s+"
    r"(?!нами|наш|корреспондент|журналист|редакци|издани|газет|портал|агентств|телеканал)",
    re.I,
)
_HOST_AFTER = re.compile(r"^\W*(?:рассказал|сообщил|поговорил|беседовал)\b", re.I)
ABLATIVE = re.compile(r"(?:дан|ден|тан|тен|нан|нен|دان|دەن|تان|تەن|نان|نەن)$", re.I)
COMITATIVE = re.compile(r"(?:мен|пен|бен|men|pen|ben|مەن|پەن|بەن)$", re.I)
_LEADER_WORDS = re.compile(
    r"(?:президент|премьер|глава\s+государства|президенті|president)\W*$", re.I
)

# The interview given to a named outlet, told before the name of whoever gave it.
_INTERVIEW_TO = re.compile(
    r"(?:^|\s)(?:в\s+ходе\s+|в\s+)?интервью\s+(?:газете|изданию|журналу|телеканалу|агентству|"
    r"порталу|радио|сайту)\s+«[^»\n]{1,40}»\s+(?:[\w-]+\s+){0,6}$",
    re.I,
)
# The outlet's own conversation after a comitative name (`X-пен ... әңгімелескен едік`).
_TALKED_WITH = re.compile(
    r"[^.?!\n]{0,160}?(?:сұ[хқ]баттас|әңгімелес|тілдес|сұ[хқ]бат\s+құр)", re.I
)

_GAVE = re.compile(
    # `X и Y в интервью с Z`: X and Y asked, Z answered
    r"\s*,?\s*(?:в\s+(?:эксклюзивном\s+|большом\s+)?интервью(?!\s+со?\s)|в\s+беседе(?!\s+со?\s)|"
    r"дала?\s+(?:[\w-]+\s+){0,2}интервью|(?:«[^»\n]{1,40}»\s+[\w-]+\s+)?сұхбат\s+бер|"
    r"in\s+an?\s+(?:[\w-]+\s+)?interview|gave\s+(?:[\w-]+\s+){0,2}interview|"
    # `X, stated this in an exclusive interview with`, `X заявил об этом в интервью`
    r"(?:stated|said|told|noted|emphasi[sz]ed)\s+(?:this\s+|so\s+)?in\s+an?\s+(?:[\w-]+\s+)?interview|"
    r"(?:заявил|сказал|отметил|рассказал|объяснил|пояснил)а?\s+(?:об\s+этом\s+)?в\s+(?:[\w-]+\s+)?"
    r"интервью(?!\s+со?\s))",
    re.I,
)
# `X «Y» телеарнасына сұхбат беріп`: X gives the interview (checked before a role word).
# `X Kazinform тілшісіне берген эксклюзивті сұхбатында`: the interview X gave the outlet's reporter.
_GAVE_KK = re.compile(
    r"\s*,?\s*(?:(?:«[^»\n]{1,40}»\s+[\w-]+\s+)?сұхбат\s+бер|"
    r"(?:[\w.«»-]+\s+){0,2}(?:тілшісіне|телеарнасына|агенттігіне|порталына|газетіне|"
    r"басылымына|сайтына|радиосына)\s+берген\b)",
    re.I,
)
# `журналисту X`, `тілшісіне X`: a host in the dative, to whom the sentence's subject spoke.
_DATIVE_HOST = re.compile(r"(?:журналист|корреспондент|тілші\w*)(?:у|ке|не|ға|ге)\s+\S*\s*$", re.I)
# A dash and at most a position of four words before a name: a quote's speaker after it.
_QUOTE_BY = re.compile(r"\S\s+[–—-]\s*(?:[\w.-]+\s+){0,4}$")
# A colon and an opening quote after a name: the speaker of the quote that follows.
_QUOTE_AFTER = re.compile(r"[ \t]*:[ \t]*[«“\"„]")
_INTERVIEW_OF = re.compile(
    r"\b(?:интервью|interviews?(?:\s+(?:of|with))?|interviewed|according\s+to)\s*[:|–—]?\s+"
    # not across what was said (`заявил в интервью CNN, что президент X`)
    r"(?:(?!(?:что|чтобы)\s)[\w.-]+[,:]?\s+){0,7}$",
    re.I,
)
# `in an interview with X` after what someone said or did: X is the outlet or its reporter.
_IN_INTERVIEW_WITH = re.compile(
    r"\w[^.!?\n]*\bin\s+an?\s+(?:[\w-]+\s+)?interview\s+with\s+(?:[\w.-]+\s+){0,4}$", re.I
)
_IN_INTERVIEW_LATER = re.compile(
    r"[^.!?\n]{0,80}?\b(?:has|have|had|was|were|is)?\s*\w+ed\b[^.!?\n]{0,60}?\bin\s+an?\s+"
    r"(?:[\w-]+\s+)?interview\b",
    re.I,
)
# `ответил на вопросы главного редактора X`: whose questions were answered asked them.
_QUESTIONS_OF = re.compile(
    r"\b(?:ответил\w*\s+на\s+вопрос\w*|answered\s+(?:the\s+)?questions\s+(?:of|from))"
    r"\s+(?:[\w.-]+\s+){0,5}$",
    re.I,
)
# `Ответ официального представителя МИД России М.В.Захаровой на вопрос СМИ` heading a
# briefing's Q/A: whose answer it is, a leader too (not `в ответ на`: the line opens with it)
_ANSWER_OF = re.compile(
    r"(?:^|\n)[ \t]*(?:ответы?|answers?\s+(?:of|by))\s+(?:[\w.-]+\s+){0,6}$", re.I
)
_TO_QUESTION = re.compile(r"\s+(?:на\s+вопрос|to\s+(?:a|the)\s+question)", re.I)
# (`на этот и другие вопросы ... отвечает директор Группы оценки рисков (Алма-Ата) X`)
_ANSWERED_BY = re.compile(
    r"\b(?:ответила?|ответили|отвечает|отвечают|answered|"
    # `Специально для МК ситуацию проанализировал руководитель ... X`
    r"(?:про)?анализировала?|прокомментировала?)\s+(?:[\w.()-]+\s+){0,6}$",
    re.I,
)
# `Оценить значение визита ... мы попросили X`, `we asked X to ...`: the one asked answers
_WE_ASKED = re.compile(r"\b(?:мы\s+(?:по|рас)?просили|we\s+asked)\s+$", re.I)
SAYS = re.compile(
    r"\s*(?:\(pictured\)\s*)?"
    # `Alikhan Baimenov, the Central Asian republic's veteran reformer, recounts ...`
    r"(?:,\s+(?:the|a|an)\s[^,.;:!?\n]{2,140},\s*)?"
    r",?\s*(?:told|said|says|talked|talks\s+with|spoke|speaks|shared|recount(?:s|ed)|"
    r"discuss(?:es|ed)|explain(?:s|ed)|answer(?:s|ed)|reflect(?:s|ed)\s+on|"
    r"has\s+served|arrived|reveal(?:s|ed)|"
    r"(?:gave|has\s+given|granted)\s+(?:an?\s+)?(?:\w+\s+)?interview|"
    r"рассказал|сообщил|заявил|ответил|уверен|считает|отметил|поделил|объяснил|пояснил|"
    r"в\s+интервью(?!\s+со?\s)|в\s+беседе(?!\s+со?\s)|"
    r"сұхбат\s+берді|suhbat\s+berd|мәлімдеді|айтты|атап\s+өтті|деді|хабарлады)",
    re.I,
)


# The Kazakh verb ends its clause (`X бюджет туралы айтты`): a speech verb later in the same
# sentence makes the name before it its subject.
SAYS_LATER = re.compile(
    r"[^.!?\n]{0,80}?(?<!\w)(?:айтты|айтып\s+берді|мәлімдеді|деді|атап\s+өтті|түсіндірді|"
    r"(?:пікір|ой)\w*\s+(?:білдірді|бөлісті)|сұхбат\s+берді)(?!\w)",
    re.I,
)
# A byline or a sentence whose subject asked the questions: the name after it is the host's
# (the guest, if named, follows `с`, checked before).
_ASKED_BY = re.compile(
    r"(?:беседовал[аи]?|беседу\s+вел[аи]?|интервью\s+взял[аи]?|вопросы\s+задавал[аи]?|"
    r"расспросил[аи]?|сұхбаттасқан|interviewed\s+by)\s+(?:[\w.-]+\s+){0,8}$",
    re.I,
)

# `– дейді ...`: a Kazakh attribution that opens its clause, the speaker named after it.
SAID_VERB = r"(?:дейді|деді|deıdi|deydi)\s"
_SAYS_BEFORE = re.compile(rf"[–—-]?\s*{SAID_VERB}", re.I)
# `X from The Hans India`: a person of a newspaper or channel (English capitalises its `The`).
_OF_OUTLET = re.compile(r"\s*,?\s*(?:from|of)\s+The\s+[A-Z]")

# `бағдарламасының кезекті қонағы – ... X`, `гость программы X`: the guest named as such.
_GUEST_WORD = re.compile(r"\b(?:қонағы|қонағымыз|гость|гостья|our\s+guest)\b", re.I)


# A meeting or talks with someone: a fact of the news, not the interview's conversation.
_MEETING_WITH = re.compile(
    r"(?:встреч|переговор|саммит|визит|met\b|meeting|talks|summit)\w*\s+"
    r"(?:[^.!?\n]{0,60}?\s)?(?:с|со|with)\s+(?:[\w.-]+,?\s+){0,8}$"
    # `с тех пор, как X`: since, not with
    r"|\bс\s+(?:тех|того|этого|момента|начала)\b(?:\s+[\w.-]+,?){0,6}\s+$"
    # `связали решение с выступлением президента X`: what the name said or did, not him
    r"|\b(?:с|со)\s+(?:выступлени|заявлени|решени|инициатив|позици|словами|предложени|"
    r"поручени|речью|обращени)\w*\s+(?:[\w.-]+,?\s+){0,6}$"
    # `рассказал о ... конфликте с министром X`: a party to what the guest told about
    rf"|{TOLD_ABOUT}\s(?:с|со|with)\s+(?:[\w.-]+,?\s+){{0,8}}$",
    re.I,
)


_CLAUSE_END = re.compile(r"[.!?]\s|\n")

# `беседовал с министром ... X`, `interview with X`: the conversation itself names its partner,
# a stronger cue than any other `с X` of the lead (`помериться силами с лидером оппозиции Y`).
_CONVERSED_WITH = re.compile(
    r"(?:беседовал[аи]?|побеседовал[аи]?|поговорил[аи]?|беседе|беседа|беседу|интервью|"
    r"interview|talked|spoke|conversation|sat\s+down)\s+(?:с|со|with)\s+(?:[\w.-]+,?\s+){0,6}$|"
    # `Kazinform spoke to Marco Alberti, Ambassador of Italy`
    r"\b(?:spoke|talked)\s+(?:exclusively\s+)?to\s+$|"
    # `На этот и другие вопросы корреспондента EADaily отвечает директор ... X`: the outlet's
    # questions, answered by the guest
    r"\bвопрос\w*\s+(?:[^.!?\n]{0,40}?\s)?(?:ответил[аи]?|отвечает|отвечают)\s+"
    r"(?:[\w.()-]+,?\s+){0,6}$",
    re.I,
)


def conversed_with(text: str, start: int) -> bool:
    """Whether the name at ``start`` is introduced by the conversation's own `с`/`with`."""
    return bool(_CONVERSED_WITH.search(text, max(0, start - 120), start))


# The outlet's own meeting: "we met with" is the conversation, never the news.
_WE_MET = re.compile(
    r"(?:\bмы|\bwe)\s+(?:встретились|met|побеседовали|поговорили|беседовали)\s+(?:с|со|with)\s+"
    r"(?:[\w.«»()-]+,?\s+){0,14}$",
    re.I,
)
# `talked with Managing editor of the independent newspaper "Al Fajr" Sherif Al Bassel`: the
# conversation's cue, then the guest's position (in lower case, with an outlet's name), then
# the name
_CUE_THEN = re.compile(
    r"(?:interview\s+with|(?:spoke|talked|sat\s+down)\s+(?:with|to))\s+|"
    # the Russian subject after its verb and the outlet (`рассказал в своем интервью
    # Novayaepoxa.Com российский политолог, ..., профессор X`): the outlet is one word, and
    # the sentence goes on
    r"(?:рассказал|сказал|заявил|ответил|отметил)[аи]?\s+в\s+(?:своем\s+|своём\s+|"
    r"эксклюзивном\s+)?интервью[ \t]+[^\s.!?]+(?:\.[^\s.!?]+)*[ \t]+",
    re.I,
)
# `X (на снимке) - о плюсах ...`, `X: о ...`: the lead's "who - on what" of an interview.
ON_TOPIC = re.compile(r"[ \t]*(?:\([^()\n]{1,20}\)[ \t]*)?[-–—][ \t]+(?:о|об|обо|про)[ \t]", re.I)
# A clause of what was said (`заявил в интервью CNN, что президент X`): X is no subject.
_THAT = re.compile(r"(?<!\w)(?:что|чтобы)(?!\w)", re.I)


# An appositive position may run long: `the director of the Centre for International Studies
# at the Institute of World Economics and Politics at the Foundation of the President ...`.
CUED_ROLE_REACH = 280


def cued_role(before: str) -> bool:
    """Whether ``before`` (the text up to a name) ends in a conversation's cue and a phrase of at
    most ``CUED_ROLE_REACH`` characters, within its sentence, that holds a position word."""
    cues = list(_CUE_THEN.finditer(before, max(0, len(before) - CUED_ROLE_REACH - 40)))
    if not cues:
        return False
    phrase = before[cues[-1].end() :]
    return (
        3 <= len(phrase.strip()) <= CUED_ROLE_REACH
        and not any(c in phrase for c in ".!?\n")
        and not _THAT.search(phrase)
        and any(is_role(w) for w in re.findall(r"[\w-]+", phrase))
    )


# A wire dateline (place in capitals, day, month, dash, agency) and the reporter's name after it
_BYLINE = re.compile(
    r"(?:^|\n)[^\W\d_a-zа-яё][^\W\d_a-zа-яё -]{2,}, \d{1,2} [^\W\d_]+\.? [—–-] [\w .]{3,25}, $"
)


def cue(text: str, start: int, end: int, printed: str, *, oblique: bool = False) -> str | None:
    """`guest`, `host`, `leader` or None for the name printed at ``text[start:end]`` (in an
    oblique case if ``oblique``)."""
    before = text[max(0, start - 60) : start]
    after = text[end : end + 40]
    if before.count("«") > before.count("»"):
        return None  # `«СҰХБАТ. Алмас Нүсіппен»`: the name of a programme, not an introduction
    if _GAVE_KK.match(after) and not _DATIVE_HOST.search(before):
        # `депутат және журналист X «Y» телеарнасына сұхбат беріп`: whoever gives the interview
        # is its guest, even a journalist
        return "guest"
    if COMITATIVE.search(printed) and _TALKED_WITH.match(text, end, end + 200):
        # `сарапшы-журналист Естай Божанмен ... әңгімелескен едік`: whom the outlet talked
        # with is its guest, even a journalist or a president of some body (`Президент
        # Тоқаевпен кездесті` stays a leader met)
        return "guest"
    if _HOST.search(before.split(",")[-1] if "вели" not in before.lower() else before):
        return "host"
    if _BYLINE.search(before):
        return "host"  # `АСТАНА, 14 авг — Sputnik, Сергей Ким.`: the agency's reporter
    if _TALKED_TO.match(after):
        return "host"  # `Никола Крастев поговорил с профессором Киаи`: who asked
    if _OF_OUTLET.match(after):
        return "host"  # `an interview with Akhil Kumar from The Hans India`: its journalist
    clause = _CLAUSE_END.split(before)[-1]
    if _QUESTIONS_OF.search(clause):
        return "host"
    sentence = _CLAUSE_END.split(text[max(0, start - 300) : start])[-1]
    if (
        _GUEST_WORD.search(sentence)
        or _SAYS_BEFORE.match(sentence)
        or re.search(r"[–—-]\s*(?:says|said)\s+$", before)
    ):
        # `гость программы X`; `– дейді ... X` or `Quote – says X`: the speaker of a title quote
        return "guest"
    if _IN_INTERVIEW_WITH.search(clause):
        return "host"  # `X said in an interview with Deutsche Welle`: the outlet that asked
    if _IN_INTERVIEW_LATER.match(text, end, end + 120):
        return "guest"  # `X has provided explanations ... in an interview with Y`: X answered
    # `Глава государства X дал интервью`, `Interview of the President ... X`: a leader, too,
    # is the guest of the interview the sentence is about.
    if (_GAVE.match(after) and not oblique) or _INTERVIEW_OF.search(clause):
        return "guest"
    if _ANSWER_OF.search(before) and _TO_QUESTION.match(after):
        return "guest"
    if ON_TOPIC.match(after) and not oblique:
        # `Лидер коммунистов в мажилисе Айкын КОНУРОВ (на снимке) - о плюсах ...`: who speaks
        # on the topic the lead names, a leader too
        return "guest"
    if re.search(r"(?:^|\n)[ \t]*$", before) and _QUOTE_AFTER.match(after):
        # `Kassym-Jomart Tokayev: “The Goal is ...”` opening its line: the speaker of a title
        # quote, a leader too
        return "guest"
    if _QUOTE_BY.search(before) and re.match(r"[ \t]*(?:\n|$)", after):
        # `Kazakhstan becoming key crossroads of Eurasia — Iranian President X` ending its
        # line: the speaker of a title quote, a leader too
        return "guest"
    if _INTERVIEW_TO.search(sentence):
        # `В ходе интервью газете «Ана тілі» президент Касым-Жомарт Токаев оценил`: the
        # interview told first, then who gave it, a leader too
        return "guest"
    if _LEADER_WORDS.search(before):
        return "leader"
    if _ANSWERED_BY.search(clause) or _WE_ASKED.search(before):
        # `на вопросы ответил посол США Дэниел Розенблюм`, `мы попросили Давиде Канкарини`
        return "guest"
    if COMITATIVE.search(printed) or re.match(r"\s*-?(?:мен|пен|бен)\b", after):
        return "guest"
    if _WE_MET.search(text, max(0, start - 160), start):
        # `мы встретились с Чрезвычайным и Полномочным Послом Венгрии в Казахстане X`: whom
        # the outlet met is its guest, however long the position
        return "guest"
    # `с политологом, экспертом по ... X`; not a date's `с 30 августа по 3 сентября X`, nor a
    # meeting's `переговоры ... с Президентом Венгрии X` (the news, not the conversation)
    # nor a relative clause's `с которыми предстоит столкнуться X` (with which X will deal)
    if re.search(
        r"(?:\bс|\bсо|\bwith)\s+(?!котор|which\b|whom\b)(?:(?!\d+\s)[\w.-]+,?\s+){0,6}$",
        before,
        re.I,
    ) and not _MEETING_WITH.search(text[max(0, start - 120) : start]):
        return "guest"
    if cued_role(text[max(0, start - CUED_ROLE_REACH - 40) : start]) or conversed_with(text, start):
        return "guest"
    if _ASKED_BY.search(clause):  # `Беседовал Олег МИРОНОВ`, `его расспросил политолог X`
        return "host"
    if _HOST_AFTER.match(after) and re.search(
        r"(?:журналист|корреспондент|ведущ)\w*\s*$", before, re.I
    ):
        return "host"
    # The subject of the lead (`X в интервью рассказал`, `X уверен`), or `X-тен сұрадық`; a
    # name in an oblique case is no subject (`заменить ... Нурсултана Назарбаева рассказал Y`)
    if (SAYS.match(after) and not oblique) or ABLATIVE.search(printed):
        return "guest"
    if SURNAME_END.search(printed) and SAYS_LATER.match(text, end):
        return "guest"
    return None
