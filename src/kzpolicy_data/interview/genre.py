"""Is it an interview? A decision from weighed evidence, not a threshold on markers.

Evidence for an interview: cues in the title and lead (`в беседе с`, `сұхбат`, `interview with`;
the cue lists of the real layouts), and the structure of the turns (Q/A labels, recurring speaker
labels, label definitions `Имя Фамилия (И.Ф.)`, questions ending in `?`, alternation, questions
addressing the guest). Evidence against: attribution tails (`, — сказал X.`, `, - деді`), a
reporter's question retold in indirect speech (`На вопрос, ...`, `Когда журналист спросил`), a
single question, weak cues that news carries as well (`в интервью изданию ... рассказал`).

Each item has a weight (positive for interview); the decision is the sign of their sum and the
confidence grows with its size. :mod:`.turns` finds the turn candidate and its features; this
module only weighs them, so the weights can be read (and tuned) in one place.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from ..nlp.script import kazakh_in_cyrillic

__all__ = [
    "ATTRIBUTION",
    "OPENING",
    "REVIEW_CONFIDENCE",
    "Evidence",
    "GenreDecision",
    "Structure",
    "announced_interview",
    "body_evidence",
    "decide",
    "interview_cue",
    "retold",
    "strong_cue",
    "text_evidence",
    "worded",
]

# Below this confidence a record is flagged for a curator (`genre_uncertain`).
REVIEW_CONFIDENCE = 0.75

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
    r"хабарлады|мәлімдеді|said|says|added|noted|told|stressed|according)",
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
    r"Agency|Kazinform|Qazinform|[A-Za-z]+\.(?:com|kz|ru|az|uz|kg))\s+(?:spoke|talked|sat\s+down)"
    r"\s+(?:with|to)\b|"
    r"\b(?:sat|sit|sits)\s+down\s+with\b|"
    # `The Global Diplomacy Lens conducted an interview with H.E. ...`
    r"\bconducted\s+an?\s+(?:exclusive\s+)?interview\s+with\b|"
    r"\bмы\s+(?:поговорили|побеседовали|встретились)\s+со?\s|\bнаш\w*\s+собеседни|"
    r"сұ[хқ]баттастық|әңгімелестік|тілдестік|сұ[хқ]бат\s+құрдық|"
    # `... Рахман Алшановпен ... әңгімелескен едік` (we had talked with)
    r"(?:әңгімелес|сұ[хқ]баттас|тілдес)кен\s+едік|"
    # `Осы және өзге де сұрақтарды ... елшіге қойып көрдік`, `эти вопросы мы задали`, `we asked`
    r"(?:сауал|сұрақ)\w*\s+(?:(?:[^.?!\n]|\.(?=\w)){0,160}?\s)?қой(?:дық|ып\s+көрдік)|"
    r"вопрос\w*\s+мы\s+задали|\bмы\s+задали\s+(?:[^.?!\n]{0,80}?\s)?вопрос|\bwe\s+asked\b",
    re.I,
)


# A headline that is itself the announcement (`“...“. Интервью с акимом ... Кумаром
# Аксакаловым`), also where it was read as the lead: capitalised, at a line's or sentence's start,
# never the news phrase `в интервью с`. Not the English `Interview with`: news titles the
# interviews it retells so (`Interview with State Daily Ahead of Kazakhstan State Visit`).
_HEADLINE_INTERVIEW = re.compile(
    r"(?:^|[.:!?|»\"“”]\s+)(?:Интервью|ИНТЕРВЬЮ)\s+(?:со?|СО?)\s", re.M
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
    """More than two words: text, not a counter or a byline (`4,888` / `оқылды`)."""
    return len(text.split(maxsplit=3)) > 2


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


@dataclass(frozen=True)
class Evidence:
    """One piece of evidence: what was seen, its weight (+ interview, - not), and where."""

    cue: str
    weight: float
    where: str

    def __str__(self) -> str:
        return f"{self.weight:+.1f} {self.cue} ({self.where})"


@dataclass(frozen=True)
class Structure:
    """Features of the best turn candidate (computed in :mod:`.turns`)."""

    scheme: str  # "qa" | "label" | "dash" | "dash_answers" | "dash_questions" | "unmarked" | ...
    questions: int
    answers: int
    question_marks: float  # share of questions whose first paragraph has a `?`
    attributed: float  # share of dash paragraphs with an attribution tail
    addressed: float  # share of questions that address someone (`вы`, a vocative)
    short_questions: bool  # questions much shorter than answers
    label_definition: bool  # `Имя Фамилия (И.Ф.)` or a label repeated as a speaker
    monologue: bool = False  # a label or dash paragraph with no reply: a quote, not a dialogue
    introduced: float = 0.0  # share of dash paragraphs introduced by narration ending in `:`
    cut: bool = False  # the excerpt ends inside the last turn
    retold: bool = False  # the first answer opens in reported speech (`X-тің айтуынша`)
    named: bool = False  # the first question addresses the guest by name and patronymic
    first_person: float = 0.0  # share of answers that speak as "I" or "we" early on


@dataclass
class GenreDecision:
    """Interview or not, how sure, and why."""

    interview: bool
    confidence: float
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def uncertain(self) -> bool:
        return self.confidence < REVIEW_CONFIDENCE

    @property
    def reason(self) -> str:
        """The strongest items, for a flag message."""
        top = sorted(self.evidence, key=lambda e: -abs(e.weight))[:3]
        return "; ".join(str(e) for e in top) or "no evidence"


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


def body_evidence(body: str) -> list[Evidence]:
    """News counter-evidence anywhere in the text: a reporter's question retold."""
    indirect = _INDIRECT.search(body)
    if indirect:
        return [Evidence(f"reported question {indirect.group(0)!r}", -1.5, "body")]
    return []


def _structure_evidence(s: Structure) -> list[Evidence]:
    """The turn structure's evidence for and against an interview."""
    cut = _cut_evidence(s)
    if cut is not None:
        return cut
    out: list[Evidence] = []
    scheme_weight = {"qa": 2.5, "label": 1.0, "dash": 0.5, "unmarked": -0.5}.get(s.scheme, 0.0)
    if scheme_weight:
        out.append(Evidence(f"{s.scheme} turn markers", scheme_weight, "turns"))
    pairs = min(s.questions, s.answers)
    if s.scheme == "unmarked":
        return out + _unmarked_evidence(s, pairs)
    return out + _marked_evidence(s, pairs)


def _cut_evidence(s: Structure) -> list[Evidence] | None:
    """The whole structure evidence of an excerpt cut before a full exchange, else None."""
    if (
        s.questions == 1
        and s.answers == 0
        and s.cut
        and (s.addressed or s.scheme in ("dash", "label"))
        and s.introduced == s.attributed == 0
    ):
        # The excerpt stops inside a marked first question (`- Анна, как вы оцениваете`,
        # `Азаттык: Традиционно, ...`): no answer yet, and its `?` is cut off. The cues decide.
        # `– Қайрат Исағалиұлы, ...`: a name and patronymic is the host's address, beyond `вы`.
        # A marked question need not address anyone (`– Государственный визит ... Каким
        # образом ...,`): excerpts are often cut there, and the lead's cue says who is asked.
        out = [Evidence("the excerpt ends inside the first question", -1.0, "turns")]
        if s.addressed:
            weight = 1.2 if s.named else 0.7
            out.append(Evidence("the cut question addresses the guest", weight, "turns"))
            if s.question_marks and s.scheme in ("dash", "label"):
                # `– ... қалай бағалайсыз? Мұны ...`: it asked the guest before the cut (an
                # unmarked question was found by its `?`, so the `?` adds nothing there)
                out.append(Evidence("the cut question asks the guest", 0.5, "turns"))
        return out
    if (
        s.questions == 0
        and s.answers == 1
        and s.scheme == "dash"
        and s.introduced == s.attributed == 0
    ):
        # The excerpt holds only a first dashed answer (`– Желтоқсан кезінде мен ...`):
        # no question to see, so only a strong cue of the lead makes it an interview.
        return [Evidence("the excerpt holds only the first answer", -1.0, "turns")]
    if s.questions == 0 or s.answers == 0:
        return [Evidence("no question/answer turns", -4.0, "turns")]
    return None


def _unmarked_evidence(s: Structure, pairs: int) -> list[Evidence]:
    """Evidence of turns found only by their `?`: whom they address, how the answers speak."""
    out: list[Evidence] = []
    # Questions were found by their `?`: only whom they address tells a dialogue from a
    # column's rhetorical questions.
    weight = 0.7 if s.addressed >= 0.5 else -1.0
    if weight < 0 and pairs >= 2 and s.short_questions:
        # several short questions, each a paragraph, answered at length: a dialogue's shape,
        # whose questions need not say `you` (`What is the meaning of this visit?`)
        weight = -0.5
    out.append(Evidence(f"{s.addressed:.0%} of questions address someone", weight, "turns"))
    if s.retold:
        out.append(Evidence("the first answer is retold in reported speech", -1.5, "turns"))
    out.append(Evidence(f"{pairs} question/answer pairs", min(1.0, 0.25 * pairs), "turns"))
    if pairs >= 2 and s.short_questions:
        # questions much shorter than their answers, each a paragraph of its own
        out.append(Evidence("questions much shorter than the answers", 0.5, "turns"))
    if pairs >= 2 and s.first_person >= 0.6:
        # several answers given as "I" or "we": a guest speaking, even when the questions
        # do not say "you" ("How will this war affect Kazakhstan?")
        out.append(Evidence(f"{s.first_person:.0%} of answers speak as I/we", 1.0, "turns"))
    if s.label_definition:
        out.append(Evidence("the first question carries a journalist's label", 2.0, "turns"))
    return out


def _marked_evidence(s: Structure, pairs: int) -> list[Evidence]:
    """Evidence of marked turns: question marks, pairs, labels and news-like dash quotes."""
    out: list[Evidence] = []
    qm = s.question_marks
    weight = 1.5 if qm >= 0.75 else 1.0 if qm >= 0.5 else 0.0 if qm >= 0.25 else -1.5
    if weight < 0 and s.questions == 1:
        # one question without `?` is one observation (a greeting, a congratulation, or a
        # question cut by the excerpt), not a habit of the text
        weight /= 2
    if s.short_questions and weight < 0.5:
        weight += 1.0  # prompts without `?` (`Расскажите о ...`) that are much shorter
    out.append(Evidence(f"{qm:.0%} of questions end in '?'", weight, "turns"))
    if pairs >= 2:
        out.append(Evidence(f"{pairs} question/answer pairs", min(1.0, 0.25 * pairs), "turns"))
    else:
        # Excerpts are short: one exchange is often all there is, so it weighs little.
        out.append(Evidence("a single question", -0.5, "turns"))
    if s.addressed >= 0.5:
        # the guest's name and patronymic opening the first question: a host speaking to a guest
        out.append(Evidence("questions address the guest", 1.2 if s.named else 0.7, "turns"))
    if s.label_definition:
        out.append(Evidence("speaker labels defined", 1.5, "turns"))
    if s.attributed >= 0.3:
        out.append(Evidence(f"{s.attributed:.0%} of dash quotes attributed", -3.0, "turns"))
    elif s.attributed >= 0.15:
        out.append(Evidence(f"{s.attributed:.0%} of dash quotes attributed", -1.0, "turns"))
    if s.introduced >= 0.5:
        out.append(Evidence(f"{s.introduced:.0%} of dash quotes introduced by ':'", -1.5, "turns"))
    if s.monologue:
        out.append(Evidence("speaker quoted without a reply", -1.5, "turns"))
    if s.retold:
        out.append(Evidence("the first answer is retold in reported speech", -1.5, "turns"))
    return out


def decide(structure: Structure | None, text: list[Evidence]) -> GenreDecision:
    """Weigh the evidence; no turn candidate at all is decisive."""
    evidence = list(text)
    if structure is None:
        evidence.append(Evidence("no turn candidate", -4.0, "turns"))
    else:
        evidence += _structure_evidence(structure)
    score = sum(e.weight for e in evidence)
    interview = structure is not None and score > 0
    confidence = round(1 / (1 + math.exp(-abs(score))), 2)
    return GenreDecision(interview, confidence, evidence)
