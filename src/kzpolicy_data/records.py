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
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .codes import (
    ActorCode,
    CatalogueId,
    Context,
    CountryCode,
    DateResolution,
    DateSource,
    EntityType,
    EventId,
    EventType,
    Genre,
    InterviewRole,
    Language,
    MentionId,
    Modality,
    RecordId,
    Sector,
    SegmentKind,
    Sha256,
    SpeakerId,
    TurnId,
    TurnKind,
    WikidataQid,
)

__all__ = [
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

SCHEMA_VERSION = "1.1.0"

NonEmpty = Annotated[str, Field(min_length=1)]
# A pattern rather than `format: uri`, so pydantic and JSON Schema accept exactly the same URLs.
HttpUrl = Annotated[str, Field(pattern=r"^https?://[^\s/?#.]\S*$", max_length=2000)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=False)


class Span(_Model):
    """A standoff span over the record's ``text``, in code points, with the text it covers."""

    start: int = Field(ge=0, description="Offset of the first character in `text` (code points).")
    end: int = Field(ge=0, description="Offset one past the last character in `text`.")
    quote: str = Field(description="Exactly `text[start:end]`; checked by the record validator.")

    @model_validator(mode="after")
    def _consistent(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        if len(self.quote) != self.end - self.start:
            raise ValueError(
                f"span quote has {len(self.quote)} characters but covers "
                f"{self.end - self.start} ({self.start}..{self.end})"
            )
        return self


class Tool(_Model):
    """A program that produced part of the record, with its version."""

    name: NonEmpty = Field(description="Tool name, e.g. `kzpolicy_data.parse`.")
    version: NonEmpty = Field(description="Tool version; a new version invalidates cached output.")


class Provenance(_Model):
    """Where the record comes from: the raw file exactly as scraped, and its curation file."""

    raw_file: NonEmpty = Field(description="File name of the raw article under `raw/`.")
    raw_sha256: Sha256 = Field(description="`sha256:<hex>` of the raw file's bytes.")
    curation_file: str | None = Field(description="File name of the curation file, if any.")
    curation_sha256: Sha256 | None = Field(description="`sha256:<hex>` of the curation file.")
    parser: Tool = Field(description="Parser that produced this record.")


class Publisher(_Model):
    """The outlet that published the article (schema.org `publisher`)."""

    name: NonEmpty = Field(description="Outlet name as usually written, e.g. `Zakon.kz`.")
    url: HttpUrl | None = Field(description="Outlet home page.")


class Metadata(_Model):
    """Article metadata (schema.org NewsArticle / ninjs / Dublin Core names)."""

    date_published: dt.date | None = Field(description="Publication date; null if not found.")
    date_source: DateSource = Field(description="Where `date_published` was found.")
    publisher: Publisher | None = Field(description="Publishing outlet, if known.")
    url: HttpUrl | None = Field(description="Canonical URL of the article.")
    headline: str | None = Field(description="Title of the article, if printed or curated.")
    lead: str | None = Field(description="Lead paragraph (standfirst), if recognised.")
    authors: list[NonEmpty] = Field(description="Authors / interviewers named in a byline.")
    in_language: Language = Field(description="BCP 47 language of the text.")
    genre: Genre = Field(description="Article genre; `interview` articles have turns.")
    genre_confidence: float | None = Field(
        default=None,
        ge=0,
        le=1,
        description="Confidence of the parser's genre decision (null if curated). Since 1.1.0.",
    )
    genre_evidence: list[NonEmpty] = Field(
        default_factory=list,
        description="Evidence behind the genre decision, as `+1.5 cue (where)`. Since 1.1.0.",
    )
    license: str | None = Field(description="Licence or permission note for the text.")
    curated: list[NonEmpty] = Field(
        description="Names of metadata fields whose value comes from the curation file."
    )


class Segment(_Model):
    """A typed paragraph or line of the text that is not part of a turn."""

    kind: SegmentKind = Field(description="What this part of the text is.")
    span: Span = Field(description="Where it is in `text`.")


class Affiliation(_Model):
    """A speaker's organisation (ParlaMint affiliation)."""

    org_name: str | None = Field(description="Organisation name as printed (nominative if known).")
    country: CountryCode | None = Field(description="ISO 3166-1 alpha-3 of the organisation.")
    role: str | None = Field(description="Role in the organisation, e.g. `депутат`.")


class Speaker(_Model):
    """A participant of the article (ConvoKit Speaker)."""

    id: SpeakerId = Field(description="`<record id>.s<n>`.")
    name: str | None = Field(description="Full name in the nominative; null if unnamed.")
    name_as_printed: str | None = Field(description="Name exactly as first printed in the text.")
    label: str | None = Field(description="Transcript label as printed (`И.П.`, `Q`, `ГАЗЕТА`).")
    interview_role: InterviewRole = Field(description="Role in the interview.")
    position: str | None = Field(description="Position as printed, e.g. `депутат Милли Меджлиса`.")
    affiliations: list[Affiliation] = Field(description="Organisations the speaker represents.")
    wikidata_qid: WikidataQid | None = Field(description="Wikidata item of the person.")
    curated: list[NonEmpty] = Field(description="Fields whose value comes from the curation file.")


class Turn(_Model):
    """One utterance of an interview (TEI `<u>`, ConvoKit Utterance)."""

    id: TurnId = Field(description="`<record id>.t<n>`.")
    n: int = Field(ge=1, description="1-based position of the turn in the article.")
    speaker_id: SpeakerId | None = Field(description="Who speaks; null if unknown.")
    kind: TurnKind = Field(description="Question, answer, or a remark.")
    reply_to: TurnId | None = Field(description="The turn this one answers.")
    marker: str | None = Field(description="Turn marker as printed (`– `, `Вопрос:`, `И.П. –`).")
    span: Span = Field(description="The whole turn in `text`, marker included.")
    paragraphs: list[Span] = Field(min_length=1, description="Content of each paragraph.")
    text: str = Field(description="Paragraph quotes joined by `\\n` (marker excluded).")


class Mention(_Model):
    """A named entity mentioned in the text."""

    id: MentionId = Field(description="`<record id>.m<n>`.")
    type: EntityType = Field(description="Person, organisation or location.")
    span: Span = Field(description="Where it is mentioned.")
    name: NonEmpty = Field(description="Normalised name (nominative).")
    code: ActorCode | None = Field(description="Country code or actor group, via the gazetteer.")
    wikidata_qid: WikidataQid | None = Field(description="Wikidata item, via the gazetteer.")


class Actor(_Model):
    """A source or recipient of an event (PLOVER actor)."""

    code: ActorCode = Field(
        description="ISO 3166-1 alpha-3, IGO/NGO/MNC/UNK, or a named organisation (IGO:EU).",
    )
    sector: Sector | None = Field(description="Sector (GOV, LEG, MIL, ...), if known.")
    name: str | None = Field(description="Normalised actor name, e.g. `Kassym-Jomart Tokayev`.")
    actor_text: str | None = Field(description="The actor as printed.")
    wikidata_qid: WikidataQid | None = Field(description="Wikidata item of the actor.")
    mention_id: MentionId | None = Field(description="The mention this actor was read from.")


class EventDate(_Model):
    """When the event happened, as printed and as an interval."""

    text: str | None = Field(description="Date expression as printed; null if none.")
    edtf: str | None = Field(description="Extended Date/Time Format value, e.g. `2026-03-15`.")
    not_before: dt.date | None = Field(description="Earliest possible date.")
    not_after: dt.date | None = Field(description="Latest possible date.")
    resolution: DateResolution = Field(description="How the date was resolved.")

    @model_validator(mode="after")
    def _ordered(self) -> EventDate:
        if self.not_before and self.not_after and self.not_before > self.not_after:
            raise ValueError(f"not_before {self.not_before} is after not_after {self.not_after}")
        return self


class Evidence(_Model):
    """A passage of the text that mentions the event."""

    turn_id: TurnId | None = Field(description="The turn the passage is in, if any.")
    span: Span = Field(description="The passage.")


class Coder(_Model):
    """Who coded the event: the rule-based extractor (with version) or `curated`."""

    name: NonEmpty = Field(description="`kzpolicy_data.events` or `curated`.")
    version: NonEmpty = Field(description="Extractor version, or curation file digest prefix.")


class Event(_Model):
    """An event the text refers to, coded with PLOVER."""

    id: EventId = Field(description="`<record id>.e<n>`.")
    event_type: EventType = Field(description="PLOVER category or a `kzp:` extension.")
    mode: str | None = Field(pattern=r"^[a-z_]+$", description="PLOVER mode of the category.")
    modality: Modality = Field(description="Asserted, negated, hypothetical or future.")
    context: list[Context] = Field(description="PLOVER contexts.")
    cameo_code: str | None = Field(pattern=r"^[0-9]{2,4}$", description="CAMEO crosswalk code.")
    source: list[Actor] = Field(description="Who acts.")
    recipient: list[Actor] = Field(description="Who is acted on.")
    date: EventDate = Field(description="When it happened.")
    evidence: list[Evidence] = Field(min_length=1, description="Passages that mention it.")
    attributed_to: SpeakerId | None = Field(description="Speaker who makes the claim.")
    confidence: float = Field(ge=0.0, le=1.0, description="Coder's confidence, 0..1.")
    coder: Coder = Field(description="Extractor name and version, or `curated`.")
    catalogue_id: CatalogueId | None = Field(description="Same real-world event across articles.")
    summary: str | None = Field(description="One-line English gloss of the event.")


class Flag(_Model):
    """Something a user of the record should know (e.g. `no_date`)."""

    code: str = Field(pattern=r"^[a-z][a-z0-9_]*$", description="Machine-readable flag code.")
    message: NonEmpty = Field(description="What it means for this record.")


class Record(_Model):
    """One article: metadata, normalised text, speakers, turns, mentions and events."""

    schema_version: str = Field(
        default=SCHEMA_VERSION,
        pattern=r"^1\.[0-9]+\.[0-9]+$",
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
        if span.end > len(text):
            problems.append((path, f"span ends at {span.end}, past the text end {len(text)}"))
        elif text[span.start : span.end] != span.quote:
            found = text[span.start : span.end]
            problems.append((path, f"quote {span.quote[:40]!r} != text there {found[:40]!r}"))

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
        if turn.text != "\n".join(p.quote for p in turn.paragraphs):
            problems.append((f"{path}.text", "text is not the paragraph quotes joined by `\\n`"))

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
