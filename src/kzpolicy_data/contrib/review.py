"""Review: the records a curator should look at, least certain first, with the fix for each.

A record needs review when the parser flagged something a curation file can settle: a genre
decided with low confidence (``genre_uncertain``), no publication date, an unnamed interviewee,
an interview without turns, an unsupported language or a page that lost its letters; and each
event the extractor found but did not publish (no source, or a confidence below the publishing
threshold: ``events.confidence``). Each item says why (the flag messages and, for the genre,
the evidence for and against) and gives the
curation stanza (``raw/<stem>.yaml``, see :mod:`kzpolicy_data.source.curation`) that fixes it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..contrib.validate import check_jsonl_file
from ..errors import KzPolicyError, ValidationFailed
from ..records import Actor, Event, Record
from ..source.curation import curation_path_for

__all__ = [
    "REVIEW_FLAGS",
    "ReviewItem",
    "ReviewReport",
    "event_items",
    "event_stanza",
    "review",
    "review_record",
    "stanza",
]

# Flags a curation file can settle, and what the curator has to supply.
REVIEW_FLAGS = {
    "genre_uncertain": "confirm or correct the genre",
    "no_date": "give the publication date",
    "interviewee_unnamed": "name the interviewee in the nominative",
    "no_turns": "check the genre: an interview without turns",
    "language_unsupported": "confirm the language (or drop the article)",
    "letters_stripped": "re-fetch the page or drop it: the text lost its letters",
}


@dataclass
class ReviewItem:
    """One record that needs a curator."""

    source: str  # file (and line, for JSONL) the record came from
    record_id: str
    confidence: float  # the genre confidence; 1.0 when curated or not decided by the parser
    genre: str
    why: list[str] = field(default_factory=list)
    stanza: str = ""
    curation_file: str = ""

    def render(self) -> str:
        lines = [f"{self.confidence:.2f}  {self.source}  ({self.record_id}: {self.genre})"]
        lines += [f"  why: {w}" for w in self.why]
        lines.append(f"  fix in {self.curation_file}:")
        lines += [f"    {s}" for s in self.stanza.splitlines()]
        return "\n".join(lines)


@dataclass
class ReviewReport:
    """Items to review (least certain first), how many records were read, and errors."""

    items: list[ReviewItem] = field(default_factory=list)
    records: int = 0
    errors: list[KzPolicyError] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "items": [asdict(i) for i in self.items],
            "errors": [e.to_dict() for e in self.errors],
        }

    def summary(self) -> str:
        out = [i.render() for i in self.items]
        out += [f"error: {e}" for e in self.errors]
        needing = len({i.record_id for i in self.items})
        out.append(f"{needing} of {self.records} record(s) need review ({len(self.items)} item(s))")
        return "\n".join(out)


def _yaml_str(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid YAML scalar


def stanza(record: Record, codes: set[str]) -> str:
    """The curation YAML that settles the flags ``codes`` of ``record`` (FIXME marks a value
    only the curator knows)."""
    md = record.metadata
    lines: list[str] = []
    if codes & {"genre_uncertain", "no_turns"}:
        conf = f" (confidence {md.genre_confidence:.2f})" if md.genre_confidence else ""
        lines.append(f"genre: {md.genre.value}  # the parser's guess{conf}; correct it if wrong")
    if "no_date" in codes:
        lines.append("date_published: FIXME  # YYYY-MM-DD, the date the page was published")
    if codes & {"language_unsupported", "letters_stripped"}:
        lines.append(f"in_language: {md.in_language.value}  # ru, kk or en if detection is wrong")
        if "letters_stripped" in codes:
            lines.append('notes: "letters lost in scraping; re-fetch or drop"')
    if "interviewee_unnamed" in codes:
        position = next(
            (s.position for s in record.speakers if s.interview_role.value == "interviewee"),
            None,
        )
        lines += ["speakers:", "  - match: interviewee", "    name: FIXME  # nominative"]
        if position:
            lines.append(f"    position: {_yaml_str(position)}")
    return "\n".join(lines)


def event_stanza(event: Event, text: str) -> str:
    """The curation ``events:`` entry that publishes an extracted candidate as it stands (the
    curator corrects what is wrong before adding it to ``raw/<stem>.yaml``)."""

    def actors(items: list[Actor]) -> str:
        return (
            "["
            + ", ".join(
                "{code: "
                + _yaml_str(a.code)
                + (f", text: {_yaml_str(a.actor_text)}" if a.actor_text else "")
                + "}"
                for a in items
            )
            + "]"
        )

    lines = [
        "events:",
        f"  - event_type: {_yaml_str(event.event_type.value)}",
        f"    modality: {event.modality.value}",
        f"    source: {actors(event.source)}",
        f"    recipient: {actors(event.recipient)}",
        "    evidence: [" + ", ".join(_yaml_str(e.span.of(text)) for e in event.evidence) + "]",
    ]
    return "\n".join(lines)


def event_items(record: Record, source: str, curation_file: str) -> list[ReviewItem]:
    """One review item per extracted event that is not published."""
    from ..events.annotate import unpublished
    from ..events.confidence import model

    threshold = model().threshold
    items = []
    for event in unpublished(record):
        why = "no source" if not event.source else f"confidence below {threshold:.2f}"
        src = ", ".join(a.code for a in event.source) or "?"
        rec = ", ".join(a.code for a in event.recipient) or "-"
        items.append(
            ReviewItem(
                source=source,
                record_id=record.id,
                confidence=event.confidence,
                genre=record.metadata.genre.value,
                why=[
                    f"event_candidate: {event.event_type.value} {src} -> {rec} "
                    f"({event.modality.value}), {why} -> accept it if the text says so",
                    f"evidence: {record.quote(event.evidence[0].span)[:160]}",
                ],
                stanza=event_stanza(event, record.text),
                curation_file=curation_file,
            )
        )
    return items


def review_record(record: Record, source: str, curation_file: str) -> ReviewItem | None:
    """The review item for a record, or None if nothing in it needs a curator."""
    flags = [f for f in record.flags if f.code in REVIEW_FLAGS]
    if not flags:
        return None
    md = record.metadata
    why = [f"{f.code}: {f.message} -> {REVIEW_FLAGS[f.code]}" for f in flags]
    codes = {f.code for f in flags}
    if "genre_uncertain" in codes and md.genre_evidence:
        pro = [e for e in md.genre_evidence if e.startswith("+")]
        con = [e for e in md.genre_evidence if e.startswith("-")]
        why.append("evidence for an interview: " + ("; ".join(pro) or "none"))
        why.append("evidence against: " + ("; ".join(con) or "none"))
    confidence = md.genre_confidence if md.genre_confidence is not None else 1.0
    return ReviewItem(
        source=source,
        record_id=record.id,
        confidence=confidence,
        genre=md.genre.value,
        why=why,
        stanza=stanza(record, codes),
        curation_file=curation_file,
    )


def _files(paths: Sequence[Path]) -> Iterator[Path]:
    for p in paths:
        if p.is_symlink():
            continue  # never follow links out of the tree
        if p.is_dir():
            yield from sorted(
                x for x in p.iterdir() if x.suffix in {".txt", ".jsonl"} and not x.is_symlink()
            )
        else:
            yield p


def review(paths: Sequence[Path | str] | None = None, *, ner: bool = True) -> ReviewReport:
    """Parse raw articles (``.txt``) or read records (``.jsonl``) and list what needs review."""
    from ..parse import parse_file

    report = ReviewReport()
    for path in _files([Path(p) for p in (paths or [Path("raw")])]):
        if not path.exists():
            report.errors.append(ValidationFailed("no such file", path=path, hint="check the path"))
        elif path.suffix == ".jsonl":
            problems, records = check_jsonl_file(path)
            report.errors += problems
            for n, rec in enumerate(records, start=1):
                report.records += 1
                cur = f"raw/{Path(rec.provenance.raw_file).with_suffix('.yaml')}"
                if (item := review_record(rec, f"{path}:{n}", cur)) is not None:
                    report.items.append(item)
        elif path.suffix == ".txt":
            try:
                rec = parse_file(path, ner=ner, events=ner)
            except KzPolicyError as exc:
                report.errors.append(exc)
                continue
            report.records += 1
            cur = str(curation_path_for(path))
            if (item := review_record(rec, str(path), cur)) is not None:
                report.items.append(item)
            if ner:  # the event candidates need the NLP models, as `--no-ner` says
                report.items += event_items(rec, str(path), cur)
        else:
            report.errors.append(
                ValidationFailed(
                    f"unexpected file type {path.suffix!r}",
                    path=path,
                    hint="review reads raw articles (.txt) and record files (.jsonl)",
                )
            )
    report.items.sort(key=lambda i: (i.confidence, -len(i.why), i.source))
    return report
