"""Entity mentions: natasha's NER spans and the gazetteer's names, with codes where known."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..codes import EntityType
from ..nlp.analysis import Analysis
from ..nlp.gazetteer import GazMatch
from ..records import Mention, Record, Span

__all__ = ["extract_mentions"]


def extract_mentions(record: Record, analysis: Analysis) -> list[Mention]:
    """Named entities: natasha NER spans plus gazetteer names, with codes where known."""
    text = record.text
    spans: dict[tuple[int, int], tuple[EntityType, GazMatch | None]] = {}
    for ent in analysis.entities:
        kind, s, e = ent.type, ent.start, ent.end
        inside = analysis.known_names_in(s, e)  # a bisect: this loop stays linear
        spans[(s, e)] = (EntityType(kind), inside[0] if len(inside) == 1 else None)
    # Entities are disjoint (one tagger), so a name's start can lie only in the last entity
    # starting at or before it, and its end only in the last one starting before it: two bisects
    # where a scan of every span made this quadratic. Names are sorted too, so the last name
    # kept is the only one that can hold the next name's start.
    ents = sorted(spans)
    starts = [s for s, _ in ents]
    last_end = -1
    for g in analysis.known_names:
        a = bisect_right(starts, g.start) - 1
        b = bisect_left(starts, g.end) - 1
        covered = (
            (a >= 0 and g.start < ents[a][1])
            or (b >= 0 and g.end <= ents[b][1])
            or g.start < last_end
        )
        if not covered:
            last_end = g.end
            kind = (
                EntityType.PER
                if g.entry.kind == "leader"
                else (
                    EntityType.ORG
                    if g.entry.kind in ("igo", "institution", "format")
                    else EntityType.LOC
                )
            )
            spans[(g.start, g.end)] = (kind, g)
    out = []
    for n, ((s, e), (kind, hit)) in enumerate(sorted(spans.items()), start=1):
        surface = text[s:e]
        codes = hit.entry.actor_codes if hit else ()
        out.append(
            Mention(
                id=f"m{n}",
                type=kind,
                span=Span(start=s, end=e),
                name=hit.entry.en if hit else surface,
                code=codes[0] if len(codes) == 1 else None,
                wikidata_qid=hit.entry.qid if hit else None,
            )
        )
    return out
