"""The guide's conventions on the roles of an event (``EVENTS_GUIDE.md``), applied once its
parties are known: domestic acts have no recipient, a dialogue format meets its partner (C5+1:
the five -> USA), a visitor to a region visits each of its states, multi-party meetings and deals
are symmetric, and a source is never among its recipients.
"""

from __future__ import annotations

from ..codes import EventType
from ..nlp.gazetteer import GazMatch, country_entry
from .drafts import codes_of
from .scenes import MUTUAL

__all__ = ["DOMESTIC", "shape"]

DOMESTIC = {EventType.KZP_ELECTION, EventType.KZP_REFERENDUM, EventType.PROTEST}


def shape(
    kind: EventType, src: list[GazMatch], rec: list[GazMatch], *, visit: bool = False
) -> tuple[list[GazMatch], list[GazMatch]]:
    """Conventions on roles: symmetric and multi-party meetings, formats, domestic events
    (``visit``: the act is a visit or a trip)."""
    if kind in DOMESTIC:
        return src[:1], []
    formats = any(m.entry.members for m in [*src, *rec])
    if (
        kind == EventType.CONSULT
        and visit
        and src
        and not any(m.entry.members for m in src)
        and any(m.entry.members and not m.entry.partner for m in rec)
    ):
        # "Scholz's upcoming visit ... a tour to Central Asia": the visitor goes to each state
        # of the region (a format's summit is the format meeting its partner, below)
        members = [
            GazMatch(m.start, m.end, m.surface, entry)
            for m in rec
            for code in m.entry.members
            if (entry := country_entry(code)) is not None
        ]
        return src, [*(m for m in rec if not m.entry.members), *members]
    if (
        kind == EventType.CONSULT
        and visit
        and rec
        and any(m.entry.members for m in src)
        and not any(m.entry.members for m in rec)
    ):
        # "Орталық Азия елдерінің көшбасшылары Астанаға жолға шықты": the group's other
        # states travel to the host
        host = codes_of(rec)
        visitors = [
            GazMatch(m.start, m.end, m.surface, entry)
            for m in src
            for code in (m.entry.members or m.entry.actor_codes)
            if code not in host and (entry := country_entry(code)) is not None
        ]
        return visitors, rec
    if kind == EventType.CONSULT and formats:
        # "the C5+1 summit", "the Central Asia – China summit": the group meets its partner
        # (EVENTS_GUIDE.md); a treaty the group and its partner sign stays symmetric
        group = [m for m in [*src, *rec] if m.entry.members]
        others = [m for m in [*src, *rec] if not m.entry.members]
        states = [
            GazMatch(m.start, m.end, m.surface, entry)
            for m in group
            for code in m.entry.members
            if code != m.entry.partner and (entry := country_entry(code)) is not None
        ]
        partners = [
            GazMatch(m.start, m.end, m.surface, entry)
            for m in group
            if m.entry.partner and (entry := country_entry(m.entry.partner)) is not None
        ]
        return states, [*others, *partners]
    if kind in MUTUAL and (
        formats or (not visit and len(codes_of(src)) >= 2 and len(codes_of(src + rec)) >= 3)
    ):
        # a meeting of three or more is everyone's; several visitors to one host are not
        return [*src, *rec], []
    if kind in MUTUAL and len(src) >= 2 and not rec:
        return src[:1], src[1:]
    own = codes_of(src)
    return src, [m for m in rec if not set(m.entry.actor_codes) <= own]
