"""Is it an interview? A decision from weighed evidence, not a threshold on markers.

Evidence for an interview: cues in the title and lead (`в беседе с`, `сұхбат`, `interview with`;
the cue lists of the real layouts), and the structure of the turns (Q/A labels, recurring speaker
labels, label definitions `Имя Фамилия (И.Ф.)`, questions ending in `?`, alternation, questions
addressing the guest). Evidence against: attribution tails (`, — сказал X.`, `, - деді`), a
reporter's question retold in indirect speech (`На вопрос, ...`, `Когда журналист спросил`), a
single question, weak cues that news carries as well (`в интервью изданию ... рассказал`).

Each item has a weight (positive for interview); the decision is the sign of their sum and the
confidence grows with its size. :mod:`.wording` reads the words' evidence, :mod:`.turns` finds the
turn candidate and its features; this module weighs the structure's evidence and decides.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from .wording import Evidence

__all__ = ["REVIEW_CONFIDENCE", "GenreDecision", "Structure", "decide"]

# Below this confidence a record is flagged for a curator (`genre_uncertain`).
REVIEW_CONFIDENCE = 0.75


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
    replies: bool = False  # the first answer opens speaking to the asker (`Вы правильно ...`)


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
    if s.replies:
        out.append(Evidence("the first answer speaks to the one who asked", 1.0, "turns"))
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
