"""The record model: one validated record per raw article.

These Pydantic models are the single source of truth: the JSON Schema in ``schema/``, the
Hugging Face ``Features``, the Parquet schema and the dataset card are generated from them.

Schema version policy (``SCHEMA_VERSION``, SemVer):

* major: a field is removed or renamed, a type changes, a constraint is tightened or a code is
  removed from a code list; records of an older major no longer validate.
* minor: an optional field or a code-list value is added; older records still validate.
* patch: descriptions and documentation only.

Records carry the schema version they were written with; readers accept any record of the same
major version.

Since 2.0.0 each piece of text is stored once, in ``Record.text``: spans are offsets only and
the text they cover is derived by the record (:meth:`Record.quote`, :meth:`Record.turn_text`,
:attr:`Record.lead`); the flat views materialise it for ML users (docs/MIGRATION-2.0.md).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pydantic import Field, field_validator, model_validator

from .codes import Modality, RecordId, SegmentKind
from .record_items import (
    ANNOTATIONS_LICENSE,
    Actor,
    Affiliation,
    Coder,
    Event,
    EventDate,
    Evidence,
    Flag,
    Mention,
    Metadata,
    Provenance,
    Publisher,
    Segment,
    Span,
    Speaker,
    Tool,
    Turn,
    _Model,
)

__all__ = [
    "ANNOTATIONS_LICENSE",
    "SCHEMA_VERSION",
    "Actor",
    "Affiliation",
    "Coder",
    "Event",
    "EventDate",
    "Evidence",
    "Flag",
    "Mention",
    "Metadata",
    "Provenance",
    "Publisher",
    "Record",
    "Segment",
    "Span",
    "Speaker",
    "Tool",
    "Turn",
    "record_problems",
]

SCHEMA_VERSION = "2.0.0"


class Record(_Model):
    """One article: metadata, normalised text, speakers, turns, mentions and events."""

    schema_version: str = Field(
        default=SCHEMA_VERSION,
        pattern=r"^2\.[0-9]+\.[0-9]+$",
        description="Version of this schema the record was written with.",
    )
    id: RecordId = Field(description="Derived from the raw file's stem; stable across parsers.")
    provenance: Provenance = Field(description="Raw and curation files, and the parser.")
    metadata: Metadata = Field(description="Article metadata.")
    text: str = Field(description="Normalised body text (NFC, `\\n` line ends); spans index it.")
    segments: list[Segment] = Field(description="Typed non-turn parts of the text.")
    speakers: list[Speaker] = Field(description="Participants; empty for non-interviews.")
    turns: list[Turn] = Field(description="Interview turns in text order.")
    mentions: list[Mention] = Field(description="Named entity mentions.")
    events: list[Event] = Field(description="Referenced events.")
    flags: list[Flag] = Field(description="Warnings about the record.")

    @field_validator("text")
    @classmethod
    def _no_cr(cls, value: str) -> str:
        if "\r" in value:
            raise ValueError("text must use `\\n` line ends (found `\\r`)")
        return value

    @model_validator(mode="after")
    def _cross_checks(self) -> Record:
        problems = record_problems(self)
        if problems:
            raise ValueError("; ".join(f"{path}: {msg}" for path, msg in problems))
        return self

    def global_id(self, item_id: str | None) -> str | None:
        """An item's id outside the record (`t2` -> `<record id>.t2`), as the views give it."""
        return f"{self.id}.{item_id}" if item_id is not None else None

    def quote(self, span: Span) -> str:
        """The text a span of this record covers."""
        return self.text[span.start : span.end]

    def turn_text(self, turn: Turn) -> str:
        """What a turn says: its paragraphs joined by ``\\n``, without its printed marker."""
        paragraphs = [self.text[p.start : p.end] for p in turn.paragraphs]
        marker = (turn.marker or "").strip()
        # A layout may leave the marker inside the first paragraph (`– Да.`): it is not speech.
        # A word marker (a label `Q`) is one only as a whole word: `Quite so.` keeps its `Q`.
        first = paragraphs[0]
        if marker and first.startswith(marker) and not _inside_word(first, len(marker)):
            paragraphs[0] = first[len(marker) :].lstrip()
        return "\n".join(paragraphs)

    @property
    def lead(self) -> str | None:
        """The lead paragraph (standfirst): the text of the first `lead` segment, if any."""
        for seg in self.segments:
            if seg.kind == SegmentKind.LEAD:
                return self.quote(seg.span)
        return None


def _inside_word(text: str, i: int) -> bool:
    """Whether position ``i`` of ``text`` falls between two letters or digits."""
    return 0 < i < len(text) and text[i - 1].isalnum() and text[i].isalnum()


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

    seen: set[str] = set()
    groups: list[tuple[str, str, list[Any]]] = [
        ("speakers", "s", record.speakers),
        ("turns", "t", record.turns),
        ("mentions", "m", record.mentions),
        ("events", "e", record.events),
    ]
    for field, letter, items in groups:
        for i, item in enumerate(items):
            if not item.id.startswith(letter):
                problems.append((f"$.{field}[{i}].id", f"{item.id!r} must start with {letter}"))
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
