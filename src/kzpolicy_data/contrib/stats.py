"""Stats: what a release contains, by genre, language, month, event type, speaker and actor."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from ..records import Record

__all__ = ["format_stats", "release_stats"]


def release_stats(records: Iterable[Record], top: int = 10) -> dict[str, Any]:
    """Counts over records; ``top`` limits the speaker and actor rankings."""
    genres: Counter[str] = Counter()
    languages: Counter[str] = Counter()
    months: Counter[str] = Counter()
    event_types: Counter[str] = Counter()
    speakers: Counter[str] = Counter()
    actors: Counter[str] = Counter()
    n = turns = 0
    for r in records:
        n += 1
        turns += len(r.turns)
        genres[r.metadata.genre.value] += 1
        languages[r.metadata.in_language.value] += 1
        date = r.metadata.date_published
        months[date.strftime("%Y-%m") if date else "undated"] += 1
        for s in r.speakers:
            if s.name and s.interview_role.value == "interviewee":
                speakers[s.name] += 1
        for e in r.events:
            event_types[e.event_type.value] += 1
            actors.update(a.code for a in (*e.source, *e.recipient))
    return {
        "articles": n,
        "turns": turns,
        "genres": dict(sorted(genres.items())),
        "languages": dict(sorted(languages.items())),
        "months": dict(sorted(months.items())),
        "event_types": dict(sorted(event_types.items())),
        # ties broken by name so the output is stable
        "top_speakers": sorted(speakers.items(), key=lambda kv: (-kv[1], kv[0]))[:top],
        "top_actors": sorted(actors.items(), key=lambda kv: (-kv[1], kv[0]))[:top],
    }


def format_stats(stats: dict[str, Any]) -> str:
    """A readable rendering of :func:`release_stats`."""
    lines = [f"articles: {stats['articles']}  turns: {stats['turns']}"]
    for key in ("genres", "languages", "months", "event_types"):
        body = ", ".join(f"{k} {v}" for k, v in stats[key].items()) or "none"
        lines.append(f"{key.replace('_', ' ')}: {body}")
    for key in ("top_speakers", "top_actors"):
        body = ", ".join(f"{k} ({v})" for k, v in stats[key]) or "none"
        lines.append(f"{key.replace('_', ' ')}: {body}")
    return "\n".join(lines)
