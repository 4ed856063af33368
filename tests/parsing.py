"""Helpers for the parser tests: a made-up text parsed without events, its guests, and the
events the rules would extract from it (published or queued)."""

from __future__ import annotations

from kzpolicy_data import parse_bytes
from kzpolicy_data.events.annotate import event_key
from kzpolicy_data.events.extract import extract_candidates
from kzpolicy_data.nlp.analysis import Analysis
from kzpolicy_data.records import Record

Key = tuple[str, str, tuple[str, ...], tuple[str, ...]]


def parse_guests(text: str, name: str = "made-up.txt") -> tuple[Record, list[str | None]]:
    """The record of ``text`` and the names of its interviewees (None for an unnamed one)."""
    rec = parse_bytes(text.encode(), name, events=False)
    return rec, [s.name for s in rec.speakers if s.interview_role.value == "interviewee"]


def event_keys(text: str, name: str, *, title: str | None = "Жаңалық") -> list[Key]:
    """The (type, modality, source, recipient) of every candidate event of ``text``, published
    or queued, as the body of an article under ``title`` (or as its first line, if None),
    published on 2026-03-02."""
    head = f"{title}\n\n" if title is not None else ""
    record = parse_bytes(f" date 2026-03-02 {head}{text}\n".encode(), name, events=False)
    return [event_key(c.event) for c in extract_candidates(record, Analysis(record.text))]
