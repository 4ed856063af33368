"""Curated events: the ``events:`` section of a curation file, validated like extracted ones.

A curated event's evidence quotes must be found verbatim in the record's text, its actors must
be known codes (the model's code lists), its speaker must exist and its catalogue id must be in
the catalogue; it is coded ``coder: curated`` with confidence 1 unless the curator says less.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ..codes import DateResolution, Modality
from ..errors import CurationError
from ..records import Coder, Event, EventDate, Evidence, Record, Span
from ..source.raw import normalise
from .dates import resolve_date

if TYPE_CHECKING:
    from ..source.curation import Curation

__all__ = ["CURATED", "curated_events"]

CURATED = Coder(name="curated", version="1")


def _fail(record: Record, message: str, path: str, hint: str) -> CurationError:
    return CurationError(message, path=record.provenance.curation_file, json_path=path, hint=hint)


def _evidence(record: Record, quote: str, path: str) -> Evidence:
    at = record.text.find(quote)
    if at < 0:
        # copied from the raw file: the record's text is normalised (`Нурлан ,` -> `Нурлан,`)
        quote = normalise(quote)
        at = record.text.find(quote)
    if at < 0:
        raise _fail(
            record,
            f"evidence quote not found in the text: {quote[:60]!r}",
            path,
            "copy the quote exactly from the article (after normalisation: NFC, no "
            "HTML entities, no space before punctuation); `kzpolicy-data parse` shows the text",
        )
    if record.text.find(quote, at + 1) >= 0:
        raise _fail(
            record,
            f"evidence quote occurs more than once: {quote[:60]!r}",
            path,
            "quote a longer passage so it is unique",
        )
    turn = next((t for t in record.turns if t.span.start <= at < t.span.end), None)
    return Evidence(turn_id=turn.id if turn else None, span=Span(start=at, end=at + len(quote)))


def _speaker(record: Record, who: str | None, evidence: Evidence, path: str) -> str | None:
    if who is None:
        turn = next((t for t in record.turns if t.id == evidence.turn_id), None)
        return turn.speaker_id if turn else None
    for s in record.speakers:
        if who in (s.interview_role.value, s.name, s.name_as_printed, s.id):
            return s.id
    names = ", ".join(s.name or s.interview_role.value for s in record.speakers) or "none"
    raise _fail(
        record,
        f"attributed_to {who!r} matches no speaker",
        path,
        f"use interviewer, interviewee or a speaker name ({names})",
    )


def _date(record: Record, value: str | None) -> EventDate:
    published = record.metadata.date_published
    if value:
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            return resolve_date(value, published)
        return EventDate(
            text=value,
            edtf=day.isoformat(),
            not_before=day,
            not_after=day,
            resolution=DateResolution.EXPLICIT,
        )
    return resolve_date("", published)


def curated_events(record: Record, curation: Curation) -> list[Event]:
    """The curation file's events as record events (ids are assigned by ``events.annotate``)."""
    from .catalogue import catalogue_ids

    out = []
    for i, item in enumerate(getattr(curation, "events", [])):
        path = f"$.events[{i}]"
        evidence = [
            _evidence(record, q, f"{path}.evidence[{j}]") for j, q in enumerate(item.evidence)
        ]
        if item.catalogue_id and item.catalogue_id not in catalogue_ids():
            raise _fail(
                record,
                f"unknown catalogue id {item.catalogue_id!r}",
                f"{path}.catalogue_id",
                "add it to data/catalogue.yaml first",
            )
        date = _date(record, item.date)
        published = record.metadata.date_published
        if (
            published
            and date.not_before
            and date.not_before > published
            and item.modality != Modality.FUTURE
        ):
            raise _fail(
                record,
                f"dated {date.not_before}, after publication ({published})",
                f"{path}.date",
                "set `modality: future` for announced events",
            )
        out.append(
            Event(
                id="e1",
                event_type=item.event_type,
                mode=item.mode,
                modality=item.modality,
                context=item.context,
                cameo_code=item.cameo_code,
                source=[a.actor() for a in item.source],
                recipient=[a.actor() for a in item.recipient],
                date=date,
                evidence=evidence,
                attributed_to=_speaker(
                    record, item.attributed_to, evidence[0], f"{path}.attributed_to"
                ),
                confidence=item.confidence,
                coder=CURATED,
                catalogue_id=item.catalogue_id,
                summary=item.summary,
            )
        )
    return out
