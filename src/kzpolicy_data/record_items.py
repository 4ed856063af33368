"""The parts of a record (spans, metadata, speakers, turns, mentions, events): the models
:class:`~kzpolicy_data.records.Record` is made of, re-exported by :mod:`kzpolicy_data.records`
(import them from there). A module of their own only to keep each module short.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, NamedTuple, cast

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    GetJsonSchemaHandler,
    field_validator,
    model_validator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, core_schema

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
    Sector,
    SegmentKind,
    Sha256,
    SpeakerId,
    TurnId,
    TurnKind,
    WikidataQid,
)

__all__ = [
    "ANNOTATIONS_LICENSE",
    "Actor",
    "Affiliation",
    "Coder",
    "Event",
    "EventDate",
    "Evidence",
    "Flag",
    "Mention",
    "Metadata",
    "NonEmpty",
    "Provenance",
    "Publisher",
    "Segment",
    "Span",
    "Speaker",
    "Tool",
    "Turn",
    "_Model",
]
# Ours, for everything in a record but its text (LICENSE-DATA); an SPDX identifier.
ANNOTATIONS_LICENSE = "CC-BY-4.0"

NonEmpty = Annotated[str, Field(min_length=1)]


def json_number(value: Any) -> Any:
    """A number as JSON has it: pydantic's lax mode reads `"3"` and `true` as numbers, the JSON
    Schema does not (so neither may the model)."""
    if isinstance(value, str | bool):
        raise ValueError(f"expected a number, found {type(value).__name__} {value!r}")
    return value


def json_date(value: Any) -> Any:
    """A date as the JSON Schema's `format: date` has it: pydantic also reads a Unix time or
    `2024-01-01T00:00:00` as a date."""
    if isinstance(value, int | float | bool) or (
        isinstance(value, str) and not _ISO_DATE.fullmatch(value)
    ):
        raise ValueError(f"expected a date as `YYYY-MM-DD`, found {value!r}")
    return value


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# A pattern rather than `format: uri`, so pydantic and JSON Schema accept exactly the same URLs.
HttpUrl = Annotated[str, Field(pattern=r"^https?://[^\s/?#.]\S*$", max_length=2000)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=False)


class Span(NamedTuple):
    """A standoff span over the record's ``text``, in code points: ``[start, end]`` in JSON.

    Offsets only (since 2.0.0): the text it covers is ``record.quote(span)``. A tuple rather than
    a model because a record holds a hundred of them: half the bytes and a third less time to
    load. ``start <= end <= len(text)`` is checked by the record validator.
    """

    start: Annotated[
        int, Field(ge=0, description="Offset of the first character in `text` (code points).")
    ]
    end: Annotated[int, Field(ge=0, description="Offset one past the last character in `text`.")]

    def of(self, text: str) -> str:
        """The part of ``text`` this span covers (use :meth:`Record.quote` on a record)."""
        return text[self.start : self.end]

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        # pydantic reads a named tuple from an object too ({"start": 3, "end": 9}); the JSON
        # Schema, and the trusted path (access/fastload.py), take only `[start, end]`.
        schema = dict(handler(source))
        ref = schema.pop("ref", None)  # on the wrapper: every use of Span refuses an object
        return core_schema.no_info_before_validator_function(
            _span_array, cast(CoreSchema, schema), ref=ref
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        json_schema = handler(schema)
        handler.resolve_ref_schema(json_schema)["description"] = _SPAN_DESCRIPTION
        return json_schema


_SPAN_DESCRIPTION = (
    "A standoff span over the record's `text`: `[start, end]` offsets in code points, "
    "`start <= end <= len(text)`; the text it covers is `text[start:end]`. Since 2.0.0 "
    "(an object with a `quote` before)."
)


def _span_array(value: Any) -> Any:
    if isinstance(value, dict):
        raise ValueError(
            "a span is a `[start, end]` array since schema 2.0.0, not an object "
            "(docs/MIGRATION-2.0.md)"
        )
    if isinstance(value, list | tuple):
        for offset in value:
            json_number(offset)
    return value


class Tool(_Model):
    """A program that produced part of the record, with its version."""

    name: NonEmpty = Field(description="Tool name, e.g. `kzpolicy_data.parse`.")
    version: NonEmpty = Field(description="Tool version; a new version invalidates cached output.")


class Provenance(_Model):
    """Where the record comes from: the raw file exactly as scraped, and its curation file."""

    raw_file: NonEmpty = Field(description="File name of the raw article under `raw/`.")
    raw_sha256: Sha256 = Field(description="`sha256:<hex>` of the raw file's bytes.")
    curation_file: str | None = Field(
        default=None, description="File name of the curation file, if any."
    )
    curation_sha256: Sha256 | None = Field(
        default=None, description="`sha256:<hex>` of the curation file."
    )
    parser: Tool = Field(description="Parser that produced this record.")


class Publisher(_Model):
    """The outlet that published the article (schema.org `publisher`)."""

    name: NonEmpty = Field(description="Outlet name as usually written, e.g. `Zakon.kz`.")
    url: HttpUrl | None = Field(default=None, description="Outlet home page.")


class Metadata(_Model):
    """Article metadata (schema.org NewsArticle / ninjs / Dublin Core names)."""

    date_published: dt.date | None = Field(
        default=None, description="Publication date; null if not found."
    )
    date_source: DateSource = Field(description="Where `date_published` was found.")
    publisher: Publisher | None = Field(default=None, description="Publishing outlet, if known.")
    url: HttpUrl | None = Field(default=None, description="Canonical URL of the article.")
    headline: str | None = Field(
        default=None, description="Title of the article, if printed or curated."
    )
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
    text_license: str | None = Field(
        default=None,
        description="The publisher's licence or permission note for the article text (curation "
        "`license`); null if none is recorded: no licence beyond research use is claimed. "
        "Called `license` before 2.0.0.",
    )
    annotations_license: str = Field(
        default=ANNOTATIONS_LICENSE,
        min_length=1,
        description="Licence of everything in the record but its text (SPDX id): ours, "
        "CC BY 4.0. Since 2.0.0.",
    )
    curated: list[NonEmpty] = Field(
        description="Names of metadata fields whose value comes from the curation file."
    )

    _date = field_validator("date_published", mode="before")(json_date)
    _number = field_validator("genre_confidence", mode="before")(json_number)


class Segment(_Model):
    """A typed paragraph or line of the text that is not part of a turn."""

    kind: SegmentKind = Field(description="What this part of the text is.")
    span: Span = Field(description="Where it is in `text`.")


class Affiliation(_Model):
    """A speaker's organisation (ParlaMint affiliation)."""

    org_name: str | None = Field(
        default=None, description="Organisation name as printed (nominative if known)."
    )
    country: CountryCode | None = Field(
        default=None, description="ISO 3166-1 alpha-3 of the organisation."
    )
    role: str | None = Field(default=None, description="Role in the organisation, e.g. `депутат`.")


class Speaker(_Model):
    """A participant of the article (ConvoKit Speaker)."""

    id: SpeakerId = Field(description="`s<n>`, in the record (`<record id>.s<n>` outside it).")
    name: str | None = Field(
        default=None, description="Full name in the nominative; null if unnamed."
    )
    name_as_printed: str | None = Field(
        default=None, description="Name exactly as first printed in the text."
    )
    label: str | None = Field(
        default=None, description="Transcript label as printed (`И.П.`, `Q`, `ГАЗЕТА`)."
    )
    interview_role: InterviewRole = Field(description="Role in the interview.")
    position: str | None = Field(
        default=None, description="Position as printed, e.g. `депутат Милли Меджлиса`."
    )
    affiliations: list[Affiliation] = Field(description="Organisations the speaker represents.")
    wikidata_qid: WikidataQid | None = Field(
        default=None, description="Wikidata item of the person."
    )
    curated: list[NonEmpty] = Field(description="Fields whose value comes from the curation file.")


class Turn(_Model):
    """One utterance of an interview (TEI `<u>`, ConvoKit Utterance)."""

    id: TurnId = Field(description="`t<n>`, in the record (`<record id>.t<n>` outside it).")
    n: int = Field(ge=1, description="1-based position of the turn in the article.")
    speaker_id: SpeakerId | None = Field(default=None, description="Who speaks; null if unknown.")
    kind: TurnKind = Field(description="Question, answer, or a remark.")
    reply_to: TurnId | None = Field(default=None, description="The turn this one answers.")
    marker: str | None = Field(
        default=None, description="Turn marker as printed (`– `, `Вопрос:`, `И.П. –`)."
    )
    span: Span = Field(description="The whole turn in `text`, marker included.")
    paragraphs: list[Span] = Field(
        min_length=1,
        description="Content of each paragraph, marker excluded; the turn's text is their "
        "quotes joined by `\\n` (`Record.turn_text`).",
    )

    _number = field_validator("n", mode="before")(json_number)


class Mention(_Model):
    """A named entity mentioned in the text."""

    id: MentionId = Field(description="`m<n>`, in the record (`<record id>.m<n>` outside it).")
    type: EntityType = Field(description="Person, organisation or location.")
    span: Span = Field(description="Where it is mentioned.")
    name: NonEmpty = Field(description="Normalised name (nominative).")
    code: ActorCode | None = Field(
        default=None, description="Country code or actor group, via the gazetteer."
    )
    wikidata_qid: WikidataQid | None = Field(
        default=None, description="Wikidata item, via the gazetteer."
    )


class Actor(_Model):
    """A source or recipient of an event (PLOVER actor)."""

    code: ActorCode = Field(
        description="ISO 3166-1 alpha-3, IGO/NGO/MNC/UNK, or a named organisation (IGO:EU).",
    )
    sector: Sector | None = Field(
        default=None, description="Sector (GOV, LEG, MIL, ...), if known."
    )
    name: str | None = Field(
        default=None, description="Normalised actor name, e.g. `Kassym-Jomart Tokayev`."
    )
    actor_text: str | None = Field(default=None, description="The actor as printed.")
    wikidata_qid: WikidataQid | None = Field(
        default=None, description="Wikidata item of the actor."
    )
    mention_id: MentionId | None = Field(
        default=None, description="The mention this actor was read from."
    )


class EventDate(_Model):
    """When the event happened, as printed and as an interval."""

    text: str | None = Field(default=None, description="Date expression as printed; null if none.")
    edtf: str | None = Field(
        default=None, description="Extended Date/Time Format value, e.g. `2026-03-15`."
    )
    not_before: dt.date | None = Field(default=None, description="Earliest possible date.")
    not_after: dt.date | None = Field(default=None, description="Latest possible date.")
    resolution: DateResolution = Field(description="How the date was resolved.")

    _date = field_validator("not_before", "not_after", mode="before")(json_date)

    @model_validator(mode="after")
    def _ordered(self) -> EventDate:
        if self.not_before and self.not_after and self.not_before > self.not_after:
            raise ValueError(f"not_before {self.not_before} is after not_after {self.not_after}")
        return self


class Evidence(_Model):
    """A passage of the text that mentions the event."""

    turn_id: TurnId | None = Field(default=None, description="The turn the passage is in, if any.")
    span: Span = Field(description="The passage.")


class Coder(_Model):
    """Who coded the event: the rule-based extractor (with version) or `curated`."""

    name: NonEmpty = Field(description="`kzpolicy_data.events` or `curated`.")
    version: NonEmpty = Field(description="Extractor version, or curation file digest prefix.")


class Event(_Model):
    """An event the text refers to, coded with PLOVER."""

    id: EventId = Field(description="`e<n>`, in the record (`<record id>.e<n>` outside it).")
    event_type: EventType = Field(description="PLOVER category or a `kzp:` extension.")
    mode: str | None = Field(
        default=None, pattern=r"^[a-z_]+$", description="PLOVER mode of the category."
    )
    modality: Modality = Field(description="Asserted, negated, hypothetical or future.")
    context: list[Context] = Field(description="PLOVER contexts.")
    cameo_code: str | None = Field(
        default=None, pattern=r"^[0-9]{2,4}$", description="CAMEO crosswalk code."
    )
    source: list[Actor] = Field(description="Who acts.")
    recipient: list[Actor] = Field(description="Who is acted on.")
    date: EventDate = Field(description="When it happened.")
    evidence: list[Evidence] = Field(min_length=1, description="Passages that mention it.")
    attributed_to: SpeakerId | None = Field(
        default=None, description="Speaker who makes the claim."
    )
    confidence: float = Field(ge=0.0, le=1.0, description="Coder's confidence, 0..1.")
    coder: Coder = Field(description="Extractor name and version, or `curated`.")
    catalogue_id: CatalogueId | None = Field(
        default=None, description="Same real-world event across articles."
    )
    summary: str | None = Field(default=None, description="One-line English gloss of the event.")

    _number = field_validator("confidence", mode="before")(json_number)


class Flag(_Model):
    """Something a user of the record should know (e.g. `no_date`)."""

    code: str = Field(pattern=r"^[a-z][a-z0-9_]*$", description="Machine-readable flag code.")
    message: NonEmpty = Field(description="What it means for this record.")
