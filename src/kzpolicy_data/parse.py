"""Parsing: a raw article (and its optional curation file) -> a validated :class:`Record`.

Stages: ``raw`` (bytes -> normalised text), the scraper's ` date YYYY-MM-DD ` prefix, ``layout``
(paragraphs and noise), ``dates`` (publication date), ``turns`` (genre and turns),
``participants`` (speakers), curation, and finally ``events.annotate`` when available.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from .codes import DateSource, Genre, InterviewRole, Language, SegmentKind
from .curation import Curation, curation_path_for, read_curation
from .dates import find_date, parse_iso
from .errors import ParseError
from .layout import Paragraph, byline_authors, classify_noise, looks_like_heading, split_paragraphs
from .participants import detect_language, detect_publisher
from .raw import RawText, decode_raw, read_raw
from .records import Flag, Metadata, Provenance, Publisher, Record, Segment, Span, Tool
from .roster import apply_curated_speakers, build_speakers
from .turns import Segmentation, detect_marker, segment

__all__ = ["PARSER", "PARSER_VERSION", "parse_bytes", "parse_file", "parse_raw", "strip_prefix"]

PARSER_VERSION = "0.1.0"
PARSER = Tool(name="kzpolicy_data.parse", version=PARSER_VERSION)

_PREFIX = re.compile(r"^(?P<ws>\s*?)[ \t]*date[ \t]+(?P<date>\d{4}-\d{1,2}-\d{1,2})(?:[ \t]+|$)")
_RID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,99}$")
_PULL_QUOTE = re.compile(r"^(?:«[^«»]{10,400}»|\"[^\"]{10,400}\"|“[^“”]{10,400}”)[.!]?$")
_OPINION = re.compile(
    r"\b(?:я считаю|на мой взгляд|по моему мнению|мне кажется|я думаю|менің ойымша|"
    r"меніңше|in my view|i think|i believe|колонка|мнение автора|op-ed)\b",
    re.I,
)


@dataclass(frozen=True)
class Prefix:
    """The scraper's date prefix: its date and the text with the prefix removed."""

    text: str
    date: dt.date | None
    raw_date: str | None
    line: int | None


def strip_prefix(text: str, *, path: str | None = None, lenient: bool = False) -> Prefix:
    """Remove the ` date YYYY-MM-DD ` prefix; ParseError (file:line) if its date is invalid."""
    m = _PREFIX.match(text)
    if m is None:
        return Prefix(text, None, None, None)
    ws = m.group("ws")
    line = ws.count("\n") + 1
    body = ws + text[m.end() :]
    raw_date = m.group("date")
    try:
        date = parse_iso(raw_date, path=path, line=line)
    except ParseError:
        if not lenient:
            raise
        date = None
    return Prefix(body, date, raw_date, line)


@dataclass
class _Parts:
    segments: list[tuple[SegmentKind, int, int]] = field(default_factory=list)
    content: list[Paragraph] = field(default_factory=list)
    title: Paragraph | None = None
    authors: list[str] = field(default_factory=list)
    datelines: list[Paragraph] = field(default_factory=list)


def _classify(paras: list[Paragraph]) -> _Parts:
    """Split paragraphs into noise/title/byline segments and content paragraphs."""
    parts = _Parts()
    seen: dict[str, SegmentKind] = {}
    first_marked = next(
        (i for i, p in enumerate(paras) if p.text[:1] in "-–—−" or p.text.endswith("?")),
        len(paras),
    )
    for i, p in enumerate(paras):
        kind = classify_noise(p.text)
        if kind in (SegmentKind.DATELINE, SegmentKind.TIMESTAMP):
            parts.datelines.append(p)
        # Repeated titles (top or bottom) and header lines repeated before the first turn.
        if (
            kind is None
            and p.text in seen
            and (seen[p.text] == SegmentKind.TITLE or i < first_marked)
        ):
            kind = seen[p.text] if seen[p.text] == SegmentKind.TITLE else SegmentKind.OTHER_NOISE
        if kind is None and not parts.authors:
            authors = byline_authors(p.text)
            if authors:
                parts.authors = authors
                kind = SegmentKind.BYLINE
        unmarked = detect_marker(p).style not in ("dash", "qa")
        if kind is None and not parts.content and parts.title is None and unmarked:
            repeated = any(q.text == p.text for q in paras[i + 1 :])
            if looks_like_heading(p.text, question_ok=repeated) and i + 1 < len(paras):
                parts.title = p
                kind = SegmentKind.TITLE
        elif kind is None and not parts.content and unmarked and looks_like_heading(p.text):
            # Several heading-like lines above the text (outlet, rubric, headline): the longest
            # is the headline.
            old = parts.title
            if old is not None and len(p.text) > len(old.text):
                parts.segments = [
                    (SegmentKind.HEADING if (s, e) == (old.start, old.end) else k, s, e)
                    for k, s, e in parts.segments
                ]
                seen[old.text] = SegmentKind.HEADING
                parts.title = p
                kind = SegmentKind.TITLE
            else:
                kind = SegmentKind.HEADING
        if kind is None and i < first_marked and _PULL_QUOTE.match(p.text) and parts.content:
            kind = SegmentKind.PULL_QUOTE
        if kind is None:
            parts.content.append(p)
            seen.setdefault(p.text, SegmentKind.BODY)
        else:
            parts.segments.append((kind, p.start, p.end))
            seen.setdefault(p.text, kind)
    return parts


def _find_date(
    prefix: Prefix, parts: _Parts, paras: list[Paragraph], path: str
) -> tuple[dt.date | None, DateSource]:
    if prefix.date is not None:
        return prefix.date, DateSource.PREFIX
    # Datelines first; then other short non-content lines of the header/footer, but never the
    # title or the body (a date there is an event date, not the publication date).
    first = parts.content[0].start if parts.content else sys.maxsize
    last = parts.content[-1].end if parts.content else 0
    middle = paras[len(paras) // 2].start if paras else 0
    candidates = [
        (p, DateSource.HEADER if p.start <= middle else DateSource.FOOTER) for p in parts.datelines
    ]
    for p in paras:
        if len(p.text) <= 120 and p is not parts.title and (p.end <= first or p.start >= last):
            candidates.append((p, DateSource.HEADER if p.end <= first else DateSource.FOOTER))
    for p, source in candidates:
        found = find_date(p.text, path=path, line=p.line)
        if found is not None:
            return found.date, source
    return None, DateSource.NONE


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
) -> Record:
    """Parse a read raw article (see :func:`parse_file`)."""
    try:
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
    parts = _classify(paras)
    flags: list[Flag] = []

    date, date_source = _find_date(prefix, parts, paras, raw.name)
    if cur_date is not None:
        date, date_source = cur_date, DateSource.CURATED

    cue_text = " ".join(p.text for p in ([parts.title] if parts.title else []) + parts.content[:3])
    seg = segment(parts.content, cue_text=cue_text, force=_force(curation))
    genre = _genre(seg, text, curation)
    if seg.uncertain and (curation is None or curation.genre is None):
        flags.append(
            Flag(code="genre_uncertain", message=f"genre decided as {genre}: {seg.reason}")
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
    intro = " ".join(p.text for p in before) if seg.turns else ""

    publisher_name = curation.publisher if curation and curation.publisher else None
    publisher_name = publisher_name or detect_publisher(text)
    language = (
        curation.in_language
        if curation and curation.in_language
        else Language(detect_language(text))
    )
    authors = list(curation.authors) if curation and curation.authors is not None else parts.authors

    speakers, turns = build_speakers(
        rid,
        text,
        seg,
        intro=intro,
        publisher=publisher_name,
        authors=authors,
        title=parts.title.text if parts.title else None,
        ner=ner,
    )
    if curation is not None and curation.speakers:
        speakers = apply_curated_speakers(
            rid, speakers, curation.speakers, path=curation_file or ""
        )
    if seg.scheme in ("unmarked", "dash_answers", "dash_questions") and turns:
        flags.append(
            Flag(code="unmarked_turns", message=f"some turns have no marker ({seg.scheme})")
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
    return _annotate(record, curation) if events else record


def _annotate(record: Record, curation: Curation | None) -> Record:
    try:
        module = import_module("kzpolicy_data.events")
    except ModuleNotFoundError as exc:
        if exc.name != "kzpolicy_data.events":
            raise
        return record
    annotated: Any = module.annotate(record, curation)
    assert isinstance(annotated, Record)
    return annotated


def _parse_with_curation(raw: RawText, path: Path | None, ner: bool, events: bool) -> Record:
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
    )


def parse_bytes(
    data: bytes,
    name: str,
    *,
    curation_path: str | Path | None = None,
    ner: bool = True,
    events: bool = True,
) -> Record:
    """Parse the bytes of a raw article named ``name`` (its stem becomes the record id)."""
    return _parse_with_curation(
        decode_raw(data, name), Path(curation_path) if curation_path else None, ner, events
    )


def parse_file(
    path: str | Path,
    *,
    curation_path: str | Path | Literal["auto"] | None = "auto",
    ner: bool = True,
    events: bool = True,
) -> Record:
    """Parse a raw article file; its curation file ``<stem>.yaml`` is found automatically."""
    cpath = curation_path_for(path) if curation_path == "auto" else curation_path
    return _parse_with_curation(read_raw(path), Path(cpath) if cpath else None, ner, events)


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
