"""One event per act: the same act told again in an article is one event with several
evidence spans (``extract`` adds every candidate here, in text order)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..codes import Modality
from ..records import Event
from .drafts import Draft

__all__ = ["Merged"]


@dataclass
class Merged:
    """The article's events so far, one per (type, modality, source, recipient, date), with
    what the confidence model reads about the first telling of each."""

    events: dict[tuple[object, ...], tuple[Event, dict[str, object]]] = field(default_factory=dict)
    # The first key seen for each (type, modality, source, recipient), whatever its date.
    first: dict[tuple[object, ...], tuple[object, ...]] = field(default_factory=dict)

    def add(
        self,
        event: Event,
        sentence: int,
        d: Draft,
        lang: str,
        where: str,
        *,
        inferred: bool,
        parties: bool = False,
        office: bool = False,
        meeting: bool = False,
        ties: bool = False,
        told: frozenset[str] = frozenset(),
        frame: str = "",
    ) -> None:
        """Merge an event read in the sentence starting at ``sentence`` (in language ``lang``,
        read in a segment or turn of kind ``where``) into the one of its key (another evidence
        span), or keep it with what the confidence model reads about it."""
        key: tuple[object, ...] = (
            event.event_type,
            event.modality,
            tuple(sorted({a.code for a in event.source})),
            tuple(sorted({a.code for a in event.recipient})),
            # talks told apart from a visit between the same parties are their own event
            meeting,
            event.date.edtf,
        )
        if event.date.edtf is None:
            # an undated telling of an act is the act told with a date elsewhere
            key = self.first.setdefault(key[:5], key)
        else:
            self.first.setdefault(key[:5], key)
        told_in_title = (key[0], Modality.ASSERTED, *key[2:])
        if (
            key not in self.events
            and event.modality != Modality.ASSERTED
            and told_in_title in self.events
            and self.events[told_in_title][1]["where"] == "title"
        ):
            # `Визит Жээнбекова в РК` (a title tells no tense), then `25-26 декабря пройдет
            # официальный визит ...`: one act, with the modality the text tells
            title, title_how = self.events.pop(told_in_title)
            self.events[key] = (title.model_copy(update={"modality": event.modality}), title_how)
        elif key not in self.events and where == "title" and event.modality == Modality.ASSERTED:
            # the title printed again: it joins the act its first printing joined
            key = next((k for k in self.events if (k[0], *k[2:]) == (key[0], *key[2:])), key)
        if key in self.events:
            old, how = self.events[key]
            if isinstance(before := how["told"], frozenset):
                how["told"] = before | told  # how the act is told, in any telling (``told``)
            if all(ev.span.start != sentence for ev in old.evidence):
                evidence = [*old.evidence, *event.evidence]
                self.events[key] = (old.model_copy(update={"evidence": evidence}), how)
        else:
            how = {
                "lang": lang,
                "syntax": d.syntax,
                "pronoun": d.pronoun,
                "where": where,
                "ties": ties,
                "told": told,
                "assessed": frame == "assessed",
                "headline": frame == "headline",
                "thanked": frame == "thanked",
                "congratulated": frame == "congratulated",
                "recognised": frame == "recognised",
                "inferred": inferred and bool(event.source),
                "parties": parties and bool(event.source),
                "source_kinds": {m.entry.kind for m in d.roles.source}
                | ({"office"} if office else set()),
                "source_surfaces": [m.surface for m in d.roles.source],
                "recipient_surfaces": [m.surface for m in d.roles.recipient],
                "subject": d.roles.subject,
            }
            self.events[key] = (event, how)
