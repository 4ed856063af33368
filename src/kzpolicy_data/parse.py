"""Parsing: a raw article (and its optional curation file) -> a validated :class:`Record`.

The data flow, one package per step: ``source`` (bytes -> normalised text, the date prefix,
paragraphs and noise, the page's title, date, language and outlet, the curation file), ``nlp``
(one :class:`~kzpolicy_data.nlp.analysis.Analysis` of the text, shared by what follows),
``interview`` (genre, turns, speakers) and ``events`` (mentions and PLOVER events).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Literal, TypeVar

from pydantic import ValidationError

from .budget import Budget, checkpoint, within
from .codes import DateSource, Genre, InterviewRole, Language, SegmentKind
from .errors import KzPolicyError, ParseError
from .events import annotate, extract_mentions
from .interview.speakers import apply_curated_speakers, build_speakers
from .interview.turns import Segmentation, detect_marker, segment
from .nlp.analysis import Analysis, require_nlp
from .records import Flag, Metadata, Provenance, Publisher, Record, Segment, Span, Tool
from .source.curation import Curation, curation_path_for, read_curation
from .source.layout import Paragraph, split_paragraphs
from .source.page import (
    classify_page,
    detect_language,
    detect_publisher,
    find_publication_date,
    language_problem,
    truncated,
)
from .source.raw import RawText, decode_raw, read_raw, strip_prefix

__all__ = ["PARSER", "PARSER_VERSION", "parse_bytes", "parse_file", "parse_raw", "strip_prefix"]

PARSER_VERSION = "0.1.0"
PARSER = Tool(name="kzpolicy_data.parse", version=PARSER_VERSION)
_T = TypeVar("_T")

_RID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,99}$")
_OPINION = re.compile(
    r"\b(?:я считаю|на мой взгляд|по моему мнению|мне кажется|я думаю|менің ойымша|"
    r"меніңше|in my view|i think|i believe|колонка|мнение автора|op-ed|зря|по-моему|думается|"
    r"как ни странно|значит)\b",
    re.I,
)


def _force(curation: Curation | None) -> bool | None:
    if curation is None or curation.genre is None:
        return None
    return curation.genre == Genre.INTERVIEW


def _genre(seg: Segmentation, text: str, curation: Curation | None) -> Genre:
    if curation is not None and curation.genre is not None:
        return curation.genre
    if seg.interview:
        return Genre.INTERVIEW
    return Genre.OPINION if len(_OPINION.findall(text)) >= 2 else Genre.NEWS


def parse_raw(
    raw: RawText,
    *,
    curation: Curation | None = None,
    curation_file: str | None = None,
    curation_sha256: str | None = None,
    ner: bool = True,
    events: bool = True,
    budget: Budget | None = None,
) -> Record:
    """Parse a read raw article (see :func:`parse_file`) within ``budget`` (by default
    :meth:`Budget.from_env`); over it, :class:`~kzpolicy_data.budget.BudgetExceeded`."""
    try:
        with within(budget, raw.name):
            return _parse_raw(raw, curation, curation_file, curation_sha256, ner=ner, events=events)
    except ParseError as exc:
        if exc.path is not None:
            raise
        raise ParseError(exc.message, path=raw.name, line=exc.line, hint=exc.hint) from exc


def _parse_raw(
    raw: RawText,
    curation: Curation | None,
    curation_file: str | None,
    curation_sha256: str | None,
    *,
    ner: bool,
    events: bool,
) -> Record:
    if ner or events:
        require_nlp()
    rid = Path(raw.name).stem
    if not _RID.match(rid):
        raise ParseError(
            f"file stem {rid!r} is not a valid record id (lowercase a-z, 0-9, `_`, `-`)",
            path=raw.name,
            hint="rename the raw file, e.g. `000_<hash>.txt`",
        )
    cur_date = curation.date_published if curation else None
    prefix = strip_prefix(raw.text, path=raw.name, lenient=cur_date is not None)
    text = prefix.text
    paras = split_paragraphs(text)
    checkpoint()
    parts = classify_page(paras, _is_turn)
    flags: list[Flag] = []

    date, date_source = find_publication_date(prefix, parts, paras, raw.name)
    if cur_date is not None:
        date, date_source = cur_date, DateSource.CURATED

    language = (
        curation.in_language
        if curation and curation.in_language
        else Language(detect_language(text))
    )
    unsupported = language_problem(text) if not (curation and curation.in_language) else None
    if unsupported is not None:
        language = Language.OTHER
        flags.append(Flag(code=unsupported[0], message=unsupported[1]))
    # The title and the heading lines above the text (rubrics such as `Интервью`, `Сұхбат`).
    title_text = "\n".join(
        text[s:e] for k, s, e in parts.segments if k in (SegmentKind.TITLE, SegmentKind.HEADING)
    )
    seg = segment(
        [] if unsupported else parts.content,
        title=title_text,
        force=_force(curation),
    )
    if unsupported:
        seg.before = list(parts.content)
    genre = _genre(seg, text, curation)
    if seg.uncertain and (curation is None or curation.genre is None):
        flags.append(
            Flag(
                code="genre_uncertain",
                message=f"genre decided as {genre} with low confidence: {seg.reason}; "
                "confirm it with `genre:` in the curation file",
            )
        )

    segments = list(parts.segments)
    before = seg.before
    if seg.turns:
        for i, p in enumerate(before):
            segments.append((SegmentKind.LEAD if i == 0 else SegmentKind.INTRO, p.start, p.end))
        segments += [(SegmentKind.HEADING, p.start, p.end) for p in seg.headings]
    else:
        for i, p in enumerate(before):
            kind = SegmentKind.LEAD if i == 0 and len(before) > 1 else SegmentKind.BODY
            segments.append((kind, p.start, p.end))
    lead = next((text[s:e] for k, s, e in segments if k == SegmentKind.LEAD), None)
    intro = (before[0].start, before[-1].end) if seg.turns and before else None

    publisher_name = curation.publisher if curation and curation.publisher else None
    publisher_name = publisher_name or detect_publisher(text)
    authors = list(curation.authors) if curation and curation.authors is not None else parts.authors

    analysis = Analysis(text)
    checkpoint()
    speakers, turns = _nlp(
        build_speakers,
        rid,
        text,
        seg,
        intro=intro,
        publisher=publisher_name,
        authors=authors,
        title=(parts.title.start, parts.title.end) if parts.title else None,
        analysis=analysis if ner else None,
    )
    if curation is not None and curation.speakers:
        speakers = apply_curated_speakers(
            rid, speakers, curation.speakers, path=curation_file or ""
        )
    if seg.scheme in ("unmarked", "dash_answers", "dash_questions") and turns:
        flags.append(
            Flag(code="unmarked_turns", message=f"some turns have no marker ({seg.scheme})")
        )
    if turns and truncated(text[turns[-1].span.start : turns[-1].span.end]):
        flags.append(
            Flag(
                code="truncated",
                message=f"the excerpt ends inside turn {turns[-1].id} (cut mid-word or "
                "mid-sentence); the turn is kept as printed",
            )
        )
    if genre == Genre.INTERVIEW and not turns:
        flags.append(Flag(code="no_turns", message="curated as an interview but no turns found"))
    if turns and not any(s.name for s in speakers if s.interview_role == InterviewRole.INTERVIEWEE):
        flags.append(
            Flag(code="interviewee_unnamed", message="the interviewee's name was not found")
        )
    if date is None:
        flags.append(Flag(code="no_date", message="no publication date in the text or curation"))

    curated_meta = []
    if curation is not None:
        for name in ("url", "headline", "license", "genre", "in_language", "authors"):
            if getattr(curation, name) is not None:
                curated_meta.append(name)
        if curation.publisher or curation.publisher_url:
            curated_meta.append("publisher")
        if curation.date_published is not None:
            curated_meta.append("date_published")
    headline = curation.headline if curation and curation.headline else None
    if headline is None and parts.title is not None:
        headline = parts.title.text
    publisher = None
    if publisher_name:
        publisher = Publisher(name=publisher_name, url=curation.publisher_url if curation else None)

    metadata = Metadata(
        date_published=date,
        date_source=date_source,
        publisher=publisher,
        url=curation.url if curation else None,
        headline=headline,
        lead=lead,
        authors=authors,
        in_language=language,
        genre=genre,
        genre_confidence=None if "genre" in curated_meta else _confidence(seg),
        genre_evidence=[] if "genre" in curated_meta else _evidence(seg),
        license=curation.license if curation else None,
        curated=sorted(curated_meta),
    )
    try:
        record = Record(
            id=rid,
            provenance=Provenance(
                raw_file=Path(raw.name).name,
                raw_sha256=raw.sha256,
                curation_file=curation_file,
                curation_sha256=curation_sha256,
                parser=PARSER,
            ),
            metadata=metadata,
            text=text,
            segments=[
                Segment(kind=k, span=Span(start=s, end=e, quote=text[s:e]))
                for k, s, e in sorted(segments, key=lambda x: (x[1], x[2]))
            ],
            speakers=speakers,
            turns=turns,
            mentions=[],
            events=[],
            flags=flags,
        )
    except ValidationError as exc:  # a parser bug: report it as a parse error of this file
        raise ParseError(
            f"the parsed record is invalid: {exc.errors()[0]['msg']}",
            path=raw.name,
            hint="this is a parser bug; please report it with the raw file",
        ) from None
    if events:
        return _nlp(annotate, record, curation, analysis)
    if ner:  # no events, but the entity mentions NER found are still the record's
        data = dict(record)  # validated again: the record's checks cover the new mentions
        data["mentions"] = _nlp(extract_mentions, record, analysis)
        return Record.model_validate(data)
    return record


def _confidence(seg: Segmentation) -> float | None:
    return seg.decision.confidence if seg.decision else None


def _evidence(seg: Segmentation) -> list[str]:
    return [str(e) for e in seg.decision.evidence] if seg.decision else []


def _is_turn(p: Paragraph) -> bool:
    return detect_marker(p).style in ("dash", "qa")


def _nlp(step: Callable[..., _T], *args: object, **kwargs: object) -> _T:
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


def _parse_with_curation(
    raw: RawText, path: Path | None, ner: bool, events: bool, budget: Budget | None = None
) -> Record:
    """Parse with the curation file at ``path`` (if it exists)."""
    curation = cur_name = cur_sha = None
    if path is not None and path.exists():
        curation, cur_sha = read_curation(path)
        cur_name = path.name
    return parse_raw(
        raw,
        curation=curation,
        curation_file=cur_name,
        curation_sha256=cur_sha,
        ner=ner,
        events=events,
        budget=budget,
    )


def parse_bytes(
    data: bytes,
    name: str,
    *,
    curation_path: str | Path | None = None,
    ner: bool = True,
    events: bool = True,
    budget: Budget | None = None,
) -> Record:
    """Parse the bytes of a raw article named ``name`` (its stem becomes the record id)."""
    return _parse_with_curation(
        decode_raw(data, name), Path(curation_path) if curation_path else None, ner, events, budget
    )


def parse_file(
    path: str | Path,
    *,
    curation_path: str | Path | Literal["auto"] | None = "auto",
    ner: bool = True,
    events: bool = True,
    budget: Budget | None = None,
) -> Record:
    """Parse a raw article file; its curation file ``<stem>.yaml`` is found automatically.
    ``budget`` bounds the time and memory it may take (see :mod:`kzpolicy_data.budget`)."""
    cpath = curation_path_for(path) if curation_path == "auto" else curation_path
    return _parse_with_curation(read_raw(path), Path(cpath) if cpath else None, ner, events, budget)


def summarise(record: Record) -> str:
    """A short human-readable summary of a parsed record (used by `kzpolicy-data parse`)."""
    md = record.metadata
    lines = [
        f"{record.id}: {md.genre.value}, {md.in_language.value}, "
        f"date {md.date_published or '-'} ({md.date_source.value}), "
        f"publisher {md.publisher.name if md.publisher else '-'}",
    ]
    if md.headline:
        lines.append(f"  headline: {md.headline[:80]}")
    for s in record.speakers:
        org = ", ".join(a.org_name or a.country or "" for a in s.affiliations)
        lines.append(
            f"  {s.id} {s.interview_role.value}: {s.name or '(unnamed)'}"
            + (f" [{s.label}]" if s.label else "")
            + (f", {s.position}" if s.position else "")
            + (f" ({org})" if org else "")
        )
    for t in record.turns:
        lines.append(f"  {t.id} {t.kind.value:<8} {t.text[:70]!r}")
    kinds = sorted({seg.kind.value for seg in record.segments})
    lines.append(f"  segments: {len(record.segments)} ({', '.join(kinds)})")
    if record.flags:
        lines.append("  flags: " + ", ".join(f.code for f in record.flags))
    return "\n".join(lines)
