"""Triggers that tell no act (EVENTS_GUIDE.md, "What is an event"), read with their neighbours.

- the article talking about its guest ("X talks of the future of the ties", "депутат впервые
  открыто говорит о ...", "Ambassador X reflects on ...") in the title, lead or intro: framing;
- a guest who is no official saying what they think ("хочу сказать, что ...", "I would say"):
  an expert's opinion is what the answers hold, not a position of a state;
- nobody in particular ("про Алматы говорят, что ...", "критики считают"): no source, no event;
- a holiday or an anniversary celebrated ("Казахстан отметил праздник"): "отметить" that takes
  a day as its object is no statement;
- an electoral system or law ("сайлаудың пропорционал жүйесі", "electoral system") or a polling
  station ("сайлау учаскесі"): no election;
- a visit or talks reported ("сообщил о визите", "анонсированный визит", "announced the
  visit"): the visit is the act, not a position stated.
"""

from __future__ import annotations

import re

from ..codes import EventType, TurnKind
from ..nlp.gazetteer import GazEntry
from ..nlp.morph import Token
from ..records import Turn
from .lexicon import Hit

__all__ = ["lists_topics", "reports_a_meeting", "tells_no_act"]

_HEAD = {"title", "lead", "intro"}
# The article speaking of itself ("в эксклюзивном интервью", "reveals ... to <the reporter>").
_FRAMING = re.compile(r"интервью|сұхбат|interview|корреспондент|reporter|reveal", re.I)
# Talks with the outlet's own reporter are the interview ("sat down with Kazinform
# correspondent to discuss", "в беседе с корреспондентом обсудил").
_WITH_REPORTER = re.compile(
    r"\b(?:with|с|со)\b.*\b(?:correspondent|reporter|journalist|корреспондент\w*|журналист\w*)",
    re.I,
)
# A quote closed before its attribution (`"...," X agreed`: said so, no deal).
_CLOSING_QUOTE = re.compile(r"[,.!?…][”»\"]|[”»\"]\s*,")
# A host presenting the guest of a show ("In this episode, I am joined by ...").
_JOINED_BY = re.compile(r"\b(?:i\s+am|i\s*['’]\s*m|we\s+are|we\s*['’]\s*re)\s+joined\s+by\b")
# The topics an interview's intro lists ("ответил на вопросы ... о перспективах вступления в
# ЕС"): what the guest was asked about, not acts told. (Not "поговорил с Путиным о ...": talks.)
_TOPIC = {"о", "об", "обо", "about", "туралы"}
_TALKED_OF = re.compile(
    r"на\s+вопрос|answered\s+(?:\w+\s+)?questions|интервью|interview|сұ[хқ]бат", re.I
)
# What a guest agrees to do for the outlet ("agreed to answer questions", "согласился ответить
# на наши вопросы", "сұрақтарымызға жауап беруге келісті" is read before the verb).
_QUESTIONS = re.compile(r"(?:to\s+)?(?:answer|ответить|respond)\b", re.I)
# Taking part is an act only in a meeting of some kind (a summit, talks, a session, a forum).
_ATTEND = re.compile(r"участ")
# A call paid on someone is a visit ("pays a courtesy call on", "paid a call on"); "made a call
# on the parties to cease fire" is a demand.
_PAID_A_CALL = re.compile(r"(?:courtesy|(?:pay|pays|paid|paying)\s+a)$", re.I)
_MEETING = re.compile(
    r"саммит|сесси|заседани|совет(?!ник)|съезд|форум|встреч|переговор|конференц|церемони|"
    r"визит|торжеств|мероприяти|совещани|консультаци|раунд|парад|учени",
    re.I,
)
# A topic discussed by the public, not at talks ("в соцсетях обсуждают", "әлеуметтік
# желілерде талқыланып жатыр", "discussed on social media").
_IN_PUBLIC = re.compile(
    r"соцсет|социальных\s+сет|желілерде|қоғамда|в\s+обществе|social\s+(?:media|networks)", re.I
)
_DISCUSSING = ("обсужд", "обсуд", "талқыла", "discuss")
# A sitting of a state's own body (its government, parliament or a local council).
_SITTING = ("заседан", "отырыс", "session", "sitting", "meeting")
_DOMESTIC_BODY = (
    "правительств", "кабинет", "парламент", "мажилис", "сенат", "маслихат", "акимат",
    "үкімет", "мәжіліс", "мәслихат", "әкімдік", "government", "cabinet", "parliament",
    "senate", "mazhilis",
)  # fmt: skip
# The outlet speaking of itself outside the answers ("нам удалось встретиться", "we met").
_WE = {"мы", "нам", "we", "біз", "бізге"}
# The outlet's own conversation with its guest, told in the head ("наш разговор с ...", "our
# conversation with ..."); an official's "наши переговоры" are talks.
_CONVERSATION = {"разговор", "беседа", "conversation", "chat"}
_OUR = {"наш", "нашу", "наша", "нашей", "нашего", "our"}
# Nobody in particular calling or thinking something, in a question.
_THEY_SAY = {"называют", "считают", "атайды"}
# A visit's doer after `by`: reporters, experts, a university's people, no state.
_BY_NO_STATE = re.compile(
    r"by\s+(?:\S+\s+){0,4}?(?:journalists?|reporters?|experts?|scholars?|students?|"
    r"universit(?:y|ies)|institutes?)\b",
    re.I,
)
# What one concludes when "concluded" is an agreement's verb, not "ended".
_A_DEAL = re.compile(
    r"agreement|treaty|deal|contract|memorand|accord|pact|protocol|convention|negotiation|talks",
    re.I,
)
# What relations "enter" that is no agreement: a new era, stage or phase.
_NEW_STAGE = re.compile(
    r"(?:эр(?:а|у|ы|е|ой)|этап|фаз|стади|период|кезең|дәуір|белес|era|stage|phase)", re.I
)
# Speaking about a topic: the verb followed by "о"/"about".
_ABOUT_VERBS = {"говорить", "рассказать", "рассказывать", "поделиться", "делиться"}
_ABOUT_EN = ("talks", "speaks", "reflects", "shares", "discusses", "talk")
_ABOUT = {"о", "об", "обо", "of", "about", "on"}
_DISCUSSES = {"discusses", "discussed"}
# Ties ended, not set up ("break off diplomatic relations", "разорвать дипломатические отношения")
_BREAK = re.compile(
    r".*\b(?:break|breaks|broke|breaking|sever|severs|severed|severing|cut|cuts|разорв\w*|"
    r"разрыв\w*|прерв\w*|үз(?:у|ді|іп|ген|се)\w*)\b(?:\s+off)?(?:\s+\w+)?$",
    re.I,
)
# The speaker's own opinion.
# Kazakh "мен" is left out: it is mostly "and/with" (as in speakers._WE)
_FIRST_PERSON = {"я", "мне", "меня", "i", "менің", "маған"}
_OPINION_RU = {"хотеть", "мочь", "считать", "думать", "полагать"}
# Nobody in particular: a subjectless third person plural.
_IMPERSONAL = {"говорят", "считают", "пишут", "утверждают", "полагают", "say", "айтады"}
# An occasion celebrated, not a word said.
_OCCASIONS = ("праздник", "годовщин", "юбилей", "день", "годовщину", "дата", "летие")
# What an electoral word names when it is a system, a law or a polling station ("сайлау
# учаскесі" is where any vote is cast, a referendum's too).
_SYSTEMS = (
    "жүйе", "заң", "system", "law", "систем", "законодательств", "кодекс", "code", "учаске",
)  # fmt: skip


def tells_no_act(
    toks: list[Token],
    hit: Hit,
    lang: str,
    where: str,
    turn: Turn | None,
    states: dict[str, GazEntry],
    has_source: bool,
    text: str = "",
) -> bool:
    """Whether the trigger ``hit`` of a sentence (its tokens ``toks`` of ``text``) tells no act
    by the rules above; ``where`` is the segment or turn kind it was read in, ``states`` the
    officials' states by speaker id, ``has_source`` whether the sentence names the act's
    source."""
    kind = hit.trigger.type
    first = toks[hit.i]
    word, lemma = first.text.lower(), first.lemma
    words = [t.text.lower() for t in toks]
    after, before = words[hit.j : hit.j + 3], words[max(0, hit.i - 3) : hit.i]
    if kind in (EventType.KZP_STATEMENT, EventType.CONSULT):
        about = bool(after) and after[0] in _ABOUT
        # "In an interview with Kazinform, X discusses the evolution of the partnership": what
        # the guest discusses with the outlet is a topic (talks name a partner: "with")
        about = about or (word in _DISCUSSES and "with" not in words[hit.j :])
        verb = lemma in _ABOUT_VERBS or word in _ABOUT_EN
        if about and verb and where in _HEAD and _FRAMING.search(" ".join(words)):
            return True  # the article framing its guest's words
    if kind in (EventType.CONSULT, EventType.AGREE) and _JOINED_BY.search(" ".join(words)):
        return True  # "I am joined by X, Ambassador of Spain, to discuss": the host's guest
    if kind == EventType.CONSULT and _WITH_REPORTER.search(
        " ".join(words[max(0, hit.i - 6) : hit.i])
    ):
        return True  # "sat down with Kazinform correspondent to discuss": talks with the outlet
    if (
        where in _HEAD
        and set(before) & _TOPIC
        and _TALKED_OF.search(" ".join(words[max(0, hit.i - 40) : hit.i]))
    ):
        return True  # "ответил на вопросы ... о перспективах вступления в ЕС": a topic listed
    if (
        where in _HEAD
        and words[:1]
        and words[0] in _TOPIC
        and _TALKED_OF.search(" ".join(words[hit.j :]))
    ):
        return True  # "Об уране, президентских выборах ... — интервью с послом": a title's topics
    if (
        kind == EventType.CONSULT
        and (turn is None or turn.kind == TurnKind.QUESTION)
        and set(before) & _WE
        and set(after) & {"с", "со", "with", "мен", "пен", "бен"}
    ):
        # "накануне которого нам удалось встретиться с консулом": the outlet met its guest
        # ("As we meet now in Astana during your official visit" tells the guest's visit)
        return True
    if (
        kind == EventType.CONSULT
        and where in _HEAD
        and lemma in _CONVERSATION
        and set(before[-2:]) & _OUR
    ):
        return True  # "Представляем наш большой разговор с ... Темуром Умаровым": the outlet's
    if (
        kind == EventType.CONSULT
        and word.startswith(_DISCUSSING)
        and _IN_PUBLIC.search(" ".join(words[max(0, hit.i - 5) : hit.j + 5]))
    ):
        # "әлеуметтік желілерде жиі талқыланып жатыр": discussed by the public (the visit that
        # "обсуждают в соцсетях" is still a visit)
        return True
    if (
        kind == EventType.CONSULT
        and word.startswith(_SITTING)
        and any(w.startswith(_DOMESTIC_BODY) for w in [*before[-2:], *after[:2]])
    ):
        # "үкімет отырысы қазақ тілінде өтті", "заседание правительства": a sitting of one
        # state's own body, no meeting between parties
        return True
    if kind == EventType.DEMAND and word == "call" and _PAID_A_CALL.search(" ".join(before)):
        return True  # "pays a courtesy call on the President": a visit, no demand
    if turn is not None and turn.kind == TurnKind.QUESTION and set(words) & _THEY_SAY:
        return True  # "Казахстан иногда называют ... союзником России?": what others say, asked
    if kind == EventType.CONSULT and _BY_NO_STATE.match(" ".join(words[hit.j : hit.j + 6])):
        return True  # "a trip by presidents of Kazakhstan-based universities": no state's
    if kind == EventType.CONSULT and _ATTEND.match(lemma):
        if before[-1:] == ["без"]:
            return True  # "без участия официальных властей": nobody took part
        if not any(_MEETING.match(w) for w in words[hit.j : hit.j + 7]):
            return True  # "участию в военно-политическом союзе - ОДКБ": membership, no meeting
    if (
        kind == EventType.AGREE
        and word.startswith("conclud")
        and not _A_DEAL.search(" ".join(words[hit.i : hit.j + 5]))
    ):
        return True  # "concluded its chairmanship": ended, no treaty concluded
    if (
        kind == EventType.AGREE
        and word == "agreed"
        and not set(after[:1]) & {"to", "on", "upon", "with", "that", "in", "over"}
        and _CLOSING_QUOTE.search(text, toks[0].start, toks[hit.i].start)
    ):
        return True  # `"... through normal diplomatic means," the charge d'affaires agreed`
    if kind == EventType.AGREE and any(_NEW_STAGE.match(w) for w in words[hit.j : hit.j + 4]):
        return True  # "вступят в новую эру дружбы", "жаңа кезеңге кірді": a stage, no treaty
    if kind == EventType.AGREE and (
        _FRAMING.search(" ".join(words[max(0, hit.i - 3) : hit.j + 4]))
        or _QUESTIONS.match(" ".join(words[hit.j : hit.j + 3]))
    ):
        # "agreed to give an interview", "согласился дать интервью нашей газете", "kindly
        # agreed to answer a series of questions", "согласился ответить на вопросы"
        return True
    if kind == EventType.SUPPORT and _BREAK.match(" ".join(words[max(0, hit.i - 3) : hit.i])):
        return True  # "to break diplomatic relations with Belarus": ties ended, no support
    if kind == EventType.KZP_STATEMENT:
        if word in _IMPERSONAL and not has_source:
            return True
        if lemma == "отметить" and any(a.startswith(_OCCASIONS) for a in after):
            return True
        if turn is not None and turn.kind == TurnKind.ANSWER and turn.speaker_id not in states:
            modal = any(t.lemma in _OPINION_RU for t in toks[max(0, hit.i - 2) : hit.i])
            if set(before) & _FIRST_PERSON or (
                lang == "ru" and modal and _FIRST_PERSON & set(words)
            ):
                return True  # an expert's (or a former official's) own opinion
    return kind == EventType.KZP_ELECTION and any(a.startswith(_SYSTEMS) for a in after[:2])


_REPORTING = {"сообщить", "анонсировать", "анонсированный", "announced", "announce", "announces"}


def reports_a_meeting(toks: list[Token], h: Hit, hits: list[Hit]) -> bool:
    """Whether the statement trigger ``h`` only reports a visit or talks named right after it
    (kept among the sentence's triggers for the roles, dropped as an event)."""
    return (
        h.trigger.type == EventType.KZP_STATEMENT
        and {toks[h.i].lemma, toks[h.i].text.lower()} & _REPORTING != set()
        and any(o.trigger.type == EventType.CONSULT and 0 <= o.i - h.j <= 3 for o in hits)
    )


# A lead's list of what the article is about ("О том, как видится стратегия Астаны, почему
# поддержка ... - в интервью"), or one closing on where it is told ("Что будут обсуждать ...
# – в материале «ФедералПресс»"): topics, not acts.
_TOPICS = re.compile(r"\W*(?:о том|об этом|about how|about what)\b", re.I)
_PIECE = re.compile(r"[–—-]\s*(?:читайте\s+)?в\s+(?:нашем\s+)?материале\b", re.I)


def lists_topics(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` lists what the article tells."""
    return bool(_TOPICS.match(text, start, end) or _PIECE.search(text, start, end))
