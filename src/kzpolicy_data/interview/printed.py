"""Names printed outside the prose, as candidate interviewees: a headline's speaker (`Имя
Фамилия: quote`, `Дос Көшім, саясаттанушы: ...`, an Arabic-script title), a credit line above a
position line, label lines (`Erlan Idrissov:`), labels of initials (`A.Glaz:`) or of a surname in
capitals (`SAUDABAYEV:`) completed from the lead or the vocative, and labels defined in
parentheses. :mod:`.guests` weighs them with the names of the prose.
"""

from __future__ import annotations

import re

from ..source.noise import byline_authors
from .address import Vocative, initials_defined
from .candidates import Candidate, add_candidate, label_names, name_key, without_titles
from .letters import LO, UP
from .markers import ANSWER_WORDS
from .nominative import nominative_of
from .positions import is_role

__all__ = ["add_printed"]

_LABEL_LINE = re.compile(
    # the words on one line: `Тараз` / `Курс:` (a ticker under a city) is no `Name Surname:`
    rf"^(?P<name>[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?(?:[ \t][{UP}][{LO}]+(?:-[{UP}][{LO}]+)?){{1,2}})"
    r"[ \t]*[:.]\s*(?:\n|(?=\S))",
    re.M,
)
_ARABIC_LABEL = re.compile(r"^(?P<name>[\u0621-\u06d5]+(?: [\u0621-\u06d5]+){1,2}):", re.M)
# `قاسىم-جومارت توقايەۆ: ...` opening the text: a `Name: quote` title in the Arabic script,
# which NER does not read.
_ARABIC_TITLE = re.compile(
    r"\s*(?P<name>[\u0621-\u06d5]+(?:-[\u0621-\u06d5]+)? [\u0621-\u06d5]+):\s"
)
# A headline `Имя Фамилия, position: quote`.
_NAME_ROLE_TITLE = re.compile(
    rf"^(?P<name>[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?[ \t]"
    rf"(?:[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?|[{UP}]{{3,}})),"
    # `, саясаттанушы: ...`, or a longer position ending its own line (`Айбек ТҰРДЫБАЕВ,
    # «Атамекен» партиясының белсендісі:` above the lead)
    # `, тарих ғылымының докторы, профессор:”Өмірді ...`: positions with commas, a quote after
    rf"(?:\s[{LO}][\w -]{{2,40}}(?:,\s[{LO}][\w -]{{2,40}})?:(?:\s|[“”\"«])"
    rf"|[^\n:]{{2,120}}:[ \t]*$)",
    re.M,
)
_INITIAL_SURNAME = re.compile(rf"([{UP}])\.\s?([{UP}][{LO}]+(?:-[{UP}][{LO}]+)?)")
# A name on a line of its own above a position line (`Fatema Z. Sumar` / `Deputy Assistant
# Secretary, Bureau of ...`): the page's own credit of its guest.
_NAME_LINE = re.compile(
    # an honorific may open it, a Korean given name's second syllable is lowercase (`Seung-hoh`)
    rf"^[ \t]*(?:(?:Mr|Ms|Mrs|Dr)\.\s)?"
    # on one line: `Header Banner` / `Саясат` above a lead is furniture, not a name
    rf"(?P<name>[{UP}][{LO}]+(?:[ \t][{UP}]\.)?(?:[ \t][{UP}][{LO}]+(?:-[{UP}]?[{LO}]+)?){{1,2}})"
    r"[ \t]*\n"
    r"(?P<role>(?:[\w.-]+[ \t]+){0,3}[\w.-]+)",
    re.M,
)
# A headline `Имя Фамилия: quote` on a line of its own near the top (the title the page's
# furniture hid): its speaker, if the names found in the text include them.
_SPEAKER_LINE = re.compile(
    rf"^(?P<name>[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?[ \t][{UP}][{LO}]+(?:-[{UP}][{LO}]+)?):[ \t]+\S",
    re.M,
)
_SURNAME_LABELS = 3
_HEAD_WINDOW = 1500  # a credit line is read from the top of the page
_LABEL_WINDOW = 6000  # label lines and initials are read from the start of the text


def add_printed(
    cands: dict[str, Candidate],
    text: str,
    q_labels: set[str],
    a_labels: set[str],
    voc: Vocative | None,
    *,
    intro: tuple[int, int] | None,
    title: tuple[int, int] | None,
) -> None:
    """Add the names printed outside the prose: an Arabic-script title, label lines, a label's
    initial completed by the vocative, labels defined in parentheses."""
    window = text[:_LABEL_WINDOW]
    opening = (
        _ARABIC_TITLE.match(text, min(r[0] for r in (title, intro) if r))
        if title or intro
        else None
    )
    if opening:
        name = opening.group("name")
        add_candidate(cands, name, name, opening.start("name"), opening.end("name"), 5)
    for a, b in (r for r in (title, intro) if r):
        for headed in _NAME_ROLE_TITLE.finditer(text, a, b):
            # `Дос Көшім, саясаттанушы: ЖАЗАЛАҒАНДАР ...`: a headline's speaker and position
            printed = headed.group("name")
            name, _ = nominative_of(printed)
            add_candidate(cands, name, printed, headed.start("name"), headed.end("name"), 15)
    for credit in _NAME_LINE.finditer(text[:_HEAD_WINDOW]):
        if byline_authors(credit.group("name")) is not None:
            continue  # `Беседовала Анна Ким` above the lead: the host's byline, no guest's credit
        if any(is_role(w) for w in credit.group("role").split()):
            printed = credit.group("name")
            add_candidate(cands, printed, printed, credit.start("name"), credit.end("name"), 15)
    for quoted in _SPEAKER_LINE.finditer(text[:_HEAD_WINDOW]):
        c = cands.get(name_key(quoted.group("name")))
        if c is not None and not c.labels:
            c.score += 15  # `Ермухамет Ертысбаев: Казахстану объявили ...`: a headline's speaker
    for m in (*_LABEL_LINE.finditer(window), *_ARABIC_LABEL.finditer(window)):
        if without_titles(m.group("name")) != m.group("name"):
            continue  # `Kazakh President Bekov:` prints a title, not the name (the lead has it)
        if any(label_names(lab, [m.group("name")]) for lab in q_labels | a_labels) or m.group(
            "name"
        ) in (q_labels | a_labels):
            # +1: a label line prints the name as the transcript uses it (`Erlan Idrissov:`
            # after a bio's `Erlan Abilfayizuly Idrissov`).
            add_candidate(
                cands, m.group("name"), m.group("name"), m.start("name"), m.end("name"), 1
            )
    for m in _LABEL_LINE.finditer(window):
        # `Erlan Idrissov:` in the transcript, `Erlan Abilfayizuly Idrissov` in the bio: the
        # name is the one the transcript uses.
        short = m.group("name")
        for c in cands.values():
            if len(short.split()) == 2 < len(c.name.split()) and label_names(short, [c.name]):
                c.name = short
    for lab in a_labels:
        short_label = _INITIAL_SURNAME.fullmatch(lab)
        if short_label and voc and voc.first and voc.first[0] == short_label.group(1):
            # `А.Венедиктов` answering `Алексей Алексеевич, добрый вечер`: the vocative's first
            # name completes the label's initial.
            add_candidate(cands, f"{voc.first} {short_label.group(2)}", lab, 0, 0, 0)
        elif short_label and (full := _first_name_of(short_label, window)):
            # `Л. Калашников:` answering, `... с соотечественникамиЛеонид Калашников` in the
            # first question (glued by the scrape): the name printed in full completes the label
            add_candidate(cands, full.group(0), full.group(0), full.start(), full.end(), 5)
        elif short_label:
            # `A.Glaz:` answering, the page naming him so in its title too: as printed
            at = window.find(lab)
            if at >= 0:
                add_candidate(cands, lab, lab, at, at + len(lab), 0)
    # `SAUDABAYEV:` answering, `Kanat Saudabayev was in Washington` in the lead: the label's
    # surname finds the full name (a few labels: each is looked up in the whole window)
    for lab in sorted(a_labels)[:_SURNAME_LABELS]:
        if (
            len(lab) < 4
            or not lab.replace("-", "").isalpha()
            or not lab[:1].isupper()
            or lab.lower() in ANSWER_WORDS  # `Ответ:` names the kind, not the one answering
        ):
            continue
        surname = lab[:1] + lab[1:].lower()
        # on one line: `Южная Осетия` ending a menu is no first name of the next line's word
        full = re.search(
            rf"\b([{UP}][{LO}]+(?:-[{UP}][{LO}]+)?)[ \t]+"
            rf"(?:{re.escape(surname)}|{re.escape(lab)})\b",
            window,
        )
        if full and not is_role(full.group(1)):
            add_candidate(
                cands, f"{full.group(1)} {surname}", full.group(0), full.start(), full.end(), 15
            )
    for init, (printed, at) in initials_defined(window).items():
        name, _ = nominative_of(printed)
        add_candidate(cands, name, printed, at, at + len(printed), 0).labels.append(init)


def _first_name_of(label: re.Match[str], window: str) -> re.Match[str] | None:
    """`Леонид Калашников` for the label `Л. Калашников`: a first name with the label's initial
    right before its surname, even glued to the word before it; not a position (`Лидер`)."""
    initial, surname = label.group(1), label.group(2)
    for m in re.finditer(
        rf"(?<![{UP}]){re.escape(initial)}[{LO}]+[ \t]+{re.escape(surname)}(?![{LO}])", window
    ):
        if not is_role(m.group(0).split()[0]):
            return m
    return None
