"""Event catalogue: one id for the same real-world event across articles (``data/catalogue.yaml``).

Researchers count how often, and by whom, an event is discussed by grouping on
``catalogue_id``. Entries are data, validated on load; contributors extend the file.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from importlib import resources

import yaml
from pydantic import BaseModel, ConfigDict, Field, model_validator

from ..codes import ActorCode, CatalogueId, EventType
from ..nlp.morph import lemma
from ..records import Event

__all__ = ["CatalogueEntry", "catalogue", "catalogue_ids", "link"]


class CatalogueEntry(BaseModel):
    """A real-world event."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: CatalogueId = Field(description="Stable id, `kzp-ev-<year>-<slug>`.")
    event_type: EventType = Field(description="PLOVER type or `kzp:` extension.")
    summary: str = Field(min_length=1, description="What happened.")
    actors: list[ActorCode] = Field(description="Actors any of which a linked event involves.")
    not_before: dt.date = Field(description="Earliest date of the event.")
    not_after: dt.date = Field(description="Latest date of the event.")
    keywords: list[str] = Field(min_length=1, description="Lemmas, one of which the evidence has.")

    @model_validator(mode="after")
    def _ordered(self) -> CatalogueEntry:
        if self.not_before > self.not_after:
            raise ValueError(f"{self.id}: not_before is after not_after")
        return self


@cache
def catalogue() -> tuple[CatalogueEntry, ...]:
    """Every entry of the shipped catalogue (validated, ids unique)."""
    text = resources.files("kzpolicy_data").joinpath("data/catalogue.yaml").read_text("utf-8")
    entries = tuple(CatalogueEntry.model_validate(e) for e in yaml.safe_load(text))
    if len({e.id for e in entries}) != len(entries):
        raise ValueError("duplicate ids in data/catalogue.yaml")
    return entries


def catalogue_ids() -> frozenset[str]:
    return frozenset(e.id for e in catalogue())


def link(event: Event, text: str) -> str | None:
    """The catalogue id of the real-world event an event refers to, if one matches."""
    codes = {a.code for a in (*event.source, *event.recipient)}
    quotes = [ev.span.of(text) for ev in event.evidence]
    words = {lemma(w) for q in quotes for w in q.split()}
    words |= {w.strip('.,:;!?«»"').lower() for q in quotes for w in q.split()}
    for entry in catalogue():
        if entry.event_type != event.event_type:
            continue
        if entry.actors and not codes & set(entry.actors):
            continue
        lo, hi = event.date.not_before, event.date.not_after
        if (lo and lo > entry.not_after) or (hi and hi < entry.not_before):
            continue
        if any(k in w for k in entry.keywords for w in words):
            return entry.id
    return None
