"""Curated speakers: the ``speakers:`` section of a curation file applied to the parsed ones.

A curated field wins over the parsed one and is listed in the speaker's ``curated``; a stanza
that matches no parsed speaker adds one only when it gives its interview role.
"""

from __future__ import annotations

from ..codes import InterviewRole
from ..errors import CurationError
from ..records import Affiliation, Speaker
from ..source.curation import CuratedSpeaker
from .speakers import Person, speaker_record

__all__ = ["apply_curated_speakers"]


def _matches(speaker: Speaker, match: str) -> bool:
    key = match.strip()
    return (
        key == speaker.interview_role.value
        or speaker.id == key
        or key in {speaker.label, speaker.name, speaker.name_as_printed}
    )


def _old(aff: Affiliation | None, what: str) -> str | None:
    if aff is None:
        return None
    return aff.org_name if what == "org" else aff.country


def apply_curated_speakers(
    rid: str, speakers: list[Speaker], curated: list[CuratedSpeaker], *, path: str
) -> list[Speaker]:
    """Apply curated speaker fields; curated values win and are listed in ``curated``."""
    out = list(speakers)
    for i, fix in enumerate(curated):
        idx = next((j for j, s in enumerate(out) if _matches(s, fix.match)), None)
        if idx is None:
            role = fix.interview_role or (
                InterviewRole(fix.match) if fix.match in ("interviewer", "interviewee") else None
            )
            if role is None:
                raise CurationError(
                    f"speaker {fix.match!r} matches no speaker of the parsed article",
                    path=path,
                    json_path=f"$.speakers[{i}].match",
                    hint="use `interviewer`, `interviewee`, `s<n>`, a label or a printed name",
                )
            out.append(speaker_record(rid, len(out) + 1, Person(role=role)))
            idx = len(out) - 1
        cur = out[idx]
        update: dict[str, object] = {}
        names: list[str] = []
        for fname in ("name", "name_as_printed", "interview_role", "position", "wikidata_qid"):
            value = getattr(fix, fname)
            if value is not None:
                update[fname] = value
                names.append(fname)
        if fix.organisation is not None or fix.country is not None:
            old = cur.affiliations[0] if cur.affiliations else None
            aff = Affiliation(
                org_name=fix.organisation if fix.organisation is not None else _old(old, "org"),
                country=fix.country if fix.country is not None else _old(old, "country"),
                role=old.role if old else None,
            )
            update["affiliations"] = [aff, *cur.affiliations[1:]]
            names.append("affiliations")
        update["curated"] = sorted(set(cur.curated) | set(names))
        out[idx] = cur.model_copy(update=update)
    return out
