"""Modality of an event: asserted, negated, hypothetical or future; and questions.

A yes/no question ("Не вызывает ли это недовольства в Москве?") asserts nothing: its sentence
yields no event (we skip it rather than code it hypothetical, since the asker may expect either
answer). A wh-question presupposes what it asks about ("Почему Астана воздержалась от
критики?": she did), so its events are coded as if stated. Russian reads the verb's morphology
from the dependency parse (``Tense=Fut``, ``Polarity=Neg`` children, "воздержаться от", modal
"мочь"); Kazakh and English read cue words and verb endings near the trigger. Negation wins over
hypothetical, which wins over future.
"""

from __future__ import annotations

import re

from ..codes import EventType, Modality
from ..nlp.analysis import SynToken
from ..nlp.morph import Token, _parses
from .roles import AWAIT

__all__ = ["is_yes_no_question", "linear_modality", "syntax_modality"]

_WH = {
    "ru": {
        "как",
        "почему",
        "зачем",
        "что",
        "кто",
        "где",
        "когда",
        "какой",
        "какая",
        "какие",
        "каким",
        "какую",
        "каких",
        "чем",
        "сколько",
        "насколько",
        "каков",
        "каковы",
        "чего",
        "кого",
        "кому",
        "чему",
        "куда",
        "откуда",
        "отчего",
        "какое",
        "каково",
        "какого",
        "какому",
        "каком",
        "какими",
        "чём",
        "кем",
        "чей",
        "чья",
        "чьё",
        "чье",
        "чьи",
    },
    "en": {"how", "why", "what", "who", "where", "when", "which", "whom", "whose"},
    "kk": {
        "қалай",
        "неге",
        "не",
        "кім",
        "қашан",
        "қандай",
        "қайда",
        "неліктен",
        "қанша",
        "нені",
        "кімнің",
        "немен",
        "несі",
        "кімге",
        "неден",
    },
}
_CONDITIONAL = {"если", "егер", "if", "unless"}
# also a denial: "Астана отрицает помощь Москве" (the help is denied, not told)
_RU_NEGATORS = {"воздержаться", "отказаться", "отрицать", "опровергать", "опровергнуть"}
# What can or should happen has not happened: "могут", "должен подписать", "нужно встретиться".
_RU_MODAL = {"мочь", "смочь", "возможно", "вероятно", "бы", "способный"}
_RU_MODAL |= {"должный", "нужно", "надо", "необходимо"}
_RU_PLAN = {
    # "выборы назначены на 20 ноября", "готовит референдум", "предвыборная кампания"
    "назначить",
    "готовить",
    "предвыборный",
    "планировать",
    "намереваться",
    "собираться",
    "планироваться",
    "предстоящий",
    "намерен",
    "готовиться",
    "подготовка",
    "будущий",
    "предстоять",
    "грядущий",
    "запланировать",
    "наметить",
}
# An act one is invited to do is to come ("пригласил Назарбаева посетить Анкару"); only above
# the trigger, not beside it ("поздравил коллегу и пригласил его в Москву").
# An act one is invited to, or awaited ("в Москве ждут приезда Токаева"), is still to come.
_RU_INVITED = {"пригласить", "приглашать", *AWAIT}
_EN_NEG = {"not", "never", "no", "refrained", "refrain", "declined", "failed", "without"}
_EN_NEG |= {"denies", "denied", "deny", "denying"}
_EN_MODAL = {"could", "would", "might", "may", "should", "must", "ought"}
# "forthcoming", "upcoming" and "next" also follow a possessor ("Nazarbayev's forthcoming visit")
_EN_COMING = {"upcoming", "forthcoming", "impending", "next"}
_EN_FUT = {"will", "shall", "plans", "planned", "scheduled", "intends", "ll", *_EN_COMING}
_EN_FUT |= {"oncoming", "expected", "expects", "preparing", "prepares"}
# "are set to sign", "is due to visit", "is to visit": what is arranged is still to come
_EN_ARRANGED = {"set", "due", "is", "are"}
# "invited Vladimir Putin to pay a state visit": the visit is asked for, still to come (not "at
# the invitation of", a visit made), however long the guest's name and title
_EN_INVITED = {"invited", "invites", "invite"}
_KK_NEG_WORD = {"жоқ", "емес", "тартты", "тартқан"}
_KK_NEG = re.compile(r"(?:ма|ме|ба|бе|па|пе)(?:ды|ді|йды|йді|ған|ген|с|й|йтын|йтін|спақ)$")
_KK_MODAL = {"мүмкін", "ықтимал", "егер", "керек", "тиіс"}  # "кездестіру керек": should meet
_KK_COND = re.compile(r"(?:са|се)(?:қ|ң|м|ңыз)?$")
# "өткізуді сұрады", "қол қоюды өтінді": an act asked for, still to come
_KK_ASKED = ("сұра", "өтін")
_KK_FUT = {"алдағы", "келесі", "жоспарлап", "жоспарлауда", "жоспарлануда", "болады", "күтілуде"}
# Present-future endings that are not also a past tense: "жасады" (жаса-ды) and "қойды" (қой-ды)
# are past, "қолдайды" (қолда-йды), "қояды", "келеді" are not.
_KK_FUT_VERB = re.compile(r"(?:рады|айды|ейді|яйды|яды|[^аеиоуыіәөүұ]еді|атын|етін)$")
# Present-tense verbs of stance: "қолдайды" is "supports", not "will support".
# A participle in -атын/-етін before a noun trigger: what will take place ("өтетін саммит").
_KK_FUT_PARTICIPLE = re.compile(r"(?:атын|етін|йтын|йтін)$")
_EN_WILL = {"will", "shall"}
_KK_PAST_PART = re.compile(r"(?:ған|ген|қан|кен)$")
_KK_PRESENT_TYPES = {EventType.SUPPORT, EventType.KZP_STATEMENT, EventType.COOPERATE}


def _headline_infinitive(toks: list[Token], i: int) -> bool:
    """ "Azerbaijan, Kazakhstan to sign agreements", "Tokayev to visit China": a headline's
    infinitive after its subject's name is an act to come; a verb before it ("agreed to sign",
    "went to China to sign") tells the act's time."""
    return (
        1 < i <= _HEADLINE_SUBJECT  # a headline's subject is short: the scan stays bounded
        and toks[i - 1].text == "to"
        and all(t.text[:1].isupper() or t.text in _HEADLINE_GLUE for t in toks[: i - 1])
    )


_HEADLINE_GLUE = {"and", "s", "of", "the"}
_HEADLINE_SUBJECT = 12


def _kk_pluperfect(words: list[str], k: int) -> bool:
    """ "барған болатын", "өткен болатын": a past participle before "болатын" is a past act
    told as background, not a future one."""
    return words[k] == "болатын" and k > 0 and bool(_KK_PAST_PART.search(words[k - 1]))


def _future(word: str) -> bool:
    parses = _parses(word)
    return bool(parses) and parses[0].tag.tense == "futr"


def is_yes_no_question(sentence: str, toks: list[Token], lang: str) -> bool:
    """A question without a question word (or with Russian "ли", Kazakh "ма/ме")."""
    if not sentence.rstrip().endswith("?"):
        return False
    words = [t.text.lower() for t in toks]
    if lang == "ru" and "ли" in words:
        return True
    if lang == "kk" and {"ма", "ме", "ба", "бе", "па", "пе"} & set(words):
        return True
    return not set(words) & _WH.get(lang, set())


def _not_only(words: list[str], k: int) -> bool:
    """``words[k]`` opens "not only" (`не только`, `не лишь`, `not only`), which adds, not
    negates."""
    nxt = words[k + 1] if k + 1 < len(words) else ""
    return words[k] in ("не", "not") and nxt in ("только", "лишь", "only")


def _chain(syn: list[SynToken], k: int, others: set[int]) -> list[int]:
    """``k`` and the words it depends on up to its clause head (through xcomp/acl/obj...),
    stopping below another trigger: a nested event keeps its own modality."""
    out = [k]
    while syn[out[-1]].head >= 0 and len(out) < 6:
        rel = syn[out[-1]].rel
        if rel not in ("xcomp", "obj", "obl", "nmod", "acl", "csubj", "nsubj", "nsubj:pass"):
            break
        if syn[out[-1]].head in others:
            break
        out.append(syn[out[-1]].head)
    return out


def syntax_modality(
    syn: list[SynToken], anchor: int, lemmas: list[str], sentence: str, others: set[int]
) -> Modality:
    """Modality from the parse: negation on the trigger or the verbs it depends on, "если",
    a modal verb, future tense or a planning verb above it."""
    chain = _chain(syn, anchor, others)
    kids = {k: [n for n, t in enumerate(syn) if t.head == k] for k in chain}
    texts = [t.text.lower() for t in syn]
    for k in chain:
        if lemmas[k] in _RU_NEGATORS or any(
            (syn[c].feats.get("Polarity") == "Neg" or texts[c] in ("не", "ни"))
            and not _not_only(texts, c)
            for c in kids[k]
        ):
            return Modality.NEGATED
    words = {s.text.lower() for s in syn}
    if words & _CONDITIONAL or "в случае" in sentence.lower():
        return Modality.HYPOTHETICAL
    if any(lemmas[k] in _RU_MODAL for k in chain) or any(
        lemmas[c] in _RU_MODAL for k in chain for c in kids[k]
    ):
        return Modality.HYPOTHETICAL
    for k in chain:
        feats = syn[k].feats
        if feats.get("Tense") == "Fut" or lemmas[k] in _RU_PLAN:
            return Modality.FUTURE
        if k != anchor and lemmas[k] in _RU_INVITED:
            return Modality.FUTURE
        if any(lemmas[c] in ("быть", "будет") and syn[c].rel == "aux" for c in kids[k]):
            return Modality.FUTURE
        if any(lemmas[c] in _RU_PLAN for c in kids[k]):
            return Modality.FUTURE
    return Modality.ASSERTED


def _before_doing(words: list[str], n: int) -> bool:
    """Whether ``words[n]`` is a verb in -мас/-мес before "бұрын" ("табыстамас бұрын": before
    presenting): the act is done, after another, not denied."""
    return words[n].endswith(("мас", "мес", "бас", "бес", "пас", "пес")) and words[
        n + 1 : n + 2
    ] == ["бұрын"]


def linear_modality(
    toks: list[Token],
    i: int,
    j: int,
    lang: str,
    kind: EventType,
    nested: bool = False,
    floor: int = 0,
) -> Modality:
    """Modality of the trigger ``toks[i:j]`` from cue words in its clause (kk, en); a Kazakh
    verbal noun before the verb (``nested``) has no tense of its own, and an English cue before
    the previous trigger (``floor``) is that trigger's ("did not condemn ... the strikes")."""
    words = [t.text.lower() for t in toks]
    if nested and lang == "kk":
        if "жоққа" in words[j : j + 2]:
            return Modality.NEGATED  # "көмектескенін жоққа шығарды": the help is denied
        return Modality.HYPOTHETICAL if set(words) & _KK_MODAL else Modality.ASSERTED
    lo = max((n + 1 for n in range(i) if words[n] in ("but", "while", "бірақ", "ал")), default=0)
    if lang == "en":
        lo = max(lo, floor)
    before, near = words[max(lo, i - 6) : i], words[i : min(len(words), j + 3)]
    negators = [words[n] for n in range(max(lo, i - 6), i) if not _not_only(words, n)]
    if lang == "ru":
        lemmas = [t.lemma for t in toks]
        if {"не", "ни"} & set(negators[-2:]) or set(lemmas[lo:i]) & _RU_NEGATORS:
            return Modality.NEGATED
        if set(words) & _CONDITIONAL or set(lemmas[lo : j + 2]) & _RU_MODAL:
            return Modality.HYPOTHETICAL
        window = lemmas[max(lo, i - 3) : j + 2]
        if set(window) & (_RU_PLAN | {"будет", "быть"}) or any(
            _future(w) for w in words[max(lo, i - 1) : j + 1]
        ):
            return Modality.FUTURE
        return Modality.ASSERTED
    if lang == "en":
        if set(negators) & _EN_NEG or "t" in before[-3:]:  # "won't", "didn't"
            return Modality.NEGATED
        # "In May" is the month: the modal is written in lower case
        modals = {
            w for w, t in zip(before, toks[max(lo, i - 6) : i], strict=True) if t.text != "May"
        }
        if set(words) & _CONDITIONAL or modals & _EN_MODAL:
            return Modality.HYPOTHETICAL
        arranged = any(
            w in _EN_ARRANGED and before[k + 1 : k + 2] == ["to"] for k, w in enumerate(before[:-1])
        ) or _headline_infinitive(toks, i)
        if (
            set(before) & _EN_FUT
            or arranged
            or set(words[lo:j]) & _EN_COMING
            or _EN_WILL & set(near[-3:])
            or set(words[lo:i]) & _EN_INVITED
        ):
            return Modality.FUTURE  # "..., the summit will be held"
        return Modality.ASSERTED
    negative = kind != EventType.REJECT and any(
        _KK_NEG.search(w) and not _before_doing(near, n) for n, w in enumerate(near)
    )
    if negative or set(near) & _KK_NEG_WORD:
        return Modality.NEGATED
    if set(words) & _KK_MODAL or any(_KK_COND.search(w) for w in words[lo:j]):
        return Modality.HYPOTHETICAL
    if set(words) & _KK_FUT or any(_KK_FUT_PARTICIPLE.search(w) for w in before[-3:]):
        return Modality.FUTURE  # "...-ға жасайтын сапары": the visit he will make
    if any(w.startswith(_KK_ASKED) for w in words[j : j + 3]):
        return Modality.FUTURE  # "кездесулер өткізуді сұрады": a meeting asked for is to come
    tail = near[-3:]
    if (
        kind not in _KK_PRESENT_TYPES
        and any(
            _KK_FUT_VERB.search(w)
            and not _kk_pluperfect(near, len(near) - len(tail) + k)
            # "..., деп хабарлайды Zakon.kz": the outlet's present, not the act's future
            and "деп" not in near[max(0, len(near) - len(tail) + k - 1) : len(near) - len(tail) + k]
            for k, w in enumerate(tail)
        )
    ):
        return Modality.FUTURE
    return Modality.ASSERTED
