"""Helpers for the parser tests: a made-up text parsed without events, and its guests."""

from __future__ import annotations

from kzpolicy_data import parse_bytes
from kzpolicy_data.records import Record


def parse_guests(text: str, name: str = "made-up.txt") -> tuple[Record, list[str | None]]:
    """The record of ``text`` and the names of its interviewees (None for an unnamed one)."""
    rec = parse_bytes(text.encode(), name, events=False)
    return rec, [s.name for s in rec.speakers if s.interview_role.value == "interviewee"]
