"""Browse a release in Datasette: facets, canned queries and the record page as an interview.

This module is a Datasette plugin (registered by :func:`serve`; it only acts on the
``kzpolicy`` database). It adds the SQL functions ``kzp_fts`` (word forms as an FTS5 query over
the stored stems, see :mod:`.search`), ``kzp_snippet`` and ``kzp_contains`` (case-insensitive
for Cyrillic), and gives the page
``/kzpolicy/records/<id>`` the article as an interview with its evidence and mentions marked
(template ``data/templates/row-kzpolicy-records.html``, HTML from :mod:`.highlight`).
"""

from __future__ import annotations

import socket
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar, cast

from datasette import hookimpl as _hookimpl
from datasette.utils import tilde_decode, tilde_encode
from markupsafe import Markup

from ..errors import ReleaseError
from .highlight import Annotation, Block, render_interview
from .search import SEARCH_SQL
from .sqlite import DB_NAME
from .sqlite_query import check_database, register_functions

__all__ = [
    "CANNED_QUERIES",
    "datasette_metadata",
    "extra_template_vars",
    "interview_html",
    "make_datasette",
    "page_title",
    "prepare_connection",
    "serve",
]

_F = TypeVar("_F", bound=Callable[..., Any])


def hookimpl(function: _F) -> _F:
    """Datasette's (untyped) plugin marker, typed: it returns the function it marks."""
    return cast(_F, _hookimpl(function))


CANNED_QUERIES: dict[str, dict[str, Any]] = {
    "search": {
        "title": "Search records and turns (Russian and Kazakh word forms)",
        "description": "Finds every form of the words: `соглашение` finds `соглашениям`.",
        "sql": SEARCH_SQL,
    },
    "events_by_type_and_month": {
        "title": "Events by type and month, with their evidence",
        "description": "Leave a field empty for all; `month` is `YYYY-MM` of publication.",
        "sql": """
SELECT e.month, e.event_type, e.id AS event_id, e.record_id, e.modality,
       e.attributed_name, e.source, e.recipient, e.summary, ev.n, ev.quote AS evidence
FROM events e JOIN evidence ev ON ev.event_id = e.id
WHERE (:event_type = '' OR e.event_type = :event_type) AND (:month = '' OR e.month = :month)
ORDER BY e.month, e.event_type, e.id, ev.n
""".strip(),
    },
    "event_counts": {
        "title": "Number of events by type and month",
        "sql": "SELECT month, event_type, count(*) AS events FROM events "
        "GROUP BY month, event_type ORDER BY month, events DESC, event_type",
    },
    "speaker_on_actor": {
        "title": "Everything a speaker said about an actor",
        "description": "Turns of the speaker that mention the actor (an entity mention or an "
        "actor of an event whose evidence is in the turn). Names match in any case.",
        "sql": """
SELECT t.date_published, t.record_id, t.id AS turn_id, t.speaker_name, t.kind, t.text
FROM turns t
WHERE kzp_contains(t.speaker_name, :speaker)
  AND (EXISTS (SELECT 1 FROM mentions m WHERE m.turn_id = t.id
               AND (kzp_contains(m.name, :actor) OR kzp_contains(m.quote, :actor)))
       OR EXISTS (SELECT 1 FROM evidence ev JOIN event_actors a ON a.event_id = ev.event_id
                  WHERE ev.turn_id = t.id AND (kzp_contains(a.name, :actor)
                  OR kzp_contains(a.actor_text, :actor) OR a.code = upper(:actor))))
ORDER BY t.date_published, t.record_id, t.n
""".strip(),
    },
    "qa_pairs_mentioning": {
        "title": "Question/answer pairs mentioning an entity",
        "description": "An entity mention in the question or the answer, or the words in "
        "their text (any word form).",
        "sql": """
SELECT q.date_published, q.record_id, q.question_id, q.answer_id, q.interviewee,
       q.question, q.answer
FROM qa_pairs q
WHERE EXISTS (SELECT 1 FROM mentions m WHERE m.turn_id IN (q.question_id, q.answer_id)
              AND (kzp_contains(m.name, :entity) OR kzp_contains(m.quote, :entity)
                   OR m.wikidata_qid = :entity))
   OR q.question_id IN (SELECT t.id FROM turns_stems JOIN turns t ON t.rowid = turns_stems.rowid
                        WHERE turns_stems MATCH kzp_fts(:entity))
   OR q.answer_id IN (SELECT t.id FROM turns_stems JOIN turns t ON t.rowid = turns_stems.rowid
                      WHERE turns_stems MATCH kzp_fts(:entity))
ORDER BY q.date_published, q.record_id, q.answer_id
""".strip(),
    },
}

_FACETS = {
    "records": ["genre", "in_language", "publisher", "month"],
    "events": ["event_type", "month", "modality", {"array": "actors"}],
    "turns": ["kind", "speaker_name", "in_language", "month"],
    "qa_pairs": ["interviewee", "month"],
    "mentions": ["type", "name", "code"],
    "speakers": ["interview_role", "country"],
    "event_actors": ["role", "code", "name"],
}
_LABELS = {"speakers": "name", "turns": "id", "events": "event_type", "mentions": "name"}


def datasette_metadata(meta: dict[str, Any]) -> dict[str, Any]:
    """Datasette metadata from the database's own ``metadata`` table."""
    columns: dict[str, dict[str, str]] = meta.get("columns", {})
    tables: dict[str, Any] = {}
    for table, descriptions in columns.items():
        entry: dict[str, Any] = {
            "description": meta.get("tables", {}).get(table, ""),
            "columns": descriptions,
        }
        if table in _FACETS:
            entry["facets"] = _FACETS[table]
        if table in _LABELS:
            entry["label_column"] = _LABELS[table]
        tables[table] = entry
    for fts in ("records_fts", "turns_fts", "records_stems", "turns_stems"):
        tables[fts] = {"hidden": True}
    about = {k: meta.get(k) for k in ("license", "license_url", "source", "source_url")}
    return {
        "title": meta.get("title", "kzpolicy_data"),
        "description": meta.get("description", ""),
        **about,
        "databases": {DB_NAME: {**about, "tables": tables, "queries": CANNED_QUERIES}},
    }


@hookimpl
def prepare_connection(conn: Any, database: str) -> None:
    if database == DB_NAME:
        register_functions(conn)


async def interview_html(db: Any, record_id: str) -> Markup | None:
    """The record page's interview, from the database (None if there is no such record)."""

    async def rows(sql: str) -> list[Any]:
        return list(await db.execute(sql, {"id": record_id}))

    found = await rows("SELECT text, in_language FROM records WHERE id = :id")
    if not found:
        return None
    text, lang = found[0]["text"], found[0]["in_language"]
    turns = [
        Block(r["start"], r["end"], r["id"], _who(r["speaker_name"], r["speaker_role"]), r["kind"])
        for r in await rows(
            "SELECT id, start, end, speaker_name, speaker_role, kind FROM turns "
            "WHERE record_id = :id ORDER BY n"
        )
    ]
    marks = [
        Annotation(r["start"], r["end"], "event", r["event_id"], r["label"])
        for r in await rows(
            "SELECT ev.start, ev.end, ev.event_id, e.event_type || ': ' || "
            "coalesce(e.summary, e.id) AS label FROM evidence ev JOIN events e "
            "ON e.id = ev.event_id WHERE ev.record_id = :id"
        )
    ]
    marks += [
        Annotation(r["start"], r["end"], "mention", r["id"], f"{r['type']}: {r['name']}")
        for r in await rows("SELECT start, end, id, type, name FROM mentions WHERE record_id = :id")
    ]
    return Markup(render_interview(text, turns, marks, lang=lang))


def _who(name: str | None, role: str | None) -> str | None:
    """A speaker as the page shows them: the name, else the role (``interviewer (unnamed)``)."""
    return name or (f"{role} (unnamed)" if role else None)


def page_title(headline: str | None, lead: str | None, text: str) -> str:
    """The record page's heading: the headline, else the lead's first sentence (cut at 120
    characters) marked as such; never the id, which tells a reader nothing."""
    if headline:
        return headline
    first = (lead or text).strip().split("\n", 1)[0]
    sentence = first.split(". ", 1)[0].rstrip(".")
    cut = sentence if len(sentence) <= 120 else sentence[:119].rsplit(" ", 1)[0] + "…"
    return f"{cut} (no headline)" if cut else "(no headline)"


# The top of the record page: what the article is, where it comes from, under which licence.
_RECORD_SQL = (
    "SELECT id, headline, lead, text, date_published, publisher, url, in_language, genre, "
    "authors, text_license, n_turns, n_events, n_mentions FROM records WHERE id = :id"
)
_SPEAKERS_SQL = (
    "SELECT id, name, name_as_printed, interview_role, position, organisation, country "
    "FROM speakers WHERE record_id = :id ORDER BY rowid"
)


@hookimpl
def extra_template_vars(
    view_name: str, database: str | None, table: str | None, request: Any, datasette: Any
) -> Any:
    if view_name != "row" or database != DB_NAME or table != "records" or request is None:
        return {}

    async def inner() -> dict[str, Any]:
        record_id = tilde_decode(request.url_vars.get("pks", ""))
        db = datasette.get_database(DB_NAME)
        events = [
            {
                **dict(r),
                "path": tilde_encode(r["id"]),
                "claimed_by": _who(r["attributed_name"], r["role"]),
            }
            for r in await db.execute(
                "SELECT e.id, event_type, modality, attributed_name, s.interview_role AS role, "
                "source, recipient, date_text, summary, evidence FROM events e LEFT JOIN "
                "speakers s ON s.id = e.attributed_to WHERE e.record_id = :id ORDER BY e.rowid",
                {"id": record_id},
            )
        ]
        found = list(await db.execute(_RECORD_SQL, {"id": record_id}))
        speakers = [
            {
                **dict(r),
                "shown": _who(r["name"], r["interview_role"]),
                "path": tilde_encode(r["id"]),
            }
            for r in await db.execute(_SPEAKERS_SQL, {"id": record_id})
        ]
        mentions = [
            {**dict(r), "path": tilde_encode(r["id"])}
            for r in await db.execute(
                "SELECT id, type, name, code, quote FROM mentions WHERE record_id = :id "
                "ORDER BY start, id",
                {"id": record_id},
            )
        ]
        return {
            "kzp_interview": await interview_html(db, record_id),
            "kzp_record": {
                **dict(found[0]),
                "title": page_title(found[0]["headline"], found[0]["lead"], found[0]["text"]),
            }
            if found
            else None,
            "kzp_speakers": speakers,
            "kzp_events": events,
            "kzp_mentions": mentions,
        }

    return inner


def _template_dir() -> Path:
    return Path(str(resources.files("kzpolicy_data").joinpath("data", "templates")))


def make_datasette(db_path: Path) -> Any:
    """A Datasette instance on an export, with this plugin, the facets and canned queries."""
    import sys

    from datasette.app import Datasette
    from datasette.plugins import pm

    meta = check_database(db_path)
    if db_path.stem != DB_NAME:
        raise ReleaseError(f"the database file must be named {DB_NAME}.db", path=db_path)
    module = sys.modules[__name__]
    if pm.get_plugin("kzpolicy_data") is not module:  # a reloaded module replaces the old one
        if pm.has_plugin("kzpolicy_data"):
            pm.unregister(name="kzpolicy_data")
        pm.register(module, name="kzpolicy_data")
    return Datasette(
        immutables=[str(db_path)],
        metadata=datasette_metadata(meta),
        template_dir=str(_template_dir()),
        settings={"sql_time_limit_ms": 5000, "facet_time_limit_ms": 1000},
    )


def _check_port(host: str, port: int) -> None:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise ReleaseError(
                f"cannot listen on {host}:{port}: {exc.strerror or exc}",
                hint="the port is in use or not allowed: choose another with --port",
            ) from exc


def serve(
    db_path: Path,
    *,
    host: str = "127.0.0.1",
    port: int = 8001,
    announce: Callable[[str], None] | None = None,
) -> None:
    """Serve an export with Datasette until interrupted (``announce`` gets the URL)."""
    import uvicorn

    app = make_datasette(db_path)
    _check_port(host, port)
    if announce:
        announce(f"http://{host}:{port}/{DB_NAME}")
    uvicorn.run(app.app(), host=host, port=port, log_level="warning")
