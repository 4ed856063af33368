"""The record assembled from what the stages found: metadata (curated values first), the
provenance, the typed segments; then the mentions and events put on it."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from ..errors import ParseError
from ..events import annotate, extract_mentions
from ..records import Metadata, Provenance, Publisher, Record, Segment, Span, Tool
from .article import Article
from .stages import nlp_step

__all__ = ["PARSER", "PARSER_VERSION", "annotated", "record_of"]

PARSER_VERSION = "0.1.0"
PARSER = Tool(name="kzpolicy_data.parse", version=PARSER_VERSION)
_CURATED_AS_IS = ("url", "headline", "license", "genre", "in_language", "authors")
_FIELD = {"license": "text_license"}  # curation key -> its metadata field (schema 2.0)


def _metadata(a: Article) -> Metadata:
    cur, seg = a.curation, a.seg
    curated = [
        _FIELD.get(name, name)
        for name in _CURATED_AS_IS
        if cur is not None and getattr(cur, name) is not None
    ]
    if cur is not None and (cur.publisher or cur.publisher_url):
        curated.append("publisher")
    if cur is not None and cur.date_published is not None:
        curated.append("date_published")
    headline = cur.headline if cur and cur.headline else None
    if headline is None and a.parts.title is not None:
        headline = a.parts.title.text
    publisher = None
    if a.publisher:
        publisher = Publisher(name=a.publisher, url=cur.publisher_url if cur else None)
    decided = "genre" not in curated and seg.decision is not None
    return Metadata(
        date_published=a.date,
        date_source=a.date_source,
        publisher=publisher,
        url=cur.url if cur else None,
        headline=headline,
        authors=a.authors,
        in_language=a.language,
        genre=a.genre,
        genre_confidence=seg.decision.confidence if decided and seg.decision else None,
        genre_evidence=[str(e) for e in seg.decision.evidence] if decided and seg.decision else [],
        text_license=cur.license if cur else None,
        curated=sorted(curated),
    )


def record_of(a: Article) -> Record:
    """The validated record, before mentions and events; a record the model refuses is a
    parser bug, reported as this article's ParseError."""
    text = a.text
    try:
        return Record(
            id=a.rid,
            provenance=Provenance(
                raw_file=Path(a.raw.name).name,
                raw_sha256=a.raw.sha256,
                curation_file=a.curation_file,
                curation_sha256=a.curation_sha256,
                parser=PARSER,
            ),
            metadata=_metadata(a),
            text=text,
            segments=[
                Segment(kind=k, span=Span(start=s, end=e))
                for k, s, e in sorted(a.segments, key=lambda x: (x[1], x[2]))
            ],
            speakers=a.speakers,
            turns=a.turns,
            mentions=[],
            events=[],
            flags=a.flags,
        )
    except ValidationError as exc:
        raise ParseError(
            f"the parsed record is invalid: {exc.errors()[0]['msg']}",
            path=a.raw.name,
            hint="this is a parser bug; please report it with the raw file",
        ) from None


def annotated(record: Record, a: Article, *, ner: bool, events: bool) -> Record:
    """The record with its events (curated and extracted) and mentions; without events, the
    entity mentions NER found; without NER, as it is."""
    assert a.analysis is not None, "the speakers stage runs before this one"
    if events:
        return nlp_step(annotate, record, a.curation, a.analysis)
    if ner:
        data = dict(record)  # validated again: the record's checks cover the new mentions
        data["mentions"] = nlp_step(extract_mentions, record, a.analysis)
        return Record.model_validate(data)
    return record
