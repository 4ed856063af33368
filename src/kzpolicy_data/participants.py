"""Speakers of a parsed interview: interviewer, interviewee(s), transcript labels.

Name extraction, nominative forms, publisher and language detection come from ``speakers`` and
``language`` (NLP helpers, loaded lazily). This module only assembles their answers into the
record's :class:`Speaker` objects and maps transcript labels (`И.П.`, `ПЕТРОВ`) to people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import import_module
from types import ModuleType
from typing import Any

from .codes import InterviewRole, iso_alpha3_codes
from .errors import KzPolicyError, ParseError

__all__ = [
    "Person",
    "detect_language",
    "detect_publisher",
    "find_people",
    "label_matches",
    "label_to_name",
]


@cache
def _module(name: str) -> ModuleType | None:
    try:
        return import_module(f"kzpolicy_data.{name}")
    except ModuleNotFoundError as exc:
        if exc.name != f"kzpolicy_data.{name}":
            raise
        return None


def _function(module: str, name: str) -> Any:
    """A function of a helper module wrapped so its failures are ParseErrors, or None."""
    mod = _module(module)
    fn = getattr(mod, name, None) if mod is not None else None
    if fn is None:
        return None

    def safe(*args: Any) -> Any:
        try:
            return fn(*args)
        except KzPolicyError:
            raise
        except Exception as exc:  # a bug in an NLP helper must not crash a whole build
            raise ParseError(
                f"{module}.{name} failed: {type(exc).__name__}: {exc}",
                hint="a bug in the NLP helpers; please report it with the raw file",
            ) from exc

    return safe


@dataclass
class Person:
    """A participant as assembled from the text (before ids are given)."""

    role: InterviewRole
    name: str | None = None
    name_as_printed: str | None = None
    label: str | None = None
    position: str | None = None
    organisation: str | None = None
    org_role: str | None = None
    country: str | None = None
    wikidata_qid: str | None = None
    curated: list[str] = field(default_factory=list)


def _str(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _person(found: Any) -> Person:
    country = _str(getattr(found, "country", None))
    qid = _str(getattr(found, "wikidata_qid", None))
    return Person(
        role=InterviewRole.INTERVIEWEE,
        name=_str(getattr(found, "name", None)),
        name_as_printed=_str(getattr(found, "name_as_printed", None)),
        position=_str(getattr(found, "position", None)),
        organisation=_str(getattr(found, "organisation", None)),
        org_role=_str(getattr(found, "role", None)),
        country=country if country in iso_alpha3_codes() else None,
        wikidata_qid=qid if qid and re.fullmatch(r"Q[1-9][0-9]*", qid) else None,
    )


def find_people(intro: str) -> list[Person]:
    """Interviewees introduced in the lead/intro text (via ``speakers``); may be empty."""
    many = _function("speakers", "find_interviewees")
    if many is not None:
        return [_person(p) for p in many(intro) or []]
    one = _function("speakers", "find_interviewee")
    if one is None:
        return []
    found = one(intro)
    return [_person(found)] if found is not None else []


_PUBLISHER = re.compile(
    r"(?:корреспондент\w*|журналист\w*|редакци\w*|тілшісі\w*|изданию|порталу|агентству|"
    r"correspondent|told)\s+(?:издания\s+|портала\s+|агентства\s+|сайта\s+)?"
    r"«?(?P<name>[A-Z][\w-]*(?:\.(?:kz|ru|com|org|net))?|[A-ZА-Я][\w-]+\.kz)»?",
)


def detect_publisher(text: str) -> str | None:
    """The outlet named in the text (`корреспондентом Zakon.kz`), via ``speakers`` if present."""
    fn = _function("speakers", "detect_publisher")
    if fn is not None:
        found = fn(text)
        name = getattr(found, "name", found)
        return _str(name)
    m = _PUBLISHER.search(text)
    return m.group("name") if m else None


_KK_LETTERS = re.compile("[әғқңөұүһі]", re.I)


def detect_language(text: str) -> str:
    """`ru`, `kk` or `en` (via ``language`` if present, else by script)."""
    fn = _function("language", "detect_language")
    if fn is not None:
        result = fn(text)
        found = str(getattr(result, "value", result))
        if found in {"ru", "kk", "en"}:
            return found
    cyr = len(re.findall("[а-яёәғқңөұүһі]", text, re.I))
    lat = len(re.findall("[a-z]", text, re.I))
    if lat > cyr:
        return "en"
    return "kk" if cyr and len(_KK_LETTERS.findall(text)) > 0.015 * cyr else "ru"


def nominative(name: str) -> str:
    """Nominative form of a person name (via ``speakers``), or the name unchanged."""
    fn = _function("speakers", "nominative")
    return _str(fn(name)) or name if fn is not None else name


def _key(text: str) -> str:
    return re.sub(r"[^\w]", "", text).lower()


def label_to_name(label: str) -> str | None:
    """A readable name from a name label (`Иван ПЕТРОВ` -> `Иван Петров`), None for initials."""
    words = label.strip('«»" ').split()
    if not words or any(len(w.rstrip(".")) < 2 for w in words) or len(words) > 3:
        return None
    if "." in label:
        return None
    return " ".join(w if not w.isupper() else w.capitalize() for w in words)


def label_matches(label: str, person: Person) -> bool:
    """Whether a transcript label (`И.П.`, `ПЕТРОВ`, `К.Иванов`, `Иван ПЕТРОВ`) names the person."""
    names = [n for n in (person.name, person.name_as_printed) if n]
    if not names:
        return False
    lab = label.strip('«»" :.–—-')
    lab_key = _key(lab)
    for name in names:
        words = [w for w in re.split(r"[\s-]+", name) if w]
        if not words:
            continue
        initials = "".join(w[0] for w in words).lower()
        if re.fullmatch(r"(?:\w\.\s?){1,3}", lab + "." if not lab.endswith(".") else lab):
            letters = lab_key
            if letters and (initials.startswith(letters) or initials == letters):
                return True
        parts = [_key(p) for p in re.split(r"[\s.]+", lab) if len(_key(p)) > 1]
        if parts and all(any(_key(w).startswith(p[:-2] or p) for w in words) for p in parts):
            return True
    return False
