"""The record's cross-field rules: spans inside the text, ids and references that resolve.

The container validator of :class:`~kzpolicy_data.records.Record` (``_cross_checks``) runs
:func:`record_problems`; ``validate`` and the build call it too, to report every problem.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from .codes import Modality

if TYPE_CHECKING:
    from .records import Record, Span

__all__ = ["record_problems"]


def _spans(record: Record) -> Iterator[tuple[str, Span]]:
    for i, seg in enumerate(record.segments):
        yield f"$.segments[{i}].span", seg.span
    for i, turn in enumerate(record.turns):
        yield f"$.turns[{i}].span", turn.span
        for j, para in enumerate(turn.paragraphs):
            yield f"$.turns[{i}].paragraphs[{j}]", para
    for i, mention in enumerate(record.mentions):
        yield f"$.mentions[{i}].span", mention.span
    for i, event in enumerate(record.events):
        for j, ev in enumerate(event.evidence):
            yield f"$.events[{i}].evidence[{j}].span", ev.span


def record_problems(record: Record) -> list[tuple[str, str]]:
    """Every cross-field problem of a record as ``(json path, message)``; empty if consistent."""
    problems: list[tuple[str, str]] = []
    text = record.text
    for path, span in _spans(record):
        if span.end < span.start:
            problems.append((path, f"span end {span.end} is before its start {span.start}"))
        elif span.end > len(text):
            problems.append((path, f"span ends at {span.end}, past the text end {len(text)}"))

    rid = record.id
    seen: set[str] = set()
    groups: list[tuple[str, str, list[Any]]] = [
        ("speakers", "s", record.speakers),
        ("turns", "t", record.turns),
        ("mentions", "m", record.mentions),
        ("events", "e", record.events),
    ]
    for field, letter, items in groups:
        for i, item in enumerate(items):
            if not item.id.startswith(f"{rid}.{letter}"):
                problems.append(
                    (f"$.{field}[{i}].id", f"{item.id!r} must start with {rid}.{letter}")
                )
            if item.id in seen:
                problems.append((f"$.{field}[{i}].id", f"duplicate id {item.id!r}"))
            seen.add(item.id)

    speakers = {s.id for s in record.speakers}
    mentions = {m.id for m in record.mentions}
    turn_index = {t.id: i for i, t in enumerate(record.turns)}
    prev_end = 0
    for i, turn in enumerate(record.turns):
        path = f"$.turns[{i}]"
        if turn.n != i + 1:
            problems.append((f"{path}.n", f"turn number {turn.n}, expected {i + 1}"))
        if turn.speaker_id is not None and turn.speaker_id not in speakers:
            problems.append((f"{path}.speaker_id", f"unknown speaker {turn.speaker_id!r}"))
        if turn.reply_to is not None and turn_index.get(turn.reply_to, i) >= i:
            problems.append((f"{path}.reply_to", f"{turn.reply_to!r} is not an earlier turn"))
        if turn.span.start < prev_end:
            problems.append((f"{path}.span", "turn overlaps or precedes the previous turn"))
        prev_end = max(prev_end, turn.span.end)
        for j, para in enumerate(turn.paragraphs):
            if para.start < turn.span.start or para.end > turn.span.end:
                problems.append((f"{path}.paragraphs[{j}]", "paragraph outside its turn's span"))

    for i, event in enumerate(record.events):
        path = f"$.events[{i}]"
        if event.attributed_to is not None and event.attributed_to not in speakers:
            problems.append((f"{path}.attributed_to", f"unknown speaker {event.attributed_to!r}"))
        for j, ev in enumerate(event.evidence):
            if ev.turn_id is not None and ev.turn_id not in turn_index:
                problems.append((f"{path}.evidence[{j}].turn_id", f"unknown turn {ev.turn_id!r}"))
        for role in ("source", "recipient"):
            for j, actor in enumerate(getattr(event, role)):
                if actor.mention_id is not None and actor.mention_id not in mentions:
                    problems.append(
                        (f"{path}.{role}[{j}].mention_id", f"unknown mention {actor.mention_id!r}")
                    )
        published = record.metadata.date_published
        after = event.date.not_before
        if published and after and after > published and event.modality != Modality.FUTURE:
            problems.append(
                (f"{path}.date", f"dated after publication ({published}) but not `future`")
            )
    return problems
