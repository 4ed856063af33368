"""An article as an interview in HTML: turns with their speakers, evidence and mentions marked.

Standoff spans may overlap (two events quoting the same passage, a mention inside an
evidence span), so the text is cut at every span boundary and each piece becomes one
``<mark>`` listing all the events and mentions that cover it: the marked pieces of an event,
read in order, are exactly its evidence quotes. The blocks (turns and the parts between them)
partition the text, so the page holds the whole text, each character once.
"""

from __future__ import annotations

import heapq
import itertools
from dataclasses import dataclass
from html import escape

__all__ = ["Annotation", "Block", "render_interview"]


@dataclass(frozen=True, order=True)
class Annotation:
    """A span to mark: an event's evidence (``kind="event"``) or an entity mention."""

    start: int
    end: int
    kind: str  # "event" or "mention"
    id: str
    label: str = ""


@dataclass(frozen=True)
class Block:
    """A turn (with its speaker and kind), or a stretch of text outside the turns."""

    start: int
    end: int
    turn_id: str | None = None
    speaker: str | None = None
    kind: str | None = None


def anchor(kind: str, ident: str) -> str:
    """The element id of an event or mention entry on the record page."""
    return f"{kind}-{ident}"


def _blocks(length: int, turns: list[Block]) -> list[Block]:
    out: list[Block] = []
    pos = 0
    for t in sorted(turns, key=lambda b: b.start):
        start, end = max(t.start, pos), min(t.end, length)
        if start >= end:
            continue
        if start > pos:
            out.append(Block(pos, start))
        out.append(Block(start, end, t.turn_id, t.speaker, t.kind))
        pos = end
    if pos < length:
        out.append(Block(pos, length))
    return out


def _marked(text: str, start: int, end: int, spans: list[Annotation]) -> str:
    """HTML of ``text[start:end]``, each piece covered by annotations in one ``<mark>``."""
    inside = [a for a in spans if a.start < end and a.end > start and a.start < a.end]
    cuts = {start, end} | {max(a.start, start) for a in inside} | {min(a.end, end) for a in inside}
    by_start = sorted(inside)
    active: list[tuple[int, int, Annotation]] = []  # heap of (end, order, annotation)
    parts: list[str] = []
    i = 0
    for a, b in itertools.pairwise(sorted(cuts)):
        while i < len(by_start) and by_start[i].start <= a:
            heapq.heappush(active, (by_start[i].end, i, by_start[i]))
            i += 1
        while active and active[0][0] <= a:
            heapq.heappop(active)
        piece = escape(text[a:b])
        if not active:
            parts.append(piece)
            continue
        cover = sorted((x[2] for x in active), key=lambda x: (x.kind, x.id))
        events = [x for x in cover if x.kind == "event"]
        mentions = [x for x in cover if x.kind == "mention"]
        target = (events or mentions)[0]
        classes = " ".join(sorted({f"kzp-{x.kind}" for x in cover}))
        title = "; ".join(x.label or x.id for x in cover)
        parts.append(
            f'<mark class="{classes}" data-events="{escape(" ".join(x.id for x in events))}" '
            f'data-mentions="{escape(" ".join(x.id for x in mentions))}" '
            f'title="{escape(title)}"><a href="#{escape(anchor(target.kind, target.id))}">'
            f"{piece}</a></mark>"
        )
    return "".join(parts)


def render_interview(
    text: str, turns: list[Block], annotations: list[Annotation], *, lang: str = "ru"
) -> str:
    """The article as HTML: one ``<section>`` per turn or stretch between turns."""
    html = [f'<article class="kzp-interview" lang="{escape(lang)}">']
    for block in _blocks(len(text), turns):
        body = _marked(text, block.start, block.end, annotations)
        if block.turn_id is None:
            # Line breaks between turns are kept (the page holds the whole text) but not shown.
            blank = " kzp-blank" if not text[block.start : block.end].strip() else ""
            html.append(
                f'<section class="kzp-part{blank}"><div class="kzp-text">{body}</div></section>'
            )
            continue
        kind = escape(block.kind or "")
        html.append(
            f'<section class="kzp-turn kzp-{kind}" id="{escape(anchor("turn", block.turn_id))}" '
            f'data-turn="{escape(block.turn_id)}"><div class="kzp-head"><span class="kzp-speaker">'
            f'{escape(block.speaker or "unknown speaker")}</span> <span class="kzp-kind">'
            f'{kind}</span></div><div class="kzp-text">{body}</div></section>'
        )
    html.append("</article>")
    return "".join(html)
