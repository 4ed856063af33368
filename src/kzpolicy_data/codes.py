"""Closed code lists and constrained identifier types used by the record model.

Code lists follow the conventions researchers already use (see ``RECORD_MODEL.md``): PLOVER
event types, modes and contexts, CAMEO/PLOVER actor sectors, ISO 3166-1 alpha-3 countries,
BCP 47 language tags. Extensions PLOVER lacks are namespaced ``kzp:``.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Annotated

from pydantic import AfterValidator, StringConstraints, WithJsonSchema

__all__ = [
    "ACTOR_GROUP_CODES",
    "NAMED_ORGANISATIONS",
    "ActorCode",
    "CatalogueId",
    "Context",
    "CountryCode",
    "DateResolution",
    "DateSource",
    "EntityType",
    "EventId",
    "EventType",
    "Genre",
    "InterviewRole",
    "Language",
    "MentionId",
    "Modality",
    "RecordId",
    "Sector",
    "SegmentKind",
    "Sha256",
    "SpeakerId",
    "TurnId",
    "TurnKind",
    "WikidataQid",
    "iso_alpha3_codes",
]

# Record ids come from raw file stems: lowercase ASCII, so they are safe as file names, URLs and
# Parquet keys on every platform.
_RID = r"[a-z0-9][a-z0-9_-]{0,99}"
RecordId = Annotated[str, StringConstraints(pattern=rf"^{_RID}$")]
# Item ids are local to their record (schema 2.0): `t2`; `<record id>.t2` names it globally, as
# the flat views and the SQLite tables do.
TurnId = Annotated[str, StringConstraints(pattern=r"^t[1-9][0-9]*$")]
SpeakerId = Annotated[str, StringConstraints(pattern=r"^s[1-9][0-9]*$")]
EventId = Annotated[str, StringConstraints(pattern=r"^e[1-9][0-9]*$")]
MentionId = Annotated[str, StringConstraints(pattern=r"^m[1-9][0-9]*$")]
CatalogueId = Annotated[str, StringConstraints(pattern=r"^kzp-ev-[a-z0-9][a-z0-9-]{2,80}$")]
Sha256 = Annotated[str, StringConstraints(pattern=r"^sha256:[0-9a-f]{64}$")]
WikidataQid = Annotated[str, StringConstraints(pattern=r"^Q[1-9][0-9]*$")]


@cache
def iso_alpha3_codes() -> tuple[str, ...]:
    """All ISO 3166-1 alpha-3 codes, from the list shipped in the package."""
    text = resources.files("kzpolicy_data").joinpath("data/iso3166-alpha3.tsv").read_text("utf-8")
    return tuple(
        line.split("\t", 1)[0] for line in text.splitlines() if line and not line.startswith("#")
    )


# Non-state actor groups (CAMEO/PLOVER convention) for actors that are not one country.
ACTOR_GROUP_CODES: tuple[str, ...] = ("IGO", "NGO", "MNC", "UNK")


def _check_country(value: str) -> str:
    if value not in iso_alpha3_codes():
        raise ValueError(f"{value!r} is not an ISO 3166-1 alpha-3 country code (e.g. 'KAZ', 'AZE')")
    return value


# International organisations by name (schema 1.1.0): a closed list like the ISO codes, so
# validators can say exactly what is allowed; the gazetteer's organisations must be in it.
_ORGANISATIONS = "BRICS CICA CIS CSTO EAEU EU GCC IAEA NATO OPEC OSCE OTS SCO UN"
NAMED_ORGANISATIONS: tuple[str, ...] = tuple(f"IGO:{abbr}" for abbr in _ORGANISATIONS.split())


def _check_actor(value: str) -> str:
    if (
        value not in ACTOR_GROUP_CODES
        and value not in NAMED_ORGANISATIONS
        and value not in iso_alpha3_codes()
    ):
        raise ValueError(
            f"{value!r} is not an actor code: expected an ISO 3166-1 alpha-3 country code, "
            f"one of {', '.join(ACTOR_GROUP_CODES)} or a named organisation such as 'IGO:EU'"
        )
    return value


CountryCode = Annotated[
    str,
    AfterValidator(_check_country),
    WithJsonSchema({"type": "string", "enum": list(iso_alpha3_codes())}),
]
ActorCode = Annotated[
    str,
    AfterValidator(_check_actor),
    WithJsonSchema(
        {
            "type": "string",
            "enum": [*iso_alpha3_codes(), *ACTOR_GROUP_CODES, *NAMED_ORGANISATIONS],
        }
    ),
]


class Language(StrEnum):
    """BCP 47 language tag of the article text."""

    RU = "ru"
    KK = "kk"
    EN = "en"
    OTHER = "other"  # not ru/kk/en (or letters lost): flagged, not parsed into turns


class Genre(StrEnum):
    """What kind of article this is (schema.org ``genre``)."""

    INTERVIEW = "interview"
    NEWS = "news"
    OPINION = "opinion"
    ANALYSIS = "analysis"
    OTHER = "other"


class DateSource(StrEnum):
    """Where ``date_published`` was found."""

    PREFIX = "prefix"
    HEADER = "header"
    FOOTER = "footer"
    CURATED = "curated"
    NONE = "none"


class InterviewRole(StrEnum):
    """A speaker's role in the interview: who asks (`interviewer`, or the `host` of a
    programme), who answers (`interviewee`), or `unknown`."""

    INTERVIEWER = "interviewer"
    INTERVIEWEE = "interviewee"
    HOST = "host"
    UNKNOWN = "unknown"


class TurnKind(StrEnum):
    """What a turn does: asks (`question`), replies (`answer`), or neither (`remark`)."""

    QUESTION = "question"
    ANSWER = "answer"
    REMARK = "remark"


class SegmentKind(StrEnum):
    """Typed non-turn parts of the text, so nothing the scraper saved is silently dropped."""

    TITLE = "title"
    LEAD = "lead"
    INTRO = "intro"
    BYLINE = "byline"
    DATELINE = "dateline"
    BODY = "body"
    HEADING = "heading"
    PULL_QUOTE = "pull_quote"
    CAPTION = "caption"
    CREDIT = "credit"
    VIEW_COUNTER = "view_counter"
    READING_TIME = "reading_time"
    WIDGET = "widget"
    NAVIGATION = "navigation"
    TAGS = "tags"
    TIMESTAMP = "timestamp"
    NONE_LINE = "none_line"
    URL = "url"
    FOOTER = "footer"
    OTHER_NOISE = "other_noise"


class EntityType(StrEnum):
    """Type of a named entity: person (`PER`), organisation (`ORG`) or location (`LOC`)."""

    PER = "PER"
    ORG = "ORG"
    LOC = "LOC"


class EventType(StrEnum):
    """PLOVER event categories, plus ``kzp:`` extensions for what PLOVER lacks."""

    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    INVESTIGATE = "INVESTIGATE"
    DEMAND = "DEMAND"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"
    KZP_REFERENDUM = "kzp:REFERENDUM"
    KZP_ELECTION = "kzp:ELECTION"
    KZP_STATEMENT = "kzp:STATEMENT"


class Modality(StrEnum):
    """Whether the text says the event happened.

    ``negated`` ("refrained from criticising") and ``hypothetical`` events are kept, but are not
    plain events; ``future`` events may be dated after publication.
    """

    ASSERTED = "asserted"
    NEGATED = "negated"
    HYPOTHETICAL = "hypothetical"
    FUTURE = "future"


class Context(StrEnum):
    """PLOVER event contexts (the subset this corpus uses)."""

    POLITICAL = "political"
    DIPLOMATIC = "diplomatic"
    MILITARY = "military"
    ECONOMIC = "economic"
    TRADE = "trade"
    SECURITY = "security"
    TERRORISM = "terrorism"
    CBRN = "cbrn"
    HUMAN_RIGHTS = "human_rights"
    HUMANITARIAN = "humanitarian"
    LEGISLATIVE = "legislative"
    ELECTORAL = "electoral"
    CONSTITUTIONAL = "constitutional"
    TREATY = "treaty"
    TERRITORY = "territory"
    RESOURCES = "resources"
    ENVIRONMENT = "environment"
    INTERNATIONAL = "international"


class Sector(StrEnum):
    """Actor sector (CAMEO/PLOVER role codes)."""

    GOV = "GOV"
    MIL = "MIL"
    LEG = "LEG"
    JUD = "JUD"
    COP = "COP"
    OPP = "OPP"
    REB = "REB"
    BUS = "BUS"
    MED = "MED"
    EDU = "EDU"
    CVL = "CVL"
    REL = "REL"
    ELI = "ELI"
    IGO = "IGO"
    NGO = "NGO"
    SPY = "SPY"


class DateResolution(StrEnum):
    """How an event's date was resolved: printed with its year (`explicit`), a relative word
    (`вчера`) counted from the publication date (`relative_to_published`), a day or month
    printed without a year, the year inferred from the publication date (`year_inferred`), or
    no date found (`unresolved`)."""

    EXPLICIT = "explicit"
    RELATIVE_TO_PUBLISHED = "relative_to_published"
    YEAR_INFERRED = "year_inferred"
    UNRESOLVED = "unresolved"
