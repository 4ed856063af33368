"""Annotating a record: its mentions and events, extracted and curated, numbered and linked.

Curated events from the curation file win over extracted events of the same type about the same
passage or between the same actors; every event is linked to the event catalogue where it
matches an entry.
"""

from __future__ import annotations

from typing import Any

from ..codes import Modality
from ..nlp.analysis import Analysis
from ..records import Event, Record
from ..source.curation import Curation
from .catalogue import link
from .confidence import publishable
from .curated import curated_events
from .extract import extract_events
from .mentions import extract_mentions

__all__ = ["annotate", "event_key", "event_matches", "unpublished"]


def annotate(record: Record, curation: Curation | None, analysis: Analysis) -> Record:
    """The record with ``mentions`` and ``events`` filled in: the curated events, and the
    extracted ones that are publishable (the rest are for ``kzpolicy-data review``)."""
    mentions = extract_mentions(record, analysis)
    extracted = [e for e in extract_events(record, analysis, mentions) if publishable(e)]
    curated = curated_events(record, curation) if curation is not None else []
    kept = [e for e in extracted if not any(_same(e, c) for c in curated)]
    events = sorted(
        [*curated, *kept], key=lambda e: (e.evidence[0].span.start, e.coder.name != "curated")
    )
    numbered = [
        e.model_copy(
            update={
                "id": f"e{n}",
                "catalogue_id": e.catalogue_id or link(e, record.text),
            }
        )
        for n, e in enumerate(events, start=1)
    ]
    # The record's own parts go in as they are (pydantic keeps validated instances, so nothing
    # is copied: a dump would double the memory of an article of many paragraphs); the record's
    # validators still check every reference of the new mentions and events.
    data: dict[str, Any] = dict(record)
    data.update(mentions=mentions, events=numbered)
    return Record.model_validate(data)


def unpublished(record: Record, analysis: Analysis | None = None) -> list[Event]:
    """The extracted candidates of a record that are not published (no source, or confidence
    below the threshold), and that no curated event of the record already covers: the events
    queue of ``kzpolicy-data review``, most likely first."""
    analysis = analysis or Analysis(record.text)
    mentions = extract_mentions(record, analysis)
    curated = [e for e in record.events if e.coder.name == "curated"]
    queued = [
        e
        for e in extract_events(record, analysis, mentions)
        if not publishable(e) and not any(_same(e, c) for c in curated)
    ]
    return sorted(queued, key=lambda e: -e.confidence)


def _same(extracted: Event, curated: Event) -> bool:
    """A curated event replaces an extracted one of its type about the same passage, and one
    of its type between the same actors told elsewhere (the same act, unless their dates
    differ): one event per act."""
    if extracted.event_type != curated.event_type:
        return False
    if any(
        a.span.start < b.span.end and b.span.start < a.span.end
        for a in extracted.evidence
        for b in curated.evidence
    ):
        return True
    dates = {extracted.date.edtf, curated.date.edtf} - {None}
    return (
        len(dates) <= 1
        and {a.code for a in extracted.source} == {a.code for a in curated.source}
        and {a.code for a in extracted.recipient} == {a.code for a in curated.recipient}
    )


def event_key(event: Event) -> tuple[str, str, tuple[str, ...], tuple[str, ...]]:
    """What an evaluation compares: type, modality and the source and recipient codes."""
    return (
        event.event_type.value,
        event.modality.value,
        tuple(sorted({a.code for a in event.source})),
        tuple(sorted({a.code for a in event.recipient})),
    )


def event_matches(found: Event, gold: Event) -> bool:
    """Same type, polarity and actors, about an overlapping passage."""
    a, b = event_key(found), event_key(gold)
    negated = (found.modality == Modality.NEGATED) == (gold.modality == Modality.NEGATED)
    same = a[0] == b[0] and a[2:] == b[2:] and negated
    return same and _same(found, gold)
