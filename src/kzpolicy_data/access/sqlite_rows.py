"""Rows of the SQLite export for one record: every table's row dicts, in insertion order.

Column names and order are those of :data:`.columns.COLUMN_DESCRIPTIONS`; dates are ISO
strings, lists JSON arrays (SQLite has neither type).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from ..records import Record, Turn
from ..release.tables import text_licence, view_rows

__all__ = ["record_rows"]


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _month(value: Any) -> str | None:
    return value.isoformat()[:7] if value is not None else None


def _turn_at(record: Record, start: int) -> Turn | None:
    """The turn whose span holds offset ``start`` (turns are in text order and do not overlap)."""
    for turn in record.turns:
        if turn.span.start <= start < turn.span.end:
            return turn
    return None


def record_rows(record: Record) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(table, row)`` for every row a record contributes."""
    meta = record.metadata
    date = meta.date_published.isoformat() if meta.date_published else None
    common = {"in_language": meta.in_language.value, "date_published": date}
    common["month"] = _month(meta.date_published)
    publisher = meta.publisher.name if meta.publisher else None
    licence = {"text_license": text_licence(meta)}
    yield (
        "records",
        {
            "id": record.id,
            "headline": meta.headline,
            **common,
            "genre": meta.genre.value,
            "publisher": publisher,
            "url": str(meta.url) if meta.url else None,
            "authors": json.dumps(meta.authors, ensure_ascii=False),
            "text_license": text_licence(meta),
            "lead": record.lead,
            "text": record.text,
            "n_speakers": len(record.speakers),
            "n_turns": len(record.turns),
            "n_events": len(record.events),
            "n_mentions": len(record.mentions),
            "raw_file": record.provenance.raw_file,
            "raw_sha256": record.provenance.raw_sha256,
            "flags": json.dumps([f.code for f in record.flags]),
        },
    )
    g = record.global_id  # ids are the record's own (`t2`): the tables key them globally
    for s in record.speakers:
        org = s.affiliations[0] if s.affiliations else None
        yield (
            "speakers",
            {
                "id": g(s.id),
                "record_id": record.id,
                "name": s.name,
                "name_as_printed": s.name_as_printed,
                "label": s.label,
                "interview_role": s.interview_role.value,
                "position": s.position,
                "organisation": org.org_name if org else None,
                "country": org.country if org else None,
                "wikidata_qid": s.wikidata_qid,
            },
        )
    # The turns, Q/A pairs and events are the views' rows (one builder: release.tables), with
    # the columns only the database has and SQLite's types (ISO dates, JSON lists).
    for t, row in zip(record.turns, view_rows(record, "turns"), strict=True):
        yield (
            "turns",
            {
                "id": row["turn_id"],
                "record_id": record.id,
                "n": row["n"],
                "kind": row["kind"],
                "speaker_id": row["speaker_id"],
                "speaker_name": row["speaker_name"],
                "speaker_role": row["speaker_role"],
                "reply_to": row["reply_to"],
                "marker": t.marker,
                "start": t.span.start,
                "end": t.span.end,
                "text": row["text"],
                **common,
                "publisher": row["publisher"],
                **licence,
            },
        )
    turns = {g(t.id): t for t in record.turns}
    for row in view_rows(record, "qa_pairs"):
        answer = turns[row["answer_id"]]
        yield (
            "qa_pairs",
            {
                "answer_id": row["answer_id"],
                "question_id": row["question_id"],
                "record_id": record.id,
                "interviewee_id": g(answer.speaker_id),
                "interviewee": row["interviewee"],
                "question": row["question"],
                "answer": row["answer"],
                **common,
                **licence,
            },
        )
    for m in record.mentions:
        turn = _turn_at(record, m.span.start)
        yield (
            "mentions",
            {
                "id": g(m.id),
                "record_id": record.id,
                "turn_id": g(turn.id) if turn else None,
                "speaker_id": g(turn.speaker_id) if turn else None,
                "type": m.type.value,
                "name": m.name,
                "code": m.code,
                "wikidata_qid": m.wikidata_qid,
                "start": m.span.start,
                "end": m.span.end,
                "quote": record.quote(m.span),
                **licence,
            },
        )
    for e, row in zip(record.events, view_rows(record, "events"), strict=True):
        actors = [a.name or a.actor_text or a.code for a in (*e.source, *e.recipient)]
        yield (
            "events",
            {
                "id": row["event_id"],
                "record_id": record.id,
                "event_type": row["event_type"],
                "mode": row["mode"],
                "modality": row["modality"],
                "context": json.dumps(row["context"]),
                "cameo_code": e.cameo_code,
                "source": "; ".join(a.name or a.actor_text or a.code for a in e.source) or None,
                "recipient": "; ".join(a.name or a.actor_text or a.code for a in e.recipient)
                or None,
                "actors": json.dumps(sorted(set(actors)), ensure_ascii=False),
                "date_text": row["date_text"],
                "date_edtf": e.date.edtf,
                "date_not_before": _iso(row["date_not_before"]),
                "date_not_after": _iso(row["date_not_after"]),
                "date_resolution": row["date_resolution"],
                "attributed_to": row["attributed_to"],
                "attributed_name": row["attributed_name"],
                "summary": e.summary,
                "evidence": " … ".join(row["evidence"]),
                "confidence": row["confidence"],
                "coder": row["coder"],
                "catalogue_id": row["catalogue_id"],
                **common,
                **licence,
            },
        )
        for n, ev in enumerate(e.evidence, 1):
            yield (
                "evidence",
                {
                    "event_id": g(e.id),
                    "n": n,
                    "record_id": record.id,
                    "turn_id": g(ev.turn_id),
                    "start": ev.span.start,
                    "end": ev.span.end,
                    "quote": record.quote(ev.span),
                    **licence,
                },
            )
        for role, group in (("source", e.source), ("recipient", e.recipient)):
            for n, a in enumerate(group, 1):
                yield (
                    "event_actors",
                    {
                        "event_id": g(e.id),
                        "role": role,
                        "n": n,
                        "code": a.code,
                        "sector": a.sector.value if a.sector else None,
                        "name": a.name,
                        "actor_text": a.actor_text,
                        "wikidata_qid": a.wikidata_qid,
                        "mention_id": g(a.mention_id),
                    },
                )
