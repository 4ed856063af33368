"""The parse's stages, in order. Each reads what the stages before it set on the
:class:`~.article.Article` and sets its own part; :func:`~kzpolicy_data.parse.parse_raw` lists
them. No stage reads the curation file's fields but through ``article.curation``, and every
curated value wins over what a stage finds."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from ..budget import checkpoint
from ..codes import DateSource, Genre, InterviewRole, Language, SegmentKind
from ..errors import KzPolicyError, ParseError
from ..interview.curated import apply_curated_speakers
from ..interview.speakers import build_speakers
from ..interview.turns import segment
from ..nlp.analysis import Analysis
from ..records import Flag
from ..source.language import detect_language, language_problem
from ..source.page import detect_publisher, find_publication_date, truncated
from .article import Article

__all__ = [
    "STAGES",
    "date",
    "genre_and_turns",
    "language",
    "nlp_step",
    "outlet",
    "problems",
    "segments",
    "speakers",
]


_T = TypeVar("_T")
_OPINION = re.compile(
    r"\b(?:я считаю|на мой взгляд|по моему мнению|мне кажется|я думаю|менің ойымша|"
    r"меніңше|in my view|i think|i believe|колонка|мнение автора|op-ed|зря|по-моему|думается|"
    r"как ни странно|значит)\b",
    re.I,
)


def date(a: Article) -> None:
    """The publication date: the curated one, else the prefix's, the header's or the footer's."""
    a.date, a.date_source = find_publication_date(a.prefix, a.parts, a.paragraphs, a.raw.name)
    if a.curation is not None and a.curation.date_published is not None:
        a.date, a.date_source = a.curation.date_published, DateSource.CURATED


def language(a: Article) -> None:
    """The language (curated, or told by script and letters); a text the parser does not read
    (another language, lost letters) is flagged and gets no turns."""
    curated = a.curation.in_language if a.curation else None
    a.language = curated or Language(detect_language(a.text))
    problem = None if curated else language_problem(a.text)
    if problem is not None:
        a.language, a.unsupported = Language.OTHER, True
        a.flags.append(Flag(code=problem[0], message=problem[1]))


def genre_and_turns(a: Article) -> None:
    """The turn candidates and the genre decision weighed from them, the title and the lead."""
    # The title and the heading lines above the text (rubrics such as `Интервью`, `Сұхбат`).
    title = "\n".join(
        a.text[s:e] for k, s, e in a.parts.segments if k in (SegmentKind.TITLE, SegmentKind.HEADING)
    )
    curated = a.curation.genre if a.curation else None
    force = None if curated is None else curated == Genre.INTERVIEW
    seg = segment([] if a.unsupported else a.parts.content, title=title, force=force)
    if a.unsupported:
        seg.before = list(a.parts.content)
    a.segmentation = seg
    if curated is not None:
        a.genre = curated
    elif seg.interview:
        a.genre = Genre.INTERVIEW
    else:
        # counted per paragraph: a rubric glued to the title (`КолонкаЗачем ...`) is still one
        opinion = sum(len(_OPINION.findall(p.text)) for p in a.paragraphs)
        a.genre = Genre.OPINION if opinion >= 2 else Genre.NEWS
    if seg.uncertain and curated is None:
        a.flags.append(
            Flag(
                code="genre_uncertain",
                message=f"genre decided as {a.genre} with low confidence: {seg.reason}; "
                "confirm it with `genre:` in the curation file",
            )
        )


def segments(a: Article) -> None:
    """The typed parts of the text: the page's, then the lead and intro above the turns (or
    the body of an article without turns), and the headings between turns."""
    seg, before = a.seg, a.seg.before
    out = list(a.parts.segments)
    if seg.turns:
        for i, p in enumerate(before):
            out.append((SegmentKind.LEAD if i == 0 else SegmentKind.INTRO, p.start, p.end))
        out += [(SegmentKind.HEADING, p.start, p.end) for p in seg.headings]
    else:
        for i, p in enumerate(before):
            kind = SegmentKind.LEAD if i == 0 and len(before) > 1 else SegmentKind.BODY
            out.append((kind, p.start, p.end))
    a.segments = out
    a.lead = next((a.text[s:e] for k, s, e in out if k == SegmentKind.LEAD), None)
    a.intro = (before[0].start, before[-1].end) if seg.turns and before else None


def outlet(a: Article) -> None:
    """The publisher and the authors (curated, or as the page names them)."""
    cur = a.curation
    a.publisher = (cur.publisher if cur and cur.publisher else None) or detect_publisher(a.text)
    a.authors = list(cur.authors) if cur and cur.authors is not None else a.parts.authors


def speakers(a: Article, *, ner: bool) -> None:
    """Who speaks and the turns: the interviewer and the interviewees, named from the title,
    the lead and the first turns (with NER when ``ner``), and the curated speakers over them."""
    a.analysis = Analysis(a.text)
    checkpoint()
    a.speakers, a.turns = nlp_step(
        build_speakers,
        a.rid,
        a.text,
        a.seg,
        intro=a.intro,
        publisher=a.publisher,
        authors=a.authors,
        title=(a.parts.title.start, a.parts.title.end) if a.parts.title else None,
        analysis=a.analysis if ner else None,
    )
    if a.curation is not None and a.curation.speakers:
        a.speakers = apply_curated_speakers(
            a.rid, a.speakers, a.curation.speakers, path=a.curation_file or ""
        )


def problems(a: Article) -> None:
    """Flags for what a curator should look at: unmarked or cut turns, no turns in a curated
    interview, an unnamed interviewee, no date."""
    seg, turns, add = a.seg, a.turns, a.flags.append
    if seg.scheme in ("unmarked", "dash_answers", "dash_questions") and turns:
        add(Flag(code="unmarked_turns", message=f"some turns have no marker ({seg.scheme})"))
    if turns and truncated(a.text[turns[-1].span.start : turns[-1].span.end]):
        add(
            Flag(
                code="truncated",
                message=f"the excerpt ends inside turn {turns[-1].id} (cut mid-word or "
                "mid-sentence); the turn is kept as printed",
            )
        )
    if a.genre == Genre.INTERVIEW and not turns:
        add(
            Flag(
                code="no_turns",
                message="an interview without turns (the excerpt stops before the first "
                "question, or retells the answers): confirm the genre, or the turn markers",
            )
        )
    guests = [s for s in a.speakers if s.interview_role == InterviewRole.INTERVIEWEE]
    if turns and not any(s.name for s in guests):
        add(Flag(code="interviewee_unnamed", message="the interviewee's name was not found"))
    if a.date is None:
        add(Flag(code="no_date", message="no publication date in the text or curation"))


def nlp_step(step: Callable[..., _T], *args: object, **kwargs: object) -> _T:
    """Run an NLP step; a failure inside the models becomes this article's ParseError, so that
    one article cannot stop a build."""
    try:
        return step(*args, **kwargs)
    except KzPolicyError:
        raise
    except Exception as exc:
        raise ParseError(
            f"{getattr(step, '__name__', step)} failed: {type(exc).__name__}: {exc}",
            hint="a bug in the NLP step; please report it with the raw file",
        ) from exc


# The stages in order (``speakers`` is told whether NER runs).
STAGES: tuple[Callable[[Article], None], ...] = (date, language, genre_and_turns, segments, outlet)
