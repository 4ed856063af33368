"""Entity mentions: natasha's NER spans and the gazetteer's names, with codes where known."""

from __future__ import annotations

from ..codes import EntityType
from ..nlp.analysis import Analysis
from ..nlp.gazetteer import GazMatch
from ..records import Mention, Record, Span

__all__ = ["extract_mentions"]


def extract_mentions(record: Record, analysis: Analysis) -> list[Mention]:
    """Named entities: natasha NER spans plus gazetteer names, with codes where known."""
    text = record.text
    spans: dict[tuple[int, int], tuple[EntityType, GazMatch | None]] = {}
    gaz = analysis.known_names
    for ent in analysis.entities:
        kind, s, e = ent.type, ent.start, ent.end
        inside = [m for m in gaz if s <= m.start and m.end <= e]
        spans[(s, e)] = (EntityType(kind), inside[0] if len(inside) == 1 else None)
    for g in gaz:
        if not any(s <= g.start < e or s < g.end <= e for s, e in spans):
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
                id=f"{record.id}.m{n}",
                type=kind,
                span=Span(start=s, end=e, quote=surface),
                name=hit.entry.en if hit else surface,
                code=codes[0] if len(codes) == 1 else None,
                wikidata_qid=hit.entry.qid if hit else None,
            )
        )
    return out
