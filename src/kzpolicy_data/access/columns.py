"""The columns of the SQLite export, in order, each described from the pydantic models.

A column that copies a model field takes that field's description, so the database, the
Datasette pages and the JSON Schema say the same thing; derived columns say how they are made.
"""

from __future__ import annotations

from typing import get_type_hints

from pydantic import BaseModel

from ..records import (
    Actor,
    Affiliation,
    Event,
    EventDate,
    Evidence,
    Mention,
    Metadata,
    Provenance,
    Record,
    Span,
    Speaker,
    Turn,
)

__all__ = ["COLUMN_DESCRIPTIONS", "TABLE_DESCRIPTIONS"]


def _d(model: type[BaseModel], field: str) -> str:
    description = model.model_fields[field].description
    assert description, f"{model.__name__}.{field} has no description"
    return description


def _span_d(field: str) -> str:
    """A Span field's description (a NamedTuple's fields carry theirs in ``Annotated``)."""
    hint = get_type_hints(Span, include_extras=True)[field]
    return str(hint.__metadata__[0].description)


_REC = "The record (article) this row belongs to."
_LICENCE = (
    "The publisher's licence or permission note for the article's text (empty: research use "
    "only, no licence stated); the annotations are CC BY 4.0."
)
_MONTH = "Month of publication, `YYYY-MM` (for facets)."
_COMMON = {
    "in_language": _d(Metadata, "in_language"),
    "date_published": _d(Metadata, "date_published"),
    "month": _MONTH,
}

COLUMN_DESCRIPTIONS: dict[str, dict[str, str]] = {
    "records": {
        "id": _d(Record, "id"),
        "headline": _d(Metadata, "headline"),
        **_COMMON,
        "genre": _d(Metadata, "genre"),
        "publisher": "Outlet name as usually written, e.g. `Zakon.kz`.",
        "url": _d(Metadata, "url"),
        "authors": _d(Metadata, "authors") + " (JSON array)",
        "text_license": _LICENCE,
        "lead": "Lead paragraph (standfirst), if recognised: the `lead` segment's text.",
        "text": _d(Record, "text"),
        "n_speakers": "Number of speakers.",
        "n_turns": "Number of interview turns.",
        "n_events": "Number of events.",
        "n_mentions": "Number of entity mentions.",
        "raw_file": _d(Provenance, "raw_file"),
        "raw_sha256": _d(Provenance, "raw_sha256"),
        "flags": "Codes of the record's warning flags (JSON array).",
    },
    "speakers": {
        "id": _d(Speaker, "id"),
        "record_id": _REC,
        "name": _d(Speaker, "name"),
        "name_as_printed": _d(Speaker, "name_as_printed"),
        "label": _d(Speaker, "label"),
        "interview_role": _d(Speaker, "interview_role"),
        "position": _d(Speaker, "position"),
        "organisation": "First affiliation: " + _d(Affiliation, "org_name"),
        "country": _d(Affiliation, "country"),
        "wikidata_qid": _d(Speaker, "wikidata_qid"),
    },
    "turns": {
        "id": _d(Turn, "id"),
        "record_id": _REC,
        "n": _d(Turn, "n"),
        "kind": _d(Turn, "kind"),
        "speaker_id": _d(Turn, "speaker_id"),
        "speaker_name": "The speaker's name (see speakers.name).",
        "speaker_role": "The speaker's role in the interview.",
        "reply_to": _d(Turn, "reply_to"),
        "marker": _d(Turn, "marker"),
        "start": "Turn span: " + _span_d("start"),
        "end": "Turn span: " + _span_d("end"),
        "text": "What the turn says: its paragraphs joined by `\\n`, without the printed marker.",
        **_COMMON,
        "publisher": "Outlet name as usually written, e.g. `Zakon.kz`.",
        "text_license": _LICENCE,
    },
    "qa_pairs": {
        "answer_id": "The answer turn.",
        "question_id": "The question turn it replies to.",
        "record_id": _REC,
        "interviewee_id": "The speaker of the answer.",
        "interviewee": "The answering speaker's name.",
        "question": "Text of the question turn.",
        "answer": "Text of the answer turn.",
        **_COMMON,
        "text_license": _LICENCE,
    },
    "mentions": {
        "id": _d(Mention, "id"),
        "record_id": _REC,
        "turn_id": "The turn the mention is in, if any.",
        "speaker_id": "Who speaks in that turn.",
        "type": _d(Mention, "type"),
        "name": _d(Mention, "name"),
        "code": _d(Mention, "code"),
        "wikidata_qid": _d(Mention, "wikidata_qid"),
        "start": _span_d("start"),
        "end": _span_d("end"),
        "quote": "The mention as printed.",
        "text_license": _LICENCE,
    },
    "events": {
        "id": _d(Event, "id"),
        "record_id": _REC,
        "event_type": _d(Event, "event_type"),
        "mode": _d(Event, "mode"),
        "modality": _d(Event, "modality"),
        "context": _d(Event, "context") + " (JSON array)",
        "cameo_code": _d(Event, "cameo_code"),
        "source": _d(Event, "source") + " (names, `; `-separated)",
        "recipient": _d(Event, "recipient") + " (names, `; `-separated)",
        "actors": "Source and recipient names (JSON array, for the actor facet).",
        "date_text": _d(EventDate, "text"),
        "date_edtf": _d(EventDate, "edtf"),
        "date_not_before": _d(EventDate, "not_before"),
        "date_not_after": _d(EventDate, "not_after"),
        "date_resolution": _d(EventDate, "resolution"),
        "attributed_to": _d(Event, "attributed_to"),
        "attributed_name": "Name of the speaker who makes the claim.",
        "summary": _d(Event, "summary"),
        "evidence": "Evidence quotes, ` … `-separated (see the evidence table).",
        "confidence": _d(Event, "confidence"),
        "coder": _d(Event, "coder") + " (`name version`)",
        "catalogue_id": _d(Event, "catalogue_id"),
        **_COMMON,
        "text_license": _LICENCE,
    },
    "evidence": {
        "event_id": "The event.",
        "n": "1-based position of the passage among the event's evidence.",
        "record_id": _REC,
        "turn_id": _d(Evidence, "turn_id"),
        "start": _span_d("start"),
        "end": _span_d("end"),
        "quote": "The passage as printed: `text[start:end]` of the record.",
        "text_license": _LICENCE,
    },
    "event_actors": {
        "event_id": "The event.",
        "role": "`source` (who acts) or `recipient` (who is acted on).",
        "n": "1-based position among the event's actors of that role.",
        "code": _d(Actor, "code"),
        "sector": _d(Actor, "sector"),
        "name": _d(Actor, "name"),
        "actor_text": _d(Actor, "actor_text"),
        "wikidata_qid": _d(Actor, "wikidata_qid"),
        "mention_id": _d(Actor, "mention_id"),
    },
    "metadata": {
        "key": "Metadata key (title, version, license, source, columns, ...).",
        "value": "Its value, as JSON.",
    },
    "word_forms": {
        "form": "A word as it occurs in the texts, as printed and lower-cased.",
        "stem": "A stem it is indexed under in `records_stems` and `turns_stems`.",
    },
}

TABLE_DESCRIPTIONS = {
    "records": "One row per article: metadata and normalised text.",
    "speakers": "Participants of the articles.",
    "turns": "One row per interview turn: who speaks, what kind, the text.",
    "qa_pairs": "An answer and the question it replies to.",
    "events": "PLOVER events the texts refer to; evidence passages in the evidence table.",
    "evidence": "Passages of the text that mention each event (standoff spans).",
    "event_actors": "Source and recipient actors of each event.",
    "mentions": "Named-entity mentions (standoff spans), with the turn they are in.",
    "metadata": "Licence, source, version and column descriptions of this database.",
    "word_forms": "Every word form of the texts and its stems: search word forms from any "
    "SQLite client (`turns_stems MATCH stem`).",
}
