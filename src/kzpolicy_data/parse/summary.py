"""A short readable summary of a parsed record (what `kzpolicy-data parse` prints)."""

from __future__ import annotations

from ..records import Record

__all__ = ["summarise"]


def summarise(record: Record) -> str:
    """A short human-readable summary of a parsed record (used by `kzpolicy-data parse`)."""
    md = record.metadata
    lines = [
        f"{record.id}: {md.genre.value}, {md.in_language.value}, "
        f"date {md.date_published or '-'} ({md.date_source.value}), "
        f"publisher {md.publisher.name if md.publisher else '-'}",
    ]
    if md.headline:
        lines.append(f"  headline: {md.headline[:80]}")
    for s in record.speakers:
        org = ", ".join(a.org_name or a.country or "" for a in s.affiliations)
        lines.append(
            f"  {s.id} {s.interview_role.value}: {s.name or '(unnamed)'}"
            + (f" [{s.label}]" if s.label else "")
            + (f", {s.position}" if s.position else "")
            + (f" ({org})" if org else "")
        )
    for t in record.turns:
        lines.append(f"  {t.id} {t.kind.value:<8} {record.turn_text(t)[:70]!r}")
    kinds = sorted({seg.kind.value for seg in record.segments})
    lines.append(f"  segments: {len(record.segments)} ({', '.join(kinds)})")
    if record.flags:
        lines.append("  flags: " + ", ".join(f.code for f in record.flags))
    return "\n".join(lines)
